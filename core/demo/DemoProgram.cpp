#include "demo/DemoProgram.h"

#include "consent/Accounts.h"
#include "consent/Participation.h"
#include "demo/DemoReferrals.h"
#include "demo/Random.h"
#include "metrics/Pulse.h"
#include "policy/ConnectionPolicy.h"
#include "policy/Reviews.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace consentric::demo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::demo", text);
}

const char *const kComments[] = {
    "I like that nobody chases me about introductions.",
    "The templates make it much easier to write to people I haven't spoken to in years.",
    "I'd like to know earlier when a request has expired.",
    "Still not sure what counts as a professional connection for someone I met at a conference.",
    "Happy with it. Seeing exactly what the business sees helped.",
    "A bit too many requests about the same kind of company this quarter.",
    "The training session on saying no was useful.",
    "Fine as it is.",
};

const char *const kQuarterChanges[] = {
    "Keep the open-request limit at 2.",
    "Add a customer template in Spanish; remind the team where the trusted person's name is shown.",
    "No change to the guardrails; explain the cool-down better in the guide.",
    "Run the training session on introductions again next quarter.",
    "Ask fewer team-wide requests for the same sector; prefer named requests when a connection is shared.",
    "Add a line to the guide: declining a request needs no reason, and nobody is told who declined.",
};

const consent::Session *mustHaveOwner(ReferralHistory &history)
{
    return history.owner();
}

Result<void> publishFirst(ReferralHistory &history, storage::Database &db)
{
    const consent::Session *owner = mustHaveOwner(history);
    if (!owner)
        return fail(tr("The demo's owner must exist before the policy is published."));
    policy::PolicyStore store(db);
    if (auto saved = store.saveDraft(*owner, policy::defaultSections(QStringLiteral("en"))); !saved)
        return saved;
    auto published = store.publish(*owner, tr("The first version of our connection policy."));
    if (!published)
        return published.error();
    return {};
}

Result<void> publishSecond(ReferralHistory &history, storage::Database &db, quint64 seed)
{
    const consent::Session *owner = mustHaveOwner(history);
    if (!owner)
        return fail(tr("The demo's owner must exist before the policy is published."));
    policy::PolicyStore store(db);
    auto sections = store.draft(QStringLiteral("en"));
    if (!sections)
        return sections.error();
    for (policy::PolicySection &s : *sections) {
        if (s.key == QLatin1String("training"))
            s.body += QStringLiteral(" From 2026 the session is held in the first month of every quarter, and its slides are in the shared folder "
                                     "\"Networking comfortably\".");
    }
    if (auto saved = store.saveDraft(*owner, *sections); !saved)
        return saved;
    auto published = store.publish(*owner, tr("Training: a session every quarter, decided at the annual review of 2025."));
    if (!published)
        return published.error();
    // Each participant reads the new version at their next sign-in, within a few weeks.
    Random r = Random::derive(seed, 8600);
    const QDateTime now = db.clock().now();
    for (const consent::Session *s : history.sessions()) {
        const QDateTime at = now.addDays(r.between(1, 24)).addSecs(r.between(0, 7 * 3600));
        history.schedule(at, [&db, s]() -> Result<void> {
            auto needs = policy::PolicyStore(db).needsAcknowledgement(*s);
            if (!needs)
                return needs.error();
            if (!*needs)
                return {};
            auto current = policy::PolicyStore(db).current();
            if (!current)
                return current.error();
            return consent::Participation(db).acknowledge(*s, current->version);
        });
    }
    return {};
}

