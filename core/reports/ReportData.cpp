#include "reports/ReportData.h"

#include "consent/Accounts.h"
#include "consent/AuditLog.h"
#include "consent/People.h"
#include "metrics/Metrics.h"
#include "oneonones/Overview.h"
#include "policy/ConnectionPolicy.h"
#include "policy/Reviews.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace consentric::reports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::reports", text);
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString decimal(std::optional<double> value, const QString &whenHidden)
{
    return value ? QLocale().toString(*value, 'f', 1) : whenHidden;
}

std::vector<QString> monthLabels(const metrics::MonthRange &range)
{
    std::vector<QString> labels;
    for (QDate m : range.months())
        labels.push_back(QLocale().toString(m, QStringLiteral("MMM yyyy")));
    return labels;
}

std::vector<std::optional<double>> asSeries(const metrics::RangeCount &count)
{
    std::vector<std::optional<double>> values;
    for (const auto &v : count.perMonth())
        values.push_back(v ? std::optional<double>(double(*v)) : std::nullopt);
    return values;
}

ReportSection summary(const QuarterlyReport &report, const metrics::ProgramMetrics &m, const QString &policyVersion)
{
    ReportSection s{QStringLiteral("summary"), tr("Summary"), {}, {}, {}, {}};
    const auto &end = m.participation.empty() ? metrics::ParticipationPoint{} : m.participation.back();
    s.paragraphs << tr("This report reviews the referral program of %1 for %2 (%3 to %4): whether taking part stayed voluntary and "
                       "comfortable, and whether it was useful. Every figure about what employees did is counted month by month and "
                       "shown only when at least three people stand behind it; otherwise it reads “fewer than 3”.")
                        .arg(report.business, report.quarter.toString(), reportDate(report.quarter.first()), reportDate(report.quarter.last()));
    s.figures.push_back({tr("Participation at the end of the quarter"),
        end.rate ? tr("%1 % (%2 of %3)").arg(QLocale().toString(*end.rate, 'f', 0), end.participants.toString(), number(end.team))
                 : end.participants.toString(),
        tr("members of the team, the owner excepted")});
    s.figures.push_back({tr("Requests sent"), number(m.requests), tr("by the owner")});
    s.figures.push_back({tr("Introductions made"), m.introductions.toString(), tr("by employees who accepted")});
    const auto &pulse = m.pulses.empty() ? metrics::PulseResults{} : m.pulses.back();
    s.figures.push_back({tr("Comfort with the program (1–5)"), decimal(pulse.comfort, tr("fewer than 3 answers")), tr("pulse average")});
    s.figures.push_back({tr("Felt pressure (1–5)"), decimal(pulse.pressure, tr("fewer than 3 answers")), tr("pulse average; lower is better")});
    s.figures.push_back({tr("Concerns reported"), m.concernsReported.toString(), tr("to the owner or the trusted person")});
    s.figures.push_back({tr("Connection policy in force"), policyVersion, {}});
    return s;
}

// More departments than this and the columns are numbered, the rows saying which is which.
constexpr qsizetype kNamedColumns = 6;

