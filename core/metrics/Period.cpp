#include "metrics/Period.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace consentric::metrics {

Quarter Quarter::of(QDate date)
{
    return {date.year(), (date.month() - 1) / 3 + 1};
}

std::optional<Quarter> Quarter::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-[Qq]([1-4])$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return Quarter{match.captured(1).toInt(), match.captured(2).toInt()};
}

QString Quarter::toString() const
{
    return QStringLiteral("%1-Q%2").arg(year).arg(number);
}

QDate Quarter::first() const
{
    return QDate(year, (number - 1) * 3 + 1, 1);
}

QDate Quarter::last() const
{
    return first().addMonths(3).addDays(-1);
}

Quarter Quarter::previous() const
{
    return number == 1 ? Quarter{year - 1, 4} : Quarter{year, number - 1};
}

Quarter Quarter::next() const
{
    return number == 4 ? Quarter{year + 1, 1} : Quarter{year, number + 1};
}

MonthRange MonthRange::snap(QDate from, QDate to)
{
    if (to < from)
        std::swap(from, to);
    const QDate first(from.year(), from.month(), 1);
    const QDate last = QDate(to.year(), to.month(), 1).addMonths(1).addDays(-1);
    return {first, last};
}

std::vector<QDate> MonthRange::months() const
{
    std::vector<QDate> list;
    for (QDate m = first; m <= last; m = m.addMonths(1))
        list.push_back(m);
    return list;
}

RangeCount RangeCount::of(const std::vector<Month> &months)
{
    RangeCount count;
    for (const Month &m : months) {
        const SuppressedCount month = SuppressedCount::of(m.value, m.people);
        count.m_perMonth.push_back(month.value());
        if (month.suppressed())
            ++count.m_hidden;
        else
            count.m_total += *month.value();
    }
    return count;
}

QString RangeCount::toString() const
{
    if (m_hidden == 0)
        return QLocale().toString(m_total);
    if (m_hidden == int(m_perMonth.size()))
        return QCoreApplication::translate("consentric::metrics::RangeCount", "fewer than 3 a month");
    return QCoreApplication::translate("consentric::metrics::RangeCount", "at least %1").arg(QLocale().toString(m_total));
}

} // namespace consentric::metrics
