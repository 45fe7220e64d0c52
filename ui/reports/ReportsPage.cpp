#include "reports/ReportsPage.h"

#include "Workspace.h"
#include "metrics/Metrics.h"
#include "reports/ReportWriter.h"
#include "util/Clock.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace consentric::ui {

namespace {

class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace

ReportsPage::ReportsPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_quarter(new QComboBox(this))
    , m_outline(new QTextBrowser(this))
    , m_preview(new QPushButton(tr("Print pre&view…"), this))
    , m_save(new QPushButton(tr("&Save as PDF…"), this))
{
    m_quarter->setObjectName(QStringLiteral("reportQuarter"));
    m_quarter->setAccessibleName(tr("Quarter"));
    m_preview->setShortcut(QKeySequence::Print);
    m_preview->setToolTip(
        tr("See every page, print it or save it as a PDF (%1)").arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_save->setToolTip(tr("Save the report as a PDF file (%1)").arg(m_save->shortcut().toString(QKeySequence::NativeText)));
    m_outline->setAccessibleName(tr("What the report contains"));
    m_outline->setOpenLinks(false);

    auto *label = new QLabel(tr("&Quarter:"), this);
    label->setBuddy(m_quarter);
    auto *controls = new QHBoxLayout;
    controls->addWidget(label);
    controls->addWidget(m_quarter);
    controls->addStretch(1);
    controls->addWidget(m_preview);
    controls->addWidget(m_save);

    auto *intro = new QLabel(tr("The quarterly policy-review report shows that the program stayed voluntary, comfortable and useful: "
                                "the policy and who acknowledged it, participation, referral activity, the pulse, concerns, the one-to-ones "
                                "and which departments met, the review schedule and a sign-off block. Aggregate figures only; the "
                                "pulse's comments and anyone's one-to-one marks and notes are never printed."),
        this);
    intro->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Quarterly policy-review report")), this));
    layout->addWidget(intro);
    layout->addLayout(controls);
    layout->addWidget(m_outline, 1);

    connect(m_quarter, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_preview, &QPushButton::clicked, this, &ReportsPage::preview);
    connect(m_save, &QPushButton::clicked, this, &ReportsPage::savePdf);
    connect(&m_workspace, &Workspace::reloaded, this, [this] { fillQuarters(); });
    connect(&m_workspace, &Workspace::consentChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    fillQuarters();
}

QIcon ReportsPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("x-office-document"), QIcon(QStringLiteral(":/icons/policy.svg")));
}

void ReportsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    refresh();
}

void ReportsPage::fillQuarters()
{
    const QSignalBlocker blocker(m_quarter);
    m_quarter->clear();
    auto start = metrics::Metrics(m_workspace.database()).programStart();
    const QDate today = m_workspace.database().clock().today();
    const auto first = metrics::Quarter::of(start ? *start : today);
    const auto current = metrics::Quarter::of(today);
    for (auto q = current; q >= first; q = q.previous())
        m_quarter->addItem(q == current ? tr("%1 (in progress)").arg(q.toString()) : q.toString(), q.toString());
    // The last quarter that is over is the one to review.
    m_quarter->setCurrentIndex(m_quarter->count() > 1 ? 1 : 0);
}

metrics::Quarter ReportsPage::selectedQuarter() const
{
    return metrics::Quarter::parse(m_quarter->currentData().toString()).value_or(metrics::Quarter::of(m_workspace.database().clock().today()));
}

void ReportsPage::selectQuarter(const metrics::Quarter &quarter)
{
    const int index = m_quarter->findData(quarter.toString());
    if (index >= 0)
        m_quarter->setCurrentIndex(index);
}

bool ReportsPage::gather()
{
    m_report.reset();
    const consent::Session *session = m_workspace.session();
    if (!session)
        return false;
    WaitCursor wait;
    auto report = reports::gatherReport(m_workspace.database(), *session, selectedQuarter());
    if (!report) {
        Q_EMIT problem(report.message());
        return false;
    }
    m_report = std::move(*report);
    return true;
}

void ReportsPage::refresh()
{
    const bool ok = gather();
    m_preview->setEnabled(ok);
    m_save->setEnabled(ok);
    if (!ok) {
        m_outline->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("%1 — %2").arg(m_report->business, m_report->quarter.toString()).toHtmlEscaped());
    if (!m_report->missing.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("What this report cannot show").toHtmlEscaped());
        for (const QString &m : m_report->missing)
            html += QStringLiteral("<li>%1</li>").arg(m.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p>%1</p><ol>").arg(tr("A cover page, then one page or more for each section:").toHtmlEscaped());
    for (const reports::ReportSection &s : m_report->sections) {
        QStringList figures;
        for (const reports::ReportFigure &f : s.figures)
            figures << tr("%1: %2").arg(f.label, f.value).toHtmlEscaped();
        html += QStringLiteral("<li><b>%1</b><br/><span style=\"color:#555\">%2</span></li>")
                    .arg(s.title.toHtmlEscaped(), figures.join(QStringLiteral(" · ")));
    }
    html += QStringLiteral("</ol>");
    m_outline->setHtml(html);
}

void ReportsPage::preview()
{
    if (!m_report && !gather())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(reports::pageSizeFor(QLocale()));
    printer.setPageMargins(QMarginsF(20, 18, 20, 16), QPageLayout::Millimeter);
    printer.setDocName(tr("Policy review %1").arg(m_report->quarter.toString()));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Quarterly policy-review report %1").arg(m_report->quarter.toString()));
    dialog.resize(900, 760);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) {
        if (const QString error = printTo(*target); !error.isEmpty())
            Q_EMIT problem(error);
    });
    dialog.exec();
}

QString ReportsPage::printTo(QPrinter &printer)
{
    if (!m_report && !gather())
        return tr("The report could not be prepared; see the message above.");
    WaitCursor wait;
    auto painted = reports::ReportWriter(*m_report).paint(printer);
    return painted ? QString() : painted.message();
}

QString ReportsPage::saveTo(const QString &path)
{
    if (!m_report && !gather())
        return tr("The report could not be prepared; see the message above.");
    WaitCursor wait;
    auto written = reports::ReportWriter(*m_report).writePdf(path, reports::pageSizeFor(QLocale()));
    if (!written)
        return written.message();
    return {};
}

void ReportsPage::savePdf()
{
    if (!m_report && !gather())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(tr("policy-review-%1.pdf").arg(m_report->quarter.toString()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const QString error = saveTo(path); !error.isEmpty()) {
        Q_EMIT problem(error);
        return;
    }
    Q_EMIT information(tr("Saved the %1 report as %2.").arg(m_report->quarter.toString(), QDir::toNativeSeparators(path)));
}

} // namespace consentric::ui