Result<void> answerPulse(ReferralHistory &history, storage::Database &db, quint64 seed, int quarter)
{
    Random r = Random::derive(seed, 8700 + quint64(quarter));
    // A quarter's mood: mostly comfortable, a little pressure, a dip now and then.
    const int mood = r.between(-1, 1);
    metrics::Pulse pulse(db);
    for (const consent::Session *s : history.sessions()) {
        if (s->person().role == consent::Role::Owner || !r.percent(75))
            continue;
        auto active = db.scalar(QStringLiteral("SELECT COUNT(*) FROM people WHERE id = :p AND status = 'active'"),
            {{QStringLiteral(":p"), s->person().id}}, tr("reading the team"));
        if (!active)
            return active.error();
        if (active->toLongLong() == 0)
            continue;
        metrics::PulseAnswer answer;
        answer.comfort = std::clamp(r.between(3, 5) + (mood < 0 ? -1 : 0), 1, 5);
        answer.pressure = std::clamp(r.between(1, 2) + (mood < 0 && r.percent(40) ? 1 : 0), 1, 5);
        answer.satisfaction = std::clamp(r.between(3, 5) + mood * (r.percent(50) ? 1 : 0), 1, 5);
        if (r.percent(25))
            answer.comment = QString::fromUtf8(kComments[r.below(std::size(kComments))]);
        if (auto ok = pulse.answer(*s, answer); !ok)
            return ok;
    }
    return {};
}

Result<void> recordReview(ReferralHistory &history, storage::Database &db, quint64 seed, int quarter, policy::ReviewKind kind)
{
    const consent::Session *owner = mustHaveOwner(history);
    if (!owner)
        return fail(tr("The demo's owner must exist before a review is recorded."));
    Random r = Random::derive(seed, 8800 + quint64(quarter));
    policy::Review review;
    review.kind = kind;
    review.heldOn = db.clock().today();
    review.period = policy::Reviews::periodOf(kind, review.heldOn);
    if (kind == policy::ReviewKind::Annual) {
        review.participants = tr("The owner, the trusted person and %1 volunteers from the team").arg(r.between(4, 7));
        review.notes = tr("The whole policy, section by section, with the year's pulse results and concerns. Participation grew; "
                          "felt pressure stayed low; two concerns asked for clearer guidance on conference contacts.");
        review.changes = tr("Publish a new version in January: a training session every quarter. Keep every guardrail as it is.");
    } else {
        review.participants = tr("The owner, the trusted person and %1 volunteers from the team").arg(r.between(3, 6));
        review.notes = tr("Went through the pulse results, the concerns received and the referral figures of the quarter.");
        review.changes = QString::fromUtf8(kQuarterChanges[quint64(quarter) % std::size(kQuarterChanges)]);
    }
    auto recorded = policy::Reviews(db).record(*owner, review);
    if (!recorded)
        return recorded.error();
    return {};
}

} // namespace

void planProgramHistory(ReferralHistory &history, storage::Database &db, quint64 seed, QDate from, QDate to)
{
    history.schedule(QDateTime(from, QTime(9, 0), Qt::UTC), [&history, &db] { return publishFirst(history, db); });
    int quarter = 0;
    for (auto q = metrics::Quarter::of(from); q.first() <= to; q = q.next(), ++quarter) {
        Random r = Random::derive(seed, 8500 + quint64(quarter));
        const QDate end = std::min(q.last(), to);
        history.schedule(QDateTime(end.addDays(-r.between(10, 20)), QTime(12, r.between(0, 59)), Qt::UTC),
            [&history, &db, seed, quarter] { return answerPulse(history, db, seed, quarter); });
        history.schedule(QDateTime(end.addDays(-r.between(2, 6)), QTime(15, 0), Qt::UTC),
            [&history, &db, seed, quarter] { return recordReview(history, db, seed, quarter, policy::ReviewKind::Quarterly); });
        if (q.number == 4)
            history.schedule(QDateTime(q.last().addDays(-14), QTime(14, 0), Qt::UTC),
                [&history, &db, seed, quarter] { return recordReview(history, db, seed, quarter, policy::ReviewKind::Annual); });
        if (q.number == 1 && q.year > from.year())
            history.schedule(
                QDateTime(q.first().addDays(18), QTime(10, 0), Qt::UTC), [&history, &db, seed] { return publishSecond(history, db, seed); });
    }
}

} // namespace consentric::demo
