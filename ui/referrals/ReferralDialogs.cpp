#include "referrals/ReferralDialogs.h"

#include "consent/BusinessView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace consentric::ui {

namespace {

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

TargetDialog::TargetDialog(const QStringList &companies, const std::vector<consent::SharedConnection> &shared, QWidget *parent)
    : QDialog(parent)
    , m_company(new QRadioButton(tr("A &company: ask whoever on the team can help"), this))
    , m_person(new QRadioButton(tr("A &person someone shared: ask that employee"), this))
    , m_companyName(new QLineEdit(this))
    , m_sharedConnection(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_send(new QCheckBox(tr("&Send the request now"), this))
    , m_note(new QLabel(this))
{
    setWindowTitle(tr("New target"));
    m_company->setChecked(true);
    m_companyName->setPlaceholderText(tr("Company name, e.g. Acme Inc."));
    auto *completer = new QCompleter(companies, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_companyName->setCompleter(completer);
    for (const consent::SharedConnection &c : shared) {
        m_sharedConnection->addItem(
            tr("%1 — %2 (%3's connection)").arg(c.name, c.company.isEmpty() ? tr("no company") : c.company, c.employee), c.connectionId);
    }
    m_person->setEnabled(!shared.empty());
    for (referrals::TargetKind kind : {referrals::TargetKind::Customer, referrals::TargetKind::Partner, referrals::TargetKind::Hire})
        m_kind->addItem(referrals::label(kind), int(kind));
    m_reason->setPlaceholderText(tr("Why the business would like this introduction. The employee reads it before deciding."));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(90);
    m_send->setChecked(true);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *form = new QFormLayout;
    form->addRow(m_company);
    form->addRow(tr("Company:"), m_companyName);
    form->addRow(m_person);
    form->addRow(tr("Connection:"), m_sharedConnection);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(okCancel(this, tr("Add target")));
    connect(m_company, &QRadioButton::toggled, this, &TargetDialog::updateState);
    updateState();
    resize(560, sizeHint().height());
}

void TargetDialog::updateState()
{
    const bool company = m_company->isChecked();
    m_companyName->setEnabled(company);
    m_sharedConnection->setEnabled(!company);
    m_note->setText(company ? tr("Everyone taking part who chose to make a connection there discoverable or shared is asked privately. You "
                                 "learn who only when someone accepts.")
                            : tr("Only the employee who shared this connection is asked. Until they accept, the request shows as open; if "
                                 "nothing comes of it, it closes at its expiry without saying why."));
}

referrals::TargetInput TargetDialog::input() const
{
    referrals::TargetInput in;
    if (m_company->isChecked())
        in.company = m_companyName->text();
    else if (m_sharedConnection->currentIndex() >= 0)
        in.sharedConnectionId = m_sharedConnection->currentData().toLongLong();
    in.kind = referrals::TargetKind(m_kind->currentData().toInt());
    in.reason = m_reason->toPlainText();
    return in;
}

bool TargetDialog::sendNow() const
{
    return m_send->isChecked();
}

GuardrailsDialog::GuardrailsDialog(const referrals::GuardrailSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_open(new QSpinBox(this))
    , m_cooldown(new QSpinBox(this))
    , m_expiry(new QSpinBox(this))
{
    setWindowTitle(tr("Guardrails"));
    m_open->setRange(referrals::kOpenLimit.lowest, referrals::kOpenLimit.highest);
    m_open->setValue(settings.openLimit);
    m_cooldown->setRange(referrals::kCooldownDays.lowest, referrals::kCooldownDays.highest);
    m_cooldown->setSuffix(tr(" days"));
    m_cooldown->setValue(settings.cooldownDays);
    m_expiry->setRange(referrals::kExpiryDays.lowest, referrals::kExpiryDays.highest);
    m_expiry->setSuffix(tr(" days"));
    m_expiry->setValue(settings.expiryDays);
    auto *intro = new QLabel(tr("These keep the program free of pressure. You can tune them within their bounds; no setting switches them off. "
                                "Opting out always cancels a person's pending requests, and declines are never shown by name."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Open requests per employee (1–3):"), m_open);
    form->addRow(tr("&Wait after a request ends without an introduction (30–365):"), m_cooldown);
    form->addRow(tr("Requests &expire after (7–30):"), m_expiry);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(okCancel(this, tr("Apply")));
    resize(560, sizeHint().height());
}

referrals::GuardrailSettings GuardrailsDialog::settings() const
{
    referrals::GuardrailSettings s = m_settings;
    s.openLimit = m_open->value();
    s.cooldownDays = m_cooldown->value();
    s.expiryDays = m_expiry->value();
    return s;
}

StepDialog::StepDialog(bool outcome, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(today, this))
{
    setWindowTitle(outcome ? tr("Record the outcome") : tr("Record the meeting"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    auto *form = new QFormLayout;
    form->addRow(outcome ? tr("&Date of the outcome:") : tr("&Date of the meeting:"), m_date);
    if (outcome) {
        m_outcome = new QComboBox(this);
        for (referrals::Outcome o : {referrals::Outcome::Won, referrals::Outcome::Hired, referrals::Outcome::Partnered, referrals::Outcome::NoResult})
            m_outcome->addItem(referrals::label(o), int(o));
        form->addRow(tr("&Outcome:"), m_outcome);
    }
    auto *note = new QLabel(tr("The colleague who made the introduction sees this step in their inbox."), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(okCancel(this, tr("Record")));
    resize(400, sizeHint().height());
}

QDate StepDialog::date() const
{
    return m_date->date();
}

referrals::Outcome StepDialog::outcome() const
{
    return m_outcome ? referrals::Outcome(m_outcome->currentData().toInt()) : referrals::Outcome::NoResult;
}

} // namespace consentric::ui
