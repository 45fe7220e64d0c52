#include "metrics/Pulse.h"

#include "consent/Accounts.h"
#include "consent/Crypto.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace consentric::metrics {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::metrics::Pulse", text);
}

Result<void> mustRunTheProgram(const consent::Session &session)
{
    if (!session.runsTheProgram())
        return fail(
            QCoreApplication::translate("consentric::metrics", "Only the owner or an admin can read the pulse results. Sign in as the owner."));
    return {};
}

bool onScale(int value)
{
    return value >= 1 && value <= 5;
}

} // namespace

Quarter Pulse::openQuarter() const
{
    return Quarter::of(m_db.clock().today());
}

Result<bool> Pulse::hasAnswered(const consent::Session &person) const
{
    auto found = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM pulse_answered WHERE quarter = :q AND person_id = :p"),
        {{QStringLiteral(":q"), openQuarter().toString()}, {QStringLiteral(":p"), person.person().id}}, tr("reading the pulse"));
    if (!found)
        return found.error();
    return found->toLongLong() > 0;
}

Result<void> Pulse::answer(const consent::Session &person, const PulseAnswer &answer)
{
    if (person.person().role == consent::Role::Owner)
        return fail(tr("The pulse is for the team; the owner reads its results instead of answering it."));
    if (!onScale(answer.comfort) || !onScale(answer.pressure) || !onScale(answer.satisfaction))
        return fail(tr("Answer each of the three questions with a number from 1 to 5."));
    const QString comment = answer.comment.trimmed();
    if (comment.size() > kLongestPulseComment)
        return fail(tr("The comment is %1 characters long; keep it under %2.").arg(comment.size()).arg(kLongestPulseComment));
    const QString quarter = openQuarter().toString();
    auto already = hasAnswered(person);
    if (!already)
        return already.error();
    if (*already)
        return fail(tr("You have already answered the pulse for %1. Thank you; the next one opens next quarter.").arg(quarter));
    return m_db.transaction([&]() -> Result<void> {
        auto marked = m_db.exec(QStringLiteral("INSERT INTO pulse_answered (quarter, person_id) VALUES (:q, :p)"),
            {{QStringLiteral(":q"), quarter}, {QStringLiteral(":p"), person.person().id}}, tr("recording that you answered"));
        if (!marked)
            return marked.error();
        // The key is random, so neither it nor the order of the rows tells who wrote what.
        const QString key = QString::fromLatin1(consent::randomBytes(16).toHex());
        auto stored = m_db.exec(QStringLiteral("INSERT INTO pulse_answers (answer_key, quarter, comfort, pressure, satisfaction, comment) "
                                               "VALUES (:k, :q, :c, :p, :s, :t)"),
            {{QStringLiteral(":k"), key}, {QStringLiteral(":q"), quarter}, {QStringLiteral(":c"), answer.comfort},
                {QStringLiteral(":p"), answer.pressure}, {QStringLiteral(":s"), answer.satisfaction},
                {QStringLiteral(":t"), storage::notNull(comment)}},
            tr("storing your answer"));
        if (!stored)
            return stored.error();
        return {};
    });
}

Result<PulseResults> Pulse::results(const consent::Session &owner, const Quarter &quarter) const
{
    if (auto ok = mustRunTheProgram(owner); !ok)
        return ok.error();
    auto rows = m_db.exec(QStringLiteral("SELECT comfort, pressure, satisfaction FROM pulse_answers WHERE quarter = :q"),
        {{QStringLiteral(":q"), quarter.toString()}}, tr("reading the pulse"));
    if (!rows)
        return rows.error();
    std::array<qint64, 5> spread[3]{};
    double sums[3]{};
    qint64 count = 0;
    while (rows->next()) {
        ++count;
        for (int q = 0; q < 3; ++q) {
            const int value = std::clamp(rows->value(q).toInt(), 1, 5);
            sums[q] += value;
            ++spread[q][size_t(value - 1)];
        }
    }
    PulseResults results;
    results.quarter = quarter;
    results.answers = SuppressedCount::ofPeople(count);
    if (count >= kMinimumGroup) {
        results.comfort = sums[0] / double(count);
        results.pressure = sums[1] / double(count);
        results.satisfaction = sums[2] / double(count);
        results.comfortSpread = spread[0];
        results.pressureSpread = spread[1];
        results.satisfactionSpread = spread[2];
    }
    return results;
}

Result<QStringList> Pulse::comments(const consent::Session &owner, const Quarter &quarter) const
{
    auto counted = results(owner, quarter);
    if (!counted)
        return counted.error();
    if (counted->answers.suppressed())
        return QStringList();
    auto rows = m_db.exec(QStringLiteral("SELECT comment FROM pulse_answers WHERE quarter = :q AND comment <> ''"),
        {{QStringLiteral(":q"), quarter.toString()}}, tr("reading the pulse comments"));
    if (!rows)
        return rows.error();
    QStringList list;
    while (rows->next())
        list << rows->value(0).toString();
    list.sort(Qt::CaseInsensitive);
    return list;
}

} // namespace consentric::metrics
