// The connection policy as the business's own: the built-in version, the owner's draft and
// its checklist, numbered versions, acknowledgement of a new version (counted for the owner
// without singling anyone out), and the review schedule.
#include "policy/Reviews.h"
#include "support/StoreTest.h"

#include <QSet>

using namespace consentric;
using namespace consentric::test;
using policy::PolicySection;
using policy::SectionState;

namespace {

QDateTime at(int year, int month, int day, int hour = 9, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

QStringList keysOf(const std::vector<PolicySection> &sections)
{
    QStringList keys;
    for (const auto &s : sections)
        keys << s.key;
    return keys;
}

SectionState stateOf(const std::vector<policy::ChecklistItem> &items, const QString &key)
{
    for (const auto &i : items) {
        if (i.key == key)
            return i.state;
    }
    ADD_FAILURE() << "no checklist item " << key.toStdString();
    return SectionState::Written;
}

QString titleOf(const std::vector<policy::ChecklistItem> &items, const QString &key)
{
    for (const auto &i : items) {
        if (i.key == key)
            return i.title;
    }
    return {};
}

} // namespace

// --- The defaults, without a database -------------------------------------------------

TEST(PolicyDefaults, TheDefaultSectionsAreTheSevenRequiredOnesInEachLanguage)
{
    const QStringList required{QStringLiteral("voluntary"), QStringLiteral("employment"), QStringLiteral("connections"), QStringLiteral("templates"),
        QStringLiteral("concerns"), QStringLiteral("reviews"), QStringLiteral("training")};
    EXPECT_EQ(policy::requiredSections(), required);

    const auto en = policy::defaultSections(QStringLiteral("en"));
    const auto de = policy::defaultSections(QStringLiteral("de"));
    ASSERT_EQ(en.size(), 7U);
    EXPECT_EQ(keysOf(en), required);
    EXPECT_EQ(keysOf(de), keysOf(en));
    EXPECT_NE(de, en);
    for (size_t i = 0; i < en.size(); ++i) {
        EXPECT_NE(de[i].title, en[i].title) << en[i].key.toStdString();
        EXPECT_FALSE(de[i].body.trimmed().isEmpty()) << en[i].key.toStdString();
    }
    EXPECT_EQ(en.front().title, QStringLiteral("Taking part is voluntary"));
    EXPECT_EQ(de.front().title, QStringLiteral("Die Teilnahme ist freiwillig"));
}

TEST(PolicyDefaults, AnUnknownLanguageFallsBackToEnglish)
{
    const auto en = policy::defaultSections(QStringLiteral("en"));
    ASSERT_FALSE(en.empty());
    EXPECT_EQ(policy::defaultSections(QStringLiteral("xx")), en);
    EXPECT_EQ(policy::defaultSections(QString()), en);
}

TEST(PolicyDefaults, TheChecklistTellsWrittenEmptyAndMissingApart)
{
    auto sections = policy::defaultSections(QStringLiteral("en"));
    for (const auto &item : policy::checklist(sections))
        EXPECT_EQ(item.state, SectionState::Written) << item.key.toStdString();

    sections[2].body = QStringLiteral("  \n ");
    std::erase_if(sections, [](const PolicySection &s) { return s.key == QLatin1String("concerns"); });
    sections.push_back({QStringLiteral("parking"), QStringLiteral("Our own section"), QStringLiteral("Extra text.")});
    const auto items = policy::checklist(sections);
    ASSERT_EQ(items.size(), 7U); // the required ones only, in their order
    EXPECT_EQ(items[2].key, QStringLiteral("connections"));
    EXPECT_EQ(items[2].state, SectionState::Empty);
    EXPECT_EQ(items[4].key, QStringLiteral("concerns"));
    EXPECT_EQ(items[4].state, SectionState::Missing);
    EXPECT_EQ(items[4].title, QStringLiteral("If something feels uncomfortable")); // the default title
    EXPECT_EQ(items[0].state, SectionState::Written);
    EXPECT_EQ(policy::label(SectionState::Missing), QStringLiteral("missing"));
    EXPECT_EQ(policy::label(SectionState::Empty), QStringLiteral("empty"));
}

// --- The store --------------------------------------------------------------------------

class PolicyTest : public StoreTest
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
    policy::PolicyStore store() { return policy::PolicyStore(db()); }

