// The guardrails no setting can switch off, with the clock moved by hand: open requests per
// employee, the cool-down after a request ends without an introduction, expiry.
#include "ReferralFixture.h"

using namespace consentric;
using namespace consentric::referrals;
using namespace consentric::test;
using consent::Level;

class GuardrailTest : public ReferralFixture
{
protected:
    Result<void> setGuardrails(int open, int cooldown, int expiry)
    {
        GuardrailSettings s;
        s.openLimit = open;
        s.cooldownDays = cooldown;
        s.expiryDays = expiry;
        return Guardrails(db()).change(ownerSession(), s);
    }
};
CONSENTRIC_BOTH_ENGINES(GuardrailTest);

TEST_P(GuardrailTest, DefaultsAreTwoOpenNinetyDaysAndFourteenDays)
{
    auto s = Guardrails(db()).settings();
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->openLimit, 2);
    EXPECT_EQ(s->cooldownDays, 90);
    EXPECT_EQ(s->expiryDays, 14);
}

TEST_P(GuardrailTest, SettingsStayWithinTheirBoundsWhateverIsAsked)
{
    for (auto [open, cooldown, expiry, word] : std::vector<std::tuple<int, int, int, QString>>{{0, 90, 14, QStringLiteral("Open requests")},
             {4, 90, 14, QStringLiteral("Open requests")}, {2, 29, 14, QStringLiteral("30 and 365")}, {2, 366, 14, QStringLiteral("30 and 365")},
             {2, 90, 6, QStringLiteral("7 and 30")}, {2, 90, 31, QStringLiteral("7 and 30")}}) {
        auto refused = setGuardrails(open, cooldown, expiry);
        ASSERT_FALSE(refused.ok()) << open << " " << cooldown << " " << expiry;
        EXPECT_TRUE(refused.message().contains(word)) << refused.message().toStdString();
    }
    EXPECT_EQ(Guardrails(db()).settings()->openLimit, 2); // nothing changed
    ASSERT_TRUE(setGuardrails(3, 30, 7).ok());
    ASSERT_TRUE(setGuardrails(1, 365, 30).ok());
    EXPECT_EQ(Guardrails(db()).settings()->cooldownDays, 365);

    // Not even a write behind Consentric's back gets past the bounds.
    auto sneaky = db().exec(QStringLiteral("UPDATE referral_settings SET open_limit = 10"), QStringLiteral("t"));
    EXPECT_FALSE(sneaky.ok());
    const qint64 ana = employee(QStringLiteral("Ana Lima"), Level::Discoverable);
    EXPECT_FALSE(Guardrails(db()).change(session(ana), GuardrailSettings{}).ok()); // the owner's setting
}

TEST_P(GuardrailTest, NobodyHasMoreOpenRequestsThanTheLimit)
{
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    const qint64 bo = employee(QStringLiteral("Bo Lund"), Level::Discoverable, QStringLiteral("Initech"));
    std::vector<qint64> shared;
    for (const QString &company : {QStringLiteral("Acme"), QStringLiteral("Globex"), QStringLiteral("Umbrella"), QStringLiteral("Initech")})
        shared.push_back(knows(ana, company.toLower() + QStringLiteral("@x.example"), Level::Shared, company));
    sent(personTarget(shared[0]));
    sent(personTarget(shared[1]));
    const qint64 umbrella = personTarget(shared[2]);
    auto third = ask(umbrella);
    ASSERT_FALSE(third.ok());
    EXPECT_TRUE(third.message().contains(QStringLiteral("as many open requests"))) << third.message().toStdString();

    // Asking the whole team skips Ana, who is at her limit, and reaches Bo.
    const qint64 team = sent(target(QStringLiteral("Initech")));
    EXPECT_FALSE(inboxItem(ana, team));
    EXPECT_TRUE(inboxItem(bo, team));

    // An answer frees a place.
    ASSERT_TRUE(decline(ana, inbox(ana).front().requestId).ok());
    EXPECT_TRUE(ask(umbrella).ok());
}

