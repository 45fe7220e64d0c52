// Turning a contact file's bytes into text. The rule, in order: a byte-order mark (UTF-8,
// UTF-16 LE/BE); UTF-16 without a BOM when the NUL bytes show it; valid UTF-8; otherwise
// Windows-1252. A person can override the choice with any name from knownEncodings().
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace consentric::contacts::import {

struct DecodedText
{
    QString text; // without the BOM
    QString encoding; // the name used, as in knownEncodings()
};

DecodedText decode(const QByteArray &bytes);
// Decodes with the named encoding; fails with a sentence for a name Qt does not know.
Result<DecodedText> decodeAs(const QByteArray &bytes, const QString &encoding);
// Decodes a value declared with a CHARSET parameter (vCard); unknown names fall back to
// the file's rule above.
QString decodeCharset(const QByteArray &bytes, const QString &charset);
// The encodings a person can choose from (Qt 6.4 has no list of available codecs).
QStringList knownEncodings();

} // namespace consentric::contacts::import
