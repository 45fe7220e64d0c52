#include "policy/ReviewDialog.h"

#include "Workspace.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace consentric::ui {

ReviewDialog::ReviewDialog(Workspace &workspace, const std::vector<policy::ReviewDue> &schedule, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_schedule(schedule)
    , m_kind(new QComboBox(this))
    , m_period(new QLineEdit(this))
    , m_heldOn(new QDateEdit(this))
    , m_participants(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_changes(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Record a policy review"));
    setObjectName(QStringLiteral("reviewDialog"));
    m_kind->addItem(tr("Quarterly review"), QVariant::fromValue(int(policy::ReviewKind::Quarterly)));
    m_kind->addItem(tr("Annual review"), QVariant::fromValue(int(policy::ReviewKind::Annual)));
    // The review that is due (or overdue) comes first.
    for (const policy::ReviewDue &due : m_schedule) {
        if (due.state == policy::DueState::Due || due.state == policy::DueState::Overdue) {
            m_kind->setCurrentIndex(due.kind == policy::ReviewKind::Annual ? 1 : 0);
            break;
        }
    }
    m_period->setPlaceholderText(tr("2026-Q3 for a quarter, 2026 for a year"));
    const QDate today = workspace.database().clock().today();
    m_heldOn->setCalendarPopup(true);
    m_heldOn->setMaximumDate(today);
    m_heldOn->setDate(today);
    m_participants->setPlaceholderText(tr("Who took part, e.g. “the whole team” or names"));
    m_notes->setPlaceholderText(tr("What the review found: the pulse, concerns, what people said"));
    m_changes->setPlaceholderText(tr("What you decided to change, if anything"));
    for (QPlainTextEdit *edit : {m_notes, m_changes}) {
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(80);
    }
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setObjectName(QStringLiteral("reviewProblem"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Review:"), m_kind);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Held on:"), m_heldOn);
    form->addRow(tr("P&articipants:"), m_participants);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("&Changes decided:"), m_changes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Record"), QDialogButtonBox::AcceptRole)->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReviewDialog::fillPeriod);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillPeriod();
}

void ReviewDialog::fillPeriod()
{
    const auto kind = policy::ReviewKind(m_kind->currentData().toInt());
    for (const policy::ReviewDue &due : m_schedule) {
        if (due.kind == kind) {
            m_period->setText(due.period);
            return;
        }
    }
    m_period->setText(policy::Reviews::periodOf(kind, m_heldOn->date()));
}

policy::Review ReviewDialog::review() const
{
    policy::Review review;
    review.kind = policy::ReviewKind(m_kind->currentData().toInt());
    review.period = m_period->text().trimmed();
    review.heldOn = m_heldOn->date();
    review.participants = m_participants->text();
    review.notes = m_notes->toPlainText();
    review.changes = m_changes->toPlainText();
    return review;
}

void ReviewDialog::accept()
{
    const consent::Session *session = m_workspace.session();
    if (!session) {
        m_problem->setText(tr("Sign in as the owner first."));
        m_problem->show();
        return;
    }
    auto recorded = policy::Reviews(m_workspace.database()).record(*session, review());
    if (!recorded) {
        m_problem->setText(recorded.message());
        m_problem->show();
        return;
    }
    m_recordedId = *recorded;
    QDialog::accept();
}

} // namespace consentric::ui
