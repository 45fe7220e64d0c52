// Adding a contact by hand or editing one (every detail, context, strength, notes), and
// editing several at once (context, strength, notes: each changed only when ticked).
#pragma once

#include "contacts/ContactStore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace consentric::ui {

class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    // Without `existing`: a new contact (it starts private).
    explicit ConnectionDialog(const contacts::OwnConnection *existing, QWidget *parent = nullptr);
    contacts::ContactInput input() const;
    void accept() override;

private:
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_url;
    QLineEdit *m_company;
    QLineEdit *m_title;
    QComboBox *m_context;
    QSpinBox *m_strength;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
};

class BulkEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkEditDialog)

public:
    BulkEditDialog(int count, QWidget *parent = nullptr);
    std::optional<consent::Context> context() const;
    std::optional<int> strength() const;
    std::optional<QString> notes() const;

private:
    QCheckBox *m_changeContext;
    QComboBox *m_context;
    QCheckBox *m_changeStrength;
    QSpinBox *m_strength;
    QCheckBox *m_changeNotes;
    QPlainTextEdit *m_notes;
};

} // namespace consentric::ui
