#include "connections/ConnectionsModel.h"

#include "Workspace.h"
#include "widgets/LevelIcons.h"

namespace consentric::ui {

ConnectionsModel::ConnectionsModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{ }

int ConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const contacts::OwnConnection &c = m_rows[size_t(index.row())];
    switch (role) {
    case IdRole: return c.id;
    case LevelRole: return int(c.level);
    case ContextRole: return int(c.context);
    case Qt::DecorationRole: return index.column() == Level ? QVariant(levelIcon(c.level)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Name && !c.details.email.isEmpty())
            return c.details.email;
        return {};
    case SortRole:
        if (index.column() == Strength)
            return c.strength;
        if (index.column() == Level)
            return int(c.level);
        if (index.column() == Context)
            return int(c.context);
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return c.details.displayName;
        case Company: return c.details.company;
        case Title: return c.details.title;
        case Context: return consent::label(c.context);
        case Strength: return c.strength;
        case Level: return consent::label(c.level);
        default: return {};
        }
    default: return {};
    }
}

QVariant ConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Company: return tr("Company");
    case Title: return tr("Title");
    case Context: return tr("Context");
    case Strength: return tr("Strength");
    case Level: return tr("Sharing level");
    default: return {};
    }
}

const contacts::OwnConnection *ConnectionsModel::connection(qint64 id) const
{
    const int row = rowOf(id);
    return row >= 0 ? &m_rows[size_t(row)] : nullptr;
}

int ConnectionsModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

QString ConnectionsModel::refresh()
{
    std::vector<contacts::OwnConnection> rows;
    QString problem;
    if (const consent::Session *session = m_workspace.session()) {
        auto list = contacts::ContactStore(m_workspace.database()).ownConnections(*session);
        if (list)
            rows = std::move(*list);
        else
            problem = list.message();
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return problem;
}

} // namespace consentric::ui
