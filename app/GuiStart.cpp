#include "GuiStart.h"

#include "CommandLine.h"
#include "SignIn.h"
#include "ui/Application.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

namespace consentric::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::app", text);
}

} // namespace

int startGui(int &argc, char **argv, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("path-or-url"));
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("code"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("file"));
    const QCommandLineOption page(QStringLiteral("page"), QString(), QStringLiteral("name"));
    const QCommandLineOption as(QStringLiteral("as"), QString(), QStringLiteral("email"));
    const QCommandLineOption passphraseFile(QStringLiteral("passphrase-file"), QString(), QStringLiteral("file"));
    const QCommandLineOption import(QStringLiteral("import"), QString(), QStringLiteral("file"));
    const QCommandLineOption importStep(QStringLiteral("import-step"), QString(), QStringLiteral("step"));
    const QCommandLineOption discover(QStringLiteral("discover"), QString(), QStringLiteral("company"));
    parser.addOptions({database, lang, screenshot, page, as, passphraseFile, import, importStep, discover});
    if (!parser.parse(arguments))
        return failWith(UsageError, parser.errorText() + QLatin1Char(' ') + tr("See: consentric --help"));
    const QString language = parser.value(lang);
    if (!language.isEmpty() && !supportedLanguages().contains(language))
        return failWith(UsageError, tr("--lang takes one of: %1.").arg(supportedLanguages().join(QStringLiteral(", "))));
    if (parser.isSet(page) && !parser.isSet(screenshot))
        return failWith(UsageError, tr("--page goes with --screenshot. See: consentric --help"));
    if ((parser.isSet(as) || parser.isSet(passphraseFile)) && !parser.isSet(screenshot))
        return failWith(UsageError, tr("--as and --passphrase-file go with --screenshot; the window asks who you are. See: consentric --help"));
    if (parser.isSet(import) && !parser.isSet(screenshot))
        return failWith(UsageError, tr("--import goes with --screenshot; in the window, use Import… (Ctrl+I). See: consentric --help"));
    if (parser.isSet(importStep) && !parser.isSet(import))
        return failWith(UsageError, tr("--import-step goes with --import. See: consentric --help"));
    if (parser.isSet(importStep) && !ui::importStepNames().contains(parser.value(importStep)))
        return failWith(UsageError, tr("--import-step takes one of: %1.").arg(ui::importStepNames().join(QStringLiteral(", "))));
    if (parser.isSet(discover)
        && (!parser.isSet(screenshot) || (parser.value(page) != QLatin1String("discover") && parser.value(page) != QLatin1String("map"))))
        return failWith(UsageError, tr("--discover goes with --screenshot and --page discover or --page map. See: consentric --help"));
    if (parser.isSet(page) && !ui::pageNames().contains(parser.value(page)))
        return failWith(UsageError, tr("--page takes one of: %1.").arg(ui::pageNames().join(QStringLiteral(", "))));

    QApplication::setDesktopFileName(QStringLiteral(CONSENTRIC_APP_ID));
    QApplication app(argc, argv);
    installTranslations(language);
    ui::GuiOptions options;
    options.database = parser.value(database);
    options.screenshot = parser.value(screenshot);
    options.page = parser.value(page);
    options.as = parser.value(as);
    options.importFiles = parser.values(import);
    options.importStep = parser.value(importStep);
    options.discover = parser.value(discover);
    if (options.screenshot.isEmpty())
        return ui::runGui(options);
    auto passphrase = passphraseWithoutAsking(parser.value(passphraseFile));
    if (!passphrase)
        return failWith(Failure, passphrase.message());
    options.passphrase = *passphrase;
    return ui::runGui(options);
}

} // namespace consentric::app
