#include "Run.h"

#include <QProcess>

namespace consentric::test {

QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "CONSENTRIC_PASSPHRASE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

QProcessEnvironment demoOwnerEnvironment()
{
    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("CONSENTRIC_PASSPHRASE"), QStringLiteral("demo"));
    return env;
}

Ran runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Ran ran;
    if (!process.waitForStarted(10'000)) {
        ran.err = QStringLiteral("could not start ") + program;
        return ran;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        ran.err = QStringLiteral("timed out");
        return ran;
    }
    ran.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    ran.out = QString::fromUtf8(process.readAllStandardOutput());
    ran.err = QString::fromUtf8(process.readAllStandardError());
    return ran;
}

Ran run(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs)
{
    return runProgram(QStringLiteral(CONSENTRIC_BINARY), arguments, environment, timeoutMs);
}

} // namespace consentric::test
