// The chart renderer shared by the dashboard and the PDF reports: checked on the pixels it
// paints, so a hidden figure that turned into a line or a bar would show up here.
#include "reports/Chart.h"

#include <QFile>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace consentric::reports;

namespace {

// Text needs the font database, which needs a QGuiApplication; core_tests has none of its own.
class GuiEnvironment : public ::testing::Environment
{
public:
    void SetUp() override
    {
        if (QCoreApplication::instance() != nullptr)
            return;
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        m_app = std::make_unique<QGuiApplication>(m_argc, m_argv);
    }
    void TearDown() override { m_app.reset(); }

private:
    int m_argc = 1;
    char m_name[11] = "core_tests";
    char *m_argv[2] = {m_name, nullptr};
    std::unique_ptr<QGuiApplication> m_app;
};
[[maybe_unused]] const auto *const guiEnvironment = ::testing::AddGlobalTestEnvironment(new GuiEnvironment);

const QSize kSize(600, 300);
const QRectF kArea(QPointF(0, 0), QSizeF(kSize));

bool near(const QColor &a, const QColor &b, int tolerance = 24)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance && std::abs(a.blue() - b.blue()) <= tolerance;
}

bool white(const QColor &c)
{
    return near(c, Qt::white, 8);
}

QColor at(const QImage &image, qreal x, qreal y)
{
    return image.pixelColor(qRound(x), qRound(y));
}

int inkIn(const QImage &image, const QRect &rect)
{
    int ink = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            ink += white(image.pixelColor(x, y)) ? 0 : 1;
    return ink;
}

ChartData bars()
{
    ChartData data;
    data.kind = ChartData::Kind::StackedBar;
    data.title = QStringLiteral("Participation by quarter");
    data.valueSuffix = QStringLiteral("%");
    data.maximum = 100;
    data.categories = {QStringLiteral("2025-Q1"), QStringLiteral("2025-Q2"), QStringLiteral("2025-Q3")};
    data.series = {{QStringLiteral("Sales"), {10.0, 20.0, 5.0}}, {QStringLiteral("Support"), {10.0, 40.0, 5.0}}};
    return data;
}

ChartData lines(std::optional<double> second)
{
    ChartData data;
    data.title = QStringLiteral("Discoverable");
    data.maximum = 100;
    data.categories = {QStringLiteral("Apr 2025"), QStringLiteral("May 2025"), QStringLiteral("Jun 2025"), QStringLiteral("Jul 2025")};
    data.series = {{QStringLiteral("Sales"), {10.0, second, 30.0, 60.0}}, {QStringLiteral("Support"), {80.0, 80.0, 80.0, 80.0}}};
    data.hiddenNote = QStringLiteral("gap: fewer than 3");
    return data;
}

// How many pixels of the plot's column at `x` show any series colour.
int barHeight(const QImage &image, const QRectF &plot, qreal x, const ChartData &data)
{
    int height = 0;
    for (int y = qRound(plot.top()); y <= qRound(plot.bottom()); ++y)
        for (std::size_t s = 0; s < data.series.size(); ++s)
            if (near(image.pixelColor(qRound(x), y), ChartRenderer::seriesColor(static_cast<int>(s)), 4)) {
                ++height;
                break;
            }
    return height;
}

} // namespace

