// Draws the quarterly report on any paged device: a QPdfWriter for the command line and
// "Save as PDF", a QPrinter for print and print preview. Qt 6.4's QTextDocument has no
// keep-with-next, so the writer paginates itself: the cover is a page of its own, each
// section starts a new page, and a block (a heading with its text, a table, a chart) that
// does not fit on what is left of a page moves whole to the next. Every page but the cover
// carries the business, the quarter and "page n of N".
#pragma once

#include "reports/ReportData.h"
#include "util/Result.h"

#include <QPageSize>

class QLocale;
class QPagedPaintDevice;

namespace consentric::reports {

// Letter where it is the custom (the United States, Canada, Mexico, the Philippines and a
// few others), A4 everywhere else.
QPageSize pageSizeFor(const QLocale &locale);

class ReportWriter
{
public:
    explicit ReportWriter(const QuarterlyReport &report)
        : m_report(report)
    { }

    // Paints every page; the device must not have a painter yet. Returns the page count.
    Result<int> paint(QPagedPaintDevice &device) const;
    // Replaces `path`.
    Result<int> writePdf(const QString &path, const QPageSize &pageSize) const;

private:
    const QuarterlyReport &m_report;
};

} // namespace consentric::reports
