// The owner's dialogs on the Referrals page: a new target (a company, or a person someone
// shared), the guardrails within their bounds, and a step of the pipeline (a date, and
// for an outcome, which one).
#pragma once

#include "referrals/Guardrails.h"
#include "referrals/Referrals.h"

#include <QDialog>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace consentric::consent {
struct SharedConnection;
}

namespace consentric::ui {

class TargetDialog final : public QDialog
{
    Q_OBJECT

public:
    TargetDialog(const QStringList &companies, const std::vector<consent::SharedConnection> &shared, QWidget *parent = nullptr);
    referrals::TargetInput input() const;
    bool sendNow() const;

private:
    void updateState();
    QRadioButton *m_company;
    QRadioButton *m_person;
    QLineEdit *m_companyName;
    QComboBox *m_sharedConnection;
    QComboBox *m_kind;
    QPlainTextEdit *m_reason;
    QCheckBox *m_send;
    QLabel *m_note;
};

class GuardrailsDialog final : public QDialog
{
    Q_OBJECT

public:
    GuardrailsDialog(const referrals::GuardrailSettings &settings, QWidget *parent = nullptr);
    referrals::GuardrailSettings settings() const;

private:
    referrals::GuardrailSettings m_settings;
    QSpinBox *m_open;
    QSpinBox *m_cooldown;
    QSpinBox *m_expiry;
};

class StepDialog final : public QDialog
{
    Q_OBJECT

public:
    // A meeting (date only) or an outcome (date and which), no later than `today`.
    StepDialog(bool outcome, QDate today, QWidget *parent = nullptr);
    QDate date() const;
    referrals::Outcome outcome() const;

private:
    QDateEdit *m_date;
    QComboBox *m_outcome = nullptr;
};

} // namespace consentric::ui
