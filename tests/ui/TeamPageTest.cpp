// The Team page over the demo company: models checked by QAbstractItemModelTester,
// search, sorting, adding, editing, marking as left, undo and redo — offscreen.
#include "team/TeamPage.h"
#include "Workspace.h"
#include "demo/DemoCompany.h"
#include "support/StoreTest.h"
#include "team/TeamModel.h"
#include "widgets/Confirm.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace consentric;
using namespace consentric::test;
using consentric::ui::TeamModel;

class TeamPageTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        ASSERT_TRUE(demo::createDemoCompany(db(), {}).ok());
        auto second = test().reopen();
        ASSERT_TRUE(second.ok()) << second.message().toStdString();
        workspace = std::make_unique<ui::Workspace>(std::move(*second));
        page = std::make_unique<ui::TeamPage>(*workspace);
        for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(page->teamModel()),
                 static_cast<QAbstractItemModel *>(page->departmentModel()), static_cast<QAbstractItemModel *>(page->proxy())})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Fatal));
    }
    void TearDown() override
    {
        testers.clear();
        page.reset();
        workspace.reset();
        StoreTest::TearDown();
    }

    QStringList visibleNames() const
    {
        QStringList names;
        for (int row = 0; row < page->proxy()->rowCount(); ++row)
            names << page->proxy()->index(row, TeamModel::Name).data().toString();
        return names;
    }
    int rowOf(const QString &name) const { return int(visibleNames().indexOf(name)); }
    QString cell(const QString &name, int column) const { return page->proxy()->index(rowOf(name), column).data().toString(); }

    std::unique_ptr<ui::Workspace> workspace;
    std::unique_ptr<ui::TeamPage> page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};
