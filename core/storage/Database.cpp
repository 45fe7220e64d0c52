#include "storage/Database.h"

#include "storage/Migrations.h"
#include "util/Clock.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <optional>

namespace consentric::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::storage::Database", text);
}

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("consentric-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool looksLikePasswordProblem(const QString &text)
{
    return text.contains(QLatin1String("password"), Qt::CaseInsensitive);
}

} // namespace

Database::Database(Location location, const Clock &clock, QString connectionName)
    : m_location(std::move(location))
    , m_clock(&clock)
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    m_statements.clear(); // before the connection closes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestSchemaVersion()
{
    return migrations().back().version;
}

Result<std::unique_ptr<Database>> Database::open(const Location &location, const Clock &clock, const OpenOptions &options)
{
    std::unique_ptr<Database> db(new Database(location, clock, newConnectionName()));
    if (location.engine == Engine::Sqlite) {
        if (auto checked = db->checkSqliteFile(options); !checked)
            return checked.error();
    }
    if (auto connected = db->connect(options); !connected)
        return connected.error();
    if (auto ready = db->inspectAndMigrate(); !ready)
        return ready.error();
    return db;
}

// Looks at the file before SQLite does, so that a file which is not a database is never
// opened (SQLite would otherwise happily turn it into one).
Result<void> Database::checkSqliteFile(const OpenOptions &options) const
{
    const QString &path = m_location.path;
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!options.create)
            return fail(tr("There is no database at “%1”. Check the path, or create a new database.").arg(path));
        if (!info.dir().exists())
            return fail(tr("The folder “%1” does not exist. Create it first, or choose another place for the database.").arg(info.dir().path()));
        return {};
    }
    if (!info.isFile())
        return fail(tr("“%1” is a folder, not a database file. Choose a file inside it.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read “%1”: %2. Check the file's permissions.").arg(path, file.errorString()));
    if (file.size() == 0)
        return {};
    const QByteArray header = file.read(16);
    if (header != QByteArrayLiteral("SQLite format 3\0"))
        return fail(tr("“%1” is not a Consentric database (it is not an SQLite file). Nothing was changed; open another file or restore a backup.")
                        .arg(path));
    return {};
}

