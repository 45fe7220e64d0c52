#include <gtest/gtest.h>

#include "storage/Location.h"

using namespace consentric::storage;

TEST(LocationTest, PathIsSqlite)
{
    auto l = Location::parse(QStringLiteral("/tmp/team.sqlite"));
    ASSERT_TRUE(l.ok());
    EXPECT_EQ(l->engine, Engine::Sqlite);
    EXPECT_EQ(l->path, QStringLiteral("/tmp/team.sqlite"));
}

TEST(LocationTest, PostgresUrlIsParsed)
{
    auto l = Location::parse(QStringLiteral("postgresql://ana@db.example:6543/consentric"));
    ASSERT_TRUE(l.ok());
    EXPECT_EQ(l->engine, Engine::Postgres);
    EXPECT_EQ(l->host, QStringLiteral("db.example"));
    EXPECT_EQ(l->port, 6543);
    EXPECT_EQ(l->user, QStringLiteral("ana"));
    EXPECT_EQ(l->databaseName, QStringLiteral("consentric"));
    EXPECT_EQ(l->displayName(), QStringLiteral("postgresql://ana@db.example:6543/consentric"));
    auto defaults = Location::parse(QStringLiteral("postgres://db.example/team"));
    ASSERT_TRUE(defaults.ok());
    EXPECT_EQ(defaults->port, 5432);
}

TEST(LocationTest, PasswordInUrlIsRefused)
{
    auto l = Location::parse(QStringLiteral("postgresql://ana:secret@db.example/consentric"));
    ASSERT_FALSE(l.ok());
    EXPECT_TRUE(l.message().contains(QStringLiteral("PGPASSFILE")));
    EXPECT_FALSE(l.message().contains(QStringLiteral("secret")));
}

TEST(LocationTest, UrlWithoutDatabaseIsRefused)
{
    EXPECT_FALSE(Location::parse(QStringLiteral("postgresql://ana@db.example")).ok());
    EXPECT_FALSE(Location::parse(QStringLiteral("")).ok());
}
