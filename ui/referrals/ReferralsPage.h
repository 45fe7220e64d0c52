// The owner's Referrals page: targets, the requests sent about them, and the pipeline of
// each (requested → accepted → introduction sent → meeting → outcome), as a table with
// filters. What it shows comes from core's owner views: who was asked for a team request,
// and who declined, are not in them; declines appear only as an aggregate count.
#pragma once

#include "Page.h"

#include "referrals/Referrals.h"

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace consentric::ui {

class Workspace;

class ReferralsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferralsPage)

public:
    explicit ReferralsPage(Workspace &workspace, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("referrals"); }
    QString title() const override { return tr("Referrals"); }
    QString helpAnchor() const override { return QStringLiteral("referrals"); }
    QIcon icon() const override;

    // The actions, for the buttons, shortcuts and tests.
    void newTarget();
    // Sends a request about the selected target; returns core's refusal, or nothing.
    QString sendRequest();
    QString sendRequestFor(qint64 targetId);
    QString recordMeeting(QDate on);
    QString recordOutcome(referrals::Outcome outcome, QDate on);
    void editGuardrails();
    bool selectRequest(qint64 requestId);
    void setFilter(int index);
    void refresh();

    QTableWidget *targetsTable() const { return m_targets; }
    QTableWidget *requestsTable() const { return m_requests; }
    QLabel *summaryLabel() const { return m_summary; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    qint64 selectedTarget() const;
    qint64 selectedRequest() const;
    void fillRequests();
    void updateButtons();
    QString step(bool outcome, referrals::Outcome which, QDate on);

    Workspace &m_workspace;
    QLabel *m_summary;
    QTableWidget *m_targets;
    QLabel *m_targetsEmpty;
    QComboBox *m_filter;
    QLineEdit *m_search;
    QTableWidget *m_requests;
    QLabel *m_requestsEmpty;
    QPushButton *m_send;
    QPushButton *m_meeting;
    QPushButton *m_outcome;
    std::vector<referrals::Target> m_targetList;
    std::vector<referrals::RequestView> m_requestList;
};

} // namespace consentric::ui
