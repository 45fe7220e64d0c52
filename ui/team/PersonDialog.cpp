#include "team/PersonDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace consentric::ui {

PersonDialog::PersonDialog(const QStringList &departments, const consent::PersonDetails &initial, bool editing, Save save, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_department(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_save(std::move(save))
    , m_isOwner(initial.role == consent::Role::Owner)
{
    setWindowTitle(editing ? tr("Edit %1").arg(initial.name) : tr("Add a person"));
    m_name->setText(initial.name);
    m_name->setPlaceholderText(tr("First and last name"));
    m_email->setText(initial.email);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_department->setEditable(true);
    m_department->addItems(departments);
    m_department->setCurrentText(initial.department);
    m_department->lineEdit()->setPlaceholderText(tr("Choose or type a new one"));
    if (m_isOwner) {
        m_role->addItem(consent::label(consent::Role::Owner), consent::key(consent::Role::Owner));
        m_role->setEnabled(false);
    } else {
        m_role->addItem(consent::label(consent::Role::Employee), consent::key(consent::Role::Employee));
        m_role->addItem(consent::label(consent::Role::Admin), consent::key(consent::Role::Admin));
        m_role->setCurrentIndex(initial.role == consent::Role::Admin ? 1 : 0);
    }
    m_role->setToolTip(tr("Admins help the owner run the program; they see what the owner sees."));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Role:"), m_role);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &PersonDialog::revalidate);
    connect(m_email, &QLineEdit::textChanged, this, &PersonDialog::revalidate);
    connect(m_department, &QComboBox::currentTextChanged, this, &PersonDialog::revalidate);
    revalidate();
    m_problem->clear(); // say nothing until the person has typed something
}

consent::PersonDetails PersonDialog::details() const
{
    return {m_email->text(), m_name->text(), m_department->currentText(),
        consent::roleFromKey(m_role->currentData().toString()).value_or(consent::Role::Employee)};
}

void PersonDialog::revalidate()
{
    auto valid = consent::People::validate(details());
    m_problem->setText(valid ? QString() : valid.message());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(bool(valid));
}

void PersonDialog::accept()
{
    const QString problem = m_save(details());
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        return;
    }
    QDialog::accept();
}

} // namespace consentric::ui
