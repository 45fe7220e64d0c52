#include "reports/Chart.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QPen>

#include <algorithm>
#include <array>
#include <cmath>

namespace consentric::reports {
namespace {

// Okabe & Ito (2008), ordered so the first colours contrast most on white; yellow comes late.
constexpr std::array<QRgb, 8> kPalette = {0xFF0072B2, 0xFFE69F00, 0xFF009E73, 0xFFD55E00, 0xFF56B4E9, 0xFFCC79A7, 0xFFF0E442, 0xFF000000};
const QColor kText(0xFF333333), kMutedText(0xFF555555), kGrid(0xFFDDDDDD), kAxis(0xFF888888), kHiddenBand(0xFFC8C8C8);
// Text is measured at this pixel size and scaled, so the layout is the same on every device.
constexpr int kReferencePixels = 100;
// A hidden bar segment gets this share of the plot height: visible, but claiming no number.
constexpr qreal kHiddenSegment = 0.04;

std::optional<double> valueAt(const ChartSeries &series, std::size_t category)
{
    if (category >= series.values.size() || !series.values[category] || !std::isfinite(*series.values[category]))
        return std::nullopt;
    return std::max(0.0, *series.values[category]);
}

struct Summary
{
    int shown = 0;
    int hidden = 0;
    double maximum = 0; // the highest value or, for stacked bars, the highest stack
};

Summary summarize(const ChartData &data)
{
    Summary summary;
    for (std::size_t c = 0; c < data.categories.size(); ++c) {
        double total = 0;
        for (const auto &series : data.series) {
            const auto value = valueAt(series, c);
            ++(value ? summary.shown : summary.hidden);
            total = data.kind == ChartData::Kind::StackedBar ? total + value.value_or(0) : std::max(total, value.value_or(0));
        }
        summary.maximum = std::max(summary.maximum, total);
    }
    return summary;
}

struct Scale
{
    double top = 1;
    int intervals = 4;
    int decimals = 0;
};

// A round step (1, 2, 2.5 or 5 times a power of ten) giving 4 intervals, else 5, 3 or 6; the lowest top wins a tie.
Scale niceScale(double top, bool fixed)
{
    if (!(top > 0) || !std::isfinite(top))
        top = 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(top / 4)));
    Scale best{top, 4, 0};
    int bestPenalty = 4;
    for (const double power : {magnitude / 10, magnitude, magnitude * 10}) {
        for (const double mantissa : {1.0, 2.0, 2.5, 5.0}) {
            const double step = mantissa * power;
            const double count = fixed ? top / step : std::ceil(top / step - 1e-9);
            const int intervals = static_cast<int>(std::lround(count));
            if (std::abs(count - intervals) > 1e-9 || intervals < 3 || intervals > 6)
                continue;
            const int penalty = intervals == 4 ? 0 : intervals == 5 ? 1 : intervals == 3 ? 2 : 3;
            if (penalty < bestPenalty || (penalty == bestPenalty && intervals * step < best.top)) {
                bestPenalty = penalty;
                best = {intervals * step, intervals, 0};
            }
        }
    }
    const auto fractional = [](double v) { return std::abs(v - std::round(v)) > 1e-6; };
    while (best.decimals < 3 && fractional(best.top / best.intervals * std::pow(10.0, best.decimals)))
        ++best.decimals;
    return best;
}

QString tickLabel(const ChartData &data, const Scale &scale, int index)
{
    return QLocale().toString(scale.top * index / scale.intervals, 'f', scale.decimals) + data.valueSuffix;
}

// A bar segment or a legend entry; a hidden one stands for figures withheld (the legend's note has no series).
struct Mark
{
    int series = -1;
    QRectF rect;
    bool hidden = false;
    QString text;
};

struct Layout
{
    qreal text = 0; // the font's pixel size, in the area's units
    qreal stroke = 0; // the unit of line widths
    QRectF titleRect;
    QRectF plot;
    QRectF labelRow;
    qreal yLabelLeft = 0;
    Scale scale;
    int labelStep = 1;
    std::vector<Mark> legend;
    int categories = 0; // 0: nothing to plot

    qreal band() const { return plot.width() / categories; }
    qreal xCenter(int category) const { return plot.left() + (category + 0.5) * band(); }
    qreal y(double value) const { return plot.bottom() - value / scale.top * plot.height(); }
    // Where a hidden line value is marked: on the x axis, series side by side.
    QPointF marker(int category, std::size_t series, std::size_t count) const
    {
        return {xCenter(category) + (static_cast<qreal>(series) - (static_cast<qreal>(count) - 1) / 2) * text * 0.7, plot.bottom()};
    }
};

