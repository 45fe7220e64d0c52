// The periods figures are counted over. A quarter ("2026-Q3") for the pulse and the report;
// a range of whole months for everything else: any dates the owner picks are widened to
// the first and last day of their months, and every figure is counted month by month, so
// two overlapping ranges differ by whole months whose figures were already shown or hidden
// (see RangeCount) — never by a few days that would single someone out.
#pragma once

#include "metrics/SuppressedCount.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace consentric::metrics {

struct Quarter
{
    int year = 0;
    int number = 0; // 1..4

    static Quarter of(QDate date);
    // "2026-Q3" (also "2026-q3"); nullopt for anything else.
    static std::optional<Quarter> parse(const QString &text);
    QString toString() const; // "2026-Q3"
    QDate first() const;
    QDate last() const;
    Quarter previous() const;
    Quarter next() const;
    bool isValid() const { return year > 0 && number >= 1 && number <= 4; }
    friend auto operator<=>(const Quarter &, const Quarter &) = default;
};

struct MonthRange
{
    QDate first; // the 1st of the first month
    QDate last; // the last day of the last month

    // Widens [from, to] to whole months (swapped if given the wrong way round).
    static MonthRange snap(QDate from, QDate to);
    static MonthRange of(const Quarter &quarter) { return snap(quarter.first(), quarter.last()); }
    // The first day of each month in the range.
    std::vector<QDate> months() const;
    bool contains(QDate date) const { return date >= first && date <= last; }
    friend bool operator==(const MonthRange &, const MonthRange &) = default;
};

// A count over a range of months that would otherwise let a small group be singled out:
// each month's figure is shown only when at least three employees stand behind it; the
// range shows the sum of the shown months and says how many months it left out. A hidden
// month adds nothing to any total, so subtracting two ranges can only ever give back
// figures that were shown anyway.
class RangeCount
{
public:
    struct Month
    {
        qint64 value = 0;
        qint64 people = 0;
    };
    static RangeCount of(const std::vector<Month> &months);

    // Each month: the figure, or nullopt when fewer than three people stand behind it.
    const std::vector<std::optional<qint64>> &perMonth() const { return m_perMonth; }
    qint64 shownTotal() const { return m_total; }
    int hiddenMonths() const { return m_hidden; }
    bool complete() const { return m_hidden == 0; }
    // "12"; "at least 12" when some months were left out; "fewer than 3 a month" when all were.
    QString toString() const;

private:
    std::vector<std::optional<qint64>> m_perMonth;
    qint64 m_total = 0;
    int m_hidden = 0;
};

} // namespace consentric::metrics
