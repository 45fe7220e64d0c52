// The inline message bar at the top of the window: "couldn't save", "backup written".
// It never blocks; an error stays until dismissed, information fades after a while.
#pragma once

#include <QFrame>

class QLabel;
class QTimer;

namespace consentric::ui {

class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind { Information, Error };
    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind);
    QString text() const;

private:
    QLabel *m_label;
    QTimer *m_timer;
};

} // namespace consentric::ui
