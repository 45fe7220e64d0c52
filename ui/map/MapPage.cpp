#include "map/MapPage.h"

#include "Workspace.h"
#include "graph/Paths.h"
#include "map/MapScene.h"
#include "map/MapView.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <boost/graph/connected_components.hpp>

namespace consentric::ui {

namespace {

// The steps of a layout: from scratch, or settling a picture that was mostly kept.
constexpr int kFullLayoutSteps = 150;
constexpr int kSettleSteps = 30;
constexpr qint64 kDrawEveryMs = 1000;
constexpr double kAggregateEdgeLength = 240.0;

QIcon swatch(const std::function<void(QPainter &)> &draw)
{
    QPixmap pixmap(22, 22);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    draw(painter);
    return QIcon(pixmap);
}

QLabel *legendRow(const QIcon &icon, const QString &text, QWidget *parent, QVBoxLayout *layout)
{
    auto *row = new QHBoxLayout;
    auto *picture = new QLabel(parent);
    picture->setPixmap(icon.pixmap(22, 22));
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    row->addWidget(picture);
    row->addWidget(label, 1);
    layout->addLayout(row);
    return label;
}

} // namespace

MapPage::MapPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_scene(new MapScene(this))
    , m_view(new MapView(this))
    , m_search(new QLineEdit(this))
    , m_department(new QComboBox(this))
    , m_company(new QLineEdit(this))
    , m_context(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_strength(new QSpinBox(this))
    , m_arrangement(new QComboBox(this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Stop"), this))
    , m_status(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_details(new QLabel(this))
    , m_legend(nullptr)
    , m_expandTimer(new QTimer(this))
{
    m_view->setScene(m_scene);
    const bool owner = m_workspace.session() && m_workspace.session()->runsTheProgram();
    auto *intro = new QLabel(owner ? tr("The team and the connections its members chose to share, by name. Companies reached through discoverable "
                                        "connections are counted from “The team” and name nobody. Choose a person or company for the strongest "
                                        "introduction paths; an introduction always goes through the employee.")
                                   : tr("Your whole network, as only you see it: every connection, private ones included, ringed by its sharing "
                                        "level (grey private, amber discoverable, green shared). Choose a person or company for your strongest "
                                        "paths to it."),
        this);
    intro->setWordWrap(true);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid); font-style: italic; padding: 24px;"));
    m_empty->hide();
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setObjectName(QStringLiteral("mapDetails"));
    m_details->setAccessibleName(tr("Details of the chosen node"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_details->setText(tr("Choose a node on the map, or find one (Ctrl+F), for its details and the strongest paths to it."));
    connect(m_details, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("rings:"))) {
            m_ringsAround = link.mid(6).toInt();
            if (Arrangement(m_arrangement->currentIndex()) == Arrangement::Rings)
                arrange();
            else
                m_arrangement->setCurrentIndex(int(Arrangement::Rings));
        }
    });
    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Layout progress"));
    m_progress->hide();
    m_cancel->hide();
    m_cancel->setToolTip(tr("Stop the layout where it is (Esc)"));
    connect(m_cancel, &QPushButton::clicked, this, &MapPage::cancelLayout);
    auto *escape = new QAction(this);
    escape->setShortcut(Qt::Key_Escape);
    connect(escape, &QAction::triggered, this, &MapPage::cancelLayout);
    addAction(escape);
    auto *reload = new QAction(this);
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, &MapPage::refresh);
    addAction(reload);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("mapStatus"));

    m_expandTimer->setSingleShot(true);
    m_expandTimer->setInterval(120);
    connect(m_view, &MapView::viewChanged, m_expandTimer, qOverload<>(&QTimer::start));
    connect(m_expandTimer, &QTimer::timeout, this, [this] {
        if (!m_plan.aggregated || !m_snapshot || layingOut())
            return;
        const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
        m_scene->collapseOutside(visible, m_view->zoom());
        m_scene->expandIn(visible, m_view->zoom(), *m_snapshot, m_plan, filter());
        updateStatus();
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MapPage::selectionChanged);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 0, 0);
    auto *detailsTitle = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Details")), side);
    sideLayout->addWidget(detailsTitle);
    sideLayout->addWidget(m_details);
    sideLayout->addSpacing(8);
    m_legend = makeLegend();
    sideLayout->addWidget(m_legend);
    sideLayout->addStretch(1);
    auto *sideScroll = new QScrollArea(this);
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setMinimumWidth(250);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *mapColumn = new QWidget(this);
    auto *mapLayout = new QVBoxLayout(mapColumn);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->addWidget(m_empty);
    mapLayout->addWidget(m_view, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(mapColumn);
    splitter->addWidget(sideScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({900, 300});
    sideScroll->setMaximumWidth(420);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Network map")), this));
    layout->addWidget(intro);
    layout->addWidget(makeControls());
    layout->addWidget(splitter, 1);
    layout->addLayout(statusRow);
    connect(&m_workspace, &Workspace::consentChanged, this, [this] {
        if (isVisible())
            refresh();
    });
}

MapPage::~MapPage()
{
    cancelLayout();
    joinLayout();
}

QIcon MapPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/map.svg"));
}

QWidget *MapPage::makeControls()
{
    auto *controls = new QWidget(this);
    m_search->setPlaceholderText(tr("Find a person or company (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find on the map"));
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(findAction);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_search->text().trimmed().isEmpty() && !find(m_search->text()))
            Q_EMIT information(tr("Nothing on the map is called “%1”. Check the filters, or try part of the name.").arg(m_search->text().trimmed()));
    });
    m_department->setAccessibleName(tr("Department"));
    m_company->setPlaceholderText(tr("Any company"));
    m_company->setClearButtonEnabled(true);
    m_company->setAccessibleName(tr("Company"));
    m_context->setAccessibleName(tr("Context"));
    m_context->addItem(tr("Any context"));
    for (const consent::Context c : {consent::Context::Professional, consent::Context::Personal, consent::Context::Family})
        m_context->addItem(consent::label(c), int(c));
    m_level->setAccessibleName(tr("Sharing level"));
    m_level->addItem(tr("Any level"));
    for (const consent::Level l : {consent::Level::Private, consent::Level::Discoverable, consent::Level::Shared})
        m_level->addItem(consent::label(l), int(l));
    const bool employee = m_workspace.session() && !m_workspace.session()->runsTheProgram();
    m_level->setVisible(employee); // the owner's map holds shared connections only
    m_department->setVisible(!employee); // an employee's map holds one employee
    m_strength->setRange(1, 5);
    m_strength->setPrefix(tr("Strength at least "));
    m_strength->setAccessibleName(tr("Minimum strength"));
    m_arrangement->addItem(tr("Springs"));
    m_arrangement->addItem(tr("Rings"));
    m_arrangement->setAccessibleName(tr("Arrangement"));
    m_arrangement->setToolTip(tr("Springs: connected people close together. Rings: by hops from the chosen person (or you)."));
    auto *fit = new QPushButton(tr("Fit"), controls);
    fit->setToolTip(tr("Show the whole map (0)"));
    connect(fit, &QPushButton::clicked, m_view, &MapView::fitAll);
    m_export->setToolTip(tr("Save what is in view as PNG or SVG (Ctrl+Shift+E)"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the map"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).filePath(QStringLiteral("network-map.png")),
            tr("PNG image (*.png);;SVG drawing (*.svg)"));
        if (path.isEmpty())
            return;
        QString error;
        if (m_view->exportView(path, &error))
            Q_EMIT information(tr("The map as it is in view was saved to %1.").arg(QDir::toNativeSeparators(path)));
        else
            Q_EMIT problem(error);
    });
    const auto replanLater = [this] { replan(); };
    connect(m_department, &QComboBox::currentIndexChanged, this, replanLater);
    connect(m_context, &QComboBox::currentIndexChanged, this, replanLater);
    connect(m_level, &QComboBox::currentIndexChanged, this, replanLater);
    connect(m_strength, &QSpinBox::valueChanged, this, replanLater);
    connect(m_company, &QLineEdit::editingFinished, this, [this] {
        if (m_company->text().trimmed() != m_plannedCompany)
            replan();
    });
    connect(m_arrangement, &QComboBox::currentIndexChanged, this, &MapPage::arrange);

    auto *first = new QHBoxLayout;
    first->setContentsMargins(0, 0, 0, 0);
    first->addWidget(m_search, 2);
    first->addWidget(m_arrangement);
    first->addWidget(fit);
    first->addWidget(m_export);
    auto *second = new QHBoxLayout;
    second->setContentsMargins(0, 0, 0, 0);
    second->addWidget(new QLabel(tr("Show:"), controls));
    second->addWidget(m_department);
    second->addWidget(m_company, 1);
    second->addWidget(m_context);
    second->addWidget(m_level);
    second->addWidget(m_strength);
    auto *column = new QVBoxLayout(controls);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(first);
    column->addLayout(second);
    return controls;
}

