#include "consent/Sharing.h"

#include "consent/AuditLog.h"
#include "contacts/CompanyName.h"
#include "storage/Database.h"

#include <QCoreApplication>

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
    auto done = m_db.transaction([&]() -> Result<void> {
        auto lookup = m_db.prepare(QStringLiteral("SELECT employee_id, context, level FROM connections WHERE id = :id"), tr("reading a connection"));
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
            update->bindValue(QStringLiteral(":l"), key(level));
            update->bindValue(QStringLiteral(":id"), id);
            if (auto ran = m_db.run(*update, tr("changing a sharing level")); !ran)
                return ran.error();
            ++changed;
        }
        // The employee's own decision: logged, with nothing the owner can read.
        if (changed > 0) {
            if (auto logged = AuditLog(m_db).appendPrivate(employeeId); !logged)
                return logged.error();
        }
        return {};
    });
    if (!done)
        return done.error();
    return changed;
}

Result<void> Sharing::setParticipating(const Session &employee, bool participating)
{
    const qint64 employeeId = employee.person().id;
    return m_db.transaction([&]() -> Result<void> {
        auto updated = m_db.exec(QStringLiteral("UPDATE people SET participating = :p WHERE id = :id AND status = 'active'"),
            {{QStringLiteral(":p"), participating ? 1 : 0}, {QStringLiteral(":id"), employeeId}}, tr("changing participation"));
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() != 1)
            return fail(tr("Only an active member of the team can join or leave the program."));
        if (auto logged = AuditLog(m_db).appendPrivate(employeeId); !logged)
            return logged.error();
        return {};
    });
}

Result<BulkShare> Sharing::bulk(const Session &employee, const QString &companyKey, Level level)
{
    QString sql = QStringLiteral("SELECT n.id, n.context FROM connections n JOIN contacts c ON c.id = n.contact_id "
                                 "LEFT JOIN companies co ON co.id = c.company_id WHERE n.employee_id = :e");
    storage::Binds binds{{QStringLiteral(":e"), employee.person().id}};
    if (!companyKey.isNull()) {
        sql += QStringLiteral(" AND co.normalised = :k");
        binds.emplace_back(QStringLiteral(":k"), companyKey);
    }
    auto rows = m_db.exec(sql + QStringLiteral(" ORDER BY n.id"), binds, tr("finding your connections"));
    if (!rows)
        return rows.error();
    QList<qint64> professional;
    BulkShare result;
    while (rows->next()) {
        if (rows->value(1).toString() == key(Context::Professional))
            professional << rows->value(0).toLongLong();
        else
            ++result.personalLeftAlone;
    }
    rows->finish();
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