INSTANTIATE_TEST_SUITE_P(Engines, TeamPageTest, testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

TEST_P(TeamPageTest, ListsTheDemoTeamWithSamRivera)
{
    EXPECT_EQ(page->proxy()->rowCount(), 12);
    ASSERT_GE(rowOf(QStringLiteral("Sam Rivera")), 0);
    EXPECT_EQ(cell(QStringLiteral("Sam Rivera"), TeamModel::Department), QStringLiteral("Sales"));
    EXPECT_EQ(cell(QStringLiteral("Sam Rivera"), TeamModel::Role), QStringLiteral("employee"));
    EXPECT_EQ(cell(QStringLiteral("Sam Rivera"), TeamModel::Status), QStringLiteral("active"));
    EXPECT_GE(cell(QStringLiteral("Sam Rivera"), TeamModel::SharedConnections).toInt(), 4);
    // Jo Chen opted out: the business sees none of Jo's connections.
    EXPECT_EQ(cell(QStringLiteral("Jo Chen"), TeamModel::SharedConnections), QStringLiteral("0"));
    EXPECT_EQ(cell(QStringLiteral("Morgan Avery"), TeamModel::Role), QStringLiteral("owner"));
}

TEST_P(TeamPageTest, DepartmentsShowFewerThanThreeInsteadOfSmallNumbers)
{
    const QAbstractItemModel *departments = page->departmentModel();
    ASSERT_EQ(departments->rowCount(), 4);
    for (int row = 0; row < departments->rowCount(); ++row) {
        const QString taking = departments->index(row, ui::DepartmentModel::Participating).data().toString();
        bool isNumber = false;
        const int n = taking.toInt(&isNumber);
        if (isNumber)
            EXPECT_GE(n, 3) << departments->index(row, 0).data().toString().toStdString();
        else
            EXPECT_EQ(taking, QStringLiteral("fewer than 3"));
    }
}

TEST_P(TeamPageTest, SearchAndStatusFilterNarrowTheList)
{
    QTest::keyClicks(page->searchField(), QStringLiteral("sam rivera"));
    EXPECT_EQ(visibleNames(), QStringList{QStringLiteral("Sam Rivera")});
    page->searchField()->clear();
    QTest::keyClicks(page->searchField(), QStringLiteral("engineering"));
    EXPECT_GE(page->proxy()->rowCount(), 2);
    EXPECT_GE(rowOf(QStringLiteral("Jo Chen")), 0);
    page->searchField()->clear();
    EXPECT_EQ(page->proxy()->rowCount(), 12);
}

TEST_P(TeamPageTest, SortsByShared)
{
    page->peopleView()->sortByColumn(TeamModel::SharedConnections, Qt::DescendingOrder);
    int previous = std::numeric_limits<int>::max();
    for (int row = 0; row < page->proxy()->rowCount(); ++row) {
        const int value = page->proxy()->index(row, TeamModel::SharedConnections).data(TeamModel::SortRole).toInt();
        EXPECT_LE(value, previous);
        previous = value;
    }
}

TEST_P(TeamPageTest, AddEditAndUndo)
{
    QUndoStack &undo = workspace->undoStack();
    ASSERT_EQ(
        page->addPerson({QStringLiteral("ana.lima@demo.example"), QStringLiteral("Ana Lima"), QStringLiteral("Research"), consent::Role::Employee}),
        QString());
    EXPECT_EQ(page->proxy()->rowCount(), 13);
    EXPECT_EQ(cell(QStringLiteral("Ana Lima"), TeamModel::Department), QStringLiteral("Research"));
    EXPECT_EQ(page->departmentModel()->rowCount(), 5);

    const qint64 id = page->proxy()->index(rowOf(QStringLiteral("Ana Lima")), 0).data(TeamModel::IdRole).toLongLong();
    ASSERT_EQ(page->editPerson(
                  id, {QStringLiteral("ana.lima@demo.example"), QStringLiteral("Ana Lima-Souza"), QStringLiteral("Sales"), consent::Role::Admin}),
        QString());
    EXPECT_EQ(cell(QStringLiteral("Ana Lima-Souza"), TeamModel::Role), QStringLiteral("admin"));

    undo.undo();
    EXPECT_EQ(cell(QStringLiteral("Ana Lima"), TeamModel::Department), QStringLiteral("Research"));
    undo.undo();
    EXPECT_EQ(page->proxy()->rowCount(), 12);
    EXPECT_LT(rowOf(QStringLiteral("Ana Lima")), 0);
    undo.redo();
    EXPECT_EQ(page->proxy()->rowCount(), 13);

    // A refusal from core is returned as a sentence, and nothing is pushed.
    const int before = undo.count();
    const QString refused
        = page->addPerson({QStringLiteral("sam.rivera@demo.example"), QStringLiteral("Sam Again"), QStringLiteral("Sales"), consent::Role::Employee});
    EXPECT_TRUE(refused.contains(QStringLiteral("Sam Rivera"))) << refused.toStdString();
    EXPECT_EQ(undo.count(), before);
}

TEST_P(TeamPageTest, MarkAsLeftAndUndo)
{
    const qint64 sam = page->proxy()->index(rowOf(QStringLiteral("Sam Rivera")), 0).data(TeamModel::IdRole).toLongLong();
    ASSERT_EQ(page->setLeft(sam, true), QString());
    EXPECT_EQ(cell(QStringLiteral("Sam Rivera"), TeamModel::Status), QStringLiteral("left"));
    EXPECT_EQ(cell(QStringLiteral("Sam Rivera"), TeamModel::SharedConnections), QStringLiteral("—"));
    workspace->undoStack().undo();
    EXPECT_EQ(cell(QStringLiteral("Sam Rivera"), TeamModel::Status), QStringLiteral("active"));
}

TEST_P(TeamPageTest, TheOwnerCannotBeMarkedAsLeft)
{
    const qint64 owner = page->proxy()->index(rowOf(QStringLiteral("Morgan Avery")), 0).data(TeamModel::IdRole).toLongLong();
    const QString refused = page->setLeft(owner, true);
    EXPECT_FALSE(refused.isEmpty());
    EXPECT_EQ(cell(QStringLiteral("Morgan Avery"), TeamModel::Status), QStringLiteral("active"));
}

TEST_P(TeamPageTest, ChangesFromElsewhereAppearWithoutPolling)
{
    // Another part of the program (the command line's core calls, say) changes a person
    // through the same People object: the model follows its signal.
    auto jo = workspace->people().byEmail(QStringLiteral("jo.chen@demo.example"));
    ASSERT_TRUE(workspace->people().update((*jo)->id, {(*jo)->email, QStringLiteral("Jo Chen-Ward"), (*jo)->department, (*jo)->role}).ok());
    EXPECT_GE(rowOf(QStringLiteral("Jo Chen-Ward")), 0);
}
