// The demo's one-to-ones, on the same clock as the rest of its history: from July 2026 about
// three quarters of the employees join, most every two weeks, some weekly, some every four
// weeks, most working 09:00–17:00 and a few part-time; two of them each put a colleague on
// their do-not-pair list; the owner starts one round for 14 September 2026, and afterwards
// most attendees mark their meeting held, a few skipped, some with private notes. Sam Rivera
// takes part, Jo Chen does not. Everything goes through the same core calls as real use.
#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace consentric::storage {
class Database;
}

namespace consentric::demo {

class ReferralHistory;

struct DemoEmployee
{
    qint64 id = 0;
    QString email;
};

// `employees`: the active employees (the owner and admins arrange rounds and do not take
// part); `to`: the history's last day.
void planOneOnOnes(ReferralHistory &history, storage::Database &db, quint64 seed, const std::vector<DemoEmployee> &employees, QDate to);

} // namespace consentric::demo
