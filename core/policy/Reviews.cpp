#include "policy/Reviews.h"

#include "consent/Accounts.h"
#include "consent/AuditLog.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace consentric::policy {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::policy::Reviews", text);
}

} // namespace

QString key(ReviewKind kind)
{
    return kind == ReviewKind::Annual ? QStringLiteral("annual") : QStringLiteral("quarterly");
}

QString label(ReviewKind kind)
{
    return kind == ReviewKind::Annual ? QCoreApplication::translate("consentric::policy", "annual review")
                                      : QCoreApplication::translate("consentric::policy", "quarterly review");
}

QString label(DueState state)
{
    switch (state) {
    case DueState::Upcoming: return QCoreApplication::translate("consentric::policy", "upcoming");
    case DueState::Due: return QCoreApplication::translate("consentric::policy", "due");
    case DueState::Overdue: return QCoreApplication::translate("consentric::policy", "overdue");
    case DueState::Done: return QCoreApplication::translate("consentric::policy", "done");
    }
    return {};
}

QString Reviews::periodOf(ReviewKind kind, QDate date)
{
    if (kind == ReviewKind::Annual)
        return QString::number(date.year());
    return metrics::Quarter::of(date).toString();
}

QDate Reviews::dueOn(ReviewKind kind, const QString &period)
{
    if (kind == ReviewKind::Annual)
        return QDate(period.toInt() + 1, 1, 31);
    const auto quarter = metrics::Quarter::parse(period);
    return quarter ? quarter->last().addDays(kQuarterlyGraceDays) : QDate();
}

Result<qint64> Reviews::record(const consent::Session &owner, const Review &review)
{
    if (!owner.runsTheProgram())
        return fail(tr("Only the owner or an admin records a policy review. Sign in as the owner."));
    if (!review.heldOn.isValid() || review.heldOn > m_db.clock().today())
        return fail(tr("Give the date the review was held; it cannot be in the future."));
    const bool periodOk = review.kind == ReviewKind::Annual ? (review.period.size() == 4 && review.period.toInt() > 2000)
                                                            : metrics::Quarter::parse(review.period).has_value();
    if (!periodOk)
        return fail(review.kind == ReviewKind::Annual ? tr("An annual review covers a year, such as 2026.")
                                                      : tr("A quarterly review covers a quarter, such as 2026-Q3."));
    if (review.notes.trimmed().isEmpty() && review.changes.trimmed().isEmpty())
        return fail(tr("Write down what the review found or decided: the notes, the changes, or both."));
    auto existing = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM policy_reviews WHERE kind = :k AND period = :p"),
        {{QStringLiteral(":k"), key(review.kind)}, {QStringLiteral(":p"), review.period}}, tr("reading the reviews"));
    if (!existing)
        return existing.error();
    if (existing->toLongLong() > 0)
        return fail(tr("The %1 for %2 is already recorded.").arg(label(review.kind), review.period));
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto inserted = m_db.insert(QStringLiteral("INSERT INTO policy_reviews (kind, period, held_on, participants, notes, changes, recorded_by) "
                                                   "VALUES (:k, :p, :h, :who, :n, :c, :by)"),
            {{QStringLiteral(":k"), key(review.kind)}, {QStringLiteral(":p"), review.period},
                {QStringLiteral(":h"), review.heldOn.toString(Qt::ISODate)},
                {QStringLiteral(":who"), storage::notNull(review.participants.trimmed())},
                {QStringLiteral(":n"), storage::notNull(review.notes.trimmed())}, {QStringLiteral(":c"), storage::notNull(review.changes.trimmed())},
                {QStringLiteral(":by"), owner.person().id}},
            tr("recording the review"));
        if (!inserted)
            return inserted.error();
        id = *inserted;
        auto logged = consent::AuditLog(m_db).append(owner.person().id, std::nullopt, QStringLiteral("policy-review-recorded"),
            QJsonObject{{QStringLiteral("review"), id}, {QStringLiteral("kind"), key(review.kind)}, {QStringLiteral("period"), review.period}});
        if (!logged)
            return logged.error();
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

Result<std::vector<Review>> Reviews::all() const
{
    auto rows = m_db.exec(
        QStringLiteral("SELECT id, kind, period, held_on, participants, notes, changes FROM policy_reviews ORDER BY held_on DESC, id DESC"),
        tr("reading the reviews"));
    if (!rows)
        return rows.error();
    std::vector<Review> list;
    while (rows->next()) {
        Review r;
        r.id = rows->value(0).toLongLong();
        r.kind = rows->value(1).toString() == QLatin1String("annual") ? ReviewKind::Annual : ReviewKind::Quarterly;
        r.period = rows->value(2).toString();
        r.heldOn = QDate::fromString(rows->value(3).toString(), Qt::ISODate);
        r.participants = rows->value(4).toString();
        r.notes = rows->value(5).toString();
        r.changes = rows->value(6).toString();
        list.push_back(std::move(r));
    }
    return list;
}

Result<std::vector<ReviewDue>> Reviews::schedule(QDate today) const
{
    auto reviews = all();
    if (!reviews)
        return reviews.error();
    auto started = m_db.scalar(QStringLiteral("SELECT MIN(created_on) FROM organisation"), {}, tr("reading the organisation"));
    if (!started)
        return started.error();
    QDate start = QDate::fromString(started->toString().left(10), Qt::ISODate);
    if (!start.isValid())
        start = today;
    auto held = [&](ReviewKind kind, const QString &period) {
        return std::any_of(reviews->begin(), reviews->end(), [&](const Review &r) { return r.kind == kind && r.period == period; });
    };
    auto item = [&](ReviewKind kind, const QString &lastEnded, QDate lastEndedOn, const QString &current, QDate currentEndsOn) {
        ReviewDue due{kind, current, dueOn(kind, current), DueState::Upcoming};
        if (lastEndedOn >= start && !held(kind, lastEnded)) {
            due.period = lastEnded;
            due.dueOn = dueOn(kind, lastEnded);
            due.state = today > due.dueOn ? DueState::Overdue : DueState::Due;
        } else if (held(kind, current)) {
            due.state = DueState::Done;
        } else if (today.daysTo(currentEndsOn) < 14) {
            due.state = DueState::Due;
        }
        return due;
    };
    const auto quarter = metrics::Quarter::of(today);
    const auto previous = quarter.previous();
    return std::vector<ReviewDue>{
        item(ReviewKind::Quarterly, previous.toString(), previous.last(), quarter.toString(), quarter.last()),
        item(ReviewKind::Annual, QString::number(today.year() - 1), QDate(today.year() - 1, 12, 31), QString::number(today.year()),
            QDate(today.year(), 12, 31)),
    };
}

} // namespace consentric::policy
