#include "contacts/ContactStore.h"

#include "contacts/CompanyName.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace consentric::contacts {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::contacts::ContactStore", text);
}

QString displayNameOf(const ContactInput &input)
{
    QString name = input.displayName.simplified();
    if (name.isEmpty())
        name = QString(input.givenName.simplified() + QLatin1Char(' ') + input.familyName.simplified()).trimmed();
    if (name.isEmpty())
        name = input.email.trimmed();
    return name;
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

Result<qint64> ContactStore::companyId(const QString &name)
{
    const QString trimmed = name.simplified();
    if (auto it = m_companyCache.constFind(trimmed); it != m_companyCache.constEnd())
        return *it;
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM companies WHERE name = :n"), {{QStringLiteral(":n"), trimmed}}, tr("finding a company"));
    if (!id)
        return id.error();
    qint64 value = 0;
    if (id->isValid()) {
        value = id->toLongLong();
    } else {
        auto inserted = m_db.insert(QStringLiteral("INSERT INTO companies (name, normalised) VALUES (:n, :k)"),
            {{QStringLiteral(":n"), trimmed}, {QStringLiteral(":k"), normaliseCompanyName(trimmed)}}, tr("adding a company"));
        if (!inserted)
            return inserted.error();
        value = *inserted;
    }
    m_companyCache.insert(trimmed, value);
    return value;
}

Result<QList<qint64>> ContactStore::addConnections(const consent::Session &employee, const std::vector<ContactInput> &contacts)
{
    const qint64 employeeId = employee.person().id;
    QList<qint64> ids;
    ids.reserve(static_cast<qsizetype>(contacts.size()));
    // A failed transaction may have cached companies that were rolled back.
    const QHash<QString, qint64> cacheBefore = m_companyCache;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto status = m_db.scalar(
            QStringLiteral("SELECT status FROM people WHERE id = :id"), {{QStringLiteral(":id"), employeeId}}, tr("checking the employee"));
        if (!status)
            return status.error();
        if (!status->isValid() || status->toString() != QLatin1String("active"))
            return fail(tr("Connections can only be added for an active member of the team."));
        auto contactInsert = m_db.prepare(
            QStringLiteral(
                "INSERT INTO contacts (owner_id, display_name, given_name, family_name, email, phone, profile_url, company_id, title, notes) "
                "VALUES (:o, :dn, :g, :f, :e, :p, :u, :c, :t, :n) RETURNING id"),
            tr("adding a contact"));
        auto connectionInsert
            = m_db.prepare(QStringLiteral("INSERT INTO connections (employee_id, contact_id, context, strength, level, connected_on, source) "
                                          "VALUES (:e, :c, :x, :s, 'private', :d, :src) RETURNING id"),
                tr("adding a connection"));
        if (!contactInsert)
            return contactInsert.error();
        if (!connectionInsert)
            return connectionInsert.error();
        int index = 0;
        for (const ContactInput &input : contacts) {
            ++index;
            const QString name = displayNameOf(input);
            if (name.isEmpty())
                return fail(tr("Contact %1 has neither a name nor an email address; give it one of them.").arg(index));
            if (input.strength < 1 || input.strength > 5)
                return fail(tr("The strength of “%1” must be between 1 and 5.").arg(name));
            QVariant company{QMetaType(QMetaType::LongLong)};
            if (!input.company.simplified().isEmpty()) {
                auto id = companyId(input.company);
                if (!id)
                    return id.error();
                company = *id;
            }
            contactInsert->bindValue(QStringLiteral(":o"), employeeId);
            contactInsert->bindValue(QStringLiteral(":dn"), name);
            contactInsert->bindValue(QStringLiteral(":g"), storage::notNull(input.givenName.simplified()));
            contactInsert->bindValue(QStringLiteral(":f"), storage::notNull(input.familyName.simplified()));
            contactInsert->bindValue(QStringLiteral(":e"), storage::notNull(input.email.trimmed().toLower()));
            contactInsert->bindValue(QStringLiteral(":p"), storage::notNull(input.phone.trimmed()));
            contactInsert->bindValue(QStringLiteral(":u"), storage::notNull(input.profileUrl.trimmed()));
            contactInsert->bindValue(QStringLiteral(":c"), company);
            contactInsert->bindValue(QStringLiteral(":t"), storage::notNull(input.title.simplified()));
            contactInsert->bindValue(QStringLiteral(":n"), storage::notNull(input.notes));
            if (auto ran = m_db.run(*contactInsert, tr("adding a contact")); !ran)
                return ran.error();
            if (!contactInsert->next())
                return fail(tr("The database returned no id for the contact “%1”.").arg(name));
            const qint64 contactId = contactInsert->value(0).toLongLong();
            contactInsert->finish();

            connectionInsert->bindValue(QStringLiteral(":e"), employeeId);
            connectionInsert->bindValue(QStringLiteral(":c"), contactId);
            connectionInsert->bindValue(QStringLiteral(":x"), consent::key(input.context));
            connectionInsert->bindValue(QStringLiteral(":s"), input.strength);
            connectionInsert->bindValue(QStringLiteral(":d"), nullableText(input.connectedOn.toString(Qt::ISODate)));
            connectionInsert->bindValue(QStringLiteral(":src"), storage::notNull(input.source));
            if (auto ran = m_db.run(*connectionInsert, tr("adding a connection")); !ran)
                return ran.error();
            if (!connectionInsert->next())
                return fail(tr("The database returned no id for the connection to “%1”.").arg(name));
            ids << connectionInsert->value(0).toLongLong();
            connectionInsert->finish();
        }
        return {};
    });
    if (!done) {
        m_companyCache = cacheBefore;
        return done.error();
    }
    return ids;
}

Result<std::vector<OwnConnection>> ContactStore::ownConnections(const consent::Session &employee) const
{
    auto rows = m_db.exec(QStringLiteral("SELECT n.id, c.display_name, COALESCE(co.name, ''), c.title, n.context, n.strength, n.level "
                                         "FROM connections n JOIN contacts c ON c.id = n.contact_id "
                                         "LEFT JOIN companies co ON co.id = c.company_id WHERE n.employee_id = :e ORDER BY c.display_name, n.id"),
        {{QStringLiteral(":e"), employee.person().id}}, tr("reading your connections"));
    if (!rows)
        return rows.error();
    std::vector<OwnConnection> list;
    while (rows->next()) {
        OwnConnection c;
        c.id = rows->value(0).toLongLong();
        c.name = rows->value(1).toString();
        c.company = rows->value(2).toString();
        c.title = rows->value(3).toString();
        c.context = consent::contextFromKey(rows->value(4).toString()).value_or(consent::Context::Personal);
        c.strength = rows->value(5).toInt();
        c.level = consent::levelFromKey(rows->value(6).toString()).value_or(consent::Level::Private);
        list.push_back(std::move(c));
    }
    return list;
}

} // namespace consentric::contacts
