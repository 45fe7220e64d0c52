// The owner's Templates page: the introduction templates employees start from, by
// language, with an editor, a live preview on sample details, and the problems that stop
// a template from being active written where they are. Saves go through core (which
// refuses an active template without its disclosure or opt-out line) and can be undone.
#pragma once

#include "Page.h"
#include "templates/Template.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace consentric::ui {

class TemplateEditor;
class TemplatesModel;
class Workspace;

class TemplatesPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesPage)

public:
    explicit TemplatesPage(Workspace &workspace, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("templates"); }
    QString title() const override { return tr("Templates"); }
    QString helpAnchor() const override { return QStringLiteral("templates"); }
    QIcon icon() const override;

    // The actions behind the buttons, callable from tests without dialogs.
    // Saves the editor; returns core's refusal (also shown under the editor), or nothing.
    QString save();
    void revert();
    void newTemplate();
    void duplicate();
    // Selects a template in the list (showing every language if needed) and edits it.
    bool showTemplate(qint64 id);
    // Shows one language ("" for all).
    void setLanguageFilter(const QString &language);
    // Re-reads the list (after undo, redo or a change elsewhere).
    void refresh();

    TemplatesModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    TemplateEditor *editor() const { return m_editor; }
    QLabel *emptyState() const { return m_empty; }

private:
    void selectionChanged();
    void edit(const templates::Template &t);
    void afterUndoOrRedo(qint64 id);
    void updateActions();
    void updateEmptyState();
    qint64 selectedId() const;
    void selectRow(qint64 id);
    bool mayLeaveEdits();

    Workspace &m_workspace;
    TemplatesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_filter;
    QTableView *m_view;
    QStackedWidget *m_listStack;
    QLabel *m_empty;
    TemplateEditor *m_editor;
    QPushButton *m_new;
    QPushButton *m_duplicate;
    QPushButton *m_save;
    QPushButton *m_revert;
    bool m_editing = false; // the editor holds a template (stored or a new draft)
    bool m_reselecting = false; // selection changes made by the page itself
};

} // namespace consentric::ui
