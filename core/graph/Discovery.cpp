#include "graph/Discovery.h"

#include "consent/AuditLog.h"
#include "contacts/CompanyName.h"
#include "graph/Snapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace consentric::graph {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::graph::Discovery", text);
}

// The best shared path to each contact at the company: the holder with the strongest
// connection (on a tie, the first by name).
std::vector<IntroductionPath> pathsTo(const Snapshot &snapshot, Vertex company)
{
    const Graph &g = snapshot.graph();
    std::vector<IntroductionPath> paths;
    for (const Vertex contact : boost::make_iterator_range(boost::adjacent_vertices(company, g))) {
        if (g[contact].kind != NodeKind::Contact)
            continue;
        std::optional<IntroductionPath> best;
        for (const auto edge : boost::make_iterator_range(boost::out_edges(contact, g))) {
            const Vertex holder = boost::target(edge, g);
            if (g[holder].kind != NodeKind::Employee || g[edge].level != consent::Level::Shared)
                continue;
            const IntroductionPath path{g[holder].label, g[contact].label, 2, g[edge].strength};
            if (!best || path.strength > best->strength || (path.strength == best->strength && path.employee < best->employee))
                best = path;
        }
        if (best)
            paths.push_back(*best);
    }
    std::sort(paths.begin(), paths.end(), [](const IntroductionPath &a, const IntroductionPath &b) {
        if (a.strength != b.strength)
            return a.strength > b.strength;
        return a.contact != b.contact ? a.contact < b.contact : a.employee < b.employee;
    });
    return paths;
}

} // namespace

Result<Discovery> discover(storage::Database &db, const consent::Session &owner, const QString &company)
{
    const QString asked = company.simplified();
    if (contacts::normaliseCompanyName(asked).isEmpty())
        return fail(tr("Give the name of a company, for example “Acme Inc.”."));
    auto snapshot = Snapshot::forOwner(db, owner);
    if (!snapshot)
        return snapshot.error();
    Discovery found;
    found.company = asked;
    found.normalised = contacts::normaliseCompanyName(asked);
    const std::optional<Vertex> vertex = snapshot->company(asked);
    if (vertex) {
        found.company = snapshot->graph()[*vertex].label;
        found.contacts = snapshot->contactsAt(*vertex);
        found.teamMembers = snapshot->teamMembersAt(*vertex);
        found.paths = pathsTo(*snapshot, *vertex);
    }
    if (found.contacts == 0) {
        found.message
            = tr("Nobody on the team can reach %1 yet: no one taking part has a discoverable or shared connection there.").arg(found.company);
        return found;
    }
    found.message = tr("People at %1 the team can reach within 2 hops: %2.").arg(found.company).arg(found.contacts);
    if (!found.paths.empty()) {
        found.message
            += QLatin1Char(' ') + tr("Through shared connections, named below (ask the employee to introduce you): %1.").arg(found.paths.size());
        // The names of shared connections were read: recorded, as reading them on their page is.
        auto logged = consent::AuditLog(db).append(owner.person().id, std::nullopt, QStringLiteral("read-shared"),
            {{QStringLiteral("company"), found.normalised}, {QStringLiteral("connections"), qint64(found.paths.size())}});
        if (!logged)
            return logged.error();
    }
    return found;
}

QJsonObject toJson(const Discovery &discovery)
{
    QJsonArray paths;
    for (const IntroductionPath &p : discovery.paths) {
        paths.append(QJsonObject{{QStringLiteral("employee"), p.employee}, {QStringLiteral("contact"), p.contact}, {QStringLiteral("hops"), p.hops},
            {QStringLiteral("strength"), p.strength}});
    }
    const QJsonValue members
        = discovery.teamMembers.suppressed() ? QJsonValue(discovery.teamMembers.toString()) : QJsonValue(*discovery.teamMembers.value());
    return {{QStringLiteral("company"), discovery.company}, {QStringLiteral("normalised"), discovery.normalised},
        {QStringLiteral("reach"),
            QJsonObject{{QStringLiteral("hops"), discovery.hops}, {QStringLiteral("contacts"), discovery.contacts},
                {QStringLiteral("team_members"), members}}},
        {QStringLiteral("paths"), paths}, {QStringLiteral("message"), discovery.message}};
}

} // namespace consentric::graph
