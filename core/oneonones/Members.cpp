#include "oneonones/Members.h"

#include "consent/AuditLog.h"
#include "consent/Crypto.h"
#include "storage/Database.h"
#include "storage/StoredTime.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace consentric::oneonones {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::oneonones::Members", text);
}

QByteArray listContext(qint64 personId)
{
    return "oneonone-do-not-pair:" + QByteArray::number(personId);
}

QByteArray tokenInput(qint64 a, qint64 b)
{
    const auto [low, high] = std::minmax(a, b);
    return "consentric do-not-pair v1:" + QByteArray::number(low) + ':' + QByteArray::number(high);
}

} // namespace

int daysBetweenRounds(Cadence cadence)
{
    switch (cadence) {
    case Cadence::Weekly: return 7;
    case Cadence::TwoWeekly: return 14;
    case Cadence::Monthly: return 28;
    }
    return 14;
}

QString key(Cadence cadence)
{
    switch (cadence) {
    case Cadence::Weekly: return QStringLiteral("weekly");
    case Cadence::TwoWeekly: return QStringLiteral("two-weekly");
    case Cadence::Monthly: return QStringLiteral("monthly");
    }
    return QStringLiteral("two-weekly");
}

std::optional<Cadence> cadenceFromKey(const QString &text)
{
    for (Cadence cadence : {Cadence::Weekly, Cadence::TwoWeekly, Cadence::Monthly})
        if (key(cadence) == text)
            return cadence;
    return std::nullopt;
}

QString label(Cadence cadence)
{
    switch (cadence) {
    case Cadence::Weekly: return tr("Every week");
    case Cadence::TwoWeekly: return tr("Every two weeks");
    case Cadence::Monthly: return tr("Every four weeks");
    }
    return {};
}

Result<void> Members::mustBeEmployee(const consent::Session &self) const
{
    if (self.runsTheProgram())
        return fail(tr("The owner and admins arrange the one-to-one rounds and do not take part in them. Sign in as an employee to join."));
    if (self.person().status != consent::Status::Active)
        return fail(tr("This account has been closed, so it cannot take part in one-to-ones."));
    return {};
}

Result<void> Members::mustBeMember(const consent::Session &self) const
{
    auto mine = of(self);
    if (!mine)
        return mine.error();
    if (!mine->member)
        return fail(tr("You are not in the one-to-one program. Join it first on the One-to-ones page."));
    return {};
}

Result<Membership> Members::of(const consent::Session &self) const
{
    auto query = m_db.exec(QStringLiteral("SELECT active, cadence, snoozed_until, paused, work_days, work_start, work_end, joined_at "
                                          "FROM oneonone_members WHERE person_id = :p"),
        {{QStringLiteral(":p"), self.person().id}}, tr("reading your one-to-one settings"));
    if (!query)
        return query.error();
    Membership membership;
    if (!query->next())
        return membership;
    membership.member = query->value(0).toInt() == 1;
    membership.cadence = cadenceFromKey(query->value(1).toString()).value_or(Cadence::TwoWeekly);
    membership.snoozedUntil = QDate::fromString(query->value(2).toString(), Qt::ISODate);
    membership.paused = query->value(3).toInt() == 1;
    membership.hours.days = WorkingHours::daysFrom(query->value(4).toString());
    membership.hours.start = QTime::fromString(query->value(5).toString(), QStringLiteral("HH:mm"));
    membership.hours.end = QTime::fromString(query->value(6).toString(), QStringLiteral("HH:mm"));
    membership.joinedAt = storage::timeFromStored(query->value(7));
    return membership;
}

