// Turning bytes into text: BOMs, UTF-16 without a BOM, valid UTF-8, and Windows-1252 for
// the rest; a chosen encoding overrides; CHARSET names Qt's ICU knows are honoured.
#include "contacts/import/Decoding.h"
#include "contacts/import/ImportTypes.h"

#include <gtest/gtest.h>

using namespace consentric::contacts::import;

TEST(DecodingTest, ByteOrderMarksDecideAndAreDropped)
{
    EXPECT_EQ(decode(QByteArray("\xEF\xBB\xBFJos\xC3\xA9")).text, QStringLiteral("José"));
    EXPECT_EQ(decode(QByteArray("\xEF\xBB\xBFJos\xC3\xA9")).encoding, QStringLiteral("UTF-8"));
    const QByteArray le("\xFF\xFE"
                        "A\0B\0",
        6);
    EXPECT_EQ(decode(le).text, QStringLiteral("AB"));
    EXPECT_EQ(decode(le).encoding, QStringLiteral("UTF-16LE"));
    const QByteArray be("\xFE\xFF\0A\0B", 6);
    EXPECT_EQ(decode(be).text, QStringLiteral("AB"));
    EXPECT_EQ(decode(be).encoding, QStringLiteral("UTF-16BE"));
}

TEST(DecodingTest, Utf16WithoutABomIsSeenByItsNulBytes)
{
    const QString text = QStringLiteral("First Name,Last Name\r\nAna,Lima\r\n");
    QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    EXPECT_EQ(decode(le).encoding, QStringLiteral("UTF-16LE"));
    EXPECT_EQ(decode(le).text, text);
}

TEST(DecodingTest, InvalidUtf8IsReadAsWindows1252)
{
    const DecodedText d = decode(QByteArray("\xD6zdemir;\xDCgl\xFC"));
    EXPECT_EQ(d.encoding, QStringLiteral("windows-1252"));
    EXPECT_EQ(d.text, QStringLiteral("Özdemir;Üglü"));
    EXPECT_EQ(decode(QByteArray("\x93quoted\x94")).text, QStringLiteral("“quoted”"));
}

TEST(DecodingTest, AChosenEncodingOverridesAndUnknownNamesAreRefused)
{
    auto latin2 = decodeAs(QByteArray("\xA3\xF3"
                                      "d\xBC"),
        QStringLiteral("ISO-8859-2"));
    ASSERT_TRUE(latin2.ok());
    EXPECT_EQ(latin2->text, QStringLiteral("Łódź"));
    auto unknown = decodeAs(QByteArray("x"), QStringLiteral("no-such-charset"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.message().contains(QStringLiteral("no-such-charset")));
    EXPECT_TRUE(knownEncodings().contains(QStringLiteral("Shift_JIS"))) << "Qt's ICU must know Shift_JIS";
    EXPECT_EQ(decodeCharset(QByteArray("\x82\xa0"), QStringLiteral("Shift_JIS")), QStringLiteral("あ"));
    EXPECT_EQ(decodeCharset(QByteArray("\xcf\xf0\xe8"), QStringLiteral("windows-1251")), QStringLiteral("При"));
}

TEST(DecodingTest, ProblemsAreToldAsFileLineAndSentenceOnce)
{
    EXPECT_EQ(describe(QStringLiteral("a.csv"), Problem{12, QStringLiteral("Line 12: a contact with no name; skipped.")}),
        QStringLiteral("a.csv:12: a contact with no name; skipped."));
    EXPECT_EQ(describe(QStringLiteral("a.csv"), Problem{3, QStringLiteral("Ligne 3 : aucun nom.")}), QStringLiteral("a.csv:3: aucun nom."));
    EXPECT_EQ(
        describe(QStringLiteral("a.csv"), Problem{4, QStringLiteral("the date is not a date.")}), QStringLiteral("a.csv:4: the date is not a date."));
    EXPECT_EQ(describe(QStringLiteral("a.vcf"), Problem{0, QStringLiteral("The file holds no contacts.")}),
        QStringLiteral("a.vcf: The file holds no contacts."));
}
