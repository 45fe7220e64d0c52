#include "connections/ConnectionsPage.h"

#include "Workspace.h"
#include "connections/ConnectionCommands.h"
#include "connections/ConnectionDialog.h"
#include "connections/ConnectionsModel.h"
#include "consent/Sharing.h"
#include "contacts/CompanyName.h"
#include "contacts/import/Importer.h"
#include "import/ImportWizard.h"
#include "widgets/Confirm.h"
#include "widgets/LevelIcons.h"
#include "widgets/Tables.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace consentric::ui {

namespace {

constexpr consent::Level kLevels[] = {consent::Level::Private, consent::Level::Discoverable, consent::Level::Shared};

// Search over every column, plus the context and level filters (-1: any).
class ConnectionsFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFilters(int context, int level)
    {
        m_context = context;
        m_level = level;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (m_context >= 0 && index.data(ConnectionsModel::ContextRole).toInt() != m_context)
            return false;
        if (m_level >= 0 && index.data(ConnectionsModel::LevelRole).toInt() != m_level)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    int m_context = -1;
    int m_level = -1;
};

// What the business will see, in the words of the confirmation.
QString whatTheBusinessSees(consent::Level level)
{
    switch (level) {
    case consent::Level::Discoverable:
        return ConnectionsPage::tr("The business will count this person in its figures for their company (“team members can reach 3 people at "
                                   "Acme”), never who they are or that they are yours. Requests to meet them come to you first.");
    case consent::Level::Shared:
        return ConnectionsPage::tr("The owner will see this person's name, email, phone, profile address, company and title, and that they are "
                                   "your connection. Your notes stay yours.");
    case consent::Level::Private: break;
    }
    return ConnectionsPage::tr("Only you will see this connection.");
}

} // namespace

