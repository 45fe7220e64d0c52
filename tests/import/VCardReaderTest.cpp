// The vCard reader on small cards made to show one thing each, and readContactFile() over
// the real-world corpus in ../shared/testdata/real: every file gives the number of
// contacts expected.tsv says (or, for the malformed ones, what is written below and why),
// with exactly the display names of tests/data/import/golden-names.tsv, which were made
// independently of this reader (make-golden-names.py beside them).
#include "contacts/import/VCardReader.h"
#include "contacts/import/ContactFile.h"
#include "support/Printers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <gtest/gtest.h>

using namespace consentric::contacts::import;

namespace {

QStringList namesOf(const ReadResult &read)
{
    QStringList names;
    for (const ParsedContact &c : read.contacts)
        names << c.displayName;
    return names;
}

QString problemsOf(const ReadResult &read)
{
    QStringList lines;
    for (const Problem &p : read.problems)
        lines << p.message;
    return lines.join(QLatin1Char('\n'));
}

bool hasProblemAt(const ReadResult &read, int line, const char *words)
{
    return std::any_of(
        read.problems.cbegin(), read.problems.cend(), [&](const Problem &p) { return p.line == line && p.message.contains(QLatin1String(words)); });
}

} // namespace

// ---- Small cards ----

namespace {

ReadResult readCard(const char *text)
{
    return readVCard(QByteArray(text));
}

} // namespace

TEST(VCardReaderTest, ReadsTheFieldsOfA30Card)
{
    const ReadResult read = readCard("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nN:Lima;Ana;;Dr.;\r\n"
                                     "EMAIL;TYPE=INTERNET:ana@home.example\r\nEMAIL;TYPE=INTERNET,PREF:ana@work.example\r\n"
                                     "TEL;TYPE=HOME:+1 555 0100\r\nTEL;TYPE=CELL:+1 555 0199\r\n"
                                     "URL:https://ana.example\r\nX-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/ana\r\n"
                                     "ORG:Acme;Research\r\nROLE:Lead\r\nTITLE:CTO\r\nNOTE:Met at FOSDEM\r\nEND:VCARD\r\n");
    ASSERT_FALSE(read.refused);
    EXPECT_EQ(read.format, Format::VCard);
    EXPECT_EQ(read.encoding, QStringLiteral("UTF-8"));
    ASSERT_EQ(read.contacts.size(), 1u);
    const ParsedContact &c = read.contacts.front();
    EXPECT_EQ(c.line, 1);
    EXPECT_EQ(c.displayName, QStringLiteral("Ana Lima"));
    EXPECT_EQ(c.givenName, QStringLiteral("Ana"));
    EXPECT_EQ(c.familyName, QStringLiteral("Lima"));
    EXPECT_EQ(c.email, QStringLiteral("ana@work.example")) << "the PREF address comes first";
    EXPECT_EQ(c.otherEmails, QStringList{QStringLiteral("ana@home.example")});
    EXPECT_EQ(c.phone, QStringLiteral("+1 555 0199")) << "the mobile number is preferred";
    EXPECT_EQ(c.profileUrl, QStringLiteral("https://www.linkedin.com/in/ana")) << "a LinkedIn address is preferred";
    EXPECT_EQ(c.company, QStringLiteral("Acme"));
    EXPECT_EQ(c.title, QStringLiteral("CTO"));
    EXPECT_EQ(c.notes, QStringLiteral("Met at FOSDEM"));
    EXPECT_TRUE(read.problems.empty());
}

TEST(VCardReaderTest, NamesComeFromNThenNicknameOrganisationAndEmail)
{
    const ReadResult read = readCard("BEGIN:VCARD\nVERSION:3.0\nFN:\nN:Stevenson;John;Philip,Paul;Dr.;Jr.\nEND:VCARD\n"
                                     "BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nNICKNAME:Johnny,JJ\nEND:VCARD\n"
                                     "BEGIN:VCARD\nVERSION:3.0\nORG:Ximian\\, Inc.;Sales\nEND:VCARD\n"
                                     "BEGIN:VCARD\nVERSION:3.0\nEMAIL:Bo Ek <bo@example.se>\nEND:VCARD\n"
                                     "BEGIN:VCARD\nVERSION:3.0\nURL:https://www.linkedin.com/in/nobody\nEND:VCARD\n");
    ASSERT_EQ(read.contacts.size(), 5u);
    EXPECT_EQ(read.contacts[0].displayName, QStringLiteral("John Philip Paul Stevenson"));
    EXPECT_EQ(read.contacts[1].displayName, QStringLiteral("Johnny"));
    EXPECT_EQ(read.contacts[2].displayName, QStringLiteral("Ximian, Inc."));
    EXPECT_EQ(read.contacts[3].displayName, QStringLiteral("bo@example.se"));
    EXPECT_EQ(read.contacts[3].email, QStringLiteral("bo@example.se"));
    EXPECT_EQ(read.contacts[4].displayName, QString()) << "a profile address alone is enough to keep a contact";
    EXPECT_EQ(read.contacts[4].line, 19);
}

