// The concern pages and My recognition, offscreen, on both engines: an employee reports a
// concern anonymously through the page, the owner reads it (from "anonymous") and moves it
// along, the employee's receipt follows; the trusted person reads what was sent to them;
// recognition shows the person's own points and the opt-in team list.
#include "WorkspaceTest.h"
#include "concerns/ConcernInbox.h"
#include "concerns/ConcernsPage.h"
#include "concerns/ReportConcernPage.h"
#include "recognition/RecognitionPage.h"
#include "referrals/Recognition.h"
#include "widgets/Confirm.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>

using namespace consentric;
using namespace consentric::test;

namespace {

QStringList recipients(const QComboBox *box)
{
    QStringList texts;
    for (int i = 0; i < box->count(); ++i)
        texts << box->itemText(i);
    return texts;
}

} // namespace

class PagesWithPeople : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        owner = person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
        ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
        tess = person(QStringLiteral("Tess Trust"), QStringLiteral("People"), true);
        bo = person(QStringLiteral("Bo Lund"), QStringLiteral("Sales"), false);
        openWorkspace();
    }

    qint64 owner = 0, ana = 0, tess = 0, bo = 0;
};

class ReferralConcernPagesTest : public PagesWithPeople
{
protected:
    // Fills the employee's form and presses Send, answering the confirmation.
    void report(ui::ReportConcernPage &page, int recipient, bool anonymous, const QString &text, bool confirm = true)
    {
        page.recipientBox()->setCurrentIndex(recipient);
        page.anonymousBox()->setChecked(anonymous);
        page.textEdit()->setPlainText(text);
        ASSERT_TRUE(page.sendButton()->isEnabled());
        ui::Confirm::setNextAnswer(confirm);
        QTest::mouseClick(page.sendButton(), Qt::LeftButton);
    }
};
CONSENTRIC_BOTH_ENGINES(ReferralConcernPagesTest);

