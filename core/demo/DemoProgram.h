// The demo's policy and feedback history, on the same clock as its referral history: the
// owner publishes the connection policy before anyone joins and a second version in
// January 2026, which every participant then acknowledges; each quarter the team answers
// the pulse and the owner records a quarterly review (and, in December, the annual one).
// Everything goes through the same core calls as real use.
#pragma once

#include "util/Result.h"

#include <QDate>

namespace consentric::storage {
class Database;
}

namespace consentric::demo {

class ReferralHistory;

void planProgramHistory(ReferralHistory &history, storage::Database &db, quint64 seed, QDate from, QDate to);

} // namespace consentric::demo
