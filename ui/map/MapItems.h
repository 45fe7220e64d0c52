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

#include <vector>

namespace consentric::ui {

// What every item of one map shares: the department colours and whether a path is lit
// (then everything not on it is drawn faintly).
struct MapStyle
{
    QHash<QString, QColor> departments;
    bool highlighting = false;
    static QColor departmentColour(int index);
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

private:
    graph::MapNode m_node;
    int m_index;
    const MapStyle &m_style;
    double m_radius;
    QColor m_fill;
    double m_labelWidth;
    bool m_lit = false;
    std::vector<EdgeItem *> m_edges;
};

class EdgeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    EdgeItem(NodeItem *from, NodeItem *to, const graph::MapEdge &edge, const MapStyle &style);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void adjust(); // after either end moved
    void setLit(bool lit);
    NodeItem *from() const { return m_from; }
    NodeItem *to() const { return m_to; }
    const graph::MapEdge &edge() const { return m_edge; }

private:
    NodeItem *m_from;
    NodeItem *m_to;
    graph::MapEdge m_edge;
    const MapStyle &m_style;
    QLineF m_line;
    double m_width;
    bool m_lit = false;
};

} // namespace consentric::ui
