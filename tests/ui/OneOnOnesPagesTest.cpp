// The one-to-one pages, offscreen, on both engines: the owner previews a round on a small
// team, starts it, opens an e-mail draft and saves the invitations, finds the round under
// Rounds and the silo map filled once the meetings' times have come, and reads the core's
// sentence for a date in the past; an employee joins from the page, changes the settings,
// snoozes, keeps a do-not-pair list; three skipped one-to-ones pause them, the banner asks,
// and Stay clears it. The window takes a paused employee to the page at sign-in.
#include "MainWindow.h"
#include "Settings.h"
#include "WorkspaceTest.h"
#include "oneonones/Members.h"
#include "oneonones/MyMeetingsPanel.h"
#include "oneonones/MyOneOnOnesPage.h"
#include "oneonones/Rounds.h"
#include "oneonones/RoundsPage.h"
#include "oneonones/SiloMapPanel.h"
#include "widgets/Confirm.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

#include <functional>

using namespace consentric;
using namespace consentric::test;

namespace {

QStringList icsFiles(const QString &directory)
{
    return QDir(directory).entryList({QStringLiteral("*.ics")}, QDir::Files, QDir::Name);
}

const QDate kMonday(2026, 10, 5);

} // namespace

class OneOnOnesPagesTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        test().clock().set(QDateTime(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC));
        ASSERT_TRUE(people().createOrganisation(QStringLiteral("Harbor Lane"), QStringLiteral("Europe/Berlin")).ok());
        owner = person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
        ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"));
        bo = person(QStringLiteral("Bo Lund"), QStringLiteral("Sales"));
        cy = person(QStringLiteral("Cy Berg"), QStringLiteral("Engineering"));
        dee = person(QStringLiteral("Dee Park"), QStringLiteral("Engineering"));
        // Monday 5 October, 06:00 UTC: 08:00 in Berlin, before everyone's working day.
        test().clock().set(QDateTime(kMonday, QTime(6, 0), Qt::UTC));
    }

    void joinOneOnOnes(qint64 id, oneonones::Cadence cadence = oneonones::Cadence::Weekly)
    {
        auto joined = oneonones::Members(db()).join(session(id), cadence);
        ASSERT_TRUE(joined.ok()) << joined.message().toStdString();
    }

    qint64 owner = 0, ana = 0, bo = 0, cy = 0, dee = 0;
};
CONSENTRIC_BOTH_ENGINES(OneOnOnesPagesTest);