QWidget *MapPage::makeLegend()
{
    auto *legend = new QWidget(this);
    legend->setObjectName(QStringLiteral("mapLegend"));
    legend->setAccessibleName(tr("Legend"));
    auto *layout = new QVBoxLayout(legend);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Legend")), legend));
    const QPen dark(QColor(0x2b2b2b), 1.0);
    legendRow(swatch([&](QPainter &p) {
        p.setPen(dark);
        p.setBrush(MapStyle::departmentColour(0));
        p.drawEllipse(QPointF(11, 11), 8, 8);
    }),
        tr("Employee, coloured by department"), legend, layout);
    const bool owner = m_workspace.session() && m_workspace.session()->runsTheProgram();
    if (owner) {
        legendRow(swatch([&](QPainter &p) {
            p.setPen(QPen(MapStyle::levelColour(consent::Level::Shared), 1.8));
            p.setBrush(QColor(0xd6dde3));
            p.drawEllipse(QPointF(11, 11), 5, 5);
        }),
            tr("Person in a shared connection"), legend, layout);
    } else {
        for (const consent::Level l : {consent::Level::Private, consent::Level::Discoverable, consent::Level::Shared}) {
            legendRow(swatch([&](QPainter &p) {
                p.setPen(QPen(MapStyle::levelColour(l), 2.0));
                p.setBrush(QColor(0xd6dde3));
                p.drawEllipse(QPointF(11, 11), 5.5, 5.5);
            }),
                tr("Person, %1").arg(consent::label(l)), legend, layout);
        }
    }
    legendRow(swatch([&](QPainter &p) {
        p.setPen(dark);
        p.setBrush(QColor(0x3a5a60));
        p.drawRoundedRect(QRectF(4, 4, 14, 14), 2, 2);
    }),
        tr("Company; on a very large map, a number inside counts its people (zoom in to see them)"), legend, layout);
    if (owner) {
        legendRow(swatch([&](QPainter &p) {
            p.setPen(dark);
            p.setBrush(QColor(0xf3e3c3));
            const QPointF diamond[4] = {{11, 2}, {20, 11}, {11, 20}, {2, 11}};
            p.drawPolygon(diamond, 4);
        }),
            tr("The team; dashed amber: people at a company reached through discoverable connections, counted, never named"), legend, layout);
    }
    legendRow(swatch([&](QPainter &p) {
        p.setPen(QPen(QColor(70, 84, 96), 1.0));
        p.drawLine(2, 7, 20, 7);
        p.setPen(QPen(QColor(70, 84, 96), 2.6));
        p.drawLine(2, 15, 20, 15);
    }),
        tr("Connection: the wider, the stronger (1 to 5); far out on a big map, only 3 and up until you zoom in"), legend, layout);
    legendRow(swatch([&](QPainter &p) {
        p.setPen(QPen(QColor(0xd9480f), 3.0));
        p.drawLine(2, 11, 20, 11);
    }),
        tr("A strongest path to the chosen node"), legend, layout);
    return legend;
}