    // The defaults with one section's text changed, saved as the draft.
    void saveChanged(const QString &key, const QString &body)
    {
        auto sections = *store().draft(QStringLiteral("en"));
        bool found = false;
        for (auto &s : sections) {
            if (s.key == key) {
                s.body = body;
                found = true;
            }
        }
        ASSERT_TRUE(found) << key.toStdString();
        auto saved = store().saveDraft(ownerSession(), sections);
        ASSERT_TRUE(saved.ok()) << saved.message().toStdString();
    }
    QString publishChanged(const QString &key, const QString &body)
    {
        saveChanged(key, body);
        auto version = store().publish(ownerSession(), QStringLiteral("Changed ") + key);
        EXPECT_TRUE(version.ok()) << (version ? std::string() : version.message().toStdString());
        return version ? *version : QString();
    }

private:
    qint64 m_owner = 0;
};
CONSENTRIC_BOTH_ENGINES(PolicyTest);

TEST_P(PolicyTest, WithNothingPublishedTheBuiltInPolicyApplies)
{
    auto current = store().current();
    ASSERT_TRUE(current.ok()) << current.message().toStdString();
    EXPECT_TRUE(current->builtin);
    EXPECT_EQ(current->version, policy::kBuiltinVersion);
    EXPECT_EQ(current->version, QStringLiteral("2026.1"));
    EXPECT_FALSE(current->publishedAt.isValid());
    ASSERT_EQ(current->sections.size(), 7U);
    EXPECT_EQ(current->sections, policy::defaultSections(QStringLiteral("en")));
    for (const auto &item : policy::checklist(current->sections))
        EXPECT_EQ(item.state, SectionState::Written) << item.key.toStdString();
    EXPECT_TRUE(store().versions()->empty());
    // The draft starts from the defaults in the owner's language.
    EXPECT_EQ(*store().draft(QStringLiteral("de")), policy::defaultSections(QStringLiteral("de")));
}

TEST_P(PolicyTest, OnlyTheOwnerSavesADraftAndItsChecklistShowsWhatIsLeftToWrite)
{
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    auto sections = policy::defaultSections(QStringLiteral("en"));
    auto refused = store().saveDraft(session(ana), sections);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("owner"))) << refused.message().toStdString();
    EXPECT_EQ(*store().draft(QStringLiteral("en")), policy::defaultSections(QStringLiteral("en")));

    sections[1].body = QStringLiteral("   "); // employment
    std::erase_if(sections, [](const PolicySection &s) { return s.key == QLatin1String("training"); });
    ASSERT_EQ(sections.size(), 6U);
    // Keys must be unique and titles present.
    auto twice = sections;
    twice.push_back(sections.front());
    EXPECT_FALSE(store().saveDraft(ownerSession(), twice).ok());
    auto untitled = sections;
    untitled[0].title = QStringLiteral("  ");
    EXPECT_FALSE(store().saveDraft(ownerSession(), untitled).ok());

    auto saved = store().saveDraft(ownerSession(), sections);
    ASSERT_TRUE(saved.ok()) << saved.message().toStdString();
    auto draft = store().draft(QStringLiteral("en"));
    ASSERT_TRUE(draft.ok());
    ASSERT_EQ(draft->size(), 6U);
    EXPECT_EQ(draft->at(1).key, QStringLiteral("employment"));
    EXPECT_EQ(draft->at(1).body, QString()); // stored trimmed
    const auto items = policy::checklist(*draft);
    EXPECT_EQ(stateOf(items, QStringLiteral("employment")), SectionState::Empty);
    EXPECT_EQ(stateOf(items, QStringLiteral("training")), SectionState::Missing);
    EXPECT_EQ(titleOf(items, QStringLiteral("training")), QStringLiteral("Networking comfortably: training and resources"));
    EXPECT_EQ(stateOf(items, QStringLiteral("voluntary")), SectionState::Written);
    EXPECT_EQ(stateOf(items, QStringLiteral("reviews")), SectionState::Written);
    // Saving publishes nothing.
    EXPECT_TRUE(store().current()->builtin);
}

