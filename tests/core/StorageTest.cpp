// Opening, migrating and refusing databases, on SQLite and PostgreSQL.
#include "storage/Migrations.h"
#include "support/StoreTest.h"

#include "support/Files.h"
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

using namespace consentric;
using namespace consentric::test;

class StorageTest : public StoreTest
{
};
CONSENTRIC_BOTH_ENGINES(StorageTest);

TEST_P(StorageTest, NewDatabaseIsAtTheLatestSchema)
{
    EXPECT_EQ(db().schemaVersion(), storage::Database::latestSchemaVersion());
    auto rows = db().scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version"), {}, QStringLiteral("test"));
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows->toInt(), int(storage::migrations().size()));
    for (const char *table : {"organisation", "departments", "people", "companies", "contacts", "connections"}) {
        auto count = db().scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table), {}, QStringLiteral("test"));
        EXPECT_TRUE(count.ok()) << table;
    }
}

TEST_P(StorageTest, ReopeningDoesNotMigrateAgain)
{
    person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"));
    test().close();
    auto again = test().reopen();
    ASSERT_TRUE(again.ok()) << again.message().toStdString();
    auto rows = (*again)->scalar(QStringLiteral("SELECT COUNT(*) FROM people"), {}, QStringLiteral("test"));
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows->toInt(), 1);
}

TEST_P(StorageTest, FailedTransactionLeavesNothing)
{
    auto result = db().transaction([&]() -> Result<void> {
        auto added = people().add({QStringLiteral("a@test.example"), QStringLiteral("A"), QStringLiteral("Sales"), consent::Role::Employee});
        EXPECT_TRUE(added.ok());
        return fail(QStringLiteral("stop here"));
    });
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.message(), QStringLiteral("stop here"));
    auto rows = db().scalar(QStringLiteral("SELECT COUNT(*) FROM people"), {}, QStringLiteral("test"));
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows->toInt(), 0);
    auto departments = db().scalar(QStringLiteral("SELECT COUNT(*) FROM departments"), {}, QStringLiteral("test"));
    EXPECT_EQ(departments->toInt(), 0);
}

TEST_P(StorageTest, InnerFailureRollsBackTheOuterTransaction)
{
    auto result = db().transaction([&]() -> Result<void> {
        EXPECT_TRUE(people().add({QStringLiteral("a@test.example"), QStringLiteral("A"), QStringLiteral("Sales"), consent::Role::Employee}).ok());
        // A nested failure that the outer work ignores must still roll everything back.
        auto inner = db().transaction([]() -> Result<void> { return fail(QStringLiteral("inner")); });
        EXPECT_FALSE(inner.ok());
        return {};
    });
    EXPECT_FALSE(result.ok());
    auto rows = db().scalar(QStringLiteral("SELECT COUNT(*) FROM people"), {}, QStringLiteral("test"));
    EXPECT_EQ(rows->toInt(), 0);
}

