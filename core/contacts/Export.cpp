#include "contacts/Export.h"

#include "consent/AuditLog.h"
#include "consent/Participation.h"
#include "contacts/ContactStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace consentric::contacts {

Result<QByteArray> exportConnectionsJson(storage::Database &db, const consent::Session &session)
{
    const qint64 employeeId = session.person().id;
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

    auto own = ContactStore(db).ownConnections(session);
    if (!own)
        return own.error();
    std::sort(own->begin(), own->end(), [](const OwnConnection &a, const OwnConnection &b) { return a.id < b.id; });
    QJsonArray connections;
    for (const OwnConnection &c : *own) {
        const consent::ContactDetails &d = c.details;
        connections.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), d.displayName},
            {QStringLiteral("given_name"), d.givenName}, {QStringLiteral("family_name"), d.familyName}, {QStringLiteral("email"), d.email},
            {QStringLiteral("phone"), d.phone}, {QStringLiteral("profile_url"), d.profileUrl}, {QStringLiteral("company"), d.company},
            {QStringLiteral("title"), d.title}, {QStringLiteral("notes"), d.notes}, {QStringLiteral("context"), consent::key(c.context)},
            {QStringLiteral("strength"), c.strength}, {QStringLiteral("level"), consent::key(c.level)},
            {QStringLiteral("connected_on"), c.connectedOn.isValid() ? c.connectedOn.toString(Qt::ISODate) : QString()},
            {QStringLiteral("source"), c.source}});
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
    auto connections = exportConnectionsJson(db, employee);
    if (!connections)
        return connections.error();
    QJsonObject root = QJsonDocument::fromJson(*connections).object();
    if (format == ExportFormat::VCard) {
        QByteArray cards;
        for (const auto &c : root.value(QStringLiteral("connections")).toArray())
            cards += vcardFor(c.toObject());
        return cards;
    }
    auto entries = consent::AuditLog(db).ownEntries(employee);
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
    auto ledger = consent::Participation(db).ledger(employee);
    if (!ledger)
        return ledger.error();
    QJsonArray consent;
    for (const consent::LedgerEntry &e : *ledger) {
        consent.append(QJsonObject{{QStringLiteral("id"), e.id}, {QStringLiteral("at"), e.at.toString(Qt::ISODate)},
            {QStringLiteral("action"), e.action}, {QStringLiteral("policy_version"), e.policyVersion}});
    }
    root.insert(QStringLiteral("consent_ledger"), consent);
    root.insert(QStringLiteral("format"), QStringLiteral("consentric-export-1"));
    root.insert(QStringLiteral("audit"), audit);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace consentric::contacts
