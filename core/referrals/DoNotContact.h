// The do-not-contact list: people who said no to further contact. An entry is the
// contact's keyed pseudonym (a BLAKE2b hash under the team's pseudonym key, which neither
// the owner nor a holder of the database has), never a name or an address: the list can
// block a request that would reach the person, and tells nobody who they are. The same
// person known to two employees has one pseudonym, so an entry blocks both ways in.
#pragma once

#include "consent/Accounts.h"
#include "util/Result.h"

namespace consentric::storage {
class Database;
}

namespace consentric::referrals {

class DoNotContact
{
public:
    explicit DoNotContact(storage::Database &db)
        : m_db(db)
    { }

    // Adds the contact of a connection: the employee's own, or (owner, admin) a shared one.
    Result<void> add(const consent::Session &session, qint64 connectionId);
    Result<bool> isBlocked(qint64 connectionId) const;
    Result<qint64> count() const;

private:
    storage::Database &m_db;
};

} // namespace consentric::referrals
