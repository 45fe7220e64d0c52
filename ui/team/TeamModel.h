// The Team page's lists, over core's TeamOverview: one row per person, and one per
// department with the suppressed participation figures. Both follow People::changed and
// update only the rows that changed.
#pragma once

#include "consent/TeamOverview.h"

#include <QAbstractTableModel>

#include <vector>

namespace consentric::ui {

class Workspace;

class TeamModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamModel)

public:
    enum Column { Name, Email, Department, Role, Status, SharedConnections, ColumnCount };
    enum DataRole { IdRole = Qt::UserRole + 1, SortRole, LeftRole };

    explicit TeamModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const consent::TeamMember *member(int row) const;
    int rowOf(qint64 personId) const;
    // Re-reads the team; returns the error, if any, for the message bar.
    QString refresh();

private:
    Workspace &m_workspace;
    std::vector<consent::TeamMember> m_members;
};

class DepartmentModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DepartmentModel)

public:
    enum Column { Department, ActivePeople, Participating, Discoverable, ColumnCount };

    explicit DepartmentModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QString refresh();

private:
    Workspace &m_workspace;
    std::vector<consent::DepartmentSummary> m_rows;
};

} // namespace consentric::ui
