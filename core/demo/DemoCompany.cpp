#include "demo/DemoCompany.h"

#include "consent/Accounts.h"
#include "consent/Participation.h"
#include "consent/People.h"
#include "consent/Pseudonyms.h"
#include "consent/Sharing.h"
#include "contacts/ContactStore.h"
#include "demo/DemoData.h"
#include "demo/DemoOneOnOnes.h"
#include "demo/DemoProgram.h"
#include "demo/DemoReferrals.h"
#include "demo/Random.h"
#include "policy/ConnectionPolicy.h"
#include "referrals/Recognition.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QSet>

#include <vector>

namespace consentric::demo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::demo", text);
}

const QDate kHistoryStart(2025, 4, 1);
const QDate kHistoryEnd(2026, 9, 30);
const QDate kEarliestConnection(2009, 1, 1);

QDate dateBetween(Random &random, QDate from, QDate to)
{
    return from.addDays(qint64(random.below(quint64(from.daysTo(to) + 1))));
}

struct DemoPerson
{
    consent::PersonDetails details;
    QDate joinedOn;
    bool participating = false;
    bool optedOutLater = false; // chose levels once, then left the program
    bool left = false;
    qint64 id = 0;
};

// One outside person of the demo world, the same whoever knows them.
struct Outsider
{
    QString given;
    QString family;
    int company; // index into companies(), or -1
    QString title;
    bool hasEmail;
    bool hasUrl;
    bool hasPhone;
};

Outsider outsider(quint64 seed, qint64 index)
{
    Random r = Random::derive(seed, 1'000'000ULL + quint64(index));
    Outsider o;
    o.given = givenNames().at(qsizetype(r.below(quint64(givenNames().size()))));
    o.family = surnames().at(qsizetype(r.below(quint64(surnames().size()))));
    // Smaller indexes are larger companies: the minimum of two draws leans low.
    const auto count = quint64(companies().size());
    o.company = r.percent(88) ? int(std::min(r.below(count), r.below(count))) : -1;
    o.title = jobTitles().at(qsizetype(r.below(quint64(jobTitles().size()))));
    o.hasEmail = r.percent(55);
    o.hasUrl = r.percent(70);
    o.hasPhone = r.percent(30);
    return o;
}

std::vector<DemoPerson> makePeople(const Sizes &sizes, quint64 seed)
{
    const QStringList &departments = departmentsFor(sizes.departments);
    std::vector<DemoPerson> people;
    QSet<QString> emails;
    auto addPerson = [&](const QString &given, const QString &family, const QString &department, consent::Role role) -> DemoPerson & {
        QString local = asciiKey(given) + QLatin1Char('.') + asciiKey(family);
        QString email = local + QLatin1Char('@') + kDemoDomain;
        for (int n = 2; emails.contains(email); ++n)
            email = local + QString::number(n) + QLatin1Char('@') + kDemoDomain;
        emails.insert(email);
        DemoPerson p;
        p.details = {email, given + QLatin1Char(' ') + family, department, role};
        people.push_back(std::move(p));
        return people.back();
    };

    DemoPerson &owner = addPerson(QStringLiteral("Morgan"), QStringLiteral("Avery"), QStringLiteral("Operations"), consent::Role::Owner);
    owner.details.email = QStringLiteral("owner@") + kDemoDomain;
    owner.joinedOn = QDate(2016, 3, 1);
    owner.participating = true;
    DemoPerson &sam = addPerson(QStringLiteral("Sam"), QStringLiteral("Rivera"), QStringLiteral("Sales"), consent::Role::Employee);
    sam.joinedOn = QDate(2021, 9, 13);
    sam.participating = true;
    DemoPerson &jo = addPerson(QStringLiteral("Jo"), QStringLiteral("Chen"), QStringLiteral("Engineering"), consent::Role::Employee);
    jo.joinedOn = QDate(2022, 2, 1);
    jo.optedOutLater = true;

    Random r = Random::derive(seed, 1);
    for (int i = int(people.size()); i < sizes.people; ++i) {
        const QString &given = givenNames().at(qsizetype(r.below(quint64(givenNames().size()))));
        const QString &family = surnames().at(qsizetype(r.below(quint64(surnames().size()))));
        const QString &department = departments.at(i % departments.size());
        // One admin per forty people helps the owner run the program.
        const auto role = i % 40 == 5 ? consent::Role::Admin : consent::Role::Employee;
        DemoPerson &p = addPerson(given, family, department, role);
        // Most joined before the history starts; some are newcomers during it.
        p.joinedOn = r.percent(80) ? dateBetween(r, QDate(2012, 1, 9), kHistoryStart.addDays(-1)) : dateBetween(r, kHistoryStart, QDate(2026, 6, 30));
        p.left = i % 60 == 11;
        p.participating = !p.left && r.percent(72);
        p.optedOutLater = !p.left && !p.participating && r.percent(35);
    }
    return people;
}

