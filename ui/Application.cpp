#include "Application.h"

#include "MainWindow.h"
#include "Workspace.h"
#include "discover/DiscoverPage.h"
#include "import/ImportWizard.h"
#include "map/MapPage.h"
#include "storage/Location.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QPixmap>
#include <QScreen>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace consentric::ui {

namespace {

constexpr int kScreenshotDeadlineMs = 30'000;

void printError(const QString &text)
{
    const QByteArray bytes = (QStringLiteral("consentric: ") + text + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

// A dialog over the window: the screen where the window is, in a real X server (Xvfb
// included); the dialog alone on the offscreen platform of the tests.
QPixmap windowWithDialog(QWidget &window, QWidget &dialog)
{
    if (QScreen *screen = window.screen()) {
        const QRect area = window.frameGeometry().united(dialog.frameGeometry());
        if (QPixmap shot = screen->grabWindow(0, area.x(), area.y(), area.width(), area.height()); !shot.isNull())
            return shot;
    }
    return dialog.grab();
}

} // namespace

QStringList pageNames()
{
    return {QStringLiteral("team"), QStringLiteral("discover"), QStringLiteral("map"), QStringLiteral("referrals"), QStringLiteral("templates"),
        QStringLiteral("concerns"), QStringLiteral("metrics"), QStringLiteral("policy-review"), QStringLiteral("reports"),
        QStringLiteral("oneonones"), QStringLiteral("audit"), QStringLiteral("connections"), QStringLiteral("business"), QStringLiteral("inbox"),
        QStringLiteral("policy"), QStringLiteral("pulse"), QStringLiteral("recognition"), QStringLiteral("report-concern"),
        QStringLiteral("my-audit"), QStringLiteral("settings")};
}

QStringList importStepNames()
{
    return {QStringLiteral("files"), QStringLiteral("preview"), QStringLiteral("matches"), QStringLiteral("summary")};
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

    // --screenshot: sign in without asking (when there is an organisation), show the page,
    // let layouts settle, save the window and leave.
    window.resize(1180, 760);
    if (Workspace *workspace = window.workspace(); workspace && workspace->hasOrganisation()) {
        QString email = options.as;
        if (email.isEmpty()) {
            auto everyone = workspace->people().all();
            for (const consent::Person &p : everyone ? *everyone : std::vector<consent::Person>()) {
                if (p.role == consent::Role::Owner)
                    email = p.email;
            }
        }
        if (!options.passphrase) {
            printError(
                QApplication::translate("Application", "The screenshot signs in as %1: give --passphrase-file FILE or set CONSENTRIC_PASSPHRASE.")
                    .arg(email));
            return 1;
        }
        if (auto signedIn = window.signIn(email, *options.passphrase); !signedIn) {
            printError(signedIn.message());
            return 1;
        }
    }
    if (!options.page.isEmpty() && !window.showPage(options.page)) {
        printError(QApplication::translate("Application", "The page “%1” is not available to this person; theirs are: %2.")
                       .arg(options.page, window.pageIds().join(QStringLiteral(", "))));
        return 1;
    }
    window.show();
    if (!options.discover.isEmpty()) {
        if (auto *discover = window.findChild<DiscoverPage *>(); discover && options.page == QLatin1String("discover"))
            discover->discover(options.discover);
    }
    // The map: wait for its layout (the screenshot's deadline still holds), then light the
    // paths to the node asked for.
    if (auto *map = window.findChild<MapPage *>(); map && options.page == QLatin1String("map")) {
        if (map->layingOut()) {
            QEventLoop wait;
            QObject::connect(map, &MapPage::layoutFinished, &wait, &QEventLoop::quit);
            QTimer::singleShot(kScreenshotDeadlineMs, &wait, &QEventLoop::quit);
            wait.exec();
        }
        if (!options.discover.isEmpty() && !map->find(options.discover)) {
            printError(QApplication::translate("Application", "Nothing on the map is called “%1”.").arg(options.discover));
            return 1;
        }
    }
    // --import: the wizard over the window, as far as the step asked for (the last step
    // imports, exactly as Next does for a person).
    std::unique_ptr<ImportWizard> wizard;
    if (!options.importFiles.isEmpty()) {
        Workspace *workspace = window.workspace();
        if (!workspace || !workspace->session()) {
            printError(QApplication::translate("Application", "The import wizard needs someone signed in: give a database with an organisation."));
            return 1;
        }
        wizard = std::make_unique<ImportWizard>(*workspace, options.importFiles, &window);
        wizard->show();
        const qsizetype steps
            = std::max<qsizetype>(0, importStepNames().indexOf(options.importStep.isEmpty() ? QStringLiteral("preview") : options.importStep));
        for (qsizetype step = 0; step < steps; ++step) {
            const int before = wizard->currentId();
            wizard->next();
            if (wizard->currentId() == before) {
                printError(
                    QApplication::translate("Application", "The import wizard stopped at its step %1; see the screenshot for why.").arg(step + 1));
                break;
            }
        }
    }
    int status = 1;
    QTimer::singleShot(kScreenshotDeadlineMs, &window, [] {
        printError(QApplication::translate("Application", "The screenshot was not taken within 30 seconds."));
        QApplication::exit(1);
    });
    QTimer::singleShot(600, &window, [&] {
        const QString path = QFileInfo(options.screenshot).absoluteFilePath();
        if (!QFileInfo(path).dir().exists()) {
            printError(QApplication::translate("Application", "The folder for %1 does not exist.").arg(path));
        } else if (QPixmap shot = wizard ? windowWithDialog(window, *wizard) : window.grab(); shot.save(path, "PNG")) {
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
