#include "metrics/MetricsPage.h"

#include "Workspace.h"
#include "metrics/ChartWidget.h"
#include "util/Clock.h"
#include "widgets/LevelIcons.h"
#include "widgets/Notes.h"
#include "widgets/PageLayout.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace consentric::ui {

namespace {

QString monthName(QDate date, const QString &format = QStringLiteral("MMMM yyyy"))
{
    return QLocale().toString(date, format);
}

// A chart's values from core's month-by-month figures: a hidden month stays hidden.
std::vector<std::optional<double>> asValues(const metrics::RangeCount &figure, std::size_t months)
{
    std::vector<std::optional<double>> values;
    for (std::size_t i = 0; i < months && i < figure.perMonth().size(); ++i)
        values.push_back(figure.perMonth()[i] ? std::optional<double>(double(*figure.perMonth()[i])) : std::nullopt);
    return values;
}

// How a figure is counted, said in its tooltip after what it counts.
enum class Rule { MonthByMonth, OwnRecord, Concern, AsWritten };

struct FigureSpec
{
    int group; // Participation, Referrals, Pulse, Concerns, One-to-ones
    const char *key;
    const char *name;
    const char *what;
    Rule rule;
};

// One figure a line reads best here.
// clang-format off
const FigureSpec kFigures[] = {
    {0, "participation", QT_TR_NOOP("Taking part:"), QT_TR_NOOP("The share of the team taking part in the program at the end of the range's last month (today, for the current month). Shown only when at least 3 people take part; otherwise it reads \"fewer than 3\"."), Rule::AsWritten},
    {0, "team", QT_TR_NOOP("Team:"), QT_TR_NOOP("Active members of the team at the end of that month, the owner excepted. The size of the team is not private."), Rule::AsWritten},
    {0, "opt-ins", QT_TR_NOOP("Joined:"), QT_TR_NOOP("Employees who joined the program in these months."), Rule::MonthByMonth},
    {0, "opt-outs", QT_TR_NOOP("Left:"), QT_TR_NOOP("Employees who left the program in these months."), Rule::MonthByMonth},
    {0, "acknowledgements", QT_TR_NOOP("Read a new policy:"), QT_TR_NOOP("Participants who acknowledged a newly published version of the connection policy in these months."), Rule::MonthByMonth},
    {1, "requests", QT_TR_NOOP("Requests sent:"), QT_TR_NOOP("Requests you sent in these months."), Rule::OwnRecord},
    {1, "acceptances", QT_TR_NOOP("Accepted:"), QT_TR_NOOP("Requests employees accepted in these months."), Rule::MonthByMonth},
    {1, "declines", QT_TR_NOOP("Declined:"), QT_TR_NOOP("Declines answered in these months."), Rule::MonthByMonth},
    {1, "introductions", QT_TR_NOOP("Introductions:"), QT_TR_NOOP("Introductions employees made in these months."), Rule::MonthByMonth},
    {1, "meetings", QT_TR_NOOP("Meetings:"), QT_TR_NOOP("Meetings you recorded in these months."), Rule::OwnRecord},
    {1, "won", QT_TR_NOOP("Won:"), QT_TR_NOOP("Requests whose outcome you recorded as won in these months."), Rule::OwnRecord},
    {1, "hired", QT_TR_NOOP("Hired:"), QT_TR_NOOP("Requests whose outcome you recorded as hired in these months."), Rule::OwnRecord},
    {1, "partnered", QT_TR_NOOP("Partnered:"), QT_TR_NOOP("Requests whose outcome you recorded as partnered in these months."), Rule::OwnRecord},
    {1, "no-result", QT_TR_NOOP("No result:"), QT_TR_NOOP("Requests whose outcome you recorded as no result in these months."), Rule::OwnRecord},
    {1, "median-days", QT_TR_NOOP("Request to introduction:"), QT_TR_NOOP("The median number of days from sending a request to the introduction, over the introductions made in these months. Shown only when at least 3 different employees made them, so no one's pace can be read from it."), Rule::AsWritten},
    {2, "pulse-quarter", QT_TR_NOOP("Quarter:"), QT_TR_NOOP("The latest quarter of the range that has begun: the pulse is asked once a quarter."), Rule::AsWritten},
    {2, "pulse-answers", QT_TR_NOOP("Answers:"), QT_TR_NOOP("How many answered the pulse that quarter. Answers are stored without name, time or order; fewer than 3 reads \"fewer than 3\"."), Rule::AsWritten},
    {2, "comfort", QT_TR_NOOP("Comfort:"), QT_TR_NOOP("The average answer that quarter, from 1 (very uncomfortable) to 5 (very comfortable). Shown only for a quarter with at least 3 answers."), Rule::AsWritten},
    {2, "pressure", QT_TR_NOOP("Felt pressure:"), QT_TR_NOOP("The average answer that quarter, from 1 (no pressure) to 5 (a lot). Shown only for a quarter with at least 3 answers."), Rule::AsWritten},
    {2, "satisfaction", QT_TR_NOOP("Satisfaction:"), QT_TR_NOOP("The average answer that quarter, from 1 (not satisfied) to 5 (very satisfied). Shown only for a quarter with at least 3 answers."), Rule::AsWritten},
    {3, "concerns-reported", QT_TR_NOOP("Reported:"), QT_TR_NOOP("Concerns sent to you or to the trusted person in these months."), Rule::Concern},
    {3, "concerns-resolved", QT_TR_NOOP("Resolved:"), QT_TR_NOOP("Concerns marked resolved in these months."), Rule::Concern},
    {4, "oneonone-members", QT_TR_NOOP("Members:"), QT_TR_NOOP("Employees in the one-to-one program today, whatever the range, and their share of all employees (the owner and admins arrange the rounds and do not take part). Shown only when at least 3 take part; otherwise it reads \"fewer than 3\"."), Rule::AsWritten},
    {4, "oneonone-rounds", QT_TR_NOOP("Rounds:"), QT_TR_NOOP("One-to-one rounds started for a date in these months."), Rule::OwnRecord},
    {4, "oneonone-meetings", QT_TR_NOOP("Meetings arranged:"), QT_TR_NOOP("One-to-ones arranged for these months by the rounds, whether their time has come yet or not."), Rule::OwnRecord},
    {4, "oneonone-across", QT_TR_NOOP("Across departments:"), QT_TR_NOOP("Of those meetings, the ones between colleagues from different departments (a group of three counts when any two of them differ)."), Rule::OwnRecord},
    {4, "oneonone-held", QT_TR_NOOP("Held:"), QT_TR_NOOP("Of the marks people gave their meetings of these months, the share that says held rather than skipped. Counted month by month: a month in which fewer than 3 different people marked a meeting is left out, so comparing two ranges never shows how one or two people marked theirs. Nobody's own mark is ever shown."), Rule::AsWritten},
};
// clang-format on

} // namespace

