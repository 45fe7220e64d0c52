// A chart on the dashboard: paints its ChartData with the same renderer as the printed
// report, on a white card (the renderer's colours are chosen for paper), and says what is
// under the mouse in a tooltip — a hidden figure as "fewer than 3", never as a number.
#pragma once

#include "reports/Chart.h"

#include <QWidget>

namespace consentric::ui {

class ChartWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartWidget)

public:
    explicit ChartWidget(QWidget *parent = nullptr);

    void setData(reports::ChartData data);
    const reports::ChartData &data() const { return m_data; }

    // What the tooltip says at `pos` (widget coordinates); empty where there is nothing.
    QString toolTipAt(QPoint pos) const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString describe(int series, int category) const;

    reports::ChartData m_data;
};

} // namespace consentric::ui
