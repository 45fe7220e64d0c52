// What the quarterly policy-review report says, gathered from core as the owner, before
// anything is drawn: the same figures the dashboard shows (suppression included), the
// policy's checklist, the one-to-ones' silo map, the review record and the audit log's head.
// Names appear only where the owner wrote them (a review's participants); no section about
// requests, declines, pulses, concerns or one-to-ones holds a person's name, and neither the
// pulse's comments nor anyone's one-to-one marks or notes are ever part of it.
#pragma once

#include "metrics/Period.h"
#include "reports/Chart.h"
#include "util/Result.h"

#include <QDate>
#include <QStringList>

#include <vector>

namespace consentric::storage {
class Database;
}
namespace consentric::consent {
class Session;
}

namespace consentric::reports {

struct ReportFigure
{
    QString label;
    QString value;
    QString note; // how it is counted, in a few words
};

struct ReportSection
{
    QString id; // summary, policy, participation, referrals, pulse, concerns, oneonones, reviews, changes, sign-off
    QString title;
    QStringList paragraphs; // plain text
    std::vector<ReportFigure> figures;
    std::vector<ChartData> charts;
    // A table after the figures: header row first (may be empty).
    std::vector<QStringList> table;
    // The table is a square of counts (its rows are its columns, the first cell of each row
    // names it): drawn with centred numbers and a shaded diagonal.
    bool matrix = false;
    QStringList tableNotes{}; // plain text under the table
};

struct QuarterlyReport
{
    QString business;
    metrics::Quarter quarter;
    QDate preparedOn;
    QStringList missing; // what the report could not show, one plain sentence each
    std::vector<ReportSection> sections;
    qint64 auditEntries = 0;
    QString auditHead; // printed on one line in the sign-off section

    const ReportSection *section(const QString &id) const;
};

// "26 September 2026", in the reader's language and order, without the weekday.
QString reportDate(QDate date);

// Owner or admin. A quarter in the future, or before the program started, still gives a
// report that says so in `missing`.
Result<QuarterlyReport> gatherReport(storage::Database &db, const consent::Session &owner, const metrics::Quarter &quarter);

} // namespace consentric::reports
