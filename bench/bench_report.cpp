// The quarterly policy-review report (issue 7): gathering its figures and writing the whole
// PDF for a demo database, as `consentric report` does. Target: under 2 seconds for the
// medium demo. bench/report-figures.sh makes the demo and runs it.
//
//   bench_report DATABASE [QUARTER]     (default quarter: 2026-Q3)
#include "DemoOwner.h"
#include "reports/ReportData.h"
#include "reports/ReportWriter.h"

#include <QDir>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace consentric;

namespace {

bench::DemoOwner *demo = nullptr;
metrics::Quarter quarter{2026, 3};

void gather(benchmark::State &state)
{
    for (auto _ : state) {
        auto report = reports::gatherReport(*demo->db, *demo->session, quarter);
        if (!report)
            state.SkipWithError(qPrintable(report.message()));
        benchmark::DoNotOptimize(report);
    }
}

void wholePdf(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("report.pdf"));
    for (auto _ : state) {
        auto report = reports::gatherReport(*demo->db, *demo->session, quarter);
        if (!report) {
            state.SkipWithError(qPrintable(report.message()));
            break;
        }
        auto pages = reports::ReportWriter(*report).writePdf(path, QPageSize(QPageSize::A4));
        if (!pages) {
            state.SkipWithError(qPrintable(pages.message()));
            break;
        }
        state.counters["pages"] = double(*pages);
    }
}

} // namespace

BENCHMARK(gather)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(wholePdf)->Unit(benchmark::kMillisecond)->MinTime(2.0);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: bench_report DATABASE [QUARTER]\n");
        return 2;
    }
    if (argc == 3) {
        const auto parsed = metrics::Quarter::parse(QString::fromLocal8Bit(argv[2]));
        if (!parsed) {
            std::fprintf(stderr, "not a quarter: %s (e.g. 2026-Q3)\n", argv[2]);
            return 2;
        }
        quarter = *parsed;
    }
    const auto owner = bench::openDemoAsOwner(argv[1]);
    if (!owner)
        return 1;
    demo = owner.get();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