graph::MapFilter MapPage::filter() const
{
    graph::MapFilter f;
    if (!m_department->isHidden() && m_department->currentIndex() > 0)
        f.department = m_department->currentText();
    f.company = m_company->text().trimmed();
    if (m_context->currentIndex() > 0)
        f.context = consent::Context(m_context->currentData().toInt());
    if (!m_level->isHidden() && m_level->currentIndex() > 0)
        f.level = consent::Level(m_level->currentData().toInt());
    f.minimumStrength = m_strength->value();
    return f;
}

void MapPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    refresh();
}

void MapPage::hideEvent(QHideEvent *event)
{
    cancelLayout();
    Page::hideEvent(event);
}

void MapPage::refresh()
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto snapshot = graph::mapSnapshot(m_workspace.database(), *session);
    QApplication::restoreOverrideCursor();
    if (!snapshot) {
        Q_EMIT problem(snapshot.message());
        return;
    }
    m_snapshot.emplace(std::move(*snapshot));
    // The departments present, for the filter.
    QStringList departments;
    const graph::Graph &g = m_snapshot->graph();
    for (const graph::Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        if (g[v].kind == graph::NodeKind::Employee && !g[v].department.isEmpty() && !departments.contains(g[v].department))
            departments << g[v].department;
    }
    departments.sort(Qt::CaseInsensitive);
    {
        const QSignalBlocker blocker(m_department);
        const QString chosen = m_department->currentIndex() > 0 ? m_department->currentText() : QString();
        m_department->clear();
        m_department->addItem(tr("All departments"));
        m_department->addItems(departments);
        m_department->setCurrentIndex(std::max(0, m_department->findText(chosen)));
    }
    QStringList labels;
    for (const graph::Vertex v : boost::make_iterator_range(boost::vertices(g)))
        labels << g[v].label;
    labels.removeDuplicates();
    auto *completer = new QCompleter(labels, m_search);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(completer);
    m_fitPending = true;
    replan();
}

