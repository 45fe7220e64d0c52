#include "policy/PolicyReviewPage.h"

#include "Workspace.h"
#include "policy/ReviewDialog.h"
#include "policy/Reviews.h"
#include "util/Clock.h"
#include "widgets/Confirm.h"
#include "widgets/Notes.h"
#include "widgets/PageLayout.h"
#include "widgets/Tables.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace consentric::ui {

namespace {

QString language()
{
    return QLocale().name().left(2);
}

// Written, empty and missing sections, and the states of a review, are told apart by word,
// icon and colour (never colour alone).
const QColor kGood(0x1e, 0x7b, 0x34);
const QColor kCaution(0x8a, 0x5a, 0x00);
const QColor kWarning(0xb3, 0x26, 0x1e);

} // namespace

PolicyReviewPage::PolicyReviewPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_defaults(policy::defaultSections(language()))
    , m_version(nullptr)
    , m_counts(nullptr)
    , m_checklist(nullptr)
    , m_sectionList(nullptr)
    , m_title(nullptr)
    , m_body(nullptr)
    , m_reset(nullptr)
    , m_save(nullptr)
    , m_publish(nullptr)
    , m_schedule(nullptr)
    , m_record(nullptr)
    , m_reviewsEmpty(nullptr)
    , m_reviews(nullptr)
{
    auto *content = new QWidget(this);
    m_version = makeNote(QString(), content);
    m_version->setObjectName(QStringLiteral("policyVersion"));
    m_version->setTextFormat(Qt::RichText);
    m_counts = makeNote(QString(), content);
    m_counts->setObjectName(QStringLiteral("acknowledgementCounts"));
    m_checklist = makeList({tr("Required section"), tr("State")}, content);
    m_checklist->setObjectName(QStringLiteral("policyChecklist"));
    m_checklist->setAccessibleName(tr("Checklist of required sections"));
    m_checklist->setToolTip(tr("Click a section to edit it"));
    m_sectionList = new QListWidget(content);
    m_sectionList->setObjectName(QStringLiteral("policySections"));
    m_sectionList->setAccessibleName(tr("Sections of the draft"));
    m_sectionList->setFixedWidth(300);
    m_sectionList->setWordWrap(true);
    m_sectionList->setSpacing(2);
    m_title = new QLineEdit(content);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_title->setAccessibleName(tr("Section title"));
    m_body = new QPlainTextEdit(content);
    m_body->setObjectName(QStringLiteral("sectionBody"));
    m_body->setAccessibleName(tr("Section text"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(220);
    m_reset = new QPushButton(tr("Reset section to &default"), content);
    m_reset->setToolTip(tr("Put back the default title and text of this section"));
    m_save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save draft"), content);
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_save->setToolTip(tr("Save the draft (Ctrl+S); participants see nothing until you publish"));
    m_publish = new QPushButton(tr("&Publish…"), content);
    m_publish->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_publish->setToolTip(tr("Publish the draft as the next version (Ctrl+Shift+P)"));
    m_schedule = makeList({tr("Review"), tr("Period"), tr("Due on"), tr("State")}, content);
    m_schedule->setObjectName(QStringLiteral("reviewSchedule"));
    m_schedule->setAccessibleName(tr("Review schedule"));
    m_record = new QPushButton(tr("&Record review…"), content);
    m_record->setObjectName(QStringLiteral("recordReview"));
    m_record->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_record->setToolTip(tr("Record a review you held (Ctrl+R)"));
    m_reviewsEmpty = makeEmptyNote(tr("No review has been recorded yet. Hold the first one with the team, then record it here."), content);
    m_reviews = makeList({tr("Held on"), tr("Review"), tr("Period"), tr("Participants"), tr("Changes decided")}, content);
    m_reviews->setObjectName(QStringLiteral("reviewsHeld"));
    m_reviews->setAccessibleName(tr("Reviews held"));

    auto *editor = new QVBoxLayout;
    auto *titleLabel = new QLabel(tr("&Title:"), content);
    titleLabel->setBuddy(m_title);
    auto *bodyLabel = new QLabel(tr("Te&xt:"), content);
    bodyLabel->setBuddy(m_body);
    editor->addWidget(titleLabel);
    editor->addWidget(m_title);
    editor->addWidget(bodyLabel);
    editor->addWidget(m_body, 1);
    auto *editorRow = new QHBoxLayout;
    editorRow->addWidget(m_sectionList);
    editorRow->addLayout(editor, 1);
    auto *draftButtons = new QHBoxLayout;
    draftButtons->addWidget(m_reset);
    draftButtons->addStretch(1);
    draftButtons->addWidget(m_save);
    draftButtons->addWidget(m_publish);
    auto *reviewButtons = new QHBoxLayout;
    reviewButtons->addStretch(1);
    reviewButtons->addWidget(m_record);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Policy and reviews")), content));
    layout->addWidget(m_version);
    layout->addWidget(m_counts);
    layout->addWidget(makeHeading(tr("Required sections"), content));
    layout->addWidget(m_checklist);
    layout->addWidget(makeHeading(tr("The draft"), content));
    layout->addWidget(makeNote(tr("Participants see nothing of the draft until you publish it. Each published version is kept as it was; "
                                  "participants are asked to acknowledge it at their next sign-in, and until they do, nothing about "
                                  "their sharing changes."),
        content));
    layout->addLayout(editorRow, 1);
    layout->addLayout(draftButtons);
    layout->addWidget(makeHeading(tr("Review schedule"), content));
    layout->addWidget(makeNote(tr("Review the program with the team each quarter, within %1 days of the quarter's end, and once a year "
                                  "comprehensively, by the end of January.")
                                   .arg(policy::kQuarterlyGraceDays),
        content));
    layout->addWidget(m_schedule);
    layout->addLayout(reviewButtons);
    layout->addWidget(makeHeading(tr("Reviews held"), content));
    layout->addWidget(m_reviewsEmpty);
    layout->addWidget(m_reviews);

    placeInScrollArea(this, content);

    connect(m_sectionList, &QListWidget::currentRowChanged, this, &PolicyReviewPage::showSection);
    connect(m_title, &QLineEdit::textChanged, this, &PolicyReviewPage::editSection);
    connect(m_body, &QPlainTextEdit::textChanged, this, &PolicyReviewPage::editSection);
    connect(m_checklist, &QTableWidget::cellClicked, this, [this](int row) {
        const QString key = m_checklist->item(row, 0)->data(Qt::UserRole).toString();
        for (int i = 0; i < int(m_sections.size()); ++i)
            if (m_sections[size_t(i)].key == key)
                m_sectionList->setCurrentRow(i);
    });
    connect(m_reset, &QPushButton::clicked, this, &PolicyReviewPage::resetSection);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (const QString error = saveDraft(); !error.isEmpty())
            Q_EMIT problem(error);
        else
            Q_EMIT information(tr("Draft saved. Participants see it once you publish it."));
    });
    connect(m_publish, &QPushButton::clicked, this, &PolicyReviewPage::askAndPublish);
    connect(m_record, &QPushButton::clicked, this, &PolicyReviewPage::recordReview);
    connect(&m_workspace, &Workspace::sessionChanged, this, [this] { refresh(true); });
    connect(&m_workspace, &Workspace::reloaded, this, [this] { refresh(true); });
    connect(&m_workspace, &Workspace::consentChanged, this, [this] { refreshVersion(); });
    refresh(true);
}

