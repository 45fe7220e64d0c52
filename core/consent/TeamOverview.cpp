#include "consent/TeamOverview.h"

#include "storage/Database.h"

#include <QCoreApplication>

#include <map>

namespace consentric::consent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::consent::TeamOverview", text);
}

} // namespace

Result<std::vector<TeamMember>> TeamOverview::members() const
{
    auto query = m_db.exec(QStringLiteral("SELECT p.id, p.name, p.email, COALESCE(d.name, ''), p.role, p.status, "
                                          "  (SELECT COUNT(*) FROM connections c WHERE c.employee_id = p.id AND c.level = 'shared' "
                                          "     AND p.participating = 1 AND p.status = 'active') "
                                          "FROM people p LEFT JOIN departments d ON d.id = p.department_id "
                                          "ORDER BY p.name, p.id"),
        tr("reading the team"));
    if (!query)
        return query.error();
    std::vector<TeamMember> members;
    while (query->next()) {
        TeamMember m;
        m.id = query->value(0).toLongLong();
        m.name = query->value(1).toString();
        m.email = query->value(2).toString();
        m.department = query->value(3).toString();
        m.role = roleFromKey(query->value(4).toString()).value_or(Role::Employee);
        m.status = query->value(5).toString() == QLatin1String("left") ? Status::Left : Status::Active;
        m.sharedConnections = query->value(6).toLongLong();
        members.push_back(std::move(m));
    }
    return members;
}

Result<std::vector<DepartmentSummary>> TeamOverview::departments() const
{
    // The raw figures stay inside this function: only suppressed counts leave it.
    struct Raw
    {
        qint64 active = 0, participants = 0, discoverable = 0, holders = 0;
    };
    std::map<QString, Raw> raw;
    auto people = m_db.exec(QStringLiteral("SELECT d.name, "
                                           "  SUM(CASE WHEN p.status = 'active' THEN 1 ELSE 0 END), "
                                           "  SUM(CASE WHEN p.status = 'active' AND p.participating = 1 THEN 1 ELSE 0 END) "
                                           "FROM departments d LEFT JOIN people p ON p.department_id = d.id GROUP BY d.name"),
        tr("counting the team by department"));
    if (!people)
        return people.error();
    while (people->next()) {
        Raw &r = raw[people->value(0).toString()];
        r.active = people->value(1).toLongLong();
        r.participants = people->value(2).toLongLong();
    }
    auto discoverable = m_db.exec(QStringLiteral("SELECT d.name, COUNT(c.id), COUNT(DISTINCT p.id) "
                                                 "FROM connections c JOIN people p ON p.id = c.employee_id "
                                                 "JOIN departments d ON d.id = p.department_id "
                                                 "WHERE c.level = 'discoverable' AND p.participating = 1 AND p.status = 'active' "
                                                 "GROUP BY d.name"),
        tr("counting discoverable connections"));
    if (!discoverable)
        return discoverable.error();
    while (discoverable->next()) {
        Raw &r = raw[discoverable->value(0).toString()];
        r.discoverable = discoverable->value(1).toLongLong();
        r.holders = discoverable->value(2).toLongLong();
    }
    std::vector<DepartmentSummary> summaries;
    for (const auto &[name, r] : raw) {
        DepartmentSummary s;
        s.department = name;
        s.activePeople = r.active;
        s.participants = metrics::SuppressedCount::ofPeople(r.participants);
        s.discoverableConnections = metrics::SuppressedCount::of(r.discoverable, r.holders);
        summaries.push_back(std::move(s));
    }
    return summaries;
}

} // namespace consentric::consent
