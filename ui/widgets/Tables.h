// Table views as every page shows them: whole rows selected, alternating colours, sorting,
// no in-place editing (edits go through dialogs and the undo stack).
#pragma once

#include <QTableView>

namespace consentric::ui {

QTableView *makeTable(QWidget *parent, QAbstractItemView::SelectionMode selection = QAbstractItemView::SingleSelection);
// Makes a short table exactly as tall as its rows (at most `maxRows`, then it scrolls).
void fitToRows(QTableView *view, int maxRows);

} // namespace consentric::ui
