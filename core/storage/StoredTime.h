// Moments are stored as ISO text in UTC, to the second, so they compare as text on both
// engines (and a range is two string comparisons).
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace consentric::storage {

QString storedTime(const QDateTime &at);
// Null (and invalid) for a NULL column.
QDateTime timeFromStored(const QVariant &value);
std::optional<QDate> dateFromStored(const QVariant &value);

} // namespace consentric::storage
