// The connection graph and the owner's Discover answer, on small hand-made teams with known
// answers, on both engines: counts of distinct contacts, "fewer than 3" for few employees,
// named paths only through shared connections, a consent change seen by the next query,
// and nothing that tells the owner who holds a discoverable connection.
#include "consent/BusinessView.h"
#include "graph/Discovery.h"
#include "graph/Paths.h"
#include "graph/Snapshot.h"
#include "support/StoreTest.h"

#include <QJsonDocument>

#include <cmath>

using namespace consentric;
using namespace consentric::test;

class GraphTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        owner = person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
        ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
        bo = person(QStringLiteral("Bo Lund"), QStringLiteral("Sales"), true);
        cleo = person(QStringLiteral("Cleo Diaz"), QStringLiteral("Engineering"), true);
        dev = person(QStringLiteral("Dev Patel"), QStringLiteral("Engineering"), false);
        // Ana: two discoverable and one shared at Acme; Bo: two discoverable, spelled
        // differently; Cleo: one shared; Dev (not taking part): four private.
        anas = connections(ana, 3);
        share(ana, anas.mid(0, 2), consent::Level::Discoverable);
        share(ana, anas.mid(2, 1), consent::Level::Shared);
        bos = connections(bo, 2, QStringLiteral("ACME, Inc"));
        share(bo, bos, consent::Level::Discoverable);
        cleos = connections(cleo, 1, QStringLiteral("Acme Inc"));
        share(cleo, cleos, consent::Level::Shared);
        connections(dev, 4);
    }
    graph::Discovery acme()
    {
        auto found = graph::discover(db(), session(owner), QStringLiteral("acme inc."));
        EXPECT_TRUE(found.ok()) << (found ? std::string() : found.message().toStdString());
        return found ? *found : graph::Discovery{};
    }
    qint64 owner = 0, ana = 0, bo = 0, cleo = 0, dev = 0;
    QList<qint64> anas, bos, cleos;
};
CONSENTRIC_BOTH_ENGINES(GraphTest);

TEST_P(GraphTest, DiscoverCountsDistinctContactsAndNamesOnlySharedPaths)
{
    const graph::Discovery found = acme();
    EXPECT_EQ(found.company, QStringLiteral("Acme Inc."));
    EXPECT_EQ(found.normalised, QStringLiteral("acme"));
    EXPECT_EQ(found.hops, 2);
    EXPECT_EQ(found.contacts, 6);
    EXPECT_EQ(found.teamMembers.value(), 3);
    ASSERT_EQ(found.paths.size(), 2u);
    for (const graph::IntroductionPath &p : found.paths) {
        EXPECT_TRUE(p.employee == QLatin1String("Ana Lima") || p.employee == QLatin1String("Cleo Diaz")) << p.employee.toStdString();
        EXPECT_EQ(p.hops, 2);
        EXPECT_EQ(p.strength, 3);
    }
    EXPECT_EQ(found.message,
        QStringLiteral("People at Acme Inc. the team can reach within 2 hops: 6. Through shared connections, named below (ask the employee to "
                       "introduce you): 2."));
}

TEST_P(GraphTest, NoOwnerAnswerRevealsWhoHoldsADiscoverableConnection)
{
    // Bo holds only discoverable connections: his name, and the names of his contacts and
    // of Ana's discoverable ones, appear nowhere in what the owner gets.
    const QString json = QString::fromUtf8(QJsonDocument(graph::toJson(acme())).toJson());
    EXPECT_FALSE(json.contains(QLatin1String("Bo Lund"))) << json.toStdString();
    EXPECT_FALSE(json.contains(QStringLiteral("Contact %1-").arg(bo))) << json.toStdString();
    EXPECT_FALSE(json.contains(QStringLiteral("Contact %1-0").arg(ana))) << json.toStdString();
    EXPECT_TRUE(json.contains(QStringLiteral("Contact %1-2").arg(ana))) << "Ana's shared one is named";
    // The owner's graph has no node for a discoverable contact, and none for Dev's private ones.
    auto snapshot = graph::Snapshot::forOwner(db(), session(owner));
    ASSERT_TRUE(snapshot.ok()) << snapshot.message().toStdString();
    int contactNodes = 0;
    for (const graph::Vertex v : boost::make_iterator_range(boost::vertices(snapshot->graph())))
        contactNodes += snapshot->graph()[v].kind == graph::NodeKind::Contact ? 1 : 0;
    EXPECT_EQ(contactNodes, 2);
    // Two employees behind a figure read "fewer than 3".
    leave(cleo);
    const graph::Discovery fewer = acme();
    EXPECT_EQ(fewer.contacts, 5);
    EXPECT_TRUE(fewer.teamMembers.suppressed());
    EXPECT_TRUE(QString::fromUtf8(QJsonDocument(graph::toJson(fewer)).toJson()).contains(QLatin1String("\"team_members\": \"fewer than 3\"")));
}

