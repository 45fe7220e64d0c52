// The owner's One-to-ones page: a new round (preview the plan for a date, start it, then
// save its invitations or open e-mail drafts), the rounds so far, and the silo map of the
// quarter. The owner sees pairs and times; no call this page makes returns anyone's notes,
// marks or do-not-pair list.
#pragma once

#include "Page.h"
#include "oneonones/Rounds.h"

#include <QTimeZone>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace consentric::ui {

class SiloMapPanel;
class Workspace;

class RoundsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoundsPage)

public:
    explicit RoundsPage(Workspace &workspace, QWidget *parent = nullptr);
    ~RoundsPage() override;

    QString pageId() const override { return QStringLiteral("oneonones"); }
    QString title() const override { return tr("One-to-ones"); }
    QString helpAnchor() const override { return QStringLiteral("oneonones"); }
    QIcon icon() const override;

    // The plan for the chosen date, shown in the table; false and the core's sentence inline when none.
    bool preview();
    // Starts the round for the chosen date: an error message, or empty.
    QString start();
    // Writes the invitations of the round shown under New round (once started), or of the
    // round selected under Rounds: an error message, or empty.
    QString saveInvitationsTo(const QString &directory);
    QString saveSelectedRoundTo(const QString &directory);
    void refresh();
    // Where e-mail drafts are opened (the desktop's mail program; tests replace it).
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

    QTabWidget *tabs() const { return m_tabs; }
    QDateEdit *dateEdit() const { return m_date; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *saveButton() const { return m_save; }
    QTableWidget *planTable() const { return m_plan; }
    QLabel *planMessage() const { return m_message; }
    QLabel *planSummary() const { return m_summary; }
    QListWidget *roundList() const { return m_rounds; }
    QTableWidget *roundTable() const { return m_roundMeetings; }
    SiloMapPanel *siloMap() const { return m_silo; }
    QComboBox *siloQuarterBox() const { return m_siloQuarter; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildNewRound();
    QWidget *buildHistory();
    void showPlan(const oneonones::Round &round, bool started);
    void showInlineProblem(const QString &message);
    void refreshHistory();
    void refreshSiloMap();
    void fillSiloQuarters();
    void showSelectedRound();
    void openDraft(const oneonones::Meeting &meeting);
    void chooseFolder(bool selectedRound);

    Workspace &m_workspace;
    std::function<bool(const QUrl &)> m_openUrl;
    QTimeZone m_zone;
    std::optional<oneonones::Round> m_shown; // what the New round tab shows
    bool m_shownStarted = false;
    std::vector<oneonones::Round> m_history;
    QTabWidget *m_tabs;
    QDateEdit *m_date;
    QPushButton *m_preview;
    QPushButton *m_start;
    QPushButton *m_save;
    QLabel *m_zoneNote;
    QLabel *m_message;
    QLabel *m_summary;
    QTableWidget *m_plan;
    QListWidget *m_rounds;
    QLabel *m_noRounds;
    QTableWidget *m_roundMeetings;
    QPushButton *m_saveAgain;
    SiloMapPanel *m_silo;
    QComboBox *m_siloQuarter;
};

} // namespace consentric::ui
