#include "contacts/Export.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace consentric::contacts {

Result<QByteArray> exportConnectionsJson(storage::Database &db, qint64 employeeId)
{
    const QString what = QCoreApplication::translate("Export", "exporting connections");
    auto person = db.exec(QStringLiteral("SELECT p.email, p.name, COALESCE(d.name, '') FROM people p "
                                         "LEFT JOIN departments d ON d.id = p.department_id WHERE p.id = :id"),
        {{QStringLiteral(":id"), employeeId}}, what);
    if (!person)
        return person.error();
    if (!person->next())
        return fail(QCoreApplication::translate("Export", "There is no person with id %1 to export.").arg(employeeId));
    QJsonObject employee{{QStringLiteral("email"), person->value(0).toString()}, {QStringLiteral("name"), person->value(1).toString()},
        {QStringLiteral("department"), person->value(2).toString()}};

    auto rows
        = db.exec(QStringLiteral("SELECT n.id, c.display_name, c.given_name, c.family_name, c.email, c.phone, c.profile_url, "
                                 "  COALESCE(co.name, ''), c.title, c.notes, n.context, n.strength, n.level, COALESCE(n.connected_on, ''), n.source "
                                 "FROM connections n JOIN contacts c ON c.id = n.contact_id "
                                 "LEFT JOIN companies co ON co.id = c.company_id "
                                 "WHERE n.employee_id = :id ORDER BY n.id"),
            {{QStringLiteral(":id"), employeeId}}, what);
    if (!rows)
        return rows.error();
    static const char *const keys[] = {"id", "name", "given_name", "family_name", "email", "phone", "profile_url", "company", "title", "notes",
        "context", "strength", "level", "connected_on", "source"};
    QJsonArray connections;
    while (rows->next()) {
        QJsonObject connection;
        for (int i = 0; i < int(std::size(keys)); ++i) {
            const QVariant value = rows->value(i);
            const QString k = QString::fromLatin1(keys[i]);
            if (i == 0 || i == 11)
                connection.insert(k, value.toLongLong());
            else
                connection.insert(k, value.toString());
        }
        connections.append(connection);
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("consentric-connections-1")}, {QStringLiteral("employee"), employee},
        {QStringLiteral("connections"), connections}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace consentric::contacts
