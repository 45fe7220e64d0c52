// The employee's Report a concern page: what a concern is for and who can read it, a short
// form to send one (to the owner or the trusted person, anonymously by default), and the
// receipts of their own concerns with the status the recipient gave them. The designated
// trusted person also reads the concerns sent to them here.
#pragma once

#include "Page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QWidget;

namespace consentric::ui {

class ConcernInbox;
class Workspace;

class ReportConcernPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportConcernPage)

public:
    explicit ReportConcernPage(Workspace &workspace, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("report-concern"); }
    QString title() const override { return tr("Report a concern"); }
    QString helpAnchor() const override { return QStringLiteral("concerns"); }
    QIcon icon() const override;

    // Sends what the form holds, without asking (the Send button asks first): an error
    // message, or empty.
    QString send();
    void refresh();

    QComboBox *recipientBox() const { return m_recipient; }
    QCheckBox *anonymousBox() const { return m_anonymous; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QPushButton *sendButton() const { return m_send; }
    QTableWidget *mine() const { return m_mine; }
    QWidget *receivedSection() const { return m_receivedSection; }
    ConcernInbox *inbox() const { return m_inbox; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void confirmAndSend();
    void refreshRecipients();
    void refreshMine();
    void refreshReceived();
    void updateSend();

    Workspace &m_workspace;
    QComboBox *m_recipient;
    QCheckBox *m_anonymous;
    QPlainTextEdit *m_text;
    QPushButton *m_send;
    QLabel *m_noRecipient;
    QTableWidget *m_mine;
    QLabel *m_mineEmpty;
    QWidget *m_receivedSection;
    ConcernInbox *m_inbox;
};

} // namespace consentric::ui
