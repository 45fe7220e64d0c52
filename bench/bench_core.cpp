// Core hot paths: creating the demo company (SQLite); the owner's Team page and company
// reach over a medium-sized company; an employee opening "My connections" (every row
// decrypted) and "What the business sees".
//   build/bench/bench_core --benchmark_filter=Demo
#include "consent/Accounts.h"
#include "consent/BusinessView.h"
#include "consent/TeamOverview.h"
#include "contacts/ContactStore.h"
#include "demo/DemoCompany.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QTimeZone>
#include <benchmark/benchmark.h>

#include <QTemporaryDir>

using namespace consentric;

namespace {

const FixedClock &clock()
{
    static const FixedClock c(QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC));
    return c;
}

std::unique_ptr<storage::Database> freshDatabase(const QTemporaryDir &dir, const QString &name)
{
    auto db = storage::Database::open(storage::Location::sqliteFile(dir.filePath(name)), clock());
    if (!db)
        qFatal("%s", qPrintable(db.message()));
    return std::move(*db);
}

void DemoCompany(benchmark::State &state)
{
    const auto scale = static_cast<demo::Scale>(state.range(0));
    int run = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto db = freshDatabase(dir, QStringLiteral("demo-%1.sqlite").arg(run++));
        state.ResumeTiming();
        demo::Options options;
        options.scale = scale;
        auto summary = demo::createDemoCompany(*db, options);
        if (!summary)
            state.SkipWithError(qPrintable(summary.message()));
        else
            state.counters["connections"] = double(summary->connections);
    }
}
BENCHMARK(DemoCompany)->Arg(int(demo::Scale::Small))->Arg(int(demo::Scale::Medium))->Unit(benchmark::kSecond)->Iterations(1);

storage::Database &mediumCompany()
{
    static QTemporaryDir dir;
    static std::unique_ptr<storage::Database> db = [] {
        auto made = freshDatabase(dir, QStringLiteral("medium.sqlite"));
        demo::Options options;
        options.scale = demo::Scale::Medium;
        if (!demo::createDemoCompany(*made, options))
            qFatal("demo failed");
        return made;
    }();
    return *db;
}

consent::Session signIn(const QString &email)
{
    auto session = consent::Accounts(mediumCompany()).signIn(email, demo::kDemoPassphrase);
    if (!session)
        qFatal("%s", qPrintable(session.message()));
    return std::move(*session);
}

void TeamOverview(benchmark::State &state)
{
    consent::TeamOverview overview(mediumCompany());
    for (auto _ : state) {
        auto members = overview.members();
        auto departments = overview.departments();
        benchmark::DoNotOptimize(members);
        benchmark::DoNotOptimize(departments);
    }
}
BENCHMARK(TeamOverview)->Unit(benchmark::kMillisecond);

void CompanyReach(benchmark::State &state)
{
    static const consent::Session owner = signIn(QStringLiteral("owner@demo.example"));
    consent::BusinessView view(mediumCompany());
    for (auto _ : state) {
        auto companies = view.companies(owner);
        benchmark::DoNotOptimize(companies);
    }
}
BENCHMARK(CompanyReach)->Unit(benchmark::kMillisecond);

void MyConnections(benchmark::State &state)
{
    static const consent::Session sam = signIn(QStringLiteral("sam.rivera@demo.example"));
    contacts::ContactStore store(mediumCompany());
    for (auto _ : state) {
        auto own = store.ownConnections(sam);
        if (!own)
            state.SkipWithError(qPrintable(own.message()));
        else
            state.counters["connections"] = double(own->size());
    }
}
BENCHMARK(MyConnections)->Unit(benchmark::kMillisecond);

void BusinessPreview(benchmark::State &state)
{
    static const consent::Session sam = signIn(QStringLiteral("sam.rivera@demo.example"));
    consent::BusinessView view(mediumCompany());
    for (auto _ : state) {
        auto preview = view.preview(sam);
        benchmark::DoNotOptimize(preview);
    }
}
BENCHMARK(BusinessPreview)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
