// The owner's Discover page, offscreen, on both engines: the companies the team can reach
// with counts only, and the answer for one company with the shared paths named.
#include "discover/DiscoverPage.h"
#include "Workspace.h"
#include "support/StoreTest.h"

#include <QLabel>
#include <QTableWidget>

using namespace consentric;
using namespace consentric::test;

class DiscoverPageTest : public StoreTest
{
};
CONSENTRIC_BOTH_ENGINES(DiscoverPageTest);

TEST_P(DiscoverPageTest, ListsCompaniesAndNamesOnlySharedPaths)
{
    person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    const qint64 bo = person(QStringLiteral("Bo Lund"), QStringLiteral("Sales"), true);
    const QList<qint64> anas = connections(ana, 2);
    share(ana, anas.mid(0, 1), consent::Level::Shared);
    share(ana, anas.mid(1, 1), consent::Level::Discoverable);
    share(bo, connections(bo, 3, QStringLiteral("Globex")), consent::Level::Discoverable);
    auto second = test().reopen();
    ASSERT_TRUE(second.ok());
    ui::Workspace workspace(std::move(*second));
    auto session = consent::Accounts(workspace.database()).signIn(QStringLiteral("olive.owner@test.example"), kTestPassphrase);
    ASSERT_TRUE(session.ok());
    workspace.signIn(std::move(*session));

    ui::DiscoverPage page(workspace);
    page.refresh();
    ASSERT_EQ(page.companies()->rowCount(), 2);
    EXPECT_EQ(page.companies()->item(0, 0)->text(), QStringLiteral("Globex")) << "most people first";
    EXPECT_EQ(page.companies()->item(0, 1)->data(Qt::DisplayRole).toInt(), 3);
    EXPECT_EQ(page.companies()->item(0, 2)->text(), QStringLiteral("fewer than 3"));

    page.companies()->selectRow(1); // Acme: one shared, one discoverable
    EXPECT_TRUE(page.answer()->text().contains(QStringLiteral("within 2 hops: 2."))) << page.answer()->text().toStdString();
    ASSERT_EQ(page.paths()->rowCount(), 1);
    EXPECT_EQ(page.paths()->item(0, 0)->text(), QStringLiteral("Ana Lima"));
    EXPECT_EQ(page.paths()->item(0, 1)->text(), QStringLiteral("Contact %1-0").arg(ana));

    page.discover(QStringLiteral("GLOBEX"));
    EXPECT_TRUE(page.paths()->isHidden()) << "Bo's connections are only discoverable";
    EXPECT_FALSE(page.answer()->text().contains(QLatin1String("Bo Lund")));
    page.discover(QStringLiteral("Initech"));
    EXPECT_TRUE(page.answer()->text().contains(QStringLiteral("Nobody on the team can reach Initech yet"))) << page.answer()->text().toStdString();
}
