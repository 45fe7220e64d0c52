// The silo map of a quarter: a department × department grid whose cells count the
// one-to-ones held between the two departments (the diagonal: within one department), with
// a legend, how many pairs of departments have met, and the program's figures. Figures about
// fewer than three people read "fewer than 3", as core hands them over.
#pragma once

#include "metrics/Period.h"
#include "oneonones/Overview.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace consentric::ui {

class SiloMapPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiloMapPanel)

public:
    explicit SiloMapPanel(QWidget *parent = nullptr);

    // current: the quarter in progress, called this quarter.
    void show(const metrics::Quarter &quarter, bool current, const oneonones::SiloMap &map, const oneonones::Figures &figures);
    // When the figures could not be read: the sentence instead of the grid.
    void showProblem(const QString &message);

    QTableWidget *grid() const { return m_grid; }
    QLabel *pairsLabel() const { return m_pairs; }
    QLabel *figuresLabel() const { return m_figures; }

    // The cell colours, from "not met" to "met three times or more"; the diagonal has its own.
    static QColor cellColour(int count, bool diagonal);

private:
    QLabel *m_period;
    QLabel *m_empty;
    QTableWidget *m_grid;
    QWidget *m_legend;
    QLabel *m_pairs;
    QLabel *m_figures;
};

} // namespace consentric::ui