MetricsPage::MetricsPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Metrics")), content));
    layout->addWidget(
        makeNote(tr("How the referral program and the one-to-ones are going, over whole months. Figures that count what employees did are counted "
                    "month by month, and a month with fewer than 3 people behind a figure is left out: such figures read "
                    "\"fewer than 3\" or \"at least\". Rest the pointer on a figure to see how it is counted."),
            content));
    makeRangeRow(layout, content);
    layout->addWidget(makeFigures(content));

    auto *charts = new QGridLayout;
    const char *chartNames[] = {"chart-participation", "chart-answers", "chart-pulse", "chart-concerns"};
    for (std::size_t i = 0; i < m_charts.size(); ++i) {
        m_charts[i] = new ChartWidget(content);
        m_charts[i]->setObjectName(QLatin1String(chartNames[i]));
        m_charts[i]->setMinimumHeight(280); // the renderer scales its text with the height
        charts->addWidget(m_charts[i], int(i) / 2, int(i) % 2);
    }
    layout->addWidget(new QLabel(QStringLiteral("<h3>%1</h3>").arg(tr("Month by month")), content));
    layout->addLayout(charts);
    makeComments(layout, content);
    layout->addStretch(1);

    placeInScrollArea(this, content);

    // A hidden page waits: showEvent refreshes it.
    const auto refreshWhenVisible = [this] {
        if (isVisible())
            refresh();
    };
    connect(&m_workspace, &Workspace::sessionChanged, this, refreshWhenVisible);
    connect(&m_workspace, &Workspace::reloaded, this, refreshWhenVisible);
    connect(&m_workspace, &Workspace::consentChanged, this, refreshWhenVisible);
    setPreset(Preset::LastTwelveMonths);
}

