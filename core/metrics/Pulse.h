// The quarterly pulse: three questions (comfort with the program, felt pressure,
// satisfaction, each 1 to 5) and an optional comment, for participants and
// non-participants alike. An answer is stored with its quarter and nothing else: a random
// key, no person, no time, kept in key order so the order of writing is lost too. Who has
// answered a quarter is a separate set, without timestamps, that only stops a second
// answer. Results are for the owner: averages and comments only for a quarter with at
// least three answers; comments never leave the window (the report leaves them out).
#pragma once

#include "metrics/Period.h"
#include "util/Result.h"

#include <QStringList>

#include <array>

namespace consentric::storage {
class Database;
}
namespace consentric::consent {
class Session;
}

namespace consentric::metrics {

struct PulseAnswer
{
    int comfort = 0; // 1 (very uncomfortable) .. 5 (very comfortable)
    int pressure = 0; // 1 (none) .. 5 (a lot)
    int satisfaction = 0; // 1 .. 5
    QString comment; // optional, at most kLongestPulseComment characters
};
inline constexpr int kLongestPulseComment = 1000;

struct PulseResults
{
    Quarter quarter;
    SuppressedCount answers = SuppressedCount::ofPeople(0);
    // Only with at least three answers.
    std::optional<double> comfort;
    std::optional<double> pressure;
    std::optional<double> satisfaction;
    // How many answered 1..5 to each question (index 0 = 1), only with three answers or more.
    std::optional<std::array<qint64, 5>> comfortSpread;
    std::optional<std::array<qint64, 5>> pressureSpread;
    std::optional<std::array<qint64, 5>> satisfactionSpread;
};

class Pulse
{
public:
    explicit Pulse(storage::Database &db)
        : m_db(db)
    { }

    // The quarter open for answers: the current one.
    Quarter openQuarter() const;
    // Any active member of the team except the owner answers once per quarter.
    Result<void> answer(const consent::Session &person, const PulseAnswer &answer);
    Result<bool> hasAnswered(const consent::Session &person) const;
    // Owner or admin.
    Result<PulseResults> results(const consent::Session &owner, const Quarter &quarter) const;
    // Owner or admin: the comments of a quarter with at least three answers, in alphabetical
    // order (never in the order written); empty otherwise.
    Result<QStringList> comments(const consent::Session &owner, const Quarter &quarter) const;

private:
    storage::Database &m_db;
};

} // namespace consentric::metrics
