// An employee's contacts and their connections to them. Every connection this store
// creates starts private: nothing an employee brings in is visible to the business until
// the employee changes its level (consent/Sharing).
#pragma once

#include "consent/Accounts.h"
#include "consent/Levels.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

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

// One of the signed-in employee's own connections, as they see it.
struct OwnConnection
{
    qint64 id = 0;
    QString name;
    QString company;
    QString title;
    consent::Context context = consent::Context::Professional;
    int strength = 3;
    consent::Level level = consent::Level::Private;
};

class ContactStore
{
public:
    explicit ContactStore(storage::Database &db)
        : m_db(db)
    { }

    // Adds the contacts, and one private connection to each, for the signed-in employee, in
    // one transaction; returns
    // the new connection ids in the order given.
    Result<QList<qint64>> addConnections(const consent::Session &employee, const std::vector<ContactInput> &contacts);
    // The signed-in employee's own connections, by name.
    Result<std::vector<OwnConnection>> ownConnections(const consent::Session &employee) const;
    // The company with this exact name, created when new.
    Result<qint64> companyId(const QString &name);

private:
    storage::Database &m_db;
    QHash<QString, qint64> m_companyCache;
};

} // namespace consentric::contacts
