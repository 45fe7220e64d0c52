// Joining and leaving the referral program. An employee joins by acknowledging the current
// connection policy and leaves at any moment with no reason asked. Leaving takes every
// discoverable and shared connection of theirs out of every owner-facing figure at once
// (those queries count participating people only) and keeps each connection's level, so
// joining again restores it. Each change is a row in the consent ledger, with the policy
// version and the time; the ledger is hash-chained like the audit log, so a row edited
// behind Consentric's back is found before anything else is written.
#pragma once

#include "consent/Accounts.h"
#include "util/Result.h"

#include <QDateTime>
#include <vector>

namespace consentric::storage {
class Database;
}

namespace consentric::consent {

struct LedgerEntry
{
    qint64 id = 0;
    qint64 personId = 0;
    QDateTime at;
    QString action; // "opted-in", "opted-out" or "acknowledged" (a new policy version, while in)
    QString policyVersion;
    QString prevHash;
    QString hash;
};

class Participation
{
public:
    explicit Participation(storage::Database &db)
        : m_db(db)
    { }

    // `acknowledgedVersion` is the policy version the person was shown and accepted; it
    // must still be the current one.
    Result<void> optIn(const Session &employee, const QString &acknowledgedVersion);
    Result<void> optOut(const Session &employee);
    // A participant read a newly published version (`acknowledgedVersion` must be the
    // current one). Nothing else changes; acknowledging twice records one row.
    Result<void> acknowledge(const Session &employee, const QString &acknowledgedVersion);
    // The signed-in person's own ledger rows, oldest first (the whole chain is checked).
    Result<std::vector<LedgerEntry>> ledger(const Session &employee) const;
    // Whether the person is active and takes part in the program now.
    Result<bool> takesPart(qint64 personId) const;
    // Erasing someone's data takes them out of the program; the ledger says so.
    Result<void> recordErasure(qint64 personId);
    // Checks the whole chain; fails with the first row that does not hold.
    Result<void> verify() const;

    static QString hashOf(const LedgerEntry &entry);

private:
    Result<void> record(qint64 personId, const QString &action, const QString &policyVersion);
    Result<QString> checkVersion(const QString &acknowledgedVersion) const;
    Result<std::vector<LedgerEntry>> all() const;
    storage::Database &m_db;
};

} // namespace consentric::consent
