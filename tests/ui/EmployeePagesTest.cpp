// An employee's own pages, offscreen, on both engines: My connections (search, filters,
// levels one by one and in bulk, the confirmation for personal connections, edits, adding
// by hand, undo and redo), What the business sees, the Policy page, and the audit trails.
#include "WorkspaceTest.h"
#include "audit/AuditPage.h"
#include "business/BusinessPreviewPage.h"
#include "connections/ConnectionsModel.h"
#include "connections/ConnectionsPage.h"
#include "consent/BusinessView.h"
#include "policy/PolicyPage.h"
#include "widgets/Confirm.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTableWidget>

using namespace consentric;
using namespace consentric::test;
using consentric::ui::ConnectionsModel;

class EmployeePagesTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        owner = person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
        ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
        acme = connections(ana, 3, QStringLiteral("Acme Inc."));
        personal = connections(ana, 1, QStringLiteral("ACME, Inc"), consent::Context::Personal).constFirst();
        globex = connections(ana, 1, QStringLiteral("Globex")).constFirst();
        openWorkspace();
        signInAs(QStringLiteral("ana.lima@test.example"));
        page = std::make_unique<ui::ConnectionsPage>(*workspace);
        for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(page->model()), static_cast<QAbstractItemModel *>(page->proxy())})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Fatal));
    }
    void TearDown() override
    {
        testers.clear();
        page.reset();
        WorkspaceTest::TearDown();
    }

    consent::Level levelOf(qint64 id) { return page->model()->connection(id)->level; }

    qint64 owner = 0, ana = 0, personal = 0, globex = 0;
    QList<qint64> acme;
    std::unique_ptr<ui::ConnectionsPage> page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};
CONSENTRIC_BOTH_ENGINES(EmployeePagesTest);

TEST_P(EmployeePagesTest, ListsTheEmployeesOwnConnectionsDecryptedWithSearchAndFilters)
{
    EXPECT_EQ(page->model()->rowCount(), 5);
    EXPECT_EQ(page->model()->connection(globex)->details.company, QStringLiteral("Globex"));
    page->proxy()->setFilterFixedString(QStringLiteral("globex"));
    EXPECT_EQ(page->proxy()->rowCount(), 1);
    page->proxy()->setFilterFixedString(QString());
    EXPECT_EQ(page->proxy()->rowCount(), 5);
}

TEST_P(EmployeePagesTest, PersonalConnectionsLeavePrivateOneAtATimeAfterAConfirmation)
{
    EXPECT_FALSE(page->setLevel({acme[0], personal}, consent::Level::Discoverable).isEmpty());
    EXPECT_EQ(levelOf(acme[0]), consent::Level::Private) << "nothing changed";

    ui::Confirm::setNextAnswer(false);
    EXPECT_TRUE(page->setLevel({personal}, consent::Level::Shared).isEmpty());
    EXPECT_EQ(levelOf(personal), consent::Level::Private) << "declined: nothing changed";
    ui::Confirm::setNextAnswer(true);
    EXPECT_TRUE(page->setLevel({personal}, consent::Level::Shared).isEmpty());
    EXPECT_EQ(levelOf(personal), consent::Level::Shared);

    workspace->undoStack().undo();
    EXPECT_EQ(levelOf(personal), consent::Level::Private);
    workspace->undoStack().redo();
    EXPECT_EQ(levelOf(personal), consent::Level::Shared);
}

TEST_P(EmployeePagesTest, BulkByCompanyAndAllProfessionalLeavePersonalAloneAndUndo)
{
    ui::Confirm::setNextAnswer(true);
    EXPECT_TRUE(page->setLevelForCompany(QStringLiteral("ACME, Inc"), consent::Level::Shared).isEmpty());
    for (qint64 id : acme)
        EXPECT_EQ(levelOf(id), consent::Level::Shared);
    EXPECT_EQ(levelOf(personal), consent::Level::Private);
    EXPECT_EQ(levelOf(globex), consent::Level::Private);

    EXPECT_TRUE(page->setLevelForAllProfessional(consent::Level::Discoverable).isEmpty());
    EXPECT_EQ(levelOf(globex), consent::Level::Discoverable);
    EXPECT_EQ(levelOf(acme[1]), consent::Level::Discoverable);

    workspace->undoStack().undo();
    EXPECT_EQ(levelOf(globex), consent::Level::Private);
    EXPECT_EQ(levelOf(acme[1]), consent::Level::Shared);
    workspace->undoStack().undo();
    EXPECT_EQ(levelOf(acme[1]), consent::Level::Private);
    EXPECT_TRUE(page->setLevelForCompany(QStringLiteral("Initech"), consent::Level::Shared).contains(QStringLiteral("None of your connections")));
}

