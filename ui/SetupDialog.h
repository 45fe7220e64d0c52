// "Set up my organisation": the organisation's name, its departments, its owner and the
// owner's passphrase (which protects the owner's account; see core/consent/Accounts.h).
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace consentric::ui {

class Workspace;

class SetupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupDialog)

public:
    explicit SetupDialog(Workspace &workspace, QWidget *parent = nullptr);
    void accept() override;
    // The owner's recovery code, made with the account: shown once, to print.
    QString recoveryCode() const { return m_recoveryCode; }

private:
    Workspace &m_workspace;
    QLineEdit *m_organisation;
    QPlainTextEdit *m_departments;
    QLineEdit *m_ownerName;
    QLineEdit *m_ownerEmail;
    QLineEdit *m_ownerDepartment;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QLabel *m_problem;
    QString m_recoveryCode;
};

} // namespace consentric::ui
