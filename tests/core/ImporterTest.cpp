// The importer's one rule for duplicates, on both engines: identical contacts are skipped,
// a match by email or profile address is merged, a match by name and company alone is kept
// and listed; everything imported is private; a cancel writes nothing; importing the same
// file again changes nothing.
#include "contacts/import/Importer.h"
#include "contacts/Export.h"
#include "contacts/import/ContactFile.h"
#include "support/StoreTest.h"

using namespace consentric;
using namespace consentric::test;
using namespace consentric::contacts::import;

namespace {

ParsedContact contact(int line, const char *name, const char *email, const char *company, const char *title = "")
{
    ParsedContact c;
    c.line = line;
    c.displayName = QString::fromUtf8(name);
    c.email = QString::fromUtf8(email);
    c.company = QString::fromUtf8(company);
    c.title = QString::fromUtf8(title);
    return c;
}

ReadResult linkedIn(std::vector<ParsedContact> contacts)
{
    ReadResult read;
    read.format = Format::LinkedIn;
    read.encoding = QStringLiteral("UTF-8");
    read.contacts = std::move(contacts);
    return read;
}

} // namespace

class ImporterTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    }
    std::vector<contacts::OwnConnection> mine() { return *contacts::ContactStore(db()).ownConnections(session(ana)); }
    const contacts::OwnConnection *named(const QString &name)
    {
        static std::vector<contacts::OwnConnection> list;
        list = mine();
        for (const auto &c : list) {
            if (c.details.displayName == name)
                return &c;
        }
        return nullptr;
    }
    qint64 ana = 0;
};
CONSENTRIC_BOTH_ENGINES(ImporterTest);

TEST_P(ImporterTest, EverythingImportedIsPrivateWithTheFormatsContextAndSource)
{
    ReadResult read = linkedIn({contact(5, "Kim Park", "kim@acme.example", "Acme Inc.", "Buyer"), contact(6, "Lea Durand", "", "Globex")});
    read.contacts[0].connectedOn = QDate(2024, 3, 12);
    read.contacts[1].connectedOn = QDate(987, 1, 2);
    auto summary = Importer(db()).run(session(ana), read, defaultContext(read.format));
    ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
    EXPECT_EQ(summary->imported, 2);
    for (const auto &c : mine()) {
        EXPECT_EQ(c.level, consent::Level::Private);
        EXPECT_EQ(c.context, consent::Context::Professional);
        EXPECT_EQ(c.source, QStringLiteral("linkedin"));
        EXPECT_EQ(c.connectedOn, c.details.displayName == QLatin1String("Kim Park") ? QDate(2024, 3, 12) : QDate(987, 1, 2));
    }
    EXPECT_EQ(defaultContext(Format::VCard), consent::Context::Personal);
    EXPECT_EQ(defaultContext(Format::GoogleCsv), consent::Context::Personal);
    EXPECT_EQ(defaultContext(Format::OutlookCsv), consent::Context::Professional);
}

TEST_P(ImporterTest, ImportingTheSameFileAgainChangesNothing)
{
    const ReadResult read = linkedIn(
        {contact(5, "Kim Park", "kim@acme.example", "Acme Inc."), contact(6, "Lea Durand", "", "Globex"), contact(7, "Lea Durand", "", "Globex")});
    auto first = Importer(db()).run(session(ana), read, consent::Context::Professional);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->imported, 2);
    EXPECT_EQ(first->skipped, 1) << "the same row twice in one file";
    auto again = Importer(db()).run(session(ana), read, consent::Context::Professional);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->imported, 0);
    EXPECT_EQ(again->updated, 0);
    EXPECT_EQ(again->skipped, 3);
    EXPECT_EQ(mine().size(), 2U);
    // The plan names the connection each skipped contact is already.
    auto plan = Importer(db()).plan(session(ana), read);
    ASSERT_TRUE(plan.ok());
    for (const PlannedContact &p : plan->contacts) {
        EXPECT_EQ(p.outcome, Outcome::Identical);
        EXPECT_EQ(p.existingName, p.contact.displayName);
        EXPECT_GT(p.existingConnectionId, 0);
    }
}

TEST_P(ImporterTest, AMatchByEmailOrProfileIsMergedWithTheNewerCompanyAndTitle)
{
    ASSERT_TRUE(Importer(db())
                    .run(session(ana), linkedIn({contact(5, "Kim Park", "kim@acme.example", "Acme Inc.", "Buyer")}), consent::Context::Professional)
                    .ok());
    ParsedContact newer = contact(9, "Kim Park-Lee", "KIM@acme.example", "Initech", "Head of Buying");
    newer.phone = QStringLiteral("+44 20 7946 0000");
    ParsedContact byUrl = contact(10, "Lea D.", "", "", "Head of Sales");
    byUrl.profileUrl = QStringLiteral("https://www.linkedin.com/in/lea/");
    ASSERT_TRUE(Importer(db()).run(session(ana), linkedIn({contact(4, "Lea Durand", "", "Globex")}), consent::Context::Professional).ok());
    {
        // Lea gets a profile address by hand first.
        const auto *lea = named(QStringLiteral("Lea Durand"));
        contacts::ConnectionEdit edit;
        edit.details = lea->details;
        edit.details->profileUrl = QStringLiteral("http://linkedin.com/in/lea");
        ASSERT_TRUE(contacts::ContactStore(db()).edit(session(ana), {lea->id}, edit).ok());
    }
    auto summary = Importer(db()).run(session(ana), linkedIn({newer, byUrl}), consent::Context::Professional);
    ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
    EXPECT_EQ(summary->updated, 2);
    EXPECT_EQ(summary->imported, 0);
    const auto *kim = named(QStringLiteral("Kim Park"));
    ASSERT_NE(kim, nullptr) << "the name already there stays";
    EXPECT_EQ(kim->details.company, QStringLiteral("Initech"));
    EXPECT_EQ(kim->details.title, QStringLiteral("Head of Buying"));
    EXPECT_EQ(kim->details.phone, QStringLiteral("+44 20 7946 0000")) << "an empty field is filled";
    EXPECT_EQ(mine().size(), 2U);
}