TEST_P(GraphTest, AConsentChangeIsSeenByTheNextQuery)
{
    share(ana, anas.mid(2, 1), consent::Level::Private);
    graph::Discovery found = acme();
    EXPECT_EQ(found.contacts, 5);
    ASSERT_EQ(found.paths.size(), 1u);
    EXPECT_EQ(found.paths.front().employee, QStringLiteral("Cleo Diaz"));
    leave(cleo);
    leave(ana);
    found = acme();
    EXPECT_EQ(found.contacts, 2) << "only Bo's are left";
    EXPECT_TRUE(found.paths.empty());
    leave(bo);
    found = acme();
    EXPECT_EQ(found.contacts, 0);
    EXPECT_EQ(found.message,
        QStringLiteral("Nobody on the team can reach acme inc. yet: no one taking part has a discoverable or shared connection there."))
        << "named as asked: the team's network no longer knows the company";
}

TEST_P(GraphTest, TheGraphAndTheCompanyFiguresAgree)
{
    // The Discover page lists BusinessView's figures and answers from the graph: for every
    // company they must be the same, whoever takes part.
    share(bo, connections(bo, 1, QStringLiteral("Globex")), consent::Level::Shared);
    for (int round = 0; round < 2; ++round) {
        auto figures = consent::BusinessView(db()).companies(session(owner));
        ASSERT_TRUE(figures.ok());
        ASSERT_FALSE(figures->empty());
        for (const consent::CompanyReach &c : *figures) {
            auto found = graph::discover(db(), session(owner), c.company);
            ASSERT_TRUE(found.ok());
            EXPECT_EQ(found->normalised, c.normalised);
            EXPECT_EQ(found->contacts, c.contacts) << c.company.toStdString();
            EXPECT_EQ(found->teamMembers, c.teamMembers) << c.company.toStdString();
        }
        leave(ana);
    }
}

TEST_P(GraphTest, AnUnknownCompanyOrAnEmployeeGetsASentence)
{
    auto globex = graph::discover(db(), session(owner), QStringLiteral("Globex"));
    ASSERT_TRUE(globex.ok());
    EXPECT_EQ(globex->contacts, 0);
    EXPECT_TRUE(globex->message.startsWith(QLatin1String("Nobody on the team can reach Globex yet")));
    auto nothing = graph::discover(db(), session(owner), QStringLiteral(" ., "));
    ASSERT_FALSE(nothing.ok());
    EXPECT_EQ(nothing.message(), QStringLiteral("Give the name of a company, for example “Acme Inc.”."));
    auto asAna = graph::discover(db(), session(ana), QStringLiteral("Acme"));
    ASSERT_FALSE(asAna.ok());
    EXPECT_TRUE(asAna.message().contains(QLatin1String("not the owner or an admin")));
}

TEST_P(GraphTest, AnEmployeesSnapshotIsTheirWholeNetwork)
{
    auto mine = graph::Snapshot::forEmployee(db(), session(dev));
    ASSERT_TRUE(mine.ok()) << mine.message().toStdString();
    const graph::Graph &g = mine->graph();
    EXPECT_EQ(boost::num_vertices(g), 1u + 4u + 1u) << "Dev, his four private contacts, Acme";
    const auto company = mine->company(QStringLiteral("ACME Inc"));
    ASSERT_TRUE(company.has_value());
    EXPECT_EQ(mine->contactsAt(*company), 4);
    EXPECT_EQ(boost::degree(*mine->employee(dev), g), 4u);
    // The owner's graph links colleagues of one department, and shows Dev without edges to contacts.
    auto team = graph::Snapshot::forOwner(db(), session(owner));
    ASSERT_TRUE(team.ok());
    EXPECT_TRUE(boost::edge(*team->employee(ana), *team->employee(bo), team->graph()).second);
    EXPECT_FALSE(boost::edge(*team->employee(ana), *team->employee(cleo), team->graph()).second);
    EXPECT_EQ(boost::degree(*team->employee(dev), team->graph()), 1u) << "only Cleo, his colleague";
}

