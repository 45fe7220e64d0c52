// consentric: the window when no subcommand is given, otherwise a headless subcommand.
#include "CommandLine.h"
#include "Commands.h"
#include "GuiStart.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
    using namespace consentric::app;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QCoreApplication::setApplicationName(QStringLiteral("consentric"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONSENTRIC_VERSION));

    const Invocation invocation = classify(arguments);
    if (invocation.headless && invocation.subcommand == QLatin1String("report")) {
        // Drawing a report needs fonts, so a GUI application, but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return runHeadless(arguments, invocation);
    }
    if (invocation.headless) {
        QCoreApplication app(argc, argv);
        return runHeadless(arguments, invocation);
    }
    return startGui(argc, argv, arguments);
}
