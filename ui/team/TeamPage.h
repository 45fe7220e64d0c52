// The Team page: who is on the team (name, department, role, status, shared
// connections), searchable and sortable, with participation shown only per department.
// The owner adds, edits and marks people as having left here; every edit can be undone.
#pragma once

#include "Page.h"
#include "consent/People.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace consentric::ui {

class DepartmentModel;
class TeamModel;
class Workspace;

class TeamPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamPage)

public:
    explicit TeamPage(Workspace &workspace, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("team"); }
    QString title() const override { return tr("Team"); }
    QString helpAnchor() const override { return QStringLiteral("team"); }
    QIcon icon() const override;

    // The actions behind the buttons, callable from tests without dialogs.
    QString addPerson(const consent::PersonDetails &details);
    QString editPerson(qint64 id, const consent::PersonDetails &details);
    QString setLeft(qint64 id, bool left);

    TeamModel *teamModel() const { return m_model; }
    DepartmentModel *departmentModel() const { return m_departments; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *searchField() const { return m_search; }
    QTableView *peopleView() const { return m_view; }

private:
    void showAddDialog();
    void showEditDialog();
    void toggleLeft();
    void updateActions();
    void updateEmptyState();
    qint64 selectedId() const;
    QStringList departmentNames() const;

    Workspace &m_workspace;
    TeamModel *m_model;
    DepartmentModel *m_departments;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QTableView *m_view;
    QTableView *m_departmentView;
    QStackedWidget *m_stack;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_left;
    QLabel *m_heading;
};

} // namespace consentric::ui
