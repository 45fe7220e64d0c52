#include "contacts/import/Importer.h"

#include "consent/AuditLog.h"
#include "consent/Pseudonyms.h"
#include "contacts/CompanyName.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace consentric::contacts::import {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::contacts::import", text);
}

QString nameOf(const ParsedContact &c)
{
    ContactInput in;
    in.displayName = c.displayName;
    in.givenName = c.givenName;
    in.familyName = c.familyName;
    in.email = c.email;
    QString name = ContactStore::displayNameOf(in);
    return name.isEmpty() ? c.profileUrl.trimmed() : name;
}

consent::ContactDetails detailsOf(const ParsedContact &c)
{
    consent::ContactDetails d;
    d.displayName = nameOf(c);
    d.givenName = c.givenName.simplified();
    d.familyName = c.familyName.simplified();
    d.email = c.email.trimmed().toLower();
    d.phone = c.phone.trimmed();
    d.profileUrl = c.profileUrl.trimmed();
    d.company = c.company.simplified();
    d.title = c.title.simplified();
    d.notes = c.notes;
    return d;
}

// Keys for matching: emails and the profile address as Pseudonyms makes them, name with
// normalised company, and every field at once. Company names repeat across a file, so their
// normal forms are kept.
class Keys
{
public:
    static QByteArray url(const QString &url)
    {
        return consent::Pseudonyms::isPersonalProfile(url) ? consent::Pseudonyms::identityOf({}, url, {}, {}) : QByteArray();
    }

    QString name(const QString &name, const QString &company)
    {
        auto known = m_companies.constFind(company);
        if (known == m_companies.cend())
            known = m_companies.insert(company, normaliseCompanyName(company));
        return name.simplified().toCaseFolded() + QLatin1Char('\n') + *known;
    }

    static QString everyField(const consent::ContactDetails &d)
    {
        // Joined by the unit separator (U+001F), which no name, address or title holds.
        static const QChar kSeparator(0x1F);
        return d.displayName + kSeparator + d.givenName + kSeparator + d.familyName + kSeparator + d.email + kSeparator + d.phone + kSeparator
            + d.profileUrl + kSeparator + d.company + kSeparator + d.title + kSeparator + d.notes;
    }

private:
    QHash<QString, QString> m_companies;
};

// The merged details: what was there, with empty fields filled and the newer export's
// company and title.
consent::ContactDetails merged(consent::ContactDetails existing, const consent::ContactDetails &newer)
{
    for (auto member : {&consent::ContactDetails::givenName, &consent::ContactDetails::familyName, &consent::ContactDetails::email,
             &consent::ContactDetails::phone, &consent::ContactDetails::profileUrl, &consent::ContactDetails::notes}) {
        if ((existing.*member).isEmpty())
            existing.*member = newer.*member;
    }
    if (!newer.company.isEmpty())
        existing.company = newer.company;
    if (!newer.title.isEmpty())
        existing.title = newer.title;
    return existing;
}

struct Index
{
    Keys keys;
    QHash<QString, qint64> byEmail;
    QHash<QByteArray, qint64> byUrl;
    QHash<QString, qint64> byName;
    QHash<QString, qint64> identical;
    QHash<qint64, consent::ContactDetails> details;

    static QString emailKey(const QString &email) { return email.trimmed().toLower(); }

    void add(qint64 id, const consent::ContactDetails &d, const QStringList &otherEmails = {})
    {
        details.insert(id, d);
        if (!d.email.isEmpty())
            byEmail.insert(emailKey(d.email), id);
        for (const QString &email : otherEmails) {
            if (!email.trimmed().isEmpty())
                byEmail.insert(emailKey(email), id);
        }
        if (const QByteArray url = Keys::url(d.profileUrl); !url.isEmpty())
            byUrl.insert(url, id);
        byName.insert(keys.name(d.displayName, d.company), id);
        identical.insert(Keys::everyField(d), id);
    }

