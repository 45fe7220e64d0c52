#include "signin/RecoveryDialogs.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace consentric::ui {

RecoveryCodeDialog::RecoveryCodeDialog(const QString &code, const QString &email, const QString &organisation, bool forOwner, QWidget *parent)
    : QDialog(parent)
    , m_code(code)
    , m_email(email)
    , m_organisation(organisation)
{
    setWindowTitle(forOwner ? tr("Your owner recovery key") : tr("Your recovery code"));
    auto *intro = new QLabel(forOwner ? tr("This key opens the owner's account if the passphrase is forgotten. Print it and keep it somewhere safe, "
                                           "away from this computer. It is shown only now: Consentric keeps no copy of it.")
                                      : tr("This code opens your account if you forget your passphrase. Only you have it: the owner never sees "
                                           "it. Print it or write it down now; it is shown only once, and any earlier code stops working."),
        this);
    intro->setWordWrap(true);
    auto *codeLabel = new QLabel(code, this);
    codeLabel->setObjectName(QStringLiteral("recoveryCode"));
    codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    codeLabel->setStyleSheet(QStringLiteral("font-family: monospace; font-size: 16pt; font-weight: 600; padding: 12px;"));
    codeLabel->setAlignment(Qt::AlignCenter);
    auto *kept = new QCheckBox(tr("I have printed or written down this code"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton *copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(kept, &QCheckBox::toggled, buttons->button(QDialogButtonBox::Ok), &QWidget::setEnabled);
    connect(printButton, &QPushButton::clicked, this, &RecoveryCodeDialog::print);
    connect(copyButton, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_code); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(codeLabel);
    layout->addWidget(kept);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void RecoveryCodeDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument page;
    page.setHtml(tr("<h2>Consentric recovery code</h2><p>Organisation: %1<br>Account: %2</p>"
                    "<p style=\"font-family: monospace; font-size: 20pt\">%3</p>"
                    "<p>Keep this page somewhere safe, away from the computer. With it, the account can be opened and a new passphrase "
                    "set. Nobody else has a copy.</p>")
                     .arg(m_organisation.toHtmlEscaped(), m_email.toHtmlEscaped(), m_code.toHtmlEscaped()));
    page.print(&printer);
}

RecoverDialog::RecoverDialog(storage::Database &db, const QString &email, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_email(new QLineEdit(email, this))
    , m_code(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Use a recovery code"));
    auto *intro = new QLabel(tr("Type the recovery code you made (or, for the owner, the recovery key printed at set-up) and choose a new "
                                "passphrase. Without a code there is no way back into your private data: the owner can only give you a "
                                "fresh, empty account."),
        this);
    intro->setWordWrap(true);
    m_code->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("Recovery &code:"), m_code);
    form->addRow(tr("&New passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat it:"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Recover and sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecoverDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void RecoverDialog::accept()
{
    if (m_passphrase->text() != m_repeat->text()) {
        m_problem->setText(tr("The two new passphrases differ. Type the same one twice."));
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = consent::Accounts(m_db).recover(m_email->text().trimmed(), m_code->text(), m_passphrase->text());
    QGuiApplication::restoreOverrideCursor();
    if (!session) {
        m_problem->setText(session.message());
        return;
    }
    m_session.emplace(std::move(*session));
    QDialog::accept();
}

} // namespace consentric::ui
