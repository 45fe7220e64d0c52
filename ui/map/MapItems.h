// The network map's items. Nodes differ by shape (employee: circle, person: small circle,
// company: square, department and company groups: larger with their count, the team: a
// diamond), employees are coloured by department, and on an employee's own map a person's
// ring shows the sharing level in the colours of the level icons. Edges are as wide as the
// connection is strong.
//
// Level of detail: each item asks the painter how large it is drawn. Far out, people are
// plain dots and only employees and companies carry labels; closer in, everyone does.
// Nothing is scanned per frame: the scene's index finds what is exposed, and each item
// paints itself from what it keeps.
#pragma once

#include "graph/MapPlan.h"

#include <QColor>
#include <QGraphicsItem>
#include <QPen>
#include <QStaticText>

#include <vector>

namespace consentric::ui {

// What every item of one map shares: the department colours and whether a path is lit
// (then everything not on it is drawn faintly).
struct MapStyle
{
    QHash<QString, QColor> departments;
    bool highlighting = false;
    static QColor departmentColour(int index);
    static QColor background();
    static QColor levelColour(consent::Level level);
};

class EdgeItem;

class NodeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    NodeItem(const graph::MapNode &node, int index, const MapStyle &style);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    int index() const { return m_index; } // in the plan, or in an expansion (negative ids there)
    const graph::MapNode &node() const { return m_node; }
    double radius() const { return m_radius; }
    void setLit(bool lit);
    bool lit() const { return m_lit; }
    void addEdge(EdgeItem *edge) { m_edges.push_back(edge); }
    void removeEdge(EdgeItem *edge) { std::erase(m_edges, edge); }
    const std::vector<EdgeItem *> &edges() const { return m_edges; }
    // Moves the node and the ends of its edges.
    void moveTo(const QPointF &position);
    QString describe() const; // the tooltip and the accessible text: the name, then summary()
    QString summary() const; // what the node is, without its name
    // A person far out is a dot of this colour, drawn by the scene's background (see
    // MapScene::drawBackground) below kOverviewBelow.
    static constexpr double kContactRadius = 4.5;
    static constexpr double kOverviewBelow = 0.6;
    QColor dotColour(bool dimmed) const { return m_dots[dimmed]; }

private:
    graph::MapNode m_node;
    int m_index;
    const MapStyle &m_style;
    double m_radius;
    QColor m_fill;
    double m_labelWidth;
    bool m_lit = false;
    std::vector<EdgeItem *> m_edges;
    QColor m_fills[2]; // plain, faint
    QColor m_outlines[2];
    QColor m_dots[2];
    QColor m_texts[2];
    QStaticText m_label;
};

// An edge is not a scene item: the scene draws all edges in its background, in a few
// batches of lines that share a pen, so thousands of them cost neither an item each in the
// scene's index nor a sort by stacking order every frame. It registers with its two nodes
// and leaves them when destroyed.
class EdgeItem final
{
    Q_DISABLE_COPY_MOVE(EdgeItem)

public:
    EdgeItem(NodeItem *from, NodeItem *to, const graph::MapEdge &edge, const MapStyle &style);
    ~EdgeItem();

    void adjust(); // after either end moved
    void setLit(bool lit)
    {
        m_lit = lit;
        restyle();
    }
    void restyle(); // after its lit state or the map's highlighting changed
    bool lit() const { return m_lit; }
    NodeItem *from() const { return m_from; }
    NodeItem *to() const { return m_to; }
    const graph::MapEdge &edge() const { return m_edge; }
    const QLineF &line() const { return m_line; }
    QRectF bounds() const { return m_bounds; }
    // How the edge is drawn at this level of detail (the painter's scale), and a key that
    // groups edges drawn alike (lit ones last).
    bool thinAt(double lod) const { return m_width * lod < 1.5 && !m_lit; }
    const QPen &pen(double lod) const { return thinAt(lod) ? m_thin : m_wide; }
    quint64 penKey(double lod) const { return thinAt(lod) ? m_thinKey : m_wideKey; }

private:
    NodeItem *m_from;
    NodeItem *m_to;
    graph::MapEdge m_edge;
    const MapStyle &m_style;
    QLineF m_line;
    QRectF m_bounds;
    double m_width;
    bool m_lit = false;
    QPen m_thin;
    QPen m_wide;
    quint64 m_thinKey = 0;
    quint64 m_wideKey = 0;
};

} // namespace consentric::ui
