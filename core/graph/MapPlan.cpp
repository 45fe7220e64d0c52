#include "graph/MapPlan.h"

#include "consent/AuditLog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <cmath>
#include <map>
#include <numbers>

namespace consentric::graph {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::graph::MapPlan", text);
}

bool passes(const Edge &e, const MapFilter &filter)
{
    return e.strength >= filter.minimumStrength && (!filter.context || e.context == *filter.context) && (!filter.level || e.level == *filter.level);
}

// What the filters let through, by snapshot vertex.
struct Visible
{
    std::vector<char> node;
    std::vector<std::optional<Vertex>> companyOf; // contacts
    std::vector<consent::Level> level; // contacts: the widest passing connection
    std::vector<qint64> discoverableOnly; // owner's companies: people reachable only through discoverable connections
};

Visible visibleNodes(const Snapshot &snapshot, const MapFilter &filter)
{
    const Graph &g = snapshot.graph();
    const std::size_t n = boost::num_vertices(g);
    Visible visible{std::vector<char>(n, 0), std::vector<std::optional<Vertex>>(n), std::vector<consent::Level>(n, consent::Level::Private),
        std::vector<qint64>(n, 0)};
    std::optional<Vertex> onlyCompany;
    if (!filter.company.trimmed().isEmpty()) {
        onlyCompany = snapshot.company(filter.company);
        if (!onlyCompany)
            onlyCompany = Vertex(n); // a company nobody knows: no contact passes
    }
    for (Vertex v = 0; v < n; ++v) {
        if (g[v].kind == NodeKind::Employee)
            visible.node[v] = filter.department.isEmpty() || g[v].department == filter.department;
    }
    for (Vertex v = 0; v < n; ++v) {
        if (g[v].kind != NodeKind::Contact)
            continue;
        bool any = false;
        for (const auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
            const Vertex w = boost::target(e, g);
            if (g[w].kind == NodeKind::Company) {
                visible.companyOf[v] = w;
            } else if (g[w].kind == NodeKind::Employee && visible.node[w] && passes(g[e], filter)) {
                visible.level[v] = any ? std::max(visible.level[v], g[e].level) : g[e].level;
                any = true;
            }
        }
        visible.node[v] = any && (!onlyCompany || visible.companyOf[v] == onlyCompany);
        if (visible.node[v] && visible.companyOf[v])
            visible.node[*visible.companyOf[v]] = 1;
    }
    // The owner's companies reached (also) through discoverable connections: counts only, and
    // only when no filter asks about something a count cannot answer (a department, a context,
    // a strength: that would tell who holds them).
    const bool countsAllowed = snapshot.viewer() == Snapshot::Viewer::Owner && filter.department.isEmpty() && !filter.context
        && filter.minimumStrength <= 1 && (!filter.level || *filter.level == consent::Level::Discoverable);
    if (countsAllowed) {
        for (Vertex v = 0; v < n; ++v) {
            if (g[v].kind != NodeKind::Company || (onlyCompany && v != *onlyCompany))
                continue;
            qint64 shared = 0;
            for (const Vertex w : boost::make_iterator_range(boost::adjacent_vertices(v, g)))
                shared += g[w].kind == NodeKind::Contact;
            visible.discoverableOnly[v] = std::max<qint64>(0, snapshot.contactsAt(v) - shared);
            if (visible.discoverableOnly[v] > 0)
                visible.node[v] = 1;
        }
    }
    return visible;
}

int addNode(MapPlan &plan, MapNode node)
{
    plan.nodes.push_back(std::move(node));
    return int(plan.nodes.size()) - 1;
}

MapNode nodeOf(const Snapshot &snapshot, Vertex v, const Visible &visible)
{
    const Node &n = snapshot.graph()[v];
    MapNode node;
    node.label = n.label;
    node.vertex = v;
    node.key = snapshot.key(v);
    switch (n.kind) {
    case NodeKind::Employee:
        node.kind = MapNodeKind::Employee;
        node.department = n.department;
        break;
    case NodeKind::Company:
        node.kind = MapNodeKind::Company;
        node.count = snapshot.contactsAt(v);
        if (snapshot.viewer() == Snapshot::Viewer::Owner)
            node.teamMembers = snapshot.teamMembersAt(v).toString();
        break;
    case NodeKind::Contact:
        node.kind = MapNodeKind::Contact;
        node.level = visible.level[v];
        break;
    }
    return node;
}

