// Where a Consentric database lives: an SQLite file, or a PostgreSQL database named by a
// postgresql://user@host:port/dbname URL. Passwords never travel in the URL: they come
// from PGPASSFILE (read by libpq) or a prompt.
#pragma once

#include "util/Result.h"

#include <QString>

namespace consentric::storage {

enum class Engine { Sqlite, Postgres };

struct Location
{
    Engine engine = Engine::Sqlite;
    QString path; // SQLite
    QString host; // PostgreSQL
    int port = 5432;
    QString user;
    QString databaseName;

    // Accepts a file path or a postgresql:// (or postgres://) URL.
    static Result<Location> parse(const QString &text);
    static Location sqliteFile(const QString &path);
    // The default database: consentric.sqlite in the user's data directory.
    static QString defaultSqlitePath();

    // For messages and the recent-databases list: the path, or the URL without secrets.
    QString displayName() const;
};

} // namespace consentric::storage
