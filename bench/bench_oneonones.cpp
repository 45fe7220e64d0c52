// One-to-one rounds (issue 8): the exact pairing on synthetic teams of growing size, and a
// whole round planned on a demo database (members due, last partners, do-not-pair tokens,
// the matching and the calendar search) as the window's Preview and `oneonones --round` do.
// bench/oneonones-figures.sh makes the demos and runs it.
//
//   bench_oneonones [DATABASE]      (without a database: the synthetic pairing only)
#include "DemoOwner.h"
#include "oneonones/Pairing.h"
#include "oneonones/Rounds.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

#include <set>

using namespace consentric;

namespace {

bench::DemoOwner *demo = nullptr;

// A team of `size` in eight departments, joined over five years, with one pair in a hundred ruled out.
void pairing(benchmark::State &state)
{
    const auto size = int(state.range(0));
    QRandomGenerator random(8);
    const QDate date(2026, 10, 5);
    std::vector<oneonones::Candidate> people;
    for (int i = 0; i < size; ++i)
        people.push_back({qint64(i + 1), QStringLiteral("Department %1").arg(random.bounded(8)), date.addDays(-qint64(random.bounded(1800)))});
    std::set<std::pair<qint64, qint64>> excluded;
    for (int i = 0; i < size; ++i)
        for (int j = i + 1; j < size; ++j)
            if (random.bounded(100) == 0)
                excluded.insert({i + 1, j + 1});
    oneonones::PairingRules rules;
    rules.date = date;
    rules.excluded = [&](qint64 a, qint64 b) { return excluded.count(std::minmax(a, b)) > 0; };
    for (auto _ : state) {
        auto result = oneonones::pairUp(people, rules);
        if (!result)
            state.SkipWithError(qPrintable(result.message()));
        benchmark::DoNotOptimize(result);
    }
    state.counters["people"] = size;
}

void planRound(benchmark::State &state)
{
    const QDate today = demo->db->clock().today();
    for (auto _ : state) {
        auto round = oneonones::Rounds(*demo->db).plan(*demo->session, today);
        if (!round) {
            state.SkipWithError(qPrintable(round.message()));
            break;
        }
        state.counters["due"] = round->due;
        state.counters["meetings"] = double(round->meetings.size());
    }
}

} // namespace

BENCHMARK(pairing)->Arg(50)->Arg(200)->Arg(750)->Arg(1000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (argc > 2) {
        std::fprintf(stderr, "usage: bench_oneonones [DATABASE]\n");
        return 2;
    }
    std::unique_ptr<bench::DemoOwner> owner;
    if (argc == 2) {
        owner = bench::openDemoAsOwner(argv[1]);
        if (!owner)
            return 1;
        demo = owner.get();
        benchmark::RegisterBenchmark("planRound", planRound)->Unit(benchmark::kMillisecond)->MinTime(2.0);
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
