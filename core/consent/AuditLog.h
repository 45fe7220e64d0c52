// The audit log: append-only and hash-chained. Each entry's hash covers its own fields and
// the hash of the entry before it, so editing or removing any entry breaks the chain at
// that point, and removing entries from the end is caught against a head hash printed
// earlier (the quarterly report prints it). Entries hold ids, never a contact's name.
// Entries about an employee's private decisions carry no readable action or details: the
// owner sees "private entry".
#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>
#include <vector>

namespace consentric::storage {
class Database;
}

namespace consentric::consent {

class Session;

// What the owner may read of an entry about an employee's own decisions.
inline const QString kPrivateEntry = QStringLiteral("private entry");

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    std::optional<qint64> actor;
    std::optional<qint64> subject;
    QString action;
    QString details; // compact JSON of ids and counts
    QByteArray sealedDetails; // action and details sealed to the subject (private entries)
    QString prevHash;
    QString hash;
};

struct AuditCheck
{
    qint64 count = 0;
    QString head; // the last entry's hash, or the genesis hash of an empty log
    bool intact = true;
    std::optional<qint64> firstBroken; // the first entry that does not hold
    QString problem; // one sentence, when not intact
};

class AuditLog
{
public:
    explicit AuditLog(storage::Database &db)
        : m_db(db)
    { }

    static QString genesisHash();

    Result<qint64> append(std::optional<qint64> actor, std::optional<qint64> subject, const QString &action, const QJsonObject &details = {});
    // An entry about the subject's own decision: the owner reads "private entry"; the
    // action and details are sealed to the subject's public key, so only they can read
    // them (accounts without a key pair yet keep no details).
    Result<qint64> appendPrivate(qint64 subject, const QString &action, const QJsonObject &details = {});
    // Walks the whole chain. `expectHead`, when given, must be the hash of some entry.
    Result<AuditCheck> verify(const QString &expectHead = {}) const;
    Result<std::vector<AuditEntry>> entries(std::optional<qint64> about = std::nullopt) const;
    // What the owner (or an admin) reads: every entry, except that sign-ins (and refused
    // sign-ins and recoveries) appear only as one count a day, with nobody named.
    Result<std::vector<AuditEntry>> ownerView(const Session &owner) const;
    // The entries about the signed-in person, with their private entries opened.
    Result<std::vector<AuditEntry>> ownEntries(const Session &session) const;

    static QString hashOf(const AuditEntry &entry);

private:
    Result<qint64> write(
        std::optional<qint64> actor, std::optional<qint64> subject, const QString &action, const QString &details, const QByteArray &sealedDetails);
    storage::Database &m_db;
};

} // namespace consentric::consent