TEST_P(ReferralConcernPagesTest, AnAnonymousConcernReachesTheOwnerAndItsStatusComesBackToTheEmployee)
{
    const QString text = QStringLiteral("I was asked three times in a week to introduce the same client.");
    signInAs(QStringLiteral("ana.lima@test.example"));
    ui::ReportConcernPage employee(*workspace);
    const QAbstractItemModelTester mineTester(employee.mine()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy problems(&employee, &ui::Page::problem);
    EXPECT_EQ(recipients(employee.recipientBox()), QStringList{QStringLiteral("Owner — Olive Owner")});
    EXPECT_TRUE(employee.anonymousBox()->isChecked()) << "anonymous by default";
    EXPECT_FALSE(employee.sendButton()->isEnabled()) << "nothing written yet";
    EXPECT_TRUE(employee.mine()->isHidden()) << "the empty state shows instead";
    EXPECT_TRUE(employee.receivedSection()->isHidden()) << "Ana is not the trusted person";

    report(employee, 0, true, text, false);
    EXPECT_EQ(employee.mine()->rowCount(), 0) << "declined: nothing sent";
    EXPECT_EQ(employee.textEdit()->toPlainText(), text) << "and nothing lost";

    report(employee, 0, true, text);
    EXPECT_EQ(problems.count(), 0) << (problems.isEmpty() ? std::string() : problems.first().first().toString().toStdString());
    EXPECT_TRUE(employee.textEdit()->toPlainText().isEmpty()) << "the form is cleared";
    EXPECT_TRUE(employee.anonymousBox()->isChecked());
    ASSERT_EQ(employee.mine()->rowCount(), 1);
    EXPECT_FALSE(employee.mine()->isHidden());
    EXPECT_EQ(employee.mine()->item(0, 1)->text(), QStringLiteral("Olive Owner"));
    EXPECT_EQ(employee.mine()->item(0, 2)->text(), QStringLiteral("received"));

    signInAs(QStringLiteral("olive.owner@test.example"));
    EXPECT_EQ(employee.mine()->rowCount(), 0) << "another session never sees Ana's receipts";
    ui::ConcernsPage ownerPage(*workspace);
    const QAbstractItemModelTester inboxTester(ownerPage.inbox()->table()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy ownerProblems(&ownerPage, &ui::Page::problem);
    EXPECT_TRUE(ownerPage.countsLabel()->text().contains(QStringLiteral("1 received"))) << ownerPage.countsLabel()->text().toStdString();
    QTableWidget *table = ownerPage.inbox()->table();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("received"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("anonymous"));
    EXPECT_EQ(ownerPage.inbox()->textView()->toPlainText(), text) << "the first concern is selected and opened";
    EXPECT_TRUE(ownerPage.inbox()->textView()->isReadOnly());

    QTest::mouseClick(ownerPage.inbox()->handlingButton(), Qt::LeftButton);
    EXPECT_EQ(ownerProblems.count(), 0);
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("being handled"));
    EXPECT_FALSE(ownerPage.inbox()->handlingButton()->isEnabled());
    EXPECT_TRUE(ownerPage.countsLabel()->text().contains(QStringLiteral("1 being handled"))) << ownerPage.countsLabel()->text().toStdString();

    signInAs(QStringLiteral("ana.lima@test.example"));
    ASSERT_EQ(employee.mine()->rowCount(), 1);
    EXPECT_EQ(employee.mine()->item(0, 2)->text(), QStringLiteral("being handled"));
}

TEST_P(ReferralConcernPagesTest, TheTrustedPersonReadsWhatWasSentToThemAndNobodyElseCanMoveItAlong)
{
    signInAs(QStringLiteral("olive.owner@test.example"));
    ui::ConcernsPage ownerPage(*workspace);
    QSignalSpy ownerProblems(&ownerPage, &ui::Page::problem);
    const int tessIndex = ownerPage.trustedBox()->findData(tess);
    ASSERT_GE(tessIndex, 0);
    EXPECT_EQ(ownerPage.trustedBox()->findData(owner), -1) << "the owner receives concerns anyway";
    EXPECT_TRUE(ownerPage.inbox()->table()->rowCount() == 0);
    ownerPage.trustedBox()->setCurrentIndex(tessIndex);
    ui::Confirm::setNextAnswer(true);
    QTest::mouseClick(ownerPage.findChild<QPushButton *>(QStringLiteral("designateTrusted")), Qt::LeftButton);
    EXPECT_EQ(ownerProblems.count(), 0);
    EXPECT_EQ(ownerPage.trustedBox()->currentData().toLongLong(), tess);

    signInAs(QStringLiteral("ana.lima@test.example"));
    ui::ReportConcernPage employee(*workspace);
    EXPECT_EQ(
        recipients(employee.recipientBox()), (QStringList{QStringLiteral("Owner — Olive Owner"), QStringLiteral("Trusted person — Tess Trust")}));
    report(employee, 1, false, QStringLiteral("A colleague keeps pushing me to share."));
    ASSERT_EQ(employee.mine()->rowCount(), 1);
    EXPECT_EQ(employee.mine()->item(0, 1)->text(), QStringLiteral("Tess Trust"));

    signInAs(QStringLiteral("tess.trust@test.example"));
    EXPECT_EQ(recipients(employee.recipientBox()), QStringList{QStringLiteral("Owner — Olive Owner")}) << "never to oneself";
    EXPECT_FALSE(employee.receivedSection()->isHidden());
    QTableWidget *received = employee.inbox()->table();
    ASSERT_EQ(received->rowCount(), 1);
    EXPECT_EQ(received->item(0, 2)->text(), QStringLiteral("Ana Lima")) << "sent by name";
    EXPECT_EQ(employee.inbox()->textView()->toPlainText(), QStringLiteral("A colleague keeps pushing me to share."));
    const qint64 tessConcern = employee.inbox()->selectedId();
    ASSERT_TRUE(employee.inbox()->setStatus(tessConcern, referrals::ConcernStatus::Resolved).isEmpty());
    EXPECT_EQ(received->item(0, 1)->text(), QStringLiteral("resolved"));

    signInAs(QStringLiteral("olive.owner@test.example"));
    EXPECT_EQ(ownerPage.inbox()->table()->rowCount(), 0) << "sealed to Tess: the owner only counts it";
    EXPECT_TRUE(ownerPage.countsLabel()->text().contains(QStringLiteral("1 resolved"))) << ownerPage.countsLabel()->text().toStdString();
    const QString refused = ownerPage.inbox()->setStatus(tessConcern, referrals::ConcernStatus::Handling);
    EXPECT_TRUE(refused.contains(QStringLiteral("Only the person a concern was sent to"))) << refused.toStdString();
}

class ReferralRecognitionPageTest : public PagesWithPeople
{
};
CONSENTRIC_BOTH_ENGINES(ReferralRecognitionPageTest);

TEST_P(ReferralRecognitionPageTest, ShowsOwnPointsAndTheOptInTeamList)
{
    signInAs(QStringLiteral("ana.lima@test.example"));
    ui::RecognitionPage page(*workspace);
    const QAbstractItemModelTester listTester(page.teamList()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy problems(&page, &ui::Page::problem);
    EXPECT_TRUE(page.pointsLabel()->text().contains(QStringLiteral("<b>%1</b>").arg(referrals::kPointsForJoining)))
        << page.pointsLabel()->text().toStdString();
    EXPECT_TRUE(page.breakdownLabel()->text().contains(QStringLiteral("0 × 5"))) << page.breakdownLabel()->text().toStdString();
    EXPECT_FALSE(page.onListBox()->isChecked());
    EXPECT_EQ(page.teamList()->count(), 0);
    EXPECT_EQ(page.findChild<QStackedWidget *>()->currentIndex(), 1) << "the empty state shows";

    page.onListBox()->click();
    EXPECT_EQ(problems.count(), 0);
    ASSERT_EQ(page.teamList()->count(), 1);
    EXPECT_EQ(page.teamList()->item(0)->text(), QStringLiteral("Ana Lima"));
    EXPECT_EQ(page.findChild<QStackedWidget *>()->currentIndex(), 0);

    // Bo has not joined: no points yet, but he sees the list, names only.
    signInAs(QStringLiteral("bo.lund@test.example"));
    EXPECT_TRUE(page.pointsLabel()->text().contains(QStringLiteral("<b>0</b>"))) << page.pointsLabel()->text().toStdString();
    EXPECT_FALSE(page.onListBox()->isChecked());
    page.onListBox()->click();
    EXPECT_EQ(page.teamList()->count(), 2);
    EXPECT_EQ(page.teamList()->item(0)->text(), QStringLiteral("Ana Lima"));
    EXPECT_EQ(page.teamList()->item(1)->text(), QStringLiteral("Bo Lund"));
    page.onListBox()->click();
    EXPECT_EQ(page.teamList()->count(), 1);
    EXPECT_FALSE(page.onListBox()->isChecked());
}
