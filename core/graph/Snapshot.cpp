#include "graph/Snapshot.h"

#include "consent/Pseudonyms.h"
#include "contacts/CompanyName.h"
#include "contacts/ContactStore.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <map>

namespace consentric::graph {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::graph::Snapshot", text);
}

} // namespace

Vertex Snapshot::addEmployee(qint64 personId, const QString &name, const QString &department)
{
    const Vertex v = boost::add_vertex(Node{NodeKind::Employee, name, department, personId, {}}, m_graph);
    m_employees.insert(personId, v);
    return v;
}

Vertex Snapshot::addCompany(const QString &name, const QString &normalised)
{
    if (const auto known = m_companies.constFind(normalised); known != m_companies.cend())
        return *known;
    const Vertex v = boost::add_vertex(Node{NodeKind::Company, name, {}, 0, normalised}, m_graph);
    m_companies.insert(normalised, v);
    return v;
}

// Active people, and an edge between any two in the same department.
Result<void> Snapshot::loadPeople(storage::Database &db)
{
    auto rows = db.exec(QStringLiteral("SELECT p.id, p.name, COALESCE(d.name, '') FROM people p LEFT JOIN departments d ON d.id = p.department_id "
                                       "WHERE p.status = 'active' ORDER BY p.id"),
        tr("reading the team"));
    if (!rows)
        return rows.error();
    std::map<QString, std::vector<Vertex>> departments;
    while (rows->next()) {
        const QString department = rows->value(2).toString();
        const Vertex v = addEmployee(rows->value(0).toLongLong(), rows->value(1).toString(), department);
        if (!department.isEmpty())
            departments[department].push_back(v);
    }
    for (const auto &[name, members] : departments) {
        for (std::size_t i = 0; i < members.size(); ++i) {
            for (std::size_t j = i + 1; j < members.size(); ++j)
                boost::add_edge(members[i], members[j], Edge{}, m_graph);
        }
    }
    return {};
}

Result<Snapshot> Snapshot::forOwner(storage::Database &db, const consent::Session &owner)
{
    if (!owner.runsTheProgram())
        return fail(tr("%1 is not the owner or an admin, so the team's network is not available. Sign in as the owner.").arg(owner.person().email));
    Snapshot snapshot(Viewer::Owner);
    if (auto people = snapshot.loadPeople(db); !people)
        return people.error();
    // Only what counts for the business: discoverable and shared connections of active,
    // participating people. A discoverable contact's name is not even stored readable.
    auto rows = db.exec(QStringLiteral("SELECT n.id, n.employee_id, n.level, n.strength, n.context, c.id, c.pseudonym, c.display_name, "
                                       "COALESCE(co.name, ''), COALESCE(co.normalised, '') FROM connections n JOIN contacts c ON c.id = n.contact_id "
                                       "JOIN people p ON p.id = n.employee_id LEFT JOIN companies co ON co.id = c.company_id "
                                       "WHERE n.level IN ('discoverable', 'shared') AND p.participating = 1 AND p.status = 'active' ORDER BY n.id"),
        tr("reading the team's network"));
    if (!rows)
        return rows.error();
    QSet<QPair<Vertex, Vertex>> worksAt;
    while (rows->next()) {
        const qint64 employeeId = rows->value(1).toLongLong();
        const auto employee = snapshot.m_employees.constFind(employeeId);
        if (employee == snapshot.m_employees.cend())
            continue;
        const consent::Level level = consent::levelFromKey(rows->value(2).toString()).value_or(consent::Level::Private);
        // Without a pseudonym (its employee has no key yet) a contact stands on its own.
        const QByteArray identity = rows->value(6).isNull() ? "row:" + rows->value(5).toByteArray() : rows->value(6).toByteArray();
        std::optional<Vertex> company;
        if (const QString normalised = rows->value(9).toString(); !normalised.isEmpty()) {
            company = snapshot.addCompany(rows->value(8).toString(), normalised);
            Holders &holders = snapshot.m_holders[*company];
            holders.contacts.insert(identity);
            holders.employees.insert(employeeId);
        }
        if (level != consent::Level::Shared)
            continue;
        auto contact = snapshot.m_contacts.constFind(identity);
        if (contact == snapshot.m_contacts.cend()) {
            contact = snapshot.m_contacts.insert(
                identity, boost::add_vertex(Node{NodeKind::Contact, rows->value(7).toString(), {}, 0, {}}, snapshot.m_graph));
            snapshot.m_identities.insert(*contact, identity);
        }
        boost::add_edge(*employee, *contact,
            Edge{rows->value(3).toInt(), consent::contextFromKey(rows->value(4).toString()).value_or(consent::Context::Professional), level,
                rows->value(0).toLongLong()},
            snapshot.m_graph);
        if (company && !worksAt.contains({*contact, *company})) {
            worksAt.insert({*contact, *company});
            boost::add_edge(*contact, *company, Edge{}, snapshot.m_graph);
        }
    }
    return snapshot;
}

