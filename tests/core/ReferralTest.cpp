// The referral tracker: requests go through the employee, never around them. The state
// machine, the first acceptance closing the rest, declines that only ever show as "closed —
// no introduction", do-not-contact, recognition for taking part, and sealed concerns.
#include "ReferralFixture.h"

#include "consent/AuditLog.h"
#include "consent/Pseudonyms.h"
#include "referrals/Concerns.h"
#include "referrals/DoNotContact.h"
#include "referrals/Recognition.h"

#include <QSqlRecord>

using namespace consentric;
using namespace consentric::referrals;
using namespace consentric::test;
using consent::Level;

class ReferralTest : public ReferralFixture
{
};
CONSENTRIC_BOTH_ENGINES(ReferralTest);

TEST_P(ReferralTest, ATeamRequestReachesEveryoneWhoCanHelpAndNamesNobodyUntilSomeoneAccepts)
{
    const qint64 ana = employee(QStringLiteral("Ana Lima"), Level::Discoverable);
    const qint64 bo = employee(QStringLiteral("Bo Lund"), Level::Shared);
    const qint64 cy = employee(QStringLiteral("Cy Park"), Level::Private);
    const qint64 di = employee(QStringLiteral("Di Roy"), Level::Discoverable, QStringLiteral("Globex"));
    const qint64 ed = employee(QStringLiteral("Ed Moss"), Level::Discoverable);
    leave(ed); // not taking part: never asked
    const qint64 request = sent(target(QStringLiteral("ACME, Inc")));

    EXPECT_TRUE(inboxItem(ana, request));
    EXPECT_TRUE(inboxItem(bo, request));
    EXPECT_FALSE(inboxItem(cy, request));
    EXPECT_FALSE(inboxItem(di, request));
    EXPECT_FALSE(inboxItem(ed, request));
    ASSERT_EQ(inboxItem(ana, request)->candidates.size(), 1u);

    RequestView before = view(request);
    EXPECT_TRUE(before.wholeTeam);
    EXPECT_EQ(before.stage, Stage::Requested);
    EXPECT_TRUE(before.introducer.isEmpty());
    EXPECT_TRUE(before.namedEmployee.isEmpty());

    ASSERT_TRUE(accept(bo, request).ok());
    RequestView after = view(request);
    EXPECT_EQ(after.stage, Stage::Accepted);
    EXPECT_EQ(after.introducer, QStringLiteral("Bo Lund"));
    EXPECT_EQ(after.answer, Answer::Introduce);
}

TEST_P(ReferralTest, TheFirstAcceptanceQuietlyClosesTheRequestForTheOthers)
{
    const qint64 ana = employee(QStringLiteral("Ana Lima"), Level::Discoverable);
    const qint64 bo = employee(QStringLiteral("Bo Lund"), Level::Discoverable);
    const qint64 cy = employee(QStringLiteral("Cy Park"), Level::Discoverable);
    const qint64 request = sent(target(QStringLiteral("Acme")));
    ASSERT_TRUE(decline(cy, request).ok());
    ASSERT_TRUE(accept(ana, request, Answer::Mention).ok());

    EXPECT_EQ(inboxItem(bo, request)->status, RecipientStatus::Taken);
    EXPECT_EQ(inboxItem(cy, request)->status, RecipientStatus::Declined); // their own answer stays theirs
    auto late = accept(bo, request);
    ASSERT_FALSE(late.ok());
    EXPECT_TRUE(late.message().contains(QStringLiteral("colleague already took"))) << late.message().toStdString();
    EXPECT_EQ(view(request).introducer, QStringLiteral("Ana Lima"));
}

TEST_P(ReferralTest, ANamedRequestGoesOnlyToTheEmployeeWhoSharedTheConnection)
{
    const qint64 ana = employee(QStringLiteral("Ana Lima"), Level::Shared);
    const qint64 bo = employee(QStringLiteral("Bo Lund"), Level::Shared);
    const qint64 request = sent(personTarget(connectionsOf(ana).front()));
    EXPECT_TRUE(inboxItem(ana, request));
    EXPECT_FALSE(inboxItem(bo, request));
    const RequestView v = view(request);
    EXPECT_FALSE(v.wholeTeam);
    EXPECT_EQ(v.namedEmployee, QStringLiteral("Ana Lima"));
    EXPECT_FALSE(v.person.isEmpty());
    ASSERT_EQ(inboxItem(ana, request)->candidates.size(), 1u);
    EXPECT_EQ(inboxItem(ana, request)->candidates.front().connectionId, connectionsOf(ana).front());
}

