#include "contacts/import/ReaderSupport.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <climits>

namespace consentric::contacts::import {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::contacts::import", text);
}

bool isAsciiConsonant(QChar c)
{
    return c.unicode() < 0x80 && c.isLetter() && !QStringLiteral("aeiouyAEIOUY").contains(c);
}

// The scripts that tell a wrong decoding apart; 0 for the rest (digits, Common, marks).
int scriptGroup(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Latin: return 1;
    case QChar::Script_Cyrillic: return 2;
    case QChar::Script_Greek: return 3;
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana: return 4;
    default: return 0;
    }
}

// How many signs of a wrong decoding the text shows; real text in the right encoding
// shows few or none.
int implausibility(const QString &text)
{
    int score = 0;
    const qsizetype n = text.size();
    auto letterAt = [&](qsizetype i) { return i >= 0 && i < n && text[i].isLetter(); };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\r' && u != u'\n') || (u >= 0x7F && u < 0xA0) || u == 0xFFFD)
            ++score; // control characters are not text
        else if (u >= 0x80 && !c.isLetter() && !c.isMark() && (letterAt(i - 1) || letterAt(i + 1)))
            ++score; // "Ł" read as "£", "ą" as "±": symbols do not sit inside words
        else if ((u == 0xF1 || u == 0xD1) && i + 1 < n && isAsciiConsonant(text[i + 1]))
            ++score; // "ñ" comes before a vowel; Polish "ń" ("-ński") does not
    }
    // Words: one script each, and Latin words mostly of unaccented letters.
    for (qsizetype i = 0; i < n;) {
        if (!text[i].isLetter()) {
            ++i;
            continue;
        }
        int scripts = 0, letters = 0, accented = 0, group = 0;
        for (; i < n && (text[i].isLetter() || text[i].isMark()); ++i) {
            ++letters;
            const int g = scriptGroup(text[i]);
            if (g == 1 && text[i].unicode() >= 0x80)
                ++accented;
            if (g != 0 && g != group) {
                ++scripts;
                group = g;
            }
        }
        if (scripts > 1)
            ++score;
        else if (group == 1 && letters >= 3 && accented * 2 > letters)
            ++score;
    }
    return score;
}

} // namespace

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text)
    return !decoder.hasError();
}

QString guessLegacyEncoding(const QByteArray &bytes)
{
    // In order of preference: a tie goes to the earlier one.
    static const char *const candidates[] = {"windows-1252", "ISO-8859-2", "windows-1250", "windows-1251", "Shift_JIS"};
    QString best = QStringLiteral("windows-1252");
    int bestScore = INT_MAX;
    for (const char *name : candidates) {
        QStringDecoder decoder(name, QStringDecoder::Flag::Stateless);
        if (!decoder.isValid())
            continue;
        const QString text = decoder.decode(bytes);
        if (decoder.hasError())
            continue;
        if (const int score = implausibility(text); score < bestScore) {
            bestScore = score;
            best = QString::fromLatin1(name);
        }
    }
    return best;
}

QString decodeWith(const QString &encoding, const QByteArray &bytes)
{
    QStringDecoder decoder(encoding.toLatin1().constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return QString::fromUtf8(bytes);
    return decoder.decode(bytes);
}

QString plainAddress(const QString &value)
{
    QString address = value.trimmed();
    if (const qsizetype open = address.lastIndexOf(QLatin1Char('<')); open >= 0 && address.endsWith(QLatin1Char('>')))
        address = address.mid(open + 1, address.size() - open - 2).trimmed();
    if (address.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        address = address.mid(7).trimmed();
    return address;
}

QString pickProfileUrl(const QStringList &urls)
{
    for (const QString &url : urls) {
        if (url.contains(QLatin1String("linkedin.com"), Qt::CaseInsensitive))
            return url;
    }
    return urls.isEmpty() ? QString() : urls.first();
}

void keepIfIdentifiable(ParsedContact &&contact, ReadResult &result)
{
    if (contact.displayName.trimmed().isEmpty() && contact.email.trimmed().isEmpty() && contact.profileUrl.trimmed().isEmpty()) {
        result.problems.push_back(
            {contact.line, tr("Line %1: a contact with neither a name, an email nor a profile address; skipped.").arg(contact.line)});
        return;
    }
    result.contacts.push_back(std::move(contact));
}

QString noContactsMessage()
{
    return tr("The file holds no contacts.");
}

QString notTextMessage()
{
    return tr("This file is not text, so it holds no contacts Consentric can read. Choose a CSV export (from LinkedIn, Google, Outlook or "
              "Thunderbird) or a vCard file (.vcf).");
}

} // namespace consentric::contacts::import