Layout makeLayout(const QRectF &area, const ChartData &data, const QFont &font)
{
    Layout l;
    // About 1/22 of the height; on wide, short areas no smaller than 1/60 of the width.
    l.text = std::max(area.height() / 22, std::min(area.width() / 60, area.height() / 12));
    l.stroke = l.text / 13.6;
    const qreal pad = l.text * 0.5;
    // Measured at a reference size and scaled, with room for hinting at small sizes: the
    // layout is then the same on every device, and hitTest() needs no painter.
    QFont reference = font;
    reference.setPixelSize(kReferencePixels);
    const QFontMetricsF metrics(reference);
    const auto measure = [&](const QString &text) { return (metrics.horizontalAdvance(text) * 1.06 + 10) * l.text / kReferencePixels; };
    qreal top = area.top() + pad;
    if (!data.title.isEmpty()) {
        l.titleRect = QRectF(area.left() + pad, top, area.width() - 2 * pad, l.text * 1.6);
        top = l.titleRect.bottom();
    }
    const Summary summary = summarize(data);
    if (summary.shown == 0) {
        l.plot = QRectF(area.left() + pad, top, area.width() - 2 * pad, area.bottom() - pad - top);
        return l;
    }
    l.categories = static_cast<int>(data.categories.size());

    // The legend flows in centred rows under the plot.
    std::vector<Mark> items;
    for (std::size_t s = 0; s < data.series.size(); ++s)
        items.push_back({static_cast<int>(s), {}, false, data.series[s].name});
    if (summary.hidden > 0)
        items.push_back({-1, {}, true,
            data.hiddenNote.isEmpty() ? QCoreApplication::translate("consentric::reports::Chart", "Hidden: fewer than 3") : data.hiddenNote});
    const qreal rowHeight = l.text * 1.5;
    const qreal rowWidth = area.width() - 2 * pad;
    const qreal spacing = l.text * 1.2;
    std::vector<qreal> used{0};
    for (auto &item : items) {
        const qreal width = std::min(l.text * 2 + measure(item.text), rowWidth); // swatch, gap, text
        if (used.back() > 0 && used.back() + width > rowWidth)
            used.push_back(0);
        item.rect = QRectF(used.back(), static_cast<qreal>(used.size() - 1) * rowHeight, width, rowHeight);
        used.back() += width + spacing;
    }
    const qreal legendTop = area.bottom() - pad - static_cast<qreal>(used.size()) * rowHeight;
    for (auto &item : items) {
        const qreal rowUsed = used[static_cast<std::size_t>(std::lround(item.rect.top() / rowHeight))] - spacing;
        item.rect.translate(area.left() + (area.width() - rowUsed) / 2, legendTop);
    }
    l.legend = std::move(items);

    l.scale = niceScale(data.maximum.value_or(summary.maximum), data.maximum.has_value());
    qreal yLabelWidth = 0;
    for (int i = 0; i <= l.scale.intervals; ++i)
        yLabelWidth = std::max(yLabelWidth, measure(tickLabel(data, l.scale, i)));
    l.yLabelLeft = area.left() + pad;
    const qreal plotLeft = l.yLabelLeft + yLabelWidth + l.text * 0.5;
    const qreal plotTop = top + l.text * 0.8;
    l.labelRow = QRectF(plotLeft, legendTop - l.text * 1.8, area.right() - pad - plotLeft, l.text * 1.6);
    l.plot = QRectF(plotLeft, plotTop, l.labelRow.width(), l.labelRow.top() - plotTop);

    // Skip x labels so that the widest (capped) label never touches the next one shown.
    qreal widest = 0;
    for (const auto &category : data.categories)
        widest = std::max(widest, std::min(measure(category), l.text * 8));
    if (l.plot.width() > 0)
        l.labelStep = std::max(1, static_cast<int>(std::ceil((widest + l.text * 0.8) / l.band())));
    return l;
}

std::vector<Mark> stack(const Layout &l, const ChartData &data, int category)
{
    std::vector<Mark> segments;
    const qreal width = l.band() * 0.6;
    const qreal left = l.plot.left() + category * l.band() + (l.band() - width) / 2;
    qreal bottom = l.plot.bottom();
    for (std::size_t s = 0; s < data.series.size(); ++s) {
        const auto value = valueAt(data.series[s], static_cast<std::size_t>(category));
        const qreal height = value ? *value / l.scale.top * l.plot.height() : l.plot.height() * kHiddenSegment;
        if (height <= 0)
            continue;
        segments.push_back({static_cast<int>(s), QRectF(left, bottom - height, width, height), !value, {}});
        bottom -= height;
    }
    return segments;
}

