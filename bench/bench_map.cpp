// The network map's figures from issue 5: frame times of the owner's map (median and 95th
// percentile of 200 frames, at fit-to-view and at 4× zoom over the densest area) and the
// time to build, plan and draw it. Run it under Xvfb for a real window system
// (bench/map-figures.sh does, and measures the whole window's memory on the large demo).
//
//   bench_map DATABASE
#include "DemoOwner.h"
#include "graph/MapPlan.h"
#include "map/MapScene.h"
#include "map/MapView.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace consentric;

namespace {

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

struct Frames
{
    double median = 0;
    double p95 = 0;
};

Frames frames(ui::MapView &view, int count)
{
    std::vector<double> ms;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer t;
        t.start();
        view.viewport()->repaint();
        ms.push_back(elapsedMs(t));
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::size_t(double(ms.size()) * 0.95)]};
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_map DATABASE\n");
        return 2;
    }
    const auto demo = bench::openDemoAsOwner(argv[1]);
    if (!demo)
        return 1;
    storage::Database &database = *demo->db;
    const consent::Session &owner = *demo->session;
    QElapsedTimer t;
    t.start();
    auto snapshot = graph::Snapshot::forOwner(database, owner);
    if (!snapshot) {
        std::fprintf(stderr, "%s\n", qPrintable(snapshot.message()));
        return 1;
    }
    const double snapshotMs = elapsedMs(t);
    t.restart();
    const graph::MapPlan plan = graph::planMap(*snapshot, {});
    const double planMs = elapsedMs(t);
    t.restart();
    graph::Positions positions = graph::startingPositions(plan, {}, 0);
    graph::forceDirectedLayout(plan.graph, positions);
    const double layoutMs = elapsedMs(t);

    ui::MapView view;
    view.resize(1180, 640);
    ui::MapScene scene;
    t.restart();
    scene.setPlan(plan, positions);
    view.setScene(&scene);
    view.show();
    view.fitAll();
    QApplication::processEvents();
    const double sceneMs = elapsedMs(t);
    const Frames fit = frames(view, 200);
    // The densest area: around the node with the most edges, at four times the fit's scale.
    const ui::NodeItem *densest = nullptr;
    for (const ui::NodeItem *node : scene.nodes()) {
        if (!densest || node->edges().size() > densest->edges().size())
            densest = node;
    }
    view.zoomBy(4.0);
    if (densest)
        view.centerOn(densest);
    QApplication::processEvents();
    const Frames zoomed = frames(view, 200);
    std::printf("nodes\t%zu\nedges\t%zu\naggregated\t%d\n", plan.nodes.size(), plan.edges.size(), plan.aggregated ? 1 : 0);
    std::printf("snapshot_ms\t%.1f\nplan_ms\t%.1f\nlayout_ms\t%.1f\nscene_ms\t%.1f\n", snapshotMs, planMs, layoutMs, sceneMs);
    std::printf("frame_fit_median_ms\t%.2f\nframe_fit_p95_ms\t%.2f\n", fit.median, fit.p95);
    std::printf("frame_4x_median_ms\t%.2f\nframe_4x_p95_ms\t%.2f\n", zoomed.median, zoomed.p95);
    return 0;
}
