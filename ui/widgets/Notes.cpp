#include "widgets/Notes.h"

#include <QLabel>

namespace consentric::ui {

QLabel *makeNote(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QLabel *makeEmptyNote(const QString &text, QWidget *parent)
{
    QLabel *label = makeNote(text, parent);
    label->setStyleSheet(QStringLiteral("color: palette(mid); font-style: italic;"));
    return label;
}

} // namespace consentric::ui
