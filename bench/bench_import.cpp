// Importing large files (SQLite, into an empty account, encryption and the duplicate check
// included): a generated 100,000-row LinkedIn Connections.csv (60 % with profile
// addresses, 10 % with emails, 5 % repeated rows, non-ASCII in 20 % of names) and a
// 50,000-card vCard file. Reports rows per second; the same on PostgreSQL when a test server
// runs. bench/import-on-both.sh runs it all, with peak memory, on SQLite and PostgreSQL.
#include "consent/Accounts.h"
#include "consent/People.h"
#include "contacts/import/ContactFile.h"
#include "contacts/import/Importer.h"
#include "demo/Random.h"
#include "storage/Database.h"
#include "util/Clock.h"
#ifdef CONSENTRIC_BENCH_POSTGRES
#include "support/TestDatabase.h"
#endif

#include <QTimeZone>
#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace consentric;

namespace {

const FixedClock &clock()
{
    static const FixedClock c(QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC));
    return c;
}

const QStringList kGiven{QStringLiteral("Ana"), QStringLiteral("Bo"), QStringLiteral("Chen"), QStringLiteral("Dara"), QStringLiteral("Eli"),
    QStringLiteral("Femi"), QStringLiteral("Gus"), QStringLiteral("Hana")};
const QStringList kGivenAccented{
    QStringLiteral("Zoë"), QStringLiteral("José"), QStringLiteral("Søren"), QStringLiteral("Łukasz"), QStringLiteral("Björk")};
const QStringList kCompanies{QStringLiteral("Acme Inc."), QStringLiteral("Globex GmbH"), QStringLiteral("Initech"), QStringLiteral("Umbrella LLC"),
    QStringLiteral("Müller & Söhne GmbH")};

struct Row
{
    QString given, family, url, email, company, title;
};

std::vector<Row> rows(int count)
{
    demo::Random r(7);
    std::vector<Row> list;
    list.reserve(size_t(count));
    while (int(list.size()) < count) {
        if (!list.empty() && r.below(100) < 5) { // a repeated row
            list.push_back(list[r.below(list.size())]);
            continue;
        }
        const int n = int(list.size());
        Row row;
        row.given = r.below(100) < 20 ? kGivenAccented[int(r.below(quint64(kGivenAccented.size())))] : kGiven[int(r.below(quint64(kGiven.size())))];
        row.family = QStringLiteral("Family%1").arg(n);
        if (r.below(100) < 60)
            row.url = QStringLiteral("https://www.linkedin.com/in/person-%1").arg(n);
        if (r.below(100) < 10)
            row.email = QStringLiteral("person%1@mail.example").arg(n);
        row.company = kCompanies[int(r.below(quint64(kCompanies.size())))];
        row.title = QStringLiteral("Engineer");
        list.push_back(row);
    }
    return list;
}