ConnectionsPage::ConnectionsPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_model(new ConnectionsModel(workspace, this))
    , m_proxy(new ConnectionsFilter(this))
    , m_search(new QLineEdit(this))
    , m_contextFilter(new QComboBox(this))
    , m_levelFilter(new QComboBox(this))
    , m_view(makeTable(this, QAbstractItemView::ExtendedSelection))
    , m_stack(new QStackedWidget(this))
    , m_participation(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ConnectionsModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(ConnectionsModel::Name, Qt::AscendingOrder);
    m_view->setAccessibleName(tr("My connections"));
    auto *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConnectionsModel::Name, QHeaderView::Interactive);
    header->setSectionResizeMode(ConnectionsModel::Title, QHeaderView::Stretch);
    m_view->setColumnWidth(ConnectionsModel::Name, 220);

    m_search->setPlaceholderText(tr("Search your connections (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search your connections"));
    m_contextFilter->addItem(tr("Any context"), -1);
    for (consent::Context c : {consent::Context::Professional, consent::Context::Personal, consent::Context::Family})
        m_contextFilter->addItem(consent::label(c), int(c));
    m_contextFilter->setAccessibleName(tr("Context"));
    m_levelFilter->addItem(tr("Any level"), -1);
    for (consent::Level l : kLevels)
        m_levelFilter->addItem(levelIcon(l), consent::label(l), int(l));
    m_levelFilter->setAccessibleName(tr("Sharing level"));

    auto *importButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import…"), this);
    importButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importButton->setToolTip(tr("Import LinkedIn, Google, Outlook or vCard files (Ctrl+I); you can also drop them on the window"));
    connect(importButton, &QPushButton::clicked, this, [this] { showImportWizard(); });
    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add"), QIcon(QStringLiteral(":/icons/add.svg"))), tr("&Add contact…"), this);
    add->setShortcut(QKeySequence(Qt::Key_Insert));
    add->setToolTip(tr("Add a contact by hand (Insert)"));
    m_edit->setToolTip(tr("Edit the selected connections (Enter)"));
    const QString levelTexts[] = {tr("Make &private"), tr("Make &discoverable"), tr("Make &shared…")};
    for (consent::Level l : kLevels) {
        auto *button = new QPushButton(levelIcon(l), levelTexts[int(l)], this);
        button->setToolTip(whatTheBusinessSees(l));
        connect(button, &QPushButton::clicked, this, [this, l] {
            if (const QString error = setLevel(selectedIds(), l); !error.isEmpty())
                Q_EMIT problem(error);
        });
        m_levelButtons << button;
    }
    auto *more = new QPushButton(tr("&More"), this);
    auto *moreMenu = new QMenu(more);
    moreMenu->addAction(tr("Set the level of everyone at a &company…"), this, &ConnectionsPage::chooseCompany);
    moreMenu->addAction(tr("Set the level of all &professional connections…"), this, &ConnectionsPage::chooseAllProfessional);
    moreMenu->addSeparator();
    QAction *mergeAction = moreMenu->addAction(tr("&Merge the two selected…"), this, [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.size() != 2) {
            Q_EMIT problem(tr("Select exactly two connections to merge: the first one chosen is kept."));
            return;
        }
        const auto *a = m_model->connection(ids[0]);
        const auto *b = m_model->connection(ids[1]);
        if (!a || !b
            || !Confirm::ask(this, tr("Merge two connections?"),
                tr("“%1” is kept, with empty fields filled from “%2” and its company and title; “%2” is removed. This cannot be undone.")
                    .arg(a->details.displayName, b->details.displayName),
                tr("Merge")))
            return;
        if (const QString error = merge(ids[0], ids[1]); !error.isEmpty())
            Q_EMIT problem(error);
    });
    Q_UNUSED(mergeAction)
    more->setMenu(moreMenu);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_contextFilter);
    filters->addWidget(m_levelFilter);
    filters->addSpacing(12);
    filters->addWidget(importButton);
    filters->addWidget(add);
    filters->addWidget(m_edit);
    auto *levels = new QHBoxLayout;
    levels->addWidget(new QLabel(tr("Selected:"), this));
    for (QPushButton *b : m_levelButtons)
        levels->addWidget(b);
    levels->addWidget(more);
    levels->addStretch(1);
    levels->addWidget(m_summary);

    m_participation->setWordWrap(true);
    m_participation->setObjectName(QStringLiteral("participationNote"));
    auto *empty = new QLabel(tr("<p style='font-size:large'>You have no connections here yet.</p>"
                                "<p>Import your LinkedIn connections or your address book with <b>Import…</b> (Ctrl+I), drop the "
                                "files on the window, or add a contact by hand (Insert). Everything you bring in starts private: only "
                                "you can see it until you choose otherwise, one connection at a time or in bulk.</p>"),
        this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("My connections")), this));
    layout->addWidget(m_participation);
    layout->addLayout(filters);
    layout->addLayout(levels);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto filter = [this] {
        static_cast<ConnectionsFilter *>(m_proxy)->setFilters(m_contextFilter->currentData().toInt(), m_levelFilter->currentData().toInt());
    };
    connect(m_contextFilter, &QComboBox::currentIndexChanged, this, filter);
    connect(m_levelFilter, &QComboBox::currentIndexChanged, this, filter);
    connect(add, &QPushButton::clicked, this, &ConnectionsPage::showAddDialog);
    connect(m_edit, &QPushButton::clicked, this, &ConnectionsPage::showEditDialog);
    connect(m_view, &QTableView::activated, this, &ConnectionsPage::showEditDialog);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConnectionsPage::updateActions);
    connect(&m_workspace, &Workspace::consentChanged, this, &ConnectionsPage::refresh);
    refresh();
}

QIcon ConnectionsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/connections.svg"));
}

void ConnectionsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    updateSummary();
}

void ConnectionsPage::refresh()
{
    const QList<qint64> selected = selectedIds();
    if (const QString error = m_model->refresh(); !error.isEmpty())
        Q_EMIT problem(error);
    select(selected);
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
    updateSummary();
    updateActions();
}

void ConnectionsPage::updateSummary()
{
    int counts[3] = {0, 0, 0};
    for (const auto &c : m_model->all())
        ++counts[int(c.level)];
    m_summary->setText(tr("Private: %1 · Discoverable: %2 · Shared: %3").arg(counts[0]).arg(counts[1]).arg(counts[2]));
    const consent::Session *session = m_workspace.session();
    auto person = session ? m_workspace.people().byId(session->person().id) : Result<std::optional<consent::Person>>(std::nullopt);
    const bool participating = person && person->has_value() && (*person)->participating;
    m_participation->setText(participating ? tr("You take part in the referral program: the business sees what you made discoverable (as "
                                                "counts) and shared. You can leave at any time on the Policy page.")
                                           : tr("You are not taking part in the referral program: the business sees none of your connections, "
                                                "whatever their level. To take part, read and accept the policy on the Policy page."));
}

void ConnectionsPage::updateActions()
{
    const int selected = int(selectedIds().size());
    m_edit->setEnabled(selected > 0);
    for (QPushButton *b : m_levelButtons)
        b->setEnabled(selected > 0);
}

QList<qint64> ConnectionsPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        ids << row.data(ConnectionsModel::IdRole).toLongLong();
    return ids;
}