Result<ReportSection> oneOnOnes(storage::Database &db, const consent::Session &owner, const metrics::Quarter &quarter, const oneonones::Figures &f)
{
    ReportSection s{QStringLiteral("oneonones"), tr("One-to-ones"), {}, {}, {}, {}};
    s.paragraphs << tr("Colleagues from different departments meet for half an hour, paired by the program; members choose how often and "
                       "within which working hours. Counts only: each person's marks and private notes are never part of this report, and "
                       "the held rate counts only the months in which at least 3 people marked a meeting.");
    const QString members
        = f.membersPercent ? tr("%1 (%2 % of employees)").arg(f.members.toString(), number(*f.membersPercent)) : f.members.toString();
    s.figures.push_back({tr("Members"), members, tr("employees, now; shown from 3")});
    s.figures.push_back({tr("Rounds started"), number(f.rounds), tr("for a date in the quarter")});
    s.figures.push_back({tr("Meetings arranged"), number(f.meetings), tr("for the quarter")});
    s.figures.push_back(
        {tr("Across departments"), tr("%1 of %2").arg(number(f.acrossDepartments), number(f.meetings)), tr("of the meetings arranged")});
    s.figures.push_back({tr("Held rate"), f.heldPercent ? tr("%1 %").arg(number(*f.heldPercent)) : tr("not shown"),
        f.heldPercent ? tr("of held and skipped; %1 people marked").arg(f.marked.toString()) : tr("shown when at least 3 people marked in a month")});

    auto map = oneonones::Overview(db).siloMap(owner, quarter.first(), quarter.last());
    if (!map)
        return map.error();
    s.figures.push_back({tr("Pairs of departments that met"), tr("%1 of %2").arg(number(map->pairsMet()), number(map->pairsPossible())),
        tr("at least one one-to-one between them")});
    if (f.rounds == 0)
        s.paragraphs << tr("No one-to-one round was started for a date in %1.").arg(quarter.toString());
    if (map->total == 0 || map->departments.size() < 2)
        return s;

    // Who met whom, by department: the silo map as a square, within each department on the diagonal.
    const QStringList &departments = map->departments;
    const bool numbered = departments.size() > kNamedColumns;
    QStringList header{QString()};
    for (qsizetype i = 0; i < departments.size(); ++i)
        header << (numbered ? number(i + 1) : departments[i]);
    s.table.push_back(header);
    for (qsizetype i = 0; i < departments.size(); ++i) {
        QStringList row{numbered ? tr("%1. %2").arg(number(i + 1), departments[i]) : departments[i]};
        for (qsizetype j = 0; j < departments.size(); ++j)
            row << number(map->meetings[size_t(i)][size_t(j)]);
        s.table.push_back(row);
    }
    s.matrix = true;
    const QDate until = std::min(quarter.last(), db.clock().today());
    s.tableNotes << tr("One-to-ones whose time had come by %1, by the departments of the people in them: %2 in all, %3 across departments. "
                       "A cell counts the meetings between its row's and its column's department; the shaded diagonal, those within one "
                       "department. A group of three counts once for each pair of departments in it.")
                        .arg(reportDate(until), number(map->total), number(map->acrossDepartments));
    return s;
}

} // namespace

// "26 September 2026" in the reader's language and order, without the weekday.
QString reportDate(QDate date)
{
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    QString format = QLocale().dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return QLocale().toString(date, format.trimmed());
}

