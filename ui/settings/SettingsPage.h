// Settings for the signed-in person: their passphrase, their own recovery code, and how
// soon an unused window locks. The owner (or an admin) can also give someone who forgot
// their passphrase a fresh, empty account: there is no back door to their private data.
#pragma once

#include "Page.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace consentric::ui {

class Workspace;

class SettingsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(Workspace &workspace, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("settings"); }
    QString title() const override { return tr("Settings"); }
    QString helpAnchor() const override { return QStringLiteral("settings"); }
    QIcon icon() const override;

    QString changePassphrase(const QString &current, const QString &next, const QString &repeat);
    QString giveFreshAccount(const QString &email, const QString &passphrase);

Q_SIGNALS:
    void idleMinutesChanged(int minutes);

private:
    void makeRecoveryCode();
    Workspace &m_workspace;
    QLineEdit *m_current;
    QLineEdit *m_next;
    QLineEdit *m_repeat;
    QSpinBox *m_idle;
    QComboBox *m_freshWho = nullptr;
    QLineEdit *m_freshPassphrase = nullptr;
};

} // namespace consentric::ui
