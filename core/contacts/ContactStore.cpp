#include "contacts/ContactStore.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace consentric::contacts {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::contacts::ContactStore", text);
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// YYYY-MM-DD, as QDate::toString(Qt::ISODate) writes it, without its cost per call (an
// import writes one per contact).
QString isoDate(QDate date)
{
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return date.toString(Qt::ISODate);
    const int y = date.year(), m = date.month(), d = date.day();
    const char text[10] = {char('0' + y / 1000), char('0' + y / 100 % 10), char('0' + y / 10 % 10), char('0' + y % 10), '-', char('0' + m / 10),
        char('0' + m % 10), '-', char('0' + d / 10), char('0' + d % 10)};
    return QString::fromLatin1(text, 10);
}

consent::ContactDetails detailsOf(const ContactInput &input, const QString &name)
{
    consent::ContactDetails d;
    d.displayName = name;
    d.givenName = input.givenName.simplified();
    d.familyName = input.familyName.simplified();
    d.email = input.email.trimmed().toLower();
    d.phone = input.phone.trimmed();
    d.profileUrl = input.profileUrl.trimmed();
    d.company = input.company.simplified();
    d.title = input.title.simplified();
    d.notes = input.notes;
    return d;
}

const char kSelectOwn[] = "SELECT n.id, c.id, c.sealed, n.context, n.strength, n.level, COALESCE(n.connected_on, ''), n.source "
                          "FROM connections n JOIN contacts c ON c.id = n.contact_id WHERE n.employee_id = :e";

} // namespace

QString ContactStore::displayNameOf(const ContactInput &input)
{
    QString name = input.displayName.simplified();
    if (name.isEmpty())
        name = QString(input.givenName.simplified() + QLatin1Char(' ') + input.familyName.simplified()).trimmed();
    if (name.isEmpty())
        name = input.email.trimmed();
    return name;
}

Result<QList<qint64>> ContactStore::addConnections(const consent::Session &employee, const std::vector<ContactInput> &contacts)
{
    const qint64 employeeId = employee.person().id;
    QList<qint64> ids;
    ids.reserve(static_cast<qsizetype>(contacts.size()));
    auto done = m_db.transaction([&]() -> Result<void> {
        auto status = m_db.scalar(
            QStringLiteral("SELECT status FROM people WHERE id = :id"), {{QStringLiteral(":id"), employeeId}}, tr("checking the employee"));
        if (!status)
            return status.error();
        if (!status->isValid() || status->toString() != QLatin1String("active"))
            return fail(tr("Connections can only be added for an active member of the team."));
        // Everything is checked before anything is written.
        std::vector<consent::ContactDetails> details;
        details.reserve(contacts.size());
        for (const ContactInput &input : contacts) {
            const QString name = displayNameOf(input);
            if (name.isEmpty())
                return fail(tr("Contact %1 has neither a name nor an email address; give it one of them.").arg(details.size() + 1));
            if (input.strength < 1 || input.strength > 5)
                return fail(tr("The strength of “%1” must be between 1 and 5.").arg(name));
            details.push_back(detailsOf(input, name));
        }
        // The ids are known before the rows are written, so that each contact goes in with
        // its sealed details (bound to its id) in one row of a multi-row INSERT. A new
        // contact is private: nothing readable goes in (see ContactVault).
        const auto count = qsizetype(contacts.size());
        auto contactIds = m_db.reserveIds(QStringLiteral("contacts"), count);
        if (!contactIds)
            return contactIds.error();
        auto connectionIds = m_db.reserveIds(QStringLiteral("connections"), count);
        if (!connectionIds)
            return connectionIds.error();
        QVariantList contactRows;
        contactRows.reserve(count * 3);
        QVariantList connectionRows;
        connectionRows.reserve(count * 7);
        for (qsizetype i = 0; i < count; ++i) {
            const ContactInput &input = contacts[std::size_t(i)];
            const qint64 contactId = contactIds->at(i);
            contactRows << contactId << employeeId << consent::ContactVault::sealFor(employee, contactId, details[std::size_t(i)]);
            connectionRows << connectionIds->at(i) << employeeId << contactId << consent::key(input.context) << input.strength
                           << nullableText(isoDate(input.connectedOn)) << storage::notNull(input.source);
        }
        if (auto added = m_db.insertRows(QStringLiteral("INSERT INTO contacts (id, owner_id, display_name, sealed) VALUES"),
                QStringLiteral("(?, ?, '', ?)"), 3, contactRows, tr("adding contacts"));
            !added)
            return added.error();
        if (auto added
            = m_db.insertRows(QStringLiteral("INSERT INTO connections (id, employee_id, contact_id, context, strength, level, connected_on, "
                                             "source) VALUES"),
                QStringLiteral("(?, ?, ?, ?, ?, 'private', ?, ?)"), 7, connectionRows, tr("adding connections"));
            !added)
            return added.error();
        ids = *connectionIds;
        return {};
    });
    if (!done)
        return done.error();
    return ids;
}

