#include "consent/People.h"

#include "consent/AuditLog.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace consentric::consent {

namespace {

constexpr int kMaxNameLength = 200;

// Owner actions on people are audited in the same transaction as the change, with who
// acted when a session told us (setActor).
Result<void> audit(storage::Database &db, std::optional<qint64> actor, qint64 subject, const QString &action)
{
    auto logged = AuditLog(db).append(actor, subject, action, {{QStringLiteral("person"), subject}});
    if (!logged)
        return logged.error();
    return {};
}

} // namespace

People::People(storage::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{ }

Result<std::optional<QString>> People::organisationName() const
{
    auto name = m_db.scalar(QStringLiteral("SELECT name FROM organisation ORDER BY id LIMIT 1"), {}, tr("reading the organisation"));
    if (!name)
        return name.error();
    if (!name->isValid())
        return std::optional<QString>();
    return std::optional<QString>(name->toString());
}

Result<void> People::createOrganisation(const QString &name, const QString &timeZone)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("The organisation needs a name."));
    return m_db.transaction([&]() -> Result<void> {
        auto existing = organisationName();
        if (!existing)
            return existing.error();
        if (existing.value())
            return fail(tr("This database already belongs to “%1”. Create a new database for another organisation.").arg(**existing));
        auto inserted = m_db.insert(QStringLiteral("INSERT INTO organisation (name, time_zone, created_on) VALUES (:n, :z, :d)"),
            {{QStringLiteral(":n"), trimmed}, {QStringLiteral(":z"), timeZone}, {QStringLiteral(":d"), m_db.clock().today().toString(Qt::ISODate)}},
            tr("creating the organisation"));
        if (!inserted)
            return inserted.error();
        auto logged = AuditLog(m_db).append(std::nullopt, std::nullopt, QStringLiteral("organisation-created"));
        if (!logged)
            return logged.error();
        return {};
    });
}

Result<QStringList> People::departments() const
{
    auto query = m_db.exec(QStringLiteral("SELECT name FROM departments ORDER BY name"), tr("reading departments"));
    if (!query)
        return query.error();
    QStringList names;
    while (query->next())
        names << query->value(0).toString();
    return names;
}

Result<qint64> People::ensureDepartment(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return fail(tr("A department needs a name."));
    auto id
        = m_db.scalar(QStringLiteral("SELECT id FROM departments WHERE name = :n"), {{QStringLiteral(":n"), trimmed}}, tr("finding the department"));
    if (!id)
        return id.error();
    if (id->isValid())
        return id->toLongLong();
    return m_db.insert(QStringLiteral("INSERT INTO departments (name) VALUES (:n)"), {{QStringLiteral(":n"), trimmed}}, tr("adding the department"));
}

QString People::normaliseEmail(const QString &email)
{
    return email.trimmed().toLower();
}

Result<void> People::validate(const PersonDetails &details)
{
    static const QRegularExpression emailPattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    const QString email = normaliseEmail(details.email);
    if (!emailPattern.match(email).hasMatch())
        return fail(tr("“%1” is not an email address. Write it as name@example.com.").arg(details.email.trimmed()));
    const QString name = details.name.simplified();
    if (name.isEmpty())
        return fail(tr("The person needs a name."));
    if (name.size() > kMaxNameLength)
        return fail(tr("The name is longer than %1 characters; shorten it.").arg(kMaxNameLength));
    if (details.department.simplified().isEmpty())
        return fail(tr("Choose a department for %1.").arg(name));
    return {};
}

Result<qint64> People::add(const PersonDetails &details, QDate joinedOn)
{
    if (auto valid = validate(details); !valid)
        return valid.error();
    const QString email = normaliseEmail(details.email);
    qint64 newId = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto existing = byEmail(email);
        if (!existing)
            return existing.error();
        if (existing.value())
            return fail(tr("%1 already has the email %2. Use another address, or edit that person instead.").arg((*existing)->name, email));
        if (details.role == Role::Owner) {
            auto owners = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM people WHERE role = 'owner'"), {}, tr("checking the owner"));
            if (!owners)
                return owners.error();
            if (owners->toInt() > 0)
                return fail(tr("This organisation already has an owner. Add %1 as an admin instead.").arg(details.name.simplified()));
        }
        auto department = ensureDepartment(details.department);
        if (!department)
            return department.error();
        const QDate joined = joinedOn.isValid() ? joinedOn : m_db.clock().today();
        auto id = m_db.insert(QStringLiteral("INSERT INTO people (email, name, department_id, role, joined_on) VALUES (:e, :n, :d, :r, :j)"),
            {{QStringLiteral(":e"), email}, {QStringLiteral(":n"), details.name.simplified()}, {QStringLiteral(":d"), *department},
                {QStringLiteral(":r"), key(details.role)}, {QStringLiteral(":j"), joined.toString(Qt::ISODate)}},
            tr("adding a person"));
        if (!id)
            return id.error();
        newId = *id;
        return audit(m_db, m_actor, newId, QStringLiteral("person-added"));
    });
    if (!done)
        return done.error();
    Q_EMIT changed(newId);
    return newId;
}

