// The employee's Policy page: the connection policy in force, whether they take part,
// joining (by acknowledging this version of the policy) and leaving (one click, no reason
// asked), and their own consent ledger. When the owner has published a version this
// participant has not acknowledged yet, a banner says what changed and asks them to read it.
#pragma once

#include "Page.h"

class QCheckBox;
class QFrame;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace consentric::consent {
class Session;
}

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

    // Each returns an error message, or empty.
    QString join();
    QString leave();
    // The participant has read the version in force.
    QString acknowledge();
    void refresh();

    // The version shown (the one joining or acknowledging accepts).
    const QString &version() const { return m_version; }
    QFrame *banner() const { return m_banner; }
    QLabel *bannerLabel() const { return m_bannerText; }
    QPushButton *acknowledgeButton() const { return m_acknowledgeNew; }
    QTableWidget *ledger() const { return m_ledger; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshBanner(const consent::Session &session);

    Workspace &m_workspace;
    QString m_version;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_acknowledgeNew;
    QLabel *m_status;
    QTextBrowser *m_text;
    QCheckBox *m_acknowledge;
    QPushButton *m_join;
    QPushButton *m_leave;
    QTableWidget *m_ledger;
};

} // namespace consentric::ui