void MapPage::replan()
{
    if (!m_snapshot)
        return;
    stopLayout();
    // Where the nodes are now (or were last time) is where they start.
    graph::KeptPositions kept = graph::readPositions(positionsFile());
    const graph::KeptPositions onScreen = m_scene->keptPositions();
    for (auto it = onScreen.cbegin(); it != onScreen.cend(); ++it)
        kept.insert(it.key(), it.value());
    m_plan = graph::planMap(*m_snapshot, filter());
    m_plannedCompany = filter().company;
    m_ringsAround.reset();
    int keptCount = 0;
    graph::Positions start = graph::startingPositions(m_plan, kept, centreNode(), &keptCount);
    m_scene->setPlan(m_plan, start);
    m_view->updateOverview();
    m_details->setText(tr("Choose a node on the map, or find one (Ctrl+F), for its details and the strongest paths to it."));
    const bool owner = m_snapshot->viewer() == graph::Snapshot::Viewer::Owner;
    const bool nothing = std::none_of(m_plan.nodes.cbegin(), m_plan.nodes.cend(),
        [](const graph::MapNode &n) { return n.kind != graph::MapNodeKind::Employee && n.kind != graph::MapNodeKind::Department; });
    if (nothing) {
        const graph::MapFilter f = filter();
        if (!f.company.isEmpty())
            m_empty->setText(owner ? tr("Nobody on the team can reach %1 yet, or not with these filters.").arg(f.company)
                                   : tr("You have no connection at %1, or none with these filters.").arg(f.company));
        else if (f.department.isEmpty() && !f.context && !f.level && f.minimumStrength <= 1)
            m_empty->setText(owner ? tr("Nothing to draw between people yet: nobody taking part shares or offers a connection. The map fills as "
                                        "employees choose what the business may see.")
                                   : tr("You have no connections yet. Add or import them on My connections (Ctrl+I); they stay private "
                                        "until you choose otherwise."));
        else
            m_empty->setText(tr("No connection matches these filters. Loosen one of them to see more."));
    }
    m_empty->setVisible(nothing);
    m_export->setEnabled(!m_plan.nodes.empty());
    const bool rings = Arrangement(m_arrangement->currentIndex()) == Arrangement::Rings;
    if (rings) {
        m_scene->applyPositions(graph::concentricLayout(m_plan.graph, graph::Vertex(centreNode())));
        m_view->fitAll();
        m_fitPending = false;
        updateStatus();
        Q_EMIT layoutFinished();
        return;
    }
    if (m_fitPending && keptCount > 0)
        m_view->fitAll();
    const int n = int(m_plan.nodes.size());
    const int steps = keptCount == n ? 0 : (keptCount * 10 >= n * 9 ? kSettleSteps : kFullLayoutSteps);
    if (steps == 0) {
        if (m_fitPending)
            m_view->fitAll();
        m_fitPending = false;
        updateStatus();
        Q_EMIT layoutFinished();
        return;
    }
    startLayout(std::move(start), steps);
}

