// The owner's Metrics page, offscreen, on both engines: figures read as core words them
// ("fewer than 3 a month", a number), refresh when consent changes, the pulse comments of a
// quarter appear only with at least three answers, the period presets move the range, and
// a chart's tooltip never gives a number for a hidden figure.
#include "metrics/MetricsPage.h"
#include "WorkspaceTest.h"
#include "metrics/ChartWidget.h"
#include "metrics/Pulse.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHelpEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSignalSpy>
#include <QToolTip>

using namespace consentric;
using namespace consentric::test;

namespace {

QString monthYear(int year, int month, const QString &format = QStringLiteral("MMMM yyyy"))
{
    return QLocale().toString(QDate(year, month, 1), format);
}

QString problemText(const QSignalSpy &spy)
{
    return spy.isEmpty() ? QString() : spy.first().first().toString();
}

} // namespace

class MetricsPageTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        // The program started in March 2025; "today" is 5 October 2026 (2026-Q4).
        test().clock().set(QDateTime(QDate(2025, 3, 10), QTime(9, 0), Qt::UTC));
        auto created = people().createOrganisation(QStringLiteral("Test Ltd"));
        ASSERT_TRUE(created.ok()) << created.message().toStdString();
        test().clock().set(QDateTime(QDate(2026, 10, 5), QTime(9, 30), Qt::UTC));
        owner = person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
        for (const QString &name : {QStringLiteral("Ana Lima"), QStringLiteral("Bo Lund"), QStringLiteral("Cy Park"), QStringLiteral("Dee Ross")})
            team.push_back(person(name, QStringLiteral("Sales"), true));
        team.push_back(person(QStringLiteral("Eve Stone"), QStringLiteral("Support"), false));
    }

    void answerPulse(qint64 who, const QString &comment)
    {
        auto answered = metrics::Pulse(db()).answer(session(who), {4, 2, 5, comment});
        ASSERT_TRUE(answered.ok()) << answered.message().toStdString();
    }

    QString figure(const ui::MetricsPage &page, const char *key)
    {
        const auto *label = page.findChild<QLabel *>(QStringLiteral("figure-") + QLatin1String(key));
        EXPECT_NE(label, nullptr) << key;
        return label ? label->text() : QString();
    }

    qint64 owner = 0;
    std::vector<qint64> team;
};
CONSENTRIC_BOTH_ENGINES(MetricsPageTest);

TEST_P(MetricsPageTest, FiguresShowCoresNumbersAndWordsAndFollowConsentChanges)
{
    openWorkspace();
    signInAs(QStringLiteral("olive.owner@test.example"));
    ui::MetricsPage page(*workspace);
    QSignalSpy problems(&page, &ui::Page::problem);
    EXPECT_EQ(page.pageId(), QStringLiteral("metrics"));

    EXPECT_EQ(figure(page, "team"), QStringLiteral("5 people"));
    EXPECT_EQ(figure(page, "participation"), QStringLiteral("80% (4 people)"));
    EXPECT_EQ(figure(page, "opt-ins"), QStringLiteral("at least 4")) << "four joined in October: shown; the other months are left out";
    EXPECT_EQ(figure(page, "opt-outs"), QStringLiteral("fewer than 3 a month"));
    EXPECT_EQ(figure(page, "declines"), QStringLiteral("fewer than 3 a month"));
    EXPECT_EQ(figure(page, "requests"), QStringLiteral("0")) << "the owner's own records are shown as they are";
    EXPECT_EQ(figure(page, "median-days"), QStringLiteral("fewer than 3 introducers"));
    EXPECT_EQ(figure(page, "concerns-reported"), QStringLiteral("fewer than 3 a month"));
    const QLabel *declines = page.figure(QStringLiteral("declines"));
    ASSERT_NE(declines, nullptr);
    EXPECT_TRUE(declines->toolTip().contains(QStringLiteral("fewer than 3 employees"))) << declines->toolTip().toStdString();
    for (const char *key : {"participation", "team", "opt-ins", "private", "shared", "won", "pulse-answers", "comfort", "concerns-resolved"})
        EXPECT_FALSE(page.figure(QLatin1String(key))->toolTip().isEmpty()) << key << " explains itself";

    // Shown, the page follows consent changes: two leave, and fewer than three take part.
    page.resize(1180, 760);
    page.show();
    leave(team[0]);
    leave(team[1]);
    workspace->announceChange();
    EXPECT_EQ(figure(page, "participation"), QStringLiteral("fewer than 3 people"));
    EXPECT_EQ(figure(page, "opt-outs"), QStringLiteral("fewer than 3 a month")) << "two left: hidden, not 2";
    EXPECT_EQ(figure(page, "opt-ins"), QStringLiteral("at least 4"));
    page.setDates(QDate(2026, 10, 20), QDate(2026, 10, 1));
    EXPECT_EQ(figure(page, "opt-ins"), QStringLiteral("4")) << "October alone: every month of the range is shown";
    EXPECT_EQ(figure(page, "opt-outs"), QStringLiteral("fewer than 3 a month"));
    EXPECT_EQ(problems.count(), 0) << problemText(problems).toStdString();

    workspace->signOut();
    EXPECT_TRUE(figure(page, "opt-ins").isEmpty()) << "nothing stays on screen after signing out";
    EXPECT_EQ(problems.count(), 0);
}

