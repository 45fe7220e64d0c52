// The demo's referral history: through the same core calls as real use, on the demo's
// fixed dates, requests to the team and to named employees, acceptances, declines (some
// with a reason), unanswered requests, introductions, meetings, outcomes, a do-not-contact
// entry now and then, concerns and the recognition list — in every quarter of the history.
// Each step is scheduled for a date and runs when the demo's clock reaches it.
#pragma once

#include "consent/Accounts.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace consentric::storage {
class Database;
}

namespace consentric::demo {

class ReferralHistory
{
public:
    ReferralHistory(storage::Database &db, FixedClock &clock, quint64 seed, QDate from, QDate to);
    ~ReferralHistory();
    ReferralHistory(const ReferralHistory &) = delete;
    ReferralHistory &operator=(const ReferralHistory &) = delete;

    // The signed-in people the history may act as (kept until the demo is written).
    void add(consent::Session session);
    const consent::Session *session(qint64 personId) const;
    // Runs every step due up to `until`, each at its own time, and leaves the clock there.
    Result<void> runUntil(const QDateTime &until);

    using Step = std::function<Result<void>()>;
    // Other parts of the demo's history (see DemoProgram) add their own steps.
    void schedule(const QDateTime &at, Step step);
    const consent::Session *owner() const;
    // Every signed-in person so far, by id.
    std::vector<const consent::Session *> sessions() const;

private:
    Result<void> startEpisode(int index);
    Result<void> reportConcern(int index);
    // Sam Rivera has just accepted a request and not yet written the introduction: the
    // tutorial's Inbox.
    Result<void> samsIntroduction();

    storage::Database &m_db;
    FixedClock &m_clock;
    quint64 m_seed;
    std::map<qint64, std::unique_ptr<consent::Session>> m_sessions;
    std::multimap<QDateTime, Step> m_steps;
};

} // namespace consentric::demo
