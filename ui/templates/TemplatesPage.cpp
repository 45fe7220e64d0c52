#include "templates/TemplatesPage.h"

#include "Workspace.h"
#include "templates/TemplateCommands.h"
#include "templates/TemplateEditor.h"
#include "templates/TemplateStore.h"
#include "templates/TemplatesModel.h"
#include "widgets/Confirm.h"
#include "widgets/Tables.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace consentric::ui {

TemplatesPage::TemplatesPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_model(new TemplatesModel(workspace, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QComboBox(this))
    , m_view(makeTable(this))
    , m_listStack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_editor(new TemplateEditor(this))
    , m_new(new QPushButton(tr("&New template"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(TemplatesModel::LanguageRole);
    m_proxy->setSortRole(TemplatesModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // as core lists them: by language, then kind
    // The name takes what is left; a long kind is elided (its tooltip has it whole).
    auto *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TemplatesModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(TemplatesModel::Kind, QHeaderView::Interactive);
    m_view->setColumnWidth(TemplatesModel::Kind, 90);
    m_view->setAccessibleName(tr("Templates"));

    m_filter->addItem(tr("All languages"), QString());
    for (const QString &code : templates::languages())
        m_filter->addItem(templates::languageName(code), code);
    m_filter->setAccessibleName(tr("Show templates in"));

    m_new->setIcon(QIcon::fromTheme(QStringLiteral("document-new"), QIcon(QStringLiteral(":/icons/add.svg"))));
    m_new->setToolTip(tr("Write a new template (it starts as a draft)"));
    m_duplicate->setToolTip(tr("Start a new draft from the template being edited"));
    m_save->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    m_save->setToolTip(tr("Save the template (Ctrl+S); you can undo it (Ctrl+Z)"));
    m_revert->setToolTip(tr("Go back to the template as it was last saved"));

    auto *saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);
    connect(saveAction, &QAction::triggered, this, [this] { save(); });

    m_empty->setText(tr("<p style='font-size:large'>No templates in this language yet.</p>"
                        "<p>Click <b>New template</b> to write one, or show another language. Every template needs a disclosure "
                        "(why the employee is writing, and for whom) and an opt-out line before employees can use it.</p>"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);

    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Templates")), this);
    auto *intro = new QLabel(tr("The words employees start from when they introduce someone. They send the message from their own mail "
                                "program and may change it; Consentric sends nothing itself."),
        this);
    intro->setWordWrap(true);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(new QLabel(tr("Show:"), this));
    toolbar->addWidget(m_filter);
    toolbar->addStretch(1);
    toolbar->addWidget(m_new);
    toolbar->addWidget(m_duplicate);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *editorSide = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorSide);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_listStack);
    splitter->addWidget(editorSide);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({370, 630}); // a ratio: the list wide enough for its names at first
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(toolbar);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] { setLanguageFilter(m_filter->currentData().toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TemplatesPage::selectionChanged);
    connect(m_new, &QPushButton::clicked, this, &TemplatesPage::newTemplate);
    connect(m_duplicate, &QPushButton::clicked, this, &TemplatesPage::duplicate);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, &TemplatesPage::revert);
    connect(m_editor, &TemplateEditor::changed, this, &TemplatesPage::updateActions);
    connect(&m_workspace, &Workspace::reloaded, this, &TemplatesPage::refresh);

    refresh();
    if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    updateEmptyState();
    updateActions();
}

QIcon TemplatesPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("text-x-generic-template"), QIcon(QStringLiteral(":/icons/templates.svg")));
}

qint64 TemplatesPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(TemplatesModel::IdRole).toLongLong();
}