Result<void> Database::connect(const OpenOptions &options)
{
    const bool sqlite = m_location.engine == Engine::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return fail(tr("The Qt SQL driver %1 is not installed. Install the package %2 and start again.")
                        .arg(driver, sqlite ? QStringLiteral("libqt6sql6-sqlite") : QStringLiteral("libqt6sql6-psql")));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
    if (sqlite) {
        db.setDatabaseName(m_location.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return driverError(tr("opening the database file"), db.lastError().text());
        return {};
    }

    db.setHostName(m_location.host);
    db.setPort(m_location.port);
    db.setDatabaseName(m_location.databaseName);
    if (!m_location.user.isEmpty())
        db.setUserName(m_location.user);
    db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=consentric"));
    m_password = options.password;
    if (!m_password.isEmpty())
        db.setPassword(m_password);
    if (db.open())
        return {};
    QString why = db.lastError().text();
    if (looksLikePasswordProblem(why) && options.askPassword) {
        const std::optional<QString> answer = options.askPassword(m_location);
        if (!answer)
            return fail(tr("Connecting to %1 was cancelled: no password was given.").arg(m_location.displayName()));
        m_password = *answer;
        db.setPassword(m_password);
        if (db.open())
            return {};
        why = db.lastError().text();
    }
    return fail(tr(
        "Cannot connect to the PostgreSQL database %1: %2. Check that the server is running and the URL is right; a password belongs in PGPASSFILE.")
                    .arg(m_location.displayName(), why.simplified()));
}

Result<void> Database::inspectAndMigrate()
{
    const bool sqlite = engine() == Engine::Sqlite;
    // Reading the table list is the first thing that touches the file: a damaged or
    // encrypted file fails here, before anything is written.
    const QString tablesSql = sqlite ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                                     : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()");
    QSqlQuery tables(handle());
    if (!tables.exec(tablesSql)) {
        const QString where = m_location.displayName();
        return fail(tr("“%1” cannot be read as a Consentric database (%2). It may be damaged or not a database; nothing was changed. Restore a "
                       "backup or open another file.")
                        .arg(where, tables.lastError().text().simplified()));
    }
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();

    int current = 0;
    bool versionTable = names.contains(QLatin1String("schema_version"));
    if (versionTable) {
        auto version = scalar(QStringLiteral("SELECT MAX(version) FROM schema_version"), {}, tr("reading the schema version"));
        if (!version)
            return version.error();
        current = version->toInt();
    } else if (!names.isEmpty()) {
        return fail(tr(
            "“%1” is a database, but not a Consentric one (it has other tables and no schema version). Nothing was changed; open another database.")
                        .arg(m_location.displayName()));
    }
    const int latest = latestSchemaVersion();
    if (current > latest)
        return fail(
            tr("“%1” was written by a newer Consentric (schema %2; this program knows up to %3). Update Consentric to open it; nothing was changed.")
                .arg(m_location.displayName())
                .arg(current)
                .arg(latest));

    if (sqlite) {
        for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                 // Deleted content is overwritten, not left in free pages (erasure relies on it).
                 "PRAGMA secure_delete = ON"}) {
            if (auto done = exec(QString::fromLatin1(pragma), tr("preparing the database")); !done)
                return done.error();
        }
    }

    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        auto applied = transaction([&]() -> Result<void> {
            if (!sqlite) {
                // Two programs opening one new server database at once: the second waits,
                // then finds the migration done.
                if (auto locked = exec(QStringLiteral("SELECT pg_advisory_xact_lock(7405621)"), tr("locking the schema")); !locked)
                    return locked.error();
            }
            // IF NOT EXISTS covers a second program that got here first; asked only when
            // the table was missing, since PostgreSQL reports the skip as a notice.
            if (!versionTable) {
                if (auto created = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT "
                                                       "NOT NULL, applied_at TEXT NOT NULL)"),
                        tr("creating the schema version table"));
                    !created)
                    return created.error();
            }
            auto again = scalar(QStringLiteral("SELECT MAX(version) FROM schema_version"), {}, tr("reading the schema version"));
            if (!again)
                return again.error();
            if (again->toInt() >= migration.version)
                return {};
            for (const QString &statement : migration.statements) {
                if (auto done = exec(dialect(statement), tr("upgrading the database to schema %1").arg(migration.version)); !done)
                    return done.error();
            }
            auto recorded = exec(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (:v, :d, :t)"),
                {{QStringLiteral(":v"), migration.version}, {QStringLiteral(":d"), migration.description},
                    {QStringLiteral(":t"), m_clock->now().toUTC().toString(Qt::ISODate)}},
                tr("recording the schema version"));
            if (!recorded)
                return recorded.error();
            return {};
        });
        if (!applied)
            return applied.error();
        current = migration.version;
        versionTable = true;
    }
    m_schemaVersion = current;
    return {};
}

Result<void> Database::transaction(const std::function<Result<void>()> &work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Result<void> result = work();
        --m_transactionDepth;
        if (!result)
            m_rollbackOnly = true;
        return result;
    }
    QSqlDatabase db = handle();
    if (!db.transaction())
        return driverError(tr("starting a transaction"), db.lastError().text());
    m_transactionDepth = 1;
    m_rollbackOnly = false;
    Result<void> result = work();
    m_transactionDepth = 0;
    if (!result || m_rollbackOnly) {
        db.rollback();
        m_rollbackOnly = false;
        return result ? Result<void>{fail(tr("A change was rolled back because part of it failed; nothing was saved."))} : result;
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return driverError(tr("saving the changes"), why);
    }
    return {};
}

Result<QSqlQuery> Database::prepare(const QString &sql, const QString &what)
{
    QSqlQuery query(handle());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return driverError(what, query.lastError().text());
    return query;
}

Result<void> Database::run(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return driverError(what, query.lastError().text());
    return {};
}

Result<QSqlQuery> Database::exec(const QString &sql, const Binds &binds, const QString &what)
{
    QSqlQuery query(handle());
    query.setForwardOnly(true);
    if (binds.empty()) {
        if (!query.exec(sql))
            return driverError(what, query.lastError().text());
        return query;
    }
    if (!query.prepare(sql))
        return driverError(what, query.lastError().text());
    for (const auto &[name, value] : binds)
        query.bindValue(name, value);
    if (!query.exec())
        return driverError(what, query.lastError().text());
    return query;
}

Result<qint64> Database::insert(const QString &sql, const Binds &binds, const QString &what)
{
    auto query = exec(sql + QStringLiteral(" RETURNING id"), binds, what);
    if (!query)
        return query.error();
    if (!query->next())
        return driverError(what, tr("no id was returned"));
    return query->value(0).toLongLong();
}

