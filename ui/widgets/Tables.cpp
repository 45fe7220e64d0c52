#include "widgets/Tables.h"

#include <QHeaderView>

#include <algorithm>

namespace consentric::ui {

QTableView *makeTable(QWidget *parent, QAbstractItemView::SelectionMode selection)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(selection);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    return view;
}

void fitToRows(QTableView *view, int maxRows)
{
    const int rows = std::min(view->model()->rowCount(), maxRows);
    const QHeaderView *vertical = view->verticalHeader();
    const int rowHeight = rows > 0 ? std::max(vertical->sectionSize(0), vertical->defaultSectionSize()) : vertical->defaultSectionSize();
    view->setFixedHeight(view->horizontalHeader()->sizeHint().height() + std::max(rows, 1) * rowHeight + 2 * view->frameWidth() + 4);
}

} // namespace consentric::ui
