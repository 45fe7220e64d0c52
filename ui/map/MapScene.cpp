#include "map/MapScene.h"

#include <QSet>

#include <cmath>
#include <numbers>

namespace consentric::ui {

MapScene::MapScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

MapScene::~MapScene()
{
    // Deleting selected items announces a selection change: nobody listens any more.
    const QSignalBlocker blocker(this);
    m_nodes.clear();
    m_edges.clear();
    m_expanded.clear();
    clear();
}

void MapScene::setPlan(const graph::MapPlan &plan, const graph::Positions &positions)
{
    {
        const QSignalBlocker blocker(this);
        m_nodes.clear();
        m_edges.clear();
        m_expanded.clear();
        clear();
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
    for (const graph::MapEdge &e : plan.edges) {
        auto *item = new EdgeItem(m_nodes[std::size_t(e.from)], m_nodes[std::size_t(e.to)], e, m_style);
        addItem(item);
        m_edges.push_back(item);
    }
    m_itemCount = plan.items();
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
    for (EdgeItem *edge : m_edges)
        edge->adjust();
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
    for (NodeItem *node : m_nodes)
        node->setLit(false);
    for (EdgeItem *edge : m_edges)
        edge->setLit(false);
    m_style.highlighting = !paths.empty();
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
    update();
}

void MapScene::expandIn(const QRectF &visible, const graph::Snapshot &snapshot, const graph::MapPlan &plan, const graph::MapFilter &filter)
{
    if (!plan.aggregated)
        return;
    for (NodeItem *aggregate : m_nodes) {
        const graph::MapNodeKind kind = aggregate->node().kind;
        if ((kind != graph::MapNodeKind::Department && kind != graph::MapNodeKind::CompanyGroup) || m_expanded.contains(aggregate->index())
            || !visible.contains(aggregate->pos()))
            continue;
        const graph::MapExpansion members = graph::expand(snapshot, plan, aggregate->index(), filter);
        if (m_itemCount + members.items() > graph::kMapItemLimit)
            continue;
        std::vector<QGraphicsItem *> &items = m_expanded[aggregate->index()];
        std::vector<NodeItem *> added;
        added.reserve(members.nodes.size());
        // Members on a sunflower spiral around their aggregate: dense, even, no overlaps.
        const double start = aggregate->radius() + 16.0;
        for (std::size_t i = 0; i < members.nodes.size(); ++i) {
            auto *item = new NodeItem(members.nodes[i], -1, m_style);
            const double r = start + 11.0 * std::sqrt(double(i));
            const double a = double(i) * std::numbers::pi * (3.0 - std::sqrt(5.0));
            item->setPos(aggregate->pos() + QPointF(r * std::cos(a), r * std::sin(a)));
            addItem(item);
            added.push_back(item);
            items.push_back(item);
        }
        for (const graph::MapEdge &e : members.edges) {
            NodeItem *to = node(e.to);
            if (!to)
                continue;
            auto *item = new EdgeItem(added[std::size_t(e.from)], to, e, m_style);
            addItem(item);
            items.push_back(item);
        }
        m_itemCount += qsizetype(items.size());
    }
}

void MapScene::removeEdgesOf(const std::vector<QGraphicsItem *> &items)
{
    for (QGraphicsItem *item : items) {
        if (auto *edge = qgraphicsitem_cast<EdgeItem *>(item)) {
            edge->from()->removeEdge(edge);
            edge->to()->removeEdge(edge);
        }
    }
}

void MapScene::collapseAll()
{
    for (auto &[aggregate, items] : m_expanded) {
        removeEdgesOf(items);
        m_itemCount -= qsizetype(items.size());
        for (QGraphicsItem *item : items)
            delete item;
    }
    m_expanded.clear();
}

} // namespace consentric::ui
