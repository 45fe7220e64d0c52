#include "map/MapScene.h"

#include <QPainter>
#include <QSet>

#include <QStyleOptionGraphicsItem>
#include <cmath>

#include <cmath>
#include <numbers>

namespace consentric::ui {

namespace {
constexpr qint64 kLongCells = 256;
// An aggregate opens when drawn at least this many pixels in radius, and closes again below
// the second figure (a gap, so it does not flicker at the edge).
constexpr double kOpenFromPixels = 60.0;
constexpr double kCloseBelowPixels = 40.0;
constexpr std::size_t kSimplifyAbove = 4'000; // edges
constexpr double kMarkerPixels = 6.0;
constexpr int kStrongFrom = 3;

quint64 cellKey(qint32 x, qint32 y)
{
    return (quint64(quint32(x)) << 32) | quint64(quint32(y));
}
} // namespace

MapScene::MapScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

MapScene::~MapScene()
{
    // Deleting selected items announces a selection change: nobody listens any more.
    const QSignalBlocker blocker(this);
    clearAll();
}

void MapScene::clearAll()
{
    for (auto &[aggregate, expansion] : m_expanded)
        expansion.edges.clear();
    m_edges.clear();
    m_expanded.clear();
    m_nodes.clear();
    clear();
}

void MapScene::setPlan(const graph::MapPlan &plan, const graph::Positions &positions)
{
    {
        const QSignalBlocker blocker(this);
        clearAll();
    }
    Q_EMIT selectionChanged();
    // Departments in name order get the palette's colours in order, so a department keeps its
    // colour from one session to the next.
    QStringList departments;
    for (const graph::MapNode &n : plan.nodes) {
        if (!n.department.isEmpty() && !departments.contains(n.department))
            departments << n.department;
    }
    departments.sort(Qt::CaseInsensitive);
    m_style.departments.clear();
    for (int i = 0; i < departments.size(); ++i)
        m_style.departments.insert(departments[i], MapStyle::departmentColour(i));
    m_style.highlighting = false;
    m_nodes.reserve(plan.nodes.size());
    for (std::size_t i = 0; i < plan.nodes.size(); ++i) {
        auto *item = new NodeItem(plan.nodes[i], int(i), m_style);
        item->setPos(i < positions.size() ? positions[i] : QPointF());
        addItem(item);
        m_nodes.push_back(item);
    }
    m_edges.reserve(plan.edges.size());
    for (const graph::MapEdge &e : plan.edges)
        m_edges.push_back(std::make_unique<EdgeItem>(m_nodes[std::size_t(e.from)], m_nodes[std::size_t(e.to)], e, m_style));
    m_itemCount = plan.items();
    reindex();
    m_overview = false; // every item is visible again; the view sets it for its zoom
    update();
}

void MapScene::setMoving(bool moving)
{
    // Moving thousands of items through the BSP index costs more than drawing them.
    setItemIndexMethod(moving ? QGraphicsScene::NoIndex : QGraphicsScene::BspTreeIndex);
}

void MapScene::applyPositions(const graph::Positions &positions)
{
    collapseAll();
    const std::size_t n = std::min(positions.size(), m_nodes.size());
    for (std::size_t i = 0; i < n; ++i)
        m_nodes[i]->setPos(positions[i]);
    for (const auto &edge : m_edges)
        edge->adjust();
    reindex();
    update();
}

graph::Positions MapScene::positions() const
{
    graph::Positions positions;
    positions.reserve(m_nodes.size());
    for (const NodeItem *node : m_nodes)
        positions.push_back(node->pos());
    return positions;
}

graph::KeptPositions MapScene::keptPositions() const
{
    graph::KeptPositions kept;
    kept.reserve(qsizetype(m_nodes.size()));
    for (const NodeItem *node : m_nodes)
        kept.insert(graph::positionKey(node->node().key), node->pos());
    return kept;
}

void MapScene::highlight(const std::vector<std::vector<int>> &paths)
{
    m_style.highlighting = !paths.empty();
    for (NodeItem *node : m_nodes)
        node->setLit(false);
    for (const auto &edge : m_edges)
        edge->setLit(false); // restyled for the new highlighting too
    for (const auto &[aggregate, expansion] : m_expanded) {
        for (const auto &edge : expansion.edges)
            edge->setLit(false);
    }
    for (const std::vector<int> &path : paths) {
        for (std::size_t i = 0; i < path.size(); ++i) {
            NodeItem *here = node(path[i]);
            if (!here)
                continue;
            here->setLit(true);
            NodeItem *next = i + 1 < path.size() ? node(path[i + 1]) : nullptr;
            if (!next || next == here)
                continue;
            for (EdgeItem *edge : here->edges()) {
                if (edge->from() == next || edge->to() == next)
                    edge->setLit(true);
            }
        }
    }
    applyOverview();
    update();
}

void MapScene::expandIn(
    const QRectF &visible, double zoom, const graph::Snapshot &snapshot, const graph::MapPlan &plan, const graph::MapFilter &filter)
{
    if (!plan.aggregated)
        return;
    for (NodeItem *aggregate : m_nodes) {
        const graph::MapNodeKind kind = aggregate->node().kind;
        if ((kind != graph::MapNodeKind::Department && kind != graph::MapNodeKind::CompanyGroup) || m_expanded.contains(aggregate->index())
            || !visible.contains(aggregate->pos()) || aggregate->radius() * zoom < kOpenFromPixels)
            continue;
        const graph::MapExpansion members = graph::expand(snapshot, plan, aggregate->index(), filter);
        if (m_itemCount + members.items() > graph::kMapItemLimit)
            continue;
        Expansion &expansion = m_expanded[aggregate->index()];
        // Members on a sunflower spiral around their aggregate: dense, even, no overlaps.
        const double start = aggregate->radius() + 16.0;
        for (std::size_t i = 0; i < members.nodes.size(); ++i) {
            auto *item = new NodeItem(members.nodes[i], -1, m_style);
            const double r = start + 11.0 * std::sqrt(double(i));
            const double a = double(i) * std::numbers::pi * (3.0 - std::sqrt(5.0));
            item->setPos(aggregate->pos() + QPointF(r * std::cos(a), r * std::sin(a)));
            addItem(item);
            expansion.nodes.push_back(item);
        }
        for (const graph::MapEdge &e : members.edges) {
            if (NodeItem *to = node(e.to))
                expansion.edges.push_back(std::make_unique<EdgeItem>(expansion.nodes[std::size_t(e.from)], to, e, m_style));
        }
        m_itemCount += members.items();
        reindex();
        applyOverview();
        update();
    }
}

bool MapScene::big() const
{
    return m_allEdges.size() > kSimplifyAbove;
}

void MapScene::setOverview(double zoom)
{
    const bool overview = zoom < NodeItem::kOverviewBelow && big();
    if (overview == m_overview)
        return;
    m_overview = overview;
    applyOverview();
}

void MapScene::applyOverview()
{
    const auto apply = [this](NodeItem *node) {
        if (node->node().kind == graph::MapNodeKind::Contact)
            node->setVisible(!m_overview || node->lit() || node->isSelected());
    };
    for (NodeItem *node : m_nodes)
        apply(node);
    for (const auto &[aggregate, expansion] : m_expanded) {
        for (NodeItem *node : expansion.nodes)
            apply(node);
    }
}

QRectF MapScene::mapBounds() const
{
    QRectF bounds;
    for (const NodeItem *node : m_nodes)
        bounds |= QRectF(node->pos(), QSizeF(1, 1));
    return bounds;
}

void MapScene::collapseOutside(const QRectF &visible, double zoom)
{
    bool changed = false;
    for (auto it = m_expanded.begin(); it != m_expanded.end();) {
        const NodeItem *aggregate = node(it->first);
        if (aggregate && visible.contains(aggregate->pos()) && aggregate->radius() * zoom >= kCloseBelowPixels) {
            ++it;
            continue;
        }
        m_itemCount -= qsizetype(it->second.nodes.size() + it->second.edges.size());
        it->second.edges.clear();
        for (NodeItem *item : it->second.nodes)
            delete item;
        it = m_expanded.erase(it);
        changed = true;
    }
    if (changed) {
        reindex();
        update();
    }
}

void MapScene::collapseAll()
{
    if (m_expanded.empty())
        return;
    for (auto &[aggregate, expansion] : m_expanded) {
        m_itemCount -= qsizetype(expansion.nodes.size() + expansion.edges.size());
        expansion.edges.clear();
        for (NodeItem *item : expansion.nodes)
            delete item;
    }
    m_expanded.clear();
    reindex();
    update();
}

// A grid over the scene for what the background draws: each cell lists the edges whose
// bounds touch it and the people whose dot lies in it, so a frame looks only at the cells in
// view. Edges longer than kLongCells cells across stay on a list of their own.
void MapScene::reindex()
{
    m_grid.clear();
    m_long.clear();
    m_allEdges.clear();
    for (const auto &edge : m_edges)
        m_allEdges.push_back(edge.get());
    for (const auto &[aggregate, expansion] : m_expanded) {
        for (const auto &edge : expansion.edges)
            m_allEdges.push_back(edge.get());
    }
    QRectF extent;
    for (const EdgeItem *edge : m_allEdges)
        extent |= edge->bounds();
    m_cell = std::max(100.0, std::max(extent.width(), extent.height()) / 48.0);
    const auto cellOf = [this](double v) { return qint32(std::floor(v / m_cell)); };
    for (std::size_t i = 0; i < m_allEdges.size(); ++i) {
        const QRectF b = m_allEdges[i]->bounds();
        const qint32 x0 = cellOf(b.left()), x1 = cellOf(b.right()), y0 = cellOf(b.top()), y1 = cellOf(b.bottom());
        if (qint64(x1 - x0 + 1) * (y1 - y0 + 1) > kLongCells) {
            m_long.push_back(quint32(i));
            continue;
        }
        for (qint32 x = x0; x <= x1; ++x) {
            for (qint32 y = y0; y <= y1; ++y)
                m_grid[cellKey(x, y)].edges.push_back(quint32(i));
        }
    }
    const auto addDot = [&](NodeItem *node) {
        Cell &cell = m_grid[cellKey(cellOf(node->pos().x()), cellOf(node->pos().y()))];
        if (node->node().kind == graph::MapNodeKind::Contact)
            cell.dots.push_back(node);
        else if (node->node().kind == graph::MapNodeKind::Employee || node->node().kind == graph::MapNodeKind::Company)
            cell.markers.push_back(node);
    };
    for (NodeItem *node : m_nodes)
        addDot(node);
    for (const auto &[aggregate, expansion] : m_expanded) {
        for (NodeItem *node : expansion.nodes)
            addDot(node);
    }
    m_stamps.assign(m_allEdges.size(), 0);
}

void MapScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, MapStyle::background());
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    // Level of detail: far out, people are dots drawn here in one batch per colour, and on a
    // big map "works at" and colleague edges are left out (people and companies show where
    // they belong well enough) and lines are drawn without antialiasing, which halves their
    // cost; all come back as the person zooms in.
    const bool overview = lod < NodeItem::kOverviewBelow;
    // Only a big map is simplified: a small one is cheap to draw whole.
    const bool simplified = overview && m_allEdges.size() > kSimplifyAbove;
    // One batch of lines per pen; lit edges go last, over the others.
    std::map<quint64, std::pair<const QPen *, std::vector<QLineF>>> batches;
    std::map<QRgb, std::vector<QRectF>> dots;
    // Far out on a big map, employees and companies would be a pixel or two, lost among the
    // lines: they get a marker at least kMarkerPixels across, drawn over the lines.
    std::map<QRgb, std::vector<QRectF>> markers;
    const double marker = kMarkerPixels / 2.0 / std::max(lod, 1e-6);
    const double r = NodeItem::kContactRadius;
    ++m_frame;
    const auto add = [&](quint32 index) {
        if (m_stamps[index] == m_frame)
            return;
        m_stamps[index] = m_frame;
        const EdgeItem &edge = *m_allEdges[index];
        if (!rect.intersects(edge.bounds()))
            return;
        // On a big map far out, a line under two pixels long is hidden by the dots at its ends.
        if (simplified && !edge.lit() && edge.line().length() * lod < 2.0)
            return;
        // ... and weak connections (strength 1 and 2) wait until the person zooms in.
        if (simplified && !edge.lit() && edge.edge().kind == graph::MapEdge::Kind::Connection && edge.edge().strength < kStrongFrom)
            return;
        if (simplified && !edge.lit() && (edge.edge().kind == graph::MapEdge::Kind::WorksAt || edge.edge().kind == graph::MapEdge::Kind::Colleague))
            return;
        auto &batch = batches[edge.penKey(lod)];
        if (batch.second.empty())
            batch.first = &edge.pen(lod);
        batch.second.push_back(edge.line());
    };
    for (const quint32 index : m_long)
        add(index);
    const auto cellOf = [this](double v) { return qint32(std::floor(v / m_cell)); };
    const qint32 x0 = cellOf(rect.left()), x1 = cellOf(rect.right()), y0 = cellOf(rect.top()), y1 = cellOf(rect.bottom());
    // When most cells are in view (the whole map), walking the cells costs more than it saves.
    const bool everything = qint64(x1 - x0 + 1) * (y1 - y0 + 1) >= qint64(m_grid.size()) * 2;
    if (everything) {
        for (quint32 i = 0; i < quint32(m_allEdges.size()); ++i)
            add(i);
    }
    for (qint32 x = x0; x <= x1; ++x) {
        for (qint32 y = y0; y <= y1; ++y) {
            const auto cell = m_grid.constFind(cellKey(x, y));
            if (cell == m_grid.cend())
                continue;
            if (!everything) {
                for (const quint32 index : cell->edges)
                    add(index);
            }
            if (overview) {
                for (const NodeItem *node : cell->dots) {
                    if (!node->lit() && !node->isSelected())
                        dots[node->dotColour(m_style.highlighting).rgb()].push_back(QRectF(node->pos() - QPointF(r, r), QSizeF(2 * r, 2 * r)));
                }
            }
            if (simplified) {
                for (const NodeItem *node : cell->markers) {
                    if (!node->lit() && !node->isSelected())
                        markers[node->dotColour(m_style.highlighting).rgb()].push_back(
                            QRectF(node->pos() - QPointF(marker, marker), QSizeF(2 * marker, 2 * marker)));
                }
            }
        }
    }
    painter->save();
    painter->setCompositionMode(QPainter::CompositionMode_Source);
    for (const auto &[key, batch] : batches) {
        painter->setRenderHint(QPainter::Antialiasing, !simplified || key >> 63); // lit ones always smooth
        painter->setPen(*batch.first);
        painter->drawLines(batch.second.data(), int(batch.second.size()));
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    for (const auto *squaresByColour : {&dots, &markers}) {
        for (const auto &[colour, squares] : *squaresByColour) {
            painter->setBrush(QColor::fromRgb(colour));
            painter->drawRects(squares.data(), int(squares.size()));
        }
    }
    painter->restore();
}

} // namespace consentric::ui
