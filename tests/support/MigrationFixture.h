// The small, fixed organisation every migration fixture holds: a few people in two
// departments, connections in every context and at every level, a company written two
// ways. tools/make_migration_fixture writes it at the current schema; MigrationTest opens
// the fixtures of every earlier schema with the current program and compares exports.
#pragma once

#include "storage/Database.h"

#include <QJsonObject>

namespace consentric::test {

Result<void> fillMigrationFixture(storage::Database &db);
// Every person's export, by email.
Result<QJsonObject> exportsByEmail(storage::Database &db);

} // namespace consentric::test