    qint64 strongMatch(const ParsedContact &c) const
    {
        if (!c.email.trimmed().isEmpty()) {
            if (const qint64 id = byEmail.value(emailKey(c.email)); id != 0)
                return id;
        }
        for (const QString &email : c.otherEmails) {
            if (const qint64 id = byEmail.value(emailKey(email)); id != 0)
                return id;
        }
        if (const QByteArray url = Keys::url(c.profileUrl); !url.isEmpty())
            return byUrl.value(url);
        return 0;
    }
};

Result<Index> indexOf(storage::Database &db, const consent::Session &employee)
{
    auto own = ContactStore(db).ownConnections(employee);
    if (!own)
        return own.error();
    Index index;
    index.details.reserve(qsizetype(own->size()));
    for (const OwnConnection &c : *own)
        index.add(c.id, c.details);
    return index;
}

} // namespace

consent::Context defaultContext(Format format)
{
    return format == Format::LinkedIn || format == Format::OutlookCsv ? consent::Context::Professional : consent::Context::Personal;
}

QString sourceName(Format format)
{
    switch (format) {
    case Format::LinkedIn: return QStringLiteral("linkedin");
    case Format::GoogleCsv: return QStringLiteral("google");
    case Format::OutlookCsv: return QStringLiteral("outlook");
    case Format::ThunderbirdCsv: return QStringLiteral("thunderbird");
    case Format::GenericCsv: return QStringLiteral("csv");
    case Format::VCard: return QStringLiteral("vcard");
    }
    return QStringLiteral("csv");
}

QString formatLabel(Format format)
{
    switch (format) {
    case Format::LinkedIn: return tr("LinkedIn connections (CSV)");
    case Format::GoogleCsv: return tr("Google Contacts (CSV)");
    case Format::OutlookCsv: return tr("Outlook contacts (CSV)");
    case Format::ThunderbirdCsv: return tr("Thunderbird address book (CSV)");
    case Format::GenericCsv: return tr("Table of contacts (CSV)");
    case Format::VCard: return tr("vCard");
    }
    return {};
}

int ImportPlan::count(Outcome outcome) const
{
    return int(std::count_if(contacts.begin(), contacts.end(), [outcome](const PlannedContact &c) { return c.outcome == outcome; }));
}

Result<ImportPlan> Importer::plan(const consent::Session &employee, const ReadResult &read) const
{
    auto index = indexOf(m_db, employee);
    if (!index)
        return index.error();
    ImportPlan plan;
    qint64 nextPlanned = -1; // contacts earlier in the same file get negative ids
    for (const ParsedContact &c : read.contacts) {
        PlannedContact planned;
        planned.contact = c;
        const consent::ContactDetails d = detailsOf(c);
        if (const qint64 twin = index->identical.value(Keys::everyField(d)); twin != 0) {
            planned.outcome = Outcome::Identical;
            planned.existingConnectionId = twin;
            planned.existingName = index->details.value(twin).displayName;
        } else if (const qint64 id = index->strongMatch(c); id != 0) {
            const consent::ContactDetails result = merged(index->details.value(id), d);
            planned.outcome = result == index->details.value(id) ? Outcome::Identical : Outcome::Update;
            planned.existingConnectionId = id;
            planned.existingName = index->details.value(id).displayName;
            if (planned.outcome == Outcome::Update)
                index->add(id, result, c.otherEmails);
        } else {
            if (const qint64 same = index->byName.value(index->keys.name(d.displayName, d.company)); same != 0) {
                planned.outcome = Outcome::PossibleDuplicate;
                planned.existingConnectionId = same;
                planned.existingName = index->details.value(same).displayName;
            }
            index->add(nextPlanned--, d, c.otherEmails);
        }
        plan.contacts.push_back(std::move(planned));
    }
    return plan;
}

