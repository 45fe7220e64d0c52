#include "map/MapItems.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStaticText>
#include <QStyleOptionGraphicsItem>

#include <array>
#include <cmath>

namespace consentric::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::ui::MapItems", text);
}

// Labels are drawn in scene units, so they grow as the person zooms in.
const QFont &labelFont(bool small)
{
    static const QFont large = [] {
        QFont f;
        f.setPixelSize(11);
        return f;
    }();
    static const QFont smaller = [] {
        QFont f;
        f.setPixelSize(9);
        return f;
    }();
    return small ? smaller : large;
}

bool isMinor(graph::MapNodeKind kind)
{
    return kind == graph::MapNodeKind::Contact;
}

// From how far in a kind of node carries its label (the painter's scale).
double labelFrom(graph::MapNodeKind kind)
{
    switch (kind) {
    case graph::MapNodeKind::Contact: return 1.6;
    case graph::MapNodeKind::Employee: return 0.9;
    case graph::MapNodeKind::Company: return 0.7;
    case graph::MapNodeKind::Team:
    case graph::MapNodeKind::Department:
    case graph::MapNodeKind::CompanyGroup: return 0.0;
    }
    return 1.0;
}

// Every colour is drawn opaque, mixed with the map's background beforehand, and with
// CompositionMode_Source: Qt 6.4's raster engine then writes the pixels inline, where
// blending a translucent colour hands every long line's spans to its thread pool (which
// cost 600 ms a frame on the medium demo). Lines that cross no longer darken each other.
QColor opaque(const QColor &colour)
{
    const QColor back = MapStyle::background();
    const float a = colour.alphaF();
    return QColor::fromRgbF(
        colour.redF() * a + back.redF() * (1 - a), colour.greenF() * a + back.greenF() * (1 - a), colour.blueF() * a + back.blueF() * (1 - a));
}

QColor faint(QColor colour, bool dimmed)
{
    if (dimmed)
        colour.setAlphaF(colour.alphaF() * 0.18f);
    return opaque(colour);
}

} // namespace

QColor MapStyle::departmentColour(int index)
{
    // Ten colours that stay apart for most forms of colour blindness (Tableau 10).
    static const std::array<QColor, 10> colours{QColor(0x4e79a7), QColor(0xf28e2b), QColor(0x59a14f), QColor(0xb07aa1), QColor(0xe15759),
        QColor(0x76b7b2), QColor(0xedc948), QColor(0xff9da7), QColor(0x9c755f), QColor(0xbab0ac)};
    return colours[std::size_t(index) % colours.size()];
}

QColor MapStyle::background()
{
    return QColor(0xfbfbf8);
}

QColor MapStyle::levelColour(consent::Level level)
{
    switch (level) {
    case consent::Level::Private: return QColor(0x6b6b6b);
    case consent::Level::Discoverable: return QColor(0xc27c0e);
    case consent::Level::Shared: return QColor(0x2e8540);
    }
    return Qt::black;
}

NodeItem::NodeItem(const graph::MapNode &node, int index, const MapStyle &style)
    : m_node(node)
    , m_index(index)
    , m_style(style)
{
    switch (node.kind) {
    case graph::MapNodeKind::Employee:
        m_radius = 9.0;
        m_fill = style.departments.value(node.department, QColor(0x8a8a8a));
        break;
    case graph::MapNodeKind::Contact:
        m_radius = kContactRadius;
        m_fill = QColor(0xd6dde3);
        break;
    case graph::MapNodeKind::Company:
        m_radius = 7.5;
        m_fill = QColor(0x3a5a60);
        break;
    case graph::MapNodeKind::Team:
        m_radius = 14.0;
        m_fill = QColor(0xf3e3c3);
        break;
    case graph::MapNodeKind::Department:
        m_radius = 12.0 + 1.5 * std::sqrt(double(node.count));
        m_fill = style.departments.value(node.department, QColor(0x8a8a8a));
        break;
    case graph::MapNodeKind::CompanyGroup:
        m_radius = 8.0 + 0.8 * std::sqrt(double(node.count));
        m_fill = QColor(0x3a5a60);
        break;
    }
    m_labelWidth = QFontMetricsF(labelFont(isMinor(node.kind))).horizontalAdvance(node.label);
    // Colours worked out once, plain and faint (while a path is lit elsewhere).
    const QColor outline = node.kind == graph::MapNodeKind::Contact ? MapStyle::levelColour(node.level) : QColor(0x2b2b2b);
    const QColor dot = node.kind == graph::MapNodeKind::Contact ? MapStyle::levelColour(node.level).lighter(130) : m_fill;
    for (const bool dimmed : {false, true}) {
        m_fills[dimmed] = faint(m_fill, dimmed);
        m_outlines[dimmed] = faint(outline, dimmed);
        m_dots[dimmed] = faint(dot, dimmed);
        m_texts[dimmed] = faint(QColor(0x1f1f1f), dimmed);
    }
    m_label.setText(node.label);
    m_label.setTextFormat(Qt::PlainText);
    m_label.setPerformanceHint(QStaticText::AggressiveCaching);
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(false);
    setToolTip(describe());
    setZValue(isMinor(node.kind) ? 1 : 2);
}

