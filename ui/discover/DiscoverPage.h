// Discover (the owner's): "can anyone on the team help us reach this company?" The
// companies the team can reach, with counts only; choose one (or type any name) for the
// answer from core's connection graph: how many people there the team reaches within two
// hops, how many team members hold them ("fewer than 3" below three), and who can introduce
// whom through shared connections. Reading those names is recorded in the audit log.
#pragma once

#include "Page.h"

class QLabel;
class QLineEdit;
class QTableWidget;

namespace consentric::ui {

class Workspace;

class DiscoverPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoverPage)

public:
    explicit DiscoverPage(Workspace &workspace, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("discover"); }
    QString title() const override { return tr("Discover"); }
    QString helpAnchor() const override { return QStringLiteral("discover"); }
    QIcon icon() const override;

    void refresh();
    // Answers for one company (as typed, or chosen from the list).
    void discover(const QString &company);
    QTableWidget *companies() const { return m_companies; }
    QTableWidget *paths() const { return m_paths; }
    QLabel *answer() const { return m_answer; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    Workspace &m_workspace;
    QLineEdit *m_search;
    QTableWidget *m_companies;
    QLabel *m_companiesEmpty;
    QLabel *m_answer;
    QTableWidget *m_paths;
};

} // namespace consentric::ui