TEST_P(ReferralTest, ADeclineShowsOnlyAtExpiryAndLooksExactlyLikeNoAnswer)
{
    const qint64 ana = employee(QStringLiteral("Ana Lima"), Level::Shared);
    const qint64 bo = employee(QStringLiteral("Bo Lund"), Level::Shared);
    const qint64 declined = sent(personTarget(connectionsOf(ana).front()));
    const qint64 unanswered = sent(personTarget(connectionsOf(bo).front()));
    ASSERT_TRUE(decline(ana, declined, QStringLiteral("I barely know them")).ok());

    EXPECT_EQ(view(declined).stage, Stage::Requested); // still "open" to the owner
    EXPECT_EQ(label(view(declined).stage), QStringLiteral("open"));
    clock().advanceDays(14);
    const RequestView a = view(declined);
    const RequestView b = view(unanswered);
    EXPECT_EQ(a.stage, Stage::Closed);
    EXPECT_EQ(label(a.stage), QStringLiteral("closed — no introduction"));
    EXPECT_EQ(a.stage, b.stage);
    EXPECT_EQ(a.closedAt, a.expiresAt);
    EXPECT_EQ(a.closedAt, b.closedAt);
    EXPECT_EQ(a.introducer, b.introducer);
    EXPECT_EQ(a.answer, b.answer);
    EXPECT_EQ(inboxItem(ana, declined)->status, RecipientStatus::Declined);
    EXPECT_EQ(inboxItem(bo, unanswered)->status, RecipientStatus::Expired);
}

TEST_P(ReferralTest, TheDeclineReasonIsSealedToTheEmployee)
{
    const qint64 ana = employee(QStringLiteral("Ana Lima"), Level::Discoverable);
    const qint64 request = sent(target(QStringLiteral("Acme")));
    const QString reason = QStringLiteral("She is on leave until spring");
    ASSERT_TRUE(decline(ana, request, reason).ok());
    EXPECT_EQ(inboxItem(ana, request)->declineReason, reason);
    const QByteArray stored = db().scalar(QStringLiteral("SELECT decline_reason FROM request_recipients"), {}, QStringLiteral("t"))->toByteArray();
    EXPECT_FALSE(stored.isEmpty());
    EXPECT_FALSE(stored.contains("leave"));
}

TEST_P(ReferralTest, ThePipelineMovesStepByStepAndTheIntroducerSeesEveryStep)
{
    const qint64 ana = employee(QStringLiteral("Ana Lima"), Level::Discoverable);
    const qint64 request = sent(target(QStringLiteral("Acme")));
    Pipeline pipeline(db());
    Inbox box(db());
    const QDate today = clock().today();

    EXPECT_FALSE(pipeline.recordMeeting(ownerSession(), request, today).ok()); // nothing accepted yet
    EXPECT_FALSE(box.markIntroduced(session(ana), request).ok());
    ASSERT_TRUE(accept(ana, request).ok());
    auto early = pipeline.recordMeeting(ownerSession(), request, today);
    ASSERT_FALSE(early.ok()); // the introduction comes first
    EXPECT_TRUE(early.message().contains(QStringLiteral("introduction was sent")));
    ASSERT_TRUE(box.markIntroduced(session(ana), request).ok());
    EXPECT_FALSE(box.markIntroduced(session(ana), request).ok()); // once
    EXPECT_FALSE(pipeline.recordMeeting(ownerSession(), request, today.addDays(1)).ok()); // not in the future
    EXPECT_FALSE(pipeline.recordMeeting(session(ana), request, today).ok()); // the owner records it
    auto met = pipeline.recordMeeting(ownerSession(), request, today);
    ASSERT_TRUE(met.ok()) << met.message().toStdString();
    ASSERT_TRUE(pipeline.recordOutcome(ownerSession(), request, Outcome::Won, today).ok());

    const RequestView v = view(request);
    EXPECT_EQ(v.stage, Stage::Outcome);
    EXPECT_EQ(v.outcome, Outcome::Won);
    EXPECT_EQ(v.meetingOn, today);
    EXPECT_TRUE(v.introducedAt.isValid());
    std::vector<Stage> seen;
    const auto item = inboxItem(ana, request);
    ASSERT_TRUE(item);
    for (const PipelineEvent &e : item->events)
        seen.push_back(e.stage);
    EXPECT_EQ(seen, (std::vector<Stage>{Stage::Requested, Stage::Accepted, Stage::Introduced, Stage::Meeting, Stage::Outcome}));
}

