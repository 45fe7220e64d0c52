#include "metrics/ChartWidget.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace consentric::ui {

namespace {

// Counts read as whole numbers, averages and rates with one decimal.
QString formatValue(double value, const QString &suffix)
{
    const QLocale locale;
    if (std::abs(value - std::round(value)) < 1e-9)
        return locale.toString(qint64(std::llround(value))) + suffix;
    return locale.toString(value, 'f', 1) + suffix;
}

} // namespace

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ChartWidget::setData(reports::ChartData data)
{
    m_data = std::move(data);
    setAccessibleName(m_data.title);
    update();
}

QSize ChartWidget::minimumSizeHint() const
{
    return {360, 220};
}

QSize ChartWidget::sizeHint() const
{
    return {480, 280};
}

void ChartWidget::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    // The renderer draws no background and its colours are meant for paper: give it some,
    // whatever the palette (a dark theme included).
    painter.fillRect(rect(), Qt::white);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    reports::ChartRenderer::paint(painter, rect(), m_data);
}

bool ChartWidget::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QString text = toolTipAt(help->pos());
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    // A small rectangle: moving to the next bar or point hides it, and resting there asks again.
    QToolTip::showText(help->globalPos(), text, this, QRect(help->pos() - QPoint(4, 4), QSize(9, 9)));
    return true;
}

QString ChartWidget::toolTipAt(QPoint pos) const
{
    const auto hit = reports::ChartRenderer::hitTest(rect(), m_data, pos);
    if (hit.category < 0 || hit.category >= int(m_data.categories.size()))
        return {};
    if (hit.series >= 0 && hit.series < int(m_data.series.size()))
        return describe(hit.series, hit.category);
    // In the column but on no bar or point: everything in that column.
    QStringList lines;
    for (int s = 0; s < int(m_data.series.size()); ++s)
        lines << describe(s, hit.category);
    return lines.join(QLatin1Char('\n'));
}

QString ChartWidget::describe(int series, int category) const
{
    const reports::ChartSeries &s = m_data.series[size_t(series)];
    const QString &where = m_data.categories[size_t(category)];
    const auto value = size_t(category) < s.values.size() ? s.values[size_t(category)] : std::nullopt;
    if (!value || !std::isfinite(*value))
        return tr("%1: fewer than 3 in %2 (hidden)").arg(s.name, where);
    return tr("%1: %2 in %3").arg(s.name, formatValue(*value, m_data.valueSuffix), where);
}

} // namespace consentric::ui
