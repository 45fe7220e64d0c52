// The owner's view of the one-to-ones: which departments have met (the silo map), and the
// program's figures for the metrics dashboard and the quarterly report. Nothing here says
// who marked a meeting held or skipped: the held rate appears only when at least three
// people stand behind each month of it, and the number of members only when it is at least three.
#pragma once

#include "consent/Accounts.h"
#include "metrics/SuppressedCount.h"
#include "util/Result.h"

#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

namespace consentric::storage {
class Database;
}

namespace consentric::oneonones {

struct SiloMap
{
    QDate from;
    QDate to;
    QStringList departments; // sorted
    // meetings[i][j] == meetings[j][i]: one-to-ones held between department i and j whose
    // time has come within [from, to]; a group of three counts once for each pair in it.
    std::vector<std::vector<int>> meetings;
    int total = 0; // meetings in the range whose time has come
    int acrossDepartments = 0;
    // Pairs of different departments that have met at least once, and all such pairs.
    int pairsMet() const;
    int pairsPossible() const;
};

struct Figures
{
    qint64 team = 0; // active people other than the owner
    metrics::SuppressedCount members = metrics::SuppressedCount::ofPeople(0); // in the program now
    std::optional<int> membersPercent; // of the team, when members is shown
    int rounds = 0; // started for a date in the range
    int meetings = 0; // arranged for the range
    int acrossDepartments = 0;
    // Marks are counted month by month; a month in which fewer than three people marked a
    // meeting is left out entirely, so comparing two ranges reveals nothing about it.
    metrics::SuppressedCount marked = metrics::SuppressedCount::ofPeople(0); // people who marked, in the months counted
    std::optional<int> heldPercent; // held / (held + skipped) in the months counted, when marked is shown
    int monthsLeftOut = 0; // months with marks from fewer than three people
};

class Overview
{
public:
    explicit Overview(storage::Database &db)
        : m_db(db)
    { }

    Result<SiloMap> siloMap(const consent::Session &owner, QDate from, QDate to) const;
    Result<Figures> figures(const consent::Session &owner, QDate from, QDate to) const;
    // The same figures without a session, for core's own report (the caller checked the role).
    Result<Figures> figuresFor(QDate from, QDate to) const;

private:
    storage::Database &m_db;
};

} // namespace consentric::oneonones
