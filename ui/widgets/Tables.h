// Table views as every page shows them: whole rows selected, alternating colours, sorting,
// no in-place editing (edits go through dialogs and the undo stack).
#pragma once

#include <QTableView>

class QTableWidget;
class QTableWidgetItem;

namespace consentric::ui {

QTableView *makeTable(QWidget *parent, QAbstractItemView::SelectionMode selection = QAbstractItemView::SingleSelection);
// A read-only list filled item by item (summaries, previews): columns as wide as their
// contents, the last one taking the rest. Not sorted unless the caller turns it on.
QTableWidget *makeList(const QStringList &headers, QWidget *parent);
// A number for such a list: sorts as a number, right-aligned.
QTableWidgetItem *numberItem(qint64 value);
// A figure that may read “fewer than 3”: right-aligned with the numbers.
QTableWidgetItem *figureItem(const QString &text);
// Makes a short table exactly as tall as its rows (at most `maxRows`, then it scrolls).
void fitToRows(QTableView *view, int maxRows);

} // namespace consentric::ui