TEST(VCardReaderTest, AContactNobodyCouldRecogniseIsSkippedAtItsLine)
{
    const ReadResult read = readCard("BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nEND:VCARD\n\n"
                                     "BEGIN:VCARD\nVERSION:3.0\nTEL:+1 555 0100\nADR:;;Main St;;;;\nEND:VCARD\n");
    ASSERT_EQ(read.contacts.size(), 1u);
    ASSERT_EQ(read.problems.size(), 1u);
    EXPECT_EQ(read.problems.front().line, 6);
    EXPECT_EQ(read.problems.front().message, QStringLiteral("Line 6: a contact with neither a name, an email nor a profile address; skipped."));
}

TEST(VCardReaderTest, Version21QuotedPrintableSoftBreaksWithCharset)
{
    // The soft breaks continue on unindented lines, one of them in the middle of "ö".
    const ReadResult read = readCard("BEGIN:VCARD\r\nVERSION:2.1\r\n"
                                     "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=\r\n=B6rg\r\n"
                                     "FN;CHARSET=UTF-8;QUOTED-PRINTABLE:J=C3=B6rg =\r\nM=C3=BCller\r\n"
                                     "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:first line=0D=0A=\r\n second line\r\n"
                                     "TEL;CELL;PREF:+49 170 1234567\r\nEND:VCARD\r\n");
    ASSERT_EQ(read.contacts.size(), 1u);
    const ParsedContact &c = read.contacts.front();
    EXPECT_EQ(c.displayName, QStringLiteral("Jörg Müller"));
    EXPECT_EQ(c.familyName, QStringLiteral("Müller"));
    EXPECT_EQ(c.givenName, QStringLiteral("Jörg"));
    EXPECT_EQ(c.notes, QStringLiteral("first line\n second line")) << "after a soft break the next line is taken whole";
    EXPECT_EQ(c.phone, QStringLiteral("+49 170 1234567"));
    EXPECT_TRUE(read.problems.empty()) << problemsOf(read).toStdString();
}

TEST(VCardReaderTest, QuotedPrintableInALegacyCharset)
{
    const ReadResult read = readCard("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:=88=C0=93=A1\r\nEND:VCARD\r\n");
    ASSERT_EQ(read.contacts.size(), 1u);
    EXPECT_EQ(read.contacts.front().displayName, QStringLiteral("安藤"));
    EXPECT_EQ(read.encoding, QStringLiteral("SHIFT_JIS")) << "the charset the file declares";
}

TEST(VCardReaderTest, AFoldSplittingAUtf8SequenceRejoinsIt)
{
    // "é" is C3 A9 and "í" C3 AD; the folds fall between their bytes.
    const ReadResult read = readVCard(QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jos\xC3\r\n \xA9 Garc\xC3\r\n\t\xAD"
                                                 "a\r\nEND:VCARD\r\n"));
    ASSERT_EQ(read.contacts.size(), 1u);
    EXPECT_EQ(read.contacts.front().displayName, QStringLiteral("José García"));
    EXPECT_EQ(read.encoding, QStringLiteral("UTF-8"));
}

TEST(VCardReaderTest, ItemGroupsAreReadAsTheirProperties)
{
    const ReadResult read = readCard("BEGIN:VCARD\nVERSION:3.0\nN:Lima;Ana;;;\nitem1.EMAIL;type=INTERNET:ana@example.org\n"
                                     "item1.X-ABLabel:_$!<Other>!$_\nITEM2.URL;type=pref:https\\://www.linkedin.com/in/ana\n"
                                     "item2.X-ABLabel:_$!<HomePage>!$_\nitem3.TEL:+1 555 0100\nEND:VCARD\n");
    ASSERT_EQ(read.contacts.size(), 1u);
    const ParsedContact &c = read.contacts.front();
    EXPECT_EQ(c.displayName, QStringLiteral("Ana Lima"));
    EXPECT_EQ(c.email, QStringLiteral("ana@example.org"));
    EXPECT_EQ(c.profileUrl, QStringLiteral("https://www.linkedin.com/in/ana"));
    EXPECT_EQ(c.phone, QStringLiteral("+1 555 0100"));
}

