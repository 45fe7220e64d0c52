// The scene of the network map: one item per node and edge of a plan (never more than
// graph::kMapItemLimit), the department colours, lit paths, and the members of aggregates
// shown while the person is zoomed in on them.
#pragma once

#include "graph/MapPlan.h"
#include "map/MapItems.h"

#include <QGraphicsScene>

#include <map>
#include <memory>
#include <vector>

namespace consentric::ui {

class MapScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapScene)

public:
    explicit MapScene(QObject *parent = nullptr);
    ~MapScene() override;

    // Replaces everything with the plan's nodes at `positions`.
    void setPlan(const graph::MapPlan &plan, const graph::Positions &positions);
    void applyPositions(const graph::Positions &positions);
    // While a layout moves everything, the scene keeps no index.
    void setMoving(bool moving);
    graph::Positions positions() const;
    // Where each node is, by its kept-position key (for a new plan of the same map).
    graph::KeptPositions keptPositions() const;
    NodeItem *node(int index) const { return index >= 0 && index < int(m_nodes.size()) ? m_nodes[std::size_t(index)] : nullptr; }
    const std::vector<NodeItem *> &nodes() const { return m_nodes; }
    qsizetype itemCount() const { return m_itemCount; }
    const MapStyle &style() const { return m_style; }

    // Lights the nodes (plan indices) of each path and the edges between them; nothing lit
    // when empty.
    void highlight(const std::vector<std::vector<int>> &paths);

    // Aggregates of an aggregated plan: shows the members of those whose centre is in
    // `visible` and that are drawn large enough at `zoom` (while the item limit allows);
    // hides those that left the view or became small again, or all of them.
    void expandIn(const QRectF &visible, double zoom, const graph::Snapshot &snapshot, const graph::MapPlan &plan, const graph::MapFilter &filter);
    void collapseOutside(const QRectF &visible, double zoom);
    // Far out on a big map, people are dots drawn by the background and their items leave
    // the view's work (hidden), except those lit or chosen; closer in they come back.
    void setOverview(double zoom);
    // Where the nodes are, hidden or not (for fitting the view).
    QRectF mapBounds() const;
    void collapseAll();
    int expandedCount() const { return int(m_expanded.size()); }

protected:
    // The background and every edge in view, in one batch of lines per pen.
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    struct Expansion
    {
        std::vector<std::unique_ptr<EdgeItem>> edges; // go first: they leave their nodes
        std::vector<NodeItem *> nodes;
    };
    void clearAll();
    void reindex();
    void applyOverview();
    bool big() const;

    struct Cell
    {
        std::vector<quint32> edges; // into m_allEdges
        std::vector<NodeItem *> dots; // people whose dot lies here
        std::vector<NodeItem *> markers; // employees and companies here (far out on a big map)
    };

    MapStyle m_style;
    std::vector<NodeItem *> m_nodes;
    std::vector<std::unique_ptr<EdgeItem>> m_edges;
    std::map<int, Expansion> m_expanded; // by aggregate index: its members and their edges
    qsizetype m_itemCount = 0;
    bool m_overview = false;
    // The background's index (reindex()).
    double m_cell = 100.0;
    QHash<quint64, Cell> m_grid;
    std::vector<quint32> m_long;
    std::vector<const EdgeItem *> m_allEdges;
    std::vector<quint32> m_stamps; // the frame that last looked at each edge
    quint32 m_frame = 0;
};

} // namespace consentric::ui
