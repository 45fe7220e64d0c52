// Recording a policy review: which review (quarterly or annual) and for which period, the
// day it was held (never in the future), who took part, what it found and what it decided.
// Core checks it; a refusal shows in the dialog, which stays open with everything typed.
#pragma once

#include "policy/Reviews.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace consentric::ui {

class Workspace;

class ReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDialog)

public:
    // `schedule` is what Reviews::schedule() returned: the period of the review that is due
    // (or else the current one) is filled in for each kind.
    ReviewDialog(Workspace &workspace, const std::vector<policy::ReviewDue> &schedule, QWidget *parent = nullptr);

    // Records the review; stays open and says why when core refuses it.
    void accept() override;
    policy::Review review() const;
    qint64 recordedId() const { return m_recordedId; }

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *periodEdit() const { return m_period; }
    QDateEdit *heldOnEdit() const { return m_heldOn; }
    QLineEdit *participantsEdit() const { return m_participants; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QPlainTextEdit *changesEdit() const { return m_changes; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void fillPeriod();

    Workspace &m_workspace;
    std::vector<policy::ReviewDue> m_schedule;
    qint64 m_recordedId = 0;
    QComboBox *m_kind;
    QLineEdit *m_period;
    QDateEdit *m_heldOn;
    QLineEdit *m_participants;
    QPlainTextEdit *m_notes;
    QPlainTextEdit *m_changes;
    QLabel *m_problem;
};

} // namespace consentric::ui
