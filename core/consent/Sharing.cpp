#include "consent/Sharing.h"

#include "consent/AuditLog.h"
#include "consent/ContactVault.h"
#include "contacts/CompanyName.h"
#include "contacts/ContactStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace consentric::consent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::consent::Sharing", text);
}

} // namespace

Result<int> Sharing::setLevel(const Session &employee, const QList<qint64> &connectionIds, Level level, PersonalConfirmation confirmation)
{
    const qint64 employeeId = employee.person().id;
    int changed = 0;
    QJsonArray changedIds;
    ContactVault vault(m_db);
    auto done = m_db.transaction([&]() -> Result<void> {
        auto lookup = m_db.prepare(
            QStringLiteral("SELECT employee_id, context, level, contact_id FROM connections WHERE id = :id"), tr("reading a connection"));
        auto update = m_db.prepare(QStringLiteral("UPDATE connections SET level = :l WHERE id = :id"), tr("changing a sharing level"));
        if (!lookup)
            return lookup.error();
        if (!update)
            return update.error();
        for (qint64 id : connectionIds) {
            lookup->bindValue(QStringLiteral(":id"), id);
            if (auto ran = m_db.run(*lookup, tr("reading a connection")); !ran)
                return ran.error();
            if (!lookup->next() || lookup->value(0).toLongLong() != employeeId)
                return fail(tr("Connection %1 is not one of your connections; nothing was changed.").arg(id));
            const auto context = contextFromKey(lookup->value(1).toString()).value_or(Context::Personal);
            const bool alreadyThere = lookup->value(2).toString() == key(level);
            const qint64 contactId = lookup->value(3).toLongLong();
            lookup->finish();
            if (alreadyThere)
                continue;
            if (context != Context::Professional && level != Level::Private) {
                if (connectionIds.size() != 1)
                    return fail(tr("Connection %1 is %2: personal and family connections leave private one at a time. Nothing was changed; choose it "
                                   "on its own and confirm.")
                                    .arg(id)
                                    .arg(label(context)));
                if (confirmation != PersonalConfirmation::Given)
                    return fail(
                        tr("Connection %1 is %2: confirm that the business may see it before it leaves private.").arg(id).arg(label(context)));
            }
            // The details move to where this level keeps them (see ContactVault).
            auto details = vault.read(employee, contactId);
            if (!details)
                return details.error();
            if (auto stored = vault.store(employee, contactId, *details, level); !stored)
                return stored.error();
            update->bindValue(QStringLiteral(":l"), key(level));
            update->bindValue(QStringLiteral(":id"), id);
            if (auto ran = m_db.run(*update, tr("changing a sharing level")); !ran)
                return ran.error();
            ++changed;
            changedIds.append(id);
        }
        // The employee's own decision: the details are sealed to them; the owner reads
        // "private entry".
        if (changed > 0) {
            const QJsonObject details{{QStringLiteral("connections"), changedIds}, {QStringLiteral("level"), key(level)}};
            if (auto logged = AuditLog(m_db).appendPrivate(employeeId, QStringLiteral("level-changed"), details); !logged)
                return logged.error();
        }
        return {};
    });
    if (!done)
        return done.error();
    // Details that were readable (shared) and no longer are: overwritten in the file
    // (secure_delete), and their old page images dropped from the write-ahead log.
    if (changed > 0 && level != Level::Shared) {
        if (auto cleared = m_db.clearWriteAheadLog(); !cleared)
            return cleared.error();
    }
    return changed;
}

Result<BulkShare> Sharing::bulk(const Session &employee, const QString &companyKey, Level level)
{
    // Company names of private contacts are sealed, so the match is made here, in memory.
    auto own = contacts::ContactStore(m_db).ownConnections(employee);
    if (!own)
        return own.error();
    QList<qint64> professional;
    BulkShare result;
    for (const contacts::OwnConnection &c : *own) {
        if (!companyKey.isNull() && contacts::normaliseCompanyName(c.details.company) != companyKey)
            continue;
        if (c.context == Context::Professional)
            professional << c.id;
        else
            ++result.personalLeftAlone;
    }
    std::sort(professional.begin(), professional.end());
    auto changed = setLevel(employee, professional, level);
    if (!changed)
        return changed.error();
    result.changed = *changed;
    return result;
}

Result<BulkShare> Sharing::setLevelForCompany(const Session &employee, const QString &company, Level level)
{
    const QString key = contacts::normaliseCompanyName(company);
    if (key.isEmpty())
        return fail(tr("Name a company, for example --company \"Acme Inc.\"."));
    return bulk(employee, key, level);
}

Result<BulkShare> Sharing::setLevelForAllProfessional(const Session &employee, Level level)
{
    return bulk(employee, QString(), level);
}

} // namespace consentric::consent