TEST_P(PolicyTest, PublishingIn2026FollowsTheBuiltInVersion)
{
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    clock().set(at(2026, 10, 5, 9, 30));
    auto sections = policy::defaultSections(QStringLiteral("en"));
    sections[1].body.clear();
    std::erase_if(sections, [](const PolicySection &s) { return s.key == QLatin1String("training"); });
    ASSERT_TRUE(store().saveDraft(ownerSession(), sections).ok());

    EXPECT_FALSE(store().publish(session(ana), QStringLiteral("sneaky")).ok());
    EXPECT_TRUE(store().versions()->empty());

    auto version = store().publish(ownerSession(), QStringLiteral("  Concerns now go to Tess  "));
    ASSERT_TRUE(version.ok()) << version.message().toStdString();
    EXPECT_EQ(*version, QStringLiteral("2026.2"));
    auto current = store().current();
    ASSERT_TRUE(current.ok());
    EXPECT_FALSE(current->builtin);
    EXPECT_EQ(current->version, QStringLiteral("2026.2"));
    EXPECT_EQ(current->publishedAt, at(2026, 10, 5, 9, 30));
    EXPECT_EQ(current->changes, QStringLiteral("Concerns now go to Tess"));
    EXPECT_EQ(current->sections, *store().draft(QStringLiteral("en")));
    ASSERT_EQ(current->sections.size(), 6U);
    EXPECT_EQ(current->sections[1].body, QString());

    clock().advanceDays(1);
    auto again = store().publish(ownerSession(), QStringLiteral("nothing"));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.message().contains(QStringLiteral("2026.2"))) << again.message().toStdString();
    EXPECT_TRUE(again.message().contains(QStringLiteral("nothing to publish"))) << again.message().toStdString();
    EXPECT_EQ(store().versions()->size(), 1U);
}

TEST_P(PolicyTest, TheFirstVersionOfAnotherYearIsNumberOne)
{
    clock().set(at(2027, 3, 1));
    EXPECT_EQ(publishChanged(QStringLiteral("voluntary"), QStringLiteral("Taking part is up to you.")), QStringLiteral("2027.1"));
    clock().advanceDays(1);
    EXPECT_EQ(publishChanged(QStringLiteral("voluntary"), QStringLiteral("Taking part is entirely up to you.")), QStringLiteral("2027.2"));
    clock().set(at(2028, 1, 2));
    EXPECT_EQ(publishChanged(QStringLiteral("training"), QStringLiteral("Ask Tess for the course.")), QStringLiteral("2028.1"));
    EXPECT_EQ(store().current()->version, QStringLiteral("2028.1"));
}

TEST_P(PolicyTest, VersionsAreListedNewestFirst)
{
    clock().set(at(2026, 3, 1));
    ASSERT_EQ(publishChanged(QStringLiteral("voluntary"), QStringLiteral("One.")), QStringLiteral("2026.2"));
    clock().set(at(2026, 6, 1));
    ASSERT_EQ(publishChanged(QStringLiteral("voluntary"), QStringLiteral("Two.")), QStringLiteral("2026.3"));
    clock().set(at(2027, 1, 15));
    ASSERT_EQ(publishChanged(QStringLiteral("voluntary"), QStringLiteral("Three.")), QStringLiteral("2027.1"));

    auto versions = store().versions();
    ASSERT_TRUE(versions.ok());
    QStringList order;
    for (const auto &v : *versions)
        order << v.version;
    EXPECT_EQ(order, (QStringList{QStringLiteral("2027.1"), QStringLiteral("2026.3"), QStringLiteral("2026.2")}));
    // Each version keeps its own frozen sections.
    EXPECT_EQ(versions->at(2).sections.front().body, QStringLiteral("One."));
    EXPECT_EQ(versions->at(0).sections.front().body, QStringLiteral("Three."));
    EXPECT_EQ(store().current()->version, QStringLiteral("2027.1"));
}

