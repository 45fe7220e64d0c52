// The owner's Reports page on the demo company, offscreen, on both engines: it offers the
// quarters since the program started (the last finished one chosen), lists the sections
// and what cannot be shown, saves the same PDF as `consentric report`, and prints through
// a printer (the print preview's path) page for page the same.
#include "reports/ReportsPage.h"
#include "WorkspaceTest.h"
#include "demo/DemoCompany.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace consentric;
using namespace consentric::test;

namespace {

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return -1;
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

} // namespace

class ReportsPageTest : public WorkspaceTest
{
};
CONSENTRIC_BOTH_ENGINES(ReportsPageTest);

TEST_P(ReportsPageTest, TheDemosThirdQuarterSavedAndPrintedFromTheWindow)
{
    auto made = demo::createDemoCompany(db(), demo::Options{});
    ASSERT_TRUE(made.ok()) << made.message().toStdString();
    test().clock().set(QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC));
    openWorkspace();
    auto owner = consent::Accounts(workspace->database()).signIn(QStringLiteral("owner@demo.example"), demo::kDemoPassphrase);
    ASSERT_TRUE(owner.ok()) << owner.message().toStdString();
    workspace->signIn(std::move(*owner));
    ui::ReportsPage page(*workspace);
    QSignalSpy problems(&page, &ui::Page::problem);
    page.refresh();
    EXPECT_EQ(page.selectedQuarter().toString(), QStringLiteral("2026-Q3")) << "the last quarter that ended";
    auto *quarters = page.findChild<QComboBox *>(QStringLiteral("reportQuarter"));
    ASSERT_NE(quarters, nullptr);
    EXPECT_EQ(quarters->itemText(0), QStringLiteral("2026-Q4 (in progress)"));
    EXPECT_EQ(quarters->itemText(quarters->count() - 1), QStringLiteral("2025-Q2")) << "from the program's start";
    const QString outline = page.outline()->toPlainText();
    for (const char *title : {"Summary", "The connection policy", "Participation and consent", "Referral activity and outcomes", "Pulse survey",
             "Concerns", "Review schedule and the last review", "Changes decided", "Sign-off"})
        EXPECT_TRUE(outline.contains(QString::fromLatin1(title))) << title;
    EXPECT_FALSE(outline.contains(QStringLiteral("What this report cannot show")));

    QTemporaryDir dir;
    const QString saved = QDir(dir.path()).filePath(QStringLiteral("saved.pdf"));
    EXPECT_EQ(page.saveTo(saved), QString());
    const int pages = pdfPages(saved);
    EXPECT_GE(pages, 10);

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = QDir(dir.path()).filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(20, 18, 20, 16), QPageLayout::Millimeter);
    EXPECT_EQ(page.printTo(printer), QString());
    EXPECT_EQ(pdfPages(printed), pages) << "the printer gets the same pages";

    // The quarter in progress says so before anything is printed.
    page.selectQuarter(metrics::Quarter{2026, 4});
    EXPECT_TRUE(page.outline()->toPlainText().contains(QStringLiteral("2026-Q4 is not over")));
    EXPECT_EQ(problems.count(), 0);
}
