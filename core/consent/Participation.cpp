#include "consent/Participation.h"

#include "consent/AuditLog.h"
#include "policy/ConnectionPolicy.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>

namespace consentric::consent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::consent::Participation", text);
}

} // namespace

QString Participation::hashOf(const LedgerEntry &e)
{
    const QString text = e.prevHash + QLatin1Char('\n') + QString::number(e.id) + QLatin1Char('\n') + QString::number(e.personId) + QLatin1Char('\n')
        + e.at.toUTC().toString(Qt::ISODate) + QLatin1Char('\n') + e.action + QLatin1Char('\n') + e.policyVersion;
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Blake2b_256).toHex());
}

Result<std::vector<LedgerEntry>> Participation::all() const
{
    auto rows = m_db.exec(QStringLiteral("SELECT id, person_id, at, action, policy_version, prev_hash, hash FROM consent_ledger ORDER BY id"),
        tr("reading the consent ledger"));
    if (!rows)
        return rows.error();
    std::vector<LedgerEntry> list;
    while (rows->next()) {
        LedgerEntry e;
        e.id = rows->value(0).toLongLong();
        e.personId = rows->value(1).toLongLong();
        e.at = QDateTime::fromString(rows->value(2).toString(), Qt::ISODate);
        e.action = rows->value(3).toString();
        e.policyVersion = rows->value(4).toString();
        e.prevHash = rows->value(5).toString();
        e.hash = rows->value(6).toString();
        list.push_back(std::move(e));
    }
    return list;
}

Result<void> Participation::verify() const
{
    auto list = all();
    if (!list)
        return list.error();
    QString previous = AuditLog::genesisHash();
    qint64 expectedId = 1;
    for (const LedgerEntry &e : *list) {
        if (e.id != expectedId || e.prevHash != previous || hashOf(e) != e.hash)
            return fail(tr("The consent ledger was changed outside Consentric at row %1, so nothing was changed. Restore a backup, and run "
                           "“consentric audit --verify” to see what else was touched.")
                            .arg(e.id));
        previous = e.hash;
        ++expectedId;
    }
    return {};
}

Result<std::vector<LedgerEntry>> Participation::ledger(const Session &employee) const
{
    if (auto ok = verify(); !ok)
        return ok.error();
    auto list = all();
    if (!list)
        return list;
    std::erase_if(*list, [&](const LedgerEntry &e) { return e.personId != employee.person().id; });
    return list;
}