TEST_P(PolicyTest, TwoVersionsPublishedWithinOneSecondStillMakeTheLaterOneCurrent)
{
    clock().set(at(2026, 11, 2));
    ASSERT_EQ(publishChanged(QStringLiteral("voluntary"), QStringLiteral("One.")), QStringLiteral("2026.2"));
    ASSERT_EQ(publishChanged(QStringLiteral("voluntary"), QStringLiteral("Two.")), QStringLiteral("2026.3"));
    EXPECT_EQ(store().current()->version, QStringLiteral("2026.3"));
    EXPECT_EQ(store().versions()->front().version, QStringLiteral("2026.3"));
    ASSERT_EQ(publishChanged(QStringLiteral("voluntary"), QStringLiteral("Three.")), QStringLiteral("2026.4"));
    EXPECT_EQ(store().current()->version, QStringLiteral("2026.4"));
}

// --- Acknowledging a new version ----------------------------------------------------------

TEST_P(PolicyTest, ParticipantsAcknowledgeANewVersionAndTheOwnerSeesOnlySafeCounts)
{
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    const qint64 bo = person(QStringLiteral("Bo Lund"), QStringLiteral("Sales"), true);
    const qint64 cy = person(QStringLiteral("Cy Park"), QStringLiteral("Sales"), true);
    const qint64 di = person(QStringLiteral("Di Roy"), QStringLiteral("Sales")); // not taking part
    consent::Participation participation(db());
    EXPECT_EQ(*store().acknowledgedVersion(ana), policy::kBuiltinVersion);
    EXPECT_EQ(*store().acknowledgedVersion(di), QString());
    EXPECT_FALSE(*store().needsAcknowledgement(session(ana)));

    auto before = store().acknowledgements(ownerSession());
    ASSERT_TRUE(before.ok()) << before.message().toStdString();
    EXPECT_EQ(before->version, policy::kBuiltinVersion);
    EXPECT_EQ(before->participants.value(), 3);
    EXPECT_EQ(before->acknowledged.value(), 3);
    EXPECT_EQ(before->waiting.value(), 0);

    clock().advanceDays(1);
    const QString version = publishChanged(QStringLiteral("concerns"), QStringLiteral("Tell Tess."));
    ASSERT_EQ(version, QStringLiteral("2026.2"));
    for (qint64 id : {ana, bo, cy})
        EXPECT_TRUE(*store().needsAcknowledgement(session(id))) << id;
    EXPECT_FALSE(*store().needsAcknowledgement(session(di)));
    EXPECT_FALSE(*store().needsAcknowledgement(ownerSession()));
    EXPECT_FALSE(store().acknowledgements(session(ana)).ok()); // the owner's figure

    auto stale = participation.acknowledge(session(ana), policy::kBuiltinVersion);
    ASSERT_FALSE(stale.ok());
    EXPECT_TRUE(stale.message().contains(version)) << stale.message().toStdString();
    EXPECT_TRUE(*store().needsAcknowledgement(session(ana)));

    // One acknowledged, two waiting: both halves hidden.
    ASSERT_TRUE(participation.acknowledge(session(ana), version).ok());
    EXPECT_FALSE(*store().needsAcknowledgement(session(ana)));
    auto one = *store().acknowledgements(ownerSession());
    EXPECT_EQ(one.version, version);
    EXPECT_EQ(one.participants.value(), 3);
    EXPECT_TRUE(one.acknowledged.suppressed());
    EXPECT_TRUE(one.waiting.suppressed());

    // Twice: one ledger row.
    ASSERT_TRUE(participation.acknowledge(session(ana), version).ok());
    auto ledger = participation.ledger(session(ana));
    ASSERT_TRUE(ledger.ok()) << ledger.message().toStdString();
    ASSERT_EQ(ledger->size(), 2U);
    EXPECT_EQ(ledger->at(0).action, QStringLiteral("opted-in"));
    EXPECT_EQ(ledger->at(0).policyVersion, policy::kBuiltinVersion);
    EXPECT_EQ(ledger->at(1).action, QStringLiteral("acknowledged"));
    EXPECT_EQ(ledger->at(1).policyVersion, version);

    // Two acknowledged, one waiting: still both hidden.
    ASSERT_TRUE(participation.acknowledge(session(bo), version).ok());
    auto two = *store().acknowledgements(ownerSession());
    EXPECT_EQ(two.participants.value(), 3);
    EXPECT_TRUE(two.acknowledged.suppressed());
    EXPECT_TRUE(two.waiting.suppressed());

    // Someone not taking part has nothing to acknowledge.
    auto outsider = participation.acknowledge(session(di), version);
    ASSERT_FALSE(outsider.ok());
    EXPECT_TRUE(participation.ledger(session(di))->empty());

    // All three: "0 waiting" gives nobody away.
    ASSERT_TRUE(participation.acknowledge(session(cy), version).ok());
    auto all = *store().acknowledgements(ownerSession());
    EXPECT_EQ(all.participants.value(), 3);
    EXPECT_EQ(all.acknowledged.value(), 3);
    ASSERT_FALSE(all.waiting.suppressed());
    EXPECT_EQ(all.waiting.value(), 0);
    for (qint64 id : {ana, bo, cy})
        EXPECT_FALSE(*store().needsAcknowledgement(session(id))) << id;
    // Acknowledging changes nobody's participation.
    for (qint64 id : {ana, bo, cy})
        EXPECT_TRUE((*people().byId(id))->participating) << id;
    EXPECT_FALSE((*people().byId(di))->participating);

    auto verified = participation.verify();
    EXPECT_TRUE(verified.ok()) << verified.message().toStdString();
    const qint64 rows
        = db().scalar(QStringLiteral("SELECT COUNT(*) FROM consent_ledger WHERE action = 'acknowledged'"), {}, QStringLiteral("t"))->toLongLong();
    EXPECT_EQ(rows, 3);
}

