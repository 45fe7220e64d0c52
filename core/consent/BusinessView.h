// What the business sees of the team's networks, and the employee's preview of it. Both
// come from the same functions: the owner's call computes the figures over everyone; the
// preview takes the very same figures and keeps the rows this employee contributes to,
// so "What the business sees" cannot drift from what the owner's views show.
//
// Only active, participating people's discoverable and shared connections count. Names of
// discoverable contacts never leave core (they are not even stored readable); contacts
// are counted once per pseudonym; counts of employees below three are "fewer than 3".
// Every owner call that returns shared connection details is written to the audit log.
#pragma once

#include "consent/Accounts.h"
#include "consent/Levels.h"
#include "consent/TeamOverview.h"
#include "metrics/SuppressedCount.h"
#include "util/Result.h"

#include <QJsonObject>
#include <vector>

namespace consentric::storage {
class Database;
}

namespace consentric::consent {

// One company the team can reach through discoverable or shared connections.
struct CompanyReach
{
    QString company;
    QString normalised;
    qint64 contacts = 0; // distinct contacts (by pseudonym)
    metrics::SuppressedCount teamMembers = metrics::SuppressedCount::ofPeople(0);
    qint64 yourContacts = 0; // in a preview: how many of them are the employee's
};

// A connection its employee shared: the owner sees it, and whose it is.
struct SharedConnection
{
    qint64 connectionId = 0;
    qint64 employeeId = 0;
    QString employee;
    QString name;
    QString email;
    QString phone;
    QString profileUrl;
    QString company;
    QString title;
    Context context = Context::Professional;
    int strength = 3;
};

struct BusinessPreview
{
    std::optional<TeamMember> member; // the employee's own row on the Team page
    std::optional<DepartmentSummary> department; // their department's row
    std::vector<CompanyReach> companies; // companies their connections count towards
    std::vector<SharedConnection> shared; // their shared connections, as the owner sees them
    bool participating = false;
};

class BusinessView
{
public:
    explicit BusinessView(storage::Database &db)
        : m_db(db)
    { }

    // The owner's (or an admin's) figures. Refused for anyone else.
    Result<std::vector<CompanyReach>> companies(const Session &owner) const;
    Result<std::vector<SharedConnection>> sharedConnections(const Session &owner) const;

    // The employee's own contributions to what the owner sees.
    Result<BusinessPreview> preview(const Session &employee) const;

    static QJsonObject toJson(const CompanyReach &reach, bool withYours);
    static QJsonObject toJson(const SharedConnection &shared);
    static QJsonObject toJson(const BusinessPreview &preview);

private:
    Result<std::vector<CompanyReach>> computeCompanies(std::optional<qint64> contributor) const;
    Result<std::vector<SharedConnection>> computeShared(std::optional<qint64> employee) const;
    storage::Database &m_db;
};

} // namespace consentric::consent