Result<void> Participation::record(qint64 personId, const QString &action, const QString &policyVersion)
{
    const bool participating = action != QLatin1String("opted-out");
    return m_db.transaction([&]() -> Result<void> {
        if (m_db.engine() == storage::Engine::Postgres) {
            if (auto locked = m_db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7405623)"), tr("locking the consent ledger")); !locked)
                return locked.error();
        }
        if (auto ok = verify(); !ok)
            return ok;
        if (action == QLatin1String("acknowledged")) {
            auto taking = takesPart(personId);
            if (!taking)
                return taking.error();
            if (!*taking)
                return fail(tr("Only a member of the program acknowledges a new policy version; to take part, join the program on the Policy page."));
        } else {
            auto updated = m_db.exec(QStringLiteral("UPDATE people SET participating = :p WHERE id = :id AND status = 'active'"),
                {{QStringLiteral(":p"), participating ? 1 : 0}, {QStringLiteral(":id"), personId}}, tr("changing participation"));
            if (!updated)
                return updated.error();
            if (updated->numRowsAffected() != 1)
                return fail(tr("Only an active member of the team can join or leave the program."));
        }
        auto last = m_db.exec(QStringLiteral("SELECT id, hash FROM consent_ledger ORDER BY id DESC LIMIT 1"), tr("reading the consent ledger"));
        if (!last)
            return last.error();
        LedgerEntry e;
        e.id = 1;
        e.prevHash = AuditLog::genesisHash();
        if (last->next()) {
            e.id = last->value(0).toLongLong() + 1;
            e.prevHash = last->value(1).toString();
        }
        last->finish();
        e.personId = personId;
        e.at = m_db.clock().now().toUTC();
        e.at.setTime(QTime(e.at.time().hour(), e.at.time().minute(), e.at.time().second()));
        e.action = action;
        e.policyVersion = policyVersion;
        e.hash = hashOf(e);
        auto inserted = m_db.exec(QStringLiteral("INSERT INTO consent_ledger (id, person_id, at, action, policy_version, prev_hash, hash) "
                                                 "VALUES (:id, :p, :at, :a, :v, :ph, :h)"),
            {{QStringLiteral(":id"), e.id}, {QStringLiteral(":p"), personId}, {QStringLiteral(":at"), e.at.toString(Qt::ISODate)},
                {QStringLiteral(":a"), e.action}, {QStringLiteral(":v"), storage::notNull(e.policyVersion)}, {QStringLiteral(":ph"), e.prevHash},
                {QStringLiteral(":h"), e.hash}},
            tr("writing to the consent ledger"));
        if (!inserted)
            return inserted.error();
        QJsonObject details{{QStringLiteral("ledger"), e.id}};
        if (!policyVersion.isEmpty())
            details.insert(QStringLiteral("policy"), policyVersion);
        if (auto logged = AuditLog(m_db).appendPrivate(personId, e.action, details); !logged)
            return logged.error();
        if (!participating) {
            // Leaving cancels every request still waiting for this person's answer, silently:
            // not a decline, no cool-down, nothing the owner sees but the request's expiry.
            auto cancelled
                = m_db.exec(QStringLiteral("UPDATE request_recipients SET status = 'cancelled' WHERE employee_id = :p AND status = 'pending'"),
                    {{QStringLiteral(":p"), personId}}, tr("cancelling pending requests"));
            if (!cancelled)
                return cancelled.error();
        }
        return {};
    });
}

Result<QString> Participation::checkVersion(const QString &acknowledgedVersion) const
{
    auto policy = policy::PolicyStore(m_db).current();
    if (!policy)
        return policy.error();
    if (policy->sections.empty())
        return fail(tr("The connection policy is missing from this build of Consentric; reinstall it."));
    if (acknowledgedVersion != policy->version)
        return fail(tr("The connection policy is now version %1, not %2. Read the current version first.").arg(policy->version, acknowledgedVersion));
    return policy->version;
}

Result<void> Participation::optIn(const Session &employee, const QString &acknowledgedVersion)
{
    auto version = checkVersion(acknowledgedVersion);
    if (!version)
        return version.error();
    return record(employee.person().id, QStringLiteral("opted-in"), *version);
}

Result<void> Participation::acknowledge(const Session &employee, const QString &acknowledgedVersion)
{
    auto version = checkVersion(acknowledgedVersion);
    if (!version)
        return version.error();
    auto already = policy::PolicyStore(m_db).acknowledgedVersion(employee.person().id);
    if (!already)
        return already.error();
    // Once is enough for a participant; anyone else is refused by record().
    if (*already == *version) {
        auto taking = takesPart(employee.person().id);
        if (!taking)
            return taking.error();
        if (*taking)
            return {};
    }
    return record(employee.person().id, QStringLiteral("acknowledged"), *version);
}

Result<void> Participation::optOut(const Session &employee)
{
    return record(employee.person().id, QStringLiteral("opted-out"), {});
}

Result<bool> Participation::takesPart(qint64 personId) const
{
    auto taking = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM people WHERE id = :p AND status = 'active' AND participating = 1"),
        {{QStringLiteral(":p"), personId}}, tr("reading participation"));
    if (!taking)
        return taking.error();
    return taking->toLongLong() == 1;
}

Result<void> Participation::recordErasure(qint64 personId)
{
    auto taking = takesPart(personId);
    if (!taking)
        return taking.error();
    if (!*taking)
        return {};
    return record(personId, QStringLiteral("opted-out"), {});
}

} // namespace consentric::consent
