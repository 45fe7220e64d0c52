#include "contacts/import/VCardReader.h"

#include "contacts/import/Decoding.h"
#include "contacts/import/ReaderSupport.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QLocale>
#include <QStringDecoder>

#include <algorithm>
#include <optional>
#include <utility>

namespace consentric::contacts::import {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("consentric::contacts::import", text, disambiguation, n);
}

// Problems about lines that are not properties, per card: enough to find them, not one
// per line of a photo's binary garbage.
constexpr int maxJunkProblemsPerCard = 3;

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

enum class ValueEncoding { Plain, QuotedPrintable, Base64 };

ValueEncoding encodingOf(QByteArrayView head)
{
    const QByteArray upper = head.toByteArray().toUpper();
    if (upper.contains("QUOTED-PRINTABLE"))
        return ValueEncoding::QuotedPrintable;
    if (upper.contains("ENCODING=B") || upper.contains(";BASE64"))
        return ValueEncoding::Base64;
    return ValueEncoding::Plain;
}

// A property being put together from its physical lines. Where the value starts (the
// first colon outside double quotes) is found as lines are added, so a long folded photo
// is scanned once.
struct LogicalLine
{
    QByteArray text;
    int line = 0;
    qsizetype colon = -1;
    qsizetype scanned = 0;
    bool inQuotes = false;
    bool tooLong = false; // longer than kMaxVCardPropertyBytes: the rest was not kept
    ValueEncoding encoding = ValueEncoding::Plain;

    void findColon()
    {
        for (; colon < 0 && scanned < text.size(); ++scanned) {
            const char c = text.at(scanned);
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (c == ':' && !inQuotes) {
                colon = scanned;
                encoding = encodingOf(QByteArrayView(text).first(colon));
            }
        }
    }
    void append(QByteArrayView more)
    {
        if (tooLong || text.size() + more.size() > kMaxVCardPropertyBytes) {
            tooLong = true;
            return;
        }
        text.append(more);
        findColon();
    }
    // A quoted-printable value ending in "=" continues on the next line, indented or not.
    bool endsInSoftBreak() const
    {
        if (colon < 0 || encoding != ValueEncoding::QuotedPrintable)
            return false;
        qsizetype end = text.size();
        while (end > colon + 1 && isSpace(text.at(end - 1)))
            --end;
        return end > colon + 1 && text.at(end - 1) == '=';
    }
    void dropSoftBreak()
    {
        while (isSpace(text.back()))
            text.chop(1);
        text.chop(1);
    }
};

bool looksLikeBase64(QByteArrayView line)
{
    if (line.isEmpty())
        return false;
    for (const char c : line) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=';
        if (!ok)
            return false;
    }
    return true;
}

bool isNameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '/';
}

// "NAME:", "NAME;" or "group.NAME" followed by either.
bool startsProperty(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && (isNameChar(line[i]) || line[i] == '.'))
        ++i;
    return i > 0 && i < line.size() && (line[i] == ':' || line[i] == ';');
}

