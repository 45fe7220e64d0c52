// The whole referral flow in real widgets, offscreen, on both engines: the owner adds a
// target and sends a request; the employee finds it in their inbox, accepts, composes from a
// template (warned once when their edit drops the opt-out line), opens it as a mailto: link
// and marks it sent; the owner records the meeting and the outcome, with undo; the employee
// sees each step. A decline shows the owner nothing but an open request.
#include "WorkspaceTest.h"
#include "inbox/InboxPage.h"
#include "referrals/Referrals.h"
#include "referrals/ReferralsPage.h"
#include "widgets/Confirm.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>

using namespace consentric;
using namespace consentric::test;

namespace {

QString tableText(const QTableWidget *table)
{
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            if (const QTableWidgetItem *item = table->item(row, column))
                cells << item->text();
        }
    }
    return cells.join(QLatin1Char('|'));
}

} // namespace

class ReferralPagesTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        owner = person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
        ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
        contacts::ContactInput kim;
        kim.givenName = QStringLiteral("Kim");
        kim.familyName = QStringLiteral("Park");
        kim.email = QStringLiteral("kim@acme.example");
        kim.company = QStringLiteral("Acme Inc.");
        auto ids = contacts::ContactStore(db()).addConnections(session(ana), {kim});
        ASSERT_TRUE(ids.ok());
        share(ana, *ids, consent::Level::Discoverable);
        openWorkspace();
    }
    // As the owner: a target for Acme, selected on the page, and the request sent.
    qint64 ownerAsksAboutAcme(ui::ReferralsPage &page)
    {
        auto target
            = referrals::Referrals(workspace->database())
                  .addTarget(*workspace->session(),
                      {QStringLiteral("Acme"), std::nullopt, referrals::TargetKind::Customer, QStringLiteral("They are redoing their shop.")});
        EXPECT_TRUE(target.ok());
        page.refresh();
        EXPECT_EQ(page.targetsTable()->rowCount(), 1);
        page.targetsTable()->selectRow(0);
        EXPECT_EQ(page.sendRequest(), QString());
        EXPECT_EQ(page.requestsTable()->rowCount(), 1);
        return page.requestsTable()->item(0, 0)->data(Qt::UserRole).toLongLong();
    }

    qint64 owner = 0, ana = 0;
};
CONSENTRIC_BOTH_ENGINES(ReferralPagesTest);

