#include "contacts/import/CsvReader.h"

#include "contacts/import/CsvMapping.h"
#include "contacts/import/Decoding.h"
#include "contacts/import/ReaderSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <optional>

namespace consentric::contacts::import {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::contacts::import", text);
}

// Google joins several values of one cell with this.
const QString multiValueSeparator = QStringLiteral(" ::: ");

struct Record
{
    int line = 0; // where it starts
    QStringList cells;
    bool tooManyCells = false; // more than kMaxCsvCells: the rest were dropped
    bool cellTooLong = false; // a cell over kMaxCsvCellChars: cut there
};

struct Table
{
    std::vector<Record> records; // without blank lines and rows of empty cells
    int unclosedQuoteLine = 0;
};

bool isLineBreak(QChar c)
{
    return c == u'\r' || c == u'\n';
}

// RFC 4180, leniently: a field is quoted when it starts with a quote (after spaces); ""
// inside is one quote; after the closing quote the rest up to the delimiter is kept.
// CRLF, LF and a bare CR each end a line, inside quotes too, for the line numbers.
Table parse(QStringView text, QChar delimiter, std::size_t maxRecords = std::numeric_limits<std::size_t>::max())
{
    Table table;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    while (i < n && table.records.size() < maxRecords) {
        Record record{line, {}, false, false};
        QString cell;
        // Past the caps, characters are still read (for the line numbers) but not kept.
        auto keep = [&record, &cell](QChar c) {
            if (cell.size() < kMaxCsvCellChars)
                cell += c;
            else
                record.cellTooLong = true;
        };
        auto endCell = [&record, &cell] {
            if (record.cells.size() < kMaxCsvCells)
                record.cells << cell;
            else
                record.tooManyCells = true;
            cell.clear();
        };
        bool quoted = false, wasQuoted = false;
        int quoteLine = 0;
        for (; i < n; ++i) {
            const QChar c = text[i];
            const bool crlf = c == u'\r' && i + 1 < n && text[i + 1] == u'\n';
            if (quoted) {
                if (c == u'"' && i + 1 < n && text[i + 1] == u'"') {
                    keep(c);
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    line += isLineBreak(c) && !crlf ? 1 : 0;
                    keep(c);
                }
            } else if (c == delimiter) {
                endCell();
                wasQuoted = false;
            } else if (isLineBreak(c)) {
                i += crlf ? 2 : 1;
                ++line;
                break;
            } else if (c == u'"' && !wasQuoted && cell.trimmed().isEmpty()) {
                cell.clear();
                quoted = wasQuoted = true;
                quoteLine = line;
            } else {
                keep(c);
            }
        }
        if (quoted)
            table.unclosedQuoteLine = quoteLine;
        endCell();
        if (std::any_of(record.cells.cbegin(), record.cells.cend(), [](const QString &s) { return !s.trimmed().isEmpty(); }))
            table.records.push_back(std::move(record));
    }
    return table;
}

// The candidate that splits the first rows into the same number of cells most often
// (more than one cell); on a tie, the one giving more rows of several cells, then the
// comma.
QChar detectDelimiter(QStringView text)
{
    QChar best = u',';
    int bestModal = 0, bestMulti = 0;
    for (const QChar candidate : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        QHash<qsizetype, int> counts;
        int multi = 0, modal = 0;
        for (const Record &r : parse(text, candidate, 50).records) {
            if (r.cells.size() > 1) {
                ++multi;
                modal = std::max(modal, ++counts[r.cells.size()]);
            }
        }
        if (modal > bestModal || (modal == bestModal && multi > bestMulti)) {
            best = candidate;
            bestModal = modal;
            bestMulti = multi;
        }
    }
    return best;
}

enum class Kind { Empty, Email, Url, Phone, Number, Word, Words };

