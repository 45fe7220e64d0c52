// The program's figures over a range of whole months, for the owner's dashboard and the
// quarterly report. Every figure that counts what employees did (joined, left, answered,
// declined, introduced, reported) is a RangeCount or a SuppressedCount, counted month by
// month: no call here returns a raw number behind which fewer than three employees stand.
// What the owner did (requests sent, meetings and outcomes recorded) is the owner's own
// and shown as it is.
#pragma once

#include "metrics/Period.h"
#include "metrics/Pulse.h"
#include "oneonones/Overview.h"
#include "util/Result.h"

#include <vector>

namespace consentric::storage {
class Database;
}
namespace consentric::consent {
class Session;
}

namespace consentric::metrics {

struct ParticipationPoint
{
    QDate month; // the 1st; counted at the end of the month (or today, for this month)
    qint64 team = 0; // active members of the team then, the owner excepted
    SuppressedCount participants = SuppressedCount::ofPeople(0);
    std::optional<double> rate; // percent, only when the participants are shown
};

struct LevelDistribution
{
    // Connections of participating employees at each level now; each hidden when fewer
    // than three employees hold connections at that level.
    SuppressedCount privateConnections = SuppressedCount::ofPeople(0);
    SuppressedCount discoverable = SuppressedCount::ofPeople(0);
    SuppressedCount shared = SuppressedCount::ofPeople(0);
};

struct ProgramMetrics
{
    MonthRange range;
    std::vector<ParticipationPoint> participation;
    RangeCount optIns;
    RangeCount optOuts;
    RangeCount acknowledgements; // of a new policy version, by participants
    LevelDistribution levels;
    qint64 requests = 0;
    RangeCount acceptances;
    RangeCount declines;
    RangeCount introductions;
    qint64 meetings = 0;
    qint64 won = 0;
    qint64 hired = 0;
    qint64 partnered = 0;
    qint64 noResult = 0;
    // Days from request to introduction, only when at least three employees introduced.
    std::optional<double> medianDaysToIntroduction;
    std::vector<PulseResults> pulses; // every quarter the range touches
    RangeCount concernsReported;
    RangeCount concernsResolved;
    // The one-to-ones: members now (hidden under three), rounds and meetings of the range,
    // and the held rate only when at least three people marked a meeting.
    oneonones::Figures oneOnOnes;
};

class Metrics
{
public:
    explicit Metrics(storage::Database &db)
        : m_db(db)
    { }

    // Owner or admin. `range` is used as given; snap it with MonthRange::snap first.
    Result<ProgramMetrics> compute(const consent::Session &owner, const MonthRange &range) const;
    // The first month with anything to count (the organisation's creation), for pickers.
    Result<QDate> programStart() const;

private:
    Result<RangeCount> monthly(const MonthRange &range, const QString &sql, const QString &what) const;
    Result<std::vector<ParticipationPoint>> participation(const MonthRange &range) const;
    Result<LevelDistribution> levels() const;
    storage::Database &m_db;
};

} // namespace consentric::metrics
