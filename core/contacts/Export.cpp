#include "contacts/Export.h"

#include "consent/AuditLog.h"
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

QString vcardEscape(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';'))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c != QLatin1Char('\r'))
            out += c;
    }
    return out;
}

QByteArray vcardFold(const QByteArray &line)
{
    constexpr int kLimit = 75;
    QByteArray out;
    int width = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        // A continuation byte (10xxxxxx) never starts a folded line.
        const bool continuation = (quint8(c) & 0xC0) == 0x80;
        if (width >= kLimit && !continuation) {
            out += "\r\n ";
            width = 1;
        }
        out += c;
        ++width;
    }
    return out + "\r\n";
}

namespace {

QByteArray vcardFor(const QJsonObject &c)
{
    QByteArray card = "BEGIN:VCARD\r\nVERSION:4.0\r\n";
    auto line = [&card](const QString &name, const QString &value, bool escape = true) {
        if (!value.isEmpty())
            card += vcardFold((name + QLatin1Char(':') + (escape ? vcardEscape(value) : value)).toUtf8());
    };
    auto text = [&c](const char *key) { return c.value(QLatin1String(key)).toString(); };
    line(QStringLiteral("FN"), text("name"));
    card += vcardFold(
        (QStringLiteral("N:") + vcardEscape(text("family_name")) + QLatin1Char(';') + vcardEscape(text("given_name")) + QStringLiteral(";;;"))
            .toUtf8());
    line(QStringLiteral("EMAIL"), text("email"));
    line(QStringLiteral("TEL"), text("phone"));
    line(QStringLiteral("ORG"), text("company"));
    line(QStringLiteral("TITLE"), text("title"));
    line(QStringLiteral("URL"), text("profile_url"), false);
    line(QStringLiteral("NOTE"), text("notes"));
    line(QStringLiteral("CATEGORIES"), text("context"));
    line(QStringLiteral("X-CONSENTRIC-LEVEL"), text("level"));
    line(QStringLiteral("X-CONSENTRIC-STRENGTH"), QString::number(c.value(QStringLiteral("strength")).toInt()));
    return card + "END:VCARD\r\n";
}

} // namespace

Result<QByteArray> exportOwnData(storage::Database &db, const consent::Session &employee, ExportFormat format)
{
    auto connections = exportConnectionsJson(db, employee.person().id);
    if (!connections)
        return connections.error();
    QJsonObject root = QJsonDocument::fromJson(*connections).object();
    if (format == ExportFormat::VCard) {
        QByteArray cards;
        for (const auto &c : root.value(QStringLiteral("connections")).toArray())
            cards += vcardFor(c.toObject());
        return cards;
    }
    auto entries = consent::AuditLog(db).entries(employee.person().id);
    if (!entries)
        return entries.error();
    QJsonArray audit;
    for (const consent::AuditEntry &e : *entries) {
        QJsonObject entry{{QStringLiteral("id"), e.id}, {QStringLiteral("at"), e.at.toString(Qt::ISODate)}, {QStringLiteral("action"), e.action},
            {QStringLiteral("hash"), e.hash}};
        if (e.actor)
            entry.insert(QStringLiteral("actor"), *e.actor);
        if (!e.details.isEmpty())
            entry.insert(QStringLiteral("details"), QJsonDocument::fromJson(e.details.toUtf8()).object());
        audit.append(entry);
    }
    root.insert(QStringLiteral("format"), QStringLiteral("consentric-export-1"));
    root.insert(QStringLiteral("audit"), audit);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace consentric::contacts
