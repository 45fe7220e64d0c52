// The policy pages and the pulse, offscreen, on both engines: the owner edits the draft and
// the checklist follows, publishes a version (asked what changed, and whether to go ahead
// with a section empty), a participant sees the banner and acknowledges it; the owner
// records a review through the dialog and the schedule follows; an employee answers the
// pulse once.
#include "WorkspaceTest.h"
#include "policy/PolicyPage.h"
#include "policy/PolicyReviewPage.h"
#include "policy/ReviewDialog.h"
#include "pulse/PulsePage.h"
#include "widgets/Confirm.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace consentric;
using namespace consentric::test;

namespace {

int rowOf(const ui::PolicyReviewPage &page, const QString &key)
{
    for (int row = 0; row < int(page.sections().size()); ++row)
        if (page.sections()[size_t(row)].key == key)
            return row;
    return -1;
}

QString checklistState(const ui::PolicyReviewPage &page, const QString &key)
{
    QTableWidget *table = page.checklistTable();
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->data(Qt::UserRole).toString() == key)
            return table->item(row, 1)->text();
    return QStringLiteral("(not listed)");
}

} // namespace

class PolicyPagesTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        // The organisation started in May, so the third quarter's review is owed in October.
        test().clock().set(QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC));
        ASSERT_TRUE(people().createOrganisation(QStringLiteral("Harbor Lane")).ok());
        test().clock().set(QDateTime(QDate(2026, 10, 5), QTime(9, 30), Qt::UTC));
        owner = person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
        ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
        bo = person(QStringLiteral("Bo Lund"), QStringLiteral("Sales"), true);
        cy = person(QStringLiteral("Cy Berg"), QStringLiteral("Engineering"), true);
        dee = person(QStringLiteral("Dee Park"), QStringLiteral("Engineering"), false);
        openWorkspace();
    }

    // Presses Publish…, says what changed, and answers the question about unwritten sections.
    void publishThroughTheButton(ui::PolicyReviewPage &page, const QString &changes)
    {
        whenOpen<QDialog>(&page, QStringLiteral("publishDialog"), [changes](QDialog *dialog) {
            auto *line = dialog->findChild<QLineEdit *>(QStringLiteral("publishChanges"));
            ASSERT_NE(line, nullptr);
            line->setText(changes);
            dialog->accept();
        });
        QTest::mouseClick(page.publishButton(), Qt::LeftButton);
    }

    qint64 owner = 0, ana = 0, bo = 0, cy = 0, dee = 0;
};
CONSENTRIC_BOTH_ENGINES(PolicyPagesTest);

TEST_P(PolicyPagesTest, TheChecklistFollowsTheEditorAndTheDraftIsSaved)
{
    signInAs(QStringLiteral("olive.owner@test.example"));
    ui::PolicyReviewPage page(*workspace);
    QSignalSpy problems(&page, &ui::Page::problem);
    EXPECT_TRUE(page.versionLabel()->text().contains(QStringLiteral("No version published yet"))) << page.versionLabel()->text().toStdString();
    EXPECT_TRUE(page.versionLabel()->text().contains(QStringLiteral("2026.1")));
    EXPECT_EQ(page.countsLabel()->text(), QStringLiteral("All 3 participants have acknowledged it."));
    ASSERT_EQ(page.checklistTable()->rowCount(), 7);
    for (int row = 0; row < 7; ++row)
        EXPECT_EQ(page.checklistTable()->item(row, 1)->text(), QStringLiteral("written"));
    EXPECT_FALSE(page.saveButton()->isEnabled()) << "nothing to save yet";

    const int templates = rowOf(page, QStringLiteral("templates"));
    ASSERT_GE(templates, 0);
    page.sectionList()->setCurrentRow(templates);
    const QString original = page.bodyEdit()->toPlainText();
    EXPECT_FALSE(original.isEmpty());
    EXPECT_FALSE(page.resetButton()->isEnabled()) << "already the default";
    page.bodyEdit()->setPlainText(QStringLiteral("   "));
    EXPECT_EQ(checklistState(page, QStringLiteral("templates")), QStringLiteral("empty"));
    EXPECT_EQ(checklistState(page, QStringLiteral("voluntary")), QStringLiteral("written"));
    EXPECT_TRUE(page.isDirty());
    EXPECT_TRUE(page.saveButton()->isEnabled());

    QTest::mouseClick(page.resetButton(), Qt::LeftButton);
    EXPECT_EQ(page.bodyEdit()->toPlainText(), original);
    EXPECT_EQ(checklistState(page, QStringLiteral("templates")), QStringLiteral("written"));
    EXPECT_FALSE(page.saveButton()->isEnabled()) << "back to what was saved";

    page.bodyEdit()->clear();
    page.titleEdit()->setText(QStringLiteral("Templates we use"));
    EXPECT_EQ(page.sectionList()->item(templates)->text(), QStringLiteral("Templates we use"));
    QTest::mouseClick(page.saveButton(), Qt::LeftButton);
    EXPECT_EQ(problems.count(), 0) << (problems.isEmpty() ? std::string() : problems.first().first().toString().toStdString());
    EXPECT_FALSE(page.saveButton()->isEnabled());

    ui::PolicyReviewPage again(*workspace);
    EXPECT_EQ(checklistState(again, QStringLiteral("templates")), QStringLiteral("empty")) << "the draft was saved";
    EXPECT_EQ(again.sections()[size_t(templates)].title, QStringLiteral("Templates we use"));
    EXPECT_TRUE(again.versionLabel()->text().contains(QStringLiteral("No version published yet"))) << "saving publishes nothing";

    // A title cannot be empty: core says so and nothing is saved.
    page.titleEdit()->clear();
    EXPECT_FALSE(page.saveDraft().isEmpty());
    EXPECT_TRUE(page.isDirty());
}

