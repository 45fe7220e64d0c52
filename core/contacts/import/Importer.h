// Bringing contacts from a file into the signed-in employee's connections, with one rule
// for duplicates everywhere (window and command line):
//  - a contact identical in every imported field to one already there (or earlier in the
//    same file) is skipped;
//  - one matching an existing contact by email or profile address is merged: empty fields
//    filled, company and title taken from the newer export; counted as updated;
//  - one matching only by name and company is kept and listed as a possible duplicate,
//    which the employee may merge or keep, contact by contact.
// Everything imported is private. Each file is one transaction: a cancel or an error
// leaves the database exactly as it was. Importing the same file again changes nothing.
#pragma once

#include "consent/Accounts.h"
#include "consent/Levels.h"
#include "contacts/ContactStore.h"
#include "contacts/import/ImportTypes.h"
#include "util/Result.h"

#include <functional>
#include <vector>

namespace consentric::storage {
class Database;
}

namespace consentric::contacts::import {

// The relationship context a format's contacts usually have: professional for LinkedIn
// and Outlook, personal for the rest.
consent::Context defaultContext(Format format);
// The source recorded with each connection ("linkedin", "google", …).
QString sourceName(Format format);
// The format's name for people ("LinkedIn connections", "vCard", …).
QString formatLabel(Format format);

enum class Outcome { New, Identical, Update, PossibleDuplicate };

struct PlannedContact
{
    ParsedContact contact;
    Outcome outcome = Outcome::New;
    qint64 existingConnectionId = 0; // for Identical, Update and PossibleDuplicate (negative: earlier in the same file)
    QString existingName;
};

struct ImportPlan
{
    std::vector<PlannedContact> contacts;
    int count(Outcome outcome) const;
};

struct PossibleDuplicate
{
    int line = 0;
    QString name;
    qint64 newConnectionId = 0;
    qint64 existingConnectionId = 0;
    QString existingName;
};

struct ImportSummary
{
    int imported = 0;
    int updated = 0;
    int skipped = 0; // identical to a contact already there
    std::vector<PossibleDuplicate> possibleDuplicates;
    std::vector<Problem> problems; // from reading, with their lines
    QList<qint64> newConnectionIds;
};

class Importer
{
public:
    explicit Importer(storage::Database &db)
        : m_db(db)
    { }

    // What importing these contacts would do, without writing anything.
    Result<ImportPlan> plan(const consent::Session &employee, const ReadResult &read) const;
    // Imports in one transaction. `progress(done, total)` returning false cancels: nothing
    // is written.
    Result<ImportSummary> run(
        const consent::Session &employee, const ReadResult &read, consent::Context context, const std::function<bool(int, int)> &progress = {});
    // Merges a possible duplicate into the existing connection (fills its empty fields,
    // takes the newer company and title) and removes the new one.
    Result<void> merge(const consent::Session &employee, qint64 newConnectionId, qint64 existingConnectionId);

private:
    storage::Database &m_db;
};

} // namespace consentric::contacts::import