TEST_P(GraphTest, TheStrongestPathsComeThroughDifferentIntroducers)
{
    auto snapshot = graph::Snapshot::forOwner(db(), session(owner));
    ASSERT_TRUE(snapshot.ok());
    const graph::Graph &g = snapshot->graph();
    const graph::Vertex company = *snapshot->company(QStringLiteral("Acme"));
    const double moderate = -std::log(3.0 / 5.0);
    // From the team: Ana's and Cleo's shared contacts, two hops each, equally strong. Bo
    // reaches Acme only through Ana, so he adds no introducer; Dev only through Cleo.
    std::vector<graph::Path> paths = graph::strongestPaths(*snapshot, graph::employees(*snapshot), company);
    ASSERT_EQ(paths.size(), 2u);
    for (const graph::Path &p : paths) {
        EXPECT_EQ(p.hops(), 2);
        EXPECT_NEAR(p.weight, moderate, 1e-9);
        EXPECT_EQ(p.vertices.front(), p.introducer);
        EXPECT_EQ(g[p.vertices[1]].kind, graph::NodeKind::Contact);
    }
    // Ana's connection made as strong as can be: hers comes first and costs nothing.
    contacts::ConnectionEdit stronger;
    stronger.strength = 5;
    ASSERT_TRUE(contacts::ContactStore(db()).edit(session(ana), anas.mid(2, 1), stronger).ok());
    snapshot = graph::Snapshot::forOwner(db(), session(owner));
    paths = graph::strongestPaths(*snapshot, graph::employees(*snapshot), company);
    ASSERT_EQ(paths.size(), 2u);
    EXPECT_EQ(paths.front().introducer, *snapshot->employee(ana));
    EXPECT_NEAR(paths.front().weight, 0.0, 1e-9);
    // From Bo: through his colleague Ana (three hops; his own connections are only discoverable).
    paths = graph::strongestPaths(*snapshot, {*snapshot->employee(bo)}, company);
    ASSERT_EQ(paths.size(), 1u);
    EXPECT_EQ(paths.front().hops(), 3);
    EXPECT_EQ(paths.front().introducer, *snapshot->employee(ana));
    EXPECT_NEAR(paths.front().weight, moderate, 1e-9) << "a colleague counts as strength 3, Ana's connection as 5";
    // Within two hops Bo reaches nobody there; nor does anyone reach an unconnected node.
    EXPECT_TRUE(graph::strongestPaths(*snapshot, {*snapshot->employee(bo)}, company, 2).empty());
    EXPECT_TRUE(graph::strongestPaths(*snapshot, {*snapshot->employee(ana)}, *snapshot->employee(owner)).empty()) << "Olive is in another piece";
}

TEST_P(GraphTest, DegreesOfSeparationAndPiecesOfTheGraph)
{
    auto snapshot = graph::Snapshot::forOwner(db(), session(owner));
    ASSERT_TRUE(snapshot.ok());
    const graph::Vertex olive = *snapshot->employee(owner), anaV = *snapshot->employee(ana), boV = *snapshot->employee(bo),
                        cleoV = *snapshot->employee(cleo), devV = *snapshot->employee(dev);
    EXPECT_EQ(graph::degreesOfSeparation(*snapshot, anaV, anaV), 0);
    EXPECT_EQ(graph::degreesOfSeparation(*snapshot, anaV, boV), 1) << "same department";
    EXPECT_EQ(graph::degreesOfSeparation(*snapshot, boV, cleoV), 5) << "Bo, Ana, her contact, Acme, Cleo's contact, Cleo";
    EXPECT_EQ(graph::degreesOfSeparation(*snapshot, devV, cleoV), 1);
    EXPECT_FALSE(graph::degreesOfSeparation(*snapshot, olive, anaV).has_value()) << "Olive is alone in Operations";
    int count = 0;
    const std::vector<int> piece = graph::components(*snapshot, &count);
    EXPECT_EQ(count, 2);
    EXPECT_NE(piece[olive], piece[anaV]);
    EXPECT_EQ(piece[boV], piece[devV]);
}
