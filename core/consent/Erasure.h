// Erasing a person's data (DESIGN.md, `consentric erase`): their connections and contacts
// are deleted in one transaction, with one tombstone in the audit log. On SQLite the
// deleted bytes are overwritten (secure_delete, on for every connection) and the WAL is
// checkpointed and truncated afterwards, so the names are gone from the files too.
//  - the employee erasing their own data keeps an empty account, out of the program;
//  - the owner (or an admin) erasing someone who left also closes the account.
#pragma once

#include "consent/Accounts.h"
#include "util/Result.h"

namespace consentric::storage {
class Database;
}

namespace consentric::consent {

struct Erased
{
    int connections = 0;
    // False when another program held the database open, so the WAL could not be
    // truncated yet; the bytes go at its next checkpoint.
    bool filesClean = true;
};

class Erasure
{
public:
    explicit Erasure(storage::Database &db)
        : m_db(db)
    { }

    Result<Erased> eraseOwnData(const Session &employee);
    Result<Erased> eraseSomeoneWhoLeft(const Session &owner, const QString &email);
    // A forgotten passphrase, with no recovery code: there is no back door, so the owner
    // can only erase the person's connections and give them a fresh, empty account with a
    // passphrase to change at first sign-in.
    Result<Erased> giveFreshAccount(const Session &owner, const QString &email, const QString &passphrase, const KdfLimits &limits);

private:
    Result<Erased> erase(qint64 personId, std::optional<qint64> actor, bool closeAccount);

    storage::Database &m_db;
};

} // namespace consentric::consent
