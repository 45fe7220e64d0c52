#include "reports/ReportWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <memory>

namespace consentric::reports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::reports::ReportWriter", text);
}

// One unit that is never split across pages.
struct Block
{
    std::unique_ptr<QTextDocument> text; // or
    const ChartData *chart = nullptr;
    qreal height = 0;
};

struct Placed
{
    const Block *block;
    qreal y;
};

constexpr int kRowsPerTable = 14;
constexpr int kRowsPerMatrix = 24; // short rows of numbers: a department map of up to 24 stays whole

QString tableHtml(const std::vector<QStringList> &rows, size_t from, size_t to)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse: collapse\">");
    auto row = [&](const QStringList &cells, bool header) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : cells) {
            html += header ? QStringLiteral("<th align=\"left\" style=\"background-color:#e8eef4; border-bottom: 1px solid #8899aa\">")
                           : QStringLiteral("<td style=\"border-bottom: 1px solid #d0d7de\">");
            html += cell.isEmpty() && !header ? QStringLiteral("&nbsp;<br/>&nbsp;<br/>&nbsp;") : cell.toHtmlEscaped();
            html += header ? QStringLiteral("</th>") : QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>");
    };
    if (!rows.empty())
        row(rows.front(), true);
    for (size_t i = from; i < to; ++i)
        row(rows[i], false);
    return html + QStringLiteral("</table>");
}

