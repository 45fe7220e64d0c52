// An employee's contacts and their connections to them. Every connection this store
// creates starts private: nothing an employee brings in is visible to the business until
// the employee changes its level (consent/Sharing).
#pragma once

#include "consent/Accounts.h"
#include "consent/ContactVault.h"
#include "consent/Levels.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

#include <vector>

namespace consentric::storage {
class Database;
}

namespace consentric::contacts {

struct ContactInput
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
    consent::Context context = consent::Context::Professional;
    int strength = 3;
    QDate connectedOn;
    QString source = QStringLiteral("manual");
};

// One of the signed-in employee's own connections, as they see it (decrypted).
struct OwnConnection
{
    qint64 id = 0; // the connection
    qint64 contactId = 0;
    consent::ContactDetails details;
    consent::Context context = consent::Context::Professional;
    int strength = 3;
    consent::Level level = consent::Level::Private;
    QDate connectedOn;
    QString source;
};

// What an edit changes; fields left empty (std::nullopt) stay as they are.
struct ConnectionEdit
{
    std::optional<consent::ContactDetails> details;
    std::optional<consent::Context> context;
    std::optional<int> strength;
};

class ContactStore
{
public:
    explicit ContactStore(storage::Database &db)
        : m_db(db)
    { }

    // Adds the contacts, and one private connection to each, for the signed-in employee, in
    // one transaction; returns the new connection ids in the order given.
    Result<QList<qint64>> addConnections(const consent::Session &employee, const std::vector<ContactInput> &contacts);
    // The signed-in employee's own connections, by name. Fails with one sentence, showing
    // nothing, if any stored row does not open with their key.
    Result<std::vector<OwnConnection>> ownConnections(const consent::Session &employee) const;
    Result<OwnConnection> ownConnection(const consent::Session &employee, qint64 connectionId) const;
    // Edits some of the employee's connections in one transaction (context changes are
    // refused for shared or discoverable connections that would become personal or family
    // in bulk: those leave private one at a time). Returns how many changed.
    Result<int> edit(const consent::Session &employee, const QList<qint64> &connectionIds, const ConnectionEdit &change);
    // Removes connections (and their contacts) the employee added, e.g. to undo an add.
    Result<void> remove(const consent::Session &employee, const QList<qint64> &connectionIds);

    static QString displayNameOf(const ContactInput &input);

private:
    storage::Database &m_db;
};

} // namespace consentric::contacts