namespace {

Result<std::vector<OwnConnection>> readOwn(storage::Database &db, const consent::Session &employee, std::optional<qint64> only)
{
    QString sql = QString::fromLatin1(kSelectOwn);
    storage::Binds binds{{QStringLiteral(":e"), employee.person().id}};
    if (only) {
        sql += QStringLiteral(" AND n.id = :id");
        binds.emplace_back(QStringLiteral(":id"), *only);
    }
    auto rows = db.exec(sql + QStringLiteral(" ORDER BY n.id"), binds, tr("reading your connections"));
    if (!rows)
        return rows.error();
    consent::ContactVault vault(db);
    std::vector<OwnConnection> list;
    while (rows->next()) {
        OwnConnection c;
        c.id = rows->value(0).toLongLong();
        c.contactId = rows->value(1).toLongLong();
        auto details = rows->value(2).isNull() ? vault.read(employee, c.contactId) : vault.open(employee, c.contactId, rows->value(2).toByteArray());
        if (!details)
            return details.error();
        c.details = std::move(*details);
        c.context = consent::contextFromKey(rows->value(3).toString()).value_or(consent::Context::Personal);
        c.strength = rows->value(4).toInt();
        c.level = consent::levelFromKey(rows->value(5).toString()).value_or(consent::Level::Private);
        c.connectedOn = QDate::fromString(rows->value(6).toString(), Qt::ISODate);
        c.source = rows->value(7).toString();
        list.push_back(std::move(c));
    }
    return list;
}

} // namespace

Result<std::vector<OwnConnection>> ContactStore::ownConnections(const consent::Session &employee) const
{
    auto list = readOwn(m_db, employee, std::nullopt);
    if (!list)
        return list;
    std::stable_sort(list->begin(), list->end(),
        [](const OwnConnection &a, const OwnConnection &b) { return QString::localeAwareCompare(a.details.displayName, b.details.displayName) < 0; });
    return list;
}

Result<OwnConnection> ContactStore::ownConnection(const consent::Session &employee, qint64 connectionId) const
{
    auto list = readOwn(m_db, employee, connectionId);
    if (!list)
        return list.error();
    if (list->empty())
        return fail(tr("Connection %1 is not one of your connections.").arg(connectionId));
    return std::move(list->front());
}

Result<int> ContactStore::edit(const consent::Session &employee, const QList<qint64> &connectionIds, const ConnectionEdit &change)
{
    if (change.strength && (*change.strength < 1 || *change.strength > 5))
        return fail(tr("The strength must be between 1 and 5."));
    if (change.details && change.details->displayName.simplified().isEmpty())
        return fail(tr("A contact needs a name."));
    int changed = 0;
    consent::ContactVault vault(m_db);
    auto done = m_db.transaction([&]() -> Result<void> {
        for (qint64 id : connectionIds) {
            auto current = ownConnection(employee, id);
            if (!current)
                return fail(tr("Connection %1 is not one of your connections; nothing was changed.").arg(id));
            if (change.context && *change.context != consent::Context::Professional && current->level != consent::Level::Private
                && current->context == consent::Context::Professional)
                return fail(tr("Connection %1 is %2 to the business. Make it private before you call it personal or family; nothing was changed.")
                                .arg(id)
                                .arg(consent::label(current->level)));
            bool any = false;
            if (change.details && !(*change.details == current->details)) {
                consent::ContactDetails details = *change.details;
                details.displayName = details.displayName.simplified();
                if (auto stored = vault.store(employee, current->contactId, details, current->level); !stored)
                    return stored.error();
                any = true;
            }
            if ((change.context && *change.context != current->context) || (change.strength && *change.strength != current->strength)) {
                auto updated = m_db.exec(QStringLiteral("UPDATE connections SET context = :x, strength = :s WHERE id = :id AND employee_id = :e"),
                    {{QStringLiteral(":x"), consent::key(change.context.value_or(current->context))},
                        {QStringLiteral(":s"), change.strength.value_or(current->strength)}, {QStringLiteral(":id"), id},
                        {QStringLiteral(":e"), employee.person().id}},
                    tr("editing a connection"));
                if (!updated)
                    return updated.error();
                any = true;
            }
            changed += any ? 1 : 0;
        }
        return {};
    });
    if (!done)
        return done.error();
    return changed;
}

Result<void> ContactStore::remove(const consent::Session &employee, const QList<qint64> &connectionIds)
{
    return m_db.transaction([&]() -> Result<void> {
        for (qint64 id : connectionIds) {
            auto contact = m_db.scalar(QStringLiteral("SELECT contact_id FROM connections WHERE id = :id AND employee_id = :e"),
                {{QStringLiteral(":id"), id}, {QStringLiteral(":e"), employee.person().id}}, tr("finding a connection"));
            if (!contact)
                return contact.error();
            if (!contact->isValid())
                return fail(tr("Connection %1 is not one of your connections; nothing was removed.").arg(id));
            // The connection goes with its contact (ON DELETE CASCADE).
            auto removed = m_db.exec(QStringLiteral("DELETE FROM contacts WHERE id = :c AND owner_id = :e"),
                {{QStringLiteral(":c"), contact->toLongLong()}, {QStringLiteral(":e"), employee.person().id}}, tr("removing a contact"));
            if (!removed)
                return removed.error();
        }
        return {};
    });
}

} // namespace consentric::contacts
