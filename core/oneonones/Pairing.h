// Who meets whom in a round. Everyone due is a vertex; two people are joined by an edge
// unless one has the other on their do-not-pair list or they met in either one's previous
// round. The weight of an edge says how much the business wants that conversation:
// colleagues from different departments first, then those who have never met (or not for
// the longest), then a newcomer with someone long-standing. The matching is exact and first
// pairs as many people as it can; with an odd number, the one left over joins the pair
// where both conversations are worth the most, so there is at most one group of three.
#pragma once

#include "util/Result.h"

#include <QDate>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace consentric::oneonones {

struct Candidate
{
    qint64 id = 0;
    QString department;
    QDate joinedOn;
};

// The weights, in the order of what matters (each tier outweighs every lower one in sum).
inline constexpr long long kCrossDepartmentWeight = 1'000'000;
inline constexpr long long kNeverMetWeight = 20'000;
inline constexpr long long kLongestApartCapDays = 3'650; // a day apart is worth 1 .. 3650
inline constexpr long long kNewcomerWeight = 5'000;
inline constexpr int kNewcomerDays = 90; // joined at most this long before the round
inline constexpr int kLongStandingDays = 365; // joined at least this long before the round

struct PairingRules
{
    QDate date;
    // True when the two may not meet this round (do-not-pair, or the previous round's partner).
    std::function<bool(qint64, qint64)> excluded;
    // When the two last met, if ever.
    std::function<std::optional<QDate>(qint64, qint64)> lastMet;
};

struct Pairing
{
    std::vector<std::vector<qint64>> groups; // pairs, and at most one group of three
    std::vector<qint64> unpaired; // nobody they may meet is left
};

// How much the business wants a and b to meet on `date` (at least 1).
long long pairWeight(const Candidate &a, const Candidate &b, QDate date, std::optional<QDate> lastMet);

Result<Pairing> pairUp(std::vector<Candidate> people, const PairingRules &rules);

} // namespace consentric::oneonones
