// The employee's My recognition page: their own points and how they were earned (joining,
// answering requests either way), why points never measure results, the choice to appear
// on the team recognition list, and that list: names only, alphabetical, no points.
#pragma once

#include "Page.h"

class QCheckBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace consentric::ui {

class Workspace;

class RecognitionPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecognitionPage)

public:
    explicit RecognitionPage(Workspace &workspace, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("recognition"); }
    QString title() const override { return tr("My recognition"); }
    QString helpAnchor() const override { return QStringLiteral("recognition"); }
    QIcon icon() const override;

    // The action behind the checkbox: an error message, or empty.
    QString setOnTeamList(bool appear);
    void refresh();

    QLabel *pointsLabel() const { return m_points; }
    QLabel *breakdownLabel() const { return m_breakdown; }
    QCheckBox *onListBox() const { return m_onList; }
    QListWidget *teamList() const { return m_list; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshPoints();
    void refreshList();

    Workspace &m_workspace;
    QLabel *m_points;
    QLabel *m_breakdown;
    QCheckBox *m_onList;
    QStackedWidget *m_listStack;
    QListWidget *m_list;
};

} // namespace consentric::ui
