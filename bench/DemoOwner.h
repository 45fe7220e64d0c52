// The benchmarks' way in: a demo database (made by `consentric demo`) opened as its owner
// with the demo's passphrase. Prints why and gives nothing when that fails.
#pragma once

#include "consent/Accounts.h"
#include "consent/People.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <cstdio>
#include <memory>
#include <optional>

namespace consentric::bench {

struct DemoOwner
{
    SystemClock clock; // the database keeps a reference to it
    std::unique_ptr<storage::Database> db;
    std::optional<consent::Session> session;
};

inline std::unique_ptr<DemoOwner> openDemoAsOwner(const char *path)
{
    auto demo = std::make_unique<DemoOwner>();
    storage::OpenOptions options;
    options.create = false;
    auto db = storage::Database::open(storage::Location::sqliteFile(QString::fromLocal8Bit(path)), demo->clock, options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.message()));
        return nullptr;
    }
    demo->db = std::move(*db);
    QString ownerEmail;
    for (const consent::Person &p : consent::People(*demo->db).all().value()) {
        if (p.role == consent::Role::Owner)
            ownerEmail = p.email;
    }
    auto owner = consent::Accounts(*demo->db).signIn(ownerEmail, QStringLiteral("demo"));
    if (!owner) {
        std::fprintf(stderr, "%s\n", qPrintable(owner.message()));
        return nullptr;
    }
    demo->session.emplace(std::move(*owner));
    return demo;
}

} // namespace consentric::bench