TEST_P(PolicyTest, AcknowledgementCountsShowBothHalvesOnlyWhenEachHasThreePeople)
{
    std::vector<qint64> team;
    for (const char *name : {"Ana Lima", "Bo Lund", "Cy Park", "Di Roy", "Ed Moss", "Flo Berg"})
        team.push_back(person(QString::fromLatin1(name), QStringLiteral("Sales"), true));
    clock().advanceDays(1);
    const QString version = publishChanged(QStringLiteral("concerns"), QStringLiteral("Tell Tess."));
    consent::Participation participation(db());
    struct Expected
    {
        std::optional<qint64> acknowledged;
        std::optional<qint64> waiting;
    };
    // After 1, 2, ... 6 acknowledgements.
    const Expected expected[] = {
        {std::nullopt, std::nullopt}, // 1 and 5
        {std::nullopt, std::nullopt}, // 2 and 4
        {3, 3},
        {std::nullopt, std::nullopt}, // 4 and 2: the waiting two would show by subtraction
        {std::nullopt, std::nullopt}, // 5 and 1
        {6, 0},
    };
    for (size_t i = 0; i < team.size(); ++i) {
        ASSERT_TRUE(participation.acknowledge(session(team[i]), version).ok());
        auto counts = store().acknowledgements(ownerSession());
        ASSERT_TRUE(counts.ok()) << counts.message().toStdString();
        EXPECT_EQ(counts->participants.value(), 6);
        EXPECT_EQ(counts->acknowledged.value(), expected[i].acknowledged) << "after " << i + 1;
        EXPECT_EQ(counts->waiting.value(), expected[i].waiting) << "after " << i + 1;
    }
}