TEST_P(GuardrailTest, AfterADeclineTheEmployeeIsNotAskedAboutTheSameTargetUntilTheCooldownPasses)
{
    const qint64 ana = employee(QStringLiteral("Ana Lima"), Level::Shared);
    const qint64 globex = knows(ana, QStringLiteral("g@globex.example"), Level::Shared, QStringLiteral("Globex"));
    const qint64 acme = personTarget(connectionsOf(ana).front());
    ASSERT_TRUE(decline(ana, sent(acme)).ok());
    auto soon = ask(acme);
    ASSERT_FALSE(soon.ok());
    EXPECT_TRUE(soon.message().contains(QStringLiteral("already open"))) << soon.message().toStdString();

    clock().advanceDays(14); // the request closes at its expiry
    auto cooling = ask(acme);
    ASSERT_FALSE(cooling.ok());
    EXPECT_TRUE(cooling.message().contains(QStringLiteral("waits 90 days"))) << cooling.message().toStdString();
    EXPECT_TRUE(ask(personTarget(globex)).ok()) << "another target is not affected";

    clock().advanceDays(89);
    EXPECT_FALSE(ask(acme).ok());
    clock().advanceDays(1);
    EXPECT_TRUE(ask(acme).ok());
}

TEST_P(GuardrailTest, NoAnswerCoolsDownExactlyLikeADecline)
{
    // The owner cannot tell a decline from silence, so the wait is the same for both.
    const qint64 ana = employee(QStringLiteral("Ana Lima"), Level::Shared);
    const qint64 bo = employee(QStringLiteral("Bo Lund"), Level::Shared);
    const qint64 anas = personTarget(connectionsOf(ana).front());
    const qint64 bos = personTarget(connectionsOf(bo).front());
    ASSERT_TRUE(decline(ana, sent(anas)).ok());
    sent(bos);
    clock().advanceDays(14);
    auto a = ask(anas);
    auto b = ask(bos);
    ASSERT_FALSE(a.ok());
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(QString(a.message()).replace(QStringLiteral("Ana Lima"), QStringLiteral("X")),
        QString(b.message()).replace(QStringLiteral("Bo Lund"), QStringLiteral("X")));
}

TEST_P(GuardrailTest, ACooldownSkipsTheEmployeeInATeamRequestWithoutSayingWho)
{
    const qint64 ana = employee(QStringLiteral("Ana Lima"), Level::Discoverable);
    const qint64 acme = target(QStringLiteral("Acme"));
    ASSERT_TRUE(decline(ana, sent(acme)).ok());
    clock().advanceDays(14);
    auto nobody = ask(acme);
    ASSERT_FALSE(nobody.ok());
    EXPECT_FALSE(nobody.message().contains(QStringLiteral("Ana")));
    EXPECT_TRUE(nobody.message().contains(QStringLiteral("try again"))) << nobody.message().toStdString();
    const qint64 bo = employee(QStringLiteral("Bo Lund"), Level::Discoverable);
    const qint64 second = sent(acme);
    EXPECT_TRUE(inboxItem(bo, second));
    EXPECT_FALSE(inboxItem(ana, second));
}

TEST_P(GuardrailTest, RequestsExpireAfterTheConfiguredDays)
{
    const qint64 ana = employee(QStringLiteral("Ana Lima"), Level::Discoverable);
    const qint64 first = sent(target(QStringLiteral("Acme")));
    EXPECT_EQ(view(first).expiresAt, clock().now().toUTC().addDays(14));
    clock().advanceDays(13);
    EXPECT_EQ(view(first).stage, Stage::Requested);
    EXPECT_EQ(*Inbox(db()).waiting(session(ana)), 1);
    clock().advanceDays(1);
    EXPECT_EQ(view(first).stage, Stage::Closed);
    EXPECT_EQ(*Inbox(db()).waiting(session(ana)), 0);

    ASSERT_TRUE(setGuardrails(2, 90, 7).ok());
    employee(QStringLiteral("Bo Lund"), Level::Discoverable, QStringLiteral("Globex"));
    const qint64 globex = sent(target(QStringLiteral("Globex")));
    clock().advanceDays(7);
    EXPECT_EQ(view(globex).stage, Stage::Closed);
}

TEST_P(GuardrailTest, AddingATargetAgainCannotRestartTheCooldown)
{
    const qint64 ana = employee(QStringLiteral("Ana Lima"), Level::Shared);
    const qint64 acme = target(QStringLiteral("Acme Inc."));
    auto again = referrals::Referrals(db()).addTarget(
        ownerSession(), {QStringLiteral("ACME, Inc"), std::nullopt, TargetKind::Customer, QStringLiteral("x")});
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.message().contains(QStringLiteral("already a target"))) << again.message().toStdString();
    const qint64 kim = personTarget(connectionsOf(ana).front());
    auto kimAgain
        = referrals::Referrals(db()).addTarget(ownerSession(), {QString(), connectionsOf(ana).front(), TargetKind::Partner, QStringLiteral("x")});
    ASSERT_FALSE(kimAgain.ok());
    EXPECT_NE(acme, kim);
}
