#include "Commands.h"

#include "CommandSupport.h"

#include "SignIn.h"
#include "Terminal.h"
#include "consent/AuditLog.h"
#include "consent/People.h"
#include "consent/Sharing.h"
#include "contacts/ContactStore.h"
#include "demo/DemoCompany.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <unistd.h>

#include <functional>
#include <map>

namespace consentric::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::app", text);
}

} // namespace

QCommandLineOption databaseOption()
{
    return {QStringLiteral("database"), tr("The SQLite file or postgresql://user@host:port/dbname URL."), tr("path-or-url")};
}

QCommandLineOption langOption()
{
    return {QStringLiteral("lang"), tr("The language of messages: en, de, fr or es."), tr("code")};
}

Result<std::unique_ptr<storage::Database>> openDatabase(const QString &text, bool create)
{
    auto location = storage::Location::parse(text);
    if (!location)
        return location.error();
    storage::OpenOptions options;
    options.create = create;
    options.askPassword = [](const storage::Location &where) { return promptHidden(tr("Password for %1: ").arg(where.displayName())); };
    return storage::Database::open(*location, SystemClock::instance(), options);
}

Parsed parse(QCommandLineParser &parser, const QStringList &arguments, const QString &name, const QString &summary,
    const QList<QCommandLineOption> &options, const QStringList &required, const QString &files)
{
    if (!files.isEmpty())
        parser.addPositionalArgument(files, tr("The files to read."), QStringLiteral("%1...").arg(files));
    parser.setApplicationDescription(summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options);
    parser.addOption(langOption());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        return {false, failWith(UsageError, parser.errorText() + QLatin1Char(' ') + tr("See: consentric %1 --help").arg(name))};
    if (parser.isSet(help)) {
        printOut(parser.helpText());
        return {false, Success};
    }
    if (!installTranslations(parser.value(QStringLiteral("lang"))))
        return {false, failWith(UsageError, tr("--lang takes one of: %1.").arg(supportedLanguages().join(QStringLiteral(", "))))};
    for (const QString &option : required) {
        if (parser.value(option).isEmpty())
            return {false, failWith(UsageError, tr("consentric %1 needs --%2. See: consentric %1 --help").arg(name, option))};
    }
    if (files.isEmpty() && !parser.positionalArguments().isEmpty())
        return {
            false, failWith(UsageError, tr("Unexpected word “%1”. See: consentric %2 --help").arg(parser.positionalArguments().constFirst(), name))};
    return {true, Success};
}

namespace {

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption scale(
        QStringLiteral("scale"), tr("small (about 12 people), medium (200) or large (1,000)."), tr("size"), QStringLiteral("small"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("The same seed gives the same company."), tr("number"), QStringLiteral("1"));
    auto parsed = parse(parser, arguments, QStringLiteral("demo"), tr("Create the demo company in a new database."), {databaseOption(), scale, seed},
        {QStringLiteral("database")});
    if (!parsed.ok)
        return parsed.code;
    const auto chosenScale = demo::scaleFromKey(parser.value(scale));
    if (!chosenScale)
        return failWith(UsageError, tr("--scale takes small, medium or large, not “%1”.").arg(parser.value(scale)));
    bool seedOk = false;
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk)
        return failWith(UsageError, tr("--seed takes a whole number, not “%1”.").arg(parser.value(seed)));