TEST_P(EmployeePagesTest, AddByHandAndEditInBulkWithUndo)
{
    contacts::ContactInput kim;
    kim.displayName = QStringLiteral("Kim Park");
    kim.company = QStringLiteral("Initech");
    kim.notes = QStringLiteral("met at the fair");
    ASSERT_TRUE(page->addContact(kim).isEmpty());
    ASSERT_EQ(page->model()->rowCount(), 6);
    const QList<qint64> selected = page->selectedIds();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(levelOf(selected[0]), consent::Level::Private) << "a new contact starts private";
    EXPECT_EQ(page->model()->connection(selected[0])->details.notes, QStringLiteral("met at the fair"));
    workspace->undoStack().undo();
    EXPECT_EQ(page->model()->rowCount(), 5);
    workspace->undoStack().redo();
    EXPECT_EQ(page->model()->rowCount(), 6);

    QHash<qint64, contacts::ConnectionEdit> edits;
    for (qint64 id : acme)
        edits.insert(id, contacts::ConnectionEdit{std::nullopt, std::nullopt, 5});
    ASSERT_TRUE(page->edit(edits).isEmpty());
    for (qint64 id : acme)
        EXPECT_EQ(page->model()->connection(id)->strength, 5);
    workspace->undoStack().undo();
    for (qint64 id : acme)
        EXPECT_EQ(page->model()->connection(id)->strength, 3);
}

TEST_P(EmployeePagesTest, WhatTheBusinessSeesFollowsLevelsAndParticipation)
{
    ui::BusinessPreviewPage preview(*workspace);
    ui::PolicyPage policy(*workspace);
    ui::Confirm::setNextAnswer(true);
    ASSERT_TRUE(page->setLevel({acme[0], acme[1]}, consent::Level::Shared).isEmpty());
    ASSERT_TRUE(page->setLevel({globex}, consent::Level::Discoverable).isEmpty());
    preview.refresh();
    EXPECT_EQ(preview.shared()->rowCount(), 2);
    EXPECT_EQ(preview.companies()->rowCount(), 2);
    // The same rows the owner's view holds for Ana.
    auto ownerSession = consent::Accounts(workspace->database()).signIn(QStringLiteral("olive.owner@test.example"), kTestPassphrase);
    ASSERT_TRUE(ownerSession.ok());
    QStringList ownerNames, previewNames;
    for (const auto &s : *consent::BusinessView(workspace->database()).sharedConnections(*ownerSession))
        ownerNames << s.name;
    for (int row = 0; row < preview.shared()->rowCount(); ++row)
        previewNames << preview.shared()->item(row, 0)->text();
    ownerNames.sort();
    previewNames.sort();
    EXPECT_EQ(previewNames, ownerNames);

    ASSERT_TRUE(policy.leave().isEmpty());
    preview.refresh();
    EXPECT_EQ(preview.shared()->rowCount(), 0);
    EXPECT_EQ(preview.companies()->rowCount(), 0);
    ASSERT_TRUE(policy.join().isEmpty());
    preview.refresh();
    EXPECT_EQ(preview.shared()->rowCount(), 2) << "joining again restores the levels";
}

TEST_P(EmployeePagesTest, TheAuditTrailOpensTheEmployeesPrivateEntries)
{
    ui::Confirm::setNextAnswer(true);
    ASSERT_TRUE(page->setLevel({acme[0]}, consent::Level::Shared).isEmpty());
    ui::AuditPage mine(*workspace, ui::AuditPage::Mode::Employee);
    mine.refresh();
    ASSERT_GT(mine.table()->rowCount(), 0);
    EXPECT_EQ(mine.table()->item(0, 1)->text(), QStringLiteral("Sharing level changed"));
    EXPECT_EQ(mine.table()->item(0, 4)->text(), QStringLiteral("1 connections made shared"));

    workspace->signOut();
    signInAs(QStringLiteral("olive.owner@test.example"));
    ui::AuditPage owners(*workspace, ui::AuditPage::Mode::Owner);
    owners.refresh();
    bool sawPrivate = false;
    for (int row = 0; row < owners.table()->rowCount(); ++row) {
        EXPECT_NE(owners.table()->item(row, 1)->text(), QStringLiteral("Sharing level changed"));
        EXPECT_NE(owners.table()->item(row, 1)->text(), QStringLiteral("Signed in"));
        sawPrivate = sawPrivate || owners.table()->item(row, 1)->text().startsWith(QStringLiteral("Private entry"));
    }
    EXPECT_TRUE(sawPrivate);
}