void MapPage::arrange()
{
    if (Arrangement(m_arrangement->currentIndex()) == Arrangement::Springs) {
        startLayout(m_scene->positions(), kFullLayoutSteps);
        return;
    }
    stopLayout();
    m_scene->applyPositions(graph::concentricLayout(m_plan.graph, graph::Vertex(centreNode())));
    m_view->fitAll();
    keepPositions();
    updateStatus();
}

int MapPage::centreNode() const
{
    if (m_ringsAround && *m_ringsAround < int(m_plan.nodes.size()))
        return *m_ringsAround;
    // The signed-in person (or their department, on an aggregated map), else the first node.
    if (m_snapshot && m_workspace.session()) {
        if (const auto me = m_snapshot->employee(m_workspace.session()->person().id); me && *me < m_plan.nodeOfVertex.size())
            return std::max(0, m_plan.nodeOfVertex[*me]);
    }
    return 0;
}

void MapPage::startLayout(graph::Positions start, int steps)
{
    stopLayout();
    const quint64 generation = ++m_generation;
    m_cancelLayout = std::make_shared<std::atomic<bool>>(false);
    m_scene->setMoving(true);
    m_progress->setRange(0, steps);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    updateStatus();
    auto cancelled = m_cancelLayout;
    m_layoutThread = QThread::create(
        [this, graph = m_plan.graph, positions = std::move(start), steps, generation, cancelled, aggregated = m_plan.aggregated]() mutable {
            graph::ForceOptions options;
            options.steps = steps;
            if (aggregated)
                options.edgeLength = kAggregateEdgeLength; // groups are large: give them room
            QElapsedTimer sinceDrawn;
            sinceDrawn.start();
            options.progress = [&](int done, int total) {
                // Drawn as it goes, a few times a second: more would only queue up.
                if (sinceDrawn.elapsed() >= kDrawEveryMs && done < total) {
                    sinceDrawn.restart();
                    QMetaObject::invokeMethod(
                        this, [this, generation, copy = positions, done, total] { layoutStep(generation, copy, done, total); }, Qt::QueuedConnection);
                }
                return !cancelled->load();
            };
            const bool finished = graph::forceDirectedLayout(graph, positions, options);
            QMetaObject::invokeMethod(
                this,
                [this, generation, copy = std::move(positions), finished] {
                    layoutStep(generation, copy, 0, 0);
                    layoutDone(generation, finished);
                },
                Qt::QueuedConnection);
        });
    m_layoutThread->start(QThread::LowPriority);
}

void MapPage::layoutStep(quint64 generation, const graph::Positions &positions, int done, int total)
{
    if (generation != m_generation)
        return;
    m_scene->applyPositions(positions);
    if (total > 0)
        m_progress->setValue(done);
    if (m_fitPending) {
        m_view->fitAll();
        if (done == total)
            m_fitPending = false;
    }
}

void MapPage::layoutDone(quint64 generation, bool finished)
{
    // A layout replaced by a newer one was waited for and deleted when that one started.
    if (generation != m_generation)
        return;
    joinLayout();
    if (m_fitPending)
        m_view->fitAll();
    m_fitPending = false;
    keepPositions();
    updateStatus();
    if (!finished && isVisible())
        Q_EMIT information(tr("The layout was stopped; the map stays as it was drawn. Choose Springs again to go on."));
    Q_EMIT layoutFinished();
}

