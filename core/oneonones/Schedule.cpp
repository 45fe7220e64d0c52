#include "oneonones/Schedule.h"

#include <QStringList>

#include <algorithm>

namespace consentric::oneonones {

QList<int> WorkingHours::weekdays()
{
    return {1, 2, 3, 4, 5};
}

QString WorkingHours::daysText() const
{
    QStringList parts;
    for (int day : days)
        parts << QString::number(day);
    return parts.join(QLatin1Char(','));
}

QList<int> WorkingHours::daysFrom(const QString &text)
{
    QList<int> days;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int day = part.trimmed().toInt(&ok);
        if (ok && day >= 1 && day <= 7 && !days.contains(day))
            days << day;
    }
    std::sort(days.begin(), days.end());
    return days;
}

namespace {

bool overlaps(const Busy &busy, const QDateTime &start, const QDateTime &end)
{
    return busy.start < end && start < busy.end;
}

} // namespace

std::optional<QDateTime> earliestSlot(
    const std::vector<const Attendance *> &attendees, const QDateTime &from, const QTimeZone &zone, int minutes, int searchDays)
{
    if (attendees.empty() || minutes <= 0)
        return std::nullopt;
    const QDateTime local = from.toTimeZone(zone);
    const QDate firstDay = local.date();
    for (int offset = 0; offset <= searchDays; ++offset) {
        const QDate day = firstDay.addDays(offset);
        QTime open(0, 0);
        QTime close(23, 59, 59);
        bool everyoneWorks = true;
        for (const Attendance *person : attendees) {
            if (!person->hours.days.contains(day.dayOfWeek())) {
                everyoneWorks = false;
                break;
            }
            open = std::max(open, person->hours.start);
            close = std::min(close, person->hours.end);
        }
        if (!everyoneWorks || open.secsTo(close) < minutes * 60)
            continue;
        for (QTime at = open; at.isValid() && at.secsTo(close) >= minutes * 60; at = at.addSecs(kSlotStepMinutes * 60)) {
            const QDateTime start(day, at, zone);
            if (!start.isValid() || start < from)
                continue;
            const QDateTime end = start.addSecs(qint64(minutes) * 60);
            // A slot that a change of clocks makes shorter or longer is not a working half hour.
            if (end.toTimeZone(zone).time() != at.addSecs(minutes * 60))
                continue;
            const bool free = std::all_of(attendees.begin(), attendees.end(), [&](const Attendance *person) {
                return std::none_of(person->busy.begin(), person->busy.end(), [&](const Busy &b) { return overlaps(b, start, end); });
            });
            if (free)
                return start.toUTC();
            if (at.secsTo(close) < (minutes + kSlotStepMinutes) * 60)
                break; // the next step would pass midnight with QTime::addSecs
        }
    }
    return std::nullopt;
}

} // namespace consentric::oneonones