TEST_P(ImporterTest, AMatchByNameAndCompanyIsKeptAsAPossibleDuplicateAndCanBeMerged)
{
    ASSERT_TRUE(
        Importer(db()).run(session(ana), linkedIn({contact(5, "Kim Park", "kim@acme.example", "Acme Inc.")}), consent::Context::Professional).ok());
    ParsedContact other = contact(3, "kim park", "", "ACME, Inc", "Buyer");
    other.phone = QStringLiteral("555");
    Importer importer(db());
    auto plan = importer.plan(session(ana), linkedIn({other}));
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan->count(Outcome::PossibleDuplicate), 1);
    auto summary = importer.run(session(ana), linkedIn({other}), consent::Context::Professional);
    ASSERT_TRUE(summary.ok());
    ASSERT_EQ(summary->possibleDuplicates.size(), 1U);
    EXPECT_EQ(summary->possibleDuplicates[0].line, 3);
    EXPECT_EQ(summary->possibleDuplicates[0].existingName, QStringLiteral("Kim Park"));
    EXPECT_EQ(mine().size(), 2U) << "kept";
    ASSERT_TRUE(
        importer.merge(session(ana), summary->possibleDuplicates[0].newConnectionId, summary->possibleDuplicates[0].existingConnectionId).ok());
    ASSERT_EQ(mine().size(), 1U);
    EXPECT_EQ(mine()[0].details.phone, QStringLiteral("555"));
    EXPECT_EQ(mine()[0].details.email, QStringLiteral("kim@acme.example"));
}

TEST_P(ImporterTest, ACancelOrAFailureWritesNothing)
{
    std::vector<ParsedContact> many;
    for (int i = 0; i < 120; ++i)
        many.push_back(contact(i + 2, "Person", qPrintable(QStringLiteral("p%1@x.example").arg(i)), "X"));
    int calls = 0;
    auto cancelled = Importer(db()).run(session(ana), linkedIn(many), consent::Context::Professional, [&](int, int) { return ++calls < 2; });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_TRUE(cancelled.message().contains(QStringLiteral("cancelled")));
    EXPECT_TRUE(mine().empty());

    ReadResult refused;
    refused.refused = true;
    refused.problems.push_back({0, QStringLiteral("This is not a contact file.")});
    auto notRead = Importer(db()).run(session(ana), refused, consent::Context::Personal);
    ASSERT_FALSE(notRead.ok());
    EXPECT_EQ(notRead.message(), QStringLiteral("This is not a contact file."));
    EXPECT_TRUE(mine().empty());
}

TEST_P(ImporterTest, AVCardExportImportedIntoAnEmptyAccountGivesTheSameContacts)
{
    std::vector<contacts::ContactInput> inputs;
    auto add = [&](const char *given, const char *family, const char *email, const char *company, const char *notes) {
        contacts::ContactInput in;
        in.givenName = QString::fromUtf8(given);
        in.familyName = QString::fromUtf8(family);
        in.email = QString::fromUtf8(email);
        in.company = QString::fromUtf8(company);
        in.title = QStringLiteral("Head of Things, Europe; Africa");
        in.phone = QStringLiteral("+44 20 7946 0000");
        in.profileUrl = QStringLiteral("https://www.linkedin.com/in/") + in.givenName.toLower();
        in.notes = QString::fromUtf8(notes);
        inputs.push_back(in);
    };
    add("Zoë", "Ångström-Ødegård", "zoe@example.com", "Müller & Söhne GmbH", "met in Zürich\nsecond line, with a comma; and a semicolon");
    add("Kenji", "山田", "", "株式会社サンプル", "");
    add("Ana", "Lima", "ana@example.org", "",
        "a very long note that goes on and on so that the vCard line is folded at seventy-five octets, "
        "and then some more words with accents: àéîõü");
    ASSERT_TRUE(contacts::ContactStore(db()).addConnections(session(ana), inputs).ok());
    auto card = contacts::exportOwnData(db(), session(ana), contacts::ExportFormat::VCard);
    ASSERT_TRUE(card.ok());

    const qint64 bo = person(QStringLiteral("Bo Lund"), QStringLiteral("Sales"));
    const ReadResult read = readContactFile(*card, QStringLiteral("ana.vcf"));
    ASSERT_FALSE(read.refused);
    EXPECT_TRUE(read.problems.empty()) << read.problems.front().message.toStdString();
    auto summary = Importer(db()).run(session(bo), read, consent::Context::Personal);
    ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
    EXPECT_EQ(summary->imported, 3);

    auto details = [&](qint64 who) {
        std::vector<consent::ContactDetails> list;
        for (const auto &c : *contacts::ContactStore(db()).ownConnections(session(who)))
            list.push_back(c.details);
        return list;
    };
    EXPECT_EQ(details(bo), details(ana));
}