// Lines end at LF (CR before it dropped, also "\r\r\n"); a file without any LF ends its
// lines at CR. A bare CR inside a line of a LF file stays in the value.
std::vector<QByteArrayView> physicalLines(const QByteArray &data)
{
    std::vector<QByteArrayView> lines;
    const char separator = data.contains('\n') ? '\n' : '\r';
    qsizetype start = 0;
    while (start <= data.size()) {
        qsizetype end = data.indexOf(separator, start);
        if (end < 0)
            end = data.size();
        QByteArrayView line(data.constData() + start, end - start);
        while (!line.isEmpty() && line.back() == '\r')
            line.chop(1);
        lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

// Unfolds: a line starting with a space or TAB continues the previous one (the one space
// dropped), at the byte level so a fold inside a UTF-8 sequence rejoins it; so does the
// line after a quoted-printable soft break, whole; and, as vCard 2.1 writers do, bare
// base64 lines after a base64 property.
std::vector<LogicalLine> logicalLines(const QByteArray &data)
{
    std::vector<LogicalLine> logical;
    std::optional<LogicalLine> current;
    const std::vector<QByteArrayView> lines = physicalLines(data);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const QByteArrayView line = lines[i];
        if (current) {
            if (current->endsInSoftBreak()) {
                // A blank line there is part of the value only when what follows is no
                // property (a writer that put blank lines between the pieces).
                if (line.trimmed().isEmpty() && i + 1 < lines.size() && !lines[i + 1].trimmed().isEmpty() && !startsProperty(lines[i + 1]))
                    continue;
                current->dropSoftBreak();
                current->append(line);
                continue;
            }
            if (!line.isEmpty() && isSpace(line.front())) {
                current->append(line.sliced(1));
                continue;
            }
            if (current->encoding == ValueEncoding::Base64 && looksLikeBase64(line)) {
                current->append(line);
                continue;
            }
            logical.push_back(std::move(*current));
            current.reset();
        }
        if (line.trimmed().isEmpty())
            continue;
        QByteArrayView start = line;
        while (isSpace(start.front()))
            start = start.sliced(1); // an indented line with nothing to continue
        current = LogicalLine{start.first(std::min(start.size(), kMaxVCardPropertyBytes)).toByteArray(), int(i) + 1};
        current->tooLong = start.size() > kMaxVCardPropertyBytes;
        current->findColon();
    }
    if (current)
        logical.push_back(std::move(*current));
    return logical;
}

struct Property
{
    int line = 0;
    QByteArray name; // upper case, without its group ("item1.")
    std::vector<std::pair<QByteArray, QString>> params; // upper-case name, one value each
    QByteArray value; // as in the file, unfolded

    QString param(const char *wanted) const
    {
        for (const auto &[key, text] : params) {
            if (key == wanted)
                return text;
        }
        return {};
    }
    bool hasParam(const char *wanted) const
    {
        for (const auto &p : params) {
            if (p.first == wanted)
                return true;
        }
        return false;
    }
    bool hasType(const char *type) const
    {
        for (const auto &[key, text] : params) {
            if (key == "TYPE" && text.compare(QLatin1String(type), Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    bool isQuotedPrintable() const { return param("ENCODING").compare(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive) == 0; }
    bool isBinary() const
    {
        const QString encoding = param("ENCODING").toUpper();
        return encoding == QLatin1String("B") || encoding == QLatin1String("BASE64") || name == "PHOTO" || name == "LOGO" || name == "SOUND"
            || name == "KEY";
    }
};

// Splits at a separator outside double quotes.
std::vector<QByteArrayView> splitOutsideQuotes(QByteArrayView text, char separator)
{
    std::vector<QByteArrayView> parts;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '"')
            quoted = !quoted;
        else if (text[i] == separator && !quoted) {
            parts.push_back(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.push_back(text.sliced(start));
    return parts;
}

// RFC 6868: ^^ is ^, ^n a line break, ^' a double quote.
QString caretDecoded(const QString &value)
{
    if (!value.contains(QLatin1Char('^')))
        return value;
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        const QChar next = i + 1 < value.size() ? value[i + 1] : QChar();
        if (c == QLatin1Char('^')
            && (next == QLatin1Char('^') || next == QLatin1Char('n') || next == QLatin1Char('N') || next == QLatin1Char('\''))) {
            out += next == QLatin1Char('^') ? QChar(u'^') : next == QLatin1Char('\'') ? QChar(u'"') : QChar(u'\n');
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

QString textOfBytes(QByteArrayView bytes)
{
    const QByteArray b = bytes.toByteArray();
    return isUtf8(b) ? QString::fromUtf8(b) : QString::fromLatin1(b);
}

// "[group.]NAME[;param]*:value"; nothing for a line without a colon or with a name that
// is no name.
std::optional<Property> parseProperty(const LogicalLine &l)
{
    if (l.colon < 0)
        return std::nullopt;
    const QByteArrayView head = QByteArrayView(l.text).first(l.colon);
    const std::vector<QByteArrayView> tokens = splitOutsideQuotes(head, ';');
    const QByteArrayView fullName = tokens.front().trimmed();
    if (fullName.isEmpty() || fullName.front() == '.' || fullName.back() == '.')
        return std::nullopt;
    for (const char c : fullName) {
        if (!isNameChar(c) && c != '.')
            return std::nullopt;
    }
    Property p;
    p.line = l.line;
    p.name = fullName.sliced(fullName.lastIndexOf('.') + 1).toByteArray().toUpper();
    p.value = QByteArrayView(l.text).sliced(l.colon + 1).toByteArray();
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        const QByteArrayView token = tokens[i].trimmed();
        if (token.isEmpty())
            continue; // "TEL;;WORK", "NOPARAM;:"
        const qsizetype eq = token.indexOf('=');
        // vCard 2.1 writes bare values: "TEL;WORK;PREF", "NOTE;QUOTED-PRINTABLE".
        const QByteArray name = eq < 0 ? QByteArray() : token.first(eq).trimmed().toByteArray().toUpper();
        const QByteArrayView values = eq < 0 ? token : token.sliced(eq + 1);
        for (const QByteArrayView raw : splitOutsideQuotes(values, ',')) {
            QByteArrayView quoted = raw.trimmed();
            if (quoted.size() >= 2 && quoted.front() == '"' && quoted.back() == '"')
                quoted = quoted.sliced(1, quoted.size() - 2);
            // A quoted TYPE list ("voice,home", RFC 6350) is a list all the same.
            const bool isList = name.isEmpty() || name == "TYPE";
            for (const QByteArrayView v : isList ? splitOutsideQuotes(quoted, ',') : std::vector<QByteArrayView>{quoted}) {
                if (v.trimmed().isEmpty())
                    continue;
                QString value = caretDecoded(textOfBytes(v.trimmed()));
                QByteArray paramName = name;
                if (paramName.isEmpty()) {
                    const QString upper = value.toUpper();
                    const bool encoding = upper == QLatin1String("QUOTED-PRINTABLE") || upper == QLatin1String("BASE64")
                        || upper == QLatin1String("8BIT") || upper == QLatin1String("7BIT");
                    paramName = encoding ? QByteArray("ENCODING") : QByteArray("TYPE");
                }
                p.params.emplace_back(std::move(paramName), std::move(value));
            }
        }
    }
    return p;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QByteArray quotedPrintableDecoded(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '=' && i + 2 < in.size() && hexValue(in.at(i + 1)) >= 0 && hexValue(in.at(i + 2)) >= 0) {
            out.append(char(hexValue(in.at(i + 1)) * 16 + hexValue(in.at(i + 2))));
            i += 2;
        } else if (c == '=' && i + 1 == in.size()) {
            break; // a soft break at the end of the file
        } else {
            out.append(c);
        }
    }
    return out;
}

QByteArray valueBytes(const Property &p)
{
    return p.isQuotedPrintable() ? quotedPrintableDecoded(p.value) : p.value;
}

bool isCharset(const QString &charset, std::initializer_list<const char *> names)
{
    const QString c = charset.toUpper().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    return std::any_of(names.begin(), names.end(), [&](const char *n) { return c == QLatin1String(n); });
}

// The CHARSET a value declares, when Qt knows it. US-ASCII counts as none: 8-bit text
// under it is mislabelled, and is read by the file's rule.
QString declaredCharset(const Property &p)
{
    const QString charset = p.param("CHARSET");
    if (charset.isEmpty() || isCharset(charset, {"USASCII", "ASCII"}) || !QStringDecoder(charset.toLatin1().constData()).isValid())
        return {};
    return charset;
}

// The backslash escapes of vCard text: \n and \N, \\, \, \; \:. Others are kept as
// written ("C:\Temp" in a 2.1 note).
QString unescaped(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c != QLatin1Char('\\') || i + 1 == value.size()) {
            out += c;
            continue;
        }
        const QChar next = value[++i];
        if (next == QLatin1Char('n') || next == QLatin1Char('N')) {
            out += QLatin1Char('\n');
        } else if (next == QLatin1Char('\\') || next == QLatin1Char(',') || next == QLatin1Char(';') || next == QLatin1Char(':')) {
            out += next;
        } else {
            out += c;
            out += next;
        }
    }
    return out.replace(QLatin1String("\r\n"), QLatin1String("\n"));
}

// Splits a structured value at separators no backslash escapes; the parts keep theirs.
QStringList splitUnescaped(const QString &value, QChar separator)
{
    QStringList parts;
    QString part;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == QLatin1Char('\\') && i + 1 < value.size()) {
            part += value[i];
            part += value[++i];
        } else if (value[i] == separator) {
            parts << part;
            part.clear();
        } else {
            part += value[i];
        }
    }
    parts << part;
    return parts;
}

// One component of N: a comma list (RFC 6350 "Philip,Paul") read as words.
QString nameComponent(const QStringList &components, qsizetype index)
{
    QStringList words;
    for (const QString &w : splitUnescaped(components.value(index), QLatin1Char(',')))
        words << unescaped(w).trimmed();
    words.removeAll(QString());
    return words.join(QLatin1Char(' '));
}

// The start of a line that is no property, for a problem: readable, whatever it holds.
QString preview(QByteArrayView line)
{
    QString text = QString::fromUtf8(line.first(std::min<qsizetype>(line.size(), 200)));
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() < 0xA0))
            c = QLatin1Char(' ');
    }
    text = text.simplified();
    return text.size() > 40 ? text.left(40) + QChar(0x2026) : text;
}

