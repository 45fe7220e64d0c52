// The guardrails of the referral program: no setting switches them off. The owner may
// tune each within its bounds (the database's CHECK constraints hold the same bounds):
//  - open requests per employee, 1–3 (default 2): nobody is asked more than that at once;
//  - the cool-down, 30–365 days (default 90): after a request to an employee about a
//    target ends without an introduction from them (declined, or expired unanswered: the
//    owner cannot tell which, so both count), they are not asked about it again until it
//    has passed;
//  - expiry, 7–30 days (default 14): an unanswered request closes by itself.
// Opting out cancels an employee's pending requests silently (Participation does it), and
// declines are only ever counted in aggregate (Referrals).
#pragma once

#include "consent/Accounts.h"
#include "util/Result.h"

#include <optional>

namespace consentric::storage {
class Database;
}

namespace consentric::referrals {

struct Bounds
{
    int lowest;
    int highest;
    int standard;
};
inline constexpr Bounds kOpenLimit{1, 3, 2};
inline constexpr Bounds kCooldownDays{30, 365, 90};
inline constexpr Bounds kExpiryDays{7, 30, 14};

struct GuardrailSettings
{
    int openLimit = kOpenLimit.standard;
    int cooldownDays = kCooldownDays.standard;
    int expiryDays = kExpiryDays.standard;
    // Who receives concerns besides the owner (an employee the owner designated), if anyone.
    std::optional<qint64> trustedPersonId;
    bool operator==(const GuardrailSettings &) const = default;
};

class Guardrails
{
public:
    explicit Guardrails(storage::Database &db)
        : m_db(db)
    { }

    // The settings in force (the defaults until the owner changes them).
    Result<GuardrailSettings> settings() const;
    // Owner or admin only; every value must lie within its bounds, or nothing changes and
    // the message says which value and what the bounds are.
    Result<void> change(const consent::Session &owner, const GuardrailSettings &settings);
    static Result<void> validate(const GuardrailSettings &settings);

private:
    storage::Database &m_db;
};

} // namespace consentric::referrals