Kind kindOf(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return Kind::Empty;
    if (v.contains(u'@') && !v.contains(u' '))
        return Kind::Email;
    if (v.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) || v.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || v.startsWith(QLatin1String("www."), Qt::CaseInsensitive) || v.contains(QLatin1String("linkedin.com/"), Qt::CaseInsensitive))
        return Kind::Url;
    const auto digits = std::count_if(v.cbegin(), v.cend(), [](QChar c) { return c.isDigit(); });
    const bool phoneChars = std::all_of(v.cbegin(), v.cend(), [](QChar c) { return c.isDigit() || QStringLiteral("+-() ./").contains(c); });
    if (phoneChars && digits >= 6)
        return Kind::Phone;
    if (digits * 2 > v.size())
        return Kind::Number;
    return v.contains(u' ') ? Kind::Words : Kind::Word;
}

bool isNameOrAddress(Field f)
{
    return f == Field::DisplayName || f == Field::GivenName || f == Field::FamilyName || f == Field::Email || f == Field::ProfileUrl;
}

bool usable(const std::vector<Field> &mapping)
{
    return std::any_of(mapping.cbegin(), mapping.cend(), isNameOrAddress);
}

// The first row is a header when it names known columns, or when it holds no addresses
// or numbers where the rows below do.
bool looksLikeHeader(const std::vector<Record> &records)
{
    if (records.size() < 2)
        return false;
    const QStringList &first = records.front().cells;
    for (const QString &cell : first) {
        if (const Kind k = kindOf(cell); k != Kind::Empty && k != Kind::Word && k != Kind::Words)
            return false;
    }
    for (qsizetype col = 0; col < first.size(); ++col) {
        int data = 0, rows = 0;
        for (std::size_t r = 1; r < records.size() && r <= 20; ++r) {
            if (const Kind k = kindOf(records[r].cells.value(col)); k != Kind::Empty) {
                ++rows;
                data += k == Kind::Email || k == Kind::Url || k == Kind::Phone || k == Kind::Number ? 1 : 0;
            }
        }
        if (rows > 0 && data * 2 > rows)
            return true;
    }
    return false;
}

// The header row: the first of the first ten that names two known columns (LinkedIn puts
// a "Notes:" preamble before it), else one naming its only column, else a first row
// that looks like one.
std::optional<std::size_t> findHeader(const std::vector<Record> &records)
{
    const std::size_t scan = std::min<std::size_t>(records.size(), 10);
    for (int needed : {2, 1}) {
        for (std::size_t i = 0; i < scan; ++i) {
            const QStringList &cells = records[i].cells;
            const auto known = std::count_if(cells.cbegin(), cells.cend(), [](const QString &c) { return fieldOfHeader(c) != Field::Ignore; });
            const auto filled = std::count_if(cells.cbegin(), cells.cend(), [](const QString &c) { return !c.trimmed().isEmpty(); });
            if ((needed == 2 && known >= 2) || (needed == 1 && known == 1 && filled == 1))
                return i;
        }
    }
    if (looksLikeHeader(records))
        return 0;
    return std::nullopt;
}

// Without a usable header: emails by their @, web addresses, phone numbers; of the text
// columns, the first of several words is the display name and the first two single
// words the given and family names.
std::vector<Field> guessMapping(const std::vector<Record> &rows, qsizetype columns)
{
    std::vector<Field> mapping(static_cast<std::size_t>(columns), Field::Ignore);
    std::vector<std::size_t> words, phrases;
    bool url = false, phone = false;
    for (qsizetype col = 0; col < columns; ++col) {
        QHash<int, int> kinds;
        for (std::size_t r = 0; r < rows.size() && r < 50; ++r) {
            if (const Kind k = kindOf(rows[r].cells.value(col)); k != Kind::Empty)
                ++kinds[int(k)];
        }
        int kind = int(Kind::Empty), most = 0;
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it) {
            if (it.value() > most || (it.value() == most && it.key() < kind)) {
                kind = it.key();
                most = it.value();
            }
        }
        Field &f = mapping[static_cast<std::size_t>(col)];
        if (kind == int(Kind::Email)) {
            f = Field::Email;
        } else if (kind == int(Kind::Url) && !url) {
            f = Field::ProfileUrl;
            url = true;
        } else if (kind == int(Kind::Phone) && !phone) {
            f = Field::Phone;
            phone = true;
        } else if (kind == int(Kind::Word)) {
            words.push_back(static_cast<std::size_t>(col));
        } else if (kind == int(Kind::Words)) {
            phrases.push_back(static_cast<std::size_t>(col));
        }
    }
    if (!phrases.empty())
        mapping[phrases.front()] = Field::DisplayName;
    if (words.size() >= 2) {
        mapping[words[0]] = Field::GivenName;
        mapping[words[1]] = Field::FamilyName;
    } else if (words.size() == 1 && phrases.empty()) {
        mapping[words[0]] = Field::DisplayName;
    }
    return mapping;
}

