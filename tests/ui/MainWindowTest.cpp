// The main window: an empty database offers the demo; a database with an organisation
// shows the Team page; a bad file gets a sentence and the window stays usable.
#include "MainWindow.h"
#include "SetupDialog.h"
#include "WelcomePage.h"
#include "Workspace.h"
#include "consent/Accounts.h"
#include "consent/People.h"
#include "support/StoreTest.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace consentric;

TEST(MainWindowTest, EmptyDatabaseOffersTheDemoThenTheTeamPage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(path, true).ok());
    auto *central = window.findChild<QStackedWidget *>();
    ASSERT_NE(central, nullptr);
    EXPECT_NE(window.findChild<ui::WelcomePage *>(), nullptr);
    EXPECT_TRUE(window.currentPageId().isEmpty());

    // Setting up the organisation (as the dialog does) leads to the Team page.
    consent::People &people = window.workspace()->people();
    ASSERT_TRUE(people.createOrganisation(QStringLiteral("Harbor Lane")).ok());
    ASSERT_TRUE(people.add({QStringLiteral("olive@example.com"), QStringLiteral("Olive"), QStringLiteral("Ops"), consent::Role::Owner}).ok());
    ASSERT_TRUE(window.openDatabase(path, false).ok());
    EXPECT_EQ(window.currentPageId(), QStringLiteral("team"));
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("Harbor Lane")));
}

TEST(MainWindowTest, ABadFileKeepsTheCurrentDatabase)
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.sqlite"));
    const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a database at all");
    file.close();
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(good, true).ok());
    auto refused = window.openDatabase(bad, true);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("not a Consentric database")));
    EXPECT_EQ(window.workspace()->database().location().path, good);
}

TEST(MainWindowTest, F1OpensTheGuideAtTheCurrentPage)
{
    QTemporaryDir dir;
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(dir.filePath(QStringLiteral("team.sqlite")), true).ok());
    consent::People &people = window.workspace()->people();
    ASSERT_TRUE(people.createOrganisation(QStringLiteral("Harbor Lane")).ok());
    ASSERT_TRUE(people.add({QStringLiteral("olive@example.com"), QStringLiteral("Olive"), QStringLiteral("Ops"), consent::Role::Owner}).ok());
    ASSERT_TRUE(window.openDatabase(dir.filePath(QStringLiteral("team.sqlite")), false).ok());
    ASSERT_TRUE(window.showPage(QStringLiteral("team")));

    QAction *help = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(QKeySequence::HelpContents))
            help = action;
    ASSERT_NE(help, nullptr) << "Help → User guide has F1";
    help->trigger();
    auto *browser = window.findChild<QTextBrowser *>();
    ASSERT_NE(browser, nullptr);
    EXPECT_EQ(browser->source().fragment(), QStringLiteral("team"));
    EXPECT_TRUE(browser->toPlainText().contains(QStringLiteral("Mark as left")));
}

TEST(MainWindowTest, LoadTheDemoCompanyFromTheWelcomePage)
{
    QTemporaryDir dir;
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(dir.filePath(QStringLiteral("fresh.sqlite")), true).ok());
    auto *welcome = window.findChild<ui::WelcomePage *>();
    ASSERT_NE(welcome, nullptr);
    QPushButton *demo = nullptr;
    for (QPushButton *button : welcome->findChildren<QPushButton *>())
        if (button->text().contains(QStringLiteral("demo")))
            demo = button;
    ASSERT_NE(demo, nullptr);
    // The demo is made on a worker thread; the click returns once it is loaded.
    QTest::mouseClick(demo, Qt::LeftButton);
    EXPECT_EQ(window.currentPageId(), QStringLiteral("team"));
    EXPECT_TRUE(window.messageBar()->text().contains(QStringLiteral("Loaded the demo company"))) << window.messageBar()->text().toStdString();
    auto sam = window.workspace()->people().byEmail(QStringLiteral("sam.rivera@demo.example"));
    ASSERT_TRUE(sam.ok());
    EXPECT_TRUE(sam->has_value());
}

TEST(SetupDialogTest, CreatesTheOrganisationAndTheOwnersAccountOrNothing)
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 10, 5), QTime(9, 0), Qt::UTC));
    auto db = storage::Database::open(storage::Location::sqliteFile(dir.filePath(QStringLiteral("setup.sqlite"))), clock);
    ASSERT_TRUE(db.ok());
    ui::Workspace workspace(std::move(*db));
    ui::SetupDialog dialog(workspace);
    auto field = [&](const char *name) { return dialog.findChild<QLineEdit *>(QString::fromLatin1(name)); };
    field("organisation")->setText(QStringLiteral("Harbor Lane"));
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("departments"))->setPlainText(QStringLiteral("Sales\nEngineering\n"));
    field("ownerName")->setText(QStringLiteral("Olive Owner"));
    field("ownerEmail")->setText(QStringLiteral("olive@example.com"));
    field("ownerDepartment")->setText(QStringLiteral("Operations"));
    field("passphrase")->setText(QStringLiteral("short"));
    field("repeat")->setText(QStringLiteral("short"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(workspace.hasOrganisation()); // refused before anything was written

    field("passphrase")->setText(QStringLiteral("harbor lane opens early"));
    field("repeat")->setText(QStringLiteral("harbor lane opens earlier"));
    dialog.accept();
    EXPECT_FALSE(workspace.hasOrganisation());

    field("repeat")->setText(QStringLiteral("harbor lane opens early"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(workspace.hasOrganisation());
    EXPECT_EQ(*workspace.people().departments(), (QStringList{QStringLiteral("Engineering"), QStringLiteral("Operations"), QStringLiteral("Sales")}));
    auto session = consent::Accounts(workspace.database()).signIn(QStringLiteral("olive@example.com"), QStringLiteral("harbor lane opens early"));
    ASSERT_TRUE(session.ok()) << session.message().toStdString();
    EXPECT_TRUE(session->runsTheProgram());
}
