#include "CommandLine.h"
#include "CommandSupport.h"
#include "SignIn.h"
#include "consent/AuditLog.h"
#include "consent/Erasure.h"
#include "consent/Sharing.h"
#include "contacts/ContactStore.h"
#include "contacts/Export.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace consentric::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::app", text);
}

} // namespace

QCommandLineOption employeeOption()
{
    return {QStringLiteral("employee"), tr("The employee acting on their own data (they give their passphrase)."), tr("email")};
}

int runConnections(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON: a list of {id, name, company, title, context, strength, level}."));
    auto parsed = parse(parser, arguments, QStringLiteral("connections"), tr("List your own connections, with the ids that share takes."),
        {databaseOption(), employeeOption(), json, signInOptions().at(1)}, {QStringLiteral("database"), QStringLiteral("employee")});
    if (!parsed.ok)
        return parsed.code;
    auto signedIn = openAndSignIn(parser, ActingAs::Employee);
    if (!signedIn)
        return failWith(Failure, signedIn.message());
    storage::Database &database = *signedIn->db;
    const consent::Session &session = signedIn->session;
    auto list = contacts::ContactStore(database).ownConnections(session);
    if (!list)
        return failWith(Failure, list.message());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const contacts::OwnConnection &c : *list)
            array.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.details.displayName},
                {QStringLiteral("company"), c.details.company}, {QStringLiteral("title"), c.details.title},
                {QStringLiteral("context"), consent::key(c.context)}, {QStringLiteral("strength"), c.strength},
                {QStringLiteral("level"), consent::key(c.level)}});
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return Success;
    }
    for (const contacts::OwnConnection &c : *list)
        printOut(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                     .arg(c.id)
                     .arg(c.details.displayName, c.details.company, c.details.title, consent::label(c.context))
                     .arg(c.strength)
                     .arg(consent::label(c.level)));
    printErr(tr("Connections: %1").arg(list->size()));
    return Success;
}

