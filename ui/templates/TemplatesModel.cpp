#include "templates/TemplatesModel.h"

#include "Workspace.h"
#include "templates/TemplateStore.h"

namespace consentric::ui {

TemplatesModel::TemplatesModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    refresh();
}

int TemplatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TemplatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplatesModel::data(const QModelIndex &index, int role) const
{
    const templates::Template *t = index.isValid() ? at(index.row()) : nullptr;
    if (!t)
        return {};
    switch (role) {
    case IdRole: return t->id;
    case LanguageRole: return t->language;
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Name: return t->name;
        case Kind: return role == SortRole ? QVariant(int(t->kind)) : QVariant(templates::label(t->kind));
        case Language: return role == SortRole ? QVariant(t->language) : QVariant(templates::languageName(t->language));
        case Active:
            if (role == SortRole)
                return t->active ? 1 : 0;
            return t->active ? tr("active") : tr("draft");
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return t->name;
        if (index.column() == Kind)
            return templates::label(t->kind);
        if (index.column() == Active)
            return t->active ? tr("Employees can choose this template.") : tr("Not offered to employees until it is made active.");
        return {};
    default: return {};
    }
}

QVariant TemplatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Kind: return tr("Kind");
    case Language: return tr("Language");
    case Active: return tr("Status");
    }
    return {};
}

const templates::Template *TemplatesModel::at(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int TemplatesModel::rowOf(qint64 id) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == id)
            return int(row);
    return -1;
}

QString TemplatesModel::refresh()
{
    auto list = templates::TemplateStore(m_workspace.database()).all();
    if (!list)
        return list.message();
    if (*list == m_rows)
        return {};
    // A handful of rows that change together (a save, an undo): one reset keeps it simple.
    beginResetModel();
    m_rows = std::move(*list);
    endResetModel();
    return {};
}

} // namespace consentric::ui