TEST_P(ReferralTest, PipelineStepsCanBeTakenBackWhileTheyAreTheLatest)
{
    const qint64 ana = employee(QStringLiteral("Ana Lima"), Level::Discoverable);
    const qint64 request = sent(target(QStringLiteral("Acme")));
    Pipeline pipeline(db());
    Inbox box(db());
    ASSERT_TRUE(accept(ana, request).ok());
    ASSERT_TRUE(box.markIntroduced(session(ana), request).ok());
    const PipelineState introduced = *pipeline.state(ownerSession(), request);
    ASSERT_TRUE(pipeline.recordMeeting(ownerSession(), request, clock().today()).ok());
    const PipelineState met = *pipeline.state(ownerSession(), request);
    EXPECT_FALSE(box.unmarkIntroduced(session(ana), request).ok()); // a later step exists
    ASSERT_TRUE(pipeline.restore(ownerSession(), request, met, introduced).ok());
    EXPECT_EQ(*pipeline.state(ownerSession(), request), introduced);
    EXPECT_FALSE(pipeline.restore(ownerSession(), request, met, introduced).ok()); // already taken back
    ASSERT_TRUE(box.unmarkIntroduced(session(ana), request).ok());
    EXPECT_EQ(view(request).stage, Stage::Accepted);
}

TEST_P(ReferralTest, MentionMyNameSkipsTheIntroductionStep)
{
    const qint64 ana = employee(QStringLiteral("Ana Lima"), Level::Discoverable);
    const qint64 request = sent(target(QStringLiteral("Acme")));
    ASSERT_TRUE(accept(ana, request, Answer::Mention).ok());
    auto marked = Inbox(db()).markIntroduced(session(ana), request);
    ASSERT_FALSE(marked.ok());
    EXPECT_TRUE(marked.message().contains(QStringLiteral("name mentioned")));
    EXPECT_TRUE(Pipeline(db()).recordMeeting(ownerSession(), request, clock().today()).ok());
}

TEST_P(ReferralTest, AnsweringAClosedRequestIsRefusedWithTheReason)
{
    const qint64 ana = employee(QStringLiteral("Ana Lima"), Level::Discoverable);
    const qint64 request = sent(target(QStringLiteral("Acme")));
    clock().advanceDays(15);
    auto late = accept(ana, request);
    ASSERT_FALSE(late.ok());
    EXPECT_TRUE(late.message().contains(QStringLiteral("expired"))) << late.message().toStdString();
    auto lateNo = decline(ana, request);
    ASSERT_FALSE(lateNo.ok());
    EXPECT_EQ(inboxItem(ana, request)->status, RecipientStatus::Expired);
}

TEST_P(ReferralTest, AcceptingNeedsOneOfTheirOwnMatchingConnections)
{
    const qint64 ana = employee(QStringLiteral("Ana Lima"), Level::Discoverable);
    const qint64 bo = employee(QStringLiteral("Bo Lund"), Level::Discoverable);
    const qint64 request = sent(target(QStringLiteral("Acme")));
    auto wrong = Inbox(db()).accept(session(ana), request, Answer::Introduce, connectionsOf(bo).front());
    ASSERT_FALSE(wrong.ok());
    EXPECT_TRUE(wrong.message().contains(QStringLiteral("your own connections")));
}

TEST_P(ReferralTest, OnlyTheOwnerManagesTargetsAndRequests)
{
    const qint64 ana = employee(QStringLiteral("Ana Lima"), Level::Discoverable);
    Referrals referrals(db());
    EXPECT_FALSE(referrals.addTarget(session(ana), {QStringLiteral("Acme"), std::nullopt, TargetKind::Customer, QStringLiteral("x")}).ok());
    EXPECT_FALSE(referrals.requests(session(ana)).ok());
    EXPECT_FALSE(referrals.counts(session(ana), QDate(2026, 1, 1), QDate(2026, 12, 31)).ok());
    auto noReason = referrals.addTarget(ownerSession(), {QStringLiteral("Acme"), std::nullopt, TargetKind::Customer, QStringLiteral("  ")});
    ASSERT_FALSE(noReason.ok());
    EXPECT_TRUE(noReason.message().contains(QStringLiteral("why")));
    auto privateOne = referrals.addTarget(ownerSession(), {QString(), connectionsOf(ana).front(), TargetKind::Customer, QStringLiteral("x")});
    ASSERT_FALSE(privateOne.ok()); // discoverable is not shared: the owner cannot name it
    EXPECT_TRUE(privateOne.message().contains(QStringLiteral("not shared")));
}

