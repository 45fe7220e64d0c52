// `consentric demo`: a deterministic company written through the same core calls as real
// use (people added, contacts brought in, employees joining and choosing their sharing
// levels), on fixed dates from 2025-04-01 to 2026-09-30, so that a seed always gives the
// same database. Later issues add their own parts of the history here.
#pragma once

#include "util/Result.h"

#include <QString>

#include <functional>
#include <optional>

namespace consentric::storage {
class Database;
}

namespace consentric::demo {

enum class Scale { Small, Medium, Large };

std::optional<Scale> scaleFromKey(const QString &key);

struct Options
{
    Scale scale = Scale::Small;
    quint64 seed = 1;
    // Called after each employee with the number done and the total; return false to stop
    // (everything written so far stays, and the result says it was cancelled).
    std::function<bool(int done, int total)> progress;
};

struct Summary
{
    int people = 0;
    int departments = 0;
    qint64 connections = 0;
    qint64 companies = 0;
};

struct Sizes
{
    int people;
    int departments;
    int contactsPerPerson; // on average
};
Sizes sizesOf(Scale scale);

inline const QString kDemoDomain = QStringLiteral("demo.example");
inline const QString kDemoPassphrase = QStringLiteral("demo");

Result<Summary> createDemoCompany(storage::Database &db, const Options &options);

} // namespace consentric::demo