// "15 Jan 2024" (LinkedIn), "January 15, 2024", "15-Jan-24" and ISO dates, with English
// month names whatever the locale.
QDate englishDate(const QString &text)
{
    const QString t = text.trimmed();
    if (const QDate iso = QDate::fromString(t, Qt::ISODate); iso.isValid())
        return iso;
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[ -]([A-Za-z]{3,})\\.?,?[ -](\\d{2}|\\d{4})$"));
    static const QRegularExpression monthFirst(QStringLiteral("^([A-Za-z]{3,})\\.? (\\d{1,2}),? (\\d{4})$"));
    QString day, month, year;
    if (const auto m = dayFirst.match(t); m.hasMatch()) {
        day = m.captured(1);
        month = m.captured(2);
        year = m.captured(3);
    } else if (const auto m2 = monthFirst.match(t); m2.hasMatch()) {
        month = m2.captured(1);
        day = m2.captured(2);
        year = m2.captured(3);
    } else {
        return {};
    }
    static const char *const months[]
        = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"};
    const QString lower = month.toLower();
    for (int i = 0; i < 12; ++i) {
        if (QLatin1String(months[i]).startsWith(lower)) { // "Sep", "Sept", "September"
            const int y = year.size() == 2 ? 2000 + year.toInt() : year.toInt();
            return QDate(y, i + 1, day.toInt());
        }
    }
    return {};
}

// For Google's numbered e-mail columns, the column of the label beside each value: a
// label starting with "* " marks the primary address.
std::vector<int> emailLabelColumns(const QStringList &headers)
{
    static const QRegularExpression value(QStringLiteral("^e?mail(\\d+)value$"));
    std::vector<int> labels(static_cast<std::size_t>(headers.size()), -1);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (const auto m = value.match(headerKey(headers[i])); m.hasMatch()) {
            for (qsizetype j = 0; j < headers.size(); ++j) {
                const QString key = headerKey(headers[j]);
                if (key == QLatin1String("email") + m.captured(1) + QLatin1String("label")
                    || key == QLatin1String("email") + m.captured(1) + QLatin1String("type"))
                    labels[static_cast<std::size_t>(i)] = int(j);
            }
        }
    }
    return labels;
}

struct Layout
{
    std::vector<Field> mapping;
    std::vector<int> emailLabels; // per column, or -1
    qsizetype headerCells = -1; // -1 without a header
};