TEST_P(PolicyTest, SomeoneWhoJoinsAfterPublicationHasAcknowledgedTheNewVersion)
{
    const QString version = publishChanged(QStringLiteral("concerns"), QStringLiteral("Tell Tess."));
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    EXPECT_EQ(*store().acknowledgedVersion(ana), version);
    EXPECT_FALSE(*store().needsAcknowledgement(session(ana)));
    // Joining under the built-in version is refused once another is in force.
    const qint64 bo = person(QStringLiteral("Bo Lund"), QStringLiteral("Sales"));
    EXPECT_FALSE(consent::Participation(db()).optIn(session(bo), policy::kBuiltinVersion).ok());
}

// --- Reviews ------------------------------------------------------------------------------

class ReviewTest : public PolicyTest
{
protected:
    // The organisation, made on `createdOn`; the clock then moves to `now`.
    void organisation(QDate createdOn, const QDateTime &now)
    {
        clock().set(QDateTime(createdOn, QTime(8, 0), Qt::UTC));
        auto made = people().createOrganisation(QStringLiteral("Harbor Lane"));
        ASSERT_TRUE(made.ok()) << made.message().toStdString();
        clock().set(now);
    }
    policy::Review review(policy::ReviewKind kind, const QString &period, QDate heldOn)
    {
        policy::Review r;
        r.kind = kind;
        r.period = period;
        r.heldOn = heldOn;
        r.participants = QStringLiteral("Olive, Ana, Bo");
        r.notes = QStringLiteral("Nobody felt pressed.");
        r.changes = QStringLiteral("None.");
        return r;
    }
    Result<qint64> record(const policy::Review &r) { return policy::Reviews(db()).record(ownerSession(), r); }
    std::vector<policy::ReviewDue> schedule(QDate today)
    {
        auto list = policy::Reviews(db()).schedule(today);
        EXPECT_TRUE(list.ok()) << (list ? std::string() : list.message().toStdString());
        if (!list)
            return {};
        EXPECT_EQ(list->size(), 2U);
        return *list;
    }
    policy::ReviewDue quarterly(QDate today)
    {
        for (const auto &d : schedule(today)) {
            if (d.kind == policy::ReviewKind::Quarterly)
                return d;
        }
        ADD_FAILURE() << "no quarterly item";
        return {};
    }
    policy::ReviewDue annual(QDate today)
    {
        for (const auto &d : schedule(today)) {
            if (d.kind == policy::ReviewKind::Annual)
                return d;
        }
        ADD_FAILURE() << "no annual item";
        return {};
    }
};
CONSENTRIC_BOTH_ENGINES(ReviewTest);