void ConnectionsPage::select(const QList<qint64> &ids)
{
    QItemSelection selection;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(ConnectionsModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ConnectionsPage::changed(const QString &error)
{
    if (!error.isEmpty())
        Q_EMIT problem(error);
    m_workspace.announceChange();
}

QString ConnectionsPage::applyLevel(const QList<qint64> &ids, consent::Level level, int personalLeftAlone)
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return tr("Sign in first.");
    QHash<qint64, consent::Level> before;
    QSet<qint64> personalIds;
    for (qint64 id : ids) {
        const contacts::OwnConnection *c = m_model->connection(id);
        if (!c || c->level == level)
            continue;
        before.insert(id, c->level);
        if (c->context != consent::Context::Professional)
            personalIds.insert(id);
    }
    const bool personal = !personalIds.isEmpty();
    if (before.isEmpty())
        return {};
    auto confirmation = consent::PersonalConfirmation::NotGiven;
    if (personal && level != consent::Level::Private) {
        if (before.size() != 1)
            return tr("Personal and family connections leave private one at a time. Select just one of them, or filter the list to Professional.");
        const contacts::OwnConnection *c = m_model->connection(before.cbegin().key());
        if (!Confirm::ask(this, tr("Make a %1 connection %2?").arg(consent::label(c->context), consent::label(level)),
                tr("“%1” is a %2 connection. %3").arg(c->details.displayName, consent::label(c->context), whatTheBusinessSees(level)),
                tr("Make %1").arg(consent::label(level))))
            return {};
        confirmation = consent::PersonalConfirmation::Given;
    } else if (level == consent::Level::Shared
        && !Confirm::ask(this, tr("Share %1 connections with the owner?").arg(before.size()), whatTheBusinessSees(level), tr("Share"))) {
        return {};
    }
    auto changed = consent::Sharing(m_workspace.database()).setLevel(*session, before.keys(), level, confirmation);
    if (!changed)
        return changed.message();
    m_workspace.undoStack().push(new SetLevelsCommand(m_workspace, before, personalIds, level, [this](const QString &e) { this->changed(e); }));
    m_workspace.announceChange();
    QString message = tr("Changed the level of %1 connections to %2.").arg(*changed).arg(consent::label(level));
    if (personalLeftAlone > 0)
        message += QLatin1Char(' ') + tr("Personal and family connections left as they were: %1.").arg(personalLeftAlone);
    Q_EMIT information(message);
    return {};
}

QString ConnectionsPage::setLevel(const QList<qint64> &ids, consent::Level level)
{
    return applyLevel(ids, level, 0);
}

QString ConnectionsPage::setLevelForCompany(const QString &company, consent::Level level)
{
    const QString key = contacts::normaliseCompanyName(company);
    if (key.isEmpty())
        return tr("Name a company.");
    QList<qint64> ids;
    int personal = 0;
    for (const auto &c : m_model->all()) {
        if (contacts::normaliseCompanyName(c.details.company) != key)
            continue;
        if (c.context == consent::Context::Professional)
            ids << c.id;
        else
            ++personal;
    }
    if (ids.isEmpty() && personal == 0)
        return tr("None of your connections works at “%1”.").arg(company);
    return applyLevel(ids, level, personal);
}

QString ConnectionsPage::setLevelForAllProfessional(consent::Level level)
{
    QList<qint64> ids;
    int personal = 0;
    for (const auto &c : m_model->all()) {
        if (c.context == consent::Context::Professional)
            ids << c.id;
        else
            ++personal;
    }
    return applyLevel(ids, level, personal);
}

QString ConnectionsPage::addContact(const contacts::ContactInput &input)
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return tr("Sign in first.");
    auto ids = contacts::ContactStore(m_workspace.database()).addConnections(*session, {input});
    if (!ids)
        return ids.message();
    m_workspace.undoStack().push(new AddConnectionCommand(m_workspace, ids->constFirst(), input, [this](const QString &e) { changed(e); }));
    m_workspace.announceChange();
    select({ids->constFirst()});
    Q_EMIT information(tr("Added %1, private.").arg(contacts::ContactStore::displayNameOf(input)));
    return {};
}