// Diagonal lines drawn as geometry, so the hatching scales with the chart on every device.
void hatch(QPainter &painter, const QRectF &rect, const QColor &color, const Layout &l)
{
    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.setPen(QPen(color, l.stroke * 1.1));
    for (qreal x = rect.left() - rect.height(); x < rect.right(); x += l.stroke * 5)
        painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()));
    painter.restore();
}

void paintBars(QPainter &painter, const Layout &l, const ChartData &data)
{
    painter.setPen(QPen(Qt::white, l.stroke)); // keeps neighbouring segments apart
    for (int c = 0; c < l.categories; ++c) {
        for (const auto &segment : stack(l, data, c)) {
            const QColor color = ChartRenderer::seriesColor(segment.series);
            painter.setBrush(segment.hidden ? QBrush(Qt::NoBrush) : QBrush(color));
            painter.drawRect(segment.rect);
            if (segment.hidden)
                hatch(painter, segment.rect, color, l);
        }
    }
}

void paintLines(QPainter &painter, const Layout &l, const ChartData &data)
{
    for (int c = 0; c < l.categories; ++c) {
        if (std::ranges::none_of(data.series, [c](const ChartSeries &series) { return valueAt(series, static_cast<std::size_t>(c)).has_value(); }))
            hatch(painter, QRectF(l.plot.left() + (c + 0.1) * l.band(), l.plot.top(), l.band() * 0.8, l.plot.height()), kHiddenBand, l);
    }
    for (std::size_t s = 0; s < data.series.size(); ++s) {
        const QColor color = ChartRenderer::seriesColor(static_cast<int>(s));
        const auto point = [&](int c) -> std::optional<QPointF> {
            const auto value = valueAt(data.series[s], static_cast<std::size_t>(c));
            return value ? std::optional(QPointF(l.xCenter(c), l.y(*value))) : std::nullopt;
        };
        // A hidden value breaks the line: only neighbours that are both shown are joined.
        painter.setPen(QPen(color, l.stroke * 2.2, Qt::SolidLine, Qt::RoundCap));
        for (int c = 1; c < l.categories; ++c)
            if (point(c - 1) && point(c))
                painter.drawLine(*point(c - 1), *point(c));
        for (int c = 0; c < l.categories; ++c) {
            const auto at = point(c);
            const qreal radius = l.stroke * (at ? 3.2 : 2.9);
            painter.setPen(at ? QPen(Qt::white, l.stroke) : QPen(color, l.stroke * 1.4));
            painter.setBrush(at ? QBrush(color) : QBrush(Qt::white));
            painter.drawEllipse(at.value_or(l.marker(c, s, data.series.size())), radius, radius); // a dot, or the hollow marker of a hidden value
        }
    }
}

void paintLegend(QPainter &painter, const Layout &l, const ChartData &data)
{
    for (const auto &item : l.legend) {
        const QRectF swatch(item.rect.left(), item.rect.center().y() - l.text * 0.5, l.text * 1.6, l.text);
        const QColor color = item.hidden ? kAxis : ChartRenderer::seriesColor(item.series);
        const qreal radius = l.stroke * (item.hidden ? 2.9 : 3.2);
        painter.setPen(QPen(item.hidden ? color : QColor(Qt::white), l.stroke * (item.hidden ? 1.4 : 1)));
        painter.setBrush(item.hidden ? QBrush(Qt::white) : QBrush(color));
        if (data.kind == ChartData::Kind::StackedBar) {
            painter.drawRect(swatch);
            if (item.hidden)
                hatch(painter, swatch, color, l);
        } else {
            if (!item.hidden)
                painter.fillRect(QRectF(swatch.left(), swatch.center().y() - l.stroke * 1.1, swatch.width(), l.stroke * 2.2), color);
            painter.drawEllipse(swatch.center(), radius, radius); // a dot, or the hollow marker of a hidden value
        }
        const QRectF textRect = item.rect.adjusted(swatch.width() + l.text * 0.4, 0, 0, 0);
        painter.setPen(kText);
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, painter.fontMetrics().elidedText(item.text, Qt::ElideRight, textRect.width()));
    }
}

void paintAxes(QPainter &painter, const Layout &l, const ChartData &data, const QRectF &area)
{
    for (int i = 0; i <= l.scale.intervals; ++i) {
        const qreal y = l.plot.bottom() - l.plot.height() * i / l.scale.intervals;
        painter.setPen(QPen(i == 0 ? kAxis : kGrid, l.stroke * (i == 0 ? 1.2 : 0.8)));
        painter.drawLine(QPointF(l.plot.left(), y), QPointF(l.plot.right(), y));
        painter.setPen(kMutedText);
        painter.drawText(QRectF(l.yLabelLeft, y - l.text, l.plot.left() - l.text * 0.4 - l.yLabelLeft, l.text * 2), Qt::AlignRight | Qt::AlignVCenter,
            tickLabel(data, l.scale, i));
    }
    const QFontMetricsF metrics = painter.fontMetrics();
    for (int c = 0; c < l.categories; c += l.labelStep) {
        const qreal x = l.xCenter(c);
        const qreal room = std::min(2 * std::min(x - area.left(), area.right() - x), l.labelStep * l.band()) - l.text * 0.6;
        const QString text = metrics.elidedText(data.categories[static_cast<std::size_t>(c)], Qt::ElideRight, std::max<qreal>(room, 0));
        painter.drawText(QRectF(x - room / 2, l.labelRow.top(), room, l.labelRow.height()), Qt::AlignHCenter | Qt::AlignVCenter, text);
    }
}

} // namespace

