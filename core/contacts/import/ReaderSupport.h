// What the vCard and CSV readers share: telling which legacy 8-bit encoding a file that is
// not UTF-8 was written in, the choice of a profile address, and the rule that a contact
// nobody could recognise (no name, no email, no profile address) is skipped with a note.
#pragma once

#include "contacts/import/ImportTypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace consentric::contacts::import {

// True for valid UTF-8, plain ASCII included.
bool isUtf8(const QByteArray &bytes);
// The 8-bit encoding that reads these bytes (not UTF-8) most plausibly, from those an
// export without a declared charset is likely to use: windows-1252 unless the text reads
// as Central European (ISO-8859-2, windows-1250), Cyrillic (windows-1251) or Japanese
// (Shift_JIS) and shows signs of the wrong choice in windows-1252 (symbols inside words,
// words of mixed scripts, "ñ" before a consonant as in "Iksiński").
QString guessLegacyEncoding(const QByteArray &bytes);
// Decodes with an encoding name Qt knows; bytes it cannot read become U+FFFD.
QString decodeWith(const QString &encoding, const QByteArray &bytes);
// The address alone, from "Ana Lima <ana@example.org>" or "mailto:ana@example.org".
QString plainAddress(const QString &value);
// The profile address among a contact's web addresses: the first on linkedin.com, else
// the first.
QString pickProfileUrl(const QStringList &urls);
// Adds the contact, or, when it has neither a name, an email nor a profile address,
// notes at its line that it was skipped.
void keepIfIdentifiable(ParsedContact &&contact, ReadResult &result);
// Whole-file sentences both readers use.
QString noContactsMessage();
QString notTextMessage();

} // namespace consentric::contacts::import