TEST(ChartTest, StackedBarSegmentsHaveTheirSeriesColourAndHeight)
{
    const ChartData data = bars();
    const QImage image = ChartRenderer::toImage(data, kSize);
    const QRectF plot = ChartRenderer::plotArea(kArea, data);
    ASSERT_TRUE(plot.isValid());
    const qreal band = plot.width() / 3;
    const auto y = [&](double value) { return plot.bottom() - value / 100 * plot.height(); };

    // Category 2: Sales 0-20, Support 20-60.
    EXPECT_TRUE(near(at(image, plot.left() + 1.5 * band, y(10)), ChartRenderer::seriesColor(0)));
    EXPECT_TRUE(near(at(image, plot.left() + 1.5 * band, y(40)), ChartRenderer::seriesColor(1)));
    EXPECT_TRUE(white(at(image, plot.left() + 1.5 * band, y(70))));
    EXPECT_NE(ChartRenderer::seriesColor(0), ChartRenderer::seriesColor(1));

    const int first = barHeight(image, plot, plot.left() + 0.5 * band, data);
    const int second = barHeight(image, plot, plot.left() + 1.5 * band, data);
    const int third = barHeight(image, plot, plot.left() + 2.5 * band, data);
    EXPECT_GT(second, first);
    EXPECT_GT(first, third);
    EXPECT_GT(third, 0);
    // Between bars there is a gap.
    EXPECT_EQ(barHeight(image, plot, plot.left() + band, data), 0);
}

TEST(ChartTest, HiddenLineValueLeavesAGapAndIsExplainedInTheLegend)
{
    const ChartData data = lines(std::nullopt);
    const QImage image = ChartRenderer::toImage(data, kSize);
    const QRectF plot = ChartRenderer::plotArea(kArea, data);
    const qreal band = plot.width() / 4;
    const auto x = [&](int category) { return plot.left() + (category + 0.5) * band; };
    const auto y = [&](double value) { return plot.bottom() - value / 100 * plot.height(); };
    const QColor sales = ChartRenderer::seriesColor(0);

    // A line drawn across the hidden value would pass (x1, y(20)), off the grid lines; nothing of Sales is near it.
    for (int dx = -3; dx <= 3; ++dx)
        for (int dy = -3; dy <= 3; ++dy)
            EXPECT_FALSE(near(at(image, x(1) + dx, y(20) + dy), sales)) << dx << "," << dy;
    EXPECT_TRUE(white(at(image, x(1), y(20))));
    // Nor is anything of it where segments into and out of the hidden value would run, were it drawn as 20.
    EXPECT_FALSE(near(at(image, (x(0) + x(1)) / 2, y(15)), sales));
    EXPECT_FALSE(near(at(image, (x(1) + x(2)) / 2, y(25)), sales));
    // Around the hidden value only its hollow marker shows Sales: no line in, out or through, not even to 0.
    int salesPixels = 0;
    for (int px = qRound(x(0) + band * 0.2); px <= qRound(x(2) - band * 0.2); ++px)
        for (int py = qRound(plot.top()); py <= qRound(plot.bottom()) + 5; ++py)
            salesPixels += near(image.pixelColor(px, py), sales) ? 1 : 0;
    EXPECT_GT(salesPixels, 0);
    EXPECT_LT(salesPixels, 60);
    // The visible neighbours are joined.
    EXPECT_TRUE(near(at(image, (x(2) + x(3)) / 2, y(45)), sales));

    // A hollow marker sits on the x axis at the hidden value.
    bool marker = false;
    for (int dx = -15; dx <= 15 && !marker; ++dx)
        for (int dy = -5; dy <= 5 && !marker; ++dy)
            marker = near(at(image, x(1) + dx, plot.bottom() + dy), sales);
    EXPECT_TRUE(marker);

    // The legend gains the note only when something is hidden.
    const QImage shown = ChartRenderer::toImage(lines(20.0), kSize);
    const QRect legend(0, qRound(plot.bottom()) + 25, kSize.width(), kSize.height() - qRound(plot.bottom()) - 25);
    ASSERT_GT(legend.height(), 5);
    EXPECT_GT(inkIn(shown, legend), 0);
    EXPECT_GT(inkIn(image, legend), inkIn(shown, legend) + 50);
    EXPECT_TRUE(near(at(shown, (x(0) + x(1)) / 2, y(15)), sales)); // the same place is painted when shown
}