TEST_P(MetricsPageTest, PulseCommentsOnlyForAQuarterWithThreeAnswers)
{
    test().clock().set(QDateTime(QDate(2026, 8, 10), QTime(9, 0), Qt::UTC)); // 2026-Q3: two answers
    answerPulse(team[0], QStringLiteral("Only two of us answered this one"));
    answerPulse(team[4], QStringLiteral("A comment nobody may read"));
    test().clock().set(QDateTime(QDate(2026, 10, 5), QTime(9, 30), Qt::UTC)); // 2026-Q4: three answers
    answerPulse(team[1], QStringLiteral("Zero pressure, thanks"));
    answerPulse(team[2], QStringLiteral("appreciate the opt-out"));
    answerPulse(team[3], QString());
    openWorkspace();
    signInAs(QStringLiteral("olive.owner@test.example"));
    ui::MetricsPage page(*workspace);
    QSignalSpy problems(&page, &ui::Page::problem);

    QStringList quarters;
    for (int i = 0; i < page.quarterBox()->count(); ++i)
        quarters << page.quarterBox()->itemText(i);
    EXPECT_EQ(quarters,
        (QStringList{
            QStringLiteral("2025-Q4"), QStringLiteral("2026-Q1"), QStringLiteral("2026-Q2"), QStringLiteral("2026-Q3"), QStringLiteral("2026-Q4")}));
    EXPECT_EQ(page.quarterBox()->currentText(), QStringLiteral("2026-Q4")) << "the latest quarter first";
    EXPECT_EQ(figure(page, "pulse-quarter"), QStringLiteral("2026-Q4"));
    EXPECT_EQ(figure(page, "pulse-answers"), QStringLiteral("3"));
    EXPECT_EQ(figure(page, "comfort"), QStringLiteral("%1 of 5").arg(QLocale().toString(4.0, 'f', 1)));
    ASSERT_EQ(page.commentsList()->count(), 2) << "the empty comment is not listed";
    EXPECT_EQ(page.commentsList()->item(0)->text(), QStringLiteral("appreciate the opt-out")) << "alphabetical, not in the order written";
    EXPECT_EQ(page.commentsList()->item(1)->text(), QStringLiteral("Zero pressure, thanks"));
    EXPECT_FALSE(page.commentsList()->isHidden());
    EXPECT_TRUE(page.commentsNote()->isHidden());

    page.quarterBox()->setCurrentIndex(page.quarterBox()->findText(QStringLiteral("2026-Q3")));
    EXPECT_EQ(page.commentsList()->count(), 0);
    EXPECT_TRUE(page.commentsList()->isHidden());
    EXPECT_FALSE(page.commentsNote()->isHidden());
    EXPECT_EQ(page.commentsNote()->text(), QStringLiteral("Comments are shown only for a quarter with at least 3 answers."));
    for (const QLabel *label : page.findChildren<QLabel *>())
        EXPECT_FALSE(label->text().contains(QStringLiteral("nobody may read"))) << label->objectName().toStdString();

    // Figures and charts follow the range: the pulse chart has hidden averages for 2026-Q3.
    const auto &pulse = page.chart(ui::MetricsPage::Chart::Pulse)->data();
    ASSERT_EQ(pulse.categories.size(), 5u);
    ASSERT_EQ(pulse.series.size(), 3u);
    EXPECT_FALSE(pulse.series[0].values[3].has_value()) << "2026-Q3 had two answers";
    ASSERT_TRUE(pulse.series[0].values[4].has_value());
    EXPECT_DOUBLE_EQ(*pulse.series[0].values[4], 4.0);
    EXPECT_EQ(problems.count(), 0) << problemText(problems).toStdString();
}