TEST_P(OneOnOnesPagesTest, TheOwnerPreviewsStartsAndSavesARound)
{
    for (qint64 id : {ana, bo, cy, dee})
        joinOneOnOnes(id);
    openWorkspace();
    signInAs(QStringLiteral("olive.owner@test.example"));
    ui::settings()->remove(QStringLiteral("oneonones/tab")); // the page opens on the tab it showed last
    ui::settings()->remove(QStringLiteral("oneonones/siloQuarter"));
    ui::RoundsPage page(*workspace);
    EXPECT_EQ(page.tabs()->currentIndex(), 0);
    QList<QUrl> opened;
    page.setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    QSignalSpy problems(&page, &ui::Page::problem);
    // Shown, so that the tabs have laid out their buttons (a click lands inside them).
    page.resize(1100, 720);
    page.show();
    EXPECT_EQ(page.dateEdit()->date(), kMonday) << "today by default";
    EXPECT_TRUE(page.findChild<QLabel *>(QStringLiteral("oneononesIntro"))->text().contains(QStringLiteral("never anyone's notes")));

    QTest::mouseClick(page.previewButton(), Qt::LeftButton);
    EXPECT_FALSE(page.planMessage()->isVisibleTo(&page)) << page.planMessage()->text().toStdString();
    QTableWidget *plan = page.planTable();
    ASSERT_EQ(plan->rowCount(), 2) << page.planSummary()->text().toStdString() << page.planMessage()->text().toStdString();
    for (int row = 0; row < 2; ++row) {
        EXPECT_EQ(plan->item(row, 2)->text(), QStringLiteral("yes")) << "Sales meets Engineering first";
        EXPECT_TRUE(plan->item(row, 1)->text().contains(QStringLiteral("(Sales)"))) << plan->item(row, 1)->text().toStdString();
        EXPECT_TRUE(plan->item(row, 1)->text().contains(QStringLiteral("(Engineering)")));
        EXPECT_TRUE(plan->item(row, 0)->text().contains(QStringLiteral("2026"))) << plan->item(row, 0)->text().toStdString();
        EXPECT_FALSE(plan->item(row, 3)->text().isEmpty()) << "a conversation prompt";
    }
    EXPECT_TRUE(plan->isColumnHidden(4)) << "no e-mail drafts for a plan";
    EXPECT_TRUE(page.planSummary()->text().contains(QStringLiteral("4 members due, who would meet in 2 one-to-ones")))
        << page.planSummary()->text().toStdString();
    EXPECT_FALSE(page.saveButton()->isEnabled());
    EXPECT_FALSE(page.saveInvitationsTo(QDir::tempPath()).isEmpty()) << "a plan has no invitations";
    EXPECT_EQ(page.roundList()->count(), 0) << "a preview writes nothing";

    // Start (Ctrl+Return or the button), then an e-mail draft for the first meeting.
    QSignalSpy information(&page, &ui::Page::information);
    QTest::mouseClick(page.startButton(), Qt::LeftButton);
    ASSERT_FALSE(page.planMessage()->isVisibleTo(&page)) << page.planMessage()->text().toStdString();
    ASSERT_EQ(plan->rowCount(), 2);
    EXPECT_FALSE(plan->isColumnHidden(4));
    EXPECT_TRUE(page.saveButton()->isEnabled());
    ASSERT_EQ(information.count(), 1);
    EXPECT_TRUE(information.at(0).at(0).toString().contains(QStringLiteral("2 one-to-ones"))) << information.at(0).at(0).toString().toStdString();
    auto *draft = qobject_cast<QPushButton *>(plan->cellWidget(0, 4));
    ASSERT_NE(draft, nullptr);
    QTest::mouseClick(draft, Qt::LeftButton);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened[0].scheme(), QStringLiteral("mailto"));
    EXPECT_TRUE(opened[0].toString().contains(QStringLiteral("@test.example"))) << opened[0].toString().toStdString();

    QTemporaryDir folder;
    EXPECT_EQ(page.saveInvitationsTo(folder.path()), QString());
    const QStringList files = icsFiles(folder.path());
    ASSERT_EQ(files.size(), 2) << files.join(QStringLiteral(", ")).toStdString();
    QFile first(QDir(folder.path()).filePath(files[0]));
    ASSERT_TRUE(first.open(QIODevice::ReadOnly));
    const QByteArray ics = first.readAll();
    EXPECT_TRUE(ics.startsWith("BEGIN:VCALENDAR")) << ics.constData();
    EXPECT_TRUE(information.last().at(0).toString().contains(QStringLiteral("Wrote 2 invitations")))
        << information.last().at(0).toString().toStdString();

    // Rounds: the round, newest first; its invitations can be saved again.
    ASSERT_EQ(page.roundList()->count(), 1);
    EXPECT_EQ(page.roundTable()->rowCount(), 2);
    QTemporaryDir again;
    EXPECT_EQ(page.saveSelectedRoundTo(again.path()), QString());
    EXPECT_EQ(icsFiles(again.path()), files) << "the same meetings, the same file names";

    // The silo map counts meetings whose time has come: none yet, both once the day is over.
    ui::SiloMapPanel *silo = page.siloMap();
    ASSERT_EQ(page.siloQuarterBox()->count(), 1);
    EXPECT_EQ(page.siloQuarterBox()->currentText(), QStringLiteral("2026-Q4 (this quarter)"));
    EXPECT_EQ(silo->pairsLabel()->text(), QStringLiteral("0 of 3 pairs of departments have met this quarter."));
    test().clock().set(QDateTime(kMonday.addDays(1), QTime(18, 0), Qt::UTC));
    page.refresh();
    QTableWidget *grid = silo->grid();
    ASSERT_EQ(grid->rowCount(), 3);
    int engineering = -1, sales = -1;
    for (int i = 0; i < 3; ++i) {
        if (grid->verticalHeaderItem(i)->text() == QLatin1String("Engineering"))
            engineering = i;
        if (grid->verticalHeaderItem(i)->text() == QLatin1String("Sales"))
            sales = i;
    }
    ASSERT_GE(engineering, 0);
    ASSERT_GE(sales, 0);
    EXPECT_EQ(grid->item(engineering, sales)->text(), QStringLiteral("2"));
    EXPECT_EQ(grid->item(sales, engineering)->text(), QStringLiteral("2"));
    EXPECT_EQ(grid->item(sales, sales)->text(), QStringLiteral("0"));
    EXPECT_EQ(silo->pairsLabel()->text(), QStringLiteral("1 of 3 pairs of departments have met this quarter."));
    const QString figures = silo->figuresLabel()->text();
    EXPECT_TRUE(figures.contains(QStringLiteral("4 (100% of the 4 employees)"))) << figures.toStdString();
    EXPECT_TRUE(figures.contains(QStringLiteral("hidden: fewer than 3 people marked their meetings"))) << figures.toStdString();

    // A date in the past: the core's sentence, inline, and nothing to start.
    page.dateEdit()->setDate(kMonday);
    EXPECT_FALSE(page.preview());
    EXPECT_TRUE(page.planMessage()->isVisibleTo(&page));
    EXPECT_TRUE(page.planMessage()->text().contains(QStringLiteral("is in the past"))) << page.planMessage()->text().toStdString();
    EXPECT_EQ(plan->rowCount(), 0);
    EXPECT_FALSE(page.start().isEmpty());
    EXPECT_EQ(page.roundList()->count(), 1) << "nothing was written";
    // Tomorrow nobody is due again yet (weekly, and they met today): fewer than two.
    page.dateEdit()->setDate(kMonday.addDays(2));
    EXPECT_FALSE(page.preview());
    EXPECT_TRUE(page.planMessage()->text().contains(QStringLiteral("a meeting needs two"))) << page.planMessage()->text().toStdString();
    EXPECT_EQ(problems.count(), 0);
}

