// The owner's Policy and reviews page: the policy version in force and how many participants
// have acknowledged it; the checklist of required sections over the draft; the section
// editor (save the draft, publish it as the next version); the review schedule, with the
// dialog that records a review; and the record of the reviews held.
#pragma once

#include "Page.h"
#include "policy/ConnectionPolicy.h"

#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace consentric::ui {

class Workspace;

class PolicyReviewPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyReviewPage)

public:
    explicit PolicyReviewPage(Workspace &workspace, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("policy-review"); }
    QString title() const override { return tr("Policy and reviews"); }
    QString helpAnchor() const override { return QStringLiteral("policy-review"); }
    QIcon icon() const override;

    // Reloads the version, the counts, the schedule and the reviews; the draft too, unless
    // it has unsaved edits (or `discardEdits`).
    void refresh(bool discardEdits = false);
    // Saves the sections as edited as the draft: an error message, or empty.
    QString saveDraft();
    // Saves the draft and publishes it, without asking (the Publish button asks what changed
    // and, for empty or missing sections, whether to go ahead): an error message, or empty.
    QString publish(const QString &changes);
    // Puts back the selected section's default title and text (the owner's own sections have none).
    void resetSection();
    // Opens the dialog that records a review; refreshes when one was recorded.
    void recordReview();
    bool isDirty() const { return m_sections != m_saved; }
    const std::vector<policy::PolicySection> &sections() const { return m_sections; }

    QLabel *versionLabel() const { return m_version; }
    QLabel *countsLabel() const { return m_counts; }
    QTableWidget *checklistTable() const { return m_checklist; }
    QListWidget *sectionList() const { return m_sectionList; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *resetButton() const { return m_reset; }
    QTableWidget *scheduleTable() const { return m_schedule; }
    QPushButton *recordButton() const { return m_record; }
    QTableWidget *reviewsTable() const { return m_reviews; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadDraft();
    void showSection(int row);
    void editSection();
    void askAndPublish();
    void refreshVersion();
    void refreshChecklist();
    void refreshSchedule();
    void refreshReviews();
    void updateButtons();

    Workspace &m_workspace;
    std::vector<policy::PolicySection> m_sections; // as edited
    std::vector<policy::PolicySection> m_saved; // as last loaded or saved
    std::vector<policy::PolicySection> m_defaults; // in the window's language
    bool m_loading = false;
    QLabel *m_version;
    QLabel *m_counts;
    QTableWidget *m_checklist;
    QListWidget *m_sectionList;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    QPushButton *m_reset;
    QPushButton *m_save;
    QPushButton *m_publish;
    QTableWidget *m_schedule;
    QPushButton *m_record;
    QLabel *m_reviewsEmpty;
    QTableWidget *m_reviews;
};

} // namespace consentric::ui