QIcon PolicyReviewPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("document-properties"), QIcon(QStringLiteral(":/icons/policy.svg")));
}

void PolicyReviewPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    refresh();
}

void PolicyReviewPage::refresh(bool discardEdits)
{
    if (discardEdits || !isDirty())
        loadDraft();
    refreshVersion();
    refreshSchedule();
    refreshReviews();
}

void PolicyReviewPage::loadDraft()
{
    auto draft = policy::PolicyStore(m_workspace.database()).draft(language());
    if (!draft) {
        Q_EMIT problem(draft.message());
        return;
    }
    const int row = std::max(m_sectionList->currentRow(), 0);
    m_sections = *draft;
    m_saved = *draft;
    m_sectionList->clear();
    for (const policy::PolicySection &section : m_sections)
        m_sectionList->addItem(section.title);
    m_sectionList->setCurrentRow(std::min(row, m_sectionList->count() - 1));
    showSection(m_sectionList->currentRow());
    refreshChecklist();
    updateButtons();
}

void PolicyReviewPage::showSection(int row)
{
    const bool valid = row >= 0 && row < int(m_sections.size());
    m_loading = true;
    m_title->setText(valid ? m_sections[size_t(row)].title : QString());
    m_body->setPlainText(valid ? m_sections[size_t(row)].body : QString());
    m_loading = false;
    m_title->setEnabled(valid);
    m_body->setEnabled(valid);
    updateButtons();
}

void PolicyReviewPage::editSection()
{
    const int row = m_sectionList->currentRow();
    if (m_loading || row < 0 || row >= int(m_sections.size()))
        return;
    policy::PolicySection &section = m_sections[size_t(row)];
    section.title = m_title->text();
    section.body = m_body->toPlainText();
    m_sectionList->item(row)->setText(section.title.trimmed().isEmpty() ? tr("(no title)") : section.title);
    refreshChecklist();
    updateButtons();
}