struct Card
{
    int line = 0;
    std::vector<Property> properties;
    int junkLines = 0;
    int extraProperties = 0; // beyond kMaxVCardProperties, dropped
};

struct ValueReader
{
    bool unicode = false; // the file was UTF-16: its text is Unicode already
    bool forced = false;
    QString fallback; // for text that is not UTF-8 and declares no charset

    QString text(const Property &p) const
    {
        const QByteArray bytes = valueBytes(p);
        if (!unicode || p.isQuotedPrintable()) {
            if (const QString charset = declaredCharset(p); !charset.isEmpty())
                return decodeWith(charset, bytes);
            if (forced && !unicode)
                return decodeWith(fallback, bytes);
        }
        return unicode || isUtf8(bytes) ? QString::fromUtf8(bytes) : decodeWith(fallback, bytes);
    }
};

bool isVCardValue(const QByteArray &value)
{
    return value.trimmed().compare("VCARD", Qt::CaseInsensitive) == 0;
}

struct Email
{
    QString address;
    bool preferred = false;
};

ParsedContact contactOf(const Card &card, const ValueReader &reader, ReadResult &result)
{
    ParsedContact c;
    c.line = card.line;
    QString formatted, nickname, role;
    std::optional<QStringList> n;
    std::vector<Email> emails;
    QString preferredPhone, anyPhone;
    QStringList urls, notes;
    for (const Property &p : card.properties) {
        const QByteArray &name = p.name;
        if (name == "FN" && formatted.isEmpty()) {
            formatted = unescaped(reader.text(p)).trimmed();
        } else if (name == "N" && !n) {
            n = splitUnescaped(reader.text(p), QLatin1Char(';'));
        } else if (name == "NICKNAME" && nickname.isEmpty()) {
            nickname = unescaped(splitUnescaped(reader.text(p), QLatin1Char(',')).constFirst()).trimmed();
        } else if (name == "ORG" && c.company.isEmpty()) {
            for (const QString &part : splitUnescaped(reader.text(p), QLatin1Char(';'))) {
                if (c.company = unescaped(part).trimmed(); !c.company.isEmpty())
                    break;
            }
        } else if (name == "TITLE" && c.title.isEmpty()) {
            c.title = unescaped(reader.text(p)).trimmed();
        } else if (name == "ROLE" && role.isEmpty()) {
            role = unescaped(reader.text(p)).trimmed();
        } else if (name == "NOTE") {
            if (const QString note = unescaped(reader.text(p)).trimmed(); !note.isEmpty())
                notes << note;
        } else if (name == "EMAIL") {
            const QString address = plainAddress(unescaped(reader.text(p)));
            if (address.isEmpty())
                continue;
            if (!address.contains(QLatin1Char('@'))) {
                result.problems.push_back(
                    {p.line, tr("Line %1: “%2” is not an email address; the contact is kept without it.").arg(p.line).arg(address)});
                continue;
            }
            emails.push_back({address, p.hasType("PREF") || p.hasParam("PREF")});
        } else if (name == "TEL") {
            QString number = unescaped(reader.text(p)).trimmed();
            if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
                number = number.mid(4).trimmed();
            if (number.isEmpty())
                continue;
            if (preferredPhone.isEmpty() && (p.hasType("CELL") || p.hasType("PREF") || p.hasParam("PREF")))
                preferredPhone = number;
            if (anyPhone.isEmpty())
                anyPhone = number;
        } else if (name == "URL" || name == "X-SOCIALPROFILE") {
            const QString url = unescaped(reader.text(p)).trimmed();
            const bool webAddress = url.contains(QLatin1String("://")) || url.startsWith(QLatin1String("www."), Qt::CaseInsensitive)
                || url.contains(QLatin1String("linkedin.com"), Qt::CaseInsensitive);
            if (!url.isEmpty() && (name == "URL" || webAddress))
                urls << url;
        }
    }
    if (n) {
        c.familyName = nameComponent(*n, 0);
        c.givenName = nameComponent(*n, 1);
    }
    // The preferred address first, then the others in the order written, each once.
    std::stable_partition(emails.begin(), emails.end(), [](const Email &e) { return e.preferred; });
    QStringList addresses;
    for (const Email &e : emails) {
        if (!addresses.contains(e.address, Qt::CaseInsensitive))
            addresses << e.address;
    }
    if (!addresses.isEmpty())
        c.email = addresses.takeFirst();
    c.otherEmails = addresses;
    c.phone = preferredPhone.isEmpty() ? anyPhone : preferredPhone;
    c.profileUrl = pickProfileUrl(urls);
    if (c.title.isEmpty())
        c.title = role;
    c.notes = notes.join(QLatin1String("\n\n"));
    // FN, else the name from N (given, additional, family), the nickname, the
    // organisation, the email address.
    QStringList nameParts;
    for (const QString &part : {c.givenName, n ? nameComponent(*n, 2) : QString(), c.familyName}) {
        if (!part.isEmpty())
            nameParts << part;
    }
    const QString fromN = nameParts.join(QLatin1Char(' '));
    for (const QString &candidate : {formatted, fromN, nickname, c.company, c.email}) {
        if (!candidate.isEmpty()) {
            c.displayName = candidate;
            break;
        }
    }
    return c;
}

} // namespace