QIcon MetricsPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("office-chart-bar"), QIcon(QStringLiteral(":/icons/metrics.svg")));
}

void MetricsPage::makeRangeRow(QVBoxLayout *layout, QWidget *row)
{
    m_preset = new QComboBox(row);
    m_preset->setObjectName(QStringLiteral("metricsPreset"));
    for (const auto &[text, preset] : {std::pair(tr("This quarter"), Preset::ThisQuarter), std::pair(tr("Last quarter"), Preset::LastQuarter),
             std::pair(tr("Last 12 months"), Preset::LastTwelveMonths), std::pair(tr("Since the program started"), Preset::SinceStart),
             std::pair(tr("Custom"), Preset::Custom)})
        m_preset->addItem(text, int(preset));
    m_from = new QDateEdit(row);
    m_to = new QDateEdit(row);
    m_from->setObjectName(QStringLiteral("metricsFrom"));
    m_to->setObjectName(QStringLiteral("metricsTo"));
    m_rangeLabel = new QLabel(row);
    m_rangeLabel->setObjectName(QStringLiteral("metricsRange"));
    m_rangeLabel->setToolTip(tr("Any dates are widened to whole months, and every figure is counted month by month, so two ranges never "
                                "differ by a few days that could single someone out."));

    auto *controls = new QHBoxLayout;
    const std::pair<QString, QWidget *> fields[] = {{tr("&Period:"), m_preset}, {tr("&From:"), m_from}, {tr("&To:"), m_to}};
    for (const auto &[text, field] : fields) {
        auto *label = new QLabel(text, row);
        label->setBuddy(field);
        controls->addWidget(label);
        controls->addWidget(field);
        controls->addSpacing(8);
    }
    controls->addStretch(1);
    layout->addLayout(controls);
    layout->addWidget(m_rangeLabel);

    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("MMMM yyyy"));
        edit->setCalendarPopup(true);
        connect(edit, &QDateEdit::dateChanged, this, [this] { setDates(m_from->date(), m_to->date()); });
    }
    connect(m_preset, &QComboBox::activated, this, &MetricsPage::presetChosen);
}

QLabel *MetricsPage::addFigure(QGridLayout *grid, const QString &key, const QString &name, const QString &explanation, const QIcon &icon)
{
    auto *parent = grid->parentWidget();
    auto *nameLabel = new QLabel(name, parent);
    auto *value = new QLabel(parent);
    value->setObjectName(QStringLiteral("figure-") + key);
    value->setAccessibleName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    nameLabel->setToolTip(explanation);
    value->setToolTip(explanation);
    const int row = grid->rowCount();
    if (icon.isNull()) {
        grid->addWidget(nameLabel, row, 0);
    } else { // a sharing level's symbol goes next to its word, as everywhere else
        auto *pair = new QHBoxLayout;
        auto *symbol = new QLabel(parent);
        symbol->setPixmap(icon.pixmap(16, 16));
        pair->addWidget(symbol);
        pair->addWidget(nameLabel, 1);
        grid->addLayout(pair, row, 0);
    }
    grid->addWidget(value, row, 1);
    m_figures.insert(key, value);
    return nameLabel;
}

