// What every subcommand shares: the --database option, opening the database (asking for
// a PostgreSQL password at a terminal), and parsing a subcommand's own options with
// usage errors that exit 2.
#pragma once

#include "storage/Database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace consentric::app {

QCommandLineOption databaseOption();
QCommandLineOption langOption();
Result<std::unique_ptr<storage::Database>> openDatabase(const QString &text, bool create);

// `ok` is false after printing help (code Success) and when the words are off (code
// UsageError, with a sentence on stderr).
struct Parsed
{
    bool ok = false;
    int code = 0;
};
// `files`: the name of positional FILE arguments the command takes (empty: none allowed).
Parsed parse(QCommandLineParser &parser, const QStringList &arguments, const QString &name, const QString &summary,
    const QList<QCommandLineOption> &options, const QStringList &required, const QString &files = {});

// The commands an employee runs on their own data (EmployeeCommands.cpp).
int runConnections(const QStringList &arguments);
int runShare(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runErase(const QStringList &arguments);
// Importing contact files (ImportCommand.cpp).
int runImport(const QStringList &arguments);
// Who on the team can reach a company (DiscoverCommand.cpp).
int runDiscover(const QStringList &arguments);
int runReport(const QStringList &arguments);
// A round of one-to-ones and its invitations (OneOnOnesCommand.cpp).
int runOneOnOnes(const QStringList &arguments);
// The option that names the employee acting on their own data.
QCommandLineOption employeeOption();

} // namespace consentric::app