ReadResult readVCard(const QByteArray &bytes, const QString &forcedEncoding)
{
    ReadResult result;
    result.format = Format::VCard;
    ValueReader reader;
    QByteArray data;
    // UTF-16 becomes UTF-8 first; other files are read as bytes, so that folds rejoin
    // split sequences and each value is decoded by its own CHARSET.
    if (!forcedEncoding.isEmpty()) {
        auto whole = decodeAs(bytes, forcedEncoding);
        if (!whole) {
            result.refused = true;
            result.problems.push_back({0, whole.message()});
            return result;
        }
        result.encoding = forcedEncoding;
        reader.forced = true;
        reader.fallback = forcedEncoding;
        reader.unicode = forcedEncoding.startsWith(QLatin1String("UTF-16"), Qt::CaseInsensitive);
        data = reader.unicode ? whole->text.toUtf8() : bytes;
    } else if (const QString detected = decode(bytes.left(4096)).encoding; detected.startsWith(QLatin1String("UTF-16"))) {
        result.encoding = detected;
        reader.unicode = true;
        data = decode(bytes).text.toUtf8();
    } else {
        data = bytes;
    }
    if (!reader.unicode && data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (data.trimmed().isEmpty()) {
        result.encoding = result.encoding.isEmpty() ? QStringLiteral("UTF-8") : result.encoding;
        result.problems.push_back({0, noContactsMessage()});
        return result;
    }

    // Cards, nested ones included (vCard 2.1 AGENT): a card is done at its END, so the
    // inner ones come first.
    std::vector<Card> cards, open;
    std::vector<Property> outside;
    int outsideLine = 0;
    bool sawCard = false;
    auto dropOutside = [&] {
        if (outsideLine != 0)
            result.problems.push_back({outsideLine, tr("Line %1: text outside BEGIN:VCARD and END:VCARD is ignored.").arg(outsideLine)});
        outside.clear();
        outsideLine = 0;
    };
    for (const LogicalLine &l : logicalLines(data)) {
        if (l.tooLong) {
            result.problems.push_back({l.line,
                tr("Line %1: “%2” is longer than %3 MB; it is ignored.")
                    .arg(l.line)
                    .arg(preview(QByteArrayView(l.text).first(std::min<qsizetype>(l.text.size(), 40))))
                    .arg(kMaxVCardPropertyBytes >> 20)});
            continue;
        }
        std::optional<Property> p = parseProperty(l);
        if (p && p->name == "BEGIN" && isVCardValue(p->value)) {
            if (open.empty())
                dropOutside();
            open.push_back(Card{l.line, {}, 0, 0});
            sawCard = true;
        } else if (p && p->name == "END" && isVCardValue(p->value)) {
            sawCard = true;
            if (!open.empty()) {
                cards.push_back(std::move(open.back()));
                open.pop_back();
            } else if (!outside.empty()) {
                // Evolution reads a card that lost its BEGIN line; so does Consentric.
                result.problems.push_back(
                    {outsideLine, tr("Line %1: this contact has no BEGIN:VCARD; it was read up to its END:VCARD.").arg(outsideLine)});
                cards.push_back(Card{outsideLine, std::move(outside), 0, 0});
                outside.clear();
                outsideLine = 0;
            } else {
                result.problems.push_back({l.line, tr("Line %1: END:VCARD without a contact to end; ignored.").arg(l.line)});
            }
        } else if (open.empty()) {
            if (outsideLine == 0)
                outsideLine = l.line;
            if (p)
                outside.push_back(std::move(*p));
        } else if (p) {
            if (Card &card = open.back(); qsizetype(card.properties.size()) < kMaxVCardProperties)
                card.properties.push_back(std::move(*p));
            else
                ++card.extraProperties;
        } else if (Card &card = open.back(); ++card.junkLines <= maxJunkProblemsPerCard) {
            result.problems.push_back({l.line, tr("Line %1: “%2” is not a vCard property; the line is ignored.").arg(l.line).arg(preview(l.text))});
        }
    }
    while (!open.empty()) {
        const int line = open.back().line;
        result.problems.push_back(
            {line, tr("Line %1: the contact starting here has no END:VCARD; it was read up to the end of the file.").arg(line)});
        cards.push_back(std::move(open.back()));
        open.pop_back();
    }
    if (!sawCard) {
        result.refused = true;
        result.problems = {{0, tr("This file is not a vCard: it has no BEGIN:VCARD line. Choose a vCard file (.vcf) or a CSV export of contacts.")}};
        return result;
    }
    dropOutside();
    for (const Card &card : cards) {
        if (card.extraProperties > 0) {
            result.problems.push_back({card.line,
                tr("Line %1: the contact starting here has more than %2 properties; only the first %2 were read.")
                    .arg(card.line)
                    .arg(QLocale().toString(kMaxVCardProperties))});
        }
        if (card.junkLines > maxJunkProblemsPerCard) {
            result.problems.push_back({card.line,
                tr("Line %1: the contact starting here has %n more line(s) that are not vCard properties; they are ignored.", nullptr,
                    card.junkLines - maxJunkProblemsPerCard)
                    .arg(card.line)});
        }
    }

    // The legacy encoding for text that is neither UTF-8 nor declared: the one a CHARSET
    // in the file names, else the most plausible reading of all such text together.
    if (!reader.unicode && !reader.forced) {
        QString declared;
        QByteArray legacy;
        for (const Card &card : cards) {
            for (const Property &p : card.properties) {
                if (p.isBinary())
                    continue;
                if (const QString charset = declaredCharset(p); !charset.isEmpty()) {
                    if (declared.isEmpty() && !isCharset(charset, {"UTF8"}))
                        declared = charset;
                } else if (const QByteArray value = valueBytes(p); !isUtf8(value)) {
                    legacy += value + '\n';
                }
            }
        }
        reader.fallback = legacy.isEmpty() ? QStringLiteral("windows-1252") : !declared.isEmpty() ? declared : guessLegacyEncoding(legacy);
        result.encoding = !legacy.isEmpty() ? reader.fallback : !declared.isEmpty() ? declared : QStringLiteral("UTF-8");
    }
    for (const Card &card : cards)
        keepIfIdentifiable(contactOf(card, reader, result), result);
    std::stable_sort(result.problems.begin(), result.problems.end(), [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return result;
}

} // namespace consentric::contacts::import