QString NodeItem::describe() const
{
    return m_node.kind == graph::MapNodeKind::Team ? summary() : tr("%1: %2").arg(m_node.label, summary());
}

QString NodeItem::summary() const
{
    const graph::MapNode &n = m_node;
    switch (n.kind) {
    case graph::MapNodeKind::Employee: return n.department.isEmpty() ? tr("employee") : tr("employee, %1").arg(n.department);
    case graph::MapNodeKind::Contact: return tr("connection, %1").arg(consent::label(n.level));
    case graph::MapNodeKind::Company:
        if (!n.teamMembers.isEmpty())
            return tr("company. People the team reaches there: %1; team members who hold them: %2").arg(n.count).arg(n.teamMembers);
        return tr("company. Your connections there: %1").arg(n.count);
    case graph::MapNodeKind::Team: return tr("The team: its discoverable connections, counted per company and never named");
    case graph::MapNodeKind::Department: return tr("department, employees: %1 (zoom in to see them)").arg(n.count);
    case graph::MapNodeKind::CompanyGroup: return tr("people on the map: %1 (zoom in to see them)").arg(n.members.size());
    }
    return {};
}

QRectF NodeItem::boundingRect() const
{
    const double r = m_radius + 2.0;
    return QRectF(-r, -r, 2 * r + 4.0 + m_labelWidth, 2 * r);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addEllipse(QPointF(0, 0), m_radius + 1.5, m_radius + 1.5);
    return path;
}

void NodeItem::setLit(bool lit)
{
    if (m_lit == lit)
        return;
    m_lit = lit;
    setZValue(lit ? 5 : (isMinor(m_node.kind) ? 1 : 2));
    update();
}

void NodeItem::moveTo(const QPointF &position)
{
    setPos(position);
    for (EdgeItem *edge : m_edges)
        edge->adjust();
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool dimmed = m_style.highlighting && !m_lit;
    const bool selected = option->state & QStyle::State_Selected;
    const double r = m_radius;
    // Far out, the scene's background has drawn people as dots already.
    if (isMinor(m_node.kind) && lod < kOverviewBelow && !m_lit && !selected)
        return;
    painter->setCompositionMode(QPainter::CompositionMode_Source);
    // Far out (under 3 pixels across), a node is a dot: no outline, no label unless it is a
    // major node and close enough.
    if (r * lod < 3.0 && !m_lit && !selected) {
        painter->fillRect(QRectF(-r, -r, 2 * r, 2 * r), m_dots[dimmed]);
        if (isMinor(m_node.kind) || lod < labelFrom(m_node.kind))
            return;
    }
    QColor outline = m_outlines[dimmed];
    double outlineWidth = m_node.kind == graph::MapNodeKind::Contact ? 1.8 : 1.0;
    if (m_lit) {
        outline = QColor(0xd9480f);
        outlineWidth = 3.0;
    }
    if (selected) {
        outline = QColor(0x1864ab);
        outlineWidth = 3.5;
    }
    painter->setPen(QPen(outline, outlineWidth));
    painter->setBrush(m_fills[dimmed]);
    switch (m_node.kind) {
    case graph::MapNodeKind::Company:
    case graph::MapNodeKind::CompanyGroup: painter->drawRect(QRectF(-r, -r, 2 * r, 2 * r)); break;
    case graph::MapNodeKind::Team: {
        const QPointF diamond[4] = {{0, -r}, {r, 0}, {0, r}, {-r, 0}};
        painter->drawPolygon(diamond, 4);
        break;
    }
    case graph::MapNodeKind::Department:
        painter->drawEllipse(QPointF(0, 0), r, r);
        painter->drawEllipse(QPointF(0, 0), r * 0.7, r * 0.7);
        break;
    case graph::MapNodeKind::Employee:
    case graph::MapNodeKind::Contact: painter->drawEllipse(QPointF(0, 0), r, r); break;
    }
    // Text is blended over what is below it.
    painter->setCompositionMode(QPainter::CompositionMode_SourceOver);
    if (m_node.kind == graph::MapNodeKind::Department || m_node.kind == graph::MapNodeKind::CompanyGroup) {
        painter->setFont(labelFont(false));
        painter->setPen(faint(Qt::white, dimmed));
        painter->drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt::AlignCenter, QString::number(m_node.count));
    }
    if (m_lit || selected || lod >= labelFrom(m_node.kind)) {
        painter->setFont(labelFont(isMinor(m_node.kind)));
        painter->setPen(m_texts[dimmed]);
        painter->drawStaticText(QPointF(r + 3.0, isMinor(m_node.kind) ? -6.0 : -7.5), m_label);
    }
}

