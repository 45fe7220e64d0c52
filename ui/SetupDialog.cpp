#include "SetupDialog.h"

#include "Workspace.h"
#include "consent/Accounts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace consentric::ui {

SetupDialog::SetupDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_organisation(new QLineEdit(this))
    , m_departments(new QPlainTextEdit(this))
    , m_ownerName(new QLineEdit(this))
    , m_ownerEmail(new QLineEdit(this))
    , m_ownerDepartment(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Set up my organisation"));
    m_organisation->setPlaceholderText(tr("e.g. Harbor Lane Studio"));
    m_departments->setPlaceholderText(tr("One per line, e.g.\nSales\nEngineering\nOperations"));
    m_departments->setTabChangesFocus(true);
    m_departments->setMaximumHeight(110);
    m_ownerName->setPlaceholderText(tr("Your name"));
    m_ownerEmail->setPlaceholderText(tr("you@example.com"));
    m_ownerDepartment->setPlaceholderText(tr("e.g. Operations"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("At least %1 characters; a few unrelated words work well").arg(consent::kMinimumPassphraseLength));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_departments->setObjectName(QStringLiteral("departments"));
    m_ownerName->setObjectName(QStringLiteral("ownerName"));
    m_ownerEmail->setObjectName(QStringLiteral("ownerEmail"));
    m_ownerDepartment->setObjectName(QStringLiteral("ownerDepartment"));
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Departments:"), m_departments);
    form->addRow(tr("Owner's &name:"), m_ownerName);
    form->addRow(tr("Owner's &email:"), m_ownerEmail);
    form->addRow(tr("Owner's de&partment:"), m_ownerDepartment);
    form->addRow(tr("Owner's pass&phrase:"), m_passphrase);
    form->addRow(tr("Re&peat it:"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("You are the owner: you run the referral program. Employees decide what you may see of their networks."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    connect(buttons, &QDialogButtonBox::accepted, this, &SetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SetupDialog::accept()
{
    consent::People &people = m_workspace.people();
    const consent::PersonDetails owner{m_ownerEmail->text(), m_ownerName->text(), m_ownerDepartment->text(), consent::Role::Owner};
    if (m_organisation->text().trimmed().isEmpty()) {
        m_problem->setText(tr("Give the organisation a name."));
        return;
    }
    if (auto valid = consent::People::validate(owner); !valid) {
        m_problem->setText(valid.message());
        return;
    }
    if (auto strong = consent::Accounts::checkPassphrase(m_passphrase->text(), consent::PassphraseRule::Strict); !strong) {
        m_problem->setText(strong.message());
        return;
    }
    if (m_passphrase->text() != m_repeat->text()) {
        m_problem->setText(tr("The two passphrases differ. Type the same one twice."));
        return;
    }
    // Argon2id with the moderate limits takes about a second, on purpose.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    // All of it, or nothing.
    std::optional<consent::Session> session;
    auto done = m_workspace.database().transaction([&]() -> Result<void> {
        if (auto created = people.createOrganisation(m_organisation->text()); !created)
            return created;
        for (const QString &line : m_departments->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.trimmed().isEmpty())
                continue;
            if (auto department = people.ensureDepartment(line); !department)
                return department.error();
        }
        auto id = people.add(owner);
        if (!id)
            return id.error();
        auto account = consent::Accounts(m_workspace.database()).create(*id, m_passphrase->text(), consent::KdfLimits::moderate());
        if (!account)
            return account.error();
        auto code = consent::Accounts(m_workspace.database()).makeRecoveryCode(*account);
        if (!code)
            return code.error();
        m_recoveryCode = *code;
        session.emplace(std::move(*account));
        return {};
    });
    QGuiApplication::restoreOverrideCursor();
    if (!done) {
        m_problem->setText(done.message());
        return;
    }
    m_workspace.signIn(std::move(*session));
    QDialog::accept();
}

} // namespace consentric::ui
