// When a one-to-one takes place: the earliest 30 minutes, on or after a moment, inside the
// working hours of everyone in the meeting and clear of every meeting they already have.
// Working hours are read in the organisation's time zone; the result is a moment in UTC.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>
#include <utility>
#include <vector>

namespace consentric::oneonones {

struct WorkingHours
{
    QList<int> days = weekdays(); // Qt::DayOfWeek: Monday = 1 … Sunday = 7
    QTime start{9, 0};
    QTime end{17, 0};

    static QList<int> weekdays(); // Monday to Friday
    // "1,2,3,4,5", as stored.
    QString daysText() const;
    static QList<int> daysFrom(const QString &text);
    bool valid() const { return !days.isEmpty() && start.isValid() && end.isValid() && start.secsTo(end) >= 30 * 60; }
    friend bool operator==(const WorkingHours &, const WorkingHours &) = default;
};

struct Busy
{
    QDateTime start;
    QDateTime end;
};

struct Attendance
{
    WorkingHours hours;
    std::vector<Busy> busy;
};

inline constexpr int kMeetingMinutes = 30;
inline constexpr int kSlotStepMinutes = 15;
inline constexpr int kSearchDays = 28;

// The earliest start at or after `from` (rounded up to a quarter hour) at which every
// attendee is inside their hours and free for `minutes`; none within `searchDays` days.
std::optional<QDateTime> earliestSlot(const std::vector<const Attendance *> &attendees, const QDateTime &from, const QTimeZone &zone,
    int minutes = kMeetingMinutes, int searchDays = kSearchDays);

} // namespace consentric::oneonones