void PolicyReviewPage::resetSection()
{
    const int row = m_sectionList->currentRow();
    if (row < 0 || row >= int(m_sections.size()))
        return;
    for (const policy::PolicySection &fallback : m_defaults) {
        if (fallback.key == m_sections[size_t(row)].key) {
            // Through the editors, so that the checklist and the Save button follow.
            m_title->setText(fallback.title);
            m_body->setPlainText(fallback.body);
            return;
        }
    }
}

void PolicyReviewPage::updateButtons()
{
    const bool owner = m_workspace.session() && m_workspace.session()->runsTheProgram();
    m_save->setEnabled(owner && isDirty());
    m_publish->setEnabled(owner);
    m_record->setEnabled(owner);
    const int row = m_sectionList->currentRow();
    bool hasDefault = false;
    if (row >= 0 && row < int(m_sections.size())) {
        const policy::PolicySection &section = m_sections[size_t(row)];
        for (const policy::PolicySection &fallback : m_defaults)
            hasDefault = hasDefault || (fallback.key == section.key && (fallback.title != section.title || fallback.body != section.body));
    }
    m_reset->setEnabled(hasDefault);
}

void PolicyReviewPage::refreshChecklist()
{
    const auto items = policy::checklist(m_sections);
    m_checklist->setRowCount(int(items.size()));
    for (int row = 0; row < int(items.size()); ++row) {
        const policy::ChecklistItem &item = items[size_t(row)];
        auto *title = new QTableWidgetItem(item.title);
        title->setData(Qt::UserRole, item.key);
        m_checklist->setItem(row, 0, title);
        auto *state = new QTableWidgetItem(policy::label(item.state));
        switch (item.state) {
        case policy::SectionState::Written:
            state->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
            state->setForeground(kGood);
            break;
        case policy::SectionState::Empty:
            state->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            state->setForeground(kCaution);
            break;
        case policy::SectionState::Missing:
            state->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
            state->setForeground(kWarning);
            break;
        }
        m_checklist->setItem(row, 1, state);
    }
    fitToRows(m_checklist, int(items.size()));
}

QString PolicyReviewPage::saveDraft()
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return tr("Sign in as the owner first.");
    if (auto saved = policy::PolicyStore(m_workspace.database()).saveDraft(*session, m_sections); !saved)
        return saved.message();
    m_saved = m_sections;
    updateButtons();
    return {};
}

QString PolicyReviewPage::publish(const QString &changes)
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return tr("Sign in as the owner first.");
    if (changes.trimmed().isEmpty())
        return tr("Say in one line what changed: participants read it when they are asked to acknowledge the new version.");
    if (isDirty()) {
        if (const QString error = saveDraft(); !error.isEmpty())
            return error;
    }
    auto version = policy::PolicyStore(m_workspace.database()).publish(*session, changes.simplified());
    if (!version)
        return version.message();
    m_workspace.announceChange(); // participants' pages ask for the new acknowledgement
    refresh();
    Q_EMIT information(tr("Version %1 published: participants will be asked to acknowledge it at their next sign-in.").arg(*version));
    return {};
}

