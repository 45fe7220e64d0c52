#include "CommandLine.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSet>
#include <QTranslator>

#include <cstdio>

namespace consentric::app {

Invocation classify(const QStringList &arguments)
{
    // Options of the window and the common ones that take a value; a subcommand is the
    // first word that is neither an option nor such a value.
    static const QSet<QString> takesValue{QStringLiteral("--database"), QStringLiteral("--lang"), QStringLiteral("--screenshot"),
        QStringLiteral("--page"), QStringLiteral("--as"), QStringLiteral("--passphrase-file"), QStringLiteral("--import"),
        QStringLiteral("--import-step"), QStringLiteral("--discover")};
    Invocation invocation;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            invocation.headless = true;
            continue;
        }
        if (arg.startsWith(QLatin1Char('-'))) {
            if (takesValue.contains(arg))
                ++i;
            continue;
        }
        invocation.subcommand = arg;
        invocation.headless = true;
        break;
    }
    return invocation;
}

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

bool installTranslations(const QString &lang)
{
    if (!lang.isEmpty() && !supportedLanguages().contains(lang))
        return false;
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    QLocale::setDefault(locale);
    auto *app = QCoreApplication::instance();
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("consentric"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    return true;
}

int failWith(int code, const QString &message)
{
    printErr(QStringLiteral("consentric: ") + message);
    return code;
}

void printOut(const QString &text)
{
    const QByteArray bytes = (text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = (text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace consentric::app
