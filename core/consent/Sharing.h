// Employees' own consent decisions: joining or leaving the program, and the sharing level
// of each connection. The rules are here, not in any view:
//  - a connection starts private, and only its employee changes its level;
//  - personal and family connections leave private one at a time, with an explicit
//    confirmation (the caller has shown what the business would see);
//  - a level change moves the contact's details to where that level keeps them
//    (ContactVault); joining and leaving the program is in Participation.
#pragma once

#include "consent/Accounts.h"
#include "consent/Levels.h"
#include "util/Result.h"

#include <QList>

namespace consentric::storage {
class Database;
}

namespace consentric::consent {

enum class PersonalConfirmation { NotGiven, Given };

// What a bulk change did: personal and family connections are never changed in bulk.
struct BulkShare
{
    int changed = 0;
    int personalLeftAlone = 0;
};

class Sharing
{
public:
    explicit Sharing(storage::Database &db)
        : m_db(db)
    { }

    // Sets the level of the signed-in employee's own connections; returns how many changed.
    Result<int> setLevel(
        const Session &employee, const QList<qint64> &connectionIds, Level level, PersonalConfirmation confirmation = PersonalConfirmation::NotGiven);
    // The employee's professional connections at a company (matched on the normalised
    // name, so "ACME, Inc" is "Acme Inc."), or all of them.
    Result<BulkShare> setLevelForCompany(const Session &employee, const QString &company, Level level);
    Result<BulkShare> setLevelForAllProfessional(const Session &employee, Level level);

private:
    // companyKey null: every professional connection.
    Result<BulkShare> bulk(const Session &employee, const QString &companyKey, Level level);

    storage::Database &m_db;
};

} // namespace consentric::consent
