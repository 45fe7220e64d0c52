// Recognition for taking part, never for results: points for joining the program and for
// answering a request (a decline earns exactly what an acceptance does). Points are the
// employee's own: nobody else can ask for them. The team recognition list names, in
// alphabetical order and without points, only those who chose to appear on it.
#pragma once

#include "consent/Accounts.h"
#include "util/Result.h"

#include <QStringList>

namespace consentric::storage {
class Database;
}

namespace consentric::referrals {

inline constexpr int kPointsForJoining = 10;
inline constexpr int kPointsPerAnswer = 5;

struct Points
{
    int joined = 0; // points for joining (once)
    int answers = 0; // requests answered, either way
    int total() const { return joined + answers * kPointsPerAnswer; }
};

class Recognition
{
public:
    explicit Recognition(storage::Database &db)
        : m_db(db)
    { }

    // The signed-in person's own points.
    Result<Points> points(const consent::Session &self) const;
    Result<bool> onTeamList(const consent::Session &self) const;
    Result<void> setOnTeamList(const consent::Session &self, bool appear);
    // Names only, alphabetically; anyone signed in may read it.
    Result<QStringList> teamList() const;

private:
    storage::Database &m_db;
};

} // namespace consentric::referrals
