// The owner's question: "can anyone on the team help us reach Acme?" Answered from the
// owner's snapshot: how many people at the company the team can reach within two hops
// (employee → contact → company), how many team members hold them ("fewer than 3" below
// three), and, for the *shared* connections only, who can introduce whom, best first.
// Discoverable connections add to the counts and never to the paths.
#pragma once

#include "consent/Accounts.h"
#include "metrics/SuppressedCount.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace consentric::storage {
class Database;
}

namespace consentric::graph {

struct IntroductionPath
{
    QString employee; // who can introduce (their connection is shared)
    QString contact; // the shared contact's display name
    int hops = 2; // employee → contact → company
    int strength = 0; // of the employee's connection, 1–5
};

struct Discovery
{
    QString company; // the company's name as stored, or as asked when nobody knows it
    QString normalised;
    int hops = 2;
    qint64 contacts = 0; // distinct people at the company (discoverable and shared)
    metrics::SuppressedCount teamMembers = metrics::SuppressedCount::ofPeople(0);
    std::vector<IntroductionPath> paths; // one per shared contact, best first
    QString message; // one sentence for a person
};

// The owner's (or an admin's) answer for one company; refused for anyone else. Reading
// the named paths is recorded in the audit log, as reading shared connections is.
Result<Discovery> discover(storage::Database &db, const consent::Session &owner, const QString &company);

// DESIGN.md's shape: {"company", "normalised", "reach": {"hops", "contacts",
// "team_members"}, "paths": [{"employee", "contact", "hops", "strength"}], "message"}.
QJsonObject toJson(const Discovery &discovery);

} // namespace consentric::graph
