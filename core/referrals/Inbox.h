// The referral program, the employee's side: their inbox of requests, answered privately.
//  - "Make the introduction" or "mention my name only" accepts, naming which of their own
//    connections they mean; the first acceptance quietly closes the request for everyone
//    else who was asked.
//  - "Decline" takes an optional reason that only they can read (sealed under their key).
//  - The introducer marks "introduction sent", and sees every later step the owner records.
//  - When the person they introduced says no, the introducer puts them on the
//    do-not-contact list (their keyed pseudonym, never their name).
// Answering a request that already closed is refused with a sentence saying why.
#pragma once

#include "consent/Accounts.h"
#include "consent/Levels.h"
#include "referrals/ReferralTypes.h"
#include "util/Result.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace consentric::storage {
class Database;
}

namespace consentric::referrals {

// One of the employee's own connections that could make the introduction.
struct Candidate
{
    qint64 connectionId = 0;
    QString name;
    QString givenName;
    QString email;
    QString title;
    consent::Level level = consent::Level::Discoverable;
    int strength = 3;
};

struct PipelineEvent
{
    QDateTime at;
    Stage stage = Stage::Requested;
    QString note;
};

struct InboxItem
{
    qint64 requestId = 0;
    QString company;
    TargetKind kind = TargetKind::Customer;
    QString reason;
    QString askedBy;
    QString askedByEmail;
    bool named = false; // asked by name, about one of their shared connections
    QDateTime askedAt;
    QDateTime expiresAt;
    RecipientStatus status = RecipientStatus::Pending;
    QDateTime answeredAt;
    QString declineReason; // theirs alone
    std::optional<Answer> answer;
    Stage stage = Stage::Requested; // where the request stands (for their accepted ones)
    std::optional<Outcome> outcome;
    std::optional<QDate> meetingOn;
    std::optional<Candidate> introducing; // the connection they accepted with
    std::vector<Candidate> candidates; // while pending: who they could introduce
    std::vector<PipelineEvent> events; // once accepted: every step, to close the loop
    bool blocked = false; // the person they introduced asked not to be contacted again
};

class Inbox
{
public:
    explicit Inbox(storage::Database &db)
        : m_db(db)
    { }

    // The signed-in employee's requests, newest first.
    Result<std::vector<InboxItem>> items(const consent::Session &employee);
    Result<InboxItem> item(const consent::Session &employee, qint64 requestId);
    // How many requests wait for their answer (the navigation shows it).
    Result<int> waiting(const consent::Session &employee);

    Result<void> accept(const consent::Session &employee, qint64 requestId, Answer answer, qint64 connectionId);
    Result<void> decline(const consent::Session &employee, qint64 requestId, const QString &reason = {});
    // The introducer sent the introduction from their own mail program.
    Result<void> markIntroduced(const consent::Session &employee, qint64 requestId);
    // The introducer takes back "introduction sent" (undo), while nothing came after it.
    Result<void> unmarkIntroduced(const consent::Session &employee, qint64 requestId);
    // The person introduced said no: the request ends with no result, and they go on the
    // do-not-contact list.
    Result<void> recipientSaidNo(const consent::Session &employee, qint64 requestId);

private:
    struct Row;
    Result<Row> mine(const consent::Session &employee, qint64 requestId);
    Result<std::vector<Candidate>> candidates(const consent::Session &employee, qint64 targetId);
    Result<void> event(qint64 requestId, Stage stage, const QString &note = {});
    storage::Database &m_db;
};

} // namespace consentric::referrals
