#include "contacts/import/Decoding.h"

#include "contacts/import/ImportTypes.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

#include <optional>

namespace consentric::contacts::import {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::contacts::import", text);
}

bool startsWith(const QByteArray &bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char c : prefix) {
        if (static_cast<unsigned char>(bytes.at(i++)) != c)
            return false;
    }
    return true;
}

// UTF-16 without a BOM: text in Latin script has a NUL in every other byte.
std::optional<QString> utf16ByNulPattern(const QByteArray &bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 512) & ~qsizetype(1);
    if (sample < 4)
        return std::nullopt;
    int evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenNul += bytes.at(i) == 0 ? 1 : 0;
        oddNul += bytes.at(i + 1) == 0 ? 1 : 0;
    }
    const int pairs = int(sample / 2);
    if (oddNul > pairs * 7 / 10 && evenNul < pairs / 10)
        return QStringLiteral("UTF-16LE");
    if (evenNul > pairs * 7 / 10 && oddNul < pairs / 10)
        return QStringLiteral("UTF-16BE");
    return std::nullopt;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text)
    return !decoder.hasError();
}

QString run(QStringDecoder &decoder, const QByteArray &bytes)
{
    QString text = decoder.decode(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

} // namespace

DecodedText decode(const QByteArray &bytes)
{
    QString encoding;
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF}))
        encoding = QStringLiteral("UTF-8");
    else if (startsWith(bytes, {0xFF, 0xFE}))
        encoding = QStringLiteral("UTF-16LE");
    else if (startsWith(bytes, {0xFE, 0xFF}))
        encoding = QStringLiteral("UTF-16BE");
    else if (auto utf16 = utf16ByNulPattern(bytes))
        encoding = *utf16;
    else if (isValidUtf8(bytes))
        encoding = QStringLiteral("UTF-8");
    else
        encoding = QStringLiteral("windows-1252");
    // Every name chosen above is known to Qt.
    return *decodeAs(bytes, encoding);
}

Result<DecodedText> decodeAs(const QByteArray &bytes, const QString &encoding)
{
    QStringDecoder decoder(encoding.toLatin1().constData());
    if (!decoder.isValid())
        return fail(tr("Consentric does not know the encoding “%1”. Choose one from the list.").arg(encoding));
    return DecodedText{run(decoder, bytes), encoding};
}

QString decodeCharset(const QByteArray &bytes, const QString &charset)
{
    if (!charset.isEmpty()) {
        QStringDecoder decoder(charset.toLatin1().constData());
        if (decoder.isValid())
            return run(decoder, bytes);
    }
    return decode(bytes).text;
}

QString describe(const QString &file, const Problem &problem)
{
    if (problem.line <= 0)
        return QStringLiteral("%1: %2").arg(file, problem.message);
    static const QRegularExpression leadingLine(QStringLiteral("^\\S+ (\\d+) ?: "));
    QString message = problem.message;
    if (const auto match = leadingLine.match(message); match.hasMatch() && match.captured(1).toInt() == problem.line)
        message.remove(0, match.capturedLength(0));
    return QStringLiteral("%1:%2: %3").arg(file).arg(problem.line).arg(message);
}

QStringList knownEncodings()
{
    QStringList known;
    for (const char *name : {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1", "ISO-8859-2", "ISO-8859-15", "windows-1250",
             "windows-1251", "windows-1253", "KOI8-R", "Shift_JIS", "EUC-JP", "GB18030", "Big5", "EUC-KR", "macintosh"}) {
        if (QStringDecoder(name).isValid())
            known << QString::fromLatin1(name);
    }
    return known;
}

} // namespace consentric::contacts::import
