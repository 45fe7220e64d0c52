// The concerns sent to the signed-in person, opened with their key: the owner reads them on
// the Concerns page, the trusted person on Report a concern. Only the recipient sees this
// list and moves a concern along (being handled, resolved); the reporter follows the
// status through their receipt.
#pragma once

#include "referrals/Concerns.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace consentric::ui {

class Workspace;

class ConcernInbox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConcernInbox)

public:
    explicit ConcernInbox(Workspace &workspace, QWidget *parent = nullptr);

    // Reloads the list, keeping the selection; returns how many concerns it holds. With
    // nobody signed in it empties itself, so no opened text stays on screen.
    int refresh();
    // The action behind the buttons: an error message, or empty.
    QString setStatus(qint64 concernId, referrals::ConcernStatus status);
    qint64 selectedId() const;
    void select(qint64 concernId);

    QTableWidget *table() const { return m_table; }
    QPlainTextEdit *textView() const { return m_text; }
    QPushButton *handlingButton() const { return m_handling; }
    QPushButton *resolvedButton() const { return m_resolved; }

Q_SIGNALS:
    void problem(const QString &message);
    // A concern's status changed: counts elsewhere on the page are out of date.
    void statusChanged();

private:
    void showSelected();

    Workspace &m_workspace;
    std::vector<referrals::ConcernReport> m_reports;
    QStackedWidget *m_stack;
    QTableWidget *m_table;
    QLabel *m_details;
    QPlainTextEdit *m_text;
    QPushButton *m_handling;
    QPushButton *m_resolved;
};

} // namespace consentric::ui
