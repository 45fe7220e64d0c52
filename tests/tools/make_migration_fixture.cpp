// Writes tests/data/migrations/schema-N.sqlite and schema-N.exports.json, N being the
// current schema version. Run it BEFORE adding migration N+1, and commit both files:
//   build/tests/make_migration_fixture tests/data/migrations
// MigrationTest then upgrades the fixture with every later program and compares exports.
#include "storage/Backup.h"
#include "support/MigrationFixture.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    using namespace consentric;
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_migration_fixture OUTPUT_DIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    const int version = storage::Database::latestSchemaVersion();
    const QString base = out.filePath(QStringLiteral("schema-%1").arg(version));
    QTemporaryDir work;
    FixedClock clock(QDateTime(QDate(2026, 1, 5), QTime(12, 0), Qt::UTC));
    auto db = storage::Database::open(storage::Location::sqliteFile(work.filePath(QStringLiteral("f.sqlite"))), clock);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.message()));
        return 1;
    }
    if (auto filled = test::fillMigrationFixture(**db); !filled) {
        std::fprintf(stderr, "%s\n", qPrintable(filled.message()));
        return 1;
    }
    auto exports = test::exportsByEmail(**db);
    QFile::remove(base + QStringLiteral(".sqlite"));
    if (!exports || !storage::backup(**db, base + QStringLiteral(".sqlite"))) {
        std::fprintf(stderr, "could not write the fixture\n");
        return 1;
    }
    // A single file, no WAL: what a person's database at that version looks like at rest.
    {
        auto fixture = storage::Database::open(storage::Location::sqliteFile(base + QStringLiteral(".sqlite")), clock);
        if (!fixture || !(*fixture)->exec(QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("settling")).ok())
            return 1;
    }
    QFile json(base + QStringLiteral(".exports.json"));
    if (!json.open(QIODevice::WriteOnly))
        return 1;
    json.write(QJsonDocument(*exports).toJson(QJsonDocument::Indented));
    std::printf("wrote %s.sqlite and %s.exports.json\n", qPrintable(base), qPrintable(base));
    return 0;
}
