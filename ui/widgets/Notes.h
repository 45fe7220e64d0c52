// The quiet text of a page: a paragraph that wraps, and the empty state that says what to do
// next when a list has nothing to show (DESIGN.md: never a blank area).
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace consentric::ui {

QLabel *makeNote(const QString &text, QWidget *parent);
// Greyed and in italics, so it does not read as data.
QLabel *makeEmptyNote(const QString &text, QWidget *parent);

} // namespace consentric::ui