TEST_P(OneOnOnesPagesTest, AnEmployeeJoinsChangesTheSettingsAndKeepsADoNotPairList)
{
    openWorkspace();
    signInAs(QStringLiteral("ana.lima@test.example"));
    ui::MyOneOnOnesPage page(*workspace);
    QSignalSpy problems(&page, &ui::Page::problem);
    EXPECT_EQ(page.findChild<QLabel *>(QStringLiteral("oneononesPrivacy"))->text(),
        QStringLiteral("The owner sees who is paired with whom and when. Your notes, your held/skipped marks and your do-not-pair list are "
                       "never shown to anyone."));
    EXPECT_TRUE(page.joinButton()->isVisibleTo(&page));
    EXPECT_FALSE(page.saveButton()->isVisibleTo(&page));
    EXPECT_FALSE(page.doNotPairList()->isVisibleTo(&page)) << "a list for members only";
    EXPECT_EQ(page.cadenceBox()->currentText(), QStringLiteral("Every two weeks"));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        EXPECT_EQ(page.dayBox(day)->isChecked(), day <= Qt::Friday) << day;
    EXPECT_EQ(page.startEdit()->time(), QTime(9, 0));
    EXPECT_EQ(page.endEdit()->time(), QTime(17, 0));

    // No working day: the core refuses, and nothing is joined.
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        page.dayBox(day)->setChecked(false);
    QTest::mouseClick(page.joinButton(), Qt::LeftButton);
    ASSERT_EQ(problems.count(), 1);
    EXPECT_TRUE(problems.at(0).at(0).toString().contains(QStringLiteral("at least one working day")));
    EXPECT_FALSE(page.membership().member);

    page.cadenceBox()->setCurrentIndex(page.cadenceBox()->findData(QStringLiteral("weekly")));
    for (int day = Qt::Monday; day <= Qt::Thursday; ++day)
        page.dayBox(day)->setChecked(true);
    QTest::mouseClick(page.joinButton(), Qt::LeftButton);
    EXPECT_EQ(problems.count(), 1);
    auto stored = oneonones::Members(workspace->database()).of(*workspace->session());
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->member);
    EXPECT_EQ(stored->cadence, oneonones::Cadence::Weekly);
    EXPECT_EQ(stored->hours.days, (QList<int>{1, 2, 3, 4}));
    EXPECT_TRUE(page.saveButton()->isVisibleTo(&page));
    EXPECT_FALSE(page.joinButton()->isVisibleTo(&page));
    EXPECT_TRUE(page.statusLabel()->text().contains(QStringLiteral("You have been in the one-to-ones"))) << page.statusLabel()->text().toStdString();

    // Ctrl+S saves the settings.
    page.endEdit()->setTime(QTime(16, 0));
    page.dayBox(Qt::Friday)->setChecked(true);
    QShortcut *save = nullptr;
    for (QShortcut *shortcut : page.findChildren<QShortcut *>())
        if (shortcut->key() == QKeySequence(QKeySequence::Save))
            save = shortcut;
    ASSERT_NE(save, nullptr);
    QMetaObject::invokeMethod(save, "activated");
    stored = oneonones::Members(workspace->database()).of(*workspace->session());
    EXPECT_EQ(stored->hours.end, QTime(16, 0));
    EXPECT_EQ(stored->hours.days, (QList<int>{1, 2, 3, 4, 5}));
    EXPECT_EQ(problems.count(), 1);

    // Snooze, and end it.
    page.snoozeDate()->setDate(kMonday.addDays(21));
    QTest::mouseClick(page.snoozeButton(), Qt::LeftButton);
    EXPECT_EQ(page.membership().snoozedUntil, kMonday.addDays(21));
    EXPECT_TRUE(page.endSnoozeButton()->isVisibleTo(&page));
    QTest::mouseClick(page.endSnoozeButton(), Qt::LeftButton);
    EXPECT_FALSE(page.membership().snoozedUntil.isValid());

    // The do-not-pair list: colleagues other than oneself and the owner.
    QStringList offered;
    for (const consent::Person &colleague : page.colleagues())
        offered << colleague.name;
    EXPECT_EQ(offered, (QStringList{QStringLiteral("Bo Lund"), QStringLiteral("Cy Berg"), QStringLiteral("Dee Park")}));
    whenOpen<QDialog>(&page, QStringLiteral("doNotPairDialog"), [](QDialog *dialog) {
        auto *choice = dialog->findChild<QComboBox *>(QStringLiteral("colleagueChoice"));
        ASSERT_NE(choice, nullptr);
        EXPECT_EQ(choice->count(), 3);
        choice->setCurrentIndex(choice->findText(QStringLiteral("Cy Berg (Engineering)")));
        dialog->accept();
    });
    QTest::mouseClick(page.addButton(), Qt::LeftButton);
    ASSERT_EQ(page.doNotPairList()->count(), 1);
    EXPECT_EQ(page.doNotPairList()->item(0)->text(), QStringLiteral("Cy Berg (Engineering)"));
    auto list = oneonones::Members(workspace->database()).doNotPair(*workspace->session());
    ASSERT_TRUE(list.ok());
    EXPECT_EQ(*list, std::vector<qint64>{cy});
    EXPECT_EQ(page.colleagues().size(), 2u) << "Cy is on the list already";

    page.doNotPairList()->setCurrentRow(0);
    ASSERT_TRUE(page.removeButton()->isEnabled());
    QTest::mouseClick(page.removeButton(), Qt::LeftButton);
    list = oneonones::Members(workspace->database()).doNotPair(*workspace->session());
    EXPECT_TRUE(list->empty());
    EXPECT_EQ(page.doNotPairList()->item(0)->text(), QStringLiteral("Nobody on your list."));

    // Leaving asks once; no is no.
    ui::Confirm::setNextAnswer(false);
    QTest::mouseClick(page.leaveButton(), Qt::LeftButton);
    EXPECT_TRUE(page.membership().member);
    ui::Confirm::setNextAnswer(true);
    QTest::mouseClick(page.leaveButton(), Qt::LeftButton);
    EXPECT_FALSE(page.membership().member);
    EXPECT_TRUE(page.joinButton()->isVisibleTo(&page));
    EXPECT_EQ(problems.count(), 1) << problems.last().at(0).toString().toStdString();
}