Result<void> People::update(qint64 id, const PersonDetails &details)
{
    if (auto valid = validate(details); !valid)
        return valid.error();
    const QString email = normaliseEmail(details.email);
    return changeAndAnnounce(id, [&]() -> Result<void> {
        auto person = existing(id);
        if (!person)
            return person.error();
        if ((person->role == Role::Owner) != (details.role == Role::Owner))
            return fail(tr("The owner's role cannot be changed here, and nobody else can become the owner."));
        auto sameEmail = byEmail(email);
        if (!sameEmail)
            return sameEmail.error();
        if (sameEmail.value() && (*sameEmail)->id != id)
            return fail(tr("%1 already has the email %2. Use another address.").arg((*sameEmail)->name, email));
        auto department = ensureDepartment(details.department);
        if (!department)
            return department.error();
        auto updated = m_db.exec(QStringLiteral("UPDATE people SET email = :e, name = :n, department_id = :d, role = :r WHERE id = :id"),
            {{QStringLiteral(":e"), email}, {QStringLiteral(":n"), details.name.simplified()}, {QStringLiteral(":d"), *department},
                {QStringLiteral(":r"), key(details.role)}, {QStringLiteral(":id"), id}},
            tr("saving the person"));
        if (!updated)
            return updated.error();
        return audit(m_db, m_actor, id, QStringLiteral("person-edited"));
    });
}

Result<void> People::setStatus(qint64 id, Status status)
{
    return changeAndAnnounce(id, [&]() -> Result<void> {
        auto person = existing(id);
        if (!person)
            return person.error();
        if (person->role == Role::Owner && status == Status::Left)
            return fail(tr("The owner cannot be marked as having left. Hand the organisation to someone else first."));
        const bool left = status == Status::Left;
        auto updated = m_db.exec(QStringLiteral("UPDATE people SET status = :s, left_on = :l WHERE id = :id"),
            {{QStringLiteral(":s"), left ? QStringLiteral("left") : QStringLiteral("active")},
                {QStringLiteral(":l"), left ? QVariant(m_db.clock().today().toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString))},
                {QStringLiteral(":id"), id}},
            tr("changing the person's status"));
        if (!updated)
            return updated.error();
        return audit(m_db, m_actor, id, left ? QStringLiteral("person-left") : QStringLiteral("person-returned"));
    });
}

Result<void> People::remove(qint64 id)
{
    return changeAndAnnounce(id, [&]() -> Result<void> {
        auto connections = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE owner_id = :id"), {{QStringLiteral(":id"), id}},
            tr("checking the person's contacts"));
        if (!connections)
            return connections.error();
        if (connections->toLongLong() > 0)
            return fail(tr("This person already has contacts, so they can only be marked as having left."));
        auto removed = m_db.exec(
            QStringLiteral("DELETE FROM people WHERE id = :id AND role <> 'owner'"), {{QStringLiteral(":id"), id}}, tr("removing the person"));
        if (!removed)
            return removed.error();
        return audit(m_db, m_actor, id, QStringLiteral("person-removed"));
    });
}

Result<void> People::changeAndAnnounce(qint64 id, const std::function<Result<void>()> &work)
{
    auto done = m_db.transaction(work);
    if (!done)
        return done;
    Q_EMIT changed(id);
    return {};
}

Result<Person> People::existing(qint64 id) const
{
    auto found = byId(id);
    if (!found)
        return found.error();
    if (!found.value())
        return fail(tr("That person no longer exists; the list was refreshed."));
    return **found;
}

Result<std::optional<Person>> People::byId(qint64 id) const
{
    auto found = select(QStringLiteral("p.id = :k"), id);
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<Person>();
    return std::optional<Person>(found->front());
}

Result<std::optional<Person>> People::byEmail(const QString &email) const
{
    auto found = select(QStringLiteral("p.email = :k"), normaliseEmail(email));
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<Person>();
    return std::optional<Person>(found->front());
}

Result<std::vector<Person>> People::all() const
{
    return select({}, {});
}

Result<std::vector<Person>> People::select(const QString &where, const QVariant &bind) const
{
    QString sql = QStringLiteral("SELECT p.id, p.email, p.name, COALESCE(d.name, ''), p.role, p.status, p.participating, p.joined_on, p.left_on "
                                 "FROM people p LEFT JOIN departments d ON d.id = p.department_id");
    storage::Binds binds;
    if (!where.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + where;
        binds.emplace_back(QStringLiteral(":k"), bind);
    }
    sql += QStringLiteral(" ORDER BY p.name, p.id");
    auto query = m_db.exec(sql, binds, tr("reading people"));
    if (!query)
        return query.error();
    std::vector<Person> people;
    while (query->next()) {
        Person p;
        p.id = query->value(0).toLongLong();
        p.email = query->value(1).toString();
        p.name = query->value(2).toString();
        p.department = query->value(3).toString();
        p.role = roleFromKey(query->value(4).toString()).value_or(Role::Employee);
        p.status = query->value(5).toString() == QLatin1String("left") ? Status::Left : Status::Active;
        p.participating = query->value(6).toInt() != 0;
        p.joinedOn = QDate::fromString(query->value(7).toString(), Qt::ISODate);
        p.leftOn = QDate::fromString(query->value(8).toString(), Qt::ISODate);
        people.push_back(std::move(p));
    }
    return people;
}

} // namespace consentric::consent
