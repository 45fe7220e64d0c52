// An employee's own data, as they can take it away: every connection with its contact
// details, context, strength and sharing level, their consent ledger, and the audit
// entries about them (private ones opened), in a
// stable order (the same database gives the same bytes on any day). As JSON, or as
// vCard 4.0 (RFC 6350) for an address book.
#pragma once

#include "consent/Accounts.h"
#include "util/Result.h"

#include <QByteArray>

namespace consentric::storage {
class Database;
}

namespace consentric::contacts {

enum class ExportFormat { Json, VCard };

// The signed-in employee's connections only (migration fixtures and tests compare these).
Result<QByteArray> exportConnectionsJson(storage::Database &db, const consent::Session &session);
// Everything about the signed-in employee.
Result<QByteArray> exportOwnData(storage::Database &db, const consent::Session &employee, ExportFormat format);

// vCard text escaping and line folding (75 octets, never inside a UTF-8 sequence).
QString vcardEscape(const QString &text);
QByteArray vcardFold(const QByteArray &line);

} // namespace consentric::contacts
