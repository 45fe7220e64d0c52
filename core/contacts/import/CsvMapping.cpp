#include "contacts/import/CsvMapping.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <initializer_list>
#include <utility>

namespace consentric::contacts::import {

namespace {

struct Synonyms
{
    Field field;
    std::initializer_list<const char16_t *> headers;
};

// Written as the exports write them; compared through headerKey(). Only the columns a
// contact in Consentric has: no addresses, birthdays, faxes, pagers or assistants' phones.
// Phones are listed in no particular order: a row takes its first non-empty phone column.
const Synonyms synonymTable[] = {
    {Field::DisplayName,
        {u"Display Name", u"Name", u"Full Name", u"Formatted Name", u"Anzeigename", u"Vollständiger Name", u"Nom complet", u"Nombre completo"}},
    {Field::GivenName, {u"First Name", u"Given Name", u"First", u"Forename", u"Vorname", u"Prénom", u"Nombre", u"Nome", u"Voornaam"}},
    {Field::MiddleName, {u"Middle Name", u"Additional Name", u"Middle", u"Second Name", u"Weitere Vornamen", u"Zweiter Vorname"}},
    {Field::FamilyName,
        {u"Last Name", u"Family Name", u"Surname", u"Last", u"Nachname", u"Familienname", u"Nom", u"Nom de famille", u"Apellido", u"Apellidos",
            u"Cognome", u"Achternaam"}},
    {Field::Email,
        {u"Email", u"E-mail", u"Mail", u"Email Address", u"E-mail Address", u"Primary Email", u"Secondary Email", u"Email Home", u"Email Work",
            u"Email Other", u"Home Email", u"Work Email", u"Other Email", u"Personal Email", u"Business Email", u"E-Mail-Adresse", u"E-Mail privat",
            u"E-Mail geschäftlich", u"Arbeit E-Mail", u"Privat E-Mail", u"Andere E-Mail", u"Courriel", u"Adresse e-mail", u"Correo electrónico"}},
    {Field::Phone,
        {u"Phone", u"Telephone", u"Phone Number", u"Mobile", u"Mobile Phone", u"Mobile Number", u"Cell", u"Cell Phone", u"Work Phone",
            u"Business Phone", u"Business Phone 2", u"Home Phone", u"Home Phone 2", u"Primary Phone", u"Other Phone", u"Home Mobile", u"Work Mobile",
            u"Company Main Phone", u"Telefon", u"Telefon geschäftlich", u"Telefon geschäftlich 2", u"Telefon privat", u"Telefon privat 2",
            u"Telefon (privat)", u"Telefon (privat 2)", u"Mobiltelefon", u"Mobiltelefon 2", u"Haupttelefon", u"Telefon Firma", u"Weiteres Telefon",
            u"Arbeit Telefon", u"Privat Telefon", u"Hauptnummer", u"Handy", u"Téléphone", u"Teléfono"}},
    {Field::ProfileUrl,
        {u"URL", u"Profile URL", u"Profile", u"LinkedIn", u"LinkedIn URL", u"LinkedIn Profile", u"Web Page", u"Web Page 1", u"Web Page 2",
            u"Personal Web Page", u"Website", u"Web Site", u"Website Profile", u"Website Home Page", u"Website Work", u"Website Blog",
            u"Website Other", u"Homepage", u"Home Page", u"Webseite", u"Webadresse", u"Internetseite", u"Site web", u"Sitio web"}},
    {Field::Company,
        {u"Company", u"Company Name", u"Organization", u"Organisation", u"Organization Name", u"Employer", u"Firma", u"Firmenname", u"Unternehmen",
            u"Société", u"Entreprise", u"Empresa", u"Azienda"}},
    {Field::Title,
        {u"Title", u"Job Title", u"Position", u"Organization Title", u"Berufsbezeichnung", u"Stellenbezeichnung", u"Poste", u"Fonction", u"Cargo"}},
    {Field::Notes, {u"Notes", u"Note", u"Comments", u"Comment", u"Notizen", u"Notiz", u"Bemerkungen", u"Kommentar", u"Remarques"}},
    {Field::ConnectedOn, {u"Connected On", u"Connected"}},
};

const QHash<QString, Field> &synonyms()
{
    static const QHash<QString, Field> table = [] {
        QHash<QString, Field> t;
        for (const Synonyms &s : synonymTable) {
            for (const char16_t *header : s.headers)
                t.insert(headerKey(QString::fromUtf16(header)), s.field);
        }
        return t;
    }();
    return table;
}

// Numbered columns of Google ("E-mail 1 - Value", "Organization 1 - Title") and Outlook
// ("E-mail 2 Address", "E-Mail 2: Adresse").
Field numberedField(const QString &key)
{
    static const std::pair<QRegularExpression, Field> patterns[] = {
        {QRegularExpression(QStringLiteral("^e?mail\\d+(value|address|adresse)?$")), Field::Email},
        {QRegularExpression(QStringLiteral("^phone\\d+value$")), Field::Phone},
        {QRegularExpression(QStringLiteral("^website\\d+value$")), Field::ProfileUrl},
        {QRegularExpression(QStringLiteral("^organi[sz]ation\\d+name$")), Field::Company},
        {QRegularExpression(QStringLiteral("^organi[sz]ation\\d+title$")), Field::Title},
    };
    for (const auto &[pattern, field] : patterns) {
        if (pattern.match(key).hasMatch())
            return field;
    }
    return Field::Ignore;
}

bool anyKey(const QSet<QString> &keys, std::initializer_list<const char *> wanted)
{
    for (const char *w : wanted) {
        if (keys.contains(QLatin1String(w)))
            return true;
    }
    return false;
}

} // namespace

QString headerKey(const QString &header)
{
    QString key;
    for (const QChar c : header.toCaseFolded()) {
        if (c.unicode() < 0x80) {
            if (c.isLetterOrNumber())
                key += c;
        } else if (c.isLetter() && c.script() != QChar::Script_Latin) {
            key += c;
        }
    }
    return key;
}

Field fieldOfHeader(const QString &header)
{
    const QString key = headerKey(header);
    if (key.isEmpty())
        return Field::Ignore;
    if (auto it = synonyms().constFind(key); it != synonyms().constEnd())
        return *it;
    return numberedField(key);
}

Format detectCsvFormat(const QStringList &headers)
{
    QSet<QString> keys;
    for (const QString &h : headers)
        keys.insert(headerKey(h));
    if (keys.contains(QStringLiteral("connectedon")))
        return Format::LinkedIn;
    static const QRegularExpression google(QStringLiteral("^(e?mail|phone|website)\\d+(label|type|value)$"));
    if (keys.contains(QStringLiteral("groupmembership")))
        return Format::GoogleCsv;
    for (const QString &key : std::as_const(keys)) {
        if (google.match(key).hasMatch())
            return Format::GoogleCsv;
    }
    // Outlook desktop (English and German) and Outlook.com.
    if (anyKey(keys,
            {"emailtype", "emaildisplayname", "email2address", "emailtyp", "emailangezeigtername", "email2adresse", "givenyomi", "surnameyomi"}))
        return Format::OutlookCsv;
    if (keys.contains(QStringLiteral("primaryemail")) && anyKey(keys, {"secondaryemail", "screenname", "webpage1", "custom1", "birthyear"}))
        return Format::ThunderbirdCsv;
    return Format::GenericCsv;
}

std::vector<Field> mapHeaders(const QStringList &headers)
{
    std::vector<Field> mapping;
    mapping.reserve(static_cast<std::size_t>(headers.size()));
    for (const QString &h : headers)
        mapping.push_back(fieldOfHeader(h));
    // "Title" is the honorific (Mr, Dr) in Outlook's exports and in those that copy them,
    // which then have a "Job Title" or "Position" too: there it is no job title.
    const bool outlook = detectCsvFormat(headers) == Format::OutlookCsv;
    const QString title = QStringLiteral("title");
    qsizetype jobTitles = 0;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (mapping[static_cast<std::size_t>(i)] == Field::Title && headerKey(headers[i]) != title)
            ++jobTitles;
    }
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (headerKey(headers[i]) == title && (outlook || jobTitles > 0))
            mapping[static_cast<std::size_t>(i)] = Field::Ignore;
    }
    return mapping;
}

} // namespace consentric::contacts::import
