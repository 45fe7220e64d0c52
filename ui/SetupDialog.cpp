#include "SetupDialog.h"

#include "Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
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
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Departments:"), m_departments);
    form->addRow(tr("Owner's &name:"), m_ownerName);
    form->addRow(tr("Owner's &email:"), m_ownerEmail);
    form->addRow(tr("Owner's de&partment:"), m_ownerDepartment);
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
    // All of it, or nothing.
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
        return {};
    });
    if (!done) {
        m_problem->setText(done.message());
        return;
    }
    QDialog::accept();
}

} // namespace consentric::ui
