// "Who are you?": the person chooses themselves from the list (or types an email) and
// gives their passphrase. Wrong passphrases are counted in core, so the wait after several
// applies here and on the command line alike. A recovery code (made by the person, never
// seen by the owner) opens the account when the passphrase is forgotten.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace consentric::ui {

class Workspace;

class SignInPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInPage)

public:
    explicit SignInPage(QWidget *parent = nullptr);

    // Fills the list from the workspace's people (active, with an account).
    void prepare(Workspace *workspace, const QString &notice = {});
    // For tests and --screenshot: signs in without the dialog's fields.
    bool signIn(const QString &email, const QString &passphrase);

Q_SIGNALS:
    void signedIn();

private:
    void attempt();
    void recover();

    Workspace *m_workspace = nullptr;
    QLabel *m_heading;
    QLabel *m_notice;
    QComboBox *m_who;
    QLineEdit *m_passphrase;
    QPushButton *m_signIn;
    QLabel *m_problem;
};

} // namespace consentric::ui
