// A page of the main window: what the side navigation lists. Each page names itself (for
// --page and the settings), its title, and its section of the user guide (F1).
#pragma once

#include <QWidget>

namespace consentric::ui {

class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    virtual QString pageId() const = 0;
    virtual QString title() const = 0;
    virtual QString helpAnchor() const = 0;
    virtual QIcon icon() const = 0;

Q_SIGNALS:
    // Something went wrong that the person should read: shown in the message bar.
    void problem(const QString &message);
    void information(const QString &message);
};

} // namespace consentric::ui