TEST_P(ReferralTest, NobodyToAskIsRefusedWithWhatToDoInstead)
{
    employee(QStringLiteral("Ana Lima"), Level::Private);
    auto nobody = ask(target(QStringLiteral("Acme")));
    ASSERT_FALSE(nobody.ok());
    EXPECT_TRUE(nobody.message().contains(QStringLiteral("Nobody on the team can reach"))) << nobody.message().toStdString();
    EXPECT_EQ(db().scalar(QStringLiteral("SELECT COUNT(*) FROM requests"), {}, QStringLiteral("t"))->toInt(), 0);
}

TEST_P(ReferralTest, OneOpenRequestPerTargetAtATime)
{
    employee(QStringLiteral("Ana Lima"), Level::Discoverable);
    const qint64 acme = target(QStringLiteral("Acme"));
    sent(acme);
    auto twice = ask(acme);
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.message().contains(QStringLiteral("already open")));
}

TEST_P(ReferralTest, DoNotContactBlocksAnyLaterRequestThatWouldReachThePerson)
{
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    const qint64 bo = person(QStringLiteral("Bo Lund"), QStringLiteral("Sales"), true);
    // Both hold the team's pseudonym key (a colleague passes it on at sign-in).
    consent::Pseudonyms pseudonyms(db());
    ASSERT_TRUE(*pseudonyms.acquire(session(ana)));
    ASSERT_EQ(*pseudonyms.passOn(session(ana)), 1);
    ASSERT_TRUE(*pseudonyms.acquire(session(bo)));
    const qint64 anasKim = knows(ana, QStringLiteral("kim@acme.example"), Level::Shared);
    const qint64 bosKim = knows(bo, QStringLiteral("kim@acme.example"), Level::Shared);
    const qint64 request = sent(personTarget(anasKim));
    ASSERT_TRUE(accept(ana, request).ok());
    ASSERT_TRUE(Inbox(db()).markIntroduced(session(ana), request).ok());
    ASSERT_TRUE(Inbox(db()).recipientSaidNo(session(ana), request).ok());
    EXPECT_EQ(view(request).outcome, Outcome::NoResult);
    EXPECT_TRUE(*DoNotContact(db()).isBlocked(bosKim));
    EXPECT_EQ(*DoNotContact(db()).count(), 1);

    // The same person through a colleague, by name and through the team: blocked.
    auto byName = ask(personTarget(bosKim));
    ASSERT_FALSE(byName.ok());
    EXPECT_TRUE(byName.message().contains(QStringLiteral("do-not-contact"))) << byName.message().toStdString();
    auto byCompany = ask(target(QStringLiteral("Acme")));
    ASSERT_FALSE(byCompany.ok());
    EXPECT_TRUE(byCompany.message().contains(QStringLiteral("do-not-contact"))) << byCompany.message().toStdString();

    // The list holds a keyed hash: no name, no address.
    auto rows = db().exec(QStringLiteral("SELECT token FROM do_not_contact"), QStringLiteral("t"));
    ASSERT_TRUE(rows.ok());
    ASSERT_TRUE(rows->next());
    const QByteArray token = rows->value(0).toByteArray();
    EXPECT_EQ(token.size(), 32);
    EXPECT_FALSE(token.contains("kim"));
}

TEST_P(ReferralTest, OptingOutCancelsPendingRequestsSilentlyAndIsNoDecline)
{
    const qint64 ana = employee(QStringLiteral("Ana Lima"), Level::Shared);
    const qint64 acme = personTarget(connectionsOf(ana).front());
    const qint64 request = sent(acme);
    leave(ana);
    EXPECT_EQ(inboxItem(ana, request)->status, RecipientStatus::Cancelled);
    EXPECT_EQ(view(request).stage, Stage::Requested); // nothing announced to the owner
    clock().advanceDays(14);
    EXPECT_EQ(view(request).stage, Stage::Closed);
    join(ana);
    EXPECT_TRUE(ask(acme).ok()) << "a cancelled request starts no cool-down";
}

