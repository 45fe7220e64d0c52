// The owner's Reports page: the quarterly policy-review report for a chosen quarter, with
// what it cannot show said first, then print preview, print and "Save as PDF". The pages
// are drawn by core's ReportWriter, the same code as `consentric report`.
#pragma once

#include "Page.h"
#include "metrics/Period.h"
#include "reports/ReportData.h"

#include <optional>

class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;
class QTextBrowser;

namespace consentric::ui {

class Workspace;

class ReportsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)

public:
    explicit ReportsPage(Workspace &workspace, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("reports"); }
    QString title() const override { return tr("Reports"); }
    QString helpAnchor() const override { return QStringLiteral("reports"); }
    QIcon icon() const override;

    void refresh();
    // Writes the selected quarter's report to `path`: an error message, or empty.
    QString saveTo(const QString &path);
    // Draws it on a printer (what the print preview and Print do): an error message, or empty.
    QString printTo(QPrinter &printer);
    metrics::Quarter selectedQuarter() const;
    void selectQuarter(const metrics::Quarter &quarter);
    QTextBrowser *outline() const { return m_outline; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillQuarters();
    bool gather();
    void preview();
    void savePdf();

    Workspace &m_workspace;
    std::optional<reports::QuarterlyReport> m_report;
    QComboBox *m_quarter;
    QTextBrowser *m_outline;
    QPushButton *m_preview;
    QPushButton *m_save;
};

} // namespace consentric::ui