int runShare(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption level(QStringLiteral("level"), tr("private, discoverable or shared."), tr("level"));
    const QCommandLineOption contact(QStringLiteral("contact"), tr("A connection id from consentric connections (may be repeated)."), tr("id"));
    const QCommandLineOption company(QStringLiteral("company"), tr("Every professional connection at this company."), tr("name"));
    const QCommandLineOption allProfessional(QStringLiteral("all-professional"), tr("Every professional connection."));
    const QCommandLineOption confirm(QStringLiteral("confirm"), tr("Confirm that the business may see a personal or family connection."));
    auto parsed = parse(parser, arguments, QStringLiteral("share"), tr("Choose what the business may see of your connections."),
        {databaseOption(), employeeOption(), level, contact, company, allProfessional, confirm, signInOptions().at(1)},
        {QStringLiteral("database"), QStringLiteral("employee"), QStringLiteral("level")});
    if (!parsed.ok)
        return parsed.code;
    const auto chosen = consent::levelFromKey(parser.value(level));
    if (!chosen)
        return failWith(UsageError, tr("--level takes private, discoverable or shared, not “%1”.").arg(parser.value(level)));
    const int selectors = (parser.isSet(contact) ? 1 : 0) + (parser.isSet(company) ? 1 : 0) + (parser.isSet(allProfessional) ? 1 : 0);
    if (selectors != 1)
        return failWith(UsageError, tr("Choose the connections with exactly one of --contact ID, --company NAME or --all-professional."));
    QList<qint64> ids;
    for (const QString &value : parser.values(contact)) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0)
            return failWith(UsageError, tr("--contact takes a connection id (a number from consentric connections), not “%1”.").arg(value));
        ids << id;
    }
    auto signedIn = openAndSignIn(parser, ActingAs::Employee);
    if (!signedIn)
        return failWith(Failure, signedIn.message());
    storage::Database &database = *signedIn->db;
    const consent::Session &session = signedIn->session;
    consent::Sharing sharing(database);
    consent::BulkShare done;
    if (!ids.isEmpty()) {
        auto changed = sharing.setLevel(
            session, ids, *chosen, parser.isSet(confirm) ? consent::PersonalConfirmation::Given : consent::PersonalConfirmation::NotGiven);
        if (!changed)
            return failWith(Failure, changed.message() + QLatin1Char(' ') + tr("(From the command line: one --contact ID and --confirm.)"));
        done.changed = *changed;
    } else {
        auto bulk = parser.isSet(company) ? sharing.setLevelForCompany(session, parser.value(company), *chosen)
                                          : sharing.setLevelForAllProfessional(session, *chosen);
        if (!bulk)
            return failWith(Failure, bulk.message());
        done = *bulk;
    }
    QString summary = tr("Connections changed to %1: %2.").arg(consent::label(*chosen)).arg(done.changed);
    if (done.personalLeftAlone > 0)
        summary += QLatin1Char(' ')
            + tr("Personal or family connections left as they were: %1 (they change one at a time, with --contact ID --confirm).")
                  .arg(done.personalLeftAlone);
    printOut(summary);
    return Success;
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("json (everything, the default) or vcard (the connections, for an address book)."),
        tr("format"), QStringLiteral("json"));
    const QCommandLineOption output(
        QStringLiteral("output"), tr("Write to this file (replaced if it exists) instead of standard output."), tr("file"));
    auto parsed = parse(parser, arguments, QStringLiteral("export"), tr("Export everything stored about you."),
        {databaseOption(), employeeOption(), format, output, signInOptions().at(1)}, {QStringLiteral("database"), QStringLiteral("employee")});
    if (!parsed.ok)
        return parsed.code;
    const QString chosen = parser.value(format);
    if (chosen != QLatin1String("json") && chosen != QLatin1String("vcard"))
        return failWith(UsageError, tr("--format takes json or vcard, not “%1”.").arg(chosen));
    auto signedIn = openAndSignIn(parser, ActingAs::Employee);
    if (!signedIn)
        return failWith(Failure, signedIn.message());
    storage::Database &database = *signedIn->db;
    const consent::Session &session = signedIn->session;
    auto data
        = contacts::exportOwnData(database, session, chosen == QLatin1String("vcard") ? contacts::ExportFormat::VCard : contacts::ExportFormat::Json);
    if (!data)
        return failWith(Failure, data.message());
    // An export is the employee's own act: logged with nothing the owner can read.
    if (auto logged
        = consent::AuditLog(database).appendPrivate(session.person().id, QStringLiteral("exported"), {{QStringLiteral("format"), chosen}});
        !logged)
        return failWith(Failure, logged.message());
    const QString target = parser.value(output);
    if (target.isEmpty()) {
        std::fwrite(data->constData(), 1, size_t(data->size()), stdout);
        return Success;
    }
    // Written whole or not at all.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit())
        return failWith(Failure, tr("Could not write %1: %2. Check the folder and its permissions.").arg(target, file.errorString()));
    printErr(tr("Wrote your data to %1.").arg(target));
    return Success;
}

int runErase(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption left(
        QStringLiteral("left"), tr("Run by the owner (or an admin, with --as) for someone who left: also closes their account."));
    auto parsed = parse(parser, arguments, QStringLiteral("erase"), tr("Erase an employee's connections and contacts."),
        {databaseOption(), employeeOption(), left, signInOptions().at(0), signInOptions().at(1)},
        {QStringLiteral("database"), QStringLiteral("employee")});
    if (!parsed.ok)
        return parsed.code;
    const bool someoneWhoLeft = parser.isSet(left);
    auto signedIn = openAndSignIn(parser, someoneWhoLeft ? ActingAs::Owner : ActingAs::Employee);
    if (!signedIn)
        return failWith(Failure, signedIn.message());
    consent::Erasure erasure(*signedIn->db);
    const QString email = consent::People::normaliseEmail(parser.value(QStringLiteral("employee")));
    auto erased = someoneWhoLeft ? erasure.eraseSomeoneWhoLeft(signedIn->session, email) : erasure.eraseOwnData(signedIn->session);
    if (!erased)
        return failWith(Failure, erased.message());
    QString summary = parser.isSet(left)
        ? tr("Erased the connections and contacts of %1 (%2) and closed the account.").arg(email).arg(erased->connections)
        : tr("Erased the connections and contacts of %1 (%2). The account stays, out of the program.").arg(email).arg(erased->connections);
    if (!erased->filesClean)
        summary += QLatin1Char(' ') + tr("Another program has the database open: the erased bytes leave its files when that program closes it.");
    printOut(summary);
    return Success;
}

} // namespace consentric::app