QByteArray linkedInCsv(int count)
{
    QString text = QStringLiteral(
        "\uFEFFNotes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n\r\n"
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
    for (const Row &row : rows(count))
        text += QStringLiteral("%1,%2,%3,%4,\"%5\",%6,12 Mar 2024\r\n").arg(row.given, row.family, row.url, row.email, row.company, row.title);
    return text.toUtf8();
}

QByteArray vcards(int count)
{
    QString text;
    for (const Row &row : rows(count)) {
        text += QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nN:%2;%1;;;\r\nFN:%1 %2\r\nORG:%3\r\nTITLE:%4\r\n")
                    .arg(row.given, row.family, row.company, row.title);
        if (!row.email.isEmpty())
            text += QStringLiteral("EMAIL;TYPE=INTERNET:%1\r\n").arg(row.email);
        if (!row.url.isEmpty())
            text += QStringLiteral("URL:%1\r\n").arg(row.url);
        text += QStringLiteral("END:VCARD\r\n");
    }
    return text.toUtf8();
}

enum class Engine { Sqlite, Postgres };

// A fresh, empty database for one run.
struct Fresh
{
    QTemporaryDir dir;
#ifdef CONSENTRIC_BENCH_POSTGRES
    std::unique_ptr<test::TestDatabase> server;
#endif
    std::unique_ptr<storage::Database> own;

    storage::Database *open(Engine engine, benchmark::State &state)
    {
        if (engine == Engine::Sqlite) {
            auto db = storage::Database::open(storage::Location::sqliteFile(dir.filePath(QStringLiteral("import.sqlite"))), clock());
            if (!db) {
                state.SkipWithError(qPrintable(db.message()));
                return nullptr;
            }
            own = std::move(*db);
            return own.get();
        }
#ifdef CONSENTRIC_BENCH_POSTGRES
        server = std::make_unique<test::TestDatabase>(test::Backend::Postgres);
        if (!server->problem().isEmpty()) {
            state.SkipWithError(qPrintable(server->problem()));
            return nullptr;
        }
        return &server->db();
#else
        state.SkipWithError("built without the tests, so without the PostgreSQL test server");
        return nullptr;
#endif
    }
};

void importFile(benchmark::State &state, Engine engine, const QByteArray &bytes, const QString &name)
{
    std::vector<std::unique_ptr<Fresh>> databases; // dropped after the timing
    for (auto _ : state) {
        state.PauseTiming();
        databases.push_back(std::make_unique<Fresh>());
        storage::Database *db = databases.back()->open(engine, state);
        if (!db)
            break;
        consent::People people(*db);
        if (!people.createOrganisation(QStringLiteral("Bench")))
            qFatal("organisation");
        auto id = people.add({QStringLiteral("ana@bench.example"), QStringLiteral("Ana"), QStringLiteral("Sales")});
        auto session = consent::Accounts(*db).create(*id, QStringLiteral("bench"), consent::KdfLimits{1, 8192}, consent::PassphraseRule::Demo);
        if (!session)
            qFatal("%s", qPrintable(session.message()));
        state.ResumeTiming();
        QElapsedTimer t;
        t.start();
        const auto read = contacts::import::readContactFile(bytes, name);
        state.counters["read_s"] = double(t.elapsed()) / 1000.0;
        // How long the duplicate check alone takes (not counted in the time: run() plans too).
        state.PauseTiming();
        t.restart();
        auto plan = contacts::import::Importer(*db).plan(*session, read);
        state.counters["plan_s"] = double(t.elapsed()) / 1000.0;
        state.ResumeTiming();
        auto summary = contacts::import::Importer(*db).run(*session, read, consent::Context::Professional);
        if (!summary) {
            state.SkipWithError(qPrintable(summary.message()));
            break;
        }
        state.counters["imported"] = summary->imported;
        state.counters["skipped"] = summary->skipped;
        state.counters["rows/s"] = benchmark::Counter(double(read.contacts.size()), benchmark::Counter::kIsRate);
    }
}

const QByteArray &linkedIn100k()
{
    static const QByteArray bytes = linkedInCsv(100'000);
    return bytes;
}

const QByteArray &vcard50k()
{
    static const QByteArray bytes = vcards(50'000);
    return bytes;
}

void LinkedInCsv100k(benchmark::State &state)
{
    importFile(state, Engine::Sqlite, linkedIn100k(), QStringLiteral("Connections.csv"));
}
BENCHMARK(LinkedInCsv100k)->Unit(benchmark::kSecond)->Iterations(1);

void VCard50k(benchmark::State &state)
{
    importFile(state, Engine::Sqlite, vcard50k(), QStringLiteral("contacts.vcf"));
}
BENCHMARK(VCard50k)->Unit(benchmark::kSecond)->Iterations(1);

// Only with a server: bench/import-on-both.sh starts one (CONSENTRIC_TEST_PG names it).
void LinkedInCsv100kPostgres(benchmark::State &state)
{
    importFile(state, Engine::Postgres, linkedIn100k(), QStringLiteral("Connections.csv"));
}
BENCHMARK(LinkedInCsv100kPostgres)->Unit(benchmark::kSecond)->Iterations(1);

void VCard50kPostgres(benchmark::State &state)
{
    importFile(state, Engine::Postgres, vcard50k(), QStringLiteral("contacts.vcf"));
}
BENCHMARK(VCard50kPostgres)->Unit(benchmark::kSecond)->Iterations(1);

} // namespace

BENCHMARK_MAIN();
