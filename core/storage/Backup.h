// A consistent copy of an SQLite database while it is in use (VACUUM INTO). A PostgreSQL
// server is backed up with its own tools; Consentric says how instead of half-doing it.
#pragma once

#include "util/Result.h"

#include <QString>

namespace consentric::storage {

class Database;

Result<void> backup(Database &db, const QString &outputPath);

} // namespace consentric::storage
