// What an empty database shows: load the demo company to look around, or set up your
// own organisation. Never a blank window.
#pragma once

#include <QWidget>

class QLabel;

namespace consentric::ui {

class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setDatabaseName(const QString &name);

Q_SIGNALS:
    void loadDemoRequested();
    void setUpRequested();

private:
    QLabel *m_where;
};

} // namespace consentric::ui
