// Runs the real consentric program, as a script or a person at a terminal would.
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace consentric::test {

struct Ran
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The environment of a machine with no display: no DISPLAY, no WAYLAND_DISPLAY and no
// QT_QPA_PLATFORM.
QProcessEnvironment headlessEnvironment();
// The same, signed in as the demo owner: CONSENTRIC_PASSPHRASE=demo.
QProcessEnvironment demoOwnerEnvironment();
Ran run(const QStringList &arguments, const QProcessEnvironment &environment = headlessEnvironment(), int timeoutMs = 120'000);
Ran runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs);

} // namespace consentric::test