TEST_P(ReferralPagesTest, OwnerAsksEmployeeIntroducesFromATemplateOwnerSeesThePipeline)
{
    signInAs(QStringLiteral("olive.owner@test.example"));
    qint64 request = 0;
    {
        ui::ReferralsPage page(*workspace);
        request = ownerAsksAboutAcme(page);
        const QString row = tableText(page.requestsTable());
        EXPECT_TRUE(row.contains(QStringLiteral("whoever can help"))) << row.toStdString();
        EXPECT_TRUE(row.contains(QStringLiteral("open")));
        EXPECT_FALSE(row.contains(QStringLiteral("Ana")));
    }

    signInAs(QStringLiteral("ana.lima@test.example"));
    {
        ui::InboxPage inbox(*workspace);
        inbox.refresh();
        ASSERT_EQ(inbox.list()->rowCount(), 1);
        ASSERT_TRUE(inbox.selectRequest(request));
        EXPECT_TRUE(inbox.detailsLabel()->text().contains(QStringLiteral("They are redoing their shop.")));
        EXPECT_EQ(inbox.accept(referrals::Answer::Introduce), QString());
        // Composed from the customer template, with Kim's name and the required lines.
        const QString text = inbox.body()->toPlainText();
        EXPECT_TRUE(text.contains(QStringLiteral("Hi Kim"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("Why you're getting this")));
        EXPECT_FALSE(inbox.subject()->text().isEmpty());
        EXPECT_GE(inbox.templates()->count(), 5);

        QUrl opened;
        inbox.setUrlOpener([&](const QUrl &url) {
            opened = url;
            return true;
        });
        inbox.body()->setPlainText(QStringLiteral("Hi Kim, meet Olive. Ana"));
        ui::Confirm::setNextAnswer(false);
        EXPECT_FALSE(inbox.openInMailProgram()) << "warned, and the employee chose not to";
        EXPECT_TRUE(opened.isEmpty());
        EXPECT_TRUE(inbox.openInMailProgram()) << "warned once only: sending stays their choice";
        EXPECT_EQ(opened.scheme(), QStringLiteral("mailto"));
        EXPECT_TRUE(opened.toString().startsWith(QStringLiteral("mailto:kim@acme.example?subject=")));

        EXPECT_EQ(inbox.markIntroduced(), QString());
        EXPECT_TRUE(inbox.timelineLabel()->text().contains(QStringLiteral("you sent the introduction")));
        EXPECT_EQ(inbox.list()->item(0, 1)->text(), QStringLiteral("introduction sent"));
        workspace->undoStack().undo();
        EXPECT_EQ(inbox.list()->item(0, 1)->text(), QStringLiteral("accepted"));
        EXPECT_TRUE(inbox.timelineLabel()->text().contains(QStringLiteral("taken back")));
        workspace->undoStack().redo();
        EXPECT_EQ(inbox.list()->item(0, 1)->text(), QStringLiteral("introduction sent"));
    }

    signInAs(QStringLiteral("olive.owner@test.example"));
    {
        ui::ReferralsPage page(*workspace);
        page.refresh();
        ASSERT_TRUE(page.selectRequest(request));
        EXPECT_TRUE(tableText(page.requestsTable()).contains(QStringLiteral("Ana Lima"))) << "named once she accepted";
        const QDate today = workspace->database().clock().today();
        EXPECT_EQ(page.recordMeeting(today), QString());
        EXPECT_TRUE(tableText(page.requestsTable()).contains(QStringLiteral("meeting")));
        workspace->undoStack().undo();
        EXPECT_TRUE(tableText(page.requestsTable()).contains(QStringLiteral("introduction sent")));
        workspace->undoStack().redo();
        EXPECT_TRUE(tableText(page.requestsTable()).contains(QStringLiteral("meeting")));
        ASSERT_TRUE(page.selectRequest(request));
        EXPECT_EQ(page.recordOutcome(referrals::Outcome::Won, today), QString());
        EXPECT_TRUE(tableText(page.requestsTable()).contains(QStringLiteral("won")));
    }

    signInAs(QStringLiteral("ana.lima@test.example"));
    ui::InboxPage inbox(*workspace);
    inbox.refresh();
    ASSERT_TRUE(inbox.selectRequest(request));
    EXPECT_TRUE(inbox.timelineLabel()->text().contains(QStringLiteral("meeting")));
    EXPECT_TRUE(inbox.timelineLabel()->text().contains(QStringLiteral("won")));
}

TEST_P(ReferralPagesTest, ADeclineShowsTheOwnerOnlyAnOpenRequest)
{
    signInAs(QStringLiteral("olive.owner@test.example"));
    qint64 request = 0;
    {
        ui::ReferralsPage page(*workspace);
        request = ownerAsksAboutAcme(page);
    }
    signInAs(QStringLiteral("ana.lima@test.example"));
    {
        ui::InboxPage inbox(*workspace);
        inbox.refresh();
        ASSERT_TRUE(inbox.selectRequest(request));
        EXPECT_EQ(inbox.decline(QStringLiteral("Kim is on leave")), QString());
        EXPECT_TRUE(inbox.detailsLabel()->text().contains(QStringLiteral("Kim is on leave")));
        EXPECT_FALSE(inbox.decline(QString()).isEmpty()) << "answered already";
    }
    signInAs(QStringLiteral("olive.owner@test.example"));
    ui::ReferralsPage page(*workspace);
    page.refresh();
    const QString all = tableText(page.requestsTable()) + page.summaryLabel()->text();
    EXPECT_TRUE(all.contains(QStringLiteral("open")));
    EXPECT_TRUE(all.contains(QStringLiteral("fewer than 3")));
    EXPECT_FALSE(all.contains(QStringLiteral("Ana")));
    EXPECT_FALSE(all.contains(QStringLiteral("leave")));
}

TEST_P(ReferralPagesTest, ARefusedRequestSaysWhyAndWhatToDo)
{
    signInAs(QStringLiteral("olive.owner@test.example"));
    ui::ReferralsPage page(*workspace);
    QString shown;
    QObject::connect(&page, &ui::Page::problem, [&](const QString &m) { shown = m; });
    ASSERT_TRUE(referrals::Referrals(workspace->database())
                    .addTarget(*workspace->session(), {QStringLiteral("Globex"), std::nullopt, referrals::TargetKind::Partner, QStringLiteral("x")})
                    .ok());
    page.refresh();
    page.targetsTable()->selectRow(0);
    const QString refused = page.sendRequest();
    EXPECT_TRUE(refused.contains(QStringLiteral("Nobody on the team can reach Globex"))) << refused.toStdString();
    EXPECT_EQ(shown, refused);
    EXPECT_EQ(page.requestsTable()->rowCount(), 0);
}
