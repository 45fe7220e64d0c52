#include "storage/StoredTime.h"

namespace consentric::storage {

QString storedTime(const QDateTime &at)
{
    QDateTime utc = at.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    return utc.toString(Qt::ISODate);
}

QDateTime timeFromStored(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODate);
    return at.toUTC();
}

std::optional<QDate> dateFromStored(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return std::nullopt;
    const QDate date = QDate::fromString(value.toString().left(10), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace consentric::storage