contacts::ContactInput connectionTo(const Outsider &o, qint64 index, Random &r)
{
    contacts::ContactInput in;
    in.givenName = o.given;
    in.familyName = o.family;
    in.displayName = o.given + QLatin1Char(' ') + o.family;
    const std::vector<DemoCompanyName> &list = companies();
    if (o.company >= 0) {
        const DemoCompanyName &c = list.at(size_t(o.company));
        // People write the same company in their own way.
        in.company
            = !c.otherSpellings.isEmpty() && r.percent(30) ? c.otherSpellings.at(qsizetype(r.below(quint64(c.otherSpellings.size())))) : c.name;
        in.title = o.title;
        if (o.hasEmail)
            in.email = asciiKey(o.given) + QLatin1Char('.') + asciiKey(o.family) + QLatin1Char('@') + c.domain;
    } else if (o.hasEmail) {
        in.email = asciiKey(o.given) + QLatin1Char('.') + asciiKey(o.family) + QString::number(index % 97) + QStringLiteral("@mail.example");
    }
    if (o.hasUrl)
        in.profileUrl = QStringLiteral("https://www.linkedin.com/in/") + asciiKey(o.given) + QLatin1Char('-') + asciiKey(o.family) + QLatin1Char('-')
            + QString::number(index, 36);
    if (o.hasPhone)
        in.phone = QStringLiteral("+44 20 7946 %1").arg(index % 10000, 4, 10, QLatin1Char('0'));
    const int roll = int(r.below(100));
    in.context = roll < 80 ? consent::Context::Professional : roll < 94 ? consent::Context::Personal : consent::Context::Family;
    static const int strengths[] = {1, 2, 2, 3, 3, 3, 3, 4, 4, 5};
    in.strength = strengths[r.below(10)];
    in.connectedOn = dateBetween(r, kEarliestConnection, kHistoryEnd);
    static const char *const sources[] = {"linkedin", "linkedin", "linkedin", "google", "vcard", "outlook"};
    in.source = QString::fromLatin1(sources[r.below(6)]);
    return in;
}

Result<void> populate(storage::Database &db, consent::People &people, const Options &options, Summary &summary, FixedClock &history);

} // namespace

std::optional<Scale> scaleFromKey(const QString &key)
{
    if (key == QLatin1String("small"))
        return Scale::Small;
    if (key == QLatin1String("medium"))
        return Scale::Medium;
    if (key == QLatin1String("large"))
        return Scale::Large;
    return std::nullopt;
}

Sizes sizesOf(Scale scale)
{
    switch (scale) {
    case Scale::Small: return {12, 4, 210};
    case Scale::Medium: return {200, 10, 400};
    case Scale::Large: return {1000, 16, 600};
    }
    return {12, 4, 210};
}

Result<Summary> createDemoCompany(storage::Database &db, const Options &options)
{
    consent::People people(db);
    auto organisation = people.organisationName();
    if (!organisation)
        return organisation.error();
    auto existing = people.all();
    if (!existing)
        return existing.error();
    if (organisation->has_value() || !existing->empty())
        return fail(tr("This database already holds an organisation. The demo company needs a new, empty database: give another file."));

    // One transaction: a cancelled or failed demo leaves the database as empty as it was.
    Summary summary;
    // The history happens on fixed dates, so the same seed gives the same audit chain too.
    FixedClock history(QDateTime(kHistoryStart, QTime(9, 0), Qt::UTC));
    const Clock &realClock = db.clock();
    db.setClock(history);
    auto done = db.transaction([&]() -> Result<void> { return populate(db, people, options, summary, history); });
    db.setClock(realClock);
    if (!done)
        return done.error();
    return summary;
}

