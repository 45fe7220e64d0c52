// The command line of `consentric`: which subcommand (if any) was asked for, decided
// before any QCoreApplication exists, so that --help, --version and every subcommand run
// without a display while the window gets a QApplication.
#pragma once

#include <QString>
#include <QStringList>

namespace consentric::app {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

struct Invocation
{
    QString subcommand; // empty: the window
    bool headless = false; // --help, --version or a subcommand
};

Invocation classify(const QStringList &arguments);

// Loads the program's and Qt's translations for --lang, or the system locale when empty.
// Returns false for a language Consentric does not have.
bool installTranslations(const QString &lang);
QStringList supportedLanguages();

// Exits with a message on stderr: "consentric: …".
int failWith(int code, const QString &message);
// Standard output and error, in UTF-8.
void printOut(const QString &text);
void printErr(const QString &text);

} // namespace consentric::app
