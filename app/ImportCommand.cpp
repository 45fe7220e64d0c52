// consentric import: each FILE is read (format and encoding detected) and imported in its
// own transaction, as the employee named by --employee; everything imported is private.
// Problems are printed as FILE:LINE: sentence; the exit status is 1 if any file was refused.
#include "CommandLine.h"
#include "CommandSupport.h"
#include "SignIn.h"
#include "contacts/import/ContactFile.h"
#include "contacts/import/CsvReader.h"
#include "contacts/import/Importer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <csignal>

namespace consentric::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::app", text);
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption context(QStringLiteral("context"),
        tr("professional, personal or family (default: professional for LinkedIn and Outlook files, personal for the rest)."), tr("context"));
    auto parsed = parse(parser, arguments, QStringLiteral("import"),
        tr("Import contact files: LinkedIn, Google or Outlook CSV, other CSV, vCard. Everything imported is private."),
        {databaseOption(), employeeOption(), context, signInOptions().at(1)}, {QStringLiteral("database"), QStringLiteral("employee")},
        QStringLiteral("FILE"));
    if (!parsed.ok)
        return parsed.code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return failWith(UsageError, tr("consentric import needs at least one FILE. See: consentric import --help"));
    std::optional<consent::Context> chosenContext;
    if (parser.isSet(context)) {
        chosenContext = consent::contextFromKey(parser.value(context));
        if (!chosenContext)
            return failWith(UsageError, tr("--context takes professional, personal or family, not “%1”.").arg(parser.value(context)));
    }
    auto signedIn = openAndSignIn(parser, ActingAs::Employee);
    if (!signedIn)
        return failWith(Failure, signedIn.message());
    contacts::import::Importer importer(*signedIn->db);
    bool anyRefused = false;
    bool anyContacts = false;
    for (const QString &path : files) {
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        if (file.size() > contacts::import::kMaxFileBytes) {
            printErr(tr("%1: is %2 MB; contact exports are far smaller, so it was not read. Check that this is the right file.")
                         .arg(path)
                         .arg(file.size() / (1024 * 1024)));
            anyRefused = true;
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            printErr(tr("%1: cannot be read (%2); nothing was imported from it.").arg(path, file.errorString()));
            anyRefused = true;
            continue;
        }
        const contacts::import::ReadResult read = contacts::import::readContactFile(file.readAll(), name);
        for (const contacts::import::Problem &p : read.problems)
            printErr(contacts::import::describe(path, p));
        if (read.refused) {
            anyRefused = true;
            continue;
        }
        // Without a header Consentric knows, the command line (where nobody can correct a
        // guess) imports a table only when one column holds an email address in every row.
        if (read.mappedByContent) {
            const bool emailColumn = std::find(read.mapping.begin(), read.mapping.end(), contacts::import::Field::Email) != read.mapping.end();
            const bool everyRow = std::all_of(read.contacts.begin(), read.contacts.end(), [](const auto &c) { return !c.email.isEmpty(); });
            if (!emailColumn || !everyRow || read.contacts.empty()) {
                printErr(tr("%1: its %2 columns have no names Consentric knows, and no column holds an email address in every row (%3 rows "
                            "read). Nothing was imported; import it in the window, where you choose what each column holds.")
                             .arg(path)
                             .arg(read.headers.size())
                             .arg(read.contacts.size()));
                anyRefused = true;
                continue;
            }
        }
        anyContacts = anyContacts || !read.contacts.empty();
        const consent::Context chosen = chosenContext.value_or(contacts::import::defaultContext(read.format));
        auto summary = importer.run(signedIn->session, read, chosen, [](int done, int) {
            // Crash testing (tests/e2e): the process kills itself inside the file's write
            // transaction once this many rows are in, as a power cut would.
            static const int abortAfter = qEnvironmentVariableIntValue("CONSENTRIC_CRASH_IMPORT_AFTER_ROWS");
            if (abortAfter > 0 && done >= abortAfter)
                ::raise(SIGKILL);
            return true;
        });
        if (!summary) {
            printErr(tr("%1: %2 Nothing was imported from it.").arg(path, summary.message()));
            anyRefused = true;
            continue;
        }
        printOut(tr("%1: %2, %3, as %4: imported %5, updated %6, skipped %7 (already there), possible duplicates %8.")
                     .arg(path, contacts::import::formatLabel(read.format), read.encoding, consent::label(chosen))
                     .arg(summary->imported)
                     .arg(summary->updated)
                     .arg(summary->skipped)
                     .arg(summary->possibleDuplicates.size()));
        for (const contacts::import::PossibleDuplicate &d : summary->possibleDuplicates)
            printOut(tr("%1:%2: “%3” may be the same person as your connection “%4” (id %5); both are kept. Merge them on the My connections page.")
                         .arg(path)
                         .arg(d.line)
                         .arg(d.name, d.existingName)
                         .arg(d.existingConnectionId));
    }
    // 1 when a file was refused, or when no file held anything to read as contacts.
    if (!anyContacts && !anyRefused)
        printErr(tr("None of the files holds a contact."));
    return anyRefused || !anyContacts ? Failure : Success;
}

} // namespace consentric::app
