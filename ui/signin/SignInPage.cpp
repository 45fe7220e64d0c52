#include "signin/SignInPage.h"

#include "Workspace.h"
#include "signin/RecoveryDialogs.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace consentric::ui {

SignInPage::SignInPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_who(new QComboBox(this))
    , m_passphrase(new QLineEdit(this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
    , m_problem(new QLabel(this))
{
    m_heading->setObjectName(QStringLiteral("signInHeading"));
    m_heading->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    m_notice->setWordWrap(true);
    m_who->setEditable(true);
    m_who->setInsertPolicy(QComboBox::NoInsert);
    m_who->setObjectName(QStringLiteral("signInWho"));
    m_who->setMinimumWidth(320);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setObjectName(QStringLiteral("signInPassphrase"));
    m_signIn->setDefault(true);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("signInProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    auto *recoverButton = new QPushButton(tr("Forgot your passphrase? Use your recovery code…"), this);
    recoverButton->setFlat(true);
    recoverButton->setStyleSheet(QStringLiteral("text-align: left; color: palette(link);"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Who are you?"), m_who);
    form->addRow(tr("&Passphrase:"), m_passphrase);

    auto *box = new QWidget(this);
    box->setMaximumWidth(560);
    auto *inner = new QVBoxLayout(box);
    inner->addWidget(m_heading);
    inner->addWidget(m_notice);
    inner->addSpacing(8);
    inner->addLayout(form);
    inner->addWidget(m_signIn, 0, Qt::AlignLeft);
    inner->addWidget(m_problem);
    inner->addSpacing(12);
    inner->addWidget(recoverButton, 0, Qt::AlignLeft);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(m_signIn, &QPushButton::clicked, this, &SignInPage::attempt);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &SignInPage::attempt);
    connect(recoverButton, &QPushButton::clicked, this, &SignInPage::recover);
}

void SignInPage::prepare(Workspace *workspace, const QString &notice)
{
    m_workspace = workspace;
    m_passphrase->clear();
    m_problem->clear();
    m_who->clear();
    auto name = workspace->people().organisationName();
    m_heading->setText(name && name->has_value() ? tr("Sign in to %1").arg(**name) : tr("Sign in"));
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    auto everyone = workspace->people().all();
    if (everyone) {
        consent::Accounts accounts(workspace->database());
        for (const consent::Person &p : *everyone) {
            auto has = accounts.hasAccount(p.id);
            if (p.status != consent::Status::Active || !has || !*has)
                continue;
            m_who->addItem(tr("%1 — %2").arg(p.name, p.email), p.email);
        }
    }
    m_who->setCurrentIndex(-1);
    m_who->lineEdit()->setPlaceholderText(tr("Choose yourself, or type your email"));
    m_who->setFocus();
}

bool SignInPage::signIn(const QString &email, const QString &passphrase)
{
    if (!m_workspace)
        return false;
    m_problem->clear();
    // Argon2id takes about a second with real accounts: on purpose.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = consent::Accounts(m_workspace->database()).signIn(email, passphrase);
    QGuiApplication::restoreOverrideCursor();
    if (!session) {
        m_problem->setText(session.message());
        m_passphrase->selectAll();
        return false;
    }
    m_passphrase->clear();
    m_workspace->signIn(std::move(*session));
    Q_EMIT signedIn();
    return true;
}

void SignInPage::attempt()
{
    const int index = m_who->findText(m_who->currentText());
    const QString email = index >= 0 ? m_who->itemData(index).toString() : m_who->currentText().trimmed();
    if (email.isEmpty()) {
        m_problem->setText(tr("Choose yourself in the list, or type your email address."));
        return;
    }
    if (m_passphrase->text().isEmpty()) {
        m_problem->setText(tr("Type your passphrase."));
        m_passphrase->setFocus();
        return;
    }
    m_signIn->setEnabled(false);
    m_problem->setText(tr("Signing in…"));
    m_problem->repaint();
    signIn(email, m_passphrase->text());
    m_signIn->setEnabled(true);
}

void SignInPage::recover()
{
    if (!m_workspace)
        return;
    const int index = m_who->findText(m_who->currentText());
    RecoverDialog dialog(m_workspace->database(), index >= 0 ? m_who->itemData(index).toString() : m_who->currentText().trimmed(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.session())
        return;
    m_workspace->signIn(std::move(*dialog.session()));
    Q_EMIT signedIn();
}

} // namespace consentric::ui
