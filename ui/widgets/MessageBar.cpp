#include "widgets/MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace consentric::ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBar"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    m_timer->setSingleShot(true);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    m_label->setText(text);
    const bool error = kind == Kind::Error;
    setStyleSheet(error
            ? QStringLiteral("#messageBar { background: #fdecea; border: 1px solid #e0a39c; border-radius: 4px; } QLabel { color: #611a15; }")
            : QStringLiteral("#messageBar { background: #e8f4fd; border: 1px solid #9cc6e8; border-radius: 4px; } QLabel { color: #0d3c61; }"));
    m_timer->stop();
    if (!error)
        m_timer->start(8000);
    show();
}

QString MessageBar::text() const
{
    return m_label->text();
}

} // namespace consentric::ui
