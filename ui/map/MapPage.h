// The network map, for the owner and for each employee. The owner's shows the team, its
// shared connections by name, and the companies reached through discoverable connections
// only as counts from "The team" (opening it is recorded in the audit log, as reading shared
// connections is). An employee's shows their whole network, private connections included,
// each ringed by its sharing level; nobody else ever sees it.
//
// The plan (core's graph::planMap) decides what may be drawn; the layout runs off the GUI
// thread with progress and cancel, drawn as it goes, and starts from where the map was last
// time so it does not jump. Choose a person or company for the strongest introduction paths
// to it, lit on the map and listed in the details.
#pragma once

#include "Page.h"
#include "graph/MapPlan.h"

#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QThread;
class QTimer;

namespace consentric::ui {

class MapScene;
class MapView;
class NodeItem;
class Workspace;

class MapPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapPage)

public:
    explicit MapPage(Workspace &workspace, QWidget *parent = nullptr);
    ~MapPage() override;

    QString pageId() const override { return QStringLiteral("map"); }
    QString title() const override { return tr("Network map"); }
    QString helpAnchor() const override { return QStringLiteral("map"); }
    QIcon icon() const override;

    // Builds the viewer's snapshot again and draws it (F5, a consent change, showing the page).
    void refresh();
    // Finds a node by name (any part, any case), selects it, centres it and lights the
    // strongest paths to it. False when nothing matches.
    bool find(const QString &text);
    bool layingOut() const { return m_layoutThread != nullptr; }

    MapView *view() const { return m_view; }
    MapScene *scene() const { return m_scene; }
    QLabel *details() const { return m_details; }
    QLabel *status() const { return m_status; }
    const graph::MapPlan &plan() const { return m_plan; }

Q_SIGNALS:
    void layoutFinished();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    enum class Arrangement { Springs, Rings };

    QWidget *makeControls();
    QWidget *makeLegend();
    graph::MapFilter filter() const;
    void replan(); // the filters changed: a new plan of the same snapshot
    void arrange(); // springs from where the nodes are, or rings around the chosen node
    void startLayout(graph::Positions start, int steps);
    void cancelLayout(); // Esc, Stop, leaving the page: keeps what is drawn
    void stopLayout();
    void joinLayout();
    void layoutStep(quint64 generation, const graph::Positions &positions, int done, int total);
    void layoutDone(quint64 generation, bool finished);
    void selectionChanged();
    void showDetails(NodeItem *node);
    void updateStatus();
    void keepPositions();
    QString positionsFile() const;
    int centreNode() const;

    Workspace &m_workspace;
    std::optional<graph::Snapshot> m_snapshot;
    graph::MapPlan m_plan;
    MapScene *m_scene;
    MapView *m_view;
    QLineEdit *m_search;
    QComboBox *m_department;
    QLineEdit *m_company;
    QComboBox *m_context;
    QComboBox *m_level;
    QSpinBox *m_strength;
    QComboBox *m_arrangement;
    QPushButton *m_export;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    QLabel *m_empty;
    QLabel *m_details;
    QWidget *m_legend;
    QTimer *m_expandTimer;
    std::optional<int> m_ringsAround; // plan index
    bool m_fitPending = false;
    QString m_plannedCompany;

    QThread *m_layoutThread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelLayout;
    quint64 m_generation = 0;
};

} // namespace consentric::ui