    auto db = openDatabase(parser.value(QStringLiteral("database")), true);
    if (!db)
        return failWith(Failure, db.message());
    QElapsedTimer timer;
    timer.start();
    demo::Options options;
    options.scale = *chosenScale;
    options.seed = seedValue;
    const bool interactive = isatty(STDERR_FILENO);
    int lastTenth = -1;
    options.progress = [&](int done, int total) {
        if (total < 100)
            return true;
        const int tenth = done * 10 / total;
        if (interactive) {
            printErr(QStringLiteral("\r") + tr("Demo company: %1 of %2 people").arg(done).arg(total)
                + (done == total ? QStringLiteral("\n") : QStringLiteral("\r")));
        } else if (tenth != lastTenth) {
            printErr(tr("Demo company: %1 of %2 people (%3 s)").arg(done).arg(total).arg(timer.elapsed() / 1000));
            lastTenth = tenth;
        }
        return true;
    };
    auto summary = demo::createDemoCompany(**db, options);
    if (!summary)
        return failWith(Failure, summary.message());
    const QLocale locale;
    printOut(tr("Created the demo company in %1: %2 people in %3 departments, %4 connections, %5 companies (%6 s).")
                 .arg((*db)->location().displayName())
                 .arg(summary->people)
                 .arg(summary->departments)
                 .arg(locale.toString(summary->connections))
                 .arg(summary->companies)
                 .arg(locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1)));
    return Success;
}

int runPerson(const QStringList &arguments)
{
    // `person` has one action so far, "add": the first word that is not an option's value.
    qsizetype actionAt = -1;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h"))
            continue;
        if (arg.startsWith(QLatin1Char('-'))) {
            i += arg.contains(QLatin1Char('=')) ? 0 : 1;
            continue;
        }
        actionAt = i;
        break;
    }
    const QString action = arguments.value(actionAt);
    if (action != QLatin1String("add")) {
        if (actionAt < 0 && (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h")))) {
            printOut(tr("Usage: consentric person add --database P --email E --name N --department D [--role employee|admin]"));
            return Success;
        }
        return failWith(UsageError, tr("consentric person takes “add”: consentric person add --database P --email E --name N --department D"));
    }
    QStringList rest = arguments;
    rest.removeAt(actionAt);
    QCommandLineParser parser;
    const QCommandLineOption email(QStringLiteral("email"), tr("The person's work email address."), tr("address"));
    const QCommandLineOption name(QStringLiteral("name"), tr("The person's name."), tr("name"));
    const QCommandLineOption department(QStringLiteral("department"), tr("Their department; a new one is created."), tr("name"));
    const QCommandLineOption role(QStringLiteral("role"), tr("employee (the default) or admin."), tr("role"), QStringLiteral("employee"));
    auto parsed = parse(parser, rest, QStringLiteral("person add"), tr("Add a person to the team (as the owner)."),
        {databaseOption(), email, name, department, role, signInOptions().at(0), signInOptions().at(1)},
        {QStringLiteral("database"), QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("department")});
    if (!parsed.ok)
        return parsed.code;
    const auto chosenRole = consent::roleFromKey(parser.value(role));
    if (!chosenRole || *chosenRole == consent::Role::Owner)
        return failWith(UsageError, tr("--role takes employee or admin, not “%1”.").arg(parser.value(role)));
    const consent::PersonDetails details{parser.value(email), parser.value(name), parser.value(department), *chosenRole};
    if (auto valid = consent::People::validate(details); !valid)
        return failWith(UsageError, valid.message());

    auto signedIn = openAndSignIn(parser, ActingAs::Owner);
    if (!signedIn)
        return failWith(Failure, signedIn.message());
    // Signing in is the permission; the audit log names who added the person.
    storage::Database &database = *signedIn->db;
    consent::People people(database);
    people.setActor(signedIn->session.person().id);
    auto departments = people.departments();
    if (!departments)
        return failWith(Failure, departments.message());
    const bool newDepartment = !departments->contains(details.department.simplified());
    auto id = people.add(details);
    if (!id)
        return failWith(Failure, id.message());
    printOut((newDepartment ? tr("Added %1 <%2> as %3 to the new department %4.") : tr("Added %1 <%2> as %3 to %4."))
                 .arg(details.name.simplified(), consent::People::normaliseEmail(details.email), consent::label(*chosenRole),
                     details.department.simplified()));
    return Success;
}