TEST_P(PolicyPagesTest, APublishedVersionIsAcknowledgedByParticipantsThroughTheBanner)
{
    signInAs(QStringLiteral("olive.owner@test.example"));
    ui::PolicyReviewPage page(*workspace);
    QSignalSpy problems(&page, &ui::Page::problem);
    QSignalSpy information(&page, &ui::Page::information);
    const int concerns = rowOf(page, QStringLiteral("concerns"));
    ASSERT_GE(concerns, 0);
    page.sectionList()->setCurrentRow(concerns);
    page.bodyEdit()->clear();

    ui::Confirm::setNextAnswer(false);
    publishThroughTheButton(page, QStringLiteral("Concerns now go to Tess"));
    EXPECT_TRUE(page.versionLabel()->text().contains(QStringLiteral("No version published yet"))) << "declined: nothing published";
    EXPECT_TRUE(information.isEmpty());

    page.bodyEdit()->setPlainText(QStringLiteral("Write to Tess Trust, or to the owner, by name or anonymously."));
    publishThroughTheButton(page, QStringLiteral("Concerns now go to Tess."));
    EXPECT_EQ(problems.count(), 0) << (problems.isEmpty() ? std::string() : problems.first().first().toString().toStdString());
    ASSERT_EQ(information.count(), 1);
    EXPECT_EQ(information.first().first().toString(),
        QStringLiteral("Version 2026.2 published: participants will be asked to acknowledge it at their next sign-in."));
    EXPECT_TRUE(page.versionLabel()->text().contains(QStringLiteral("Version 2026.2, published 5 October 2026")))
        << page.versionLabel()->text().toStdString();
    EXPECT_TRUE(page.countsLabel()->text().startsWith(QStringLiteral("Participants: 3."))) << page.countsLabel()->text().toStdString();

    signInAs(QStringLiteral("ana.lima@test.example"));
    ui::PolicyPage employee(*workspace);
    QSignalSpy employeeProblems(&employee, &ui::Page::problem);
    EXPECT_EQ(employee.version(), QStringLiteral("2026.2"));
    ASSERT_FALSE(employee.banner()->isHidden());
    const QString banner = employee.bannerLabel()->text();
    EXPECT_TRUE(banner.contains(QStringLiteral("The connection policy changed (version 2026.2, published 5 October 2026): Concerns now go to Tess.")))
        << banner.toStdString();
    EXPECT_TRUE(banner.contains(QStringLiteral("Your sharing stays exactly as it is.")));
    EXPECT_TRUE(employee.acknowledgeButton()->text().contains(QStringLiteral("version 2026.2")));
    const int rowsBefore = employee.ledger()->rowCount();

    QTest::mouseClick(employee.acknowledgeButton(), Qt::LeftButton);
    EXPECT_EQ(employeeProblems.count(), 0) << (employeeProblems.isEmpty() ? std::string()
                                                                          : employeeProblems.first().first().toString().toStdString());
    EXPECT_TRUE(employee.banner()->isHidden());
    ASSERT_EQ(employee.ledger()->rowCount(), rowsBefore + 1);
    EXPECT_EQ(employee.ledger()->item(rowsBefore, 1)->text(), QStringLiteral("Acknowledged a new version"));
    EXPECT_EQ(employee.ledger()->item(rowsBefore, 2)->text(), QStringLiteral("2026.2"));
    EXPECT_EQ(employee.ledger()->item(0, 1)->text(), QStringLiteral("Joined"));

    // Bo has not read it yet; Dee does not take part, so nothing asks her, and she joins
    // under the new version.
    signInAs(QStringLiteral("bo.lund@test.example"));
    EXPECT_FALSE(employee.banner()->isHidden());
    signInAs(QStringLiteral("dee.park@test.example"));
    EXPECT_TRUE(employee.banner()->isHidden());
    ASSERT_TRUE(employee.join().isEmpty());
    ASSERT_EQ(employee.ledger()->rowCount(), 1);
    EXPECT_EQ(employee.ledger()->item(0, 1)->text(), QStringLiteral("Joined"));
    EXPECT_EQ(employee.ledger()->item(0, 2)->text(), QStringLiteral("2026.2"));
    EXPECT_TRUE(employee.banner()->isHidden());
}