TEST(ChartTest, EmptyDataShowsOnlyTheTitleAndASentence)
{
    ChartData data;
    data.title = QStringLiteral("Referrals");
    const QImage image = ChartRenderer::toImage(data, kSize);
    const QRectF plot = ChartRenderer::plotArea(kArea, data);
    ASSERT_TRUE(plot.isValid());
    EXPECT_GT(inkIn(image, QRect(0, 0, kSize.width(), qRound(plot.top()))), 0); // the title

    const int middle = qRound(plot.center().y());
    const int lineHeight = 20;
    EXPECT_GT(inkIn(image, QRect(0, middle - lineHeight, kSize.width(), 2 * lineHeight)), 0);
    EXPECT_EQ(inkIn(image, QRect(0, qRound(plot.top()) + 1, kSize.width(), middle - lineHeight - qRound(plot.top()) - 1)), 0);
    EXPECT_EQ(inkIn(image, QRect(0, middle + lineHeight, kSize.width(), kSize.height() - middle - lineHeight)), 0);

    // Categories whose every value is hidden draw no plot either (nothing suggests a zero),
    // but their sentence says the figures are hidden, not missing: a different picture.
    ChartData hidden = data;
    hidden.categories = {QStringLiteral("2025-Q1"), QStringLiteral("2025-Q2")};
    hidden.series = {{QStringLiteral("Sales"), {std::nullopt, std::nullopt}}};
    const QImage hiddenImage = ChartRenderer::toImage(hidden, kSize);
    EXPECT_NE(hiddenImage, image);
    EXPECT_EQ(inkIn(hiddenImage, QRect(0, qRound(plot.top()) + 1, kSize.width(), middle - lineHeight - qRound(plot.top()) - 1)), 0);
    EXPECT_EQ(inkIn(hiddenImage, QRect(0, middle + lineHeight, kSize.width(), kSize.height() - middle - lineHeight)), 0);
    EXPECT_EQ(ChartRenderer::hitTest(kArea, hidden, plot.center()).category, -1);
}

TEST(ChartTest, HitTestFindsTheBarUnderThePoint)
{
    const ChartData data = bars();
    const QRectF plot = ChartRenderer::plotArea(kArea, data);
    const qreal band = plot.width() / 3;
    const qreal middle = plot.left() + 1.5 * band;

    const auto sales = ChartRenderer::hitTest(kArea, data, QPointF(middle, plot.bottom() - 0.1 * plot.height()));
    EXPECT_EQ(sales.category, 1);
    EXPECT_EQ(sales.series, 0);
    const auto support = ChartRenderer::hitTest(kArea, data, QPointF(middle, plot.bottom() - 0.4 * plot.height()));
    EXPECT_EQ(support.category, 1);
    EXPECT_EQ(support.series, 1);
    const auto above = ChartRenderer::hitTest(kArea, data, QPointF(middle, plot.bottom() - 0.9 * plot.height()));
    EXPECT_EQ(above.category, 1);
    EXPECT_EQ(above.series, -1);
    EXPECT_EQ(ChartRenderer::hitTest(kArea, data, QPointF(plot.left() + 2.5 * band, plot.bottom() - 1)).category, 2);

    EXPECT_EQ(ChartRenderer::hitTest(kArea, data, QPointF(-5, -5)).category, -1);
    EXPECT_EQ(ChartRenderer::hitTest(kArea, data, QPointF(middle, plot.top() - 2)).category, -1); // the title
    EXPECT_EQ(ChartRenderer::hitTest(kArea, data, QPointF(middle, kArea.bottom() - 2)).category, -1); // the legend
    EXPECT_EQ(ChartRenderer::hitTest(kArea, data, QPointF(plot.left() - 5, plot.center().y())).category, -1); // the y axis
}

