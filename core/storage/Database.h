// An open Consentric database (SQLite or PostgreSQL), at the current schema version.
// open() checks before it touches anything: a file that is not a Consentric database,
// a damaged one, or one written by a newer program is refused and left as it was.
// A Database belongs to the thread that opened it (as QSqlDatabase does); background
// work opens its own on the same Location.
#pragma once

#include "storage/Location.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace consentric {
class Clock;
}

namespace consentric::storage {

struct OpenOptions
{
    // Create a new, empty database when the SQLite file does not exist yet.
    bool create = true;
    // Asked for a PostgreSQL password when PGPASSFILE did not provide one; nullopt = cancel.
    std::function<std::optional<QString>(const Location &)> askPassword;
    // A password already given for this location in this session (kept in memory only).
    QString password;
};

using Binds = std::vector<std::pair<QString, QVariant>>;

// Qt binds a null QString as SQL NULL; NOT NULL text columns hold '' for "none".
inline QString notNull(const QString &value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::unique_ptr<Database>> open(const Location &location, const Clock &clock, const OpenOptions &options = {});

    Engine engine() const { return m_location.engine; }
    const Location &location() const { return m_location; }
    const Clock &clock() const { return *m_clock; }
    // The demo writes its history on fixed dates; everything else keeps the clock the
    // database was opened with.
    void setClock(const Clock &clock) { m_clock = &clock; }
    // The password that opened a PostgreSQL database, so another thread can open it too.
    const QString &password() const { return m_password; }
    int schemaVersion() const { return m_schemaVersion; }
    QSqlDatabase handle() const;

    // Runs work inside one transaction: committed when it succeeds, rolled back (leaving
    // the database as it was) when it fails. Nested calls join the outer transaction.
    Result<void> transaction(const std::function<Result<void>()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // One statement with named binds (:name). `what` says what was being done, for the
    // message a person sees if it fails ("adding a person").
    Result<QSqlQuery> exec(const QString &sql, const Binds &binds, const QString &what);
    Result<QSqlQuery> exec(const QString &sql, const QString &what) { return exec(sql, {}, what); }
    // A prepared statement for repeated use in a loop.
    Result<QSqlQuery> prepare(const QString &sql, const QString &what);
    Result<void> run(QSqlQuery &query, const QString &what);
    // INSERT … RETURNING id on both engines.
    Result<qint64> insert(const QString &sql, const Binds &binds, const QString &what);
    // The first column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const Binds &binds, const QString &what);
    // Row ids for `count` rows about to be inserted into `table` (which has a %PK% id), so
    // that a batch can be written with multi-row INSERTs and each row's id known before it
    // is written. Only inside a transaction: on SQLite the ids follow the largest one (a
    // second writer that got in between makes the insert fail, and the transaction rolls
    // back); on PostgreSQL they come from the table's sequence.
    Result<QList<qint64>> reserveIds(const QString &table, qsizetype count);
    // Inserts many rows with multi-row INSERTs: `head` is "INSERT INTO t (a, b, c) VALUES",
    // `row` one row's values with `columns` placeholders ("(?, ?, 'x', ?)"), `values` every
    // row's values one row after another.
    Result<void> insertRows(const QString &head, const QString &row, qsizetype columns, const QVariantList &values, const QString &what);

    // SQLite keeps earlier images of changed pages in the write-ahead log until a
    // checkpoint. After overwriting something readable (an erasure, a revoked share), this
    // copies the pages into the file and empties the log. Returns false when another
    // connection held the log, so it empties at the next checkpoint instead. A no-op
    // (true) on PostgreSQL and inside a transaction (the caller runs it after committing).
    Result<bool> clearWriteAheadLog();

    // Rewrites engine-neutral SQL (%PK%, %BLOB%) for this engine.
    QString dialect(QString sql) const;
    static QString dialect(QString sql, Engine engine);

    static int latestSchemaVersion();

private:
    Database(Location location, const Clock &clock, QString connectionName);
    Result<void> checkSqliteFile(const OpenOptions &options) const;
    Result<void> connect(const OpenOptions &options);
    Result<void> inspectAndMigrate();
    Error driverError(const QString &what, const QString &driverText) const;
    Result<QSqlQuery *> statement(const QString &sql, const QString &what);

    Location m_location;
    const Clock *m_clock;
    QString m_connectionName;
    QString m_password;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    // Statements insertRows prepares once per connection (parsing a statement of 64 rows
    // costs more than running it).
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace consentric::storage
