// The base of every store test: a fresh database per test, on each engine in turn, and
// small builders for the people and connections a test needs.
#pragma once

#include <gtest/gtest.h>

#include "consent/Accounts.h"
#include "consent/Participation.h"
#include "consent/People.h"
#include "consent/Sharing.h"
#include "contacts/ContactStore.h"
#include "policy/ConnectionPolicy.h"
#include "support/Printers.h"
#include "support/TestDatabase.h"

#include <map>

namespace consentric::test {

// Argon2id at libsodium's minimum: tests make many accounts and must stay fast. Real
// accounts use the moderate limits, the demo the interactive ones.
inline const consent::KdfLimits kTestKdf{1, 8192};
inline const QString kTestPassphrase = QStringLiteral("test");

class StoreTest : public testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        m_test = std::make_unique<TestDatabase>(GetParam());
        ASSERT_TRUE(m_test->problem().isEmpty()) << m_test->problem().toStdString();
        m_people = std::make_unique<consent::People>(db());
    }
    void TearDown() override
    {
        m_sessions.clear();
        m_people.reset();
        m_test.reset();
    }

    storage::Database &db() { return m_test->db(); }
    TestDatabase &test() { return *m_test; }
    consent::People &people() { return *m_people; }

    // An employee with an account (passphrase kTestPassphrase), signed in, optionally
    // already taking part in the program.
    qint64 person(const QString &name, const QString &department, bool participating = false, consent::Role role = consent::Role::Employee)
    {
        const QString email = name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + QStringLiteral("@test.example");
        auto id = people().add({email, name, department, role});
        EXPECT_TRUE(id.ok()) << (id ? std::string() : id.message().toStdString());
        if (!id)
            return 0;
        auto made = consent::Accounts(db()).create(*id, kTestPassphrase, kTestKdf, consent::PassphraseRule::Demo);
        EXPECT_TRUE(made.ok()) << (made ? std::string() : made.message().toStdString());
        if (!made)
            return 0;
        m_sessions.emplace(*id, std::move(*made));
        if (participating) {
            join(*id);
        }
        return *id;
    }

    void join(qint64 id)
    {
        auto joined = consent::Participation(db()).optIn(session(id), policy::PolicyStore(db()).current()->version);
        EXPECT_TRUE(joined.ok()) << (joined ? std::string() : joined.message().toStdString());
    }

    void leave(qint64 id)
    {
        auto left = consent::Participation(db()).optOut(session(id));
        EXPECT_TRUE(left.ok()) << (left ? std::string() : left.message().toStdString());
    }

    // The signed-in session of someone made by person().
    const consent::Session &session(qint64 id) { return m_sessions.at(id); }

    // `count` connections for the employee, all private; returns their ids.
    QList<qint64> connections(
        qint64 employee, int count, const QString &company = QStringLiteral("Acme Inc."), consent::Context context = consent::Context::Professional)
    {
        std::vector<contacts::ContactInput> inputs;
        for (int i = 0; i < count; ++i) {
            contacts::ContactInput in;
            in.givenName = QStringLiteral("Contact");
            in.familyName = QString::number(employee) + QLatin1Char('-') + QString::number(i);
            in.company = company;
            in.context = context;
            inputs.push_back(in);
        }
        auto ids = contacts::ContactStore(db()).addConnections(session(employee), inputs);
        EXPECT_TRUE(ids.ok()) << (ids ? std::string() : ids.message().toStdString());
        return ids ? *ids : QList<qint64>();
    }

    void share(qint64 employee, const QList<qint64> &ids, consent::Level level)
    {
        auto changed = consent::Sharing(db()).setLevel(session(employee), ids, level);
        ASSERT_TRUE(changed.ok()) << changed.message().toStdString();
    }

private:
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<consent::People> m_people;
    std::map<qint64, consent::Session> m_sessions;
};

#define CONSENTRIC_BOTH_ENGINES(Suite)                                                                                                               \
    INSTANTIATE_TEST_SUITE_P(                                                                                                                        \
        Engines, Suite, testing::Values(consentric::test::Backend::Sqlite, consentric::test::Backend::Postgres), consentric::test::backendName)

} // namespace consentric::test