Result<QVariant> Database::scalar(const QString &sql, const Binds &binds, const QString &what)
{
    auto query = exec(sql, binds, what);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

Result<QList<qint64>> Database::reserveIds(const QString &table, qsizetype count)
{
    if (!inTransaction())
        return fail(tr("Row ids can only be reserved inside a transaction."));
    QList<qint64> ids;
    if (count <= 0)
        return ids;
    ids.reserve(count);
    const QString what = tr("reserving row ids");
    if (m_location.engine == Engine::Sqlite) {
        auto largest = scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table), {}, what);
        if (!largest)
            return largest.error();
        for (qint64 id = largest->toLongLong() + 1; ids.size() < count; ++id)
            ids << id;
        return ids;
    }
    auto rows = exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM generate_series(1, :n)").arg(table),
        {{QStringLiteral(":n"), count}}, what);
    if (!rows)
        return rows.error();
    while (rows->next())
        ids << rows->value(0).toLongLong();
    if (ids.size() != count)
        return driverError(what, tr("%1 ids were asked for and %2 returned").arg(count).arg(ids.size()));
    return ids;
}

Result<QSqlQuery *> Database::statement(const QString &sql, const QString &what)
{
    auto known = m_statements.find(sql);
    if (known == m_statements.end()) {
        auto prepared = prepare(sql, what);
        if (!prepared)
            return prepared.error();
        known = m_statements.emplace(sql, std::make_unique<QSqlQuery>(std::move(*prepared))).first;
    }
    return known->second.get();
}

Result<void> Database::insertRows(const QString &head, const QString &row, qsizetype columns, const QVariantList &values, const QString &what)
{
    if (columns <= 0 || values.size() % columns != 0)
        return fail(tr("Internal error while %1: %2 values do not make rows of %3.").arg(what).arg(values.size()).arg(columns));
    // Statements of 64 rows (most of the gain of batching, well under both engines' limits
    // on placeholders), and the rest in statements of 32, 16, … 1 rows, so that a handful
    // of prepared statements serve any number of rows.
    constexpr qsizetype kRowsPerStatement = 64;
    const qsizetype rows = values.size() / columns;
    qsizetype first = 0;
    while (first < rows) {
        qsizetype n = kRowsPerStatement;
        while (n > rows - first)
            n /= 2;
        QString sql = head;
        sql.reserve(head.size() + n * (row.size() + 2));
        for (qsizetype i = 0; i < n; ++i) {
            sql += i == 0 ? QStringLiteral(" ") : QStringLiteral(", ");
            sql += row;
        }
        auto query = statement(sql, what);
        if (!query)
            return query.error();
        const qsizetype offset = first * columns;
        for (qsizetype i = 0; i < n * columns; ++i)
            (*query)->bindValue(int(i), values[offset + i]);
        auto ran = run(**query, what);
        (*query)->finish();
        if (!ran)
            return ran;
        first += n;
    }
    return {};
}

Result<bool> Database::clearWriteAheadLog()
{
    if (m_location.engine != Engine::Sqlite || inTransaction())
        return true;
    auto checkpoint = exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), tr("clearing the write-ahead log"));
    if (!checkpoint)
        return checkpoint.error();
    return checkpoint->next() && checkpoint->value(0).toInt() == 0;
}

QString Database::dialect(QString sql) const
{
    return dialect(std::move(sql), engine());
}

QString Database::dialect(QString sql, Engine engine)
{
    const bool sqlite = engine == Engine::Sqlite;
    sql.replace(QLatin1String("%PK%"), sqlite ? QLatin1String("INTEGER PRIMARY KEY") : QLatin1String("BIGSERIAL PRIMARY KEY"));
    sql.replace(QLatin1String("%BLOB%"), sqlite ? QLatin1String("BLOB") : QLatin1String("BYTEA"));
    // SQLite keeps rows in rowid order unless told otherwise; rows that must not reveal the
    // order they were written in are stored by their (random) primary key instead.
    sql.replace(QLatin1String("%UNORDERED%"), sqlite ? QLatin1String(" WITHOUT ROWID") : QLatin1String(""));
    return sql;
}

Error Database::driverError(const QString &what, const QString &driverText) const
{
    return fail(tr("The database %1 failed while %2: %3.").arg(m_location.displayName(), what, driverText.simplified()));
}

} // namespace consentric::storage
