#include "Application.h"

#include "MainWindow.h"
#include "storage/Location.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace consentric::ui {

namespace {

constexpr int kScreenshotDeadlineMs = 30'000;

void printError(const QString &text)
{
    const QByteArray bytes = (QStringLiteral("consentric: ") + text + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

} // namespace

QStringList pageNames()
{
    return {QStringLiteral("team")};
}

int runGui(const GuiOptions &options)
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/consentric.svg")));
    MainWindow window;
    const bool screenshot = !options.screenshot.isEmpty();
    const QString database = options.database.isEmpty() ? storage::Location::defaultSqlitePath() : options.database;
    if (auto opened = window.openDatabase(database, true); !opened) {
        if (screenshot) {
            printError(opened.message());
            return 1;
        }
        // The window still opens, so the person can choose another database.
        window.messageBar()->showMessage(opened.message(), MessageBar::Kind::Error);
    }
    if (!screenshot) {
        window.show();
        return QApplication::exec();
    }

    // --screenshot: show the page, let layouts settle, save the window and leave.
    window.resize(1180, 760);
    if (!options.page.isEmpty())
        window.showPage(options.page);
    window.show();
    int status = 1;
    QTimer::singleShot(kScreenshotDeadlineMs, &window, [] {
        printError(QApplication::translate("Application", "The screenshot was not taken within 30 seconds."));
        QApplication::exit(1);
    });
    QTimer::singleShot(600, &window, [&] {
        const QString path = QFileInfo(options.screenshot).absoluteFilePath();
        if (!QFileInfo(path).dir().exists()) {
            printError(QApplication::translate("Application", "The folder for %1 does not exist.").arg(path));
        } else if (window.grab().save(path, "PNG")) {
            status = 0;
        } else {
            printError(QApplication::translate("Application", "Could not write the screenshot to %1.").arg(path));
        }
        QApplication::exit(status);
    });
    QApplication::exec();
    return status;
}

} // namespace consentric::ui