TEST(ChartTest, WritesAPdfAndIgnoresTheDeviceResolution)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("chart.pdf"));
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        QPainter painter(&writer);
        ASSERT_TRUE(painter.isActive());
        ChartRenderer::paint(painter, QRectF(0, 0, writer.width(), writer.width() / 2.0), bars());
        ChartRenderer::paint(painter, QRectF(0, writer.width() / 2.0, writer.width(), writer.width() / 2.0), lines(std::nullopt));
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_GT(file.size(), 1000);
    EXPECT_TRUE(file.read(5).startsWith("%PDF"));

    // The layout scales with the area, whatever its units...
    const QRectF small = ChartRenderer::plotArea(kArea, bars());
    const QRectF large = ChartRenderer::plotArea(QRectF(0, 0, 6000, 3000), bars());
    EXPECT_NEAR(large.left(), small.left() * 10, 10);
    EXPECT_NEAR(large.bottom(), small.bottom() * 10, 10);
    // ...and the text does not grow with the device's dpi (a 1200 dpi image looks like a 96 dpi one).
    QImage fine(kSize, QImage::Format_ARGB32_Premultiplied);
    fine.setDotsPerMeterX(qRound(1200 / 0.0254));
    fine.setDotsPerMeterY(qRound(1200 / 0.0254));
    fine.fill(Qt::white);
    {
        QPainter painter(&fine);
        ChartRenderer::paint(painter, kArea, bars());
    }
    const QImage screen = ChartRenderer::toImage(bars(), kSize);
    int differing = 0;
    for (int y = 0; y < kSize.height(); ++y)
        for (int x = 0; x < kSize.width(); ++x)
            differing += near(fine.pixelColor(x, y), screen.pixelColor(x, y), 40) ? 0 : 1;
    EXPECT_LT(differing, kSize.width() * kSize.height() / 200);
}

TEST(ChartTest, CrowdedSmallChartSkipsLabelsAndElidesTheTitle)
{
    ChartData data;
    data.title = QStringLiteral("A very long title that goes on and on about consent, participation and referrals in every department");
    for (int i = 0; i < 24; ++i) {
        data.categories.push_back(QStringLiteral("%1-Q%2").arg(2020 + i / 4).arg(i % 4 + 1));
        data.series.resize(2);
        data.series[0].values.emplace_back(10.0 + i);
        data.series[1].values.emplace_back(i % 5 == 0 ? std::nullopt : std::optional<double>(40.0 - i));
    }
    data.series[0].name = QStringLiteral("Sales");
    data.series[1].name = QStringLiteral("Support");
    const QSize size(400, 200);
    const QRectF area(QPointF(0, 0), QSizeF(size));
    const QImage image = ChartRenderer::toImage(data, size);
    const QRectF plot = ChartRenderer::plotArea(area, data);
    ASSERT_TRUE(plot.isValid());

    // The title is elided inside the margin, not cut off at the edge.
    EXPECT_GT(inkIn(image, QRect(0, 0, size.width(), qRound(plot.top()) - 4)), 0);
    EXPECT_EQ(inkIn(image, QRect(size.width() - 3, 0, 3, qRound(plot.top()) - 4)), 0);

    // The x labels: fewer than 24 separate runs of ink, at least one a whole label wider than a column.
    const int top = qRound(plot.bottom()) + 3;
    const int bottom = qRound(plot.bottom()) + 12;
    std::vector<int> runs;
    int blank = 2;
    for (int x = 0; x < size.width(); ++x) {
        const bool ink = inkIn(image, QRect(x, top, 1, bottom - top)) > 0;
        if (ink && blank >= 2)
            runs.push_back(0);
        if (ink)
            ++runs.back();
        blank = ink ? 0 : blank + 1;
    }
    EXPECT_GE(runs.size(), 2u);
    EXPECT_LT(runs.size(), 24u);
    EXPECT_GT(*std::max_element(runs.begin(), runs.end()), plot.width() / 24);
    // Nothing runs off the bottom edge.
    EXPECT_EQ(inkIn(image, QRect(0, size.height() - 1, size.width(), 1)), 0);
}
