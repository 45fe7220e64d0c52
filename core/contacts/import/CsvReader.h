// Reading tables of contacts: LinkedIn's Connections.csv, Google, Outlook and Thunderbird
// exports, and any other CSV, TSV or semicolon file. RFC 4180 quoting (fields spanning
// lines included), the delimiter and the header row found by looking, the columns mapped
// by their header (CsvMapping.h) or, without a header, by what they hold.
#pragma once

#include "contacts/import/ImportTypes.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace consentric::contacts::import {

// Reads the file with the mapping proposed from its header. The text is decoded by
// decode()'s rule, except that a file which is not UTF-8 is read in the legacy encoding
// that fits it best (windows-1252, ISO-8859-2, windows-1250, windows-1251, Shift_JIS);
// a forced encoding replaces both. A file whose columns hold no names, email addresses or
// profile addresses is refused, with its headers, mapping and delimiter still filled in
// so the person can map the columns by hand.
ReadResult readCsv(const QByteArray &bytes, const QString &forcedEncoding = {});

// Reads the file with the person's mapping, one field per column (missing ones ignored),
// and their answer to whether the first row is a header. With a header, rows before it
// (LinkedIn's "Notes:") are skipped as readCsv() would.
ReadResult readCsvWithMapping(const QByteArray &bytes, const QString &forcedEncoding, const std::vector<Field> &mapping, bool hasHeader);

} // namespace consentric::contacts::import
