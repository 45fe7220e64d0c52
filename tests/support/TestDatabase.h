// A fresh database for one test, on SQLite (a temporary file) or on the throwaway
// PostgreSQL server that ctest starts (a new database on it). Store tests are
// parameterised over both. There is no skipping: without the server, PostgreSQL tests fail
// and say how to run them.
#pragma once

#include "storage/Database.h"
#include "util/Clock.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ostream>

#include <memory>
#include <string>

namespace consentric::test {

enum class Backend { Sqlite, Postgres };

std::string backendName(const testing::TestParamInfo<Backend> &info);
inline void PrintTo(Backend backend, std::ostream *os)
{
    *os << (backend == Backend::Sqlite ? "SQLite" : "PostgreSQL");
}

class TestDatabase
{
public:
    explicit TestDatabase(Backend backend);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    // Empty when creating the database worked; otherwise why not.
    const QString &problem() const { return m_problem; }
    storage::Database &db() { return *m_db; }
    const storage::Location &location() const { return m_location; }
    FixedClock &clock() { return m_clock; }
    // Opens the same database again (a second connection, or after close()).
    Result<std::unique_ptr<storage::Database>> reopen(const storage::OpenOptions &options = {});
    void close() { m_db.reset(); }

    // The admin URL of the test server, from the folder named by CONSENTRIC_TEST_PG (which
    // ctest sets); also points PGPASSFILE at the server's password file.
    static QString serverUrl(QString *problem);

private:
    Backend m_backend;
    FixedClock m_clock;
    QTemporaryDir m_dir;
    storage::Location m_location;
    std::unique_ptr<storage::Database> m_db;
    QString m_problem;
    QString m_adminConnection;
};

} // namespace consentric::test
