// The import wizard, offscreen, on both engines, with real files from the corpus: the
// preview shows the detected format and encoding, the plan says what will happen, the
// import runs off the GUI thread in its own connection, and importing again changes nothing.
#include "import/ImportWizard.h"
#include "Workspace.h"
#include "support/StoreTest.h"

#include <QLabel>
#include <QPlainTextEdit>

using namespace consentric;
using namespace consentric::test;

namespace {

QString corpus(const char *file)
{
    return QStringLiteral(CONSENTRIC_REAL_TESTDATA "/") + QString::fromUtf8(file);
}

} // namespace

class ImportWizardTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
        auto second = test().reopen();
        ASSERT_TRUE(second.ok()) << second.message().toStdString();
        workspace = std::make_unique<ui::Workspace>(std::move(*second));
        auto session = consent::Accounts(workspace->database()).signIn(QStringLiteral("ana.lima@test.example"), kTestPassphrase);
        ASSERT_TRUE(session.ok());
        workspace->signIn(std::move(*session));
    }
    void TearDown() override
    {
        workspace.reset();
        StoreTest::TearDown();
    }
    std::size_t connectionCount() { return contacts::ContactStore(workspace->database()).ownConnections(*workspace->session())->size(); }

    qint64 ana = 0;
    std::unique_ptr<ui::Workspace> workspace;
};
CONSENTRIC_BOTH_ENGINES(ImportWizardTest);

TEST_P(ImportWizardTest, ImportsALinkedInFileAndAVCardAndAgainChangesNothing)
{
    const QStringList files{corpus("csv/kawsay__linkedin-Connections-fixture.csv"), corpus("vcard/thunderbird__v4-uri-jpeg.vcf")};
    ui::ImportWizard wizard(*workspace, files);
    ASSERT_EQ(wizard.files().size(), 2U);
    EXPECT_EQ(wizard.files()[0].read.format, contacts::import::Format::LinkedIn);
    EXPECT_EQ(wizard.files()[0].read.encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(wizard.files()[0].context, consent::Context::Professional);
    EXPECT_EQ(wizard.files()[1].read.format, contacts::import::Format::VCard);
    EXPECT_EQ(wizard.files()[1].context, consent::Context::Personal);
    EXPECT_TRUE(wizard.addFiles({corpus("csv/no-such-file.csv")}).constFirst().contains(QStringLiteral("cannot be read")));

    ASSERT_TRUE(wizard.planAll().isEmpty());
    const int expected = int(wizard.files()[0].read.contacts.size() + wizard.files()[1].read.contacts.size());
    EXPECT_EQ(wizard.files()[0].plan.count(contacts::import::Outcome::New), int(wizard.files()[0].read.contacts.size()));
    ASSERT_TRUE(wizard.importAll().isEmpty());
    ASSERT_TRUE(wizard.files()[0].summary.has_value()) << wizard.files()[0].failure.toStdString();
    EXPECT_EQ(int(connectionCount()), expected);
    for (const auto &c : *contacts::ContactStore(workspace->database()).ownConnections(*workspace->session()))
        EXPECT_EQ(c.level, consent::Level::Private);

    ui::ImportWizard again(*workspace, files);
    ASSERT_TRUE(again.planAll().isEmpty());
    EXPECT_EQ(again.files()[0].plan.count(contacts::import::Outcome::New), 0);
    ASSERT_TRUE(again.importAll().isEmpty());
    EXPECT_EQ(int(connectionCount()), expected);
    EXPECT_EQ(again.files()[0].summary->skipped, int(again.files()[0].read.contacts.size()));
}

TEST_P(ImportWizardTest, AChosenEncodingRereadsTheFile)
{
    ui::ImportWizard wizard(*workspace, {corpus("csv/tine20__importtest_win1252.csv")});
    ASSERT_EQ(wizard.files().size(), 1U);
    ui::ImportFile &file = wizard.files()[0];
    EXPECT_EQ(file.read.encoding, QStringLiteral("windows-1252"));
    bool sawUmlaut = false;
    for (const auto &c : file.read.contacts)
        sawUmlaut = sawUmlaut || c.displayName.contains(QStringLiteral("Özdemir")) || c.familyName.contains(QStringLiteral("Özdemir"));
    EXPECT_TRUE(sawUmlaut);
    file.forcedEncoding = QStringLiteral("UTF-8");
    wizard.reread(file);
    EXPECT_EQ(file.read.encoding, QStringLiteral("UTF-8"));
}
