#include "connections/ConnectionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace consentric::ui {

namespace {

QComboBox *contextBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (consent::Context c : {consent::Context::Professional, consent::Context::Personal, consent::Context::Family})
        box->addItem(consent::label(c), int(c));
    return box;
}

QSpinBox *strengthBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1, 5);
    box->setValue(3);
    box->setToolTip(QCoreApplication::translate("consentric::ui::ConnectionDialog", "1: we met once; 5: I would call them today"));
    return box;
}

} // namespace

ConnectionDialog::ConnectionDialog(const contacts::OwnConnection *existing, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_company(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_context(contextBox(this))
    , m_strength(strengthBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(existing ? tr("Edit connection") : tr("Add a contact"));
    m_name->setObjectName(QStringLiteral("connectionName"));
    m_notes->setPlaceholderText(tr("Only you can read your notes, whatever the sharing level."));
    m_notes->setMaximumHeight(90);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    if (existing) {
        const consent::ContactDetails &d = existing->details;
        m_name->setText(d.displayName);
        m_email->setText(d.email);
        m_phone->setText(d.phone);
        m_url->setText(d.profileUrl);
        m_company->setText(d.company);
        m_title->setText(d.title);
        m_notes->setPlainText(d.notes);
        m_context->setCurrentIndex(m_context->findData(int(existing->context)));
        m_strength->setValue(existing->strength);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("Profile &address:"), m_url);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Con&text:"), m_context);
    form->addRow(tr("&Strength (1–5):"), m_strength);
    form->addRow(tr("N&otes:"), m_notes);
    auto *note = new QLabel(existing ? QString() : tr("A new contact starts private: only you can see it until you choose otherwise."), this);
    note->setWordWrap(true);
    note->setVisible(!existing);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

contacts::ContactInput ConnectionDialog::input() const
{
    contacts::ContactInput in;
    in.displayName = m_name->text().simplified();
    in.email = m_email->text().trimmed();
    in.phone = m_phone->text().trimmed();
    in.profileUrl = m_url->text().trimmed();
    in.company = m_company->text().simplified();
    in.title = m_title->text().simplified();
    in.notes = m_notes->toPlainText();
    in.context = static_cast<consent::Context>(m_context->currentData().toInt());
    in.strength = m_strength->value();
    return in;
}

void ConnectionDialog::accept()
{
    if (m_name->text().simplified().isEmpty() && m_email->text().trimmed().isEmpty()) {
        m_problem->setText(tr("Give the contact a name or an email address."));
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

BulkEditDialog::BulkEditDialog(int count, QWidget *parent)
    : QDialog(parent)
    , m_changeContext(new QCheckBox(tr("Set the con&text to"), this))
    , m_context(contextBox(this))
    , m_changeStrength(new QCheckBox(tr("Set the &strength to"), this))
    , m_strength(strengthBox(this))
    , m_changeNotes(new QCheckBox(tr("Replace the &notes with"), this))
    , m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Edit %1 connections").arg(count));
    m_notes->setMaximumHeight(80);
    auto *form = new QFormLayout;
    form->addRow(m_changeContext, m_context);
    form->addRow(m_changeStrength, m_strength);
    form->addRow(m_changeNotes, m_notes);
    m_context->setEnabled(false);
    m_strength->setEnabled(false);
    m_notes->setEnabled(false);
    connect(m_changeContext, &QCheckBox::toggled, m_context, &QWidget::setEnabled);
    connect(m_changeStrength, &QCheckBox::toggled, m_strength, &QWidget::setEnabled);
    connect(m_changeNotes, &QCheckBox::toggled, m_notes, &QWidget::setEnabled);
    auto *note = new QLabel(tr("Only what you tick changes; the rest stays as it is for each connection."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

std::optional<consent::Context> BulkEditDialog::context() const
{
    return m_changeContext->isChecked() ? std::optional(static_cast<consent::Context>(m_context->currentData().toInt())) : std::nullopt;
}

std::optional<int> BulkEditDialog::strength() const
{
    return m_changeStrength->isChecked() ? std::optional(m_strength->value()) : std::nullopt;
}

std::optional<QString> BulkEditDialog::notes() const
{
    return m_changeNotes->isChecked() ? std::optional(m_notes->toPlainText()) : std::nullopt;
}

} // namespace consentric::ui