int runBackup(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringLiteral("output"), tr("The backup file to write (replaced if it exists)."), tr("file"));
    auto parsed = parse(parser, arguments, QStringLiteral("backup"), tr("Write a consistent copy of an SQLite database."), {databaseOption(), output},
        {QStringLiteral("database"), QStringLiteral("output")});
    if (!parsed.ok)
        return parsed.code;
    auto db = openDatabase(parser.value(QStringLiteral("database")), false);
    if (!db)
        return failWith(Failure, db.message());
    if (auto done = storage::backup(**db, parser.value(output)); !done)
        return failWith(Failure, done.message());
    printOut(tr("Wrote a backup of %1 to %2.").arg((*db)->location().displayName(), parser.value(output)));
    return Success;
}

int runAudit(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption verify(QStringLiteral("verify"), tr("Check every entry of the hash chain."));
    const QCommandLineOption expectHead(
        QStringLiteral("expect-head"), tr("A head hash printed earlier (say, in a quarterly report) that must still be in the chain."), tr("hash"));
    auto parsed = parse(parser, arguments, QStringLiteral("audit"), tr("Verify the audit log (as the owner or an admin)."),
        {databaseOption(), verify, expectHead, signInOptions().at(0), signInOptions().at(1)}, {QStringLiteral("database")});
    if (!parsed.ok)
        return parsed.code;
    if (!parser.isSet(verify))
        return failWith(UsageError, tr("consentric audit takes --verify. See: consentric audit --help"));
    auto signedIn = openAndSignIn(parser, ActingAs::Owner);
    if (!signedIn)
        return failWith(Failure, signedIn.message());
    // Signing in is the permission; the owner's session is not needed further yet.
    storage::Database &database = *signedIn->db;
    auto check = consent::AuditLog(database).verify(parser.value(expectHead).trimmed().toLower());
    if (!check)
        return failWith(Failure, check.message());
    printOut(tr("Entries: %1").arg(check->count));
    printOut(tr("Head: %1").arg(check->head));
    if (!check->intact) {
        const QString where = check->firstBroken ? tr("The audit log is broken at entry %1: %2.").arg(*check->firstBroken).arg(check->problem)
                                                 : tr("The audit log does not hold what it should: %1.").arg(check->problem);
        return failWith(Failure, where + QLatin1Char(' ') + tr("Someone changed the database outside Consentric; compare it with a backup."));
    }
    printOut(tr("The audit log is intact."));
    return Success;
}

