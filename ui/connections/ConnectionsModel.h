// "My connections": the signed-in employee's own connections, decrypted by core with their
// key, one row each. Refreshed as a whole after every change (the list is the employee's
// own, a few thousand rows at most).
#pragma once

#include "contacts/ContactStore.h"

#include <QAbstractTableModel>
#include <vector>

namespace consentric::ui {

class Workspace;

class ConnectionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsModel)

public:
    enum Column { Name, Company, Title, Context, Strength, Level, ColumnCount };
    enum DataRole { IdRole = Qt::UserRole + 1, SortRole, LevelRole, ContextRole };

    explicit ConnectionsModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const contacts::OwnConnection *connection(qint64 id) const;
    const std::vector<contacts::OwnConnection> &all() const { return m_rows; }
    int rowOf(qint64 id) const;
    // Re-reads the list; returns the error, if any, for the message bar.
    QString refresh();

private:
    Workspace &m_workspace;
    std::vector<contacts::OwnConnection> m_rows;
};

} // namespace consentric::ui
