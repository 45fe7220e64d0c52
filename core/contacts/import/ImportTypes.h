// What the readers of contact files produce: the contacts found, each with the line where
// its record starts, and every problem as line and sentence. Readers only read; the
// Importer decides what goes into the database (contacts/import/Importer.h).
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <vector>

namespace consentric::contacts::import {

// Contact exports are a few megabytes at most; a file larger than this is refused before
// it is read (a 1 GB single-line file must not be loaded).
inline constexpr qint64 kMaxFileBytes = qint64(256) * 1024 * 1024;

// Within a file, no single record can take unbounded memory: a CSV row keeps its first
// kMaxCsvCells cells and each cell its first kMaxCsvCellChars characters; a vCard property
// longer than kMaxVCardPropertyBytes is ignored (photos included), and a card keeps its
// first kMaxVCardProperties properties. Each cut is reported with its line.
inline constexpr qsizetype kMaxCsvCells = 1000;
inline constexpr qsizetype kMaxCsvCellChars = qsizetype(1) << 20;
inline constexpr qsizetype kMaxVCardPropertyBytes = qsizetype(8) << 20;
inline constexpr qsizetype kMaxVCardProperties = 5000;

enum class Format {
    LinkedIn, // LinkedIn Connections.csv
    GoogleCsv, // Google Contacts CSV, current or legacy layout
    OutlookCsv, // Outlook desktop or Outlook.com CSV, any language of header
    ThunderbirdCsv, // Thunderbird address-book CSV
    GenericCsv, // any other CSV, TSV or semicolon file, mapped by header synonyms
    VCard, // vCard 2.1, 3.0 or 4.0
};

// A contact field a CSV column can map to.
enum class Field { Ignore, DisplayName, GivenName, MiddleName, FamilyName, Email, Phone, ProfileUrl, Company, Title, Notes, ConnectedOn };

struct Problem
{
    int line = 0; // 1-based physical line in the decoded file; 0: the whole file
    QString message; // one sentence a person can act on
};

// "file:line: sentence" for lists of problems; a sentence that already starts with its
// line ("Line 12: …", in any language) is not told the line twice.
QString describe(const QString &file, const Problem &problem);

struct ParsedContact
{
    int line = 0; // 1-based physical line where the record starts
    QString displayName;
    QString givenName;
    QString familyName;
    QString email; // the first (preferred) email
    QStringList otherEmails;
    QString phone;
    QString profileUrl;
    QString company;
    QString title;
    QString notes;
    QDate connectedOn;
};

struct ReadResult
{
    Format format = Format::GenericCsv;
    QString encoding; // as detected or forced: "UTF-8", "UTF-16LE", "windows-1252", "Shift_JIS", …
    std::vector<ParsedContact> contacts;
    // Rows skipped or fields dropped, with where and why. A refused file has no contacts and
    // one problem at line 0 saying why.
    std::vector<Problem> problems;
    bool refused = false;
    // CSV only, for the wizard's preview: the header cells (or "Column 1", … without a
    // header), the field each column maps to, and the delimiter.
    QStringList headers;
    std::vector<Field> mapping;
    QChar delimiter;
    bool hasHeader = false; // the first row (after a preamble) named the columns
    bool mappedByContent = false; // no header Consentric knows: the columns were guessed from what they hold
};

} // namespace consentric::contacts::import