QString generalHelp()
{
    return tr("Usage: consentric [--database PATH|URL] [--lang en|de|fr|es]\n"
              "       consentric --database P --screenshot FILE [--page NAME]\n"
              "       consentric COMMAND --help\n"
              "\n"
              "Consentric lets a small business use its team's networks for referrals and warm\n"
              "introductions, with every employee deciding what the business may see.\n"
              "Without a command, the window opens (default database: %1).\n"
              "\n"
              "Commands:\n"
              "  demo     create the demo company: --database P [--scale small|medium|large] [--seed N]\n"
              "  person   add a person: person add --database P --email E --name N --department D [--role employee|admin]\n"
              "  backup   copy an SQLite database consistently: --database P --output F\n"
              "  audit    verify the audit log: --database P --verify [--expect-head HASH]\n"
              "  connections  list your connections: --database P --employee EMAIL [--json]\n"
              "  import   read contact files (LinkedIn, Google, Outlook CSV, vCard): --database P --employee EMAIL\n"
              "           [--context professional|personal|family] FILE...   everything imported is private\n"
              "  share    choose what the business may see: --database P --employee EMAIL\n"
              "           --level private|discoverable|shared (--contact ID... | --company NAME | --all-professional)\n"
              "           personal and family connections: one --contact ID and --confirm\n"
              "  export   everything about you: --database P --employee EMAIL [--format json|vcard] [--output F]\n"
              "  erase    erase your connections: --database P --employee EMAIL; the owner adds --left\n"
              "           for someone who left, which also closes their account\n"
              "  discover who on the team can reach a company: --database P --company NAME [--json]\n"
              "  report   the quarterly policy-review report as a PDF: --database P --quarter 2026-Q3\n"
              "           --output F.pdf [--paper a4|letter]\n"
              "  oneonones  start a round of one-to-ones: --database P --round [--date YYYY-MM-DD]\n"
              "           --output DIR   writes one invitation (.ics) per meeting and prints the meetings\n"
              "\n"
              "person, audit, discover, report, oneonones and erase --left act as the owner (or the admin named by --as EMAIL);\n"
              "connections, import, share, export and erase act as the employee named by --employee, on\n"
              "their own data. The passphrase comes from --passphrase-file FILE, the environment\n"
              "variable CONSENTRIC_PASSPHRASE, or a prompt. Every demo passphrase is “demo”.\n"
              "\n"
              "Options:\n"
              "  --database PATH|URL  an SQLite file or postgresql://user@host:port/dbname\n"
              "                       (the password comes from PGPASSFILE or a prompt, never the URL)\n"
              "  --lang CODE          en, de, fr or es (default: the system's language)\n"
              "  --screenshot FILE    sign in without asking, open the window, save a PNG of it to FILE and exit\n"
              "  --as EMAIL           with --screenshot: who signs in (default: the owner); the passphrase\n"
              "                       comes from --passphrase-file FILE or CONSENTRIC_PASSPHRASE\n"
              "  --page NAME          with --screenshot: the page to show (team, discover, map, referrals,\n"
              "                       templates, concerns, metrics, policy-review, reports, oneonones,\n"
              "                       audit, connections, business, inbox, policy, pulse, recognition,\n"
              "                       report-concern, my-audit, settings)\n"
              "  --import FILE        with --screenshot: open the import wizard on FILE (repeatable) and save\n"
              "                       the screen; --import-step files|preview|matches|summary (default\n"
              "                       preview) goes that far, importing for summary\n"
              "  --discover NAME      with --screenshot --page discover: the company to answer for; with\n"
              "                       --page map: the person or company whose strongest paths are lit\n"
              "  -h, --help           show this help\n"
              "  -v, --version        show the version\n"
              "\n"
              "Exit status: 0 success, 1 the request could not be done, 2 a usage error.")
        .arg(storage::Location::defaultSqlitePath());
}

} // namespace

int runHeadless(const QStringList &arguments, const Invocation &invocation)
{
    // --lang may stand before the subcommand too.
    const qsizetype langAt = arguments.indexOf(QStringLiteral("--lang"));
    if (langAt > 0 && !installTranslations(arguments.value(langAt + 1)))
        return failWith(UsageError, tr("--lang takes one of: %1.").arg(supportedLanguages().join(QStringLiteral(", "))));
    if (langAt < 0)
        installTranslations(QString());

    if (invocation.subcommand.isEmpty()) {
        if (arguments.contains(QStringLiteral("--version")) || arguments.contains(QStringLiteral("-v"))) {
            printOut(QStringLiteral("consentric ") + QStringLiteral(CONSENTRIC_VERSION));
            return Success;
        }
        printOut(generalHelp());
        return Success;
    }
    // The subcommand's parser sees the arguments without the subcommand word.
    QStringList rest = arguments;
    rest.removeAt(rest.indexOf(invocation.subcommand));
    static const std::map<QString, std::function<int(const QStringList &)>> commands{
        {QStringLiteral("demo"), runDemo},
        {QStringLiteral("person"), runPerson},
        {QStringLiteral("backup"), runBackup},
        {QStringLiteral("audit"), runAudit},
        {QStringLiteral("connections"), runConnections},
        {QStringLiteral("share"), runShare},
        {QStringLiteral("export"), runExport},
        {QStringLiteral("erase"), runErase},
        {QStringLiteral("import"), runImport},
        {QStringLiteral("discover"), runDiscover},
        {QStringLiteral("report"), runReport},
        {QStringLiteral("oneonones"), runOneOnOnes},
    };
    const auto it = commands.find(invocation.subcommand);
    if (it == commands.end())
        return failWith(UsageError,
            tr("“%1” is not a Consentric command. Commands: demo, person, backup, audit, connections, import, share, export, erase, discover, "
               "report, oneonones. See: "
               "consentric --help")
                .arg(invocation.subcommand));
    return it->second(rest);
}

} // namespace consentric::app