TEST(VCardReaderTest, BackslashEscapes)
{
    const ReadResult read = readCard("BEGIN:VCARD\nVERSION:3.0\nFN:Doe\\, John\\; Jr.\nN:Doe\\;Smith;John;;;\n"
                                     "ORG:ABC\\, Inc.;North\\; South\nTITLE:C:\\Temp\nNOTE:one\\ntwo\\Nthree\\\\four\\,five\nEND:VCARD\n");
    ASSERT_EQ(read.contacts.size(), 1u);
    const ParsedContact &c = read.contacts.front();
    EXPECT_EQ(c.displayName, QStringLiteral("Doe, John; Jr."));
    EXPECT_EQ(c.familyName, QStringLiteral("Doe;Smith"));
    EXPECT_EQ(c.givenName, QStringLiteral("John"));
    EXPECT_EQ(c.company, QStringLiteral("ABC, Inc."));
    EXPECT_EQ(c.title, QStringLiteral("C:\\Temp")) << "an unknown escape is kept as written";
    EXPECT_EQ(c.notes, QStringLiteral("one\ntwo\nthree\\four,five"));
}

TEST(VCardReaderTest, Rfc6868CaretsAndQuotedParametersDoNotDisturbTheValue)
{
    // The label holds ^' (a quote), ^n, ^^ and, inside its quotes, ";" and ":".
    const ReadResult read = readCard("BEGIN:VCARD\nVERSION:4.0\nFN:Ana\n"
                                     "ADR;LABEL=\"Main St.^nSpring ^'Green^' ^^; Town: X\";TYPE=home:;;Main St.;Town;;;\n"
                                     "EMAIL;X-LABEL=\"a^'b;c:d\";PREF=1:ana@example.org\nEMAIL:other@example.org\n"
                                     "TEL;TYPE=home:+1 555 0111\nTEL;TYPE=\"voice,cell\":+1 555 0100\nEND:VCARD\n");
    ASSERT_EQ(read.contacts.size(), 1u);
    EXPECT_EQ(read.contacts.front().email, QStringLiteral("ana@example.org"));
    EXPECT_EQ(read.contacts.front().otherEmails, QStringList{QStringLiteral("other@example.org")});
    EXPECT_EQ(read.contacts.front().phone, QStringLiteral("+1 555 0100")) << "a quoted TYPE list is a list";
    EXPECT_TRUE(read.problems.empty()) << problemsOf(read).toStdString();
}

TEST(VCardReaderTest, PhotosAreSkippedWhateverTheyHold)
{
    QByteArray card("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:");
    for (int i = 0; i < 20000; ++i) // a 1.5 MB photo, folded
        card += "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEx8aHR4dGhwcICQuJyA\r\n ";
    card += "AAAA\r\nEMAIL:big@example.org\r\nEND:VCARD\r\n";
    // vCard 2.1: base64 on unindented lines up to a blank line, then raw binary garbage.
    card += "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Binary;Bea\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n/9j/4AAQSkZJRgABAQ\r\nAAAQABAAD/2wBDAAgG\r\n\r\n";
    static const char png[] = "LOGO;ENCODING=BASE64:\x89PNG\r\n\x1A\n\0\0\0\rIHDR\x01\x02:\xFF\xFE;\r\n \x00\x01\r\n";
    card += QByteArray(png, sizeof(png) - 1);
    card += "END:VCARD\r\n";
    QElapsedTimer timer;
    timer.start();
    const ReadResult read = readVCard(card);
    EXPECT_LT(timer.elapsed(), 5000);
    ASSERT_EQ(read.contacts.size(), 2u) << problemsOf(read).toStdString();
    EXPECT_EQ(read.contacts[0].displayName, QStringLiteral("Big Photo"));
    EXPECT_EQ(read.contacts[0].email, QStringLiteral("big@example.org"));
    EXPECT_EQ(read.contacts[1].displayName, QStringLiteral("Bea Binary"));
    // Only the garbage lines of the PNG are noted, none of the base64 lines.
    for (const Problem &p : read.problems)
        EXPECT_TRUE(p.message.contains(QLatin1String("not a vCard property"))) << p.message.toStdString();
}

