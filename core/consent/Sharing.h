// Employees' own consent decisions: joining or leaving the program, and the sharing level
// of each connection. The rules are here, not in any view:
//  - a connection starts private, and only its employee changes its level;
//  - personal and family connections leave private one at a time, with an explicit
//    confirmation (the caller has shown what the business would see);
//  - leaving the program keeps each level, so joining again restores it, while every
//    owner-facing query stops counting the employee at once.
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

class Sharing
{
public:
    explicit Sharing(storage::Database &db)
        : m_db(db)
    { }

    // Sets the level of the signed-in employee's own connections; returns how many changed.
    Result<int> setLevel(
        const Session &employee, const QList<qint64> &connectionIds, Level level, PersonalConfirmation confirmation = PersonalConfirmation::NotGiven);
    Result<void> setParticipating(const Session &employee, bool participating);

private:
    storage::Database &m_db;
};

} // namespace consentric::consent
