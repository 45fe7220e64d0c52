// The employee's Policy page: the connection policy in force, whether they take part,
// joining (by acknowledging this version of the policy) and leaving (one click, no reason
// asked), and their own consent ledger.
#pragma once

#include "Page.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace consentric::ui {

class Workspace;

class PolicyPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyPage)

public:
    explicit PolicyPage(Workspace &workspace, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("policy"); }
    QString title() const override { return tr("Policy"); }
    QString helpAnchor() const override { return QStringLiteral("policy"); }
    QIcon icon() const override;

    QString join();
    QString leave();
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    Workspace &m_workspace;
    QString m_version;
    QLabel *m_status;
    QTextBrowser *m_text;
    QCheckBox *m_acknowledge;
    QPushButton *m_join;
    QPushButton *m_leave;
    QTableWidget *m_ledger;
};

} // namespace consentric::ui