TEST(VCardReaderTest, Version40WithADataUriPhoto)
{
    const ReadResult read = readCard("BEGIN:VCARD\nVERSION:4.0\nFN:URI Photo\nN:Photo;URI;;;\n"
                                     "PHOTO:data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJ\n"
                                     " CQgKDBQNDAsLDBkSEx8aHR4dGhwcICQuJyAiLCMcHCg3KSwwMTQ0NB8nOT0\n"
                                     "EMAIL;PREF=1:uri@example.org\nTEL;VALUE=uri;TYPE=cell:tel:+1-555-0100\nEND:VCARD\n");
    ASSERT_EQ(read.contacts.size(), 1u);
    EXPECT_EQ(read.contacts.front().displayName, QStringLiteral("URI Photo"));
    EXPECT_EQ(read.contacts.front().email, QStringLiteral("uri@example.org"));
    EXPECT_EQ(read.contacts.front().phone, QStringLiteral("+1-555-0100"));
    EXPECT_TRUE(read.problems.empty()) << problemsOf(read).toStdString();
}

TEST(VCardReaderTest, SeveralAndNestedCardsEachBecomeAContact)
{
    // vCard 2.1 allows cards inside a card (AGENT); each is done at its END, so the
    // inner ones come first, as Android reads them.
    const ReadResult read = readCard("BEGIN:VCARD\nVERSION:2.1\nN:parent\nBEGIN:VCARD\nVERSION:2.1\nN:nest1\nEND:VCARD\n"
                                     "BEGIN:VCARD\nVERSION:2.1\nN:nest2\nEND:VCARD\nTEL:1\nEND:VCARD\n");
    EXPECT_EQ(namesOf(read), (QStringList{QStringLiteral("nest1"), QStringLiteral("nest2"), QStringLiteral("parent")}));
    ASSERT_EQ(read.contacts.size(), 3u);
    EXPECT_EQ(read.contacts[0].line, 4);
    EXPECT_EQ(read.contacts[2].line, 1);
    EXPECT_EQ(read.contacts[2].phone, QStringLiteral("1"));
}

TEST(VCardReaderTest, WithoutBeginTheCardBeforeEndIsRecovered)
{
    // The rule: properties outside any card that an END:VCARD closes are one contact
    // (as Evolution reads them), with a problem; without BEGIN or END it is no vCard.
    const ReadResult read = readCard("VERSION:3.0\nFN:Frank Dawson\nEMAIL:frank@example.org\nEND:VCARD\n");
    ASSERT_EQ(read.contacts.size(), 1u);
    EXPECT_EQ(read.contacts.front().displayName, QStringLiteral("Frank Dawson"));
    EXPECT_EQ(read.contacts.front().line, 1);
    EXPECT_TRUE(hasProblemAt(read, 1, "no BEGIN:VCARD"));

    const ReadResult none = readCard("VERSION:3.0\nFN:Frank Dawson\nEMAIL:frank@example.org\n");
    EXPECT_TRUE(none.refused);
    EXPECT_TRUE(none.contacts.empty());
    ASSERT_EQ(none.problems.size(), 1u);
    EXPECT_EQ(none.problems.front().line, 0);
    EXPECT_TRUE(none.problems.front().message.contains(QLatin1String("BEGIN:VCARD")));
}

TEST(VCardReaderTest, UnfinishedCardsJunkAndStrayLinesAreNoted)
{
    const ReadResult read = readCard("ENCODING:UTF-8\nBEGIN:VCARD\nVERSION:3.0\nFN:Ana\nthis is no property\nLABEL,TYPE=HOME:x\n"
                                     "EMAIL;INTERNET:\"Omega\"\nEND:VCARD\nBEGIN:VCARD\nFN:Bo\nE");
    EXPECT_EQ(namesOf(read), (QStringList{QStringLiteral("Ana"), QStringLiteral("Bo")}));
    EXPECT_TRUE(hasProblemAt(read, 1, "outside BEGIN:VCARD"));
    EXPECT_TRUE(hasProblemAt(read, 5, "not a vCard property"));
    EXPECT_TRUE(hasProblemAt(read, 6, "not a vCard property"));
    EXPECT_TRUE(hasProblemAt(read, 7, "not an email address"));
    EXPECT_TRUE(hasProblemAt(read, 9, "no END:VCARD"));
    EXPECT_TRUE(hasProblemAt(read, 11, "not a vCard property"));
}

TEST(VCardReaderTest, AnEmptyFileHoldsNoContactsAndIsNotRefused)
{
    for (const QByteArray &bytes : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\r\n \r\n")}) {
        const ReadResult read = readVCard(bytes);
        EXPECT_FALSE(read.refused);
        EXPECT_TRUE(read.contacts.empty());
        ASSERT_EQ(read.problems.size(), 1u);
        EXPECT_EQ(read.problems.front().line, 0);
        EXPECT_EQ(read.problems.front().message, QStringLiteral("The file holds no contacts."));
    }
}