TEST_P(ReferralTest, NoOwnerFacingQueryNamesWhoDeclined)
{
    const qint64 ana = employee(QStringLiteral("Ana Lima"), Level::Discoverable);
    const qint64 bo = employee(QStringLiteral("Bo Lund"), Level::Discoverable);
    const qint64 cy = employee(QStringLiteral("Cy Park"), Level::Discoverable);
    const qint64 request = sent(target(QStringLiteral("Acme")));
    ASSERT_TRUE(decline(ana, request, QStringLiteral("not now")).ok());
    ASSERT_TRUE(decline(bo, request).ok());
    const QDate from(2026, 1, 1);
    const QDate to(2026, 12, 31);

    auto counts = Referrals(db()).counts(ownerSession(), from, to);
    ASSERT_TRUE(counts.ok());
    EXPECT_TRUE(counts->declines.suppressed()); // two people: "fewer than 3"
    EXPECT_EQ(counts->declines.toString(), QStringLiteral("fewer than 3"));
    ASSERT_TRUE(decline(cy, request).ok());
    counts = Referrals(db()).counts(ownerSession(), from, to);
    EXPECT_EQ(counts->declines.value(), 3);
    EXPECT_EQ(counts->employeesAsked.value(), 3);

    // Every text the owner can read about requests, targets and the audit log.
    QStringList owner;
    for (const RequestView &v : *Referrals(db()).requests(ownerSession()))
        owner << v.company << v.person << v.reason << v.namedEmployee << v.introducer;
    for (const Target &t : *Referrals(db()).targets(ownerSession()))
        owner << t.company << t.person << t.holder << t.reason;
    for (const consent::AuditEntry &e : *consent::AuditLog(db()).ownerView(ownerSession())) {
        owner << e.action << e.details;
        if (e.action.contains(QStringLiteral("request")) || e.action.contains(QStringLiteral("decline"))) {
            EXPECT_NE(e.actor, std::optional<qint64>(ana));
            EXPECT_NE(e.subject, std::optional<qint64>(ana));
        }
    }
    const QString all = owner.join(QLatin1Char('\n'));
    for (const QString &name : {QStringLiteral("Ana"), QStringLiteral("Bo Lund"), QStringLiteral("Cy Park"), QStringLiteral("not now")})
        EXPECT_FALSE(all.contains(name)) << name.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("declin")));
}

TEST_P(ReferralTest, RecognitionCountsTakingPartNotResults)
{
    const qint64 ana = employee(QStringLiteral("Ana Lima"), Level::Discoverable);
    const qint64 bo = employee(QStringLiteral("Bo Lund"), Level::Discoverable, QStringLiteral("Globex"));
    const qint64 zed = employee(QStringLiteral("Zed Abara"), Level::Private);
    Recognition recognition(db());
    EXPECT_EQ(recognition.points(session(ana))->total(), kPointsForJoining);
    const qint64 acme = sent(target(QStringLiteral("Acme")));
    const qint64 globex = sent(target(QStringLiteral("Globex")));
    ASSERT_TRUE(accept(ana, acme).ok());
    ASSERT_TRUE(decline(bo, globex).ok());
    EXPECT_EQ(recognition.points(session(ana))->total(), recognition.points(session(bo))->total()); // a decline counts the same
    EXPECT_EQ(recognition.points(session(ana))->total(), kPointsForJoining + kPointsPerAnswer);

    ASSERT_TRUE(recognition.setOnTeamList(session(zed), true).ok());
    ASSERT_TRUE(recognition.setOnTeamList(session(ana), true).ok());
    EXPECT_EQ(*recognition.teamList(), (QStringList{QStringLiteral("Ana Lima"), QStringLiteral("Zed Abara")}));
    ASSERT_TRUE(recognition.setOnTeamList(session(zed), false).ok());
    EXPECT_EQ(*recognition.teamList(), QStringList{QStringLiteral("Ana Lima")});
    EXPECT_TRUE(*recognition.onTeamList(session(ana)));
    EXPECT_FALSE(*recognition.onTeamList(session(bo)));
}

