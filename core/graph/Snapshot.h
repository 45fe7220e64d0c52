// One connection graph per viewer, built from exactly what that viewer may see
// (DESIGN.md, "The graph"). Nodes are employees, contacts and companies; edges are
// employee–contact (a connection), employee–employee (same department) and
// contact–company (works at); a hop is one edge.
//
// The owner's snapshot holds active employees, the participating employees' *shared*
// connections with their contacts and companies, and their *discoverable* connections only
// as an aggregate per company: which contacts (by pseudonym) and which employees stand
// behind it stay inside this class, and only counts leave it, employee counts suppressed
// below three. An employee's snapshot is their own whole network, private connections
// included, decrypted in memory with their key and never written back.
//
// A snapshot is built when it is asked for, so a consent change is seen by the very next
// query: nothing outlives the call that built it unless the caller keeps it.
#pragma once

#include "consent/Accounts.h"
#include "consent/Levels.h"
#include "metrics/SuppressedCount.h"
#include "util/Result.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <boost/graph/adjacency_list.hpp>

#include <optional>
#include <vector>

namespace consentric::storage {
class Database;
}

namespace consentric::graph {

enum class NodeKind { Employee, Contact, Company };

struct Node
{
    NodeKind kind = NodeKind::Contact;
    QString label; // a name; a contact's display name only where the viewer may read it
    QString department; // employees
    qint64 personId = 0; // employees
    QString normalised; // companies: the normalised name they are found by
};

struct Edge
{
    int strength = 0; // employee–contact: 1–5; other edges: 0
    consent::Context context = consent::Context::Professional;
    consent::Level level = consent::Level::Private;
    qint64 connectionId = 0; // employee–contact
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, Node, Edge>;
using Vertex = Graph::vertex_descriptor;

class Snapshot
{
public:
    enum class Viewer { Owner, Employee };

    // The owner's (or an admin's) snapshot; refused for anyone else.
    static Result<Snapshot> forOwner(storage::Database &db, const consent::Session &owner);
    // The signed-in employee's own network.
    static Result<Snapshot> forEmployee(storage::Database &db, const consent::Session &employee);

    Viewer viewer() const { return m_viewer; }
    const Graph &graph() const { return m_graph; }
    // A company by any spelling of its name ("ACME, Inc" finds "Acme Inc.").
    std::optional<Vertex> company(const QString &name) const;
    std::optional<Vertex> employee(qint64 personId) const;
    // What stays the same for a node from one snapshot to the next (for the map's kept
    // positions): "e:" and the person id, "c:" and the normalised company name, "p:" and the
    // contact's identity (its pseudonym on the owner's snapshot).
    QByteArray key(Vertex v) const;

    // Distinct contacts at the company reached through the viewer's connections (the
    // owner: every participating employee's discoverable and shared ones), and how many
    // employees hold them, suppressed below three.
    qint64 contactsAt(Vertex company) const;
    metrics::SuppressedCount teamMembersAt(Vertex company) const;

private:
    explicit Snapshot(Viewer viewer)
        : m_viewer(viewer)
    { }
    Vertex addEmployee(qint64 personId, const QString &name, const QString &department);
    Vertex addCompany(const QString &name, const QString &normalised);
    Result<void> loadPeople(storage::Database &db);

    // Who holds what at one company, kept inside: contacts by identity (pseudonym, or the
    // row for a contact without one) and employees by id.
    struct Holders
    {
        QSet<QByteArray> contacts;
        QSet<qint64> employees;
    };

    Viewer m_viewer;
    Graph m_graph;
    QHash<QString, Vertex> m_companies; // by normalised name
    QHash<qint64, Vertex> m_employees; // by person id
    QHash<QByteArray, Vertex> m_contacts; // by identity
    QHash<Vertex, QByteArray> m_identities; // the other way
    QHash<Vertex, Holders> m_holders; // by company vertex: discoverable and shared together
};

} // namespace consentric::graph
