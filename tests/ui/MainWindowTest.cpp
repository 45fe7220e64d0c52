// The main window: an empty database offers the demo; a database with an organisation
// shows the Team page; a bad file gets a sentence and the window stays usable.
#include "MainWindow.h"
#include "Settings.h"
#include "SetupDialog.h"
#include "WelcomePage.h"
#include "Workspace.h"
#include "consent/Accounts.h"
#include "consent/People.h"
#include "help/HelpBrowser.h"
#include "signin/SignInPage.h"
#include "support/StoreTest.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace consentric;

namespace {

const QString kPassphrase = QStringLiteral("harbor lane opens early");

// An organisation with an owner who has an account, as the set-up dialog leaves it.
void addOwner(ui::MainWindow &window)
{
    consent::People &people = window.workspace()->people();
    ASSERT_TRUE(people.createOrganisation(QStringLiteral("Harbor Lane")).ok());
    auto id = people.add({QStringLiteral("olive@example.com"), QStringLiteral("Olive"), QStringLiteral("Ops"), consent::Role::Owner});
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(consent::Accounts(window.workspace()->database()).create(*id, kPassphrase, test::kTestKdf).ok());
}

} // namespace

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

    // With an organisation, the window asks who you are; the owner then gets the Team page.
    addOwner(window);
    ASSERT_TRUE(window.openDatabase(path, false).ok());
    EXPECT_TRUE(window.currentPageId().isEmpty());
    EXPECT_EQ(central->currentWidget(), window.findChild<ui::SignInPage *>());
    EXPECT_FALSE(window.signIn(QStringLiteral("olive@example.com"), QStringLiteral("wrong")).ok());
    ASSERT_TRUE(window.signIn(QStringLiteral("olive@example.com"), kPassphrase).ok());
    EXPECT_EQ(window.currentPageId(), QStringLiteral("team"));
    EXPECT_EQ(window.pageIds(),
        (QStringList{QStringLiteral("team"), QStringLiteral("discover"), QStringLiteral("map"), QStringLiteral("referrals"),
            QStringLiteral("templates"), QStringLiteral("concerns"), QStringLiteral("metrics"), QStringLiteral("policy-review"),
            QStringLiteral("reports"), QStringLiteral("oneonones"), QStringLiteral("audit"), QStringLiteral("settings")}));
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("Harbor Lane")));
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("Olive")));
}

TEST(MainWindowTest, SignOutWithCtrlLAndTheIdleLockClearTheSession)
{
    QTemporaryDir dir;
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(dir.filePath(QStringLiteral("lock.sqlite")), true).ok());
    addOwner(window);
    ASSERT_TRUE(window.signIn(QStringLiteral("olive@example.com"), kPassphrase).ok());
    QAction *signOut = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L))
            signOut = action;
    ASSERT_NE(signOut, nullptr) << "File → Sign out has Ctrl+L";
    signOut->trigger();
    EXPECT_EQ(window.workspace()->session(), nullptr);
    EXPECT_TRUE(window.pageIds().isEmpty());
    EXPECT_FALSE(signOut->isEnabled());

    // The idle lock: the timer runs while someone is signed in, and signs them out.
    ASSERT_TRUE(window.signIn(QStringLiteral("olive@example.com"), kPassphrase).ok());
    ASSERT_TRUE(window.idleTimer()->isActive());
    EXPECT_EQ(window.idleTimer()->interval(), ui::kDefaultIdleMinutes * 60'000);
    // A dialog left open is closed first; the lock follows a moment later.
    auto *dialog = new QDialog(&window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(true);
    dialog->show();
    ASSERT_EQ(QApplication::activeModalWidget(), dialog);
    QMetaObject::invokeMethod(window.idleTimer(), "timeout", Qt::DirectConnection);
    EXPECT_NE(window.workspace()->session(), nullptr);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    QMetaObject::invokeMethod(window.idleTimer(), "timeout", Qt::DirectConnection);
    EXPECT_EQ(window.workspace()->session(), nullptr);
    auto *page = window.findChild<ui::SignInPage *>();
    bool told = false;
    for (QLabel *label : page->findChildren<QLabel *>())
        told = told || label->text().contains(QStringLiteral("without use"));
    EXPECT_TRUE(told) << "the sign-in page says why";
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
    addOwner(window);
    ASSERT_TRUE(window.signIn(QStringLiteral("olive@example.com"), kPassphrase).ok());
    ASSERT_TRUE(window.showPage(QStringLiteral("team")));

    QAction *help = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(QKeySequence::HelpContents))
            help = action;
    ASSERT_NE(help, nullptr) << "Help → User guide has F1";
    help->trigger();
    // The guide's own browser (pages may hold text browsers of their own).
    auto *guide = window.findChild<ui::HelpBrowser *>();
    ASSERT_NE(guide, nullptr);
    auto *browser = guide->findChild<QTextBrowser *>();
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
    EXPECT_TRUE(window.messageBar()->text().contains(QStringLiteral("Loaded the demo company"))) << window.messageBar()->text().toStdString();
    // Then the window asks who you are, and says the demo passphrase.
    auto *signIn = window.findChild<ui::SignInPage *>();
    bool told = false;
    for (QLabel *label : signIn->findChildren<QLabel *>())
        told = told || label->text().contains(QStringLiteral("“demo”"));
    EXPECT_TRUE(told);
    auto *who = signIn->findChild<QComboBox *>(QStringLiteral("signInWho"));
    ASSERT_NE(who, nullptr);
    EXPECT_GE(who->count(), 10);
    EXPECT_GE(who->findData(QStringLiteral("sam.rivera@demo.example")), 0);

    // An employee gets their own pages.
    who->setCurrentIndex(who->findData(QStringLiteral("sam.rivera@demo.example")));
    signIn->findChild<QLineEdit *>(QStringLiteral("signInPassphrase"))->setText(QStringLiteral("demo"));
    QTest::mouseClick(signIn->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    ASSERT_NE(window.workspace()->session(), nullptr) << signIn->findChild<QLabel *>(QStringLiteral("signInProblem"))->text().toStdString();
    EXPECT_EQ(window.pageIds(),
        (QStringList{QStringLiteral("connections"), QStringLiteral("business"), QStringLiteral("inbox"), QStringLiteral("map"),
            QStringLiteral("policy"), QStringLiteral("pulse"), QStringLiteral("oneonones"), QStringLiteral("recognition"),
            QStringLiteral("report-concern"), QStringLiteral("my-audit"), QStringLiteral("settings")}));
    EXPECT_FALSE(window.showPage(QStringLiteral("team"))) << "an employee has no Team page";
    window.signOut();
    ASSERT_TRUE(window.signIn(QStringLiteral("owner@demo.example"), QStringLiteral("demo")).ok());
    EXPECT_TRUE(window.showPage(QStringLiteral("team")));
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
    // The dialog signed the owner in, and made their recovery key.
    ASSERT_NE(workspace.session(), nullptr);
    EXPECT_EQ(dialog.recoveryCode().size(), 29);
    auto recovered = consent::Accounts(workspace.database())
                         .recover(QStringLiteral("olive@example.com"), dialog.recoveryCode(), QStringLiteral("a brand new passphrase"));
    EXPECT_TRUE(recovered.ok()) << recovered.message().toStdString();
}
