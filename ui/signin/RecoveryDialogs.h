// Recovery: showing a newly made recovery code once (with Print and Copy, and a checkbox
// that it was kept), and using one to open the account and set a new passphrase.
#pragma once

#include "consent/Accounts.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;

namespace consentric::storage {
class Database;
}

namespace consentric::ui {

class RecoveryCodeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryCodeDialog)

public:
    // `forOwner`: the owner's recovery key at set-up (the only way back into the business's
    // account); otherwise an employee's own code, which the owner never sees.
    RecoveryCodeDialog(const QString &code, const QString &email, const QString &organisation, bool forOwner, QWidget *parent = nullptr);

private:
    void print();
    QString m_code;
    QString m_email;
    QString m_organisation;
};

class RecoverDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoverDialog)

public:
    RecoverDialog(storage::Database &db, const QString &email, QWidget *parent = nullptr);
    void accept() override;
    std::optional<consent::Session> &session() { return m_session; }

private:
    storage::Database &m_db;
    QLineEdit *m_email;
    QLineEdit *m_code;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QLabel *m_problem;
    std::optional<consent::Session> m_session;
};

} // namespace consentric::ui
