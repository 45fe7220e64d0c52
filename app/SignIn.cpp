#include "SignIn.h"

#include "CommandSupport.h"
#include "Terminal.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace consentric::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::app", text);
}

} // namespace

Result<std::optional<QString>> passphraseWithoutAsking(const QString &file);

namespace {

Result<QString> passphraseFor(const consent::Person &person, const QCommandLineParser &parser)
{
    if (auto given = passphraseWithoutAsking(parser.value(QStringLiteral("passphrase-file"))); !given || given->has_value())
        return given ? Result<QString>(**given) : Result<QString>(given.error());
    if (auto typed = promptHidden(tr("Passphrase for %1: ").arg(person.email)))
        return *typed;
    return fail(tr("Consentric needs the passphrase of %1: give --passphrase-file FILE or set CONSENTRIC_PASSPHRASE.").arg(person.email));
}

} // namespace

Result<std::optional<QString>> passphraseWithoutAsking(const QString &file)
{
    if (!file.isEmpty()) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read the passphrase file %1: %2.").arg(file, in.errorString()));
        // The first line; a trailing newline is not part of the passphrase.
        QByteArray line = in.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        const QString passphrase = QString::fromUtf8(line);
        consent::wipe(line);
        return std::optional<QString>(passphrase);
    }
    if (qEnvironmentVariableIsSet("CONSENTRIC_PASSPHRASE"))
        return std::optional<QString>(qEnvironmentVariable("CONSENTRIC_PASSPHRASE"));
    return std::optional<QString>();
}

QList<QCommandLineOption> signInOptions()
{
    return {
        {QStringLiteral("as"), tr("Act as this admin instead of the owner."), tr("email")},
        {QStringLiteral("passphrase-file"), tr("Read the passphrase from the first line of this file."), tr("file")},
    };
}

Result<consent::Session> signInForOwnerCommand(storage::Database &db, const QCommandLineParser &parser)
{
    consent::People people(db);
    std::optional<consent::Person> who;
    const QString as = parser.value(QStringLiteral("as"));
    if (!as.isEmpty()) {
        auto found = people.byEmail(as);
        if (!found)
            return found.error();
        if (!found->has_value())
            return fail(tr("Nobody with the email %1 is in this database.").arg(consent::People::normaliseEmail(as)));
        who = **found;
        if (who->role == consent::Role::Employee)
            return fail(tr("%1 is an employee; this command is for the owner or an admin.").arg(who->email));
    } else {
        auto everyone = people.all();
        if (!everyone)
            return everyone.error();
        for (const consent::Person &p : *everyone)
            if (p.role == consent::Role::Owner)
                who = p;
        if (!who)
            return fail(tr("This database has no owner yet. Open it in the window and choose “Set up my organisation”, or load the demo company."));
    }
    auto passphrase = passphraseFor(*who, parser);
    if (!passphrase)
        return passphrase.error();
    return consent::Accounts(db).signIn(who->email, *passphrase);
}

Result<consent::Session> signInAsEmployee(storage::Database &db, const QCommandLineParser &parser)
{
    const QString email = parser.value(QStringLiteral("employee"));
    auto found = consent::People(db).byEmail(email);
    if (!found)
        return found.error();
    if (!found->has_value())
        return fail(tr("Nobody with the email %1 is in this database.").arg(consent::People::normaliseEmail(email)));
    auto passphrase = passphraseFor(**found, parser);
    if (!passphrase)
        return passphrase.error();
    return consent::Accounts(db).signIn((*found)->email, *passphrase);
}

Result<SignedIn> openAndSignIn(const QCommandLineParser &parser, ActingAs who)
{
    auto db = openDatabase(parser.value(QStringLiteral("database")), false);
    if (!db)
        return db.error();
    auto session = who == ActingAs::Owner ? signInForOwnerCommand(**db, parser) : signInAsEmployee(**db, parser);
    if (!session)
        return session.error();
    return SignedIn{std::move(*db), std::move(*session)};
}

} // namespace consentric::app
