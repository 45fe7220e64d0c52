// The base of the referral tests: an owner, and employees with connections at companies,
// shared at the level a test needs; shortcuts for the calls every test makes.
#pragma once

#include "referrals/Guardrails.h"
#include "referrals/Inbox.h"
#include "referrals/Pipeline.h"
#include "referrals/Referrals.h"
#include "support/StoreTest.h"

#include <algorithm>

namespace consentric::test {

class ReferralFixture : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        m_owner = person(QStringLiteral("Olive Owner"), QStringLiteral("Management"), false, consent::Role::Owner);
    }

    qint64 owner() const { return m_owner; }
    const consent::Session &ownerSession() { return session(m_owner); }
    FixedClock &clock() { return test().clock(); }

    // A participating employee with `count` connections at the company, at `level`.
    qint64 employee(const QString &name, consent::Level level, const QString &company = QStringLiteral("Acme Inc."), int count = 1)
    {
        const qint64 id = person(name, QStringLiteral("Sales"), true);
        const QList<qint64> ids = connections(id, count, company);
        if (level != consent::Level::Private)
            share(id, ids, level);
        m_connections[id] = ids;
        return id;
    }
    // One connection to a named outside person (the same email at two employees is the
    // same person), shared at `level`.
    qint64 knows(qint64 employee, const QString &email, consent::Level level, const QString &company = QStringLiteral("Acme Inc."))
    {
        contacts::ContactInput in;
        in.givenName = email.section(QLatin1Char('@'), 0, 0);
        in.familyName = QStringLiteral("Person");
        in.email = email;
        in.company = company;
        auto ids = contacts::ContactStore(db()).addConnections(session(employee), {in});
        EXPECT_TRUE(ids.ok()) << (ids ? std::string() : ids.message().toStdString());
        if (!ids)
            return 0;
        share(employee, *ids, level);
        return ids->front();
    }
    QList<qint64> connectionsOf(qint64 employee) { return m_connections[employee]; }

    qint64 target(const QString &company, referrals::TargetKind kind = referrals::TargetKind::Customer)
    {
        auto id = referrals::Referrals(db()).addTarget(ownerSession(), {company, std::nullopt, kind, QStringLiteral("They need what we make.")});
        EXPECT_TRUE(id.ok()) << (id ? std::string() : id.message().toStdString());
        return id ? *id : 0;
    }
    qint64 personTarget(qint64 sharedConnection)
    {
        auto id = referrals::Referrals(db()).addTarget(
            ownerSession(), {QString(), sharedConnection, referrals::TargetKind::Partner, QStringLiteral("A partnership would help both.")});
        EXPECT_TRUE(id.ok()) << (id ? std::string() : id.message().toStdString());
        return id ? *id : 0;
    }
    Result<qint64> ask(qint64 target) { return referrals::Referrals(db()).request(ownerSession(), target); }
    qint64 sent(qint64 target)
    {
        auto id = ask(target);
        EXPECT_TRUE(id.ok()) << (id ? std::string() : id.message().toStdString());
        return id ? *id : 0;
    }

    std::vector<referrals::InboxItem> inbox(qint64 employee)
    {
        auto items = referrals::Inbox(db()).items(session(employee));
        EXPECT_TRUE(items.ok()) << (items ? std::string() : items.message().toStdString());
        return items ? *items : std::vector<referrals::InboxItem>{};
    }
    std::optional<referrals::InboxItem> inboxItem(qint64 employee, qint64 request)
    {
        for (auto &i : inbox(employee)) {
            if (i.requestId == request)
                return i;
        }
        return std::nullopt;
    }
    Result<void> accept(qint64 employee, qint64 request, referrals::Answer answer = referrals::Answer::Introduce)
    {
        auto item = referrals::Inbox(db()).item(session(employee), request);
        if (!item)
            return item.error();
        const qint64 connection = item->candidates.empty() ? 0 : item->candidates.front().connectionId;
        return referrals::Inbox(db()).accept(session(employee), request, answer, connection);
    }
    Result<void> decline(qint64 employee, qint64 request, const QString &reason = {})
    {
        return referrals::Inbox(db()).decline(session(employee), request, reason);
    }

    referrals::RequestView view(qint64 request)
    {
        auto all = referrals::Referrals(db()).requests(ownerSession());
        EXPECT_TRUE(all.ok()) << (all ? std::string() : all.message().toStdString());
        if (all) {
            for (auto &v : *all) {
                if (v.id == request)
                    return v;
            }
        }
        ADD_FAILURE() << "request " << request << " not in the owner's view";
        return {};
    }

private:
    qint64 m_owner = 0;
    std::map<qint64, QList<qint64>> m_connections;
};

} // namespace consentric::test
