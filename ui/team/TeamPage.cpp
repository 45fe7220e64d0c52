#include "team/TeamPage.h"

#include "Workspace.h"
#include "team/PersonDialog.h"
#include "team/TeamCommands.h"
#include "team/TeamModel.h"
#include "widgets/Confirm.h"
#include "widgets/Tables.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace consentric::ui {

namespace {

// Search over every column, plus the status filter (everyone, active, left).
class TeamFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    enum class Show { Everyone, Active, Left };
    void setShow(Show show)
    {
        m_show = show;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const bool left = sourceModel()->index(row, 0, parent).data(TeamModel::LeftRole).toBool();
        if ((m_show == Show::Active && left) || (m_show == Show::Left && !left))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    Show m_show = Show::Everyone;
};

// The department table shows all its rows (up to five; then it scrolls), and the people
// list takes the rest of the height.
constexpr int kDepartmentRows = 5;

} // namespace

TeamPage::TeamPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_model(new TeamModel(workspace, this))
    , m_departments(new DepartmentModel(workspace, this))
    , m_proxy(new TeamFilter(this))
    , m_search(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_view(makeTable(this))
    , m_departmentView(makeTable(this))
    , m_stack(new QStackedWidget(this))
    , m_add(new QPushButton(tr("&Add person…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_left(new QPushButton(tr("Mark as &left…"), this))
    , m_heading(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TeamModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(TeamModel::Name, Qt::AscendingOrder);
    // Names get room, the email takes what is left, and the short columns fit their words
    // in every language.
    auto *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TeamModel::Name, QHeaderView::Interactive);
    header->setSectionResizeMode(TeamModel::Email, QHeaderView::Stretch);
    m_view->setColumnWidth(TeamModel::Name, 200);
    m_view->setAccessibleName(tr("People"));

    m_departmentView->setModel(m_departments);
    m_departmentView->setSelectionMode(QAbstractItemView::NoSelection);
    m_departmentView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_departmentView->setAccessibleName(tr("Participation by department"));
    m_departmentView->setSortingEnabled(false);

    m_heading->setText(QStringLiteral("<h2>%1</h2>").arg(tr("Team")));
    m_search->setPlaceholderText(tr("Search people (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search people"));
    m_statusFilter->addItem(tr("Everyone"));
    m_statusFilter->addItem(tr("Active"));
    m_statusFilter->addItem(tr("Left"));
    m_statusFilter->setAccessibleName(tr("Show"));
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add"), QIcon(QStringLiteral(":/icons/add.svg"))));
    m_add->setToolTip(tr("Add a person to the team (Insert)"));
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_edit->setToolTip(tr("Edit the selected person (Enter)"));

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(m_statusFilter);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_add);
    toolbar->addWidget(m_edit);
    toolbar->addWidget(m_left);

    auto *empty = new QLabel(tr("<p style='font-size:large'>Nobody is on the team yet.</p>"
                                "<p>Add the first person with <b>Add person…</b> (Insert), or load the demo company from the File menu's "
                                "<b>New database…</b> to look around first.</p>"),
        this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);

    auto *departmentsLabel = new QLabel(QStringLiteral("<h3>%1</h3>").arg(tr("By department")), this);
    auto *note = new QLabel(tr("Who takes part in the referral program, and how many connections people made discoverable, "
                               "are shown only per department. A figure that concerns fewer than 3 people reads “fewer than 3”."),
        this);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(toolbar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(departmentsLabel);
    layout->addWidget(note);
    layout->addWidget(m_departmentView);
    fitToRows(m_departmentView, kDepartmentRows);
    connect(m_departments, &QAbstractItemModel::modelReset, this, [this] { fitToRows(m_departmentView, kDepartmentRows); });

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
        [this](int index) { static_cast<TeamFilter *>(m_proxy)->setShow(static_cast<TeamFilter::Show>(index)); });
    connect(m_add, &QPushButton::clicked, this, &TeamPage::showAddDialog);
    connect(m_edit, &QPushButton::clicked, this, &TeamPage::showEditDialog);
    connect(m_left, &QPushButton::clicked, this, &TeamPage::toggleLeft);
    connect(m_view, &QTableView::activated, this, &TeamPage::showEditDialog);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TeamPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TeamPage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TeamPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TeamPage::updateEmptyState);
    updateEmptyState();
    updateActions();
}

QIcon TeamPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("system-users"), QIcon(QStringLiteral(":/icons/team.svg")));
}