TEST_P(StorageTest, ReservedIdsTakeBatchesOfRowsInOneGo)
{
    EXPECT_FALSE(db().reserveIds(QStringLiteral("departments"), 3).ok()) << "only inside a transaction";
    const auto count = [&] { return db().scalar(QStringLiteral("SELECT COUNT(*) FROM departments"), {}, QStringLiteral("test"))->toInt(); };
    // 130 rows: two full statements of 64 rows and a shorter last one.
    auto done = db().transaction([&]() -> Result<void> {
        auto ids = db().reserveIds(QStringLiteral("departments"), 130);
        if (!ids)
            return ids.error();
        EXPECT_EQ(ids->size(), 130);
        EXPECT_EQ(QSet<qint64>(ids->cbegin(), ids->cend()).size(), 130);
        QVariantList rows;
        for (qsizetype i = 0; i < ids->size(); ++i)
            rows << ids->at(i) << QStringLiteral("Department %1").arg(i);
        return db().insertRows(
            QStringLiteral("INSERT INTO departments (id, name) VALUES"), QStringLiteral("(?, ?)"), 2, rows, QStringLiteral("test"));
    });
    ASSERT_TRUE(done.ok()) << done.message().toStdString();
    EXPECT_EQ(count(), 130);
    auto last = db().scalar(QStringLiteral("SELECT name FROM departments WHERE id = (SELECT MAX(id) FROM departments)"), {}, QStringLiteral("test"));
    EXPECT_EQ(last->toString(), QStringLiteral("Department 129"));
    // The next reservation starts after them; a bad row anywhere takes its whole batch back.
    auto failed = db().transaction([&]() -> Result<void> {
        auto ids = db().reserveIds(QStringLiteral("departments"), 70);
        if (!ids)
            return ids.error();
        QVariantList rows;
        for (qsizetype i = 0; i < ids->size(); ++i)
            rows << ids->at(i) << (i == 66 ? QStringLiteral("Department 3") : QStringLiteral("New %1").arg(i)); // a duplicate name
        return db().insertRows(
            QStringLiteral("INSERT INTO departments (id, name) VALUES"), QStringLiteral("(?, ?)"), 2, rows, QStringLiteral("test"));
    });
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(count(), 130);
    auto uneven = db().transaction([&]() -> Result<void> {
        return db().insertRows(
            QStringLiteral("INSERT INTO departments (id, name) VALUES"), QStringLiteral("(?, ?)"), 2, {1000}, QStringLiteral("test"));
    });
    EXPECT_FALSE(uneven.ok()) << "values that do not make whole rows";
}

TEST_P(StorageTest, DatabaseFromANewerProgramIsRefusedAndUntouched)
{
    person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"));
    auto bumped = db().exec(
        QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (999, 'future', '2030-01-01')"), QStringLiteral("test"));
    ASSERT_TRUE(bumped.ok());
    const bool sqlite = GetParam() == Backend::Sqlite;
    test().close();
    const QByteArray before = sqlite ? fileHash(test().location().path) : QByteArray();

    auto again = test().reopen();
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.message().contains(QStringLiteral("newer Consentric"))) << again.message().toStdString();
    EXPECT_TRUE(again.message().contains(QStringLiteral("nothing was changed")));
    if (sqlite) {
        EXPECT_EQ(fileHash(test().location().path), before);
    }
}

TEST_P(StorageTest, ForeignDatabaseIsRefused)
{
    // Someone else's tables and no schema version: not ours to migrate.
    test().close();
    {
        auto raw = test().reopen();
        ASSERT_TRUE(raw.ok());
        ASSERT_TRUE((*raw)->exec(QStringLiteral("DROP TABLE schema_version"), QStringLiteral("test")).ok());
    }
    auto again = test().reopen();
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.message().contains(QStringLiteral("not a Consentric one"))) << again.message().toStdString();
}

TEST_P(StorageTest, DialectRewritesKeysAndBlobs)
{
    const QString sql = db().dialect(QStringLiteral("CREATE TABLE t (id %PK%, b %BLOB%)"));
    const QString expected = GetParam() == Backend::Sqlite ? QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, b BLOB)")
                                                           : QStringLiteral("CREATE TABLE t (id BIGSERIAL PRIMARY KEY, b BYTEA)");
    EXPECT_EQ(sql, expected);
    ASSERT_TRUE(db().exec(sql, QStringLiteral("test")).ok());
    auto id
        = db().insert(QStringLiteral("INSERT INTO t (b) VALUES (:b)"), {{QStringLiteral(":b"), QByteArray("\x00\x01", 2)}}, QStringLiteral("test"));
    ASSERT_TRUE(id.ok()) << id.message().toStdString();
    auto back = db().scalar(QStringLiteral("SELECT b FROM t WHERE id = :id"), {{QStringLiteral(":id"), *id}}, QStringLiteral("test"));
    EXPECT_EQ(back->toByteArray(), QByteArray("\x00\x01", 2));
}

