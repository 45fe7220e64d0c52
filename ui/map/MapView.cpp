#include "map/MapView.h"

#include "map/MapItems.h"
#include "map/MapScene.h"

#include <QFileInfo>
#include <QGestureEvent>
#include <QImage>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QSvgGenerator>
#include <QWheelEvent>

#include <cmath>

namespace consentric::ui {

namespace {
constexpr double kMinimumZoom = 0.01;
constexpr double kMaximumZoom = 8.0;
constexpr double kStep = 1.25;
} // namespace

MapView::MapView(QWidget *parent)
    : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // No background brush of its own: the scene draws the background and the edges.
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
    setAccessibleName(tr("Network map"));
    setAccessibleDescription(tr("Wheel, pinch or + and − zoom; 0 fits the map; drag or the arrow keys pan; Alt and an arrow key steps to "
                                "the nearest node that way; Ctrl+F finds a node."));
}

void MapView::zoomBy(double factor)
{
    zoomBy(factor, viewport()->rect().center());
}

void MapView::zoomBy(double factor, const QPoint &around)
{
    const double target = std::clamp(zoom() * factor, kMinimumZoom, kMaximumZoom);
    factor = target / zoom();
    if (std::abs(factor - 1.0) < 1e-9)
        return;
    const QPointF before = mapToScene(around);
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::NoAnchor);
    scale(factor, factor);
    const QPointF after = mapToScene(around);
    translate(after.x() - before.x(), after.y() - before.y());
    setTransformationAnchor(anchor);
    updateOverview();
    Q_EMIT viewChanged();
}

void MapView::fitAll()
{
    if (!scene())
        return;
    auto *map = qobject_cast<MapScene *>(scene());
    const QRectF bounds = map ? map->mapBounds() : scene()->itemsBoundingRect();
    if (bounds.isEmpty())
        return;
    fitInView(bounds.adjusted(-40, -40, 120, 40), Qt::KeepAspectRatio); // room for labels on the right
    updateOverview();
    Q_EMIT viewChanged();
}

void MapView::updateOverview()
{
    if (auto *map = qobject_cast<MapScene *>(scene()))
        map->setOverview(zoom());
}

void MapView::focusNode(NodeItem *node)
{
    if (!node || !scene())
        return;
    // Close enough first: far out, people are not items one can choose.
    if (zoom() < 0.9)
        zoomBy(1.2 / zoom());
    scene()->clearSelection();
    node->setSelected(true);
    centerOn(node);
    Q_EMIT viewChanged();
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double notches = double(event->angleDelta().y()) / 120.0;
    if (notches == 0.0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(kStep, notches), event->position().toPoint());
    event->accept();
}

bool MapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + gesture->value(), gesture->position().toPoint());
            return true;
        }
    }
    if (event->type() == QEvent::Gesture) {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomBy(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint().toPoint()));
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (event->modifiers() & Qt::AltModifier && (key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down)) {
        stepSelection(key);
        return;
    }
    switch (key) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(kStep); return;
    case Qt::Key_Minus: zoomBy(1.0 / kStep); return;
    case Qt::Key_0: fitAll(); return;
    default: break;
    }
    QGraphicsView::keyPressEvent(event);
}

void MapView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    Q_EMIT viewChanged();
}

// The nearest node in the direction of the arrow (within 60° of it), from the selected one
// or from the middle of the view. A scan of the nodes, once per key press.
void MapView::stepSelection(int key)
{
    if (!scene())
        return;
    const QList<QGraphicsItem *> selected = scene()->selectedItems();
    const QPointF from = selected.isEmpty() ? mapToScene(viewport()->rect().center()) : selected.constFirst()->pos();
    const QPointF direction = key == Qt::Key_Left ? QPointF(-1, 0)
        : key == Qt::Key_Right                    ? QPointF(1, 0)
        : key == Qt::Key_Up                       ? QPointF(0, -1)
                                                  : QPointF(0, 1);
    NodeItem *best = nullptr;
    double bestDistance = 0;
    for (QGraphicsItem *item : scene()->items()) {
        auto *node = qgraphicsitem_cast<NodeItem *>(item);
        if (!node || (!selected.isEmpty() && node == selected.constFirst()))
            continue;
        const QPointF d = node->pos() - from;
        const double along = d.x() * direction.x() + d.y() * direction.y();
        const double distance = std::hypot(d.x(), d.y());
        if (along <= 0.5 * distance || distance == 0.0)
            continue;
        if (!best || distance < bestDistance) {
            best = node;
            bestDistance = distance;
        }
    }
    if (best) {
        scene()->clearSelection();
        best->setSelected(true);
        ensureVisible(best, 40, 40);
        Q_EMIT viewChanged();
    }
}

bool MapView::exportView(const QString &path, QString *error)
{
    const QRect area = viewport()->rect();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(area.size());
        svg.setViewBox(QRect(QPoint(0, 0), area.size()));
        svg.setTitle(tr("Consentric network map"));
        QPainter painter(&svg);
        if (!painter.isActive()) {
            *error = tr("The map could not be written to %1: check that the folder exists and can be written to.").arg(path);
            return false;
        }
        painter.fillRect(QRect(QPoint(0, 0), area.size()), MapStyle::background());
        render(&painter, QRectF(QPointF(0, 0), QSizeF(area.size())), area);
        return true;
    }
    if (suffix != QLatin1String("png")) {
        *error = tr("The map can be exported as .png or .svg, not “.%1”.").arg(suffix);
        return false;
    }
    QImage image(area.size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    image.fill(MapStyle::background());
    {
        QPainter painter(&image);
        painter.setRenderHints(renderHints());
        render(&painter, QRectF(QPointF(0, 0), QSizeF(area.size())), area);
    }
    if (!image.save(path, "PNG")) {
        *error = tr("The map could not be written to %1: check that the folder exists and can be written to.").arg(path);
        return false;
    }
    return true;
}

} // namespace consentric::ui