const ReportSection *QuarterlyReport::section(const QString &id) const
{
    for (const ReportSection &s : sections) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

Result<QuarterlyReport> gatherReport(storage::Database &db, const consent::Session &owner, const metrics::Quarter &quarter)
{
    if (!owner.runsTheProgram())
        return fail(tr("Only the owner or an admin can make the quarterly report. Sign in as the owner."));
    QuarterlyReport report;
    report.quarter = quarter;
    report.preparedOn = db.clock().today();
    consent::People people(db);
    auto name = people.organisationName();
    if (!name)
        return name.error();
    report.business = name->value_or(tr("(no organisation yet)"));

    metrics::Metrics metrics(db);
    auto started = metrics.programStart();
    if (!started)
        return started.error();
    const QDate today = report.preparedOn;
    if (quarter.first() > today)
        report.missing << tr("%1 has not started yet, so there is nothing to count: every figure below is empty.").arg(quarter.toString());
    else if (quarter.last() > today)
        report.missing << tr("%1 is not over: the figures run to %2.").arg(quarter.toString(), reportDate(today));
    if (quarter.last() < *started)
        report.missing << tr("The program started on %1, after this quarter: there is nothing to count.").arg(reportDate(*started));

    const auto range = metrics::MonthRange::of(quarter);
    auto m = metrics.compute(owner, range);
    if (!m)
        return m.error();
    const auto trendRange = metrics::MonthRange::snap(quarter.last().addMonths(-11), quarter.last());
    auto trend = metrics.compute(owner, trendRange);
    if (!trend)
        return trend.error();

    // Policy.
    policy::PolicyStore policies(db);
    auto policy = policies.current();
    if (!policy)
        return policy.error();
    auto acknowledgements = policies.acknowledgements(owner);
    if (!acknowledgements)
        return acknowledgements.error();
    auto versions = policies.versions();
    if (!versions)
        return versions.error();
    if (policy->builtin)
        report.missing << tr("No connection policy has been published in this database: the built-in policy %1 applies.").arg(policy->version);

    report.sections.push_back(summary(report, *m, policy->version));

    ReportSection policySection{QStringLiteral("policy"), tr("The connection policy"), {}, {}, {}, {}};
    policySection.paragraphs << (policy->builtin ? tr("Version %1 (built in; not yet published by the business).").arg(policy->version)
                                                 : tr("Version %1, published on %2.").arg(policy->version, reportDate(policy->publishedAt.date())));
    policySection.figures.push_back({tr("Version"), policy->version, {}});
    const auto items = policy::checklist(policy->sections);
    const auto written = std::count_if(items.begin(), items.end(), [](const auto &i) { return i.state == policy::SectionState::Written; });
    policySection.figures.push_back(
        {tr("Sections written"), tr("%1 of %2").arg(number(written), number(qint64(items.size()))), tr("of the required checklist")});
    policySection.figures.push_back({tr("Participants"), acknowledgements->participants.toString(), tr("now")});
    policySection.figures.push_back({tr("Have acknowledged this version"), acknowledgements->acknowledged.toString(), tr("now")});
    policySection.figures.push_back({tr("Not yet acknowledged"), acknowledgements->waiting.toString(), tr("asked at their next sign-in")});
    policySection.table.push_back({tr("Section"), tr("Status")});
    for (const auto &item : items)
        policySection.table.push_back({item.title, policy::label(item.state)});
    report.sections.push_back(std::move(policySection));

    // Participation and consent.
    ReportSection participation{QStringLiteral("participation"), tr("Participation and consent"), {}, {}, {}, {}};
    const auto end = m->participation.empty() ? metrics::ParticipationPoint{} : m->participation.back();
    participation.figures.push_back({tr("Team (the owner excepted)"), number(end.team), tr("at the end of the quarter")});
    participation.figures.push_back({tr("Participants"), end.participants.toString(), tr("at the end of the quarter")});
    participation.figures.push_back({tr("Participation rate"), end.rate ? tr("%1 %").arg(QLocale().toString(*end.rate, 'f', 0)) : tr("not shown"),
        tr("shown when at least 3 take part")});
    participation.figures.push_back({tr("Joined the program"), m->optIns.toString(), tr("month by month")});
    participation.figures.push_back({tr("Left the program"), m->optOuts.toString(), tr("month by month; no reason is ever asked")});
    participation.figures.push_back({tr("Acknowledged a new policy version"), m->acknowledgements.toString(), tr("month by month")});
    participation.figures.push_back({tr("Connections kept private"), m->levels.privateConnections.toString(), tr("of participants, now")});
    participation.figures.push_back({tr("Connections made discoverable"), m->levels.discoverable.toString(), tr("of participants, now")});
    participation.figures.push_back({tr("Connections shared"), m->levels.shared.toString(), tr("of participants, now")});
    ChartData rate;
    rate.kind = ChartData::Kind::Line;
    rate.title = tr("Participation rate, last 12 months");
    rate.valueSuffix = QStringLiteral("%");
    rate.maximum = 100;
    rate.categories = monthLabels(trendRange);
    ChartSeries rateSeries{tr("Participation"), {}};
    for (const auto &p : trend->participation)
        rateSeries.values.push_back(p.rate);
    rate.series.push_back(std::move(rateSeries));
    participation.charts.push_back(std::move(rate));
    report.sections.push_back(std::move(participation));

    // Referral activity (aggregate only).
    ReportSection referrals{QStringLiteral("referrals"), tr("Referral activity and outcomes"), {}, {}, {}, {}};
    referrals.paragraphs << tr("Aggregate figures only. Declines are counted, never attributed to anyone.");
    referrals.figures.push_back({tr("Requests sent"), number(m->requests), tr("by the owner")});
    referrals.figures.push_back({tr("Accepted"), m->acceptances.toString(), tr("answers, month by month")});
    referrals.figures.push_back({tr("Declined"), m->declines.toString(), tr("answers, month by month")});
    referrals.figures.push_back({tr("Introductions made"), m->introductions.toString(), tr("month by month")});
    referrals.figures.push_back({tr("Meetings"), number(m->meetings), tr("recorded by the owner")});
    referrals.figures.push_back({tr("Outcomes"),
        tr("won %1 · hired %2 · partnered %3 · no result %4").arg(number(m->won), number(m->hired), number(m->partnered), number(m->noResult)),
        tr("recorded by the owner")});
    referrals.figures.push_back({tr("Median days from request to introduction"), decimal(m->medianDaysToIntroduction, tr("not shown")),
        tr("shown when at least 3 people introduced")});
    ChartData answers;
    answers.kind = ChartData::Kind::StackedBar;
    answers.title = tr("Answers to requests, last 12 months");
    answers.categories = monthLabels(trendRange);
    answers.series = {{tr("Accepted"), asSeries(trend->acceptances)}, {tr("Declined"), asSeries(trend->declines)}};
    referrals.charts.push_back(std::move(answers));
    if (m->requests == 0)
        report.missing << tr("No referral requests were sent in %1.").arg(quarter.toString());
    report.sections.push_back(std::move(referrals));

    // Pulse.
    ReportSection pulse{QStringLiteral("pulse"), tr("Pulse survey"), {}, {}, {}, {}};
    pulse.paragraphs << tr("Anonymous: answers are stored with the quarter only. Averages are shown for a quarter with at least 3 answers; "
                           "comments are read in the window and are not part of this report.");
    const auto &thisPulse = m->pulses.empty() ? metrics::PulseResults{} : m->pulses.back();
    const QString fewer = tr("fewer than 3 answers");
    pulse.figures.push_back({tr("Answers"), thisPulse.answers.toString(), quarter.toString()});
    pulse.figures.push_back({tr("Comfort with the program (1–5)"), decimal(thisPulse.comfort, fewer), tr("higher is better")});
    pulse.figures.push_back({tr("Felt pressure (1–5)"), decimal(thisPulse.pressure, fewer), tr("lower is better")});
    pulse.figures.push_back({tr("Satisfaction (1–5)"), decimal(thisPulse.satisfaction, fewer), tr("higher is better")});
    if (thisPulse.answers.suppressed())
        report.missing << tr("The pulse for %1 has fewer than 3 answers, so its averages are not shown.").arg(quarter.toString());
    ChartData pulseChart;
    pulseChart.kind = ChartData::Kind::Line;
    pulseChart.title = tr("Pulse averages, last four quarters");
    pulseChart.maximum = 5;
    std::vector<std::optional<double>> comfort, pressure, satisfaction;
    for (const auto &p : trend->pulses) {
        if (p.quarter < quarter.previous().previous().previous())
            continue;
        pulseChart.categories.push_back(p.quarter.toString());
        comfort.push_back(p.comfort);
        pressure.push_back(p.pressure);
        satisfaction.push_back(p.satisfaction);
    }
    pulseChart.series = {{tr("Comfort"), comfort}, {tr("Pressure"), pressure}, {tr("Satisfaction"), satisfaction}};
    pulse.charts.push_back(std::move(pulseChart));
    report.sections.push_back(std::move(pulse));

    // Concerns.
    ReportSection concerns{QStringLiteral("concerns"), tr("Concerns"), {}, {}, {}, {}};
    concerns.paragraphs << tr("Counts and status only. Whoever wrote a concern, and what it says, stays with its recipient.");
    concerns.figures.push_back({tr("Reported in the quarter"), m->concernsReported.toString(), tr("month by month")});
    concerns.figures.push_back({tr("Resolved in the quarter"), m->concernsResolved.toString(), tr("month by month")});
    ChartData concernChart;
    concernChart.kind = ChartData::Kind::StackedBar;
    concernChart.title = tr("Concerns, last 12 months");
    concernChart.categories = monthLabels(trendRange);
    concernChart.series = {{tr("Reported"), asSeries(trend->concernsReported)}, {tr("Resolved"), asSeries(trend->concernsResolved)}};
    concerns.charts.push_back(std::move(concernChart));
    report.sections.push_back(std::move(concerns));

    // One-to-ones: the figures of the quarter and which departments met.
    auto oneOnOnesSection = oneOnOnes(db, owner, quarter, m->oneOnOnes);
    if (!oneOnOnesSection)
        return oneOnOnesSection.error();
    report.sections.push_back(std::move(*oneOnOnesSection));

    // Reviews.
    policy::Reviews reviewStore(db);
    auto reviews = reviewStore.all();
    if (!reviews)
        return reviews.error();
    auto schedule = reviewStore.schedule(today);
    if (!schedule)
        return schedule.error();
    ReportSection reviewSection{QStringLiteral("reviews"), tr("Review schedule and the last review"), {}, {}, {}, {}};
    for (const auto &due : *schedule)
        reviewSection.figures.push_back(
            {policy::label(due.kind), tr("%1: %2").arg(due.period, policy::label(due.state)), tr("due by %1").arg(reportDate(due.dueOn))});
    const policy::Review *last = nullptr;
    for (const auto &r : *reviews) {
        if (r.heldOn <= quarter.last().addDays(policy::kQuarterlyGraceDays)) {
            last = &r;
            break;
        }
    }
    if (last) {
        reviewSection.figures.push_back({tr("Last review"), tr("%1, %2").arg(policy::label(last->kind), reportDate(last->heldOn)), last->period});
        reviewSection.table = {{tr("Held on"), tr("Participants"), tr("Notes")}, {reportDate(last->heldOn), last->participants, last->notes}};
    } else {
        reviewSection.paragraphs << tr("No review has been recorded yet.");
    }
    const bool reviewed = std::any_of(reviews->begin(), reviews->end(),
        [&](const policy::Review &r) { return r.kind == policy::ReviewKind::Quarterly && r.period == quarter.toString(); });
    if (!reviewed)
        report.missing << tr("No quarterly review has been recorded for %1.").arg(quarter.toString());
    report.sections.push_back(std::move(reviewSection));

    // Changes decided.
    ReportSection changes{QStringLiteral("changes"), tr("Changes decided"), {}, {}, {}, {}};
    qint64 published = 0;
    changes.table.push_back({tr("When"), tr("Where"), tr("Change")});
    for (const auto &v : *versions) {
        if (v.publishedAt.date() >= quarter.first() && v.publishedAt.date() <= quarter.last()) {
            ++published;
            changes.table.push_back({reportDate(v.publishedAt.date()), tr("Policy version %1").arg(v.version), v.changes});
        }
    }
    qint64 decided = 0;
    for (const auto &r : *reviews) {
        if (r.heldOn >= quarter.first() && r.heldOn <= quarter.last() && !r.changes.isEmpty()) {
            ++decided;
            changes.table.push_back({reportDate(r.heldOn), policy::label(r.kind), r.changes});
        }
    }
    changes.figures.push_back({tr("Policy versions published"), number(published), quarter.toString()});
    changes.figures.push_back({tr("Reviews that decided changes"), number(decided), quarter.toString()});
    if (changes.table.size() == 1) {
        changes.table.clear();
        changes.paragraphs << tr("No changes were decided in this quarter.");
    }
    report.sections.push_back(std::move(changes));

    // Sign-off, with the audit log's head so a later truncation can be detected.
    auto audit = consent::AuditLog(db).verify();
    if (!audit)
        return audit.error();
    report.auditEntries = audit->count;
    report.auditHead = audit->head;
    ReportSection signOff{QStringLiteral("sign-off"), tr("Sign-off"), {}, {}, {}, {}};
    signOff.paragraphs << tr("The audit log had %1 entries when this report was prepared, ending with the hash below. To check later that no "
                             "entry was removed: consentric audit --database FILE --verify --expect-head HASH")
                              .arg(number(audit->count));
    signOff.figures.push_back({tr("Audit log entries"), number(audit->count), audit->intact ? tr("chain intact") : audit->problem});

    signOff.table = {{tr("Role"), tr("Name"), tr("Signature"), tr("Date")}, {tr("Owner"), {}, {}, {}}, {tr("For the team"), {}, {}, {}}};
    report.sections.push_back(std::move(signOff));
    return report;
}

} // namespace consentric::reports