void MapPage::cancelLayout()
{
    if (m_cancelLayout)
        m_cancelLayout->store(true);
}

// Before the plan or the arrangement changes: the running layout stops (within a step), and
// whatever it still sends is dropped, since it belongs to the old plan.
void MapPage::stopLayout()
{
    cancelLayout();
    ++m_generation;
    joinLayout();
}

// The layout thread has ended, or will within a step: waited for and deleted, and the page
// no longer shows a layout in progress.
void MapPage::joinLayout()
{
    if (m_layoutThread) {
        m_layoutThread->wait();
        delete m_layoutThread;
        m_layoutThread = nullptr;
    }
    m_scene->setMoving(false);
    m_progress->hide();
    m_cancel->hide();
}

void MapPage::keepPositions()
{
    if (m_plan.nodes.empty())
        return;
    if (auto kept = graph::writePositions(positionsFile(), m_plan, m_scene->positions()); !kept)
        Q_EMIT problem(kept.message());
}

// One file per database and person, in the user's data folder; its name is a hash, so it
// says neither.
QString MapPage::positionsFile() const
{
    const QByteArray who = m_workspace.database().location().displayName().toUtf8() + '\n'
        + QByteArray::number(m_workspace.session() ? m_workspace.session()->person().id : 0);
    const QString name = QString::fromLatin1(QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex().left(24));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("maps/%1.map").arg(name));
}

bool MapPage::find(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return false;
    NodeItem *best = nullptr;
    for (NodeItem *node : m_scene->nodes()) {
        const QString &label = node->node().label;
        if (label.compare(wanted, Qt::CaseInsensitive) == 0) {
            best = node;
            break;
        }
        if (!best && label.contains(wanted, Qt::CaseInsensitive))
            best = node;
    }
    // A company in any spelling ("ACME, Inc" finds "Acme Inc.").
    if (!best && m_snapshot) {
        if (const auto company = m_snapshot->company(wanted); company && *company < m_plan.nodeOfVertex.size())
            best = m_scene->node(m_plan.nodeOfVertex[*company]);
    }
    if (!best)
        return false;
    m_view->focusNode(best);
    // The lit paths in view, whole.
    QRectF lit;
    for (const NodeItem *node : m_scene->nodes()) {
        if (node->lit())
            lit |= QRectF(node->pos(), QSizeF(1, 1));
    }
    if (lit.width() > 1 || lit.height() > 1) {
        m_view->fitInView(lit.adjusted(-80, -60, 160, 60), Qt::KeepAspectRatio);
        if (m_view->zoom() > 2.0)
            m_view->zoomBy(2.0 / m_view->zoom());
        m_view->updateOverview();
        m_view->centerOn(lit.center());
    }
    return true;
}

void MapPage::selectionChanged()
{
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    NodeItem *node = selected.isEmpty() ? nullptr : qgraphicsitem_cast<NodeItem *>(selected.constFirst());
    if (!node) {
        m_scene->highlight({});
        return;
    }
    showDetails(node);
}