namespace {

Result<void> populate(storage::Database &db, consent::People &people, const Options &options, Summary &summary, FixedClock &history)
{
    const Sizes sizes = sizesOf(options.scale);
    const quint64 seed = options.seed;
    std::vector<DemoPerson> demoPeople = makePeople(sizes, seed);

    if (auto created = people.createOrganisation(QStringLiteral("Harbor Lane Studio (demo)"), QStringLiteral("Europe/London")); !created)
        return created.error();
    for (DemoPerson &p : demoPeople) {
        auto id = people.add(p.details, p.joinedOn);
        if (!id)
            return id.error();
        p.id = *id;
    }

    contacts::ContactStore store(db);
    consent::Sharing sharing(db);
    const qint64 population = qint64(sizes.people) * sizes.contactsPerPerson * 7 / 10;
    const int total = int(demoPeople.size());
    const qint64 secondsPerPerson = QDateTime(kHistoryStart, QTime(9, 0), Qt::UTC).secsTo(QDateTime(kHistoryEnd, QTime(17, 0), Qt::UTC)) / total;
    consent::Accounts accounts(db);
    consent::Participation participation(db);
    // The first employee to share makes the team's pseudonym key; in real life they pass it
    // on at their next sign-in, here at once to each account made after theirs.
    const consent::Session *keyHolder = nullptr;
    // Requests, answers, introductions and concerns happen as the history goes by.
    ReferralHistory referralHistory(db, history, seed, kHistoryStart, kHistoryEnd);
    // The policy, its acknowledgements, the pulses and the reviews, on the same clock.
    planProgramHistory(referralHistory, db, seed, kHistoryStart, kHistoryEnd);
    // The one-to-ones of its last quarter: members, two do-not-pair entries, one round.
    std::vector<DemoEmployee> employees;
    for (const DemoPerson &p : demoPeople)
        if (p.details.role == consent::Role::Employee && !p.left) // the owner and admins arrange the rounds
            employees.push_back({p.id, p.details.email});
    planOneOnOnes(referralHistory, db, seed, employees, kHistoryEnd);
    int done = 0;
    for (size_t e = 0; e < demoPeople.size(); ++e) {
        DemoPerson &p = demoPeople[e];
        ++done;
        if (p.left) {
            // Their data was erased when they left, and their account closed: only the
            // person remains, marked as having left.
            if (auto marked = people.setStatus(p.id, consent::Status::Left); !marked)
                return marked.error();
        } else {
            // Every demo account opens with "demo"; libsodium's interactive limits keep a
            // large demo within minutes. The employee then acts through their own session.
            auto created = accounts.create(p.id, kDemoPassphrase, consent::KdfLimits::interactive(), consent::PassphraseRule::Demo);
            if (!created)
                return created.error();
            // Kept by the history from now on: what it plans may act as this person too.
            referralHistory.add(std::move(*created));
            const consent::Session *session = referralHistory.session(p.id);
            if (keyHolder) {
                if (auto passed = consent::Pseudonyms(db).passOn(*keyHolder); !passed)
                    return passed.error();
            }
            Random r = Random::derive(seed, 100 + e);
            const int count = sizes.contactsPerPerson * r.between(50, 150) / 100;
            QSet<qint64> chosen;
            std::vector<contacts::ContactInput> inputs;
            // Sam Rivera knows people at Acme: the tutorials' first introduction.
            const bool isSam = p.details.email == QStringLiteral("sam.rivera@") + kDemoDomain;
            while (int(inputs.size()) < count) {
                const qint64 index = qint64(r.below(quint64(population)));
                if (chosen.contains(index))
                    continue;
                Outsider o = outsider(seed, index);
                if (isSam && inputs.size() < 4)
                    o.company = 0;
                chosen.insert(index);
                inputs.push_back(connectionTo(o, index, r));
                if (isSam && inputs.size() <= 4)
                    inputs.back().context = consent::Context::Professional;
            }
            auto ids = store.addConnections(*session, inputs);
            if (!ids)
                return ids.error();
            summary.connections += ids->size();

            if (p.participating || p.optedOutLater) {
                // Whatever the owner published last is what they read and accept.
                if (auto due = referralHistory.runUntil(history.now()); !due)
                    return due;
                auto policy = policy::PolicyStore(db).current();
                if (!policy)
                    return policy.error();
                if (auto joined = participation.optIn(*session, policy->version); !joined)
                    return joined.error();
                QList<qint64> discoverable, shared;
                for (qsizetype i = 0; i < ids->size(); ++i) {
                    const int roll = int(r.below(100));
                    if (inputs[size_t(i)].context == consent::Context::Professional) {
                        if ((isSam && i < 4) || roll >= 80)
                            shared << ids->at(i);
                        else if (roll >= 45)
                            discoverable << ids->at(i);
                    } else if (roll >= 89) {
                        // Personal and family connections leave private one by one, confirmed.
                        const auto level = roll >= 97 ? consent::Level::Shared : consent::Level::Discoverable;
                        auto changed = sharing.setLevel(*session, {ids->at(i)}, level, consent::PersonalConfirmation::Given);
                        if (!changed)
                            return changed.error();
                    }
                }
                for (const auto &[list, level] : {std::pair{discoverable, consent::Level::Discoverable}, std::pair{shared, consent::Level::Shared}}) {
                    auto changed = sharing.setLevel(*session, list, level);
                    if (!changed)
                        return changed.error();
                }
                // Some like to be thanked in public, and say so themselves.
                if (Random::derive(seed, 7900 + e).percent(40)) {
                    if (auto listed = referrals::Recognition(db).setOnTeamList(*session, true); !listed)
                        return listed.error();
                }
                if (p.optedOutLater) {
                    if (auto left = participation.optOut(*session); !left)
                        return left.error();
                }
            }
            if (!keyHolder && !session->pseudonymKey().isNull())
                keyHolder = session;
        }
        // Time passes until the next person's turn, and what the referral history planned
        // for it happens.
        if (auto ok = referralHistory.runUntil(history.now().addSecs(secondsPerPerson)); !ok)
            return ok;
        if (options.progress && !options.progress(done, total))
            return fail(tr("Creating the demo company was cancelled; nothing was written."));
    }

    if (auto ok = referralHistory.runUntil(QDateTime(kHistoryEnd, QTime(17, 0), Qt::UTC)); !ok)
        return ok;
    auto companyCount = db.scalar(QStringLiteral("SELECT COUNT(*) FROM companies"), {}, tr("counting companies"));
    if (!companyCount)
        return companyCount.error();
    summary.people = total;
    summary.departments = sizes.departments;
    summary.companies = companyCount->toLongLong();
    return {};
}

} // namespace

} // namespace consentric::demo
