// Every fixture database made at an earlier schema (tests/data/migrations/schema-N.sqlite)
// opens with this program, is upgraded to the latest schema, and exports exactly what it
// exported when it was made (schema-N.exports.json).
#include <QTimeZone>
#include <gtest/gtest.h>

#include "support/MigrationFixture.h"
#include "support/Printers.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace consentric;

namespace {

QStringList fixtures()
{
    const QDir dir(QStringLiteral(CONSENTRIC_TEST_DATA "/migrations"));
    return dir.entryList({QStringLiteral("schema-*.sqlite")}, QDir::Files, QDir::Name);
}

} // namespace

class MigrationTest : public testing::TestWithParam<QString>
{
};

TEST_P(MigrationTest, UpgradesAndExportsTheSame)
{
    const QDir dir(QStringLiteral(CONSENTRIC_TEST_DATA "/migrations"));
    const QString name = GetParam();
    QTemporaryDir work;
    const QString copy = work.filePath(name);
    ASSERT_TRUE(QFile::copy(dir.filePath(name), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QFile goldenFile(dir.filePath(QString(name).replace(QStringLiteral(".sqlite"), QStringLiteral(".exports.json"))));
    ASSERT_TRUE(goldenFile.open(QIODevice::ReadOnly)) << "each fixture needs its exports: " << goldenFile.fileName().toStdString();
    const QJsonObject golden = QJsonDocument::fromJson(goldenFile.readAll()).object();
    ASSERT_FALSE(golden.isEmpty());

    FixedClock clock(QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
    auto db = storage::Database::open(storage::Location::sqliteFile(copy), clock);
    ASSERT_TRUE(db.ok()) << db.message().toStdString();
    EXPECT_EQ((*db)->schemaVersion(), storage::Database::latestSchemaVersion());
    auto now = test::exportsByEmail(**db);
    ASSERT_TRUE(now.ok()) << now.message().toStdString();
    EXPECT_EQ(*now, golden) << QJsonDocument(*now).toJson().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Fixtures, MigrationTest, testing::ValuesIn(fixtures()), [](const testing::TestParamInfo<QString> &fixture) {
    return QString(fixture.param).remove(QStringLiteral(".sqlite")).replace(QLatin1Char('-'), QLatin1Char('_')).toStdString();
});

TEST(MigrationFixturesTest, TheLastSchemaHasAFixture)
{
    // A new migration must come with the fixture of the schema before it; at the latest
    // schema the fixture shows the current program reads its own files.
    const int latest = storage::Database::latestSchemaVersion();
    EXPECT_TRUE(fixtures().contains(QStringLiteral("schema-%1.sqlite").arg(latest))
        || fixtures().contains(QStringLiteral("schema-%1.sqlite").arg(latest - 1)))
        << "run make_migration_fixture before adding a migration";
}