TEST_P(StorageTest, ConstraintsHoldOnBothEngines)
{
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"));
    auto badStrength = db().exec(
        QStringLiteral("UPDATE connections SET strength = 9 WHERE employee_id = :e"), {{QStringLiteral(":e"), ana}}, QStringLiteral("test"));
    EXPECT_TRUE(badStrength.ok()); // no rows yet
    connections(ana, 1);
    badStrength = db().exec(
        QStringLiteral("UPDATE connections SET strength = 9 WHERE employee_id = :e"), {{QStringLiteral(":e"), ana}}, QStringLiteral("test"));
    EXPECT_FALSE(badStrength.ok());
    auto badLevel = db().exec(QStringLiteral("UPDATE connections SET level = 'public'"), QStringLiteral("test"));
    EXPECT_FALSE(badLevel.ok());
    auto secondOwner = db().exec(QStringLiteral("UPDATE people SET role = 'owner'"), QStringLiteral("test"));
    EXPECT_TRUE(secondOwner.ok()); // one person: one owner is fine
    person(QStringLiteral("Bo Lund"), QStringLiteral("Sales"));
    secondOwner = db().exec(QStringLiteral("UPDATE people SET role = 'owner'"), QStringLiteral("test"));
    EXPECT_FALSE(secondOwner.ok());
}

// SQLite files that are not Consentric databases.
class SqliteFileTest : public testing::Test
{
protected:
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 10, 5), QTime(9, 0), Qt::UTC)};
};

TEST_F(SqliteFileTest, TextFileIsRefusedAndUntouched)
{
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("these are my notes, not a database\n");
    file.close();
    const QByteArray before = fileHash(path);
    auto opened = storage::Database::open(storage::Location::sqliteFile(path), clock);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.message().contains(QStringLiteral("not an SQLite file"))) << opened.message().toStdString();
    EXPECT_EQ(fileHash(path), before);
}

TEST_F(SqliteFileTest, DamagedDatabaseIsRefused)
{
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        auto opened = storage::Database::open(storage::Location::sqliteFile(path), clock);
        ASSERT_TRUE(opened.ok());
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    // Keep the magic header, wreck the page that describes the tables.
    for (qsizetype i = 100; i < std::min<qsizetype>(bytes.size(), 4096); ++i)
        bytes[i] = char(0xA5);
    file.seek(0);
    file.write(bytes);
    file.close();
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    auto opened = storage::Database::open(storage::Location::sqliteFile(path), clock);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.message().contains(QStringLiteral("damaged"))) << opened.message().toStdString();
}

TEST_F(SqliteFileTest, MissingFileIsNotCreatedWhenAskedNotTo)
{
    const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
    storage::OpenOptions options;
    options.create = false;
    auto opened = storage::Database::open(storage::Location::sqliteFile(path), clock, options);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.message().contains(QStringLiteral("There is no database"))) << opened.message().toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(SqliteFileTest, MissingFolderIsExplained)
{
    auto opened = storage::Database::open(storage::Location::sqliteFile(dir.filePath(QStringLiteral("no/such/folder/x.sqlite"))), clock);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.message().contains(QStringLiteral("does not exist"))) << opened.message().toStdString();
}

TEST_F(SqliteFileTest, WalForeignKeysAndBusyTimeoutAreOn)
{
    auto opened = storage::Database::open(storage::Location::sqliteFile(dir.filePath(QStringLiteral("a.sqlite"))), clock);
    ASSERT_TRUE(opened.ok());
    storage::Database &db = **opened;
    EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA journal_mode"), {}, QStringLiteral("t"))->toString(), QStringLiteral("wal"));
    EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA foreign_keys"), {}, QStringLiteral("t"))->toInt(), 1);
    EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA busy_timeout"), {}, QStringLiteral("t"))->toInt(), 5000);
}

