#include "widgets/Tables.h"

#include <QHeaderView>
#include <QTableWidget>

#include <algorithm>

namespace consentric::ui {

QTableWidget *makeList(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *numberItem(qint64 value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem *figureItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

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