EdgeItem::EdgeItem(NodeItem *from, NodeItem *to, const graph::MapEdge &edge, const MapStyle &style)
    : m_from(from)
    , m_to(to)
    , m_edge(edge)
    , m_style(style)
{
    switch (edge.kind) {
    case graph::MapEdge::Kind::Connection: m_width = 0.4 + 0.45 * double(std::max(1, edge.strength)); break;
    case graph::MapEdge::Kind::Aggregate:
    case graph::MapEdge::Kind::Discoverable: m_width = 1.0 + std::log2(double(std::max<qint64>(1, edge.count))); break;
    case graph::MapEdge::Kind::Colleague:
    case graph::MapEdge::Kind::WorksAt: m_width = 0.8; break;
    }
    from->addEdge(this);
    to->addEdge(this);
    adjust();
    restyle();
}

EdgeItem::~EdgeItem()
{
    m_from->removeEdge(this);
    m_to->removeEdge(this);
}

void EdgeItem::adjust()
{
    m_line = QLineF(m_from->pos(), m_to->pos());
    m_bounds = QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-1, -1, 1, 1); // never empty, even when level
}

namespace {

// Lit edges sort last, so they are drawn over the others.
quint64 keyOf(const QPen &pen, bool lit)
{
    return (quint64(lit) << 63) | (quint64(pen.style()) << 56) | (quint64(pen.isCosmetic()) << 55) | (quint64(std::lround(pen.widthF() * 16.0)) << 24)
        | quint64(pen.color().rgb() & 0xffffff);
}

} // namespace

void EdgeItem::restyle()
{
    QColor colour;
    Qt::PenStyle style = Qt::SolidLine;
    switch (m_edge.kind) {
    case graph::MapEdge::Kind::Connection: colour = QColor(70, 84, 96, 120); break;
    case graph::MapEdge::Kind::Aggregate: colour = QColor(70, 84, 96, 150); break;
    case graph::MapEdge::Kind::Colleague: colour = QColor(150, 150, 175, 70); break;
    case graph::MapEdge::Kind::WorksAt: colour = QColor(58, 90, 96, 90); break;
    case graph::MapEdge::Kind::Discoverable:
        colour = QColor(194, 124, 14, 170);
        style = Qt::DashLine;
        break;
    }
    double width = m_width;
    if (m_lit) {
        colour = QColor(0xd9480f);
        width = m_width + 2.5;
    } else if (m_style.highlighting) {
        colour.setAlphaF(colour.alphaF() * 0.25f);
    }
    m_wide = QPen(opaque(colour), width, style, Qt::FlatCap);
    m_wideKey = keyOf(m_wide, m_lit);
    // Drawn thin, a line is one pixel wide on screen (the painter's fast path); strength then
    // shows as darkness, and as width once the person zooms in.
    if (m_edge.kind == graph::MapEdge::Kind::Connection && !m_lit)
        colour.setAlphaF(std::min(1.0f, colour.alphaF() * (0.5f + 0.25f * float(m_edge.strength))));
    m_thin = QPen(opaque(colour), 1.0, style, Qt::FlatCap);
    m_thin.setCosmetic(true);
    m_thinKey = keyOf(m_thin, m_lit);
}

} // namespace consentric::ui