TEST_P(PolicyPagesTest, AReviewRecordedThroughTheDialogUpdatesTheScheduleAndTheRecord)
{
    test().clock().set(QDateTime(QDate(2026, 11, 5), QTime(9, 30), Qt::UTC));
    signInAs(QStringLiteral("olive.owner@test.example"));
    ui::PolicyReviewPage page(*workspace);
    QSignalSpy problems(&page, &ui::Page::problem);
    QSignalSpy information(&page, &ui::Page::information);
    QTableWidget *schedule = page.scheduleTable();
    ASSERT_EQ(schedule->rowCount(), 2);
    EXPECT_EQ(schedule->item(0, 0)->text(), QStringLiteral("quarterly review"));
    EXPECT_EQ(schedule->item(0, 1)->text(), QStringLiteral("2026-Q3"));
    EXPECT_EQ(schedule->item(0, 3)->text(), QStringLiteral("overdue"));
    EXPECT_EQ(schedule->item(0, 3)->foreground().color(), QColor(0xb3, 0x26, 0x1e)) << "overdue shows in the warning colour";
    EXPECT_EQ(schedule->item(1, 0)->text(), QStringLiteral("annual review"));
    EXPECT_EQ(schedule->item(1, 1)->text(), QStringLiteral("2026"));
    EXPECT_EQ(schedule->item(1, 3)->text(), QStringLiteral("upcoming"));
    EXPECT_EQ(page.reviewsTable()->rowCount(), 0);
    EXPECT_TRUE(page.reviewsTable()->isHidden()) << "the empty state shows instead";

    whenOpen<ui::ReviewDialog>(&page, QStringLiteral("reviewDialog"), [](ui::ReviewDialog *dialog) {
        EXPECT_EQ(dialog->kindBox()->currentIndex(), 0);
        EXPECT_EQ(dialog->periodEdit()->text(), QStringLiteral("2026-Q3")) << "the review that is due";
        EXPECT_EQ(dialog->heldOnEdit()->date(), QDate(2026, 11, 5));
        EXPECT_EQ(dialog->heldOnEdit()->maximumDate(), QDate(2026, 11, 5)) << "never in the future";
        dialog->kindBox()->setCurrentIndex(1);
        EXPECT_EQ(dialog->periodEdit()->text(), QStringLiteral("2026"));
        dialog->kindBox()->setCurrentIndex(0);
        dialog->participantsEdit()->setText(QStringLiteral("The whole team"));
        dialog->accept();
        EXPECT_TRUE(dialog->isVisible()) << "refused: nothing written down";
        EXPECT_FALSE(dialog->problemLabel()->isHidden());
        EXPECT_TRUE(dialog->problemLabel()->text().contains(QStringLiteral("Write down"))) << dialog->problemLabel()->text().toStdString();
        EXPECT_EQ(dialog->participantsEdit()->text(), QStringLiteral("The whole team")) << "nothing typed is lost";
        dialog->heldOnEdit()->setDate(QDate(2026, 10, 20));
        dialog->notesEdit()->setPlainText(QStringLiteral("The pulse was calm; one concern about reminders."));
        dialog->changesEdit()->setPlainText(QStringLiteral("Fewer reminders\nA template for suppliers"));
        dialog->accept();
    });
    QTest::mouseClick(page.recordButton(), Qt::LeftButton);
    EXPECT_EQ(problems.count(), 0) << (problems.isEmpty() ? std::string() : problems.first().first().toString().toStdString());
    ASSERT_EQ(information.count(), 1);
    EXPECT_EQ(information.first().first().toString(), QStringLiteral("The quarterly review for 2026-Q3 is recorded."));
    EXPECT_EQ(schedule->item(0, 1)->text(), QStringLiteral("2026-Q4"));
    EXPECT_EQ(schedule->item(0, 3)->text(), QStringLiteral("upcoming"));
    QTableWidget *reviews = page.reviewsTable();
    ASSERT_EQ(reviews->rowCount(), 1);
    EXPECT_FALSE(reviews->isHidden());
    EXPECT_EQ(reviews->item(0, 0)->text(), QLocale().toString(QDate(2026, 10, 20), QLocale::ShortFormat));
    EXPECT_EQ(reviews->item(0, 1)->text(), QStringLiteral("quarterly review"));
    EXPECT_EQ(reviews->item(0, 2)->text(), QStringLiteral("2026-Q3"));
    EXPECT_EQ(reviews->item(0, 3)->text(), QStringLiteral("The whole team"));
    EXPECT_EQ(reviews->item(0, 4)->text(), QStringLiteral("Fewer reminders / A template for suppliers"));
    EXPECT_TRUE(reviews->item(0, 4)->toolTip().contains(QStringLiteral("one concern about reminders")));

    // The same review twice: core refuses, the dialog says so and stays open until cancelled.
    whenOpen<ui::ReviewDialog>(&page, QStringLiteral("reviewDialog"), [](ui::ReviewDialog *dialog) {
        dialog->periodEdit()->setText(QStringLiteral("2026-Q3"));
        dialog->notesEdit()->setPlainText(QStringLiteral("Again"));
        dialog->accept();
        EXPECT_TRUE(dialog->isVisible()) << "refused: it stays open";
        EXPECT_TRUE(dialog->problemLabel()->text().contains(QStringLiteral("already recorded"))) << dialog->problemLabel()->text().toStdString();
        dialog->reject();
    });
    page.recordReview();
    EXPECT_EQ(reviews->rowCount(), 1);
    EXPECT_EQ(information.count(), 1);
}