void ChartRenderer::paint(QPainter &painter, const QRectF &area, const ChartData &data)
{
    if (!painter.isActive() || !area.isValid() || area.isEmpty())
        return;
    const Layout l = makeLayout(area, data, painter.font());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    // Point sizes are converted with the device's dpi (a PDF writer's resolution, a screen's
    // 96), so the text is `l.text` high in the painter's coordinates whatever the device.
    const qreal dpi = painter.device() != nullptr ? painter.device()->logicalDpiY() : 96;
    QFont font = painter.font();
    font.setPointSizeF(l.text * 72 / dpi);

    if (!l.titleRect.isEmpty()) {
        QFont bold = font;
        bold.setBold(true);
        bold.setPointSizeF(font.pointSizeF() * 1.15);
        painter.setFont(bold);
        painter.setPen(kText);
        painter.drawText(
            l.titleRect, Qt::AlignLeft | Qt::AlignVCenter, painter.fontMetrics().elidedText(data.title, Qt::ElideRight, l.titleRect.width()));
    }
    painter.setFont(font);
    if (l.categories == 0) {
        painter.setPen(kMutedText);
        // Everything hidden is not the same as nothing to count: say which it is.
        const bool allHidden = !data.categories.empty() && summarize(data).hidden > 0;
        painter.drawText(l.plot, Qt::AlignCenter | Qt::TextWordWrap,
            allHidden
                ? QCoreApplication::translate("consentric::reports::Chart", "Every figure here is hidden: fewer than 3 people stand behind each")
                : QCoreApplication::translate("consentric::reports::Chart", "No data for this period"));
    } else if (l.plot.width() > 0 && l.plot.height() > 0) {
        paintAxes(painter, l, data, area);
        painter.save();
        painter.setClipRect(l.plot.adjusted(-l.stroke * 4, -l.stroke * 4, l.stroke * 4, l.stroke * 4), Qt::IntersectClip);
        if (data.kind == ChartData::Kind::StackedBar)
            paintBars(painter, l, data);
        else
            paintLines(painter, l, data);
        painter.restore();
        paintLegend(painter, l, data);
    }
    painter.restore();
}

QImage ChartRenderer::toImage(const ChartData &data, QSize size, qreal devicePixelRatio)
{
    const qreal ratio = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    QImage image(QSize(qRound(size.width() * ratio), qRound(size.height() * ratio)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), data);
    return image;
}

ChartRenderer::Hit ChartRenderer::hitTest(const QRectF &area, const ChartData &data, QPointF point)
{
    Hit hit;
    const Layout l = makeLayout(area, data, QFont());
    if (l.categories == 0 || l.plot.width() <= 0 || l.plot.height() <= 0 || !l.plot.contains(point))
        return hit;
    hit.category = std::clamp(static_cast<int>((point.x() - l.plot.left()) / l.band()), 0, l.categories - 1);
    if (data.kind == ChartData::Kind::StackedBar) {
        for (const auto &segment : stack(l, data, hit.category))
            if (segment.rect.contains(point))
                hit.series = segment.series;
        return hit;
    }
    qreal nearest = l.text; // close enough to a point or hidden marker to mean it
    for (std::size_t s = 0; s < data.series.size(); ++s) {
        const auto value = valueAt(data.series[s], static_cast<std::size_t>(hit.category));
        const QPointF at = value ? QPointF(l.xCenter(hit.category), l.y(*value)) : l.marker(hit.category, s, data.series.size());
        const qreal distance = std::hypot(at.x() - point.x(), at.y() - point.y());
        if (distance <= nearest) {
            nearest = distance;
            hit.series = static_cast<int>(s);
        }
    }
    return hit;
}

QRectF ChartRenderer::plotArea(const QRectF &area, const ChartData &data)
{
    return makeLayout(area, data, QFont()).plot;
}

QColor ChartRenderer::seriesColor(int series)
{
    return QColor::fromRgb(kPalette[static_cast<std::size_t>(std::abs(series)) % kPalette.size()]);
}

} // namespace consentric::reports