QWidget *MetricsPage::makeFigures(QWidget *parent)
{
    auto *figures = new QWidget(parent);
    auto *grid = new QGridLayout(figures);
    grid->setContentsMargins(0, 0, 0, 0);
    std::array<QGridLayout *, 5> groups{};
    const QString titles[] = {tr("Participation"), tr("Referrals"), tr("Pulse"), tr("Concerns"), tr("One-to-ones")};
    for (int i = 0; i < int(groups.size()); ++i) {
        auto *box = new QGroupBox(titles[i], figures);
        grid->addWidget(box, i / 2, i % 2);
        grid->setColumnStretch(i % 2, 1);
        groups[size_t(i)] = new QGridLayout(box);
        groups[size_t(i)]->setColumnStretch(1, 1);
    }
    const QString rules[] = {
        tr("Counted month by month: a month in which fewer than 3 employees stand behind the figure is left out of the total, so no one can be "
           "singled out by comparing ranges; \"at least\" says months were left out."),
        tr("These are your own records, not what an employee did, so they are shown as they are."),
        tr("A concern has no author on record, so each counts as one person: a month with fewer than 3 concerns is left out of the total, so no "
           "one can be singled out by comparing ranges; \"at least\" says months were left out."),
    };
    for (const FigureSpec &spec : kFigures) {
        // The table is at namespace scope, so lupdate files its strings under consentric::ui.
        const QString what = QCoreApplication::translate("consentric::ui", spec.what);
        const QString explanation = spec.rule == Rule::AsWritten ? what : what + QLatin1Char(' ') + rules[int(spec.rule)];
        QLabel *name
            = addFigure(groups[size_t(spec.group)], QLatin1String(spec.key), QCoreApplication::translate("consentric::ui", spec.name), explanation);
        if (qstrcmp(spec.key, "participation") == 0)
            m_participationName = name;
    }
    const QString levelRule = tr("Connections of participating employees at this level today, whatever the range. Hidden when fewer than 3 "
                                 "employees hold connections at this level.");
    for (const consent::Level level : {consent::Level::Private, consent::Level::Discoverable, consent::Level::Shared})
        addFigure(groups[0], consent::key(level), tr("%1 connections:").arg(consent::label(level)), levelRule, levelIcon(level));
    // Rows keep their height; the spare room goes below the last figure.
    for (QGridLayout *group : groups)
        group->setRowStretch(group->rowCount(), 1);
    return figures;
}

void MetricsPage::makeComments(QVBoxLayout *layout, QWidget *section)
{
    m_quarter = new QComboBox(section);
    m_quarter->setObjectName(QStringLiteral("pulseQuarter"));
    m_comments = new QListWidget(section);
    m_comments->setObjectName(QStringLiteral("pulseComments"));
    m_comments->setAccessibleName(tr("Pulse comments"));
    m_comments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comments->setWordWrap(true);
    m_comments->setAlternatingRowColors(true);
    m_comments->setMinimumHeight(140);
    m_commentsNote = makeEmptyNote(QString(), section);
    m_commentsNote->setObjectName(QStringLiteral("pulseCommentsNote"));

    auto *quarterLabel = new QLabel(tr("&Quarter:"), section);
    quarterLabel->setBuddy(m_quarter);
    auto *row = new QHBoxLayout;
    row->addWidget(quarterLabel);
    row->addWidget(m_quarter);
    row->addStretch(1);
    layout->addWidget(new QLabel(QStringLiteral("<h3>%1</h3>").arg(tr("Pulse comments")), section));
    layout->addWidget(makeNote(tr("Comments never appear in the printed report. They are listed in alphabetical order, never in the order "
                                  "they were written."),
        section));
    layout->addLayout(row);
    layout->addWidget(m_commentsNote);
    layout->addWidget(m_comments);

    connect(m_quarter, &QComboBox::currentIndexChanged, this, &MetricsPage::showComments);
}

void MetricsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    refresh();
}

void MetricsPage::setPreset(Preset preset)
{
    // Set in code, the box emits no activated(): that is only for the person's choice.
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    presetChosen();
}

void MetricsPage::presetChosen()
{
    const QDate today = m_workspace.database().clock().today();
    const metrics::Quarter current = metrics::Quarter::of(today);
    QDate from = today.addMonths(-11);
    QDate to = today;
    switch (Preset(m_preset->currentData().toInt())) {
    case Preset::ThisQuarter: std::tie(from, to) = std::pair(current.first(), current.last()); break;
    case Preset::LastQuarter: std::tie(from, to) = std::pair(current.previous().first(), current.previous().last()); break;
    case Preset::LastTwelveMonths: break;
    case Preset::SinceStart:
        if (auto start = metrics::Metrics(m_workspace.database()).programStart())
            from = *start;
        else
            Q_EMIT problem(start.message());
        break;
    case Preset::Custom: refresh(); return;
    }
    putDates(from, to);
    refresh();
}

void MetricsPage::putDates(QDate from, QDate to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
}

void MetricsPage::setDates(QDate from, QDate to)
{
    putDates(from, to);
    m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    refresh();
}

metrics::MonthRange MetricsPage::range() const
{
    return metrics::MonthRange::snap(m_from->date(), m_to->date());
}

void MetricsPage::clear()
{
    m_metrics.reset();
    for (QLabel *value : std::as_const(m_figures))
        value->clear();
    for (ChartWidget *chart : m_charts)
        chart->setData({});
    const QSignalBlocker blocker(m_quarter);
    m_quarter->clear();
    showComments();
}

