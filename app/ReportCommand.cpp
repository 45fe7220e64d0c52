// consentric report: the quarterly policy-review report as a PDF, without a window.
#include "CommandLine.h"
#include "CommandSupport.h"
#include "SignIn.h"
#include "metrics/Period.h"
#include "reports/ReportData.h"
#include "reports/ReportWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace consentric::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::app", text);
}

} // namespace

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption quarter(QStringLiteral("quarter"), tr("The quarter to report on, such as 2026-Q3."), tr("quarter"));
    const QCommandLineOption output(QStringLiteral("output"), tr("The PDF file to write (replaced if it exists)."), tr("file"));
    const QCommandLineOption paper(QStringLiteral("paper"), tr("a4 or letter (default: from the system's locale)."), tr("size"));
    auto parsed
        = parse(parser, arguments, QStringLiteral("report"), tr("Write the quarterly policy-review report as a PDF (as the owner or an admin)."),
            {databaseOption(), quarter, output, paper, signInOptions().at(0), signInOptions().at(1)},
            {QStringLiteral("database"), QStringLiteral("quarter"), QStringLiteral("output")});
    if (!parsed.ok)
        return parsed.code;
    const auto which = metrics::Quarter::parse(parser.value(quarter));
    if (!which)
        return failWith(
            UsageError, tr("“%1” is not a quarter. Write the year, a dash and Q1 to Q4, for example: --quarter 2026-Q3").arg(parser.value(quarter)));
    QPageSize pageSize = reports::pageSizeFor(QLocale());
    if (parser.isSet(paper)) {
        const QString p = parser.value(paper).toLower();
        if (p == QLatin1String("a4"))
            pageSize = QPageSize(QPageSize::A4);
        else if (p == QLatin1String("letter"))
            pageSize = QPageSize(QPageSize::Letter);
        else
            return failWith(UsageError, tr("--paper is a4 or letter, not “%1”.").arg(parser.value(paper)));
    }
    auto signedIn = openAndSignIn(parser, ActingAs::Owner);
    if (!signedIn)
        return failWith(Failure, signedIn.message());
    auto report = reports::gatherReport(*signedIn->db, signedIn->session, *which);
    if (!report)
        return failWith(Failure, report.message());
    const QString path = parser.value(output);
    auto pages = reports::ReportWriter(*report).writePdf(path, pageSize);
    if (!pages)
        return failWith(Failure, pages.message());
    printOut(
        tr("Wrote the %1 report for %2 to %3 (%4 pages).").arg(which->toString(), report->business, QFileInfo(path).absoluteFilePath()).arg(*pages));
    for (const QString &missing : report->missing)
        printOut(tr("Not shown: %1").arg(missing));
    printOut(tr("Audit log: %1 entries, head %2").arg(report->auditEntries).arg(report->auditHead));
    return Success;
}

} // namespace consentric::app
