#include <QTimeZone>
#include <gtest/gtest.h>

#include "support/TestDatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace consentric::test {

std::string backendName(const testing::TestParamInfo<Backend> &info)
{
    return info.param == Backend::Sqlite ? "Sqlite" : "Postgres";
}

QString TestDatabase::serverUrl(QString *problem)
{
    const QByteArray state = qgetenv("CONSENTRIC_TEST_PG");
    QFile urlFile(QString::fromLocal8Bit(state) + QStringLiteral("/url"));
    if (state.isEmpty() || !urlFile.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("No test PostgreSQL server: run the tests through ctest (./dev test), which starts one as a fixture.");
        return {};
    }
    // The server wants a password over TCP; libpq finds it here, as it would a person's.
    if (qEnvironmentVariableIsEmpty("PGPASSFILE"))
        qputenv("PGPASSFILE", state + "/pgpass");
    return QString::fromUtf8(urlFile.readAll()).trimmed();
}

TestDatabase::TestDatabase(Backend backend)
    : m_backend(backend)
    , m_clock(QDateTime(QDate(2026, 10, 5), QTime(9, 30), Qt::UTC))
{
    if (backend == Backend::Sqlite) {
        m_location = storage::Location::sqliteFile(m_dir.filePath(QStringLiteral("test.sqlite")));
    } else {
        const QString url = serverUrl(&m_problem);
        if (url.isEmpty())
            return;
        auto server = storage::Location::parse(url);
        if (!server) {
            m_problem = server.message();
            return;
        }
        static QAtomicInteger<int> counter;
        const QString name = QStringLiteral("consentric_test_%1_%2_%3")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(counter.fetchAndAddRelaxed(1))
                                 .arg(QRandomGenerator::global()->bounded(1'000'000));
        m_adminConnection = QStringLiteral("admin-") + name;
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_adminConnection);
        admin.setHostName(server->host);
        admin.setPort(server->port);
        admin.setUserName(server->user);
        admin.setDatabaseName(server->databaseName);
        if (!admin.open()) {
            m_problem = QStringLiteral("Cannot reach the test PostgreSQL server: ") + admin.lastError().text();
            return;
        }
        QSqlQuery create(admin);
        if (!create.exec(QStringLiteral("CREATE DATABASE ") + name)) {
            m_problem = create.lastError().text();
            return;
        }
        m_location = *server;
        m_location.databaseName = name;
    }
    auto opened = storage::Database::open(m_location, m_clock);
    if (!opened) {
        m_problem = opened.message();
        return;
    }
    m_db = std::move(*opened);
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (!m_adminConnection.isEmpty()) {
        {
            QSqlDatabase admin = QSqlDatabase::database(m_adminConnection, false);
            if (admin.isOpen() && !m_location.databaseName.isEmpty()) {
                QSqlQuery drop(admin);
                drop.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_location.databaseName + QStringLiteral(" WITH (FORCE)"));
            }
            admin.close();
        }
        QSqlDatabase::removeDatabase(m_adminConnection);
    }
}

Result<std::unique_ptr<storage::Database>> TestDatabase::reopen(const storage::OpenOptions &options)
{
    return storage::Database::open(m_location, m_clock, options);
}

} // namespace consentric::test