void MetricsPage::refresh()
{
    const metrics::MonthRange range = this->range();
    m_rangeLabel->setText(tr("%1 – %2, whole months").arg(monthName(range.first), monthName(range.last)));
    const consent::Session *session = m_workspace.session();
    if (!session || !session->runsTheProgram()) {
        clear(); // the owner's page: nothing to show anyone else
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto computed = metrics::Metrics(m_workspace.database()).compute(*session, range);
    QApplication::restoreOverrideCursor();
    if (!computed) {
        clear();
        Q_EMIT problem(computed.message());
        return;
    }
    m_metrics = std::move(*computed);
    showFigures(*m_metrics);
    showCharts(*m_metrics);
    // The quarters whose comments can be read: the one being read stays chosen, else the latest.
    const QString chosen = m_quarter->currentData().toString();
    {
        const QSignalBlocker blocker(m_quarter);
        m_quarter->clear();
        for (const metrics::PulseResults &results : pulsesSoFar(*m_metrics))
            m_quarter->addItem(results.quarter.toString(), results.quarter.toString());
        const int kept = m_quarter->findData(chosen);
        m_quarter->setCurrentIndex(kept >= 0 ? kept : m_quarter->count() - 1);
    }
    showComments();
}

std::size_t MetricsPage::monthsSoFar(const metrics::ProgramMetrics &m) const
{
    const QDate today = m_workspace.database().clock().today();
    const auto months = m.range.months();
    return std::size_t(std::count_if(months.cbegin(), months.cend(), [&](QDate month) { return month <= today; }));
}

std::vector<metrics::PulseResults> MetricsPage::pulsesSoFar(const metrics::ProgramMetrics &m) const
{
    const metrics::Quarter current = metrics::Quarter::of(m_workspace.database().clock().today());
    std::vector<metrics::PulseResults> begun;
    std::copy_if(m.pulses.cbegin(), m.pulses.cend(), std::back_inserter(begun), [&](const auto &results) { return results.quarter <= current; });
    return begun;
}

void MetricsPage::showFigures(const metrics::ProgramMetrics &m)
{
    const auto set = [this](const char *key, const QString &text) { m_figures.value(QLatin1String(key))->setText(text); };
    const std::size_t months = monthsSoFar(m);
    // The current month is not over: its figure is today's.
    const QDate today = m_workspace.database().clock().today();
    const bool ongoing = months > 0 && m.participation[months - 1].month.addMonths(1) > today;
    m_participationName->setText(months == 0 ? tr("Taking part:")
            : ongoing                        ? tr("Taking part today:")
                      : tr("Taking part, end of %1:").arg(monthName(m.participation[months - 1].month, QStringLiteral("MMM yyyy"))));
    if (months == 0) {
        set("participation", tr("not yet: the range has not begun"));
        set("team", QString());
    } else {
        const metrics::ParticipationPoint &end = m.participation[months - 1];
        set("participation",
            end.rate ? tr("%1% (%2 people)").arg(QLocale().toString(*end.rate, 'f', 0), end.participants.toString())
                     : tr("%1 people").arg(end.participants.toString()));
        set("team", tr("%1 people").arg(QLocale().toString(end.team)));
    }
    const QString median
        = m.medianDaysToIntroduction ? tr("%1 days").arg(QLocale().toString(*m.medianDaysToIntroduction, 'f', 1)) : tr("fewer than 3 introducers");
    const std::pair<const char *, QString> values[] = {{"opt-ins", m.optIns.toString()}, {"opt-outs", m.optOuts.toString()},
        {"acknowledgements", m.acknowledgements.toString()}, {"private", m.levels.privateConnections.toString()},
        {"discoverable", m.levels.discoverable.toString()}, {"shared", m.levels.shared.toString()}, {"requests", QLocale().toString(m.requests)},
        {"acceptances", m.acceptances.toString()}, {"declines", m.declines.toString()}, {"introductions", m.introductions.toString()},
        {"meetings", QLocale().toString(m.meetings)}, {"won", QLocale().toString(m.won)}, {"hired", QLocale().toString(m.hired)},
        {"partnered", QLocale().toString(m.partnered)}, {"no-result", QLocale().toString(m.noResult)}, {"median-days", median},
        {"concerns-reported", m.concernsReported.toString()}, {"concerns-resolved", m.concernsResolved.toString()}};
    for (const auto &[key, text] : values)
        set(key, text);

    const oneonones::Figures &o = m.oneOnOnes;
    set("oneonone-members",
        o.membersPercent ? tr("%1 (%2% of employees)").arg(o.members.toString(), QLocale().toString(*o.membersPercent)) : o.members.toString());
    set("oneonone-rounds", QLocale().toString(o.rounds));
    set("oneonone-meetings", QLocale().toString(o.meetings));
    set("oneonone-across",
        o.meetings > 0 ? tr("%1 of %2").arg(QLocale().toString(o.acrossDepartments), QLocale().toString(o.meetings)) : QLocale().toString(0));
    set("oneonone-held",
        !o.heldPercent ? tr("hidden: fewer than 3 people marked in any month")
            : o.monthsLeftOut > 0
            ? tr("%1% (%2 people marked; months with fewer than 3 left out)").arg(QLocale().toString(*o.heldPercent), o.marked.toString())
            : tr("%1% (%2 people marked)").arg(QLocale().toString(*o.heldPercent), o.marked.toString()));

    const auto pulses = pulsesSoFar(m);
    const metrics::PulseResults *pulse = pulses.empty() ? nullptr : &pulses.back();
    const auto average = [pulse](std::optional<double> metrics::PulseResults::*which) -> QString {
        if (!pulse)
            return {};
        const auto value = pulse->*which;
        return value ? tr("%1 of 5").arg(QLocale().toString(*value, 'f', 1)) : tr("hidden: fewer than 3 answers");
    };
    set("pulse-quarter", pulse ? pulse->quarter.toString() : tr("none begun yet"));
    set("pulse-answers", pulse ? pulse->answers.toString() : QString());
    set("comfort", average(&metrics::PulseResults::comfort));
    set("pressure", average(&metrics::PulseResults::pressure));
    set("satisfaction", average(&metrics::PulseResults::satisfaction));
}

void MetricsPage::showCharts(const metrics::ProgramMetrics &m)
{
    using Kind = reports::ChartData::Kind;
    const std::size_t months = monthsSoFar(m);
    std::vector<QString> monthLabels;
    reports::ChartSeries rate{tr("Taking part"), {}};
    for (std::size_t i = 0; i < months; ++i) {
        monthLabels.push_back(monthName(m.participation[i].month, QStringLiteral("MMM yyyy")));
        rate.values.push_back(m.participation[i].rate);
    }
    const auto show = [this](Chart which, Kind kind, const QString &title, const std::vector<QString> &categories,
                          std::vector<reports::ChartSeries> series, std::optional<double> maximum, const QString &suffix) {
        reports::ChartData shown;
        shown.kind = kind;
        shown.title = title;
        shown.valueSuffix = suffix;
        shown.categories = categories;
        shown.series = std::move(series);
        shown.maximum = maximum;
        chart(which)->setData(std::move(shown));
    };
    show(Chart::Participation, Kind::Line, tr("Participation"), monthLabels, {rate}, 100, QStringLiteral("%"));
    show(Chart::Answers, Kind::StackedBar, tr("Answers to requests"), monthLabels,
        {{tr("Acceptances"), asValues(m.acceptances, months)}, {tr("Declines"), asValues(m.declines, months)}}, std::nullopt, QString());
    show(Chart::Concerns, Kind::StackedBar, tr("Concerns"), monthLabels,
        {{tr("Reported"), asValues(m.concernsReported, months)}, {tr("Resolved"), asValues(m.concernsResolved, months)}}, std::nullopt, QString());

    std::vector<QString> quarters;
    std::vector<reports::ChartSeries> pulse = {{tr("Comfort"), {}}, {tr("Pressure"), {}}, {tr("Satisfaction"), {}}};
    for (const metrics::PulseResults &results : pulsesSoFar(m)) {
        quarters.push_back(results.quarter.toString());
        pulse[0].values.push_back(results.comfort);
        pulse[1].values.push_back(results.pressure);
        pulse[2].values.push_back(results.satisfaction);
    }
    show(Chart::Pulse, Kind::Line, tr("Pulse (1–5)"), quarters, pulse, 5, QString());
}

void MetricsPage::showComments()
{
    const auto setCommentsNote = [this](const QString &text) {
        m_commentsNote->setText(text);
        m_commentsNote->setVisible(!text.isEmpty());
    };
    m_comments->clear();
    m_comments->hide();
    const auto quarter = metrics::Quarter::parse(m_quarter->currentData().toString());
    const consent::Session *session = m_workspace.session();
    if (!quarter || !m_metrics || !session) {
        setCommentsNote(m_metrics ? tr("No quarter of the range has begun yet.") : QString());
        return;
    }
    const auto &pulses = m_metrics->pulses;
    const auto results = std::find_if(pulses.cbegin(), pulses.cend(), [&](const auto &r) { return r.quarter == *quarter; });
    if (results == pulses.cend() || results->answers.suppressed()) {
        setCommentsNote(tr("Comments are shown only for a quarter with at least 3 answers."));
        return;
    }
    auto comments = metrics::Pulse(m_workspace.database()).comments(*session, *quarter);
    if (!comments)
        Q_EMIT problem(comments.message());
    if (!comments || comments->isEmpty()) {
        setCommentsNote(comments ? tr("Nobody wrote a comment with their answer in %1.").arg(quarter->toString()) : QString());
        return;
    }
    setCommentsNote(QString());
    m_comments->addItems(*comments);
    m_comments->show();
}

} // namespace consentric::ui