Result<ImportSummary> Importer::run(
    const consent::Session &employee, const ReadResult &read, consent::Context context, const std::function<bool(int, int)> &progress)
{
    if (read.refused)
        return fail(read.problems.empty() ? tr("The file could not be read.") : read.problems.front().message);
    ImportSummary summary;
    summary.problems = read.problems;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto planned = plan(employee, read);
        if (!planned)
            return planned.error();
        ContactStore store(m_db);
        const int total = int(planned->contacts.size());
        // New contacts go in first, in chunks (so Cancel answers quickly); an update may
        // refer to a contact added earlier from the same file by its planned (negative) id.
        std::vector<const PlannedContact *> fresh;
        for (const PlannedContact &p : planned->contacts) {
            if (p.outcome == Outcome::New || p.outcome == Outcome::PossibleDuplicate)
                fresh.push_back(&p);
        }
        QHash<qint64, qint64> added;
        constexpr std::size_t kChunk = 500;
        for (std::size_t start = 0; start < fresh.size(); start += kChunk) {
            if (progress && !progress(int(start), total))
                return fail(tr("The import was cancelled; nothing was changed."));
            std::vector<ContactInput> inputs;
            for (std::size_t i = start; i < std::min(fresh.size(), start + kChunk); ++i) {
                const consent::ContactDetails d = detailsOf(fresh[i]->contact);
                ContactInput in;
                in.displayName = d.displayName;
                in.givenName = d.givenName;
                in.familyName = d.familyName;
                in.email = d.email;
                in.phone = d.phone;
                in.profileUrl = d.profileUrl;
                in.company = d.company;
                in.title = d.title;
                in.notes = d.notes;
                in.context = context;
                in.connectedOn = fresh[i]->contact.connectedOn;
                in.source = sourceName(read.format);
                inputs.push_back(std::move(in));
            }
            auto ids = store.addConnections(employee, inputs);
            if (!ids)
                return ids.error();
            for (qsizetype k = 0; k < ids->size(); ++k) {
                added.insert(-qint64(start) - k - 1, ids->at(k));
                summary.newConnectionIds << ids->at(k);
            }
        }
        summary.imported = int(fresh.size());
        auto resolve = [&added](qint64 id) { return id < 0 ? added.value(id) : id; };
        std::size_t freshIndex = 0;
        for (const PlannedContact &p : planned->contacts) {
            switch (p.outcome) {
            case Outcome::Identical: ++summary.skipped; break;
            case Outcome::Update: {
                const qint64 target = resolve(p.existingConnectionId);
                auto current = store.ownConnection(employee, target);
                if (!current)
                    return current.error();
                ConnectionEdit edit;
                edit.details = merged(current->details, detailsOf(p.contact));
                if (auto changed = store.edit(employee, {target}, edit); !changed)
                    return changed.error();
                ++summary.updated;
                break;
            }
            case Outcome::PossibleDuplicate:
                summary.possibleDuplicates.push_back({p.contact.line, detailsOf(p.contact).displayName,
                    summary.newConnectionIds.at(qsizetype(freshIndex)), resolve(p.existingConnectionId), p.existingName});
                ++freshIndex;
                break;
            case Outcome::New: ++freshIndex; break;
            }
        }
        if (progress && !progress(total, total))
            return fail(tr("The import was cancelled; nothing was changed."));
        // The employee's own act: the counts are sealed to them.
        const QJsonObject details{{QStringLiteral("imported"), summary.imported}, {QStringLiteral("updated"), summary.updated},
            {QStringLiteral("skipped"), summary.skipped}, {QStringLiteral("format"), sourceName(read.format)}};
        if (auto logged = consent::AuditLog(m_db).appendPrivate(employee.person().id, QStringLiteral("imported"), details); !logged)
            return logged.error();
        return {};
    });
    if (!done)
        return done.error();
    return summary;
}

Result<void> Importer::merge(const consent::Session &employee, qint64 newConnectionId, qint64 existingConnectionId)
{
    if (newConnectionId == existingConnectionId)
        return fail(tr("A connection cannot be merged into itself."));
    ContactStore store(m_db);
    return m_db.transaction([&]() -> Result<void> {
        auto newer = store.ownConnection(employee, newConnectionId);
        if (!newer)
            return newer.error();
        auto existing = store.ownConnection(employee, existingConnectionId);
        if (!existing)
            return existing.error();
        ConnectionEdit edit;
        edit.details = merged(existing->details, newer->details);
        if (auto changed = store.edit(employee, {existingConnectionId}, edit); !changed)
            return changed.error();
        return store.remove(employee, {newConnectionId});
    });
}

} // namespace consentric::contacts::import