TEST_P(ReferralTest, AConcernIsSealedToItsRecipientAndAnAnonymousOneStoresNoAuthor)
{
    const qint64 ana = employee(QStringLiteral("Ana Lima"), Level::Discoverable);
    const qint64 bo = employee(QStringLiteral("Bo Lund"), Level::Discoverable);
    const qint64 tess = person(QStringLiteral("Tess Trust"), QStringLiteral("People"));
    Concerns concerns(db());
    // No trusted person yet: only the owner can receive.
    EXPECT_FALSE(concerns.report(session(ana), {ConcernRecipient::TrustedPerson, true, QStringLiteral("x")}).ok());
    GuardrailSettings settings;
    settings.trustedPersonId = tess;
    ASSERT_TRUE(Guardrails(db()).change(ownerSession(), settings).ok());
    EXPECT_EQ(concerns.recipients()->size(), 2u);

    const QString text = QStringLiteral("I was asked three times in a week about the same client.");
    auto anonymous = concerns.report(session(ana), {ConcernRecipient::Owner, true, text});
    ASSERT_TRUE(anonymous.ok()) << anonymous.message().toStdString();
    auto named = concerns.report(session(bo), {ConcernRecipient::TrustedPerson, false, QStringLiteral("A colleague keeps pushing.")});
    ASSERT_TRUE(named.ok()) << named.message().toStdString();

    auto ownerReads = concerns.addressedTo(ownerSession());
    ASSERT_TRUE(ownerReads.ok());
    ASSERT_EQ(ownerReads->size(), 1u); // not the one sent to the trusted person
    EXPECT_EQ(ownerReads->front().text, text);
    EXPECT_TRUE(ownerReads->front().reporter.isEmpty());
    auto tessReads = concerns.addressedTo(session(tess));
    ASSERT_EQ(tessReads->size(), 1u);
    EXPECT_EQ(tessReads->front().reporter, QStringLiteral("Bo Lund"));

    // The stored row: sealed content, no author anywhere.
    auto rows = db().exec(QStringLiteral("SELECT * FROM concerns"), QStringLiteral("t"));
    ASSERT_TRUE(rows.ok());
    QStringList columns;
    for (int column = 0; column < rows->record().count(); ++column)
        columns << rows->record().fieldName(column).toLower();
    EXPECT_EQ(columns,
        (QStringList{QStringLiteral("id"), QStringLiteral("recipient_id"), QStringLiteral("reported_on"), QStringLiteral("sealed"),
            QStringLiteral("status"), QStringLiteral("status_on")}));
    while (rows->next()) {
        for (int column = 0; column < columns.size(); ++column) {
            const QByteArray value = rows->value(column).toByteArray();
            EXPECT_FALSE(value.contains("client"));
            EXPECT_FALSE(value.contains("Bo Lund"));
        }
    }

    // The reporter follows the status through their receipt; nobody else sees it.
    ASSERT_TRUE(concerns.setStatus(ownerSession(), *anonymous, ConcernStatus::Handling).ok());
    EXPECT_FALSE(concerns.setStatus(session(tess), *anonymous, ConcernStatus::Resolved).ok());
    auto mine = concerns.mine(session(ana));
    ASSERT_EQ(mine->size(), 1u);
    EXPECT_EQ(mine->front().status, ConcernStatus::Handling);
    EXPECT_TRUE(concerns.mine(session(tess))->empty());
    EXPECT_EQ(concerns.counts()->total(), 2);
    EXPECT_EQ(concerns.counts()->byStatus.at(ConcernStatus::Handling), 1);
}

TEST_P(ReferralTest, AnotherEmployeeCannotReadOrAnswerSomeoneElsesRequest)
{
    const qint64 ana = employee(QStringLiteral("Ana Lima"), Level::Shared);
    const qint64 bo = employee(QStringLiteral("Bo Lund"), Level::Shared, QStringLiteral("Globex"));
    const qint64 request = sent(personTarget(connectionsOf(ana).front()));
    ASSERT_TRUE(decline(ana, request, QStringLiteral("private reason")).ok());
    Inbox box(db());
    auto peek = box.item(session(bo), request);
    ASSERT_FALSE(peek.ok());
    EXPECT_TRUE(peek.message().contains(QStringLiteral("not sent to you")));
    EXPECT_FALSE(box.accept(session(bo), request, Answer::Introduce, connectionsOf(bo).front()).ok());
    EXPECT_FALSE(box.decline(session(bo), request).ok());
    EXPECT_TRUE(inbox(bo).empty());
}
