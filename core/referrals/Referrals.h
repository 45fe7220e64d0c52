// The referral tracker, the owner's side: targets the business would like to reach, and
// requests that go through the employees, never around them.
//  - A company target is asked of "whoever on the team can help": every participating
//    employee with a discoverable or shared connection there (and free to be asked, see
//    Guardrails) receives it in their inbox; the owner learns who only when someone accepts.
//  - A person target (a connection its employee shared) is asked of that employee by name.
//    The owner sees it "open" until it is accepted or expires; a decline shows only at
//    expiry, as "closed — no introduction", like no answer at all.
// Nothing here returns who was asked for a team request, or who declined: declines are
// counted in aggregate only, and "fewer than 3" below three people.
#pragma once

#include "consent/Accounts.h"
#include "metrics/SuppressedCount.h"
#include "referrals/ReferralTypes.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>

#include <optional>
#include <vector>

namespace consentric::storage {
class Database;
}

namespace consentric::referrals {

struct TargetInput
{
    QString company; // for a company target
    std::optional<qint64> sharedConnectionId; // for a person target: a shared connection
    TargetKind kind = TargetKind::Customer;
    QString reason; // the employee reads it before deciding
};

struct Target
{
    qint64 id = 0;
    QString company;
    QString normalised;
    std::optional<qint64> connectionId; // a person target
    QString person; // that shared connection's name (the owner sees shared connections)
    QString holder; // and whose connection it is
    TargetKind kind = TargetKind::Customer;
    QString reason;
    QDate createdOn;
};

// A request as the owner sees it.
struct RequestView
{
    qint64 id = 0;
    qint64 targetId = 0;
    QString company;
    QString person; // a person target's name
    TargetKind kind = TargetKind::Customer;
    QString reason;
    bool wholeTeam = true; // "whoever on the team can help"
    QString namedEmployee; // a request about a shared connection goes to its employee
    Stage stage = Stage::Requested;
    QString introducer; // known once someone accepted
    std::optional<Answer> answer;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime acceptedAt;
    QDateTime introducedAt;
    std::optional<QDate> meetingOn;
    std::optional<Outcome> outcome;
    std::optional<QDate> outcomeOn;
    QDateTime closedAt;
};

// The program's figures over requests made in [from, to]. Declines and the people asked
// are suppressed below three people.
struct ReferralCounts
{
    qint64 requests = 0;
    qint64 open = 0;
    qint64 accepted = 0; // accepted at some point (whatever came next)
    qint64 introductions = 0;
    qint64 meetings = 0;
    qint64 won = 0;
    qint64 hired = 0;
    qint64 partnered = 0;
    qint64 noResult = 0;
    qint64 closedWithoutIntroduction = 0;
    metrics::SuppressedCount declines = metrics::SuppressedCount::ofPeople(0);
    metrics::SuppressedCount employeesAsked = metrics::SuppressedCount::ofPeople(0);
    std::optional<double> medianDaysToIntroduction;
};

class Referrals
{
public:
    explicit Referrals(storage::Database &db)
        : m_db(db)
    { }

    Result<qint64> addTarget(const consent::Session &owner, const TargetInput &input);
    Result<std::vector<Target>> targets(const consent::Session &owner) const;
    // The target already made for this company (or shared connection), if any: there is one
    // per company, so that adding it again cannot restart a cool-down.
    Result<std::optional<qint64>> existingTarget(const TargetInput &input) const;
    // Sends a request about the target: to the whole team for a company, by name for a
    // shared connection. Refused, with what to do instead, when it would break a
    // guardrail, reach someone on the do-not-contact list, or nobody can be asked.
    Result<qint64> request(const consent::Session &owner, qint64 targetId);
    // Every request, newest first (requests past their expiry are closed first).
    Result<std::vector<RequestView>> requests(const consent::Session &owner);
    Result<ReferralCounts> counts(const consent::Session &owner, QDate from, QDate to);

    // Closes requests past their expiry. Every reader and writer calls it first, so time
    // passing needs no background job.
    static Result<void> expire(storage::Database &db);

private:
    struct Plan
    {
        std::optional<qint64> named;
        std::vector<qint64> recipients;
    };
    Result<Plan> plan(const Target &target, qint64 owner);
    Result<std::vector<qint64>> recipientsFor(const Target &target, qint64 owner);
    Result<void> mayAsk(qint64 employee, const QString &name, qint64 targetId, bool named);
    storage::Database &m_db;
};

// The one open-request and cool-down check, used when a request is made.
struct AskCheck
{
    bool atOpenLimit = false;
    QDateTime coolingUntil; // valid while the employee may not be asked about this target
};
Result<AskCheck> checkAsk(storage::Database &db, qint64 employee, qint64 targetId);

} // namespace consentric::referrals