// The team node and its counted edges, for companies reached through discoverable connections.
void addDiscoverable(MapPlan &plan, const Visible &visible)
{
    std::optional<int> team;
    for (std::size_t v = 0; v < visible.discoverableOnly.size(); ++v) {
        if (visible.discoverableOnly[v] == 0 || plan.nodeOfVertex[v] < 0)
            continue;
        if (!team)
            team = addNode(plan, MapNode{MapNodeKind::Team, tr("The team"), {}, std::nullopt, 0, {}, consent::Level::Discoverable, "t:team", {}});
        plan.edges.push_back(
            MapEdge{*team, plan.nodeOfVertex[v], MapEdge::Kind::Discoverable, 0, consent::Level::Discoverable, visible.discoverableOnly[v]});
    }
}

void buildGraph(MapPlan &plan)
{
    plan.graph = Graph(plan.nodes.size());
    for (std::size_t i = 0; i < plan.nodes.size(); ++i) {
        Node &n = plan.graph[i];
        n.label = plan.nodes[i].label;
        n.department = plan.nodes[i].department;
        n.kind = plan.nodes[i].kind == MapNodeKind::Employee ? NodeKind::Employee
            : plan.nodes[i].kind == MapNodeKind::Contact     ? NodeKind::Contact
                                                             : NodeKind::Company;
    }
    for (const MapEdge &e : plan.edges)
        boost::add_edge(Vertex(e.from), Vertex(e.to), Edge{e.strength, consent::Context::Professional, e.level, 0}, plan.graph);
}

MapPlan detailedPlan(const Snapshot &snapshot, const Visible &visible, const MapFilter &filter)
{
    const Graph &g = snapshot.graph();
    const std::size_t n = boost::num_vertices(g);
    MapPlan plan;
    plan.nodeOfVertex.assign(n, -1);
    for (const NodeKind kind : {NodeKind::Employee, NodeKind::Company, NodeKind::Contact}) {
        for (Vertex v = 0; v < n; ++v) {
            if (visible.node[v] && g[v].kind == kind)
                plan.nodeOfVertex[v] = addNode(plan, nodeOf(snapshot, v, visible));
        }
    }
    for (const auto e : boost::make_iterator_range(boost::edges(g))) {
        const int a = plan.nodeOfVertex[boost::source(e, g)];
        const int b = plan.nodeOfVertex[boost::target(e, g)];
        if (a < 0 || b < 0)
            continue;
        const NodeKind ka = g[boost::source(e, g)].kind;
        const NodeKind kb = g[boost::target(e, g)].kind;
        if (ka == NodeKind::Employee && kb == NodeKind::Employee) {
            plan.edges.push_back(MapEdge{a, b, MapEdge::Kind::Colleague, 0, consent::Level::Private, 1});
        } else if (ka == NodeKind::Company || kb == NodeKind::Company) {
            plan.edges.push_back(MapEdge{a, b, MapEdge::Kind::WorksAt, 0, consent::Level::Private, 1});
        } else if (passes(g[e], filter)) {
            // A connection shows only when it passes the filters itself (its contact may be
            // visible through another one).
            plan.edges.push_back(MapEdge{a, b, MapEdge::Kind::Connection, g[e].strength, g[e].level, 1});
        }
    }
    return plan;
}

