// The map's view: wheel, pinch and keyboard zoom (+, −, 0 to fit) around the pointer, drag
// to pan, Alt+arrow to step to the nearest node that way, and export of what is in view as
// PNG or SVG. It tells the page when what is in view changed, so aggregates can expand.
#pragma once

#include <QGraphicsView>

namespace consentric::ui {

class NodeItem;

class MapView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapView)

public:
    explicit MapView(QWidget *parent = nullptr);

    // Zooms by `factor` around the centre of the view (keyboard, buttons) or a point of it.
    void zoomBy(double factor);
    void zoomBy(double factor, const QPoint &around);
    void fitAll();
    double zoom() const { return transform().m11(); }
    // Tells the scene how far out the view is (after any change of zoom).
    void updateOverview();
    // Selects a node and brings it to the middle of the view.
    void focusNode(NodeItem *node);
    // What is in view, as PNG (at twice the screen's pixels) or SVG, by the file's suffix.
    bool exportView(const QString &path, QString *error);

Q_SIGNALS:
    void viewChanged();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void stepSelection(int key);
};

} // namespace consentric::ui
