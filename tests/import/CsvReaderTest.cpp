// The CSV reader and its header mapping on small tables made to show one thing each: the
// exports of LinkedIn, Google, Outlook and Thunderbird, delimiters, quoting, line numbers,
// rows that do not fit, encodings, and the person's own mapping.
#include "contacts/import/CsvReader.h"
#include "contacts/import/CsvMapping.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace consentric::contacts::import;

namespace {

ReadResult readTable(const char *text)
{
    return readCsv(QByteArray(text));
}

QString problemsOf(const ReadResult &read)
{
    QStringList lines;
    for (const Problem &p : read.problems)
        lines << QString::number(p.line) + QLatin1String(": ") + p.message;
    return lines.join(QLatin1Char('\n'));
}

QByteArray utf16le(const QString &text, bool bom)
{
    QByteArray bytes = bom ? QByteArray("\xFF\xFE") : QByteArray();
    return bytes + QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

} // namespace

TEST(CsvReaderTest, LinkedInWithItsPreambleBomCrLfAndDates)
{
    const ReadResult read
        = readCsv(QByteArray("\xEF\xBB\xBFNotes:\r\n"
                             "\"When exporting your connection data, you may notice that some of your connections don't have an "
                             "email address. This is expected behavior.\"\r\n\r\n"
                             "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
                             "Jos\xC3\xA9,Garc\xC3\xAD"
                             "a,https://www.linkedin.com/in/josegarcia,,\"Acme, Inc.\",Senior Engineer,12 Mar 2024\r\n"
                             "Ana,Lima,https://www.linkedin.com/in/ana,ana@example.org,Globex,\"Director, Operations\",31 Foo 2024\r\n"));
    ASSERT_FALSE(read.refused) << problemsOf(read).toStdString();
    EXPECT_EQ(read.format, Format::LinkedIn);
    EXPECT_EQ(read.encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(read.delimiter, QLatin1Char(','));
    EXPECT_EQ(read.headers.size(), 7);
    ASSERT_EQ(read.contacts.size(), 2u);
    const ParsedContact &jose = read.contacts[0];
    EXPECT_EQ(jose.line, 5);
    EXPECT_EQ(jose.displayName, QStringLiteral("José García"));
    EXPECT_EQ(jose.givenName, QStringLiteral("José"));
    EXPECT_EQ(jose.familyName, QStringLiteral("García"));
    EXPECT_EQ(jose.email, QString());
    EXPECT_EQ(jose.profileUrl, QStringLiteral("https://www.linkedin.com/in/josegarcia"));
    EXPECT_EQ(jose.company, QStringLiteral("Acme, Inc."));
    EXPECT_EQ(jose.title, QStringLiteral("Senior Engineer"));
    EXPECT_EQ(jose.connectedOn, QDate(2024, 3, 12));
    const ParsedContact &ana = read.contacts[1];
    EXPECT_EQ(ana.line, 6);
    EXPECT_EQ(ana.email, QStringLiteral("ana@example.org"));
    EXPECT_EQ(ana.title, QStringLiteral("Director, Operations"));
    EXPECT_FALSE(ana.connectedOn.isValid());
    ASSERT_EQ(read.problems.size(), 1u);
    EXPECT_EQ(read.problems.front().line, 6);
    EXPECT_EQ(read.problems.front().message, QStringLiteral("Line 6: the date “31 Foo 2024” is not a date; the contact is kept without it."));
}

TEST(CsvReaderTest, OlderLinkedInExportsHaveNoUrlColumn)
{
    const ReadResult read = readTable("First Name,Last Name,Email Address,Company,Position,Connected On\n"
                                      "Bo,Ek,bo@example.se,Volvo,Engineer,01 Sept 2019\nCy,Ng,,,,\"Jan 5, 2018\"\n");
    EXPECT_EQ(read.format, Format::LinkedIn);
    ASSERT_EQ(read.contacts.size(), 2u) << problemsOf(read).toStdString();
    EXPECT_EQ(read.contacts[0].profileUrl, QString());
    EXPECT_EQ(read.contacts[0].email, QStringLiteral("bo@example.se"));
    EXPECT_EQ(read.contacts[0].connectedOn, QDate(2019, 9, 1));
    EXPECT_EQ(read.contacts[1].connectedOn, QDate(2018, 1, 5));
    EXPECT_TRUE(read.problems.empty()) << problemsOf(read).toStdString();
}

TEST(CsvReaderTest, GoogleCurrentLayoutWithSeveralValuesAndThePrimaryMarked)
{
    const ReadResult read = readTable("First Name,Middle Name,Last Name,Nickname,Organization Name,Organization Title,Labels,"
                                      "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,"
                                      "Website 1 - Label,Website 1 - Value\n"
                                      "Ana,Maria,Lima,,Acme,CTO,* myContacts ::: Friends,Home ::: * Work,ana@home.example ::: ana@work.example,"
                                      "Other,ana@other.example,Mobile,+1 555 0100 ::: +1 555 0101,Profile,https://www.linkedin.com/in/ana\n");
    EXPECT_EQ(read.format, Format::GoogleCsv);
    ASSERT_EQ(read.contacts.size(), 1u) << problemsOf(read).toStdString();
    const ParsedContact &c = read.contacts.front();
    EXPECT_EQ(c.displayName, QStringLiteral("Ana Maria Lima"));
    EXPECT_EQ(c.email, QStringLiteral("ana@work.example")) << "the value whose label starts with \"* \" is the primary";
    EXPECT_EQ(c.otherEmails, (QStringList{QStringLiteral("ana@home.example"), QStringLiteral("ana@other.example")}));
    EXPECT_EQ(c.phone, QStringLiteral("+1 555 0100"));
    EXPECT_EQ(c.company, QStringLiteral("Acme"));
    EXPECT_EQ(c.title, QStringLiteral("CTO"));
    EXPECT_EQ(c.profileUrl, QStringLiteral("https://www.linkedin.com/in/ana"));
}

TEST(CsvReaderTest, GoogleLegacyLayoutInUtf16)
{
    const QString text = QStringLiteral("Name,Given Name,Additional Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value\r\n"
                                        "Zoë Ÿlva,Zoë,,Ÿlva,* My Contacts ::: Test,* Home,zoe@example.org ::: zoe@work.example\r\n");
    for (const bool bom : {true, false}) {
        const ReadResult read = readCsv(utf16le(text, bom));
        EXPECT_EQ(read.format, Format::GoogleCsv);
        EXPECT_EQ(read.encoding, QStringLiteral("UTF-16LE"));
        ASSERT_EQ(read.contacts.size(), 1u);
        EXPECT_EQ(read.contacts.front().displayName, QStringLiteral("Zoë Ÿlva"));
        EXPECT_EQ(read.contacts.front().email, QStringLiteral("zoe@example.org"));
        EXPECT_EQ(read.contacts.front().otherEmails, QStringList{QStringLiteral("zoe@work.example")});
    }
}

TEST(CsvReaderTest, OutlookGermanHeadersMapEvenWithLostUmlauts)
{
    // As in tine20's Outlook 2007 export: ß and ä lost to U+FFFD.
    const QStringList headers{QStringLiteral("Anrede"), QStringLiteral("Vorname"), QStringLiteral("Weitere Vornamen"), QStringLiteral("Nachname"),
        QStringLiteral("Firma"), QStringLiteral("Position"), QStringLiteral("Stra\uFFFDe gesch\uFFFDftlich"),
        QStringLiteral("Telefon gesch\uFFFDftlich"), QStringLiteral("Mobiltelefon"), QStringLiteral("E-Mail-Adresse"), QStringLiteral("E-Mail-Typ"),
        QStringLiteral("E-Mail 2: Adresse"), QStringLiteral("Geburtstag"), QStringLiteral("Notizen"), QStringLiteral("Webseite")};
    const std::vector<Field> expected{Field::Ignore, Field::GivenName, Field::MiddleName, Field::FamilyName, Field::Company, Field::Title,
        Field::Ignore, Field::Phone, Field::Phone, Field::Email, Field::Ignore, Field::Email, Field::Ignore, Field::Notes, Field::ProfileUrl};
    EXPECT_EQ(mapHeaders(headers), expected);
    EXPECT_EQ(detectCsvFormat(headers), Format::OutlookCsv);

    const ReadResult read
        = readCsv(QByteArray("\"Anrede\",\"Vorname\",\"Nachname\",\"Firma\",\"Position\",\"E-Mail-Adresse\",\"E-Mail-Typ\",\"Geburtstag\"\r\n"
                             "\"Herr\",\"J\xFCrgen\",\"Wei\xDF\",\"M\xFCller GmbH\",\"Vertrieb\",\"j.weiss@example.de\",\"SMTP\",\"0.0.00\"\r\n"));
    EXPECT_EQ(read.format, Format::OutlookCsv);
    EXPECT_EQ(read.encoding, QStringLiteral("windows-1252"));
    ASSERT_EQ(read.contacts.size(), 1u);
    EXPECT_EQ(read.contacts.front().displayName, QStringLiteral("Jürgen Weiß"));
    EXPECT_EQ(read.contacts.front().company, QStringLiteral("Müller GmbH"));
    EXPECT_EQ(read.contacts.front().title, QStringLiteral("Vertrieb"));
    EXPECT_TRUE(read.problems.empty()) << "an unmapped birthday of 0.0.00 is no problem";
}

TEST(CsvReaderTest, OutlooksTitleIsTheHonorificNotTheJobTitle)
{
    const QStringList desktop{QStringLiteral("Title"), QStringLiteral("First Name"), QStringLiteral("Middle Name"), QStringLiteral("Last Name"),
        QStringLiteral("Suffix"), QStringLiteral("Company"), QStringLiteral("Job Title"), QStringLiteral("E-mail Address"),
        QStringLiteral("E-mail Type")};
    const std::vector<Field> mapping = mapHeaders(desktop);
    EXPECT_EQ(mapping[0], Field::Ignore);
    EXPECT_EQ(mapping[6], Field::Title);
    EXPECT_EQ(detectCsvFormat(desktop), Format::OutlookCsv);
    const QStringList outlookCom{QStringLiteral("First Name"), QStringLiteral("Middle Name"), QStringLiteral("Last Name"), QStringLiteral("Title"),
        QStringLiteral("Suffix"), QStringLiteral("Given Yomi"), QStringLiteral("Surname Yomi"), QStringLiteral("E-mail Address")};
    EXPECT_EQ(mapHeaders(outlookCom)[3], Field::Ignore);
    EXPECT_EQ(detectCsvFormat(outlookCom), Format::OutlookCsv);
    // In a plain table, "Title" is the job title.
    EXPECT_EQ(mapHeaders({QStringLiteral("Name"), QStringLiteral("Title"), QStringLiteral("Email")})[1], Field::Title);
}

TEST(CsvReaderTest, ThunderbirdHeadersAndFormat)
{
    const QStringList headers{QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Display Name"), QStringLiteral("Nickname"),
        QStringLiteral("Primary Email"), QStringLiteral("Secondary Email"), QStringLiteral("Work Phone"), QStringLiteral("Mobile Number"),
        QStringLiteral("Job Title"), QStringLiteral("Department"), QStringLiteral("Organization"), QStringLiteral("Web Page 1"),
        QStringLiteral("Notes")};
    const std::vector<Field> expected{Field::GivenName, Field::FamilyName, Field::DisplayName, Field::Ignore, Field::Email, Field::Email,
        Field::Phone, Field::Phone, Field::Title, Field::Ignore, Field::Company, Field::ProfileUrl, Field::Notes};
    EXPECT_EQ(mapHeaders(headers), expected);
    EXPECT_EQ(detectCsvFormat(headers), Format::ThunderbirdCsv);
    EXPECT_EQ(headerKey(QStringLiteral(" E-Mail 2: Adresse ")), QStringLiteral("email2adresse"));
    EXPECT_EQ(fieldOfHeader(QStringLiteral("FIRST_NAME")), Field::GivenName);
}

TEST(CsvReaderTest, SemicolonAndTabDelimiters)
{
    const ReadResult semicolon = readTable("Vorname;Nachname;E-Mail\nPeter;Pan;peter@example.org\nMaja;\"Biene; die\";maja@example.org\n");
    EXPECT_EQ(semicolon.delimiter, QLatin1Char(';'));
    ASSERT_EQ(semicolon.contacts.size(), 2u);
    EXPECT_EQ(semicolon.contacts[1].displayName, QStringLiteral("Maja Biene; die"));

    const ReadResult tab
        = readTable("Vorname\tNachname\tFirma\tArbeit E-Mail\tHomepage\nMax\tMustermann\tMusterfirma, AG\tmax@muster.de\twww.muster.de\n");
    EXPECT_EQ(tab.delimiter, QLatin1Char('\t'));
    ASSERT_EQ(tab.contacts.size(), 1u);
    EXPECT_EQ(tab.contacts[0].company, QStringLiteral("Musterfirma, AG"));
    EXPECT_EQ(tab.contacts[0].profileUrl, QStringLiteral("www.muster.de"));
}

TEST(CsvReaderTest, QuotedFieldsSpanningLinesKeepTheLineNumbersRight)
{
    const ReadResult read = readTable("Name,Notes,Email\r\n"
                                      "Ana,\"first\r\nsecond\nthird\rfourth with \"\"quotes\"\"\",ana@example.org\r\n"
                                      "\r\n"
                                      "Bo,\"\",bo@example.org\r\n");
    ASSERT_EQ(read.contacts.size(), 2u);
    EXPECT_EQ(read.contacts[0].line, 2);
    EXPECT_EQ(read.contacts[0].notes, QStringLiteral("first\r\nsecond\nthird\rfourth with \"quotes\""));
    EXPECT_EQ(read.contacts[1].line, 7) << "CRLF, LF and CR each end a line; the blank line is skipped";
}

TEST(CsvReaderTest, ASkippedRowIsNotedAtItsLine)
{
    const ReadResult read = readTable("First Name,Last Name,Email,Phone\nAna,Lima,ana@example.org,\n,,,+1 555 0100\n\"Bo\",Ek,not-an-address,\n");
    ASSERT_EQ(read.contacts.size(), 2u);
    EXPECT_EQ(read.contacts[1].displayName, QStringLiteral("Bo Ek"));
    EXPECT_EQ(read.contacts[1].email, QString());
    ASSERT_EQ(read.problems.size(), 2u) << problemsOf(read).toStdString();
    EXPECT_EQ(read.problems[0].line, 3);
    EXPECT_EQ(read.problems[0].message, QStringLiteral("Line 3: a contact with neither a name, an email nor a profile address; skipped."));
    EXPECT_EQ(read.problems[1].line, 4);
    EXPECT_EQ(read.problems[1].message, QStringLiteral("Line 4: “not-an-address” is not an email address; the contact is kept without it."));
}

TEST(CsvReaderTest, RowsLongerOrShorterThanTheHeader)
{
    const ReadResult read = readTable("First Name,Last Name,Email\nAna,Lima,ana@example.org,,\nBo,Ek\nCy,Ng,cy@example.org,extra,\n");
    ASSERT_EQ(read.contacts.size(), 3u);
    EXPECT_EQ(read.contacts[1].displayName, QStringLiteral("Bo Ek"));
    ASSERT_EQ(read.problems.size(), 1u) << "trailing empty cells and missing cells are no problem";
    EXPECT_EQ(read.problems.front().line, 4);
    EXPECT_EQ(read.problems.front().message, QStringLiteral("Line 4: the row has 5 cells but the header has 3; the extra cells are ignored."));
}

TEST(CsvReaderTest, WithoutAHeaderColumnsAreMappedByWhatTheyHold)
{
    // Thunderbird's csv_no_header.csv.
    const ReadResult read = readTable("John Doe,John,Doe,john@doe.invalid\nJane Doe,Jane,Doe,jane@doe.invalid\n");
    EXPECT_EQ(read.format, Format::GenericCsv);
    EXPECT_EQ(
        read.headers, (QStringList{QStringLiteral("Column 1"), QStringLiteral("Column 2"), QStringLiteral("Column 3"), QStringLiteral("Column 4")}));
    EXPECT_EQ(read.mapping, (std::vector<Field>{Field::DisplayName, Field::GivenName, Field::FamilyName, Field::Email}));
    ASSERT_EQ(read.contacts.size(), 2u);
    EXPECT_EQ(read.contacts[0].line, 1);
    EXPECT_EQ(read.contacts[0].displayName, QStringLiteral("John Doe"));
    EXPECT_EQ(read.contacts[1].email, QStringLiteral("jane@doe.invalid"));

    // Headers no synonym knows: the columns are still mapped by what they hold.
    const ReadResult guessed = readTable("Kunde,Kontakt,Netz,Ruf\nAna,ana@example.org,https://ana.example,+49 40 123456\n");
    EXPECT_EQ(guessed.headers.first(), QStringLiteral("Kunde")) << "a first row of words over addresses is a header";
    EXPECT_EQ(guessed.mapping, (std::vector<Field>{Field::DisplayName, Field::Email, Field::ProfileUrl, Field::Phone}));
}

TEST(CsvReaderTest, AFileWithoutNamesOrAddressesIsRefusedButKeepsItsColumns)
{
    const ReadResult read = readTable("Date,Amount\n2024-01-01,5\n2024-01-02,7\n");
    EXPECT_TRUE(read.refused);
    EXPECT_TRUE(read.contacts.empty());
    ASSERT_EQ(read.problems.size(), 1u);
    EXPECT_EQ(read.problems.front().line, 0);
    EXPECT_TRUE(read.problems.front().message.contains(QLatin1String("does not look like a list of contacts")));
    EXPECT_EQ(read.headers, (QStringList{QStringLiteral("Date"), QStringLiteral("Amount")})) << "for mapping by hand";

    static const char binary[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0";
    const ReadResult png = readCsv(QByteArray(binary, sizeof(binary) - 1));
    EXPECT_TRUE(png.refused);
    ASSERT_EQ(png.problems.size(), 1u);
    EXPECT_EQ(png.problems.front().line, 0);
}

TEST(CsvReaderTest, AnEmptyFileHoldsNoContactsAndIsNotRefused)
{
    for (const QByteArray &bytes : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\r\n\r\n"), QByteArray("First Name,Email\r\n")}) {
        const ReadResult read = readCsv(bytes);
        EXPECT_FALSE(read.refused);
        EXPECT_TRUE(read.contacts.empty());
        ASSERT_EQ(read.problems.size(), 1u);
        EXPECT_EQ(read.problems.front().line, 0);
        EXPECT_EQ(read.problems.front().message, QStringLiteral("The file holds no contacts."));
    }
}

TEST(CsvReaderTest, LegacyEncodingsAreToldApart)
{
    QStringEncoder sjis("Shift_JIS");
    const QByteArray japanese = QByteArray("First Name,Last Name,Display Name,Primary Email\r\n")
        + QByteArray(sjis.encode(QStringLiteral("権兵衛,名無し,名無しの権兵衛,nanashi@host.invalid\r\n")));
    const ReadResult ja = readCsv(japanese);
    EXPECT_EQ(ja.encoding, QStringLiteral("Shift_JIS"));
    ASSERT_EQ(ja.contacts.size(), 1u);
    EXPECT_EQ(ja.contacts.front().displayName, QStringLiteral("名無しの権兵衛"));

    const ReadResult polish = readTable("Name;Email\n\xA3ukasz Wi\xB6niewski;lukasz@example.pl\nPiotr Iksi\xF1ski;piotr@example.pl\n");
    EXPECT_EQ(polish.encoding, QStringLiteral("ISO-8859-2"));
    ASSERT_EQ(polish.contacts.size(), 2u);
    EXPECT_EQ(polish.contacts[0].displayName, QStringLiteral("Łukasz Wiśniewski"));
    EXPECT_EQ(polish.contacts[1].displayName, QStringLiteral("Piotr Iksiński"));

    const ReadResult western = readTable("Name;Email\nFran\xE7ois M\xFCller;f@example.fr\nJos\xE9 Pe\xF1"
                                         "a;j@example.es\n");
    EXPECT_EQ(western.encoding, QStringLiteral("windows-1252"));
    ASSERT_EQ(western.contacts.size(), 2u);
    EXPECT_EQ(western.contacts[0].displayName, QStringLiteral("François Müller"));
    EXPECT_EQ(western.contacts[1].displayName, QStringLiteral("José Peña"));

    const ReadResult forced = readCsv(QByteArray("Name;Email\n\xCF\xF0\xE8\xE2\xE5\xF2;p@example.ru\n"), QStringLiteral("windows-1251"));
    EXPECT_EQ(forced.encoding, QStringLiteral("windows-1251"));
    ASSERT_EQ(forced.contacts.size(), 1u);
    EXPECT_EQ(forced.contacts.front().displayName, QStringLiteral("Привет"));
}

TEST(CsvReaderTest, ThePersonsMappingAndHeaderChoiceWin)
{
    const QByteArray bytes("Kunde,Kontakt,Info\nAcme,ana@example.org,Ana Lima\nGlobex,bo@example.se,Bo Ek\n");
    const ReadResult read = readCsvWithMapping(bytes, {}, {Field::Company, Field::Email, Field::DisplayName}, true);
    ASSERT_EQ(read.contacts.size(), 2u);
    EXPECT_EQ(read.contacts[0].displayName, QStringLiteral("Ana Lima"));
    EXPECT_EQ(read.contacts[0].company, QStringLiteral("Acme"));
    EXPECT_EQ(read.contacts[1].line, 3);
    EXPECT_EQ(read.mapping, (std::vector<Field>{Field::Company, Field::Email, Field::DisplayName}));

    const ReadResult noHeader = readCsvWithMapping(bytes, {}, {Field::DisplayName}, false);
    ASSERT_EQ(noHeader.contacts.size(), 3u) << "the first row is a contact too";
    EXPECT_EQ(noHeader.contacts[0].displayName, QStringLiteral("Kunde"));
    EXPECT_EQ(noHeader.contacts[0].line, 1);
    EXPECT_EQ(noHeader.mapping, (std::vector<Field>{Field::DisplayName, Field::Ignore, Field::Ignore}));

    const ReadResult nothing = readCsvWithMapping(bytes, {}, {Field::Company, Field::Notes}, true);
    EXPECT_TRUE(nothing.refused);
    ASSERT_EQ(nothing.problems.size(), 1u);
    EXPECT_EQ(nothing.problems.front().line, 0);
}

TEST(CsvReaderTest, NoRowOrFieldCanTakeUnboundedMemory)
{
    // A row of 1,500 cells keeps its first 1,000; a cell of 1.5 million characters is cut
    // at a million; both are reported with their line, and the contacts are still read.
    QByteArray text("Name,Email\nAna Lima,ana@example.org");
    for (int i = 0; i < 1500; ++i)
        text += ",x";
    text += "\nBo Berg,\"";
    text += QByteArray(1'500'000, 'n');
    text += "\"\nCleo Dias,cleo@example.org\n";
    const ReadResult read = readCsv(text);
    ASSERT_FALSE(read.refused) << problemsOf(read).toStdString();
    ASSERT_EQ(read.contacts.size(), 3u) << problemsOf(read).toStdString();
    EXPECT_EQ(read.contacts[0].email, QStringLiteral("ana@example.org"));
    EXPECT_EQ(read.contacts[2].displayName, QStringLiteral("Cleo Dias"));
    EXPECT_EQ(read.contacts[2].line, 4);
    const QString problems = problemsOf(read);
    EXPECT_TRUE(problems.contains(QLatin1String("2: Line 2 has more than 1,000 fields; only the first 1,000 were read."))) << problems.toStdString();
    EXPECT_TRUE(problems.contains(QLatin1String("3: Line 3 has a field longer than 1,048,576 characters; it was cut there.")))
        << problems.toStdString();
}