TEST_P(MetricsPageTest, PresetsAndDatesMoveTheRangeInWholeMonths)
{
    openWorkspace();
    signInAs(QStringLiteral("olive.owner@test.example"));
    ui::MetricsPage page(*workspace);
    QSignalSpy problems(&page, &ui::Page::problem);
    const auto words
        = [](int y1, int m1, int y2, int m2) -> QString { return QStringLiteral("%1 – %2, whole months").arg(monthYear(y1, m1), monthYear(y2, m2)); };
    using Preset = ui::MetricsPage::Preset;
    EXPECT_EQ(page.presetBox()->currentData().toInt(), int(Preset::LastTwelveMonths));
    EXPECT_EQ(page.rangeLabel()->text(), words(2025, 11, 2026, 10)) << "the last 12 months, this one included";
    EXPECT_EQ(page.fromEdit()->displayFormat(), QStringLiteral("MMMM yyyy"));
    EXPECT_TRUE(page.fromEdit()->calendarPopup());

    page.setPreset(Preset::ThisQuarter);
    EXPECT_EQ(page.rangeLabel()->text(), words(2026, 10, 2026, 12));
    EXPECT_EQ(page.chart(ui::MetricsPage::Chart::Answers)->data().categories.size(), 1u) << "November and December have not begun";
    page.setPreset(Preset::LastQuarter);
    EXPECT_EQ(page.rangeLabel()->text(), words(2026, 7, 2026, 9));
    EXPECT_EQ(page.range(), metrics::MonthRange::snap(QDate(2026, 7, 1), QDate(2026, 9, 30)));
    page.setPreset(Preset::SinceStart);
    EXPECT_EQ(page.rangeLabel()->text(), words(2025, 3, 2026, 10));

    // A date picked by hand: the box says Custom and the range is widened to whole months.
    page.setPreset(Preset::LastQuarter);
    page.fromEdit()->setDate(QDate(2026, 2, 14));
    EXPECT_EQ(page.presetBox()->currentData().toInt(), int(Preset::Custom));
    EXPECT_EQ(page.rangeLabel()->text(), words(2026, 2, 2026, 9));
    EXPECT_EQ(page.range().first, QDate(2026, 2, 1));
    EXPECT_EQ(page.range().last, QDate(2026, 9, 30));
    page.setDates(QDate(2026, 5, 20), QDate(2026, 4, 2));
    EXPECT_EQ(page.rangeLabel()->text(), words(2026, 4, 2026, 5)) << "dates the wrong way round are swapped";
    EXPECT_EQ(problems.count(), 0) << problemText(problems).toStdString();
}

TEST_P(MetricsPageTest, ChartTooltipsNeverGiveANumberForAHiddenFigure)
{
    openWorkspace();
    signInAs(QStringLiteral("olive.owner@test.example"));
    ui::MetricsPage page(*workspace);
    ui::ChartWidget *chart = page.chart(ui::MetricsPage::Chart::Participation);
    EXPECT_EQ(chart->accessibleName(), QStringLiteral("Participation"));
    chart->resize(480, 280);
    ASSERT_EQ(chart->data().categories.size(), 12u);
    const QRectF plot = reports::ChartRenderer::plotArea(chart->rect(), chart->data());
    const qreal band = plot.width() / 12;
    // November 2025: nobody took part yet, so the rate is hidden and marked on the axis.
    const QString hidden = chart->toolTipAt(QPointF(plot.left() + 0.5 * band, plot.bottom() - 2).toPoint());
    EXPECT_EQ(hidden, QStringLiteral("Taking part: fewer than 3 in %1 (hidden)").arg(monthYear(2025, 11, QStringLiteral("MMM yyyy"))));
    const QString shown = chart->toolTipAt(QPointF(plot.left() + 11.5 * band, plot.bottom() - 0.8 * plot.height()).toPoint());
    EXPECT_EQ(shown, QStringLiteral("Taking part: 80% in %1").arg(monthYear(2026, 10, QStringLiteral("MMM yyyy"))));
    EXPECT_TRUE(chart->toolTipAt(QPoint(2, 2)).isEmpty()) << "the title is not a figure";

    // A stacked bar: the hidden segment is named, never numbered; the tooltip event shows it.
    ui::ChartWidget bars;
    reports::ChartData data;
    data.kind = reports::ChartData::Kind::StackedBar;
    data.title = QStringLiteral("Answers");
    data.categories = {QStringLiteral("Jan"), QStringLiteral("Feb")};
    data.series = {{QStringLiteral("Declines"), {5.0, std::nullopt}}};
    bars.setData(data);
    bars.resize(400, 240);
    bars.show();
    const QRectF barPlot = reports::ChartRenderer::plotArea(bars.rect(), bars.data());
    const QPoint feb = QPointF(barPlot.left() + 0.75 * barPlot.width(), barPlot.bottom() - 0.02 * barPlot.height()).toPoint();
    EXPECT_EQ(bars.toolTipAt(feb), QStringLiteral("Declines: fewer than 3 in Feb (hidden)"));
    const QPoint jan = QPointF(barPlot.left() + 0.25 * barPlot.width(), barPlot.bottom() - 0.1 * barPlot.height()).toPoint();
    EXPECT_EQ(bars.toolTipAt(jan), QStringLiteral("Declines: 5 in Jan"));
    QHelpEvent help(QEvent::ToolTip, feb, bars.mapToGlobal(feb));
    QApplication::sendEvent(&bars, &help);
    EXPECT_EQ(QToolTip::text(), QStringLiteral("Declines: fewer than 3 in Feb (hidden)"));
    QToolTip::hideText();
    EXPECT_GE(bars.minimumSizeHint().width(), 300);
}
