// Where a contact's details live, by sharing level. This is the one place that writes
// them, so the rule holds for every path (adding, editing, changing a level, upgrading
// old rows):
//  - always: every detail sealed (XChaCha20-Poly1305) under the employee's data key,
//    bound to the contact's id, in `contacts.sealed`;
//  - discoverable: also the company and a keyed pseudonym in clear, for aggregates;
//  - shared: also name, email, phone, profile address and title in clear, for the owner.
//    Notes stay the employee's own at every level.
// The clear columns of a private or discoverable contact are empty; leaving `shared`
// empties them again (with secure_delete the old bytes are overwritten).
#pragma once

#include "consent/Accounts.h"
#include "consent/Levels.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace consentric::storage {
class Database;
}

namespace consentric::consent {

struct ContactDetails
{
    QString displayName;
    QString givenName;
    QString familyName;
    QString email;
    QString phone;
    QString profileUrl;
    QString company;
    QString title;
    QString notes;

    QByteArray toBytes() const;
    static Result<ContactDetails> fromBytes(const QByteArray &bytes);
    bool operator==(const ContactDetails &) const = default;
};

class ContactVault
{
public:
    explicit ContactVault(storage::Database &db)
        : m_db(db)
    { }

    // Writes the details of one of the signed-in employee's contacts for this level.
    Result<void> store(const Session &employee, qint64 contactId, const ContactDetails &details, Level level);
    // The sealed bytes of a contact's details (for writers that store many rows at once,
    // at the private level, with their own prepared statement).
    static QByteArray sealFor(const Session &employee, qint64 contactId, const ContactDetails &details);
    // Opens a sealed row; a row from before schema 3 (sealed is null) is read from its
    // clear columns by the caller and sealed at the owner's next sign-in.
    Result<ContactDetails> open(const Session &employee, qint64 contactId, const QByteArray &sealed) const;
    // The details of one of the employee's contacts, from the database.
    Result<ContactDetails> read(const Session &employee, qint64 contactId) const;

    // Housekeeping after sign-in: seals rows stored in clear by an older Consentric, and
    // gives pseudonyms to discoverable and shared rows that have none yet. Returns how many
    // rows changed.
    Result<int> settle(const Session &employee);

    // The company with this exact name, created when new.
    Result<qint64> companyId(const QString &name);

private:
    Result<ContactDetails> legacy(qint64 contactId) const;
    storage::Database &m_db;
};

} // namespace consentric::consent
