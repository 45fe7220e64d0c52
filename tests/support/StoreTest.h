// The base of every store test: a fresh database per test, on each engine in turn, and
// small builders for the people and connections a test needs.
#pragma once

#include <gtest/gtest.h>

#include "consent/People.h"
#include "consent/Sharing.h"
#include "contacts/ContactStore.h"
#include "support/TestDatabase.h"

#include "support/Printers.h"

namespace consentric::test {

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
        m_people.reset();
        m_test.reset();
    }

    storage::Database &db() { return m_test->db(); }
    TestDatabase &test() { return *m_test; }
    consent::People &people() { return *m_people; }

    // An employee, optionally already taking part in the program.
    qint64 person(const QString &name, const QString &department, bool participating = false, consent::Role role = consent::Role::Employee)
    {
        const QString email = name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + QStringLiteral("@test.example");
        auto id = people().add({email, name, department, role});
        EXPECT_TRUE(id.ok()) << (id ? std::string() : id.message().toStdString());
        if (id && participating) {
            auto joined = consent::Sharing(db()).setParticipating(*id, true);
            EXPECT_TRUE(joined.ok());
        }
        return id ? *id : 0;
    }

    // `count` professional connections for the employee, all private; returns their ids.
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
        auto ids = contacts::ContactStore(db()).addConnections(employee, inputs);
        EXPECT_TRUE(ids.ok()) << (ids ? std::string() : ids.message().toStdString());
        return ids ? *ids : QList<qint64>();
    }

    void share(qint64 employee, const QList<qint64> &ids, consent::Level level)
    {
        auto changed = consent::Sharing(db()).setLevel(employee, ids, level);
        ASSERT_TRUE(changed.ok()) << changed.message().toStdString();
    }

private:
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<consent::People> m_people;
};

#define CONSENTRIC_BOTH_ENGINES(Suite)                                                                                                               \
    INSTANTIATE_TEST_SUITE_P(                                                                                                                        \
        Engines, Suite, testing::Values(consentric::test::Backend::Sqlite, consentric::test::Backend::Postgres), consentric::test::backendName)

} // namespace consentric::test
