// The network map page, offscreen, on both engines: the owner's map draws the team and its
// shared connections, names nobody behind a discoverable one, lights the strongest path to
// a company found in any spelling, narrows with the filters, says so when nothing matches,
// and exports what is in view; an employee's map shows their own private connections.
#include "map/MapPage.h"
#include "Workspace.h"
#include "map/MapItems.h"
#include "map/MapScene.h"
#include "map/MapView.h"
#include "support/StoreTest.h"

#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace consentric;
using namespace consentric::test;

namespace {

int nodesOf(const ui::MapScene &scene, graph::MapNodeKind kind)
{
    return int(std::count_if(scene.nodes().cbegin(), scene.nodes().cend(), [kind](const ui::NodeItem *n) { return n->node().kind == kind; }));
}

void waitForLayout(ui::MapPage &page)
{
    if (page.layingOut()) {
        QSignalSpy done(&page, &ui::MapPage::layoutFinished);
        ASSERT_TRUE(done.wait(60'000));
    }
}

} // namespace

class MapPageTest : public StoreTest
{
protected:
    std::unique_ptr<ui::Workspace> signedIn(const QString &email)
    {
        auto second = test().reopen();
        EXPECT_TRUE(second.ok());
        auto workspace = std::make_unique<ui::Workspace>(std::move(*second));
        auto session = consent::Accounts(workspace->database()).signIn(email, kTestPassphrase);
        EXPECT_TRUE(session.ok());
        workspace->signIn(std::move(*session));
        return workspace;
    }
};
CONSENTRIC_BOTH_ENGINES(MapPageTest);

TEST_P(MapPageTest, TheOwnersMapLightsTheStrongestPathAndFilters)
{
    person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    const qint64 bo = person(QStringLiteral("Bo Lund"), QStringLiteral("Sales"), true);
    const QList<qint64> anas = connections(ana, 2);
    share(ana, anas.mid(0, 1), consent::Level::Shared);
    share(ana, anas.mid(1, 1), consent::Level::Discoverable);
    share(bo, connections(bo, 3, QStringLiteral("Globex")), consent::Level::Discoverable);
    auto workspace = signedIn(QStringLiteral("olive.owner@test.example"));

    ui::MapPage page(*workspace);
    page.resize(1100, 700);
    page.refresh();
    waitForLayout(page);
    EXPECT_EQ(nodesOf(*page.scene(), graph::MapNodeKind::Employee), 3);
    EXPECT_EQ(nodesOf(*page.scene(), graph::MapNodeKind::Contact), 1) << "Ana's shared one only";
    EXPECT_EQ(nodesOf(*page.scene(), graph::MapNodeKind::Team), 1) << "Globex and Acme counted from the team";
    for (const ui::NodeItem *n : page.scene()->nodes())
        EXPECT_FALSE(n->node().label.startsWith(QStringLiteral("Contact %1-").arg(bo))) << "Bo's contacts are not named";
    EXPECT_TRUE(page.status()->text().contains(QStringLiteral("Employees: 3"))) << page.status()->text().toStdString();

    ASSERT_TRUE(page.find(QStringLiteral("ACME, inc")));
    EXPECT_TRUE(page.details()->text().contains(QStringLiteral("Ana Lima → (strength 3) Contact %1-0 → Acme Inc.").arg(ana)))
        << page.details()->text().toStdString();
    int lit = 0;
    for (const ui::NodeItem *n : page.scene()->nodes())
        lit += n->lit();
    EXPECT_EQ(lit, 3) << "Ana, her contact and Acme";
    EXPECT_FALSE(page.find(QStringLiteral("Initech")));

    auto *company = page.findChildren<QLineEdit *>().at(1);
    company->setText(QStringLiteral("Initech"));
    Q_EMIT company->editingFinished();
    waitForLayout(page);
    const QList<QLabel *> empty = page.findChildren<QLabel *>();
    const bool says = std::any_of(empty.cbegin(), empty.cend(),
        [](const QLabel *l) { return !l->isHidden() && l->text().contains(QLatin1String("Nobody on the team can reach Initech yet")); });
    EXPECT_TRUE(says);

    QTemporaryDir dir;
    QString error;
    page.show();
    ASSERT_TRUE(page.view()->exportView(dir.filePath(QStringLiteral("map.png")), &error)) << error.toStdString();
    EXPECT_FALSE(QImage(dir.filePath(QStringLiteral("map.png"))).isNull());
    ASSERT_TRUE(page.view()->exportView(dir.filePath(QStringLiteral("map.svg")), &error)) << error.toStdString();
    EXPECT_FALSE(page.view()->exportView(dir.filePath(QStringLiteral("map.gif")), &error));
    EXPECT_TRUE(error.contains(QLatin1String(".png or .svg")));
}

TEST_P(MapPageTest, AnEmployeesMapShowsTheirPrivateConnections)
{
    person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    share(ana, connections(ana, 1, QStringLiteral("Globex")), consent::Level::Shared);
    connections(ana, 2);
    auto workspace = signedIn(QStringLiteral("ana.lima@test.example"));
    ui::MapPage page(*workspace);
    page.refresh();
    waitForLayout(page);
    EXPECT_EQ(nodesOf(*page.scene(), graph::MapNodeKind::Employee), 1);
    EXPECT_EQ(nodesOf(*page.scene(), graph::MapNodeKind::Contact), 3);
    ASSERT_TRUE(page.find(QStringLiteral("Globex")));
    EXPECT_TRUE(page.details()->text().contains(QLatin1String("Your strongest paths"))) << page.details()->text().toStdString();
}

TEST_P(MapPageTest, AggregatesOpenWhenDrawnLargeAndCloseAgain)
{
    const qint64 owner = person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    const qint64 bo = person(QStringLiteral("Bo Lund"), QStringLiteral("Sales"), true);
    share(ana, connections(ana, 4), consent::Level::Shared);
    share(bo, connections(bo, 3), consent::Level::Shared);
    auto snapshot = graph::Snapshot::forOwner(db(), session(owner));
    ASSERT_TRUE(snapshot.ok());
    const graph::MapPlan detailed = graph::planMap(*snapshot, {});
    const graph::MapPlan plan = graph::planMap(*snapshot, {}, detailed.items() - 1);
    ASSERT_TRUE(plan.aggregated);
    ui::MapScene scene;
    scene.setPlan(plan, graph::startingPositions(plan, {}, 0));
    const qsizetype before = scene.itemCount();
    const QRectF everywhere(-1e6, -1e6, 2e6, 2e6);
    scene.expandIn(everywhere, 0.5, *snapshot, plan, {});
    EXPECT_EQ(scene.expandedCount(), 0) << "drawn small, nothing opens";
    scene.expandIn(everywhere, 10.0, *snapshot, plan, {});
    EXPECT_GE(scene.expandedCount(), 2) << "Acme's people and the Sales department";
    EXPECT_GT(scene.itemCount(), before);
    // Selecting a member and lighting a path through it survive closing it again.
    for (QGraphicsItem *item : scene.items()) {
        if (auto *node = qgraphicsitem_cast<ui::NodeItem *>(item); node && node->index() < 0) {
            node->setSelected(true);
            break;
        }
    }
    scene.highlight({{0, 1}});
    scene.collapseOutside(QRectF(1e5, 1e5, 1, 1), 10.0);
    EXPECT_EQ(scene.expandedCount(), 0) << "out of view, closed";
    EXPECT_EQ(scene.itemCount(), before);
    scene.expandIn(everywhere, 10.0, *snapshot, plan, {});
    scene.collapseAll();
    EXPECT_EQ(scene.itemCount(), before);
    for (const ui::NodeItem *node : scene.nodes())
        for (const ui::EdgeItem *edge : node->edges())
            EXPECT_TRUE(edge->from() == node || edge->to() == node) << "no edge of a closed aggregate is left behind";
}