qint64 TeamPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(TeamModel::IdRole).toLongLong();
}

QStringList TeamPage::departmentNames() const
{
    auto names = m_workspace.people().departments();
    return names ? *names : QStringList();
}

void TeamPage::updateActions()
{
    const int row = m_model->rowOf(selectedId());
    const consent::TeamMember *m = m_model->member(row);
    m_edit->setEnabled(m != nullptr);
    m_left->setEnabled(m != nullptr && m->role != consent::Role::Owner);
    m_left->setText(m && m->status == consent::Status::Left ? tr("Mark as &returned") : tr("Mark as &left…"));
}

void TeamPage::updateEmptyState()
{
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
}

QString TeamPage::addPerson(const consent::PersonDetails &details)
{
    auto id = m_workspace.people().add(details);
    if (!id)
        return id.message();
    m_workspace.undoStack().push(new AddPersonCommand(m_workspace.people(), *id, details, [this](const QString &e) { Q_EMIT problem(e); }));
    const int row = m_model->rowOf(*id);
    if (row >= 0)
        m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    Q_EMIT information(tr("Added %1 to the team.").arg(details.name.simplified()));
    return {};
}

QString TeamPage::editPerson(qint64 id, const consent::PersonDetails &details)
{
    auto before = m_workspace.people().byId(id);
    if (!before)
        return before.message();
    if (!before.value())
        return tr("That person no longer exists.");
    const consent::Person &p = **before;
    const consent::PersonDetails old{p.email, p.name, p.department, p.role};
    if (auto done = m_workspace.people().update(id, details); !done)
        return done.message();
    m_workspace.undoStack().push(new EditPersonCommand(m_workspace.people(), id, old, details, [this](const QString &e) { Q_EMIT problem(e); }));
    return {};
}

QString TeamPage::setLeft(qint64 id, bool left)
{
    const consent::TeamMember *m = m_model->member(m_model->rowOf(id));
    const QString name = m ? m->name : QString();
    const auto status = left ? consent::Status::Left : consent::Status::Active;
    if (auto done = m_workspace.people().setStatus(id, status); !done)
        return done.message();
    m_workspace.undoStack().push(new SetStatusCommand(m_workspace.people(), id, name, status, [this](const QString &e) { Q_EMIT problem(e); }));
    return {};
}

void TeamPage::showAddDialog()
{
    consent::PersonDetails initial;
    if (auto first = departmentNames(); !first.isEmpty())
        initial.department = first.constFirst();
    PersonDialog dialog(
        departmentNames(), initial, false, [this](const consent::PersonDetails &d) { return addPerson(d); }, this);
    dialog.exec();
}

void TeamPage::showEditDialog()
{
    const qint64 id = selectedId();
    auto person = m_workspace.people().byId(id);
    if (!person || !person.value())
        return;
    const consent::Person &p = **person;
    PersonDialog dialog(
        departmentNames(), {p.email, p.name, p.department, p.role}, true, [this, id](const consent::PersonDetails &d) { return editPerson(id, d); },
        this);
    dialog.exec();
}

void TeamPage::toggleLeft()
{
    const qint64 id = selectedId();
    const consent::TeamMember *m = m_model->member(m_model->rowOf(id));
    if (!m)
        return;
    const bool markLeft = m->status == consent::Status::Active;
    if (markLeft
        && !Confirm::ask(this, tr("Mark %1 as having left?").arg(m->name),
            tr("%1 will be shown as having left and no longer counts in any figure. Their account and connections stay "
               "until they are erased; you can undo this (Ctrl+Z).")
                .arg(m->name),
            tr("Mark as left")))
        return;
    if (const QString error = setLeft(id, markLeft); !error.isEmpty())
        Q_EMIT problem(error);
}

} // namespace consentric::ui
