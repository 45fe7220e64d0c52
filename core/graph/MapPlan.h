// What the network map draws, decided here in core so that its privacy rule and its item
// limit are tested without a window.
//
// A plan is made from one viewer's snapshot and the map's filters (department, company,
// context, sharing level, minimum strength). It holds exactly the snapshot's nodes that pass
// them, so the owner's plan can never hold a connection that is not shared. Companies the
// team reaches only through discoverable connections hang off one "The team" node by an
// aggregate edge that carries a count and names nobody.
//
// The scene may hold at most `itemLimit` items (nodes and edges, 50,000 by default). When
// the detailed plan would hold more, the plan is aggregated: one node per department (its
// employees) and one per company (its people), joined by edges that count connections.
// `expand` then gives the members of one aggregate, for the map to show as the person zooms
// in, as long as the limit allows.
#pragma once

#include "graph/Layout.h"
#include "graph/Snapshot.h"

#include <QHash>
#include <QPointF>
#include <QString>

#include <optional>
#include <vector>

namespace consentric::graph {

struct MapFilter
{
    QString department; // employees of this department only; empty: everyone
    QString company; // people at this company only, in any spelling; empty: everywhere
    std::optional<consent::Context> context;
    std::optional<consent::Level> level; // meaningful on an employee's own map
    int minimumStrength = 1;
};

enum class MapNodeKind { Team, Employee, Contact, Company, Department, CompanyGroup };

struct MapNode
{
    MapNodeKind kind = MapNodeKind::Contact;
    QString label;
    QString department; // employees and departments: for the colour
    std::optional<Vertex> vertex; // the snapshot's node (employees, contacts, companies, company groups)
    qint64 count = 0; // companies: people the viewer reaches there; aggregates: members
    QString teamMembers; // companies on the owner's map: how many hold them, "fewer than 3" below three
    consent::Level level = consent::Level::Private; // contacts: the widest level of the viewer's connections to them
    QByteArray key; // the same from one session to the next (kept positions)
    std::vector<Vertex> members; // aggregates: whom they stand for
};

struct MapEdge
{
    enum class Kind { Connection, Colleague, WorksAt, Aggregate, Discoverable };
    int from = 0; // node indices
    int to = 0;
    Kind kind = Kind::Connection;
    int strength = 0; // connections (1–5) and aggregates (the strongest inside)
    consent::Level level = consent::Level::Private;
    qint64 count = 1; // aggregates: connections inside; discoverable: people reachable
};

struct MapPlan
{
    std::vector<MapNode> nodes;
    std::vector<MapEdge> edges;
    bool aggregated = false;
    Graph graph; // the nodes and edges again, for the layouts (vertex i is node i)
    std::vector<int> nodeOfVertex; // by snapshot vertex: the node showing it (an aggregate's for its members), or -1
    qsizetype items() const { return qsizetype(nodes.size() + edges.size()); }
};

inline constexpr qsizetype kMapItemLimit = 50'000;

// The snapshot a person's map is drawn from: the owner's (or an admin's) for them, their own
// for an employee. Opening the owner's map names shared connections, so it is recorded in
// the audit log (as "read-shared" with the number of connections), as reading them is.
Result<Snapshot> mapSnapshot(storage::Database &db, const consent::Session &session);

MapPlan planMap(const Snapshot &snapshot, const MapFilter &filter, qsizetype itemLimit = kMapItemLimit);

// The members of aggregate `node` of an aggregated plan: a department's employees, a
// company's people, with their edges. In `edges`, `from` is an index into `nodes` and `to` a
// node of the plan.
struct MapExpansion
{
    std::vector<MapNode> nodes;
    std::vector<MapEdge> edges;
    qsizetype items() const { return qsizetype(nodes.size() + edges.size()); }
};
MapExpansion expand(const Snapshot &snapshot, const MapPlan &plan, int node, const MapFilter &filter);

// Positions kept between sessions, by node key. Keys are stored hashed (SHA-256), so the
// file names nobody.
using KeptPositions = QHash<quint64, QPointF>;
quint64 positionKey(const QByteArray &key);
KeptPositions readPositions(const QString &path);
Result<void> writePositions(const QString &path, const MapPlan &plan, const Positions &positions);

// Where the layout starts: a node's kept position when there is one, else near a placed
// neighbour, else its place on the concentric rings around `centre`. `kept` says how many
// nodes had a kept position.
Positions startingPositions(const MapPlan &plan, const KeptPositions &positions, int centre, int *kept = nullptr);

} // namespace consentric::graph
