// One chart renderer for every output: the dashboard paints it on a widget, reports paint
// it on a QPdfWriter or QPrinter. It never assumes pixels: text and strokes are derived
// from the height of the area it is given, so a 600x300 widget and an A4 page at 1200 dpi
// look alike. Hidden figures ("fewer than 3") are shown as gaps and hatching, never as 0.
#pragma once

#include <QColor>
#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QString>

#include <optional>
#include <vector>

class QPainter;

namespace consentric::reports {

struct ChartSeries
{
    QString name;
    // One value per category; nullopt is a hidden figure. A missing trailing value counts as hidden.
    std::vector<std::optional<double>> values;
};

struct ChartData
{
    enum class Kind { Line, StackedBar };
    Kind kind = Kind::Line;
    QString title;
    QString valueSuffix; // appended to the y-axis labels, e.g. "%"
    std::vector<QString> categories; // x labels, e.g. "Apr 2025" or "2025-Q3"
    std::vector<ChartSeries> series;
    std::optional<double> maximum; // fixed top of the y axis (100 for percentages); else a round number above the data
    QString hiddenNote; // the legend's words for hidden figures; a default sentence when empty
};

class ChartRenderer
{
public:
    // Paints inside `area` on any device. Draws no background.
    static void paint(QPainter &painter, const QRectF &area, const ChartData &data);
    // A white image of `size` (device-independent pixels) with the chart painted on it.
    static QImage toImage(const ChartData &data, QSize size, qreal devicePixelRatio = 1.0);

    struct Hit
    {
        int category = -1;
        int series = -1;
    };
    // What is under `point` (in the coordinates of `area`): the category whose column holds it
    // inside the plot, and the series whose bar segment or point is there, if any. Measures
    // text with the application font, as paint() does on a painter that keeps that font.
    static Hit hitTest(const QRectF &area, const ChartData &data, QPointF point);

    // The rectangle the values are plotted in, for placing tooltips (and for tests).
    static QRectF plotArea(const QRectF &area, const ChartData &data);
    // The fixed, colour-blind-safe (Okabe-Ito) colour of a series; repeats after eight.
    static QColor seriesColor(int series);
};

} // namespace consentric::reports