// A square of counts: row i (after the header) is column i, so its cell i is the diagonal.
QString matrixHtml(const std::vector<QStringList> &rows, size_t from, size_t to)
{
    const qsizetype columns = rows.empty() ? 0 : rows.front().size();
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-collapse: collapse; font-size: %1pt\">")
                       .arg(columns > 9 ? 8 : 10);
    const QString line = QStringLiteral("border-bottom: 1px solid #d0d7de");
    if (!rows.empty()) {
        // The names take a quarter of the width or more; the counts share the rest evenly.
        const int countWidth = columns > 1 ? (columns > 9 ? 76 : 72) / int(columns - 1) : 0;
        const int nameWidth = 100 - countWidth * int(columns - 1);
        html += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < columns; ++c)
            html += QStringLiteral("<th width=\"%1%\" align=\"%2\" style=\"background-color:#e8eef4; border-bottom: 1px solid #8899aa\">%3</th>")
                        .arg(c == 0 ? nameWidth : countWidth)
                        .arg(c == 0 ? QStringLiteral("left") : QStringLiteral("center"), rows.front().at(c).toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    for (size_t i = from; i < to; ++i) {
        const QStringList &cells = rows[i];
        html += QStringLiteral("<tr><td style=\"%1\">%2</td>").arg(line, cells.value(0).toHtmlEscaped());
        for (qsizetype c = 1; c < cells.size(); ++c) {
            const bool diagonal = size_t(c) == i;
            const bool zero = cells[c] == QLatin1String("0");
            html += QStringLiteral("<td align=\"center\" style=\"%1%2%3\">%4</td>")
                        .arg(line, diagonal ? QStringLiteral("; background-color:#dde6ef") : QString(),
                            zero ? QStringLiteral("; color:#9aa5b1") : QString(), cells[c].toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString figuresHtml(const std::vector<ReportFigure> &figures)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">");
    for (const ReportFigure &f : figures) {
        html += QStringLiteral("<tr><td width=\"40%\" style=\"border-bottom: 1px solid #d0d7de\">%1</td>"
                               "<td width=\"32%\" style=\"border-bottom: 1px solid #d0d7de\"><b>%2</b></td>"
                               "<td style=\"border-bottom: 1px solid #d0d7de; color:#555555\">%3</td></tr>")
                    .arg(f.label.toHtmlEscaped(), f.value.toHtmlEscaped(), f.note.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

class Layout
{
public:
    // lupdate files the strings of this class under its own name.
    static QString tr(const char *text) { return QCoreApplication::translate("consentric::reports::Layout", text); }

    Layout(QPagedPaintDevice &device, const QuarterlyReport &report)
        : m_device(device)
        , m_report(report)
        , m_width(device.width())
        , m_pageHeight(device.height() - footerHeight())
    { }

    qreal footerHeight() const { return m_device.logicalDpiY() * 0.45; }

    std::unique_ptr<QTextDocument> document(const QString &html) const
    {
        auto doc = std::make_unique<QTextDocument>();
        doc->documentLayout()->setPaintDevice(&m_device);
        QFont font = doc->defaultFont();
        font.setPointSizeF(10);
        doc->setDefaultFont(font);
        doc->setDocumentMargin(0);
        doc->setHtml(html);
        doc->setTextWidth(m_width);
        return doc;
    }

    void addText(const QString &html)
    {
        Block b;
        b.text = document(html);
        b.height = b.text->size().height() + m_device.logicalDpiY() * 0.15;
        m_blocks.push_back(std::move(b));
    }

    void addChart(const ChartData &chart)
    {
        Block b;
        b.chart = &chart;
        b.height = std::min(m_pageHeight * 0.42, m_width * 0.5);
        m_blocks.push_back(std::move(b));
    }

    // Starts a page: the cover and each section begin on one.
    void pageBreak() { m_breaks.push_back(m_blocks.size()); }

    void build()
    {
        const auto &r = m_report;
        pageBreak();
        addText(QStringLiteral("<div style=\"font-size: 28pt; font-weight: bold; color:#1f3b57\">%1</div>"
                               "<p style=\"font-size: 16pt\">%2</p><p style=\"font-size: 20pt\"><b>%3</b></p>")
                    .arg(tr("Quarterly policy review").toHtmlEscaped(), r.business.toHtmlEscaped(), r.quarter.toString()));
        addText(QStringLiteral("<p style=\"font-size: 12pt\">%1<br/>%2</p>")
                    .arg(tr("Covering %1 to %2").arg(reportDate(r.quarter.first()), reportDate(r.quarter.last())).toHtmlEscaped(),
                        tr("Prepared on %1 with Consentric").arg(reportDate(r.preparedOn)).toHtmlEscaped()));
        addText(QStringLiteral("<p style=\"color:#444444\">%1</p>")
                    .arg(tr("Aggregate figures only. Any figure behind which fewer than three people stand is shown as “fewer than 3”, and "
                            "figures are counted in whole months so that comparing two periods cannot single anyone out. No section about "
                            "requests, declines, the pulse, concerns or one-to-ones names anyone.")
                             .toHtmlEscaped()));
        int number = 0;
        for (const ReportSection &s : r.sections) {
            pageBreak();
            QString head = QStringLiteral("<h1 style=\"font-size: 18pt; color:#1f3b57\">%1. %2</h1>").arg(++number).arg(s.title.toHtmlEscaped());
            if (s.id == QLatin1String("summary") && !r.missing.isEmpty()) {
                head += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("What this report cannot show").toHtmlEscaped());
                for (const QString &m : r.missing)
                    head += QStringLiteral("<li>%1</li>").arg(m.toHtmlEscaped());
                head += QStringLiteral("</ul>");
            }
            for (const QString &p : s.paragraphs)
                head += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
            addText(head);
            if (!s.figures.empty())
                addText(figuresHtml(s.figures));
            if (s.id == QLatin1String("sign-off"))
                addText(QStringLiteral("<p>%1<br/><span style=\"font-family: monospace; font-size: 9pt\">%2</span></p>")
                            .arg(tr("Head hash of the audit log:").toHtmlEscaped(), r.auditHead.toHtmlEscaped()));
            for (const ChartData &chart : s.charts)
                addChart(chart);
            const size_t rowsPerBlock = s.matrix ? kRowsPerMatrix : kRowsPerTable;
            for (size_t from = 1; from < s.table.size(); from += rowsPerBlock) {
                const size_t to = std::min(s.table.size(), from + rowsPerBlock);
                addText(s.matrix ? matrixHtml(s.table, from, to) : tableHtml(s.table, from, to));
            }
            for (const QString &note : s.tableNotes)
                addText(QStringLiteral("<p style=\"color:#444444; font-size: 9pt\">%1</p>").arg(note.toHtmlEscaped()));
        }
    }

    // The cover's contents list, with the page each section starts on (known only once the
    // pages are laid out; the cover is a page of its own, so the list moves nothing).
    std::unique_ptr<QTextDocument> contents(const std::vector<std::vector<Placed>> &pages) const
    {
        QString html
            = QStringLiteral("<p style=\"font-size: 13pt\"><b>%1</b></p><table width=\"70%\" cellpadding=\"3\">").arg(tr("Contents").toHtmlEscaped());
        for (size_t s = 0; s < m_report.sections.size() && s + 1 < m_breaks.size(); ++s) {
            const Block *heading = &m_blocks[m_breaks[s + 1]];
            int page = 0;
            for (size_t p = 0; p < pages.size(); ++p) {
                if (std::any_of(pages[p].begin(), pages[p].end(), [&](const Placed &placed) { return placed.block == heading; }))
                    page = int(p) + 1;
            }
            html += QStringLiteral("<tr><td>%1. %2</td><td align=\"right\">%3</td></tr>")
                        .arg(s + 1)
                        .arg(m_report.sections[s].title.toHtmlEscaped())
                        .arg(page);
        }
        return document(html + QStringLiteral("</table>"));
    }

    std::vector<std::vector<Placed>> paginate() const
    {
        std::vector<std::vector<Placed>> pages;
        qreal y = 0;
        for (size_t i = 0; i < m_blocks.size(); ++i) {
            const bool forced = std::find(m_breaks.begin(), m_breaks.end(), i) != m_breaks.end();
            if (forced || pages.empty() || (y + m_blocks[i].height > m_pageHeight && y > 0)) {
                pages.emplace_back();
                y = 0;
            }
            pages.back().push_back({&m_blocks[i], y});
            y += m_blocks[i].height;
        }
        return pages;
    }

    void paintPage(QPainter &painter, const std::vector<Placed> &page, int index, int count, QTextDocument *contents) const
    {
        qreal bottom = 0;
        for (const Placed &p : page) {
            bottom = std::max(bottom, p.y + p.block->height);
            painter.save();
            painter.translate(0, p.y);
            if (p.block->text) {
                p.block->text->drawContents(&painter);
            } else if (p.block->chart) {
                ChartRenderer::paint(painter, QRectF(0, 0, m_width, p.block->height * 0.94), *p.block->chart);
            }
            painter.restore();
        }
        if (index == 0) {
            if (contents) {
                painter.save();
                painter.translate(0, bottom + m_device.logicalDpiY() * 0.3);
                contents->drawContents(&painter);
                painter.restore();
            }
            return;
        }
        painter.save();
        QFont font = painter.font();
        font.setPointSizeF(8);
        painter.setFont(font);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footer(0, m_device.height() - footerHeight() * 0.6, m_width, footerHeight() * 0.6);
        painter.drawLine(QPointF(0, footer.top()), QPointF(m_width, footer.top()));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, tr("%1 — policy review %2").arg(m_report.business, m_report.quarter.toString()));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(index + 1).arg(count));
        painter.restore();
    }

private:
    QPagedPaintDevice &m_device;
    const QuarterlyReport &m_report;
    qreal m_width;
    qreal m_pageHeight;
    std::vector<Block> m_blocks;
    std::vector<size_t> m_breaks;
};

} // namespace

QPageSize pageSizeFor(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::PuertoRico: return QPageSize(QPageSize::Letter);
    default: return QPageSize(QPageSize::A4);
    }
}

