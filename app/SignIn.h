// Signing in from the command line: every subcommand that reads or changes people's data
// acts as a signed-in person (DESIGN.md). Owner commands act as the owner, or as the admin
// named by --as. The passphrase comes from --passphrase-file, CONSENTRIC_PASSPHRASE, or a
// prompt on a terminal — never from the command line itself.
#pragma once

#include "consent/Accounts.h"

#include <QCommandLineOption>
#include <QList>

#include <optional>

class QCommandLineParser;

namespace consentric::app {

QList<QCommandLineOption> signInOptions();
// The passphrase from FILE (its first line) or CONSENTRIC_PASSPHRASE; none if neither is given.
Result<std::optional<QString>> passphraseWithoutAsking(const QString &file);
Result<consent::Session> signInForOwnerCommand(storage::Database &db, const QCommandLineParser &parser);
// The employee named by --employee, for their own data.
Result<consent::Session> signInAsEmployee(storage::Database &db, const QCommandLineParser &parser);

enum class ActingAs { Owner, Employee };
// The database named by --database, and a signed-in session on it: what most commands start with.
struct SignedIn
{
    std::unique_ptr<storage::Database> db;
    consent::Session session;
};
Result<SignedIn> openAndSignIn(const QCommandLineParser &parser, ActingAs who);

} // namespace consentric::app
