// Reading vCard files (2.1, 3.0 and 4.0; RFC 2425/2426 and 6350) into contacts, the way
// phones, mail programs and address books really write them: folded lines (also inside
// a UTF-8 sequence), quoted-printable with soft line breaks, CHARSET parameters, UTF-16,
// legacy 8-bit encodings without a declared charset, item groups, nested and unfinished
// cards, and embedded photos, which are skipped.
#pragma once

#include "contacts/import/ImportTypes.h"

#include <QByteArray>
#include <QString>

namespace consentric::contacts::import {

// Reads every card of a vCard file. Text without a CHARSET is read as UTF-8 where it is
// valid UTF-8, else in the file's legacy encoding: one a CHARSET elsewhere in the file
// names, or the one that reads it most plausibly. A forced encoding (one of
// knownEncodings()) replaces both; UTF-16 files are seen by their BOM or NUL bytes.
// A file without any BEGIN:VCARD or END:VCARD line is refused.
ReadResult readVCard(const QByteArray &bytes, const QString &forcedEncoding = {});

} // namespace consentric::contacts::import