QString ConnectionsPage::edit(const QHash<qint64, contacts::ConnectionEdit> &edits)
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return tr("Sign in first.");
    QHash<qint64, contacts::ConnectionEdit> before;
    for (auto it = edits.cbegin(); it != edits.cend(); ++it) {
        const contacts::OwnConnection *c = m_model->connection(it.key());
        if (!c)
            return tr("Connection %1 is no longer in your list.").arg(it.key());
        before.insert(it.key(), contacts::ConnectionEdit{c->details, c->context, c->strength});
    }
    auto done = m_workspace.database().transaction([&]() -> Result<void> {
        for (auto it = edits.cbegin(); it != edits.cend(); ++it) {
            if (auto changed = contacts::ContactStore(m_workspace.database()).edit(*session, {it.key()}, it.value()); !changed)
                return changed.error();
        }
        return {};
    });
    if (!done)
        return done.message();
    m_workspace.undoStack().push(new EditConnectionsCommand(m_workspace, before, edits, [this](const QString &e) { changed(e); }));
    m_workspace.announceChange();
    return {};
}

QString ConnectionsPage::merge(qint64 keep, qint64 remove)
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return tr("Sign in first.");
    if (auto merged = contacts::import::Importer(m_workspace.database()).merge(*session, remove, keep); !merged)
        return merged.message();
    m_workspace.announceChange();
    select({keep});
    return {};
}

void ConnectionsPage::showImportWizard(const QStringList &files)
{
    ImportWizard wizard(m_workspace, files, this);
    wizard.exec();
    m_workspace.announceChange();
}

void ConnectionsPage::showAddDialog()
{
    ConnectionDialog dialog(nullptr, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const QString error = addContact(dialog.input()); !error.isEmpty())
        Q_EMIT problem(error);
}

void ConnectionsPage::showEditDialog()
{
    const QList<qint64> ids = selectedIds();
    QHash<qint64, contacts::ConnectionEdit> edits;
    if (ids.size() == 1) {
        const contacts::OwnConnection *c = m_model->connection(ids.constFirst());
        ConnectionDialog dialog(c, this);
        if (!c || dialog.exec() != QDialog::Accepted)
            return;
        const contacts::ContactInput in = dialog.input();
        consent::ContactDetails details = c->details;
        details.displayName = contacts::ContactStore::displayNameOf(in);
        details.email = in.email.toLower();
        details.phone = in.phone;
        details.profileUrl = in.profileUrl;
        details.company = in.company;
        details.title = in.title;
        details.notes = in.notes;
        edits.insert(c->id, contacts::ConnectionEdit{details, in.context, in.strength});
    } else if (ids.size() > 1) {
        BulkEditDialog dialog(int(ids.size()), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        for (qint64 id : ids) {
            const contacts::OwnConnection *c = m_model->connection(id);
            if (!c)
                continue;
            contacts::ConnectionEdit e{std::nullopt, dialog.context(), dialog.strength()};
            if (auto notes = dialog.notes()) {
                e.details = c->details;
                e.details->notes = *notes;
            }
            edits.insert(id, e);
        }
    }
    if (edits.isEmpty())
        return;
    if (const QString error = edit(edits); !error.isEmpty())
        Q_EMIT problem(error);
}

void ConnectionsPage::chooseCompany()
{
    QStringList companies;
    QSet<QString> seen;
    for (const auto &c : m_model->all()) {
        const QString key = contacts::normaliseCompanyName(c.details.company);
        if (!key.isEmpty() && !seen.contains(key)) {
            seen.insert(key);
            companies << c.details.company;
        }
    }
    companies.sort(Qt::CaseInsensitive);
    bool ok = false;
    const QString company = QInputDialog::getItem(this, tr("Everyone at a company"), tr("Company:"), companies, 0, true, &ok);
    if (!ok || company.isEmpty())
        return;
    QStringList levels;
    for (consent::Level l : kLevels)
        levels << consent::label(l);
    const QString level = QInputDialog::getItem(this, tr("Everyone at %1").arg(company),
        tr("Sharing level for your professional connections there (personal and family ones stay as they are):"), levels, 1, false, &ok);
    if (!ok)
        return;
    if (const QString error = setLevelForCompany(company, kLevels[levels.indexOf(level)]); !error.isEmpty())
        Q_EMIT problem(error);
}

void ConnectionsPage::chooseAllProfessional()
{
    QStringList levels;
    for (consent::Level l : kLevels)
        levels << consent::label(l);
    bool ok = false;
    const QString level = QInputDialog::getItem(this, tr("All professional connections"),
        tr("Sharing level for all your professional connections (personal and family ones stay as they are):"), levels, 1, false, &ok);
    if (!ok)
        return;
    if (const QString error = setLevelForAllProfessional(kLevels[levels.indexOf(level)]); !error.isEmpty())
        Q_EMIT problem(error);
}

} // namespace consentric::ui