ParsedContact contactOf(const Record &row, const Layout &layout, ReadResult &result)
{
    ParsedContact c;
    c.line = row.line;
    QString middle;
    QStringList preferred, emails, urls, notes;
    const qsizetype used = std::min<qsizetype>(row.cells.size(), qsizetype(layout.mapping.size()));
    for (qsizetype col = 0; col < used; ++col) {
        const QString value = row.cells[col].trimmed();
        if (value.isEmpty())
            continue;
        auto setOnce = [&value](QString &field) {
            if (field.isEmpty())
                field = value.section(multiValueSeparator, 0, 0).trimmed();
        };
        switch (layout.mapping[static_cast<std::size_t>(col)]) {
        case Field::Ignore: break;
        case Field::DisplayName: setOnce(c.displayName); break;
        case Field::GivenName: setOnce(c.givenName); break;
        case Field::MiddleName: setOnce(middle); break;
        case Field::FamilyName: setOnce(c.familyName); break;
        case Field::Phone: setOnce(c.phone); break;
        case Field::Company: setOnce(c.company); break;
        case Field::Title: setOnce(c.title); break;
        case Field::Notes: notes << value; break;
        case Field::ProfileUrl: urls << value.split(multiValueSeparator, Qt::SkipEmptyParts); break;
        case Field::Email: {
            const int labelColumn = layout.emailLabels.empty() ? -1 : layout.emailLabels[static_cast<std::size_t>(col)];
            const QStringList labels = labelColumn >= 0 ? row.cells.value(labelColumn).split(multiValueSeparator) : QStringList();
            const QStringList parts = value.split(multiValueSeparator);
            for (qsizetype k = 0; k < parts.size(); ++k) {
                const QString address = plainAddress(parts[k]);
                if (address.isEmpty())
                    continue;
                if (!address.contains(u'@') || address.contains(u' ')) {
                    result.problems.push_back(
                        {row.line, tr("Line %1: “%2” is not an email address; the contact is kept without it.").arg(row.line).arg(address)});
                    continue;
                }
                (labels.value(k).trimmed().startsWith(QLatin1String("* ")) ? preferred : emails) << address;
            }
            break;
        }
        case Field::ConnectedOn:
            if (const QDate date = englishDate(value); date.isValid()) {
                c.connectedOn = date;
            } else {
                result.problems.push_back(
                    {row.line, tr("Line %1: the date “%2” is not a date; the contact is kept without it.").arg(row.line).arg(value)});
            }
            break;
        }
    }
    if (layout.headerCells >= 0 && row.cells.size() > layout.headerCells) {
        const auto extra
            = std::find_if(row.cells.cbegin() + layout.headerCells, row.cells.cend(), [](const QString &s) { return !s.trimmed().isEmpty(); });
        if (extra != row.cells.cend()) {
            result.problems.push_back({row.line,
                tr("Line %1: the row has %2 cells but the header has %3; the extra cells are ignored.")
                    .arg(row.line)
                    .arg(row.cells.size())
                    .arg(layout.headerCells)});
        }
    }
    QStringList addresses;
    for (const QString &a : preferred + emails) {
        if (!addresses.contains(a, Qt::CaseInsensitive))
            addresses << a;
    }
    if (!addresses.isEmpty())
        c.email = addresses.takeFirst();
    c.otherEmails = addresses;
    c.profileUrl = pickProfileUrl(urls);
    c.notes = notes.join(QLatin1String("\n\n"));
    // The display name column, else the name's parts, the company, the email address.
    if (c.displayName.isEmpty()) {
        QStringList parts{c.givenName, middle, c.familyName};
        parts.removeAll(QString());
        c.displayName = parts.join(u' ');
    }
    for (const QString &fallback : {c.company, c.email}) {
        if (c.displayName.isEmpty())
            c.displayName = fallback;
    }
    return c;
}

