#include "consent/BusinessView.h"

#include "consent/AuditLog.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <map>

namespace consentric::consent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::consent::BusinessView", text);
}

// The one condition under which a connection counts for the business.
const char kCounts[] = "n.level IN ('discoverable', 'shared') AND p.participating = 1 AND p.status = 'active'";

Result<void> mustRunTheProgram(const Session &session)
{
    if (!session.runsTheProgram())
        return fail(
            tr("%1 is not the owner or an admin, so the business's views are not available. Sign in as the owner.").arg(session.person().email));
    return {};
}

QJsonValue jsonCount(const metrics::SuppressedCount &count)
{
    return count.suppressed() ? QJsonValue(count.toString()) : QJsonValue(*count.value());
}

} // namespace

Result<std::vector<CompanyReach>> BusinessView::computeCompanies(std::optional<qint64> contributor) const
{
    auto rows = m_db.exec(QStringLiteral("SELECT co.id, co.name, co.normalised, c.pseudonym, c.id, n.employee_id "
                                         "FROM connections n JOIN contacts c ON c.id = n.contact_id JOIN people p ON p.id = n.employee_id "
                                         "JOIN companies co ON co.id = c.company_id WHERE ")
            + QLatin1String(kCounts),
        tr("counting the team's reach"));
    if (!rows)
        return rows.error();
    // Raw figures stay inside this function; employee counts leave it suppressed.
    struct Raw
    {
        QString name;
        QString normalised;
        QSet<QByteArray> contacts;
        QSet<qint64> employees;
        QSet<QByteArray> yours;
    };
    std::map<QString, Raw> byCompany; // by normalised name: "ACME, Inc" is "Acme Inc."
    while (rows->next()) {
        const QString normalised = rows->value(2).toString();
        Raw &raw = byCompany[normalised];
        if (raw.name.isEmpty())
            raw.name = rows->value(1).toString();
        raw.normalised = normalised;
        // Without a pseudonym (its employee has no key yet) a contact counts on its own.
        const QByteArray identity = rows->value(3).isNull() ? "row:" + rows->value(4).toByteArray() : rows->value(3).toByteArray();
        raw.contacts.insert(identity);
        const qint64 employee = rows->value(5).toLongLong();
        raw.employees.insert(employee);
        if (contributor && employee == *contributor)
            raw.yours.insert(identity);
    }
    std::vector<CompanyReach> list;
    for (const auto &[normalised, raw] : byCompany) {
        if (contributor && raw.yours.isEmpty())
            continue;
        CompanyReach reach;
        reach.company = raw.name;
        reach.normalised = normalised;
        reach.contacts = raw.contacts.size();
        reach.teamMembers = metrics::SuppressedCount::ofPeople(raw.employees.size());
        reach.yourContacts = raw.yours.size();
        list.push_back(std::move(reach));
    }
    std::sort(list.begin(), list.end(), [](const CompanyReach &a, const CompanyReach &b) {
        return a.contacts != b.contacts ? a.contacts > b.contacts : a.normalised < b.normalised;
    });
    return list;
}

Result<std::vector<SharedConnection>> BusinessView::computeShared(std::optional<qint64> employee) const
{
    QString sql = QStringLiteral("SELECT n.id, p.id, p.name, c.display_name, c.email, c.phone, c.profile_url, COALESCE(co.name, ''), c.title, "
                                 "n.context, n.strength FROM connections n JOIN contacts c ON c.id = n.contact_id "
                                 "JOIN people p ON p.id = n.employee_id LEFT JOIN companies co ON co.id = c.company_id "
                                 "WHERE n.level = 'shared' AND p.participating = 1 AND p.status = 'active'");
    storage::Binds binds;
    if (employee) {
        sql += QStringLiteral(" AND p.id = :e");
        binds.emplace_back(QStringLiteral(":e"), *employee);
    }
    auto rows = m_db.exec(sql + QStringLiteral(" ORDER BY p.name, c.display_name, n.id"), binds, tr("reading shared connections"));
    if (!rows)
        return rows.error();
    std::vector<SharedConnection> list;
    while (rows->next()) {
        SharedConnection s;
        s.connectionId = rows->value(0).toLongLong();
        s.employeeId = rows->value(1).toLongLong();
        s.employee = rows->value(2).toString();
        s.name = rows->value(3).toString();
        s.email = rows->value(4).toString();
        s.phone = rows->value(5).toString();
        s.profileUrl = rows->value(6).toString();
        s.company = rows->value(7).toString();
        s.title = rows->value(8).toString();
        s.context = contextFromKey(rows->value(9).toString()).value_or(Context::Professional);
        s.strength = rows->value(10).toInt();
        list.push_back(std::move(s));
    }
    return list;
}