void TemplatesPage::selectRow(qint64 id)
{
    m_reselecting = true;
    const int row = m_model->rowOf(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_view->selectRow(index.row());
    else
        m_view->clearSelection();
    m_reselecting = false;
}

bool TemplatesPage::mayLeaveEdits()
{
    if (!m_editing || !m_editor->isModified())
        return true;
    const QString name = m_editor->edited().name.simplified();
    return Confirm::ask(this, tr("Discard your changes to “%1”?").arg(name),
        tr("The changes to “%1” are not saved. Discard them, or go back and save them (Ctrl+S).").arg(name), tr("Discard changes"));
}

void TemplatesPage::selectionChanged()
{
    if (m_reselecting)
        return;
    const qint64 id = selectedId();
    if (id == 0 || (m_editing && id == m_editor->loaded().id))
        return;
    if (!mayLeaveEdits()) {
        selectRow(m_editor->loaded().id);
        return;
    }
    const templates::Template *t = m_model->at(m_model->rowOf(id));
    if (t)
        edit(*t);
}

void TemplatesPage::edit(const templates::Template &t)
{
    m_editing = true;
    m_editor->setTemplate(t);
    selectRow(t.id);
    updateActions();
}

void TemplatesPage::updateActions()
{
    const bool modified = m_editing && m_editor->isModified();
    const bool fresh = m_editing && m_editor->loaded().id == 0;
    m_editor->setEnabled(m_editing);
    m_save->setEnabled(modified || fresh);
    m_revert->setEnabled(modified);
    m_duplicate->setEnabled(m_editing);
}

void TemplatesPage::updateEmptyState()
{
    m_listStack->setCurrentWidget(m_proxy->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_view);
}

void TemplatesPage::refresh()
{
    m_reselecting = true;
    if (const QString error = m_model->refresh(); !error.isEmpty())
        Q_EMIT problem(error);
    m_reselecting = false;
    if (m_editing)
        selectRow(m_editor->loaded().id);
    updateEmptyState();
}

void TemplatesPage::setLanguageFilter(const QString &language)
{
    const int index = m_filter->findData(language);
    if (index >= 0 && index != m_filter->currentIndex()) {
        m_filter->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    m_reselecting = true;
    m_proxy->setFilterRegularExpression(
        language.isEmpty() ? QRegularExpression() : QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(language) + QLatin1Char('$')));
    m_reselecting = false;
    m_view->setColumnHidden(TemplatesModel::Language, !language.isEmpty()); // the filter says it
    updateEmptyState();
    if (m_editing && m_editor->loaded().id != 0 && m_model->rowOf(m_editor->loaded().id) >= 0)
        selectRow(m_editor->loaded().id);
    // Nothing being edited shows here: start on the first of this language, unless there
    // are unsaved edits (they stay in the editor until saved or discarded).
    if (selectedId() == 0 && m_proxy->rowCount() > 0 && !(m_editing && m_editor->isModified()) && !(m_editing && m_editor->loaded().id == 0))
        m_view->selectRow(0);
}

bool TemplatesPage::showTemplate(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    if (!m_proxy->mapFromSource(m_model->index(row, 0)).isValid())
        setLanguageFilter(QString());
    m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    return m_editing && m_editor->loaded().id == id;
}

void TemplatesPage::newTemplate()
{
    if (!mayLeaveEdits())
        return;
    templates::Template draft;
    const QString language = m_filter->currentData().toString();
    draft.language = language.isEmpty() ? (m_editing ? m_editor->loaded().language : QStringLiteral("en")) : language;
    draft.kind = m_editing ? m_editor->loaded().kind : templates::Kind::Customer;
    draft.name = tr("New template");
    // The disclosure and the opt-out line of the shipped template of this kind and language,
    // as a start: a new template is rarely right without them.
    for (const templates::Template &shipped : templates::defaults(draft.language))
        if (shipped.kind == draft.kind) {
            draft.disclosure = shipped.disclosure;
            draft.optOut = shipped.optOut;
        }
    edit(draft);
    m_editor->nameField()->setFocus(Qt::OtherFocusReason);
    m_editor->nameField()->selectAll();
}

void TemplatesPage::duplicate()
{
    if (!m_editing)
        return;
    templates::Template copy = m_editor->edited();
    copy.id = 0;
    copy.builtin = false;
    copy.active = false;
    copy.name = tr("%1 (copy)").arg(copy.name.simplified());
    edit(copy);
    m_editor->nameField()->setFocus(Qt::OtherFocusReason);
}

void TemplatesPage::revert()
{
    if (m_editing)
        m_editor->setTemplate(m_editor->loaded());
    updateActions();
}

QString TemplatesPage::save()
{
    if (!m_editing)
        return {};
    const templates::Template t = m_editor->edited();
    if (t.id != 0 && !m_editor->isModified())
        return {};
    const auto refuse = [this](const QString &message) {
        m_editor->setMessage(message);
        return message;
    };
    const consent::Session *session = m_workspace.session();
    if (!session)
        return refuse(tr("Sign in as the owner or an admin to change templates."));
    templates::TemplateStore store(m_workspace.database());
    std::optional<templates::Template> before;
    if (t.id != 0) {
        auto stored = store.byId(t.id);
        if (!stored)
            return refuse(stored.message());
        before = stored.value();
    }
    auto id = store.save(*session, t);
    if (!id)
        return refuse(id.message());
    auto after = store.byId(*id);
    if (!after || !after.value())
        return refuse(after ? tr("The template was saved but could not be read back; the list was refreshed.") : after.message());
    const templates::Template saved = **after;
    QPointer<TemplatesPage> self(this);
    m_workspace.undoStack().push(new SaveTemplateCommand(
        m_workspace, before, saved,
        [self](const QString &error) {
            if (self)
                Q_EMIT self->problem(error);
        },
        [self](qint64 changed) {
            if (self)
                self->afterUndoOrRedo(changed);
        }));
    m_editing = true;
    m_editor->setTemplate(saved);
    refresh();
    selectRow(saved.id);
    updateActions();
    Q_EMIT information(tr("Saved the template “%1”.").arg(saved.name));
    return {};
}

void TemplatesPage::afterUndoOrRedo(qint64 id)
{
    refresh();
    if (!m_editing || m_editor->loaded().id != id || m_editor->isModified())
        return;
    // The template on show changed under the editor, which holds no edits of its own.
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        edit(*m_model->at(row));
        return;
    }
    m_editing = false;
    m_editor->setTemplate({});
    if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    updateActions();
}

} // namespace consentric::ui