Result<void> Members::join(const consent::Session &self, Cadence cadence, const WorkingHours &hours)
{
    if (auto allowed = mustBeEmployee(self); !allowed)
        return allowed;
    if (!hours.valid())
        return fail(tr("Choose at least one working day, and working hours at least 30 minutes long (the start before the end)."));
    return m_db.transaction([&]() -> Result<void> {
        const storage::Binds binds{{QStringLiteral(":p"), self.person().id}, {QStringLiteral(":c"), key(cadence)},
            {QStringLiteral(":d"), hours.daysText()}, {QStringLiteral(":s"), hours.start.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral(":e"), hours.end.toString(QStringLiteral("HH:mm"))}, {QStringLiteral(":j"), storage::storedTime(m_db.clock().now())}};
        auto existing = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM oneonone_members WHERE person_id = :p"),
            {{QStringLiteral(":p"), self.person().id}}, tr("reading your one-to-one settings"));
        if (!existing)
            return existing.error();
        const QString sql = existing->toInt() > 0
            ? QStringLiteral("UPDATE oneonone_members SET active = 1, paused = 0, snoozed_until = NULL, cadence = :c, work_days = :d, "
                             "work_start = :s, work_end = :e, joined_at = :j, skips_count_from = :j WHERE person_id = :p")
            : QStringLiteral("INSERT INTO oneonone_members (person_id, cadence, work_days, work_start, work_end, joined_at, skips_count_from) "
                             "VALUES (:p, :c, :d, :s, :e, :j, :j)");
        if (auto written = m_db.exec(sql, binds, tr("joining the one-to-ones")); !written)
            return written.error();
        return audit(self, QStringLiteral("oneonones-joined"), {{QStringLiteral("cadence"), key(cadence)}});
    });
}

Result<void> Members::leave(const consent::Session &self)
{
    if (auto member = mustBeMember(self); !member)
        return member;
    return m_db.transaction([&]() -> Result<void> {
        auto written = m_db.exec(QStringLiteral("UPDATE oneonone_members SET active = 0, paused = 0 WHERE person_id = :p"),
            {{QStringLiteral(":p"), self.person().id}}, tr("leaving the one-to-ones"));
        if (!written)
            return written.error();
        return audit(self, QStringLiteral("oneonones-left"));
    });
}

Result<void> Members::change(const consent::Session &self, Cadence cadence, const WorkingHours &hours)
{
    if (auto member = mustBeMember(self); !member)
        return member;
    if (!hours.valid())
        return fail(tr("Choose at least one working day, and working hours at least 30 minutes long (the start before the end)."));
    return m_db.transaction([&]() -> Result<void> {
        auto written = m_db.exec(QStringLiteral("UPDATE oneonone_members SET cadence = :c, work_days = :d, work_start = :s, work_end = :e "
                                                "WHERE person_id = :p"),
            {{QStringLiteral(":p"), self.person().id}, {QStringLiteral(":c"), key(cadence)}, {QStringLiteral(":d"), hours.daysText()},
                {QStringLiteral(":s"), hours.start.toString(QStringLiteral("HH:mm"))},
                {QStringLiteral(":e"), hours.end.toString(QStringLiteral("HH:mm"))}},
            tr("saving your one-to-one settings"));
        if (!written)
            return written.error();
        return audit(self, QStringLiteral("oneonones-changed"), {{QStringLiteral("cadence"), key(cadence)}});
    });
}

Result<void> Members::snooze(const consent::Session &self, QDate until)
{
    if (auto member = mustBeMember(self); !member)
        return member;
    const QDate today = m_db.clock().today();
    if (until.isValid() && until <= today)
        return fail(tr("Choose a day after today to snooze until, or end the snooze."));
    if (until.isValid() && until > today.addYears(1))
        return fail(tr("Snooze for at most a year; to stop for longer, leave the one-to-ones (you can join again at any time)."));
    return m_db.transaction([&]() -> Result<void> {
        auto written = m_db.exec(QStringLiteral("UPDATE oneonone_members SET snoozed_until = :u WHERE person_id = :p"),
            {{QStringLiteral(":p"), self.person().id},
                {QStringLiteral(":u"), until.isValid() ? QVariant(until.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString))}},
            tr("snoozing your one-to-ones"));
        if (!written)
            return written.error();
        return audit(
            self, QStringLiteral("oneonones-snoozed"), {{QStringLiteral("until"), until.isValid() ? until.toString(Qt::ISODate) : QString()}});
    });
}

Result<void> Members::stay(const consent::Session &self)
{
    if (auto member = mustBeMember(self); !member)
        return member;
    return m_db.transaction([&]() -> Result<void> {
        // Skips before this answer no longer count towards the next pause.
        auto written = m_db.exec(QStringLiteral("UPDATE oneonone_members SET paused = 0, skips_count_from = :n WHERE person_id = :p"),
            {{QStringLiteral(":p"), self.person().id}, {QStringLiteral(":n"), storage::storedTime(m_db.clock().now())}}, tr("saving your answer"));
        if (!written)
            return written.error();
        return audit(self, QStringLiteral("oneonones-stayed"));
    });
}