Result<std::vector<CompanyReach>> BusinessView::companies(const Session &owner) const
{
    if (auto ok = mustRunTheProgram(owner); !ok)
        return ok.error();
    return computeCompanies(std::nullopt);
}

Result<std::vector<SharedConnection>> BusinessView::sharedConnections(const Session &owner) const
{
    if (auto ok = mustRunTheProgram(owner); !ok)
        return ok.error();
    auto list = computeShared(std::nullopt);
    if (!list)
        return list;
    // Reading what employees shared is itself recorded (ids and a count only).
    auto logged = AuditLog(m_db).append(
        owner.person().id, std::nullopt, QStringLiteral("read-shared"), {{QStringLiteral("connections"), qint64(list->size())}});
    if (!logged)
        return logged.error();
    return list;
}

Result<BusinessPreview> BusinessView::preview(const Session &employee) const
{
    const qint64 id = employee.person().id;
    BusinessPreview preview;
    auto person = People(m_db).byId(id);
    if (!person)
        return person.error();
    preview.participating = person->has_value() && (*person)->participating && (*person)->status == Status::Active;
    TeamOverview team(m_db);
    auto members = team.members();
    if (!members)
        return members.error();
    for (const TeamMember &m : *members) {
        if (m.id == id)
            preview.member = m;
    }
    auto departments = team.departments();
    if (!departments)
        return departments.error();
    for (const DepartmentSummary &d : *departments) {
        if (preview.member && d.department == preview.member->department)
            preview.department = d;
    }
    auto companies = computeCompanies(id);
    if (!companies)
        return companies.error();
    preview.companies = std::move(*companies);
    auto shared = computeShared(id);
    if (!shared)
        return shared.error();
    preview.shared = std::move(*shared);
    return preview;
}

QJsonObject BusinessView::toJson(const CompanyReach &reach, bool withYours)
{
    QJsonObject o{{QStringLiteral("company"), reach.company}, {QStringLiteral("normalised"), reach.normalised},
        {QStringLiteral("contacts"), reach.contacts}, {QStringLiteral("team_members"), jsonCount(reach.teamMembers)}};
    if (withYours)
        o.insert(QStringLiteral("yours"), reach.yourContacts);
    return o;
}

QJsonObject BusinessView::toJson(const SharedConnection &s)
{
    return {{QStringLiteral("connection"), s.connectionId}, {QStringLiteral("employee"), s.employee}, {QStringLiteral("name"), s.name},
        {QStringLiteral("email"), s.email}, {QStringLiteral("phone"), s.phone}, {QStringLiteral("profile_url"), s.profileUrl},
        {QStringLiteral("company"), s.company}, {QStringLiteral("title"), s.title}, {QStringLiteral("context"), key(s.context)},
        {QStringLiteral("strength"), s.strength}};
}

QJsonObject BusinessView::toJson(const BusinessPreview &preview)
{
    QJsonObject o{{QStringLiteral("participating"), preview.participating}};
    if (preview.member) {
        o.insert(QStringLiteral("team_row"),
            QJsonObject{{QStringLiteral("name"), preview.member->name}, {QStringLiteral("department"), preview.member->department},
                {QStringLiteral("role"), key(preview.member->role)},
                {QStringLiteral("status"), preview.member->status == Status::Active ? QStringLiteral("active") : QStringLiteral("left")},
                {QStringLiteral("shared_connections"), preview.member->sharedConnections}});
    }
    if (preview.department) {
        o.insert(QStringLiteral("department_row"),
            QJsonObject{{QStringLiteral("department"), preview.department->department},
                {QStringLiteral("active_people"), preview.department->activePeople},
                {QStringLiteral("participants"), jsonCount(preview.department->participants)},
                {QStringLiteral("discoverable_connections"), jsonCount(preview.department->discoverableConnections)}});
    }
    QJsonArray companies;
    for (const CompanyReach &c : preview.companies)
        companies.append(toJson(c, true));
    o.insert(QStringLiteral("companies"), companies);
    QJsonArray shared;
    for (const SharedConnection &s : preview.shared)
        shared.append(toJson(s));
    o.insert(QStringLiteral("shared"), shared);
    return o;
}

} // namespace consentric::consent