TEST_P(PolicyPagesTest, AnEmployeeAnswersThePulseOnce)
{
    signInAs(QStringLiteral("ana.lima@test.example"));
    ui::PulsePage page(*workspace);
    QSignalSpy problems(&page, &ui::Page::problem);
    EXPECT_TRUE(page.quarterLabel()->text().contains(QStringLiteral("Pulse for 2026-Q4"))) << page.quarterLabel()->text().toStdString();
    EXPECT_FALSE(page.answered());
    EXPECT_FALSE(page.sendButton()->isEnabled());
    page.question(0)->button(4)->click();
    page.question(1)->button(1)->click();
    EXPECT_FALSE(page.sendButton()->isEnabled()) << "two of three answered";
    page.question(2)->button(5)->click();
    EXPECT_TRUE(page.sendButton()->isEnabled());

    EXPECT_EQ(page.counterLabel()->text(), QStringLiteral("0 of 1000 characters"));
    page.commentEdit()->setPlainText(QString(1001, QLatin1Char('x')));
    EXPECT_EQ(page.counterLabel()->text(), QStringLiteral("1001 of 1000 characters"));
    EXPECT_FALSE(page.sendButton()->isEnabled()) << "too long";
    page.commentEdit()->setPlainText(QStringLiteral("More training on how to ask, please."));
    EXPECT_TRUE(page.sendButton()->isEnabled());

    QTest::mouseClick(page.sendButton(), Qt::LeftButton);
    EXPECT_EQ(problems.count(), 0) << (problems.isEmpty() ? std::string() : problems.first().first().toString().toStdString());
    const QString thanks = QStringLiteral("Thank you. You answered the pulse for 2026-Q4; the next one opens on 1 January 2027.");
    EXPECT_TRUE(page.answered());
    EXPECT_EQ(page.thanksLabel()->text(), thanks);

    ui::PulsePage again(*workspace);
    EXPECT_TRUE(again.answered());
    EXPECT_EQ(again.thanksLabel()->text(), thanks);
    for (int question = 0; question < 3; ++question)
        again.question(question)->button(3)->click();
    EXPECT_TRUE(again.send().contains(QStringLiteral("already answered"))) << "one answer per quarter";

    // Bo has not answered: he gets an empty form, not Ana's choices.
    signInAs(QStringLiteral("bo.lund@test.example"));
    EXPECT_FALSE(page.answered());
    EXPECT_EQ(page.question(0)->checkedId(), -1);
    EXPECT_TRUE(page.commentEdit()->toPlainText().isEmpty());
    EXPECT_FALSE(page.sendButton()->isEnabled());
}