TEST_P(OneOnOnesPagesTest, ThreeSkipsPauseAndStayClearsTheBanner)
{
    for (qint64 id : {ana, bo, cy, dee})
        joinOneOnOnes(id);
    openWorkspace();
    signInAs(QStringLiteral("ana.lima@test.example"));
    ui::MyOneOnOnesPage page(*workspace);
    QSignalSpy problems(&page, &ui::Page::problem);
    EXPECT_FALSE(page.banner()->isVisibleTo(&page));
    for (int week = 0; week < 3; ++week) {
        const QDate day = kMonday.addDays(7 * week);
        test().clock().set(QDateTime(day, QTime(6, 0), Qt::UTC));
        auto round = oneonones::Rounds(db()).start(session(owner), day);
        ASSERT_TRUE(round.ok()) << round.message().toStdString();
        // Ana's meeting is coming up: no marks yet.
        page.refresh();
        auto mine = oneonones::Rounds(workspace->database()).mine(*workspace->session());
        ASSERT_TRUE(mine.ok());
        ASSERT_EQ(mine->size(), size_t(week + 1));
        const qint64 meeting = mine->front().meeting.id;
        QWidget *card = page.meetings()->card(meeting);
        ASSERT_NE(card, nullptr);
        EXPECT_EQ(card->findChild<QPushButton *>(QStringLiteral("skippedButton")), nullptr) << "not before its time";
        EXPECT_NE(card->findChild<QPushButton *>(QStringLiteral("calendarButton")), nullptr);

        // Saved to a calendar file.
        QTemporaryDir folder;
        const QString file = QDir(folder.path()).filePath(QStringLiteral("meeting.ics"));
        EXPECT_EQ(page.meetings()->saveToCalendar(meeting, file), QString());
        EXPECT_TRUE(QFile::exists(file));

        // The next day it can be marked, with private notes.
        test().clock().set(QDateTime(day.addDays(1), QTime(18, 0), Qt::UTC));
        page.refresh();
        card = page.meetings()->card(meeting);
        ASSERT_NE(card, nullptr);
        auto *notes = card->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"));
        auto *skipped = card->findChild<QPushButton *>(QStringLiteral("skippedButton"));
        ASSERT_NE(notes, nullptr);
        ASSERT_NE(skipped, nullptr);
        notes->setPlainText(QStringLiteral("Week %1: we could not find the time.").arg(week + 1));
        QTest::mouseClick(skipped, Qt::LeftButton);
        QApplication::processEvents(); // the page reads everything again after the click
        EXPECT_EQ(problems.count(), 0) << problems.last().at(0).toString().toStdString();
        EXPECT_EQ(page.banner()->isVisibleTo(&page), week == 2) << week;
    }
    auto mine = oneonones::Rounds(workspace->database()).mine(*workspace->session());
    ASSERT_TRUE(mine.ok());
    EXPECT_EQ(mine->front().mark, oneonones::Mark::Skipped);
    EXPECT_EQ(mine->front().notes, QStringLiteral("Week 3: we could not find the time."));
    auto *text = page.banner()->findChild<QLabel *>(QStringLiteral("pausedBannerText"));
    EXPECT_EQ(text->text(), QStringLiteral("You have skipped your last three one-to-ones, so we paused yours. Would you like to stay?"));
    EXPECT_TRUE(page.membership().paused);
    QWidget *card = page.meetings()->card(mine->front().meeting.id);
    EXPECT_EQ(card->findChild<QLabel *>(QStringLiteral("markState"))->text(), QStringLiteral("You marked it skipped."));

    QTest::mouseClick(page.stayButton(), Qt::LeftButton);
    EXPECT_FALSE(page.banner()->isVisibleTo(&page));
    EXPECT_FALSE(page.membership().paused);
    EXPECT_TRUE(page.membership().member);
    EXPECT_EQ(problems.count(), 0);
}

