#include "team/TeamModel.h"

#include "Workspace.h"

#include <QColor>
#include <QFont>

#include <unordered_map>

namespace consentric::ui {

TeamModel::TeamModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(&workspace.people(), &consent::People::changed, this, [this] { refresh(); });
    connect(&workspace, &Workspace::reloaded, this, [this] { refresh(); });
    refresh();
}

QString TeamModel::refresh()
{
    auto fresh = consent::TeamOverview(m_workspace.database()).members();
    if (!fresh)
        return fresh.message();
    std::unordered_map<qint64, const consent::TeamMember *> byId;
    for (const auto &m : *fresh)
        byId.emplace(m.id, &m);
    // Rows that went away, from the bottom up so the indexes stay right.
    for (int row = int(m_members.size()) - 1; row >= 0; --row) {
        if (byId.count(m_members[size_t(row)].id) == 0) {
            beginRemoveRows({}, row, row);
            m_members.erase(m_members.begin() + row);
            endRemoveRows();
        }
    }
    std::unordered_map<qint64, int> rows;
    for (int row = 0; row < int(m_members.size()); ++row)
        rows.emplace(m_members[size_t(row)].id, row);
    for (const auto &m : *fresh) {
        auto it = rows.find(m.id);
        if (it == rows.end()) {
            const int row = int(m_members.size());
            beginInsertRows({}, row, row);
            m_members.push_back(m);
            endInsertRows();
            continue;
        }
        consent::TeamMember &current = m_members[size_t(it->second)];
        if (current.name != m.name || current.email != m.email || current.department != m.department || current.role != m.role
            || current.status != m.status || current.sharedConnections != m.sharedConnections) {
            current = m;
            Q_EMIT dataChanged(index(it->second, 0), index(it->second, ColumnCount - 1));
        }
    }
    return {};
}

int TeamModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int TeamModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const consent::TeamMember *TeamModel::member(int row) const
{
    return row >= 0 && row < int(m_members.size()) ? &m_members[size_t(row)] : nullptr;
}

int TeamModel::rowOf(qint64 personId) const
{
    for (int row = 0; row < int(m_members.size()); ++row)
        if (m_members[size_t(row)].id == personId)
            return row;
    return -1;
}

QVariant TeamModel::data(const QModelIndex &index, int role) const
{
    const consent::TeamMember *m = member(index.row());
    if (!m || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const bool left = m->status == consent::Status::Left;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return m->name;
        case Email: return m->email;
        case Department: return m->department;
        case Role: return consent::label(m->role);
        case Status: return left ? tr("left") : tr("active");
        case SharedConnections: return left ? QVariant(QStringLiteral("—")) : QVariant(m->sharedConnections);
        }
        return {};
    case SortRole:
        if (index.column() == SharedConnections)
            return left ? -1 : m->sharedConnections;
        return data(index, Qt::DisplayRole).toString().toLower();
    case Qt::TextAlignmentRole: return index.column() == SharedConnections ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole: return left ? QVariant(QColor(0x75, 0x75, 0x75)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == SharedConnections)
            return tr("Connections %1 chose to share with the business").arg(m->name);
        return {};
    case IdRole: return m->id;
    case LeftRole: return left;
    default: return {};
    }
}

QVariant TeamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Email: return tr("Email");
    case Department: return tr("Department");
    case Role: return tr("Role");
    case Status: return tr("Status");
    case SharedConnections: return tr("Shared connections");
    }
    return {};
}

DepartmentModel::DepartmentModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(&workspace.people(), &consent::People::changed, this, [this] { refresh(); });
    connect(&workspace, &Workspace::reloaded, this, [this] { refresh(); });
    refresh();
}

QString DepartmentModel::refresh()
{
    auto fresh = consent::TeamOverview(m_workspace.database()).departments();
    if (!fresh)
        return fresh.message();
    // Departments are few: a reset is cheap and keeps this simple.
    beginResetModel();
    m_rows = std::move(*fresh);
    endResetModel();
    return {};
}

int DepartmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DepartmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DepartmentModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= int(m_rows.size()) || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const consent::DepartmentSummary &d = m_rows[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Department: return d.department;
        case ActivePeople: return d.activePeople;
        case Participating: return d.participants.toString();
        case Discoverable: return d.discoverableConnections.toString();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Department)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == Participating && d.participants.suppressed())
            return tr("Fewer than 3 people take part here, so the number is not shown: it could single someone out.");
        if (index.column() == Discoverable && d.discoverableConnections.suppressed())
            return tr("Fewer than 3 people hold discoverable connections here, so the number is not shown.");
    }
    if (role == Qt::FontRole && (index.column() == Participating || index.column() == Discoverable)) {
        const bool hidden = index.column() == Participating ? d.participants.suppressed() : d.discoverableConnections.suppressed();
        if (hidden) {
            QFont font;
            font.setItalic(true);
            return font;
        }
    }
    return {};
}

QVariant DepartmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Department: return tr("Department");
    case ActivePeople: return tr("Active people");
    case Participating: return tr("Taking part");
    case Discoverable: return tr("Discoverable connections");
    }
    return {};
}

} // namespace consentric::ui