ReadResult readTable(const QByteArray &bytes, const QString &forcedEncoding, const std::vector<Field> *chosenMapping, std::optional<bool> hasHeader)
{
    ReadResult result;
    QString text;
    if (!forcedEncoding.isEmpty()) {
        auto decoded = decodeAs(bytes, forcedEncoding);
        if (!decoded) {
            result.refused = true;
            result.problems.push_back({0, decoded.message()});
            return result;
        }
        text = decoded->text;
        result.encoding = decoded->encoding;
    } else {
        DecodedText decoded = decode(bytes);
        text = decoded.text;
        result.encoding = decoded.encoding;
        if (decoded.encoding == QLatin1String("windows-1252")) {
            // Not UTF-8: which legacy encoding is a guess; Windows-1252 is only the likeliest.
            result.encoding = guessLegacyEncoding(bytes);
            text = decodeWith(result.encoding, bytes);
        }
    }
    if (!result.encoding.startsWith(QLatin1String("UTF-16")) && bytes.contains('\0')) {
        result.refused = true;
        result.problems.push_back({0, notTextMessage()});
        return result;
    }
    if (text.trimmed().isEmpty()) {
        result.problems.push_back({0, noContactsMessage()});
        return result;
    }

    result.delimiter = detectDelimiter(text);
    Table table = parse(text, result.delimiter);
    if (table.unclosedQuoteLine != 0) {
        result.problems.push_back({table.unclosedQuoteLine,
            tr("Line %1: a quoted field starting here is never closed; the rest of the file was read into it.").arg(table.unclosedQuoteLine)});
    }
    std::optional<std::size_t> header;
    if (!hasHeader.has_value())
        header = findHeader(table.records);
    else if (*hasHeader && !table.records.empty())
        header = findHeader(table.records).value_or(0);
    const std::size_t firstRow = header ? *header + 1 : 0;
    const std::vector<Record> rows(
        table.records.begin() + static_cast<std::ptrdiff_t>(std::min(firstRow, table.records.size())), table.records.end());

    Layout layout;
    if (header) {
        for (const QString &cell : table.records[*header].cells)
            result.headers << cell.trimmed();
        layout.headerCells = result.headers.size();
        result.format = detectCsvFormat(result.headers);
    } else {
        qsizetype columns = 0;
        for (const Record &r : rows)
            columns = std::max(columns, r.cells.size());
        for (qsizetype i = 1; i <= columns; ++i)
            result.headers << tr("Column %1").arg(i);
        result.format = Format::GenericCsv;
    }
    if (chosenMapping) {
        layout.mapping = *chosenMapping;
        layout.mapping.resize(static_cast<std::size_t>(result.headers.size()), Field::Ignore);
    } else {
        layout.mapping = header ? mapHeaders(result.headers) : std::vector<Field>();
        if (!usable(layout.mapping)) {
            layout.mapping = guessMapping(rows, result.headers.size());
            result.mappedByContent = true;
        }
    }
    result.hasHeader = header.has_value();
    layout.emailLabels = header ? emailLabelColumns(result.headers) : std::vector<int>();
    result.mapping = layout.mapping;
    if (!usable(layout.mapping)) {
        result.refused = true;
        result.problems = {{0,
            chosenMapping ? tr("Choose a column for names, email addresses or profile addresses: without one no contact can be read.")
                          : tr("This file does not look like a list of contacts: none of its columns holds names, email addresses or "
                               "profile addresses. Choose a CSV export from LinkedIn, Google, Outlook or Thunderbird, or map the "
                               "columns by hand.")}};
        return result;
    }
    for (const Record &row : rows) {
        if (row.tooManyCells) {
            result.problems.push_back(
                {row.line, tr("Line %1 has more than %2 fields; only the first %2 were read.").arg(row.line).arg(QLocale().toString(kMaxCsvCells))});
        }
        if (row.cellTooLong) {
            result.problems.push_back({row.line,
                tr("Line %1 has a field longer than %2 characters; it was cut there.").arg(row.line).arg(QLocale().toString(kMaxCsvCellChars))});
        }
        keepIfIdentifiable(contactOf(row, layout, result), result);
    }
    if (rows.empty())
        result.problems.push_back({0, noContactsMessage()});
    std::stable_sort(result.problems.begin(), result.problems.end(), [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return result;
}

} // namespace

ReadResult readCsv(const QByteArray &bytes, const QString &forcedEncoding)
{
    return readTable(bytes, forcedEncoding, nullptr, std::nullopt);
}

ReadResult readCsvWithMapping(const QByteArray &bytes, const QString &forcedEncoding, const std::vector<Field> &mapping, bool hasHeader)
{
    return readTable(bytes, forcedEncoding, &mapping, hasHeader);
}

} // namespace consentric::contacts::import