Result<Snapshot> Snapshot::forEmployee(storage::Database &db, const consent::Session &employee)
{
    auto own = contacts::ContactStore(db).ownConnections(employee);
    if (!own)
        return own.error();
    Snapshot snapshot(Viewer::Employee);
    const consent::Person &me = employee.person();
    const Vertex self = snapshot.addEmployee(me.id, me.name, me.department);
    QSet<QPair<Vertex, Vertex>> worksAt;
    for (const contacts::OwnConnection &c : *own) {
        const consent::ContactDetails &d = c.details;
        const QByteArray identity = consent::Pseudonyms::identityOf(d.email, d.profileUrl, d.displayName, d.company);
        auto contact = snapshot.m_contacts.constFind(identity);
        if (contact == snapshot.m_contacts.cend()) {
            contact = snapshot.m_contacts.insert(identity, boost::add_vertex(Node{NodeKind::Contact, d.displayName, {}, 0, {}}, snapshot.m_graph));
            snapshot.m_identities.insert(*contact, identity);
        }
        boost::add_edge(self, *contact, Edge{c.strength, c.context, c.level, c.id}, snapshot.m_graph);
        const QString normalised = contacts::normaliseCompanyName(d.company);
        if (normalised.isEmpty())
            continue;
        const Vertex company = snapshot.addCompany(d.company.simplified(), normalised);
        Holders &holders = snapshot.m_holders[company];
        holders.contacts.insert(identity);
        holders.employees.insert(me.id);
        if (!worksAt.contains({*contact, company})) {
            worksAt.insert({*contact, company});
            boost::add_edge(*contact, company, Edge{}, snapshot.m_graph);
        }
    }
    return snapshot;
}

std::optional<Vertex> Snapshot::company(const QString &name) const
{
    const auto found = m_companies.constFind(contacts::normaliseCompanyName(name));
    return found == m_companies.cend() ? std::nullopt : std::optional<Vertex>(*found);
}

std::optional<Vertex> Snapshot::employee(qint64 personId) const
{
    const auto found = m_employees.constFind(personId);
    return found == m_employees.cend() ? std::nullopt : std::optional<Vertex>(*found);
}

QByteArray Snapshot::key(Vertex v) const
{
    const Node &node = m_graph[v];
    switch (node.kind) {
    case NodeKind::Employee: return "e:" + QByteArray::number(node.personId);
    case NodeKind::Company: return "c:" + node.normalised.toUtf8();
    case NodeKind::Contact: break;
    }
    return "p:" + m_identities.value(v);
}

qint64 Snapshot::contactsAt(Vertex company) const
{
    return m_holders.value(company).contacts.size();
}

metrics::SuppressedCount Snapshot::teamMembersAt(Vertex company) const
{
    return metrics::SuppressedCount::ofPeople(m_holders.value(company).employees.size());
}

} // namespace consentric::graph