TEST_P(ReviewTest, RecordingAReviewIsTheOwnersAndChecksWhatItIsGiven)
{
    const qint64 ana = person(QStringLiteral("Ana Lima"), QStringLiteral("Sales"), true);
    clock().set(at(2026, 10, 15));
    const QDate today(2026, 10, 15);
    policy::Reviews reviews(db());
    using policy::ReviewKind;

    EXPECT_FALSE(reviews.record(session(ana), review(ReviewKind::Quarterly, QStringLiteral("2026-Q3"), today)).ok());
    auto future = record(review(ReviewKind::Quarterly, QStringLiteral("2026-Q3"), today.addDays(1)));
    ASSERT_FALSE(future.ok());
    EXPECT_TRUE(future.message().contains(QStringLiteral("future"))) << future.message().toStdString();
    EXPECT_FALSE(record(review(ReviewKind::Quarterly, QStringLiteral("2026-Q3"), QDate())).ok());
    for (const char *bad : {"2026-Q5", "2026Q3", "26-Q3", "2026", ""})
        EXPECT_FALSE(record(review(ReviewKind::Quarterly, QString::fromLatin1(bad), today)).ok()) << bad;
    for (const char *bad : {"26", "2026-Q3", "1999", ""})
        EXPECT_FALSE(record(review(ReviewKind::Annual, QString::fromLatin1(bad), today)).ok()) << bad;
    auto empty = review(ReviewKind::Quarterly, QStringLiteral("2026-Q3"), today);
    empty.notes = QStringLiteral("  ");
    empty.changes.clear();
    EXPECT_FALSE(record(empty).ok());
    EXPECT_TRUE(reviews.all()->empty());

    auto q3 = record(review(ReviewKind::Quarterly, QStringLiteral("2026-q3"), today.addDays(-2)));
    ASSERT_TRUE(q3.ok()) << q3.message().toStdString();
    EXPECT_GT(*q3, 0);
    auto annual = record(review(ReviewKind::Annual, QStringLiteral("2025"), today));
    ASSERT_TRUE(annual.ok()) << annual.message().toStdString();
    auto twice = record(review(ReviewKind::Annual, QStringLiteral("2025"), today));
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.message().contains(QStringLiteral("already recorded"))) << twice.message().toStdString();

    auto all = reviews.all();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2U);
    EXPECT_EQ(all->at(0).id, *annual); // newest first
    EXPECT_EQ(all->at(0).kind, ReviewKind::Annual);
    EXPECT_EQ(all->at(0).heldOn, today);
    EXPECT_EQ(all->at(1).heldOn, today.addDays(-2));
    EXPECT_EQ(all->at(1).notes, QStringLiteral("Nobody felt pressed."));
    EXPECT_EQ(all->at(1).participants, QStringLiteral("Olive, Ana, Bo"));
}

TEST_P(ReviewTest, DueDatesAreThirtyDaysAfterTheQuarterAndTheEndOfJanuary)
{
    using policy::ReviewKind;
    // 30 September + 30 days; 31 December + 30 days; 31 March + 30 days.
    EXPECT_EQ(policy::Reviews::dueOn(ReviewKind::Quarterly, QStringLiteral("2026-Q3")), QDate(2026, 10, 30));
    EXPECT_EQ(policy::Reviews::dueOn(ReviewKind::Quarterly, QStringLiteral("2026-Q4")), QDate(2027, 1, 30));
    EXPECT_EQ(policy::Reviews::dueOn(ReviewKind::Quarterly, QStringLiteral("2026-Q1")), QDate(2026, 4, 30));
    EXPECT_EQ(policy::Reviews::dueOn(ReviewKind::Annual, QStringLiteral("2026")), QDate(2027, 1, 31));
    EXPECT_FALSE(policy::Reviews::dueOn(ReviewKind::Quarterly, QStringLiteral("2026-Q5")).isValid());
    EXPECT_EQ(policy::Reviews::periodOf(ReviewKind::Quarterly, QDate(2026, 8, 15)), QStringLiteral("2026-Q3"));
    EXPECT_EQ(policy::Reviews::periodOf(ReviewKind::Annual, QDate(2026, 8, 15)), QStringLiteral("2026"));
}