MapPlan aggregatedPlan(const Snapshot &snapshot, const Visible &visible, const MapFilter &filter)
{
    const Graph &g = snapshot.graph();
    const std::size_t n = boost::num_vertices(g);
    MapPlan plan;
    plan.aggregated = true;
    plan.nodeOfVertex.assign(n, -1);
    std::map<QString, int> departments;
    for (Vertex v = 0; v < n; ++v) {
        if (!visible.node[v] || g[v].kind != NodeKind::Employee)
            continue;
        const QString name = g[v].department.isEmpty() ? tr("No department") : g[v].department;
        auto [it, added] = departments.try_emplace(name, 0);
        if (added)
            it->second = addNode(plan,
                MapNode{MapNodeKind::Department, name, g[v].department, std::nullopt, 0, {}, consent::Level::Private, "d:" + name.toUtf8(), {}});
        MapNode &department = plan.nodes[std::size_t(it->second)];
        department.members.push_back(v);
        department.count = qint64(department.members.size());
        plan.nodeOfVertex[v] = it->second;
    }
    std::optional<int> noCompany;
    for (Vertex v = 0; v < n; ++v) {
        if (!visible.node[v] || g[v].kind != NodeKind::Company)
            continue;
        MapNode company = nodeOf(snapshot, v, visible);
        company.kind = MapNodeKind::CompanyGroup;
        plan.nodeOfVertex[v] = addNode(plan, std::move(company));
    }
    for (Vertex v = 0; v < n; ++v) {
        if (!visible.node[v] || g[v].kind != NodeKind::Contact)
            continue;
        int group = -1;
        if (visible.companyOf[v]) {
            group = plan.nodeOfVertex[*visible.companyOf[v]];
        } else {
            if (!noCompany)
                noCompany = addNode(plan,
                    MapNode{MapNodeKind::CompanyGroup, tr("Not at a known company"), {}, std::nullopt, 0, {}, consent::Level::Private, "g:none", {}});
            group = *noCompany;
        }
        plan.nodes[std::size_t(group)].members.push_back(v);
        plan.nodeOfVertex[v] = group;
    }
    if (noCompany)
        plan.nodes[std::size_t(*noCompany)].count = qint64(plan.nodes[std::size_t(*noCompany)].members.size());
    // Department → company: the connections between them, and the strongest.
    std::map<std::pair<int, int>, MapEdge> between;
    for (const auto e : boost::make_iterator_range(boost::edges(g))) {
        Vertex a = boost::source(e, g);
        Vertex b = boost::target(e, g);
        if (g[a].kind == NodeKind::Contact)
            std::swap(a, b);
        if (g[a].kind != NodeKind::Employee || g[b].kind != NodeKind::Contact || !visible.node[a] || !visible.node[b] || !passes(g[e], filter))
            continue;
        const std::pair<int, int> ends{plan.nodeOfVertex[a], plan.nodeOfVertex[b]};
        auto [it, added] = between.try_emplace(ends, MapEdge{ends.first, ends.second, MapEdge::Kind::Aggregate, 0, g[e].level, 0});
        it->second.count += 1;
        it->second.strength = std::max(it->second.strength, g[e].strength);
        it->second.level = std::max(it->second.level, g[e].level);
    }
    for (auto &[ends, edge] : between)
        plan.edges.push_back(edge);
    return plan;
}

} // namespace

Result<Snapshot> mapSnapshot(storage::Database &db, const consent::Session &session)
{
    if (!session.runsTheProgram())
        return Snapshot::forEmployee(db, session);
    auto snapshot = Snapshot::forOwner(db, session);
    if (!snapshot)
        return snapshot;
    const Graph &g = snapshot->graph();
    qint64 shared = 0;
    for (const auto e : boost::make_iterator_range(boost::edges(g)))
        shared += g[e].connectionId != 0;
    if (shared > 0) {
        auto logged = consent::AuditLog(db).append(session.person().id, std::nullopt, QStringLiteral("read-shared"),
            {{QStringLiteral("map"), QStringLiteral("network")}, {QStringLiteral("connections"), shared}});
        if (!logged)
            return logged.error();
    }
    return snapshot;
}

MapPlan planMap(const Snapshot &snapshot, const MapFilter &filter, qsizetype itemLimit)
{
    const Visible visible = visibleNodes(snapshot, filter);
    MapPlan plan = detailedPlan(snapshot, visible, filter);
    addDiscoverable(plan, visible);
    if (plan.items() > itemLimit) {
        plan = aggregatedPlan(snapshot, visible, filter);
        addDiscoverable(plan, visible);
    }
    buildGraph(plan);
    return plan;
}

