#include "discover/DiscoverPage.h"

#include "Workspace.h"
#include "consent/BusinessView.h"
#include "graph/Discovery.h"
#include "widgets/Tables.h"

#include <QAction>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace consentric::ui {

namespace {

// The page's lists: one row chosen at a time; names take the room, figures keep the width of
// their heading.
QTableWidget *discoverList(const QStringList &headers, QWidget *parent)
{
    QTableWidget *table = makeList(headers, parent);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return table;
}

} // namespace

DiscoverPage::DiscoverPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_search(new QLineEdit(this))
    , m_companies(discoverList({tr("Company"), tr("People reachable"), tr("Team members")}, this))
    , m_companiesEmpty(new QLabel(tr("Nobody taking part has a discoverable or shared connection at any company yet."), this))
    , m_answer(new QLabel(this))
    , m_paths(discoverList({tr("Introducer"), tr("Contact (shared)"), tr("Strength")}, this))
{
    auto *intro = new QLabel(tr("Who on the team can reach a company. Counts include discoverable connections but never say who holds them; "
                                "only shared connections are named, and reading the names is recorded in the audit log. An introduction always "
                                "goes through the employee."),
        this);
    intro->setWordWrap(true);
    m_search->setPlaceholderText(tr("Company, in any spelling (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Company to reach"));
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    auto *go = new QPushButton(tr("Find"), this);
    connect(go, &QPushButton::clicked, this, [this] { discover(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { discover(m_search->text()); });
    m_companies->setAccessibleName(tr("Companies the team can reach"));
    m_companies->setSortingEnabled(true);
    connect(m_companies, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem *> selected = m_companies->selectedItems();
        if (!selected.isEmpty())
            discover(m_companies->item(selected.constFirst()->row(), 0)->text());
    });
    m_companiesEmpty->setWordWrap(true);
    m_companiesEmpty->setStyleSheet(QStringLiteral("color: palette(mid); font-style: italic;"));
    m_answer->setWordWrap(true);
    m_answer->setObjectName(QStringLiteral("discoverAnswer"));
    m_answer->setText(tr("Choose a company from the list, or type one above."));
    m_paths->setAccessibleName(tr("Introductions through shared connections"));
    m_paths->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_paths->hide();

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(go);
    auto *answerColumn = new QVBoxLayout;
    answerColumn->addWidget(m_answer);
    answerColumn->addWidget(m_paths, 1);
    answerColumn->addStretch(0);
    auto *columns = new QHBoxLayout;
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_companiesEmpty);
    listColumn->addWidget(m_companies, 1);
    columns->addLayout(listColumn, 3);
    columns->addLayout(answerColumn, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Discover")), this));
    layout->addWidget(intro);
    layout->addLayout(searchRow);
    layout->addLayout(columns, 1);
    connect(&m_workspace, &Workspace::consentChanged, this, [this] {
        if (isVisible())
            refresh();
    });
}

QIcon DiscoverPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/discover.svg"));
}

void DiscoverPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    refresh();
}

void DiscoverPage::refresh()
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return;
    auto reach = consent::BusinessView(m_workspace.database()).companies(*session);
    if (!reach) {
        Q_EMIT problem(reach.message());
        return;
    }
    const QSignalBlocker blocker(m_companies);
    m_companies->setSortingEnabled(false);
    m_companies->setRowCount(int(reach->size()));
    QStringList names;
    for (int row = 0; row < int(reach->size()); ++row) {
        const consent::CompanyReach &c = (*reach)[std::size_t(row)];
        m_companies->setItem(row, 0, new QTableWidgetItem(c.company));
        m_companies->setItem(row, 1, numberItem(c.contacts));
        m_companies->setItem(row, 2, figureItem(c.teamMembers.toString()));
        names << c.company;
    }
    m_companies->setSortingEnabled(true);
    m_companies->sortItems(1, Qt::DescendingOrder);
    m_companies->setVisible(!reach->empty());
    m_companiesEmpty->setVisible(reach->empty());
    auto *completer = new QCompleter(names, m_search);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(completer);
}

void DiscoverPage::discover(const QString &company)
{
    const consent::Session *session = m_workspace.session();
    if (!session || company.trimmed().isEmpty())
        return;
    auto found = graph::discover(m_workspace.database(), *session, company);
    if (!found) {
        m_answer->setText(found.message());
        m_paths->hide();
        return;
    }
    QString text = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(found->company.toHtmlEscaped(), found->message.toHtmlEscaped());
    if (found->contacts > 0)
        text += QStringLiteral("<p>%1</p>").arg(tr("Team members who hold them: %1").arg(found->teamMembers.toString()).toHtmlEscaped());
    m_answer->setText(text);
    m_paths->setRowCount(int(found->paths.size()));
    for (int row = 0; row < int(found->paths.size()); ++row) {
        const graph::IntroductionPath &p = found->paths[std::size_t(row)];
        m_paths->setItem(row, 0, new QTableWidgetItem(p.employee));
        m_paths->setItem(row, 1, new QTableWidgetItem(p.contact));
        m_paths->setItem(row, 2, numberItem(p.strength));
    }
    m_paths->setVisible(!found->paths.empty());
}

} // namespace consentric::ui