void PolicyReviewPage::askAndPublish()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("publishDialog"));
    dialog.setWindowTitle(tr("Publish the connection policy"));
    auto *changes = new QLineEdit(&dialog);
    changes->setObjectName(QStringLiteral("publishChanges"));
    changes->setAccessibleName(tr("What changed"));
    changes->setPlaceholderText(tr("e.g. “Clearer rules for personal connections”"));
    auto *question = makeNote(tr("<b>What changed?</b> One line: participants read it when they are asked to acknowledge the new version."), &dialog);
    question->setBuddy(changes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *ok = buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    ok->setEnabled(false);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(question);
    layout->addWidget(changes);
    layout->addWidget(buttons);
    dialog.setMinimumWidth(480);
    connect(changes, &QLineEdit::textChanged, ok, [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || changes->text().trimmed().isEmpty())
        return;

    QStringList incomplete;
    for (const policy::ChecklistItem &item : policy::checklist(m_sections))
        if (item.state != policy::SectionState::Written)
            incomplete << tr("“%1” (%2)").arg(item.title, policy::label(item.state));
    if (!incomplete.isEmpty()
        && !Confirm::ask(this, tr("Publish with sections not written?"),
            tr("Every policy should cover these sections, but some are not written: %1. Participants will read the policy without "
               "them. Publish anyway?")
                .arg(QLocale().createSeparatedList(incomplete)),
            tr("Publish anyway")))
        return;
    if (const QString error = publish(changes->text()); !error.isEmpty())
        Q_EMIT problem(error);
}

void PolicyReviewPage::refreshVersion()
{
    auto current = policy::PolicyStore(m_workspace.database()).current();
    if (!current) {
        m_version->clear();
        Q_EMIT problem(current.message());
        return;
    }
    if (current->builtin) {
        m_version->setText(tr("<b>No version published yet:</b> the built-in policy %1 applies.").arg(current->version));
    } else {
        const QString date = QLocale().toString(current->publishedAt.toLocalTime().date(), tr("d MMMM yyyy", "a long date: 19 January 2026"));
        QString text = tr("<b>Version %1, published %2.</b>").arg(current->version, date);
        if (!current->changes.isEmpty())
            text += QLatin1Char(' ') + tr("What changed: %1").arg(current->changes.toHtmlEscaped());
        m_version->setText(text);
    }
    const consent::Session *session = m_workspace.session();
    if (!session || !session->runsTheProgram()) {
        m_counts->clear();
        return;
    }
    auto counts = policy::PolicyStore(m_workspace.database()).acknowledgements(*session);
    if (!counts) {
        m_counts->clear();
        Q_EMIT problem(counts.message());
        return;
    }
    // Core leaves both halves out when either would single out fewer than three people.
    if (counts->waiting.value() == 0)
        m_counts->setText(tr("All %1 participants have acknowledged it.").arg(counts->participants.toString()));
    else if (!counts->acknowledged.suppressed())
        m_counts->setText(tr("%1 of %2 participants have acknowledged it; %3 have not yet.")
                              .arg(counts->acknowledged.toString(), counts->participants.toString(), counts->waiting.toString()));
    else
        m_counts->setText(tr("Participants: %1. How many have acknowledged it is shown only when at least 3 have and at least 3 have not.")
                              .arg(counts->participants.toString()));
}

void PolicyReviewPage::refreshSchedule()
{
    auto schedule = policy::Reviews(m_workspace.database()).schedule(m_workspace.database().clock().today());
    if (!schedule) {
        m_schedule->setRowCount(0);
        Q_EMIT problem(schedule.message());
        return;
    }
    m_schedule->setRowCount(int(schedule->size()));
    for (int row = 0; row < int(schedule->size()); ++row) {
        const policy::ReviewDue &due = (*schedule)[size_t(row)];
        m_schedule->setItem(row, 0, new QTableWidgetItem(policy::label(due.kind)));
        m_schedule->setItem(row, 1, new QTableWidgetItem(due.period));
        m_schedule->setItem(row, 2, new QTableWidgetItem(QLocale().toString(due.dueOn, QLocale::ShortFormat)));
        auto *state = new QTableWidgetItem(policy::label(due.state));
        if (due.state == policy::DueState::Overdue) {
            state->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            state->setForeground(kWarning);
            QFont bold = state->font();
            bold.setBold(true);
            state->setFont(bold);
        } else if (due.state == policy::DueState::Due) {
            state->setForeground(kCaution);
        } else if (due.state == policy::DueState::Done) {
            state->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
            state->setForeground(kGood);
        }
        m_schedule->setItem(row, 3, state);
    }
    fitToRows(m_schedule, 2);
}

void PolicyReviewPage::refreshReviews()
{
    auto reviews = policy::Reviews(m_workspace.database()).all();
    if (!reviews) {
        m_reviews->setRowCount(0);
        Q_EMIT problem(reviews.message());
        return;
    }
    m_reviews->setRowCount(int(reviews->size()));
    for (int row = 0; row < int(reviews->size()); ++row) {
        const policy::Review &review = (*reviews)[size_t(row)];
        const QString tip = review.notes.isEmpty() ? tr("No notes.") : tr("Notes: %1").arg(review.notes);
        const QStringList cells{QLocale().toString(review.heldOn, QLocale::ShortFormat), policy::label(review.kind), review.period,
            review.participants, QString(review.changes).replace(QLatin1Char('\n'), QStringLiteral(" / "))};
        for (int column = 0; column < int(cells.size()); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(tip);
            m_reviews->setItem(row, column, item);
        }
    }
    m_reviewsEmpty->setVisible(reviews->empty());
    m_reviews->setVisible(!reviews->empty());
    fitToRows(m_reviews, 6);
}

void PolicyReviewPage::recordReview()
{
    auto schedule = policy::Reviews(m_workspace.database()).schedule(m_workspace.database().clock().today());
    ReviewDialog dialog(m_workspace, schedule ? *schedule : std::vector<policy::ReviewDue>{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const policy::Review review = dialog.review();
    refreshSchedule();
    refreshReviews();
    Q_EMIT information(tr("The %1 for %2 is recorded.").arg(policy::label(review.kind), review.period));
}

} // namespace consentric::ui