TEST(VCardReaderTest, LineEndingsCrLfCrCrLfAndCr)
{
    for (const char *eol : {"\r\n", "\n", "\r\r\n", "\r"}) {
        const QByteArray card = QByteArray("BEGIN:VCARD") + eol + "VERSION:3.0" + eol + "FN:Ana" + eol + " Lima" + eol + "END:VCARD" + eol
            + "BEGIN:VCARD" + eol + "FN:Bo" + eol + "END:VCARD" + eol;
        const ReadResult read = readVCard(card);
        EXPECT_EQ(namesOf(read), (QStringList{QStringLiteral("AnaLima"), QStringLiteral("Bo")})) << "EOL " << QByteArray(eol).toHex().constData();
        ASSERT_EQ(read.contacts.size(), 2u);
        EXPECT_EQ(read.contacts[1].line, 6);
    }
}

TEST(VCardReaderTest, Utf16IsSeenWithAndWithoutItsByteOrderMark)
{
    const QString card = QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ľuboš Ǽgean\r\nEND:VCARD\r\n");
    QByteArray le("\xFF\xFE");
    le += QByteArray(reinterpret_cast<const char *>(card.utf16()), card.size() * 2);
    QByteArray be;
    for (const QChar c : card) {
        be += char(c.unicode() >> 8);
        be += char(c.unicode() & 0xFF);
    }
    for (const auto &[bytes, encoding] : {std::pair{le, "UTF-16LE"}, std::pair{be, "UTF-16BE"}}) {
        const ReadResult read = readVCard(bytes);
        ASSERT_EQ(read.contacts.size(), 1u) << encoding;
        EXPECT_EQ(read.contacts.front().displayName, QStringLiteral("Ľuboš Ǽgean"));
        EXPECT_EQ(read.encoding, QLatin1String(encoding));
    }
}

TEST(VCardReaderTest, LegacyTextWithoutCharsetIsReadInTheFilesEncoding)
{
    // Windows-1251 named by a CHARSET elsewhere in the file.
    const ReadResult cyrillic = readVCard(QByteArray("BEGIN:VCARD\nVERSION:2.1\nFN:\xC2\xB3\xF2\xE0\xEB\xB3\xE9 \xCA\xEB\xE8\xF7\xEA\xEE\n"
                                                     "LABEL;CHARSET=Windows-1251;QUOTED-PRINTABLE:=CA=E8=BF=E2\nEND:VCARD\n"));
    ASSERT_EQ(cyrillic.contacts.size(), 1u);
    EXPECT_EQ(cyrillic.contacts.front().displayName, QStringLiteral("Віталій Кличко"));
    // None declared: "ń" written as ISO-8859-2 F1 reads as Polish, not as "ñ".
    const ReadResult polish = readCard("BEGIN:VCARD\nVERSION:2.1\nFN;ENCODING=QUOTED-PRINTABLE:Piotr Iksi=F1ski\nEND:VCARD\n");
    ASSERT_EQ(polish.contacts.size(), 1u);
    EXPECT_EQ(polish.contacts.front().displayName, QStringLiteral("Piotr Iksiński"));
    EXPECT_EQ(polish.encoding, QStringLiteral("ISO-8859-2"));
    // German umlauts stay Windows-1252; UTF-8 values in the same file stay UTF-8.
    const ReadResult german = readVCard(QByteArray("BEGIN:VCARD\nVERSION:2.1\nFN:S\xF6ren N\xFC\xDF"
                                                   "lebaum\nNOTE:Gr\xC3\xBC\xC3\x9F"
                                                   "e\nEND:VCARD\n"));
    ASSERT_EQ(german.contacts.size(), 1u);
    EXPECT_EQ(german.contacts.front().displayName, QStringLiteral("Sören Nüßlebaum"));
    EXPECT_EQ(german.contacts.front().notes, QStringLiteral("Grüße"));
    EXPECT_EQ(german.encoding, QStringLiteral("windows-1252"));
}

TEST(VCardReaderTest, AForcedEncodingReplacesTheGuess)
{
    const QByteArray bytes("BEGIN:VCARD\nVERSION:3.0\nFN:\xCF\xF0\xE8\xE2\xE5\xF2\nEND:VCARD\n");
    const ReadResult read = readVCard(bytes, QStringLiteral("windows-1251"));
    ASSERT_EQ(read.contacts.size(), 1u);
    EXPECT_EQ(read.contacts.front().displayName, QStringLiteral("Привет"));
    EXPECT_EQ(read.encoding, QStringLiteral("windows-1251"));
    const ReadResult unknown = readVCard(bytes, QStringLiteral("no-such-charset"));
    EXPECT_TRUE(unknown.refused);
    ASSERT_EQ(unknown.problems.size(), 1u);
    EXPECT_TRUE(unknown.problems.front().message.contains(QLatin1String("no-such-charset")));
}