TEST(PostgresConnectionTest, UnreachableServerGetsOneClearSentence)
{
    FixedClock clock(QDateTime(QDate(2026, 10, 5), QTime(9, 0), Qt::UTC));
    auto location = storage::Location::parse(QStringLiteral("postgresql://nobody@127.0.0.1:1/consentric"));
    ASSERT_TRUE(location.ok());
    auto opened = storage::Database::open(*location, clock);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.message().startsWith(QStringLiteral("Cannot connect to the PostgreSQL database postgresql://nobody@127.0.0.1:1/consentric")))
        << opened.message().toStdString();
    EXPECT_TRUE(opened.message().contains(QStringLiteral("Check that the server is running")));
}

// The test server wants a password over TCP; ctest points PGPASSFILE at the fixture's.
class PostgresPasswordTest : public testing::Test
{
protected:
    void SetUp() override
    {
        QString problem;
        url = TestDatabase::serverUrl(&problem);
        ASSERT_FALSE(url.isEmpty()) << problem.toStdString();
        passFile = qgetenv("PGPASSFILE");
        ASSERT_FALSE(passFile.isEmpty()) << "serverUrl() points PGPASSFILE at the test server's";
        QFile file(QString::fromLocal8Bit(passFile));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        password = QString::fromUtf8(file.readAll()).trimmed().section(QLatin1Char(':'), 4);
    }
    void TearDown() override { qputenv("PGPASSFILE", passFile); }

    QString url;
    QByteArray passFile;
    QString password;
    FixedClock clock{QDateTime(QDate(2026, 10, 5), QTime(9, 0), Qt::UTC)};
};

TEST_F(PostgresPasswordTest, PasswordComesFromPgpassfileWithoutAsking)
{
    int asked = 0;
    storage::OpenOptions options;
    options.askPassword = [&](const storage::Location &) -> std::optional<QString> {
        ++asked;
        return std::nullopt;
    };
    auto opened = storage::Database::open(*storage::Location::parse(url), clock, options);
    ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
    EXPECT_EQ(asked, 0);
}

TEST_F(PostgresPasswordTest, WithoutPgpassfileThePersonIsAskedOnce)
{
    qputenv("PGPASSFILE", "/nonexistent/consentric-pgpass");
    int asked = 0;
    storage::OpenOptions options;
    options.askPassword = [&](const storage::Location &where) -> std::optional<QString> {
        ++asked;
        EXPECT_EQ(where.user, QStringLiteral("postgres"));
        return password;
    };
    auto opened = storage::Database::open(*storage::Location::parse(url), clock, options);
    ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
    EXPECT_EQ(asked, 1);
    // Kept in memory so a background thread can open the same database.
    EXPECT_EQ((*opened)->password(), password);
}

TEST_F(PostgresPasswordTest, CancelledPromptSaysSo)
{
    qputenv("PGPASSFILE", "/nonexistent/consentric-pgpass");
    storage::OpenOptions options;
    options.askPassword = [](const storage::Location &) -> std::optional<QString> { return std::nullopt; };
    auto opened = storage::Database::open(*storage::Location::parse(url), clock, options);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.message().contains(QStringLiteral("cancelled"))) << opened.message().toStdString();
}

TEST_F(PostgresPasswordTest, WrongPasswordIsExplainedWithoutRepeatingIt)
{
    qputenv("PGPASSFILE", "/nonexistent/consentric-pgpass");
    storage::OpenOptions options;
    options.askPassword = [](const storage::Location &) -> std::optional<QString> { return QStringLiteral("not-the-password"); };
    auto opened = storage::Database::open(*storage::Location::parse(url), clock, options);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.message().contains(QStringLiteral("Cannot connect"))) << opened.message().toStdString();
    EXPECT_FALSE(opened.message().contains(QStringLiteral("not-the-password")));
}
