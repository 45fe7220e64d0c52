#include "demo/DemoReferrals.h"

#include "demo/Random.h"
#include "referrals/Concerns.h"
#include "referrals/Guardrails.h"
#include "referrals/Inbox.h"
#include "referrals/Pipeline.h"
#include "referrals/Referrals.h"
#include "storage/Database.h"

#include <QStringList>

namespace consentric::demo {

using namespace referrals;

namespace {

// Reasons the owner gives, by kind; employees read them before deciding.
const QStringList &reasonsFor(TargetKind kind)
{
    static const QStringList customer{QStringLiteral("They are moving their shop online and our studio builds exactly that."),
        QStringLiteral("Their brand refresh is due next year; we would like to pitch early."),
        QStringLiteral("They asked around for a design partner at the trade fair.")};
    static const QStringList partner{QStringLiteral("Their print workshop would complement our design work."),
        QStringLiteral("A joint offer for small retailers could help both of us.")};
    static const QStringList hire{QStringLiteral("We are hiring a senior designer; someone there might know a good candidate."),
        QStringLiteral("We need a part-time accountant and would value a recommendation.")};
    switch (kind) {
    case TargetKind::Customer: return customer;
    case TargetKind::Partner: return partner;
    case TargetKind::Hire: return hire;
    }
    return customer;
}

const QStringList kDeclineReasons{QStringLiteral("We have not spoken in years."), QStringLiteral("She just changed jobs; not a good moment."),
    QStringLiteral("I would rather keep this one personal.")};

const QStringList kConcerns{QStringLiteral("I was asked twice in one week whether I had answered a request. It felt like pressure."),
    QStringLiteral("A colleague suggested I share my family contacts. I do not want to."),
    QStringLiteral("In the team meeting, people were compared by how many introductions they made."),
    QStringLiteral("A contact I introduced was called again after saying no.")};

// The demo never asks about Acme: the tutorials' first request is the reader's own.
const char kNotAcme[] = "co.normalised <> 'acme'";

} // namespace

ReferralHistory::ReferralHistory(storage::Database &db, FixedClock &clock, quint64 seed, QDate from, QDate to)
    : m_db(db)
    , m_clock(clock)
    , m_seed(seed)
{
    Random r = Random::derive(seed, 7000);
    int index = 0;
    for (QDate day = from.addDays(12); day <= to.addDays(-5); day = day.addDays(r.between(7, 13))) {
        const int episode = index++;
        schedule(QDateTime(day, QTime(10, r.between(0, 59)), Qt::UTC), [this, episode] { return startEpisode(episode); });
    }
    schedule(QDateTime(to.addDays(-4), QTime(11, 0), Qt::UTC), [this] { return samsIntroduction(); });
    // A concern or two every quarter, and the trusted person designated early on.
    index = 0;
    for (QDate day = from.addDays(50); day <= to.addDays(-10); day = day.addDays(r.between(35, 55))) {
        const int concern = index++;
        schedule(QDateTime(day, QTime(16, 30), Qt::UTC), [this, concern] { return reportConcern(concern); });
    }
}

ReferralHistory::~ReferralHistory() = default;

void ReferralHistory::add(consent::Session session)
{
    const qint64 id = session.person().id;
    m_sessions[id] = std::make_unique<consent::Session>(std::move(session));
}

const consent::Session *ReferralHistory::session(qint64 personId) const
{
    const auto it = m_sessions.find(personId);
    return it == m_sessions.end() ? nullptr : it->second.get();
}

const consent::Session *ReferralHistory::owner() const
{
    for (const auto &[id, s] : m_sessions) {
        if (s->person().role == consent::Role::Owner)
            return s.get();
    }
    return nullptr;
}

std::vector<const consent::Session *> ReferralHistory::sessions() const
{
    std::vector<const consent::Session *> list;
    for (const auto &[id, s] : m_sessions)
        list.push_back(s.get());
    return list;
}

void ReferralHistory::schedule(const QDateTime &at, Step step)
{
    m_steps.emplace(at, std::move(step));
}

Result<void> ReferralHistory::runUntil(const QDateTime &until)
{
    while (!m_steps.empty() && m_steps.begin()->first <= until) {
        auto node = m_steps.extract(m_steps.begin());
        if (node.key() > m_clock.now())
            m_clock.set(node.key());
        if (auto ok = node.mapped()(); !ok)
            return ok;
    }
    if (until > m_clock.now())
        m_clock.set(until);
    return {};
}

Result<void> ReferralHistory::startEpisode(int index)
{
    const consent::Session *ownerSession = owner();
    if (!ownerSession)
        return {};
    Random r = Random::derive(m_seed, 7100 + quint64(index));
    Referrals referrals(m_db);
    const auto kind = std::array{TargetKind::Customer, TargetKind::Customer, TargetKind::Partner, TargetKind::Hire}[r.below(4)];
    TargetInput input;
    input.kind = kind;
    input.reason = reasonsFor(kind).at(qsizetype(r.below(quint64(reasonsFor(kind).size()))));
    // One request in four is about a shared connection, by name; the rest ask the team
    // about a company someone can reach.
    const bool named = r.percent(25);
    const QString sql = named
        ? QStringLiteral("SELECT n.id FROM connections n JOIN people p ON p.id = n.employee_id JOIN contacts c ON c.id = n.contact_id "
                         "JOIN companies co ON co.id = c.company_id WHERE n.level = 'shared' AND p.participating = 1 "
                         "AND p.status = 'active' AND p.role <> 'owner' AND ")
            + QLatin1String(kNotAcme) + QStringLiteral(" ORDER BY n.id")
        : QStringLiteral("SELECT MIN(co.name) FROM connections n JOIN people p ON p.id = n.employee_id JOIN contacts c ON c.id = n.contact_id "
                         "JOIN companies co ON co.id = c.company_id WHERE n.level IN ('discoverable', 'shared') "
                         "AND p.participating = 1 AND p.status = 'active' AND p.role <> 'owner' AND ")
            + QLatin1String(kNotAcme) + QStringLiteral(" GROUP BY co.normalised ORDER BY co.normalised");
    auto rows = m_db.exec(sql, QStringLiteral("choosing a demo target"));
    if (!rows)
        return rows.error();
    QVariantList choices;
    while (rows->next())
        choices << rows->value(0);
    rows->finish();
    if (choices.isEmpty())
        return {};
    const QVariant choice = choices.at(qsizetype(r.below(quint64(choices.size()))));
    if (named)
        input.sharedConnectionId = choice.toLongLong();
    else
        input.company = choice.toString();
    // The business comes back to a company it asked about before.
    auto known = referrals.existingTarget(input);
    if (!known)
        return known.error();
    auto target = *known ? Result<qint64>(**known) : referrals.addTarget(*ownerSession, input);
    if (!target)
        return target.error();
    auto request = referrals.request(*ownerSession, *target);
    if (!request)
        return {}; // a guardrail said no (everyone busy or cooling down): so be it
    const qint64 id = *request;
    auto asked = m_db.exec(QStringLiteral("SELECT employee_id FROM request_recipients WHERE request_id = :r ORDER BY employee_id"),
        {{QStringLiteral(":r"), id}}, QStringLiteral("reading the demo request"));
    if (!asked)
        return asked.error();
    std::vector<qint64> recipients;
    while (asked->next())
        recipients.push_back(asked->value(0).toLongLong());
    asked->finish();

    const QDateTime start = m_clock.now();
    for (qint64 employee : recipients) {
        const consent::Session *who = session(employee);
        if (!who)
            continue;
        const int roll = int(r.below(100));
        const QDateTime when = start.addSecs(qint64(r.between(3, 9 * 24)) * 3600);
        if (roll < 45) {
            const Answer answer = r.percent(80) ? Answer::Introduce : Answer::Mention;
            const int introduceAfter = r.between(1, 3);
            const int meetAfter = r.between(6, 20);
            const int outcomeAfter = meetAfter + r.between(7, 30);
            const bool meets = r.percent(70);
            const bool saidNo = r.percent(6) && who->person().role == consent::Role::Employee;
            const int outcomeRoll = int(r.below(100));
            schedule(when, [=, this]() -> Result<void> {
                Inbox inbox(m_db);
                auto item = inbox.item(*who, id);
                if (!item)
                    return item.error();
                if (item->status != RecipientStatus::Pending || item->stage != Stage::Requested || item->candidates.empty())
                    return {}; // a colleague was quicker, or it expired
                if (auto ok = inbox.accept(*who, id, answer, item->candidates.front().connectionId); !ok)
                    return ok;
                const QDateTime accepted = m_clock.now();
                if (answer == Answer::Introduce)
                    schedule(accepted.addDays(introduceAfter), [=, this] { return Inbox(m_db).markIntroduced(*who, id); });
                if (saidNo && answer == Answer::Introduce) {
                    schedule(accepted.addDays(introduceAfter + 3), [=, this] { return Inbox(m_db).recipientSaidNo(*who, id); });
                    return {};
                }
                const consent::Session *boss = owner();
                if (meets) {
                    schedule(accepted.addDays(meetAfter), [=, this] { return Pipeline(m_db).recordMeeting(*boss, id, m_clock.today()); });
                }
                Outcome outcome = Outcome::NoResult;
                if (outcomeRoll < 55)
                    outcome = kind == TargetKind::Hire ? Outcome::Hired : kind == TargetKind::Partner ? Outcome::Partnered : Outcome::Won;
                schedule(accepted.addDays(outcomeAfter), [=, this] { return Pipeline(m_db).recordOutcome(*boss, id, outcome, m_clock.today()); });
                return {};
            });
        } else if (roll < 75) {
            const QString reason = r.percent(40) ? kDeclineReasons.at(qsizetype(r.below(quint64(kDeclineReasons.size())))) : QString();
            schedule(when, [=, this]() -> Result<void> {
                auto item = Inbox(m_db).item(*who, id);
                if (!item)
                    return item.error();
                if (item->status != RecipientStatus::Pending || item->stage != Stage::Requested)
                    return {};
                return Inbox(m_db).decline(*who, id, reason);
            });
        }
        // Otherwise no answer: the request expires.
    }
    return {};
}

Result<void> ReferralHistory::samsIntroduction()
{
    const consent::Session *ownerSession = owner();
    const consent::Session *sam = nullptr;
    for (const auto &[id, s] : m_sessions) {
        if (s->person().email.startsWith(QStringLiteral("sam.rivera@")))
            sam = s.get();
    }
    if (!ownerSession || !sam)
        return {};
    auto shared = m_db.scalar(
        QStringLiteral("SELECT MIN(n.id) FROM connections n JOIN contacts c ON c.id = n.contact_id JOIN companies co ON co.id = c.company_id "
                       "WHERE n.employee_id = :sam AND n.level = 'shared' AND c.email <> '' AND ")
            + QLatin1String(kNotAcme),
        {{QStringLiteral(":sam"), sam->person().id}}, QStringLiteral("choosing Sam's introduction"));
    if (!shared)
        return shared.error();
    if (shared->isNull())
        return {};
    Referrals referrals(m_db);
    const TargetInput input{QString(), shared->toLongLong(), TargetKind::Customer, reasonsFor(TargetKind::Customer).front()};
    auto known = referrals.existingTarget(input);
    if (!known)
        return known.error();
    auto target = *known ? Result<qint64>(**known) : referrals.addTarget(*ownerSession, input);
    if (!target)
        return target.error();
    auto request = referrals.request(*ownerSession, *target);
    if (!request)
        return {};
    const qint64 id = *request;
    schedule(m_clock.now().addSecs(26 * 3600), [this, sam, id]() -> Result<void> {
        auto item = Inbox(m_db).item(*sam, id);
        if (!item)
            return item.error();
        if (item->candidates.empty())
            return {};
        return Inbox(m_db).accept(*sam, id, Answer::Introduce, item->candidates.front().connectionId);
    });
    return {};
}

Result<void> ReferralHistory::reportConcern(int index)
{
    const consent::Session *ownerSession = owner();
    if (!ownerSession)
        return {};
    Random r = Random::derive(m_seed, 7500 + quint64(index));
    std::vector<const consent::Session *> employees;
    for (const auto &[id, s] : m_sessions) {
        if (s->person().role == consent::Role::Employee)
            employees.push_back(s.get());
    }
    if (employees.empty())
        return {};
    // The owner designates a trusted person (an employee outside Sales) with the first concern.
    auto settings = Guardrails(m_db).settings();
    if (!settings)
        return settings.error();
    if (!settings->trustedPersonId) {
        for (const consent::Session *s : employees) {
            if (s->person().department != QStringLiteral("Sales") && employees.size() > 1) {
                settings->trustedPersonId = s->person().id;
                break;
            }
        }
        if (settings->trustedPersonId) {
            if (auto ok = Guardrails(m_db).change(*ownerSession, *settings); !ok)
                return ok;
        }
    }
    const consent::Session *reporter = employees.at(size_t(r.below(employees.size())));
    ConcernInput input;
    input.to = r.percent(60) ? ConcernRecipient::Owner : ConcernRecipient::TrustedPerson;
    if (!settings->trustedPersonId || *settings->trustedPersonId == reporter->person().id)
        input.to = ConcernRecipient::Owner;
    input.anonymous = r.percent(75);
    input.text = kConcerns.at(qsizetype(r.below(quint64(kConcerns.size()))));
    auto reported = Concerns(m_db).report(*reporter, input);
    if (!reported)
        return reported.error();
    const qint64 id = *reported;
    const consent::Session *recipient = input.to == ConcernRecipient::Owner ? ownerSession : session(*settings->trustedPersonId);
    if (!recipient)
        return {};
    // Most are handled within days and resolved within weeks; the latest may still be open.
    const QDateTime now = m_clock.now();
    schedule(now.addDays(r.between(1, 4)), [=, this] { return Concerns(m_db).setStatus(*recipient, id, ConcernStatus::Handling); });
    if (r.percent(80))
        schedule(now.addDays(r.between(10, 30)), [=, this] { return Concerns(m_db).setStatus(*recipient, id, ConcernStatus::Resolved); });
    return {};
}

} // namespace consentric::demo
