// The frame every long page shares: its content in a frameless scroll area that fills the
// page (so nothing is cut off on a small screen), and the section headings inside it.
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace consentric::ui {

// Puts `content` in a frameless, resizable scroll area that fills `page`.
void placeInScrollArea(QWidget *page, QWidget *content);
// A section heading (h3), escaped.
QLabel *makeHeading(const QString &text, QWidget *parent);

} // namespace consentric::ui