void MapPage::showDetails(NodeItem *item)
{
    const graph::MapNode &node = item->node();
    QString html = QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(node.label.toHtmlEscaped(), item->summary().toHtmlEscaped());
    std::vector<std::vector<int>> lit;
    const bool owner = m_snapshot && m_snapshot->viewer() == graph::Snapshot::Viewer::Owner;
    const bool target = node.vertex
        && (node.kind == graph::MapNodeKind::Contact || node.kind == graph::MapNodeKind::Company || node.kind == graph::MapNodeKind::CompanyGroup);
    if (node.kind == graph::MapNodeKind::Employee) {
        const int connections = int(std::count_if(
            item->edges().cbegin(), item->edges().cend(), [](const EdgeItem *e) { return e->edge().kind == graph::MapEdge::Kind::Connection; }));
        html += connections == 0 ? QStringLiteral("<p>%1</p>").arg(tr("No connection of theirs is on this map.").toHtmlEscaped())
                                 : QStringLiteral("<p>%1</p>").arg(tr("Connections on this map: %1").arg(connections).toHtmlEscaped());
    }
    if (target && m_snapshot) {
        std::vector<graph::Vertex> sources;
        if (owner) {
            sources = graph::employees(*m_snapshot);
        } else if (const auto me = m_snapshot->employee(m_workspace.session()->person().id)) {
            sources = {*me};
        }
        const graph::Graph &g = m_snapshot->graph();
        const std::vector<graph::Path> paths = graph::strongestPaths(*m_snapshot, sources, *node.vertex);
        if (paths.empty()) {
            html += QStringLiteral("<p>%1</p>")
                        .arg((owner ? tr("Nobody on the team reaches %1 within 4 hops through shared connections.")
                                    : tr("You do not reach %1 within 4 hops."))
                                 .arg(node.label)
                                 .toHtmlEscaped());
        } else {
            html += QStringLiteral("<p>%1</p><ol>")
                        .arg((owner ? tr("Strongest introductions from the team (ask the employee first):") : tr("Your strongest paths:"))
                                 .toHtmlEscaped());
            for (const graph::Path &p : paths) {
                QStringList steps;
                std::vector<int> onMap;
                for (std::size_t i = 0; i < p.vertices.size(); ++i) {
                    QString step = g[p.vertices[i]].label.toHtmlEscaped();
                    if (i > 0) {
                        const auto edge = boost::edge(p.vertices[i - 1], p.vertices[i], g);
                        if (edge.second && g[edge.first].strength > 0)
                            step = tr("(strength %1) %2").arg(g[edge.first].strength).arg(step);
                    }
                    steps << step;
                    if (p.vertices[i] < m_plan.nodeOfVertex.size())
                        onMap.push_back(m_plan.nodeOfVertex[p.vertices[i]]);
                }
                html += QStringLiteral("<li>%1</li>").arg(steps.join(QStringLiteral(" → ")));
                lit.push_back(std::move(onMap));
            }
            html += QStringLiteral("</ol>");
        }
    }
    if (item->index() >= 0 && node.kind != graph::MapNodeKind::Team)
        html += QStringLiteral("<p><a href=\"rings:%1\">%2</a></p>")
                    .arg(item->index())
                    .arg(tr("Arrange the map in rings around this").toHtmlEscaped());
    m_details->setText(html);
    if (lit.empty())
        lit.push_back({item->index()});
    m_scene->highlight(lit);
    item->setLit(true);
}

void MapPage::updateStatus()
{
    if (!m_snapshot)
        return;
    int employees = 0;
    int people = 0;
    int companies = 0;
    for (const graph::MapNode &n : m_plan.nodes) {
        employees += n.kind == graph::MapNodeKind::Employee ? 1 : n.kind == graph::MapNodeKind::Department ? int(n.count) : 0;
        people += n.kind == graph::MapNodeKind::Contact ? 1 : n.kind == graph::MapNodeKind::CompanyGroup ? int(n.members.size()) : 0;
        companies += n.kind == graph::MapNodeKind::Company || n.kind == graph::MapNodeKind::CompanyGroup ? 1 : 0;
    }
    int pieces = 0;
    if (!m_plan.nodes.empty()) {
        std::vector<int> component(m_plan.nodes.size());
        pieces = int(boost::connected_components(m_plan.graph, component.data()));
    }
    QString text = tr("Employees: %1 · people: %2 · companies: %3 · separate pieces: %4").arg(employees).arg(people).arg(companies).arg(pieces);
    if (m_plan.aggregated)
        text += QStringLiteral(" · ")
            + tr("Too many to draw one by one: departments and companies stand for their members; zoom in on one to see them.");
    if (layingOut())
        text += QStringLiteral(" · ") + tr("Laying out…");
    m_status->setText(text);
}

} // namespace consentric::ui
