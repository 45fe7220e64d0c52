// A figure for owner-facing views that might single out fewer than three employees.
// When the group behind it is smaller than three, the number is not stored at all, so no
// caller (view, report, export) can recover it: it can only say "fewer than 3".
#pragma once

#include <QString>

#include <optional>

namespace consentric::metrics {

inline constexpr qint64 kMinimumGroup = 3;

class SuppressedCount
{
public:
    // `value` is the figure; `people` is how many employees stand behind it.
    static SuppressedCount of(qint64 value, qint64 people)
    {
        SuppressedCount count;
        if (people >= kMinimumGroup)
            count.m_value = value;
        return count;
    }
    // A count of employees: the group is the figure itself.
    static SuppressedCount ofPeople(qint64 people) { return of(people, people); }

    bool suppressed() const { return !m_value.has_value(); }
    std::optional<qint64> value() const { return m_value; }
    // The number, or the translated "fewer than 3".
    QString toString() const;
    // For sorting: suppressed figures sort below every shown one.
    qint64 sortKey() const { return m_value.value_or(-1); }

    friend bool operator==(const SuppressedCount &, const SuppressedCount &) = default;

private:
    SuppressedCount() = default;
    std::optional<qint64> m_value;
};

} // namespace consentric::metrics
