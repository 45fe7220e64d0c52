// Adding or editing a person on the Team page. The dialog checks with core's own
// validation as the person types, and saves through a callback so that the change can
// go through the undo stack; a refusal from core is shown inside the dialog.
#pragma once

#include "consent/People.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace consentric::ui {

class PersonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonDialog)

public:
    using Save = std::function<QString(const consent::PersonDetails &)>; // returns an error, or empty
    PersonDialog(const QStringList &departments, const consent::PersonDetails &initial, bool editing, Save save, QWidget *parent = nullptr);

    consent::PersonDetails details() const;
    void accept() override;

private:
    void revalidate();

    QLineEdit *m_name;
    QLineEdit *m_email;
    QComboBox *m_department;
    QComboBox *m_role;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    Save m_save;
    bool m_isOwner;
};

} // namespace consentric::ui
