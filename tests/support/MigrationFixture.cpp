#include "support/MigrationFixture.h"

#include "consent/Accounts.h"
#include "consent/Participation.h"
#include "consent/People.h"
#include "consent/Sharing.h"
#include "contacts/ContactStore.h"
#include "contacts/Export.h"
#include "policy/ConnectionPolicy.h"

#include <QJsonDocument>

namespace consentric::test {

Result<void> fillMigrationFixture(storage::Database &db)
{
    consent::People people(db);
    return db.transaction([&]() -> Result<void> {
        if (auto made = people.createOrganisation(QStringLiteral("Fixture Works"), QStringLiteral("Europe/Berlin")); !made)
            return made;
        const QList<consent::PersonDetails> team{
            {QStringLiteral("olive@fixture.example"), QStringLiteral("Olive Owner"), QStringLiteral("Operations"), consent::Role::Owner},
            {QStringLiteral("ana@fixture.example"), QStringLiteral("Ana Lima"), QStringLiteral("Sales"), consent::Role::Employee},
            {QStringLiteral("bo@fixture.example"), QStringLiteral("Bo Lund"), QStringLiteral("Sales"), consent::Role::Admin},
            {QStringLiteral("cy@fixture.example"), QStringLiteral("Cy Okafor"), QStringLiteral("Operations"), consent::Role::Employee},
        };
        // Everyone's passphrase is "fixture"; Argon2id at its minimum keeps this quick.
        std::vector<consent::Session> sessions;
        for (const auto &p : team) {
            auto id = people.add(p, QDate(2024, 1, 15));
            if (!id)
                return id.error();
            auto session = consent::Accounts(db).create(*id, QStringLiteral("fixture"), consent::KdfLimits{1, 8192}, consent::PassphraseRule::Demo);
            if (!session)
                return session.error();
            sessions.push_back(std::move(*session));
        }
        consent::Sharing sharing(db);
        contacts::ContactStore store(db);
        consent::Participation participation(db);
        for (size_t i : {0, 1, 2}) {
            if (auto joined = participation.optIn(sessions[i], policy::kBuiltinVersion); !joined)
                return joined;
        }
        auto contact = [](const char *given, const char *family, const char *company, consent::Context context, int strength) {
            contacts::ContactInput in;
            in.givenName = QString::fromUtf8(given);
            in.familyName = QString::fromUtf8(family);
            in.company = QString::fromUtf8(company);
            in.title = QStringLiteral("Buyer");
            in.email = in.givenName.toLower() + QStringLiteral("@") + QStringLiteral("mail.example");
            in.context = context;
            in.strength = strength;
            in.connectedOn = QDate(2023, 6, 1);
            in.source = QStringLiteral("linkedin");
            return in;
        };
        auto anas = store.addConnections(sessions[1],
            {contact("Kim", "Park", "Acme Inc.", consent::Context::Professional, 4),
                contact("Lea", "Durand", "ACME, Inc", consent::Context::Professional, 2),
                contact("Mo", "Haddad", "Globex GmbH", consent::Context::Personal, 5), contact("Nia", "Lima", "", consent::Context::Family, 5)});
        if (!anas)
            return anas.error();
        auto bos = store.addConnections(sessions[2],
            {contact("Ola", "Nowak", "Globex GmbH", consent::Context::Professional, 3),
                contact("Søren", "Jensen", "Müller & Söhne GmbH", consent::Context::Professional, 1)});
        if (!bos)
            return bos.error();
        auto cys = store.addConnections(sessions[3], {contact("Pia", "Rossi", "Acme Incorporated", consent::Context::Professional, 3)});
        if (!cys)
            return cys.error();
        if (auto s = sharing.setLevel(sessions[1], {anas->at(0)}, consent::Level::Shared); !s)
            return s.error();
        if (auto s = sharing.setLevel(sessions[1], {anas->at(1)}, consent::Level::Discoverable); !s)
            return s.error();
        if (auto s = sharing.setLevel(sessions[1], {anas->at(2)}, consent::Level::Discoverable, consent::PersonalConfirmation::Given); !s)
            return s.error();
        if (auto s = sharing.setLevel(sessions[2], *bos, consent::Level::Discoverable); !s)
            return s.error();
        return people.setStatus(sessions[3].person().id, consent::Status::Left);
    });
}

Result<QJsonObject> exportsByEmail(storage::Database &db)
{
    QJsonObject all;
    auto rows = db.exec(QStringLiteral("SELECT id, email, status FROM people ORDER BY id"), QStringLiteral("listing people"));
    if (!rows)
        return rows.error();
    std::vector<std::tuple<qint64, QString, QString>> people;
    while (rows->next())
        people.emplace_back(rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(2).toString());
    rows->finish();
    consent::Accounts accounts(db);
    for (const auto &[id, email, status] : people) {
        // Only the person can read their connections. Someone who left cannot sign in, so
        // this copy of the database lets them back for the comparison.
        if (status == QLatin1String("left")) {
            if (auto back = db.exec(
                    QStringLiteral("UPDATE people SET status = 'active' WHERE id = :id"), {{QStringLiteral(":id"), id}}, QStringLiteral("test"));
                !back)
                return back.error();
        }
        auto has = accounts.hasAccount(id);
        if (!has)
            return has.error();
        // Fixtures from before accounts existed get one now; their rows are sealed at once.
        auto session = *has ? accounts.signIn(email, QStringLiteral("fixture"))
                            : accounts.create(id, QStringLiteral("fixture"), consent::KdfLimits{1, 8192}, consent::PassphraseRule::Demo);
        if (!session)
            return session.error();
        auto json = contacts::exportConnectionsJson(db, *session);
        if (!json)
            return json.error();
        all.insert(email, QJsonDocument::fromJson(*json).object());
    }
    return all;
}

} // namespace consentric::test