Result<int> ReportWriter::paint(QPagedPaintDevice &device) const
{
    Layout layout(device, m_report);
    layout.build();
    const auto pages = layout.paginate();
    const auto contents = layout.contents(pages);
    QPainter painter;
    if (!painter.begin(&device))
        return fail(tr("The report could not be drawn: the printer or file refused to start a page. Check the printer, or the folder you chose."));
    for (size_t i = 0; i < pages.size(); ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return fail(tr("The report stopped at page %1: the printer or file refused a new page.").arg(i + 1));
        }
        layout.paintPage(painter, pages[i], int(i), int(pages.size()), contents.get());
    }
    painter.end();
    return int(pages.size());
}

Result<int> ReportWriter::writePdf(const QString &path, const QPageSize &pageSize) const
{
    // Written next to the target and moved into place, so a failure leaves no half file.
    const QString partial = path + QStringLiteral(".part");
    int pages = 0;
    {
        QPdfWriter writer(partial);
        writer.setResolution(300);
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(20, 18, 20, 16), QPageLayout::Millimeter);
        writer.setTitle(tr("Quarterly policy review %1 — %2").arg(m_report.quarter.toString(), m_report.business));
        writer.setCreator(QStringLiteral("Consentric"));
        auto painted = paint(writer);
        if (!painted) {
            QFile::remove(partial);
            return painted;
        }
        pages = *painted;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return fail(tr("The report could not be saved as %1. Check that the folder exists and that you may write there.").arg(path));
    }
    return pages;
}

} // namespace consentric::reports