MapExpansion expand(const Snapshot &snapshot, const MapPlan &plan, int node, const MapFilter &filter)
{
    MapExpansion expansion;
    if (node < 0 || node >= int(plan.nodes.size()))
        return expansion;
    const Graph &g = snapshot.graph();
    const MapNode &aggregate = plan.nodes[std::size_t(node)];
    const Visible visible = visibleNodes(snapshot, filter);
    for (const Vertex v : aggregate.members) {
        MapNode member = nodeOf(snapshot, v, visible);
        const int index = int(expansion.nodes.size());
        expansion.nodes.push_back(std::move(member));
        if (aggregate.kind == MapNodeKind::Department) {
            expansion.edges.push_back(MapEdge{index, node, MapEdge::Kind::Colleague, 0, consent::Level::Private, 1});
            continue;
        }
        expansion.edges.push_back(MapEdge{index, node, MapEdge::Kind::WorksAt, 0, consent::Level::Private, 1});
        // Each person to the departments of the employees who know them, the strongest connection.
        std::map<int, MapEdge> toDepartments;
        for (const auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
            const Vertex w = boost::target(e, g);
            if (g[w].kind != NodeKind::Employee || !visible.node[w] || !passes(g[e], filter))
                continue;
            const int department = plan.nodeOfVertex[w];
            auto [it, added] = toDepartments.try_emplace(department, MapEdge{index, department, MapEdge::Kind::Connection, 0, g[e].level, 0});
            it->second.count += 1;
            it->second.strength = std::max(it->second.strength, g[e].strength);
        }
        for (auto &[department, edge] : toDepartments)
            expansion.edges.push_back(edge);
    }
    return expansion;
}

quint64 positionKey(const QByteArray &key)
{
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    return qFromBigEndian<quint64>(digest.constData());
}

namespace {
constexpr quint32 kPositionsMagic = 0x434e4d50; // "CNMP"
constexpr quint32 kPositionsVersion = 1;
} // namespace

KeptPositions readPositions(const QString &path)
{
    KeptPositions kept;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return kept;
    QDataStream in(&file);
    quint32 magic = 0;
    quint32 version = 0;
    quint32 count = 0;
    in >> magic >> version >> count;
    if (magic != kPositionsMagic || version != kPositionsVersion || count > 10'000'000)
        return kept;
    kept.reserve(qsizetype(count));
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        quint64 key = 0;
        double x = 0;
        double y = 0;
        in >> key >> x >> y;
        if (std::isfinite(x) && std::isfinite(y))
            kept.insert(key, QPointF(x, y));
    }
    if (in.status() != QDataStream::Ok)
        kept.clear(); // a cut file: better a fresh layout than half an old one
    return kept;
}

Result<void> writePositions(const QString &path, const MapPlan &plan, const Positions &positions)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("The map's positions could not be kept in %1: %2.").arg(path, file.errorString()));
    QDataStream out(&file);
    const std::size_t n = std::min(plan.nodes.size(), positions.size());
    out << kPositionsMagic << kPositionsVersion << quint32(n);
    for (std::size_t i = 0; i < n; ++i)
        out << positionKey(plan.nodes[i].key) << positions[i].x() << positions[i].y();
    if (!file.commit())
        return fail(tr("The map's positions could not be kept in %1: %2.").arg(path, file.errorString()));
    return {};
}

Positions startingPositions(const MapPlan &plan, const KeptPositions &kept, int centre, int *keptCount)
{
    const std::size_t n = plan.nodes.size();
    Positions positions = n == 0 ? Positions() : concentricLayout(plan.graph, Vertex(std::clamp(centre, 0, int(n) - 1)));
    std::vector<char> placed(n, 0);
    int count = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto found = kept.constFind(positionKey(plan.nodes[i].key));
        if (found != kept.cend()) {
            positions[i] = *found;
            placed[i] = 1;
            ++count;
        }
    }
    // A new node next to a neighbour that kept its place, so the picture does not jump.
    if (count > 0) {
        for (std::size_t i = 0; i < n; ++i) {
            if (placed[i])
                continue;
            for (const Vertex w : boost::make_iterator_range(boost::adjacent_vertices(Vertex(i), plan.graph))) {
                if (placed[w]) {
                    const double angle = double(i % 360) * std::numbers::pi / 180.0;
                    positions[i] = positions[w] + QPointF(30.0 * std::cos(angle), 30.0 * std::sin(angle));
                    break;
                }
            }
        }
    }
    if (keptCount)
        *keptCount = count;
    return positions;
}

} // namespace consentric::graph
