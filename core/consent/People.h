// The organisation and its people: departments, accounts with a role (owner, admin,
// employee), and their status. People announce every change, so the Team page and any
// other view stay current without polling.
#pragma once

#include "consent/Levels.h"
#include "util/Result.h"

#include <QDate>
#include <QObject>
#include <QStringList>

#include <functional>

#include <optional>
#include <vector>

namespace consentric::storage {
class Database;
}

namespace consentric::consent {

enum class Status { Active, Left };

struct Person
{
    qint64 id = 0;
    QString email;
    QString name;
    QString department;
    Role role = Role::Employee;
    Status status = Status::Active;
    bool participating = false;
    QDate joinedOn;
    QDate leftOn;
};

struct PersonDetails
{
    QString email;
    QString name;
    QString department;
    Role role = Role::Employee;
};

class People final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(People)

public:
    explicit People(storage::Database &db, QObject *parent = nullptr);

    Result<std::optional<QString>> organisationName() const;
    Result<void> createOrganisation(const QString &name, const QString &timeZone = QStringLiteral("UTC"));
    Result<QStringList> departments() const;
    Result<qint64> ensureDepartment(const QString &name);

    // Adds a person; an unknown department is created. The one owner is added only while
    // there is none. `joinedOn` defaults to the clock's today.
    Result<qint64> add(const PersonDetails &details, QDate joinedOn = {});
    Result<void> update(qint64 id, const PersonDetails &details);
    Result<void> setStatus(qint64 id, Status status);
    // Removes a person who has no connections yet (undoing an add); anyone else stays.
    Result<void> remove(qint64 id);

    Result<std::optional<Person>> byId(qint64 id) const;
    Result<std::optional<Person>> byEmail(const QString &email) const;
    Result<std::vector<Person>> all() const;

    // Validation shared by the window and the command line.
    static QString normaliseEmail(const QString &email);
    static Result<void> validate(const PersonDetails &details);

    // Who makes the changes from now on (the signed-in owner or admin), for the audit log.
    void setActor(std::optional<qint64> personId) { m_actor = personId; }

Q_SIGNALS:
    void changed(qint64 personId);

private:
    Result<std::vector<Person>> select(const QString &where, const QVariant &bind) const;
    // The person, or a sentence saying they are gone.
    Result<Person> existing(qint64 id) const;
    // Runs one change in a transaction and announces it once it is committed.
    Result<void> changeAndAnnounce(qint64 id, const std::function<Result<void>()> &work);

    storage::Database &m_db;
    std::optional<qint64> m_actor;
};

} // namespace consentric::consent