TEST_P(ReviewTest, TheLastQuarterWithoutAReviewIsDueThenOverdue)
{
    using policy::DueState;
    organisation(QDate(2024, 6, 1), at(2026, 10, 15));

    // 2026-10-15: 2026-Q3 ended on 30 September; due 30 October.
    auto due = quarterly(QDate(2026, 10, 15));
    EXPECT_EQ(due.period, QStringLiteral("2026-Q3"));
    EXPECT_EQ(due.dueOn, QDate(2026, 10, 30));
    EXPECT_EQ(due.state, DueState::Due);
    EXPECT_EQ(quarterly(QDate(2026, 10, 30)).state, DueState::Due); // the last day
    auto late = quarterly(QDate(2026, 10, 31));
    EXPECT_EQ(late.period, QStringLiteral("2026-Q3"));
    EXPECT_EQ(late.state, DueState::Overdue);
    EXPECT_EQ(quarterly(QDate(2026, 11, 5)).state, DueState::Overdue);

    // Once recorded, the current quarter is next: due 30 days after 31 December.
    ASSERT_TRUE(record(review(policy::ReviewKind::Quarterly, QStringLiteral("2026-Q3"), QDate(2026, 10, 14))).ok());
    auto next = quarterly(QDate(2026, 10, 15));
    EXPECT_EQ(next.period, QStringLiteral("2026-Q4"));
    EXPECT_EQ(next.dueOn, QDate(2027, 1, 30));
    EXPECT_EQ(next.state, DueState::Upcoming);
    EXPECT_EQ(quarterly(QDate(2026, 12, 17)).state, DueState::Upcoming); // 14 days before 31 December
    auto lastFortnight = quarterly(QDate(2026, 12, 20)); // 11 days before
    EXPECT_EQ(lastFortnight.period, QStringLiteral("2026-Q4"));
    EXPECT_EQ(lastFortnight.state, DueState::Due);

    clock().set(at(2026, 12, 20));
    ASSERT_TRUE(record(review(policy::ReviewKind::Quarterly, QStringLiteral("2026-Q4"), QDate(2026, 12, 20))).ok());
    auto done = quarterly(QDate(2026, 12, 21));
    EXPECT_EQ(done.period, QStringLiteral("2026-Q4"));
    EXPECT_EQ(done.state, DueState::Done);
    // In January 2027, 2026-Q4 was reviewed: 2027-Q1 is upcoming.
    auto january = quarterly(QDate(2027, 1, 10));
    EXPECT_EQ(january.period, QStringLiteral("2027-Q1"));
    EXPECT_EQ(january.state, DueState::Upcoming);
    EXPECT_EQ(january.dueOn, QDate(2027, 4, 30));
}

TEST_P(ReviewTest, TheAnnualReviewIsDueByTheEndOfJanuary)
{
    using policy::DueState;
    organisation(QDate(2024, 6, 1), at(2026, 1, 20));

    auto due = annual(QDate(2026, 1, 20));
    EXPECT_EQ(due.period, QStringLiteral("2025"));
    EXPECT_EQ(due.dueOn, QDate(2026, 1, 31));
    EXPECT_EQ(due.state, DueState::Due);
    EXPECT_EQ(annual(QDate(2026, 1, 31)).state, DueState::Due);
    auto late = annual(QDate(2026, 2, 1));
    EXPECT_EQ(late.period, QStringLiteral("2025"));
    EXPECT_EQ(late.state, DueState::Overdue);
    EXPECT_EQ(annual(QDate(2026, 10, 15)).state, DueState::Overdue);

    ASSERT_TRUE(record(review(policy::ReviewKind::Annual, QStringLiteral("2025"), QDate(2026, 1, 19))).ok());
    auto next = annual(QDate(2026, 2, 1));
    EXPECT_EQ(next.period, QStringLiteral("2026"));
    EXPECT_EQ(next.dueOn, QDate(2027, 1, 31));
    EXPECT_EQ(next.state, DueState::Upcoming);
    EXPECT_EQ(annual(QDate(2026, 12, 20)).state, DueState::Due); // the last fortnight of the year
}

TEST_P(ReviewTest, NothingIsDueForPeriodsThatEndedBeforeTheOrganisationExisted)
{
    using policy::DueState;
    organisation(QDate(2026, 10, 1), at(2026, 10, 15));
    auto q = quarterly(QDate(2026, 10, 15));
    EXPECT_EQ(q.period, QStringLiteral("2026-Q4"));
    EXPECT_EQ(q.state, DueState::Upcoming);
    auto a = annual(QDate(2026, 10, 15));
    EXPECT_EQ(a.period, QStringLiteral("2026"));
    EXPECT_EQ(a.state, DueState::Upcoming);
    // The first quarter that ends after the organisation was made does count.
    EXPECT_EQ(quarterly(QDate(2027, 1, 5)).period, QStringLiteral("2026-Q4"));
    EXPECT_EQ(quarterly(QDate(2027, 1, 5)).state, DueState::Due);
}
