#include "contacts/import/ContactFile.h"

#include "contacts/import/CsvReader.h"
#include "contacts/import/Decoding.h"
#include "contacts/import/VCardReader.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace consentric::contacts::import {

namespace {

// BEGIN:VCARD among the first twenty lines that are not blank (some writers put a stray
// line before it).
bool looksLikeVCard(const QByteArray &bytes, const QString &forcedEncoding)
{
    const QByteArray head = bytes.left(64 * 1024);
    QString text;
    if (forcedEncoding.isEmpty()) {
        text = decode(head).text;
    } else if (auto decoded = decodeAs(head, forcedEncoding)) {
        text = decoded->text;
    }
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
    int seen = 0;
    for (const QString &line : text.split(lineBreak, Qt::SkipEmptyParts)) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (trimmed.compare(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive) == 0)
            return true;
        if (++seen == 20)
            break;
    }
    return false;
}

} // namespace

ReadResult readContactFile(const QByteArray &bytes, const QString &fileName, const QString &forcedEncoding)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard"))
        return readVCard(bytes, forcedEncoding);
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("tsv") && looksLikeVCard(bytes, forcedEncoding))
        return readVCard(bytes, forcedEncoding);
    return readCsv(bytes, forcedEncoding);
}

} // namespace consentric::contacts::import
