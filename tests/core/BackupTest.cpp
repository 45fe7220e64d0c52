#include "storage/Backup.h"
#include "contacts/Export.h"
#include "support/StoreTest.h"

#include <QFile>

using namespace consentric;
using namespace consentric::test;

class BackupTest : public StoreTest
{
};
CONSENTRIC_BOTH_ENGINES(BackupTest);

TEST_P(BackupTest, CopyOpensWithTheSameContentOrSaysUsePgDump)
{
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    share(ana, connections(ana, 3).mid(0, 1), consent::Level::Shared);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
    auto done = storage::backup(db(), target);
    if (GetParam() == Backend::Postgres) {
        ASSERT_FALSE(done.ok());
        EXPECT_TRUE(done.message().contains(QStringLiteral("pg_dump"))) << done.message().toStdString();
        EXPECT_FALSE(QFile::exists(target));
        return;
    }
    ASSERT_TRUE(done.ok()) << done.message().toStdString();
    auto copy = storage::Database::open(storage::Location::sqliteFile(target), test().clock());
    ASSERT_TRUE(copy.ok()) << copy.message().toStdString();
    EXPECT_EQ(*contacts::exportConnectionsJson(**copy, session(ana)), *contacts::exportConnectionsJson(db(), session(ana)));

    // --output replaces an existing file, with a complete copy.
    QFile old(target);
    ASSERT_TRUE(QFile::remove(target));
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("old backup");
    old.close();
    copy->reset();
    ASSERT_TRUE(storage::backup(db(), target).ok());
    auto replaced = storage::Database::open(storage::Location::sqliteFile(target), test().clock());
    ASSERT_TRUE(replaced.ok()) << replaced.message().toStdString();
}

class SqliteBackupTest : public StoreTest
{
};
INSTANTIATE_TEST_SUITE_P(Engines, SqliteBackupTest, testing::Values(Backend::Sqlite), backendName);

TEST_P(SqliteBackupTest, BackupOntoItselfOrIntoAMissingFolderIsRefused)
{
    auto self = storage::backup(db(), test().location().path);
    ASSERT_FALSE(self.ok());
    EXPECT_TRUE(self.message().contains(QStringLiteral("cannot replace the database")));
    auto missing = storage::backup(db(), QStringLiteral("/no/such/folder/b.sqlite"));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.message().contains(QStringLiteral("does not exist")));
}

TEST(VCardTest, EscapesAndFoldsAsRfc6350Says)
{
    EXPECT_EQ(contacts::vcardEscape(QStringLiteral("Smith, Jones; Co\\Ltd\nLine")), QStringLiteral("Smith\\, Jones\\; Co\\\\Ltd\\nLine"));
    const QByteArray folded = contacts::vcardFold(QByteArray("NOTE:") + QString(40, QChar(0x00E9)).toUtf8()); // 5 + 80 octets
    const QList<QByteArray> lines = folded.split('\n');
    EXPECT_LE(lines.at(0).size(), 76); // 75 octets and the \r
    EXPECT_TRUE(lines.at(1).startsWith(' '));
    // Unfolding gives back the value, and no UTF-8 sequence was cut.
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    EXPECT_EQ(QString::fromUtf8(unfolded.chopped(2)), QStringLiteral("NOTE:") + QString(40, QChar(0x00E9)));
    EXPECT_FALSE(QString::fromUtf8(lines.at(0)).contains(QChar::ReplacementCharacter));
}
