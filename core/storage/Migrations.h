// The numbered schema migrations. Each runs in its own transaction and is recorded in
// schema_version. They are written once in engine-neutral SQL (%PK% for an
// auto-numbered key, %BLOB% for bytes; booleans are INTEGER 0/1, dates ISO text) so the
// same list runs on SQLite and PostgreSQL. Never edit a migration that has shipped: add
// the next one, and commit a fixture database made at the previous version
// (tests/data/migrations/).
#pragma once

#include <QStringList>

#include <vector>

namespace consentric::storage {

struct Migration
{
    int version;
    QString description;
    QStringList statements;
};

const std::vector<Migration> &migrations();

} // namespace consentric::storage
