// The Templates page's list: one row per template (name, kind, language, active), over
// core's TemplateStore. The page refreshes it after its own saves and after undo or redo.
#pragma once

#include "templates/Template.h"

#include <QAbstractTableModel>

#include <vector>

namespace consentric::ui {

class Workspace;

class TemplatesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesModel)

public:
    enum Column { Name, Kind, Language, Active, ColumnCount };
    enum DataRole { IdRole = Qt::UserRole + 1, LanguageRole, SortRole };

    explicit TemplatesModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const templates::Template *at(int row) const;
    int rowOf(qint64 id) const;
    // Re-reads the templates (the first read puts the defaults in); returns the error, if any.
    QString refresh();

private:
    Workspace &m_workspace;
    std::vector<templates::Template> m_rows;
};

} // namespace consentric::ui
