#include "consent/Erasure.h"

#include "oneonones/Members.h"

#include "consent/AuditLog.h"
#include "consent/Participation.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace consentric::consent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::consent::Erasure", text);
}

} // namespace

Result<Erased> Erasure::eraseOwnData(const Session &employee)
{
    // Their do-not-pair tokens can be found only through their own sealed list.
    if (auto forgotten = oneonones::Members(m_db).forgetDoNotPair(employee); !forgotten)
        return forgotten.error();
    return erase(employee.person().id, employee.person().id, false);
}

Result<Erased> Erasure::eraseSomeoneWhoLeft(const Session &owner, const QString &email)
{
    if (!owner.runsTheProgram())
        return fail(tr("Only the owner or an admin erases someone else's data; an employee erases only their own."));
    auto person = People(m_db).byEmail(email);
    if (!person)
        return person.error();
    if (!person->has_value())
        return fail(tr("Nobody with the email %1 is in this database.").arg(People::normaliseEmail(email)));
    if ((*person)->role == Role::Owner)
        return fail(tr("The owner's own data is erased by the owner, without --left."));
    return erase((*person)->id, owner.person().id, true);
}

Result<Erased> Erasure::giveFreshAccount(const Session &owner, const QString &email, const QString &passphrase, const KdfLimits &limits)
{
    if (!owner.runsTheProgram())
        return fail(tr("Only the owner or an admin gives someone a fresh account."));
    if (auto ok = Accounts::checkPassphrase(passphrase, PassphraseRule::Strict); !ok)
        return ok.error();
    auto person = People(m_db).byEmail(email);
    if (!person)
        return person.error();
    if (!person->has_value() || (*person)->status != Status::Active)
        return fail(tr("Nobody active with the email %1 is in this database.").arg(People::normaliseEmail(email)));
    if ((*person)->id == owner.person().id)
        return fail(tr("Your own passphrase is changed under Settings, or recovered with your recovery key."));
    const qint64 personId = (*person)->id;
    auto erased = erase(personId, owner.person().id, false);
    if (!erased)
        return erased;
    auto done = m_db.transaction([&]() -> Result<void> {
        if (auto removed = m_db.exec(
                QStringLiteral("DELETE FROM accounts WHERE person_id = :p"), {{QStringLiteral(":p"), personId}}, tr("closing the old account"));
            !removed)
            return removed.error();
        auto created = Accounts(m_db).create(personId, passphrase, limits);
        if (!created)
            return created.error();
        return {};
    });
    if (!done)
        return done.error();
    return erased;
}

Result<Erased> Erasure::erase(qint64 personId, std::optional<qint64> actor, bool closeAccount)
{
    Erased erased;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto count = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM connections WHERE employee_id = :p"), {{QStringLiteral(":p"), personId}},
            tr("counting the connections to erase"));
        if (!count)
            return count.error();
        erased.connections = count->toInt();
        if (auto recorded = Participation(m_db).recordErasure(personId); !recorded)
            return recorded.error();
        const QString what = tr("erasing the connections");
        // One-to-ones: private notes and the sealed do-not-pair list go; the rounds keep who
        // met whom (the owner saw it when they were made).
        for (const char *sql : {"DELETE FROM connections WHERE employee_id = :p", "DELETE FROM contacts WHERE owner_id = :p",
                 "UPDATE people SET participating = 0 WHERE id = :p", "UPDATE oneonone_attendees SET notes = NULL WHERE person_id = :p",
                 "DELETE FROM oneonone_members WHERE person_id = :p"}) {
            if (auto ran = m_db.exec(QString::fromLatin1(sql), {{QStringLiteral(":p"), personId}}, what); !ran)
                return ran.error();
        }
        if (closeAccount) {
            if (auto ran = m_db.exec(QStringLiteral("DELETE FROM accounts WHERE person_id = :p"), {{QStringLiteral(":p"), personId}}, what); !ran)
                return ran.error();
            auto left = m_db.exec(QStringLiteral("UPDATE people SET status = 'left', left_on = COALESCE(left_on, :d) WHERE id = :p"),
                {{QStringLiteral(":d"), m_db.clock().today().toString(Qt::ISODate)}, {QStringLiteral(":p"), personId}}, what);
            if (!left)
                return left.error();
        }
        // The tombstone: who, when, and that it happened; nothing of what was erased.
        auto logged = AuditLog(m_db).append(actor, personId, closeAccount ? QStringLiteral("erased-and-closed") : QStringLiteral("erased"));
        if (!logged)
            return logged.error();
        return {};
    });
    if (!done)
        return done.error();
    auto cleared = m_db.clearWriteAheadLog();
    if (!cleared)
        return cleared.error();
    erased.filesClean = *cleared;
    return erased;
}

} // namespace consentric::consent
