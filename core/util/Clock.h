// The one source of "now" in Consentric. Everything that asks for the date or time
// (review due dates, cool-downs, quarter boundaries, joined-on dates) takes a Clock,
// so tests can fix and move time instead of sleeping.
#pragma once

#include <QDate>
#include <QDateTime>

namespace consentric {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toUTC().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    // The clock the application uses when nothing else is injected.
    static const Clock &instance();
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_now(std::move(at))
    { }
    QDateTime now() const override { return m_now; }
    void set(QDateTime at) { m_now = std::move(at); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace consentric