Result<std::vector<Members::PrivateEntry>> Members::privateList(const consent::Session &self) const
{
    auto sealed = m_db.scalar(QStringLiteral("SELECT private_list FROM oneonone_members WHERE person_id = :p"),
        {{QStringLiteral(":p"), self.person().id}}, tr("reading your do-not-pair list"));
    if (!sealed)
        return sealed.error();
    std::vector<PrivateEntry> entries;
    const QByteArray bytes = sealed->toByteArray();
    if (bytes.isEmpty())
        return entries;
    auto plain = consent::open(self.dataKey(), bytes, listContext(self.person().id));
    if (!plain)
        return fail(tr("Your do-not-pair list could not be opened: %1").arg(plain.error().message));
    const QJsonArray array = QJsonDocument::fromJson(*plain).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        entries.push_back({object.value(QStringLiteral("colleague")).toInteger(), object.value(QStringLiteral("entry")).toString()});
    }
    return entries;
}

Result<std::vector<qint64>> Members::doNotPair(const consent::Session &self) const
{
    auto entries = privateList(self);
    if (!entries)
        return entries.error();
    std::vector<qint64> colleagues;
    for (const PrivateEntry &entry : *entries)
        colleagues.push_back(entry.colleague);
    return colleagues;
}

Result<void> Members::setDoNotPair(const consent::Session &self, const std::vector<qint64> &wanted)
{
    if (auto member = mustBeMember(self); !member)
        return member;
    std::vector<qint64> colleagues = wanted;
    std::sort(colleagues.begin(), colleagues.end());
    colleagues.erase(std::unique(colleagues.begin(), colleagues.end()), colleagues.end());
    if (std::find(colleagues.begin(), colleagues.end(), self.person().id) != colleagues.end())
        return fail(tr("You cannot put yourself on your own do-not-pair list."));
    if (int(colleagues.size()) > kLongestDoNotPairList)
        return fail(tr("A do-not-pair list holds at most %1 colleagues.").arg(kLongestDoNotPairList));
    for (qint64 colleague : colleagues) {
        auto known
            = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM people WHERE id = :p"), {{QStringLiteral(":p"), colleague}}, tr("reading the team"));
        if (!known)
            return known.error();
        if (known->toInt() == 0)
            return fail(tr("One of the colleagues chosen is no longer in the team. Open the list again and choose once more."));
    }
    auto current = privateList(self);
    if (!current)
        return current.error();
    return m_db.transaction([&]() -> Result<void> {
        QJsonArray kept;
        for (const PrivateEntry &entry : *current) {
            if (std::binary_search(colleagues.begin(), colleagues.end(), entry.colleague)) {
                kept.append(QJsonObject{{QStringLiteral("colleague"), entry.colleague}, {QStringLiteral("entry"), entry.entryKey}});
                continue;
            }
            auto removed = m_db.exec(QStringLiteral("DELETE FROM oneonone_do_not_pair WHERE entry_key = :k"),
                {{QStringLiteral(":k"), entry.entryKey}}, tr("changing your do-not-pair list"));
            if (!removed)
                return removed.error();
        }
        for (qint64 colleague : colleagues) {
            const bool already = std::any_of(current->begin(), current->end(), [&](const PrivateEntry &e) { return e.colleague == colleague; });
            if (already)
                continue;
            auto token = pairToken(self.person().id, colleague);
            if (!token)
                return token.error();
            const QString entryKey = QString::fromLatin1(consent::randomBytes(16).toHex());
            auto added = m_db.exec(QStringLiteral("INSERT INTO oneonone_do_not_pair (entry_key, token) VALUES (:k, :t)"),
                {{QStringLiteral(":k"), entryKey}, {QStringLiteral(":t"), *token}}, tr("changing your do-not-pair list"));
            if (!added)
                return added.error();
            kept.append(QJsonObject{{QStringLiteral("colleague"), colleague}, {QStringLiteral("entry"), entryKey}});
        }
        const QByteArray sealed = consent::seal(self.dataKey(), QJsonDocument(kept).toJson(QJsonDocument::Compact), listContext(self.person().id));
        auto stored = m_db.exec(QStringLiteral("UPDATE oneonone_members SET private_list = :l WHERE person_id = :p"),
            {{QStringLiteral(":l"), sealed}, {QStringLiteral(":p"), self.person().id}}, tr("saving your do-not-pair list"));
        if (!stored)
            return stored.error();
        // The count, sealed to them alone like every private entry: nobody learns whom.
        return audit(self, QStringLiteral("oneonones-do-not-pair-changed"), {{QStringLiteral("entries"), kept.size()}});
    });
}

