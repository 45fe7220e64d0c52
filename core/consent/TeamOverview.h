// What the owner sees of the team (the Team page, and later reports): each person's
// name, department, role, status and number of *shared* connections; participation and
// discoverable connections only per department, as suppressed counts. Only people who
// are active and participating count anywhere here: leaving the program, or the
// organisation, takes an employee out of every figure at once.
#pragma once

#include "consent/People.h"
#include "metrics/SuppressedCount.h"
#include "util/Result.h"

#include <vector>

namespace consentric::storage {
class Database;
}

namespace consentric::consent {

struct TeamMember
{
    qint64 id = 0;
    QString name;
    QString email;
    QString department;
    Role role = Role::Employee;
    Status status = Status::Active;
    qint64 sharedConnections = 0;
};

struct DepartmentSummary
{
    QString department;
    qint64 activePeople = 0;
    metrics::SuppressedCount participants = metrics::SuppressedCount::ofPeople(0);
    metrics::SuppressedCount discoverableConnections = metrics::SuppressedCount::ofPeople(0);
};

class TeamOverview
{
public:
    explicit TeamOverview(storage::Database &db)
        : m_db(db)
    { }

    Result<std::vector<TeamMember>> members() const;
    Result<std::vector<DepartmentSummary>> departments() const;

private:
    storage::Database &m_db;
};

} // namespace consentric::consent
