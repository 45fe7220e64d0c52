// An employee's own data, as they can take it away: every connection with its contact
// details, context, strength and sharing level, in a stable order (so the same database
// gives the same bytes on any day).
#pragma once

#include "util/Result.h"

#include <QByteArray>

namespace consentric::storage {
class Database;
}

namespace consentric::contacts {

Result<QByteArray> exportConnectionsJson(storage::Database &db, qint64 employeeId);

} // namespace consentric::contacts