Result<void> Members::forgetDoNotPair(const consent::Session &self)
{
    auto entries = privateList(self);
    if (!entries)
        return entries.error();
    return m_db.transaction([&]() -> Result<void> {
        for (const PrivateEntry &entry : *entries) {
            auto removed = m_db.exec(QStringLiteral("DELETE FROM oneonone_do_not_pair WHERE entry_key = :k"),
                {{QStringLiteral(":k"), entry.entryKey}}, tr("changing your do-not-pair list"));
            if (!removed)
                return removed.error();
        }
        auto cleared = m_db.exec(QStringLiteral("UPDATE oneonone_members SET private_list = NULL WHERE person_id = :p"),
            {{QStringLiteral(":p"), self.person().id}}, tr("saving your do-not-pair list"));
        if (!cleared)
            return cleared.error();
        return {};
    });
}

QByteArray Members::PairTokens::of(qint64 a, qint64 b) const
{
    return consent::keyedHash(m_key, tokenInput(a, b));
}

Result<std::optional<Members::PairTokens>> Members::pairTokens() const
{
    auto stored = m_db.scalar(QStringLiteral("SELECT pair_key FROM oneonone_settings WHERE id = 1"), {}, tr("reading the pairing key"));
    if (!stored)
        return stored.error();
    QByteArray bytes = stored->toByteArray();
    if (bytes.isEmpty())
        return std::optional<PairTokens>();
    auto key = consent::SecretKey::fromBytes(bytes);
    consent::wipe(bytes);
    if (!key)
        return key.error();
    return std::optional<PairTokens>(PairTokens(std::move(*key)));
}

Result<QByteArray> Members::pairToken(qint64 a, qint64 b)
{
    auto existing = pairTokens();
    if (!existing)
        return existing.error();
    if (*existing)
        return (*existing)->of(a, b);
    consent::SecretKey fresh = consent::SecretKey::random();
    QByteArray bytes = fresh.exposeForWrapping();
    auto written = m_db.exec(
        QStringLiteral("INSERT INTO oneonone_settings (id, pair_key) VALUES (1, :k)"), {{QStringLiteral(":k"), bytes}}, tr("making the pairing key"));
    consent::wipe(bytes);
    if (!written)
        return written.error();
    return PairTokens(std::move(fresh)).of(a, b);
}

Result<std::set<QByteArray>> Members::tokens() const
{
    auto rows = m_db.exec(QStringLiteral("SELECT token FROM oneonone_do_not_pair"), tr("reading the do-not-pair tokens"));
    if (!rows)
        return rows.error();
    std::set<QByteArray> tokens;
    while (rows->next())
        tokens.insert(rows->value(0).toByteArray());
    return tokens;
}

Result<bool> Members::pauseAfterSkips(qint64 personId)
{
    // Only meetings that start after they joined, or last said they would stay, count.
    auto marks = m_db.exec(QStringLiteral("SELECT a.mark FROM oneonone_attendees a JOIN oneonone_meetings m ON m.id = a.meeting_id "
                                          "JOIN oneonone_members o ON o.person_id = a.person_id "
                                          "WHERE a.person_id = :p AND a.mark <> 'open' AND m.starts_at > o.skips_count_from "
                                          "ORDER BY m.starts_at DESC, m.id DESC"),
        {{QStringLiteral(":p"), personId}}, tr("reading your one-to-ones"));
    if (!marks)
        return marks.error();
    int skipsInARow = 0;
    while (marks->next() && marks->value(0).toString() == QLatin1String("skipped") && skipsInARow < kSkipsBeforePause)
        ++skipsInARow;
    if (skipsInARow < kSkipsBeforePause)
        return false;
    auto paused = m_db.exec(QStringLiteral("UPDATE oneonone_members SET paused = 1 WHERE person_id = :p AND active = 1 AND paused = 0"),
        {{QStringLiteral(":p"), personId}}, tr("pausing your one-to-ones"));
    if (!paused)
        return paused.error();
    return paused->numRowsAffected() > 0;
}

Result<void> Members::audit(const consent::Session &self, const QString &action, const QJsonObject &details)
{
    auto logged = consent::AuditLog(m_db).appendPrivate(self.person().id, action, details);
    if (!logged)
        return logged.error();
    return {};
}

} // namespace consentric::oneonones