// The window, with the real clock: a database whose three rounds lie in the past, and Ana
// paused after skipping them, opens her One-to-ones page at sign-in with a kind word.
TEST(OneOnOnesWindowTest, APausedEmployeeIsTakenToThePageAtSignIn)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paused.sqlite"));
    const QDate start = QDate::currentDate().addDays(-40);
    FixedClock clock(QDateTime(start, QTime(6, 0), Qt::UTC));
    {
        auto db = storage::Database::open(storage::Location::sqliteFile(path), clock);
        ASSERT_TRUE(db.ok()) << db.message().toStdString();
        consent::People people(**db);
        ASSERT_TRUE(people.createOrganisation(QStringLiteral("Harbor Lane")).ok());
        std::map<QString, consent::Session> sessions;
        for (const auto &[name, department, role] : {std::tuple{QStringLiteral("Olive"), QStringLiteral("Operations"), consent::Role::Owner},
                 std::tuple{QStringLiteral("Ana"), QStringLiteral("Sales"), consent::Role::Employee},
                 std::tuple{QStringLiteral("Bo"), QStringLiteral("Sales"), consent::Role::Employee},
                 std::tuple{QStringLiteral("Cy"), QStringLiteral("Engineering"), consent::Role::Employee},
                 std::tuple{QStringLiteral("Dee"), QStringLiteral("Engineering"), consent::Role::Employee}}) {
            auto id = people.add({name.toLower() + QStringLiteral("@example.com"), name, department, role});
            ASSERT_TRUE(id.ok());
            auto made = consent::Accounts(**db).create(*id, kTestPassphrase, kTestKdf, consent::PassphraseRule::Demo);
            ASSERT_TRUE(made.ok()) << made.message().toStdString();
            if (role != consent::Role::Owner) {
                ASSERT_TRUE(oneonones::Members(**db).join(*made, oneonones::Cadence::Weekly).ok());
            }
            sessions.emplace(name, std::move(*made));
        }
        for (int week = 0; week < 3; ++week) {
            const QDate day = start.addDays(7 * week);
            clock.set(QDateTime(day, QTime(6, 0), Qt::UTC));
            auto round = oneonones::Rounds(**db).start(sessions.at(QStringLiteral("Olive")), day);
            ASSERT_TRUE(round.ok()) << round.message().toStdString();
            clock.set(QDateTime(day.addDays(6), QTime(18, 0), Qt::UTC));
            auto mine = oneonones::Rounds(**db).mine(sessions.at(QStringLiteral("Ana")));
            ASSERT_TRUE(mine.ok());
            ASSERT_TRUE(
                oneonones::Rounds(**db).mark(sessions.at(QStringLiteral("Ana")), mine->front().meeting.id, oneonones::Mark::Skipped, {}).ok());
        }
    }
    ui::settings()->remove(QStringLiteral("window/page"));
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(path, false).ok());
    ASSERT_TRUE(window.signIn(QStringLiteral("ana@example.com"), kTestPassphrase).ok());
    EXPECT_EQ(window.currentPageId(), QStringLiteral("oneonones"));
    EXPECT_TRUE(window.messageBar()->text().contains(QStringLiteral("paused"))) << window.messageBar()->text().toStdString();
    auto *page = window.findChild<ui::MyOneOnOnesPage *>();
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->banner()->isVisibleTo(page));

    // Bo, not paused, opens where the window would anyway.
    window.signOut();
    ASSERT_TRUE(window.signIn(QStringLiteral("bo@example.com"), kTestPassphrase).ok());
    EXPECT_FALSE(window.messageBar()->isVisible() && window.messageBar()->text().contains(QStringLiteral("paused")));
    // Signing out remembers the page; the other window tests expect to start afresh.
    window.signOut();
    ui::settings()->remove(QStringLiteral("window/page"));
}
