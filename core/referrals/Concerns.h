// Concerns: an employee reports feeling pressured, or an uncomfortable situation, to the
// owner or to the trusted person the owner designated, by name or anonymously.
//  - The content (and the reporter's name, when they give it) is sealed to the chosen
//    recipient's public key (libsodium sealed box): only they can read it.
//  - The concern row has no author column at all; the reporter keeps a receipt of its id
//    sealed under their own key, so they can follow its status (received, being handled,
//    resolved) and nobody can link the report to them.
//  - Everyone else sees counts by status only.
#pragma once

#include "consent/Accounts.h"
#include "util/Result.h"

#include <QDate>

#include <map>
#include <vector>

namespace consentric::storage {
class Database;
}

namespace consentric::referrals {

enum class ConcernStatus { Received, Handling, Resolved };
QString key(ConcernStatus status);
QString label(ConcernStatus status);
std::optional<ConcernStatus> concernStatusFromKey(const QString &key);

enum class ConcernRecipient { Owner, TrustedPerson };

struct ConcernInput
{
    ConcernRecipient to = ConcernRecipient::Owner;
    bool anonymous = true;
    QString text;
};

// What the reporter sees of their own concern.
struct ConcernReceipt
{
    qint64 id = 0;
    QDate reportedOn;
    QString recipient; // the recipient's name
    ConcernStatus status = ConcernStatus::Received;
    QDate statusOn;
};

// What the recipient reads.
struct ConcernReport
{
    qint64 id = 0;
    QDate reportedOn;
    ConcernStatus status = ConcernStatus::Received;
    QDate statusOn;
    QString text;
    QString reporter; // empty when anonymous
};

struct ConcernCounts
{
    std::map<ConcernStatus, qint64> byStatus;
    qint64 total() const;
};

class Concerns
{
public:
    explicit Concerns(storage::Database &db)
        : m_db(db)
    { }

    // Who can receive a concern: the owner, and the trusted person when one is designated.
    Result<std::vector<std::pair<ConcernRecipient, QString>>> recipients() const;
    Result<qint64> report(const consent::Session &reporter, const ConcernInput &input);
    Result<std::vector<ConcernReceipt>> mine(const consent::Session &reporter) const;
    // The concerns addressed to the signed-in person, opened.
    Result<std::vector<ConcernReport>> addressedTo(const consent::Session &recipient) const;
    // Only the recipient moves a concern along.
    Result<void> setStatus(const consent::Session &recipient, qint64 concernId, ConcernStatus status);
    // Counts by status, for anyone signed in (reported in [from, to] when given).
    Result<ConcernCounts> counts(QDate from = {}, QDate to = {}) const;

private:
    Result<std::vector<qint64>> receipts(const consent::Session &reporter) const;
    Result<qint64> recipientId(ConcernRecipient to) const;
    storage::Database &m_db;
};

} // namespace consentric::referrals