TEST(VCardReaderTest, ReadContactFileChoosesByExtensionThenByContent)
{
    const QByteArray card("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\n");
    EXPECT_EQ(readContactFile(card, QStringLiteral("contacts.VCF")).format, Format::VCard);
    EXPECT_EQ(readContactFile(card, QStringLiteral("/tmp/export.vcard")).format, Format::VCard);
    EXPECT_EQ(readContactFile(card, QStringLiteral("export.txt")).format, Format::VCard) << "sniffed";
    EXPECT_EQ(readContactFile("junk\n" + card, QStringLiteral("export")).contacts.size(), 1u) << "sniffed past a stray line";
    const QByteArray table("First Name,Last Name,Email\nAna,Lima,ana@example.org\n");
    EXPECT_EQ(readContactFile(table, QStringLiteral("export.txt")).contacts.size(), 1u);
    EXPECT_NE(readContactFile(table, QStringLiteral("export.csv")).format, Format::VCard);
    EXPECT_TRUE(readContactFile(table, QStringLiteral("export.vcf")).refused) << "a .vcf must be a vCard";
    static const char png[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR";
    EXPECT_TRUE(readContactFile(QByteArray(png, sizeof(png) - 1), QStringLiteral("photo.png")).refused);
}

TEST(VCardReaderTest, AnOverlongPropertyOrCardIsCutAndReported)
{
    // A 9 MB note, once on one line and once folded: ignored, the card kept.
    QByteArray oneLine("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nNOTE:");
    oneLine += QByteArray(9 << 20, 'n');
    oneLine += "\r\nEMAIL:ana@example.org\r\nEND:VCARD\r\n";
    QByteArray folded("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Berg\r\nNOTE:start");
    for (int i = 0; i < (9 << 20) / 74; ++i)
        folded += "\r\n " + QByteArray(73, 'f');
    folded += "\r\nTITLE:Buyer\r\nEND:VCARD\r\n";
    for (const auto &[bytes, name] : {std::pair{oneLine, "Ana Lima"}, std::pair{folded, "Bo Berg"}}) {
        const ReadResult read = readVCard(bytes);
        ASSERT_EQ(read.contacts.size(), 1u) << name;
        EXPECT_EQ(read.contacts.front().displayName, QLatin1String(name));
        EXPECT_TRUE(read.contacts.front().notes.isEmpty());
        ASSERT_EQ(read.problems.size(), 1u) << name;
        EXPECT_EQ(read.problems.front().line, 4);
        EXPECT_TRUE(read.problems.front().message.startsWith(QStringLiteral("Line 4: “NOTE:")));
        EXPECT_TRUE(read.problems.front().message.endsWith(QLatin1String("is longer than 8 MB; it is ignored.")));
    }
    EXPECT_EQ(readVCard(folded).contacts.front().title, QStringLiteral("Buyer")) << "what follows the long property is read";
    // A card of 6,000 properties keeps its first 5,000.
    QByteArray many("BEGIN:VCARD\nVERSION:4.0\nFN:Cleo Dias\n");
    for (int i = 0; i < 6000; ++i)
        many += "X-COUNT:" + QByteArray::number(i) + "\n";
    many += "END:VCARD\n";
    const ReadResult read = readVCard(many);
    ASSERT_EQ(read.contacts.size(), 1u);
    ASSERT_EQ(read.problems.size(), 1u);
    EXPECT_EQ(read.problems.front().message,
        QStringLiteral("Line 1: the contact starting here has more than 5,000 properties; only the first 5,000 were read."));
}

// ---- The real-world corpus ----

namespace {

struct CorpusFile
{
    std::string file; // "vcard/eds__vcard-7.vcf"
    int expected = 0;
    std::string notes;
};

void PrintTo(const CorpusFile &f, std::ostream *os)
{
    *os << f.file;
}

QString corpusDir()
{
    return QStringLiteral(CONSENTRIC_REAL_TESTDATA);
}

std::vector<CorpusFile> corpusFiles()
{
    std::vector<CorpusFile> files;
    QFile tsv(corpusDir() + QLatin1String("/expected.tsv"));
    if (!tsv.open(QIODevice::ReadOnly))
        return files;
    const QStringList lines = QString::fromUtf8(tsv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(QLatin1Char('\t'));
        if (cells.size() >= 4)
            files.push_back({cells[0].toStdString(), cells[2].toInt(), cells[3].toStdString()});
    }
    return files;
}

const QHash<QString, QString> &goldenNames()
{
    static const QHash<QString, QString> golden = [] {
        QHash<QString, QString> g;
        QFile tsv(QStringLiteral(CONSENTRIC_TEST_DATA "/import/golden-names.tsv"));
        if (tsv.open(QIODevice::ReadOnly)) {
            for (const QString &line : QString::fromUtf8(tsv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                g.insert(line.section(QLatin1Char('\t'), 0, 0), line.section(QLatin1Char('\t'), 1));
        }
        return g;
    }();
    return golden;
}

// What the reader does with the 15 files expected.tsv calls MALFORMED, and why that is
// the right thing (the count there is the number of BEGIN lines, not a promise).
struct Malformed
{
    const char *file;
    bool refused;
    int contacts;
    const char *why;
};

const Malformed malformedFiles[] = {
    {"csv/monica__single_contact_stub-ragged.csv", false, 1,
        "the header names 4 columns, the row has 29 cells: the 4 named ones are read (Bono Paul David Hewson) and the extra "
        "cells, some filled, are ignored with a problem"},
    {"csv/thunderbird__tab_comma_mixed.csv", false, 3,
        "no header; TAB wins as the delimiter (three rows agree on five cells): those three rows have only an email, which "
        "becomes the name; the comma row is one cell without a name or email and is skipped with a problem"},
    {"vcard/aosp-vcard__v21_malformed_photo.vcf", false, 1, "the invalid base64 photo is skipped like any photo"},
    {"vcard/eds__vcard-11.vcf", false, 1, "empty parameters (\";:\", \";;\") are ignored"},
    {"vcard/eds__vcard-6.vcf", false, 1, "a trailing comma in TYPE and bare 2.1-style parameters in 3.0 are read leniently"},
    {"vcard/eds__vcard-7.vcf", false, 1,
        "no BEGIN:VCARD: like Evolution, the properties before END:VCARD are read as one contact, with a problem saying so"},
    {"vcard/eds__vcard-8.vcf", false, 1, "no END:VCARD: the card is read up to the end of the file, with a problem"},
    {"vcard/eds__vcard-9.vcf", false, 1, "cut off inside a property name: the card is read up to there, the stray \"E\" noted"},
    {"vcard/folkerkinzel-vcards__Cropped_2_1.vcf", false, 1, "truncated: the card is read up to the end of the file, with a problem"},
    {"vcard/folkerkinzel-vcards__Empty-bom-only.vcf", false, 0, "a BOM and nothing else: no contacts, not refused, one problem"},
    {"vcard/kcontacts__vcard12.2_1ref-rawbinary-photo.vcf", false, 1, "the raw PNG bytes sit in folded photo lines and are skipped"},
    {"vcard/kcontacts__vcard4.vcf", false, 1, "the \"FN\" line without a colon is ignored with a problem; the name comes from ORG"},
    {"vcard/kcontacts__vcard7.vcf", false, 0,
        "the card has only an empty N, a label and a UID: no name, email or profile address, so it is skipped with a problem"},
    {"vcard/tine20__HerrFalkMuenchen.vcf", false, 1,
        "the raw ISO-8859-1 bytes read as windows-1252 (München); \"LABEL,TYPE=HOME\" and its unindented second line are "
        "ignored with problems"},
    {"vcard/tine20__contacts.vcf", false, 2, "the junk line before the first BEGIN:VCARD is ignored with a problem"},
};

// Well-formed files with a card that has neither a name, an email nor a profile address:
// by the import rule such a contact is skipped with a problem, so these give fewer
// contacts than they have BEGIN lines.
const std::pair<const char *, int> skippedByRule[] = {
    {"vcard/aosp-vcard__v21_android_custom_prop.vcf", 1}, // only X-ANDROID-CUSTOM rows
    {"vcard/icaljs__vcard_grouped.vcf", 1}, // only two addresses
    {"vcard/sabre-vobject__issue64.vcf", 1}, // only a photo
};

class CorpusTest : public testing::TestWithParam<CorpusFile>
{
};

} // namespace

TEST(CorpusFilesTest, TheCorpusAndItsGoldenNamesAreThere)
{
    ASSERT_TRUE(QFileInfo::exists(corpusDir() + QLatin1String("/expected.tsv")))
        << "The real-world corpus is missing: expected " << corpusDir().toStdString()
        << "/expected.tsv (set CONSENTRIC_REAL_TESTDATA to the folder ../shared/testdata/real).";
    const std::vector<CorpusFile> files = corpusFiles();
    EXPECT_EQ(files.size(), 136u);
    EXPECT_EQ(goldenNames().size(), 136);
    const auto malformed = std::count_if(
        files.cbegin(), files.cend(), [](const CorpusFile &f) { return QString::fromStdString(f.notes).startsWith(QLatin1String("MALFORMED")); });
    EXPECT_EQ(malformed, qsizetype(std::size(malformedFiles)));
}

TEST_P(CorpusTest, ImportsTheExpectedContactsWithTheirNames)
{
    const CorpusFile &f = GetParam();
    const QString name = QString::fromStdString(f.file);
    QFile file(corpusDir() + QLatin1Char('/') + name);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << f.file;
    const QByteArray bytes = file.readAll();
    QElapsedTimer timer;
    timer.start();
    const ReadResult read = readContactFile(bytes, QFileInfo(name).fileName());
    EXPECT_LT(timer.elapsed(), 10000) << "reading must never hang";
    const QStringList names = namesOf(read);
    const std::string context = "names: " + names.join(QLatin1String(" | ")).toStdString() + "\nproblems:\n" + problemsOf(read).toStdString();

    if (QString::fromStdString(f.notes).startsWith(QLatin1String("MALFORMED"))) {
        const auto m = std::find_if(std::begin(malformedFiles), std::end(malformedFiles), [&](const Malformed &x) { return f.file == x.file; });
        ASSERT_NE(m, std::end(malformedFiles)) << "no expectation written for this malformed file";
        EXPECT_EQ(read.refused, m->refused) << m->why << '\n' << context;
        EXPECT_EQ(int(read.contacts.size()), m->contacts) << m->why << '\n' << context;
    } else {
        const auto rule = std::find_if(std::begin(skippedByRule), std::end(skippedByRule), [&](const auto &x) { return f.file == x.first; });
        const int skipped = rule == std::end(skippedByRule) ? 0 : rule->second;
        EXPECT_FALSE(read.refused) << context;
        EXPECT_EQ(int(read.contacts.size()), f.expected - skipped) << context;
        const auto skipProblems = std::count_if(read.problems.cbegin(), read.problems.cend(),
            [](const Problem &p) { return p.message.contains(QLatin1String("neither a name, an email nor a profile address")); });
        EXPECT_EQ(skipProblems, skipped) << context;
    }

    if (read.refused) {
        EXPECT_TRUE(read.contacts.empty());
        ASSERT_EQ(read.problems.size(), 1u);
        EXPECT_EQ(read.problems.front().line, 0);
    } else {
        ASSERT_TRUE(goldenNames().contains(name)) << "no golden names for " << f.file;
        // As UTF-8 strings, so that a failure shows the names readably.
        EXPECT_EQ(names.join(QLatin1String(" | ")).toStdString(), goldenNames().value(name).toStdString()) << context;
    }
    for (const Problem &p : read.problems) {
        EXPECT_FALSE(p.message.isEmpty());
        EXPECT_GE(p.line, 0);
        if (p.line > 0) { // every sentence about a line names it
            EXPECT_TRUE(p.message.contains(QString::number(p.line))) << p.message.toStdString();
        }
    }
    for (const ParsedContact &c : read.contacts)
        EXPECT_GT(c.line, 0) << f.file;
}

// Cut short anywhere or with bytes changed, a file never crashes or stalls a reader, and
// whatever it refuses it refuses with one sentence.
TEST_P(CorpusTest, DamagedCopiesAreReadWithoutTrouble)
{
    const QString name = QString::fromStdString(GetParam().file);
    QFile file(corpusDir() + QLatin1Char('/') + name);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QElapsedTimer timer;
    timer.start();
    for (int i = 1; i <= 16; ++i) {
        QByteArray damaged = bytes.left(bytes.size() * i / 17);
        if (i % 2 == 0 && !damaged.isEmpty()) {
            for (qsizetype at = i; at < damaged.size(); at += 97) // stray NUL, CR, quote, colon, high bytes
                damaged[at] = "\0\r\":=\xFF\xC3;"[at % 8];
        }
        for (const QString &as : {QFileInfo(name).fileName(), QStringLiteral("x.csv"), QStringLiteral("x.vcf")}) {
            const ReadResult read = readContactFile(damaged, as);
            if (read.refused) {
                EXPECT_TRUE(read.contacts.empty());
                EXPECT_EQ(read.problems.size(), 1u);
            }
        }
    }
    EXPECT_LT(timer.elapsed(), 20000);
}

INSTANTIATE_TEST_SUITE_P(RealFiles, CorpusTest, testing::ValuesIn(corpusFiles()), [](const testing::TestParamInfo<CorpusFile> &param) {
    std::string name;
    for (const char c : param.param.file)
        name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    return name;
});
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(CorpusTest); // a missing corpus fails TheCorpusAndItsGoldenNamesAreThere
