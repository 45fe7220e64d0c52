#include "oneonones/Pairing.h"

#include "oneonones/Matching.h"

#include <algorithm>

namespace consentric::oneonones {

namespace {

bool isNewcomer(const Candidate &person, QDate date)
{
    return person.joinedOn.isValid() && person.joinedOn.daysTo(date) <= kNewcomerDays;
}

bool isLongStanding(const Candidate &person, QDate date)
{
    return person.joinedOn.isValid() && person.joinedOn.daysTo(date) >= kLongStandingDays;
}

} // namespace

long long pairWeight(const Candidate &a, const Candidate &b, QDate date, std::optional<QDate> lastMet)
{
    long long weight = 1;
    if (a.department.compare(b.department, Qt::CaseInsensitive) != 0)
        weight += kCrossDepartmentWeight;
    if (!lastMet)
        weight += kNeverMetWeight;
    else
        weight += std::clamp<long long>(lastMet->daysTo(date), 0, kLongestApartCapDays);
    if ((isNewcomer(a, date) && isLongStanding(b, date)) || (isNewcomer(b, date) && isLongStanding(a, date)))
        weight += kNewcomerWeight;
    return weight;
}

Result<Pairing> pairUp(std::vector<Candidate> people, const PairingRules &rules)
{
    // The same team gives the same round, whatever order it was read in.
    std::sort(people.begin(), people.end(), [](const Candidate &a, const Candidate &b) { return a.id < b.id; });
    const int count = int(people.size());
    std::vector<WeightedEdge> edges;
    // weights[i][j] for the group of three; 0 = may not meet.
    std::vector<std::vector<long long>> weights(size_t(count), std::vector<long long>(size_t(count), 0));
    for (int i = 0; i < count; ++i) {
        for (int j = i + 1; j < count; ++j) {
            const qint64 a = people[size_t(i)].id;
            const qint64 b = people[size_t(j)].id;
            if (rules.excluded && rules.excluded(a, b))
                continue;
            const std::optional<QDate> met = rules.lastMet ? rules.lastMet(a, b) : std::nullopt;
            const long long weight = pairWeight(people[size_t(i)], people[size_t(j)], rules.date, met);
            weights[size_t(i)][size_t(j)] = weights[size_t(j)][size_t(i)] = weight;
            edges.push_back({i, j, weight});
        }
    }
    auto mate = maximumWeightMatching(count, edges, true);
    if (!mate)
        return mate.error();

    Pairing pairing;
    std::vector<int> left;
    for (int i = 0; i < count; ++i) {
        const int partner = (*mate)[size_t(i)];
        if (partner < 0)
            left.push_back(i);
        else if (i < partner)
            pairing.groups.push_back({people[size_t(i)].id, people[size_t(partner)].id});
    }
    // One person left over joins the pair where both new conversations are worth most.
    // Everyone still left could meet nobody who is free: the matching paired as many as it could.
    for (size_t k = 0; k < left.size(); ++k) {
        const int extra = left[k];
        long long best = 0;
        int bestGroup = -1;
        if (k == 0) {
            for (int g = 0; g < int(pairing.groups.size()); ++g) {
                const auto &group = pairing.groups[size_t(g)];
                const auto indexOf = [&](qint64 id) {
                    return int(std::find_if(people.begin(), people.end(), [&](const Candidate &c) { return c.id == id; }) - people.begin());
                };
                const long long one = weights[size_t(extra)][size_t(indexOf(group[0]))];
                const long long two = weights[size_t(extra)][size_t(indexOf(group[1]))];
                if (one > 0 && two > 0 && one + two > best) {
                    best = one + two;
                    bestGroup = g;
                }
            }
        }
        if (bestGroup >= 0)
            pairing.groups[size_t(bestGroup)].push_back(people[size_t(extra)].id);
        else
            pairing.unpaired.push_back(people[size_t(extra)].id);
    }
    return pairing;
}

} // namespace consentric::oneonones
