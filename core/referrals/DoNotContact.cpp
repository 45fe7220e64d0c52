#include "referrals/DoNotContact.h"

#include "consent/AuditLog.h"
#include "consent/ContactVault.h"
#include "consent/Pseudonyms.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace consentric::referrals {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::referrals::DoNotContact", text);
}

} // namespace

Result<void> DoNotContact::add(const consent::Session &session, qint64 connectionId)
{
    return m_db.transaction([&]() -> Result<void> {
        auto row
            = m_db.exec(QStringLiteral("SELECT n.employee_id, n.level, c.id, c.pseudonym FROM connections n JOIN contacts c ON c.id = n.contact_id "
                                       "WHERE n.id = :id"),
                {{QStringLiteral(":id"), connectionId}}, tr("reading the connection"));
        if (!row)
            return row.error();
        if (!row->next())
            return fail(tr("That connection no longer exists."));
        const bool own = row->value(0).toLongLong() == session.person().id;
        const bool shared = row->value(1).toString() == QLatin1String("shared");
        const qint64 contact = row->value(2).toLongLong();
        QByteArray token = row->value(3).toByteArray();
        row->finish();
        if (!own && !(session.runsTheProgram() && shared))
            return fail(tr("Only the employee whose connection it is can put this person on the do-not-contact list."));
        if (token.isEmpty() && own) {
            auto details = consent::ContactVault(m_db).read(session, contact);
            if (!details)
                return details.error();
            consent::Pseudonyms pseudonyms(m_db);
            if (auto held = pseudonyms.acquire(session); !held)
                return held.error();
            auto made = pseudonyms.of(
                session, consent::Pseudonyms::identityOf(details->email, details->profileUrl, details->displayName, details->company));
            if (!made)
                return made.error();
            token = *made;
        }
        if (token.isEmpty() && session.runsTheProgram())
            return fail(tr("The owner and admins do not hold the team's pseudonym key, so a contact of theirs cannot go on the do-not-contact "
                           "list. Note the person's wish yourself, and do not ask the team about them."));
        if (token.isEmpty())
            return fail(tr("This person cannot be put on the do-not-contact list yet: the team's pseudonym key has not reached this account. "
                           "Ask the employee whose connection it is to sign in once, then try again."));
        auto exists = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM do_not_contact WHERE token = :t"), {{QStringLiteral(":t"), token}},
            tr("updating the do-not-contact list"));
        if (!exists)
            return exists.error();
        if (exists->toLongLong() > 0)
            return {};
        auto added = m_db.exec(QStringLiteral("INSERT INTO do_not_contact (token, added_on) VALUES (:t, :d)"),
            {{QStringLiteral(":t"), token}, {QStringLiteral(":d"), m_db.clock().today().toString(Qt::ISODate)}},
            tr("updating the do-not-contact list"));
        if (!added)
            return added.error();
        auto audited = consent::AuditLog(m_db).append(session.person().id, std::nullopt, QStringLiteral("do-not-contact-added"), {});
        if (!audited)
            return audited.error();
        return {};
    });
}

Result<bool> DoNotContact::isBlocked(qint64 connectionId) const
{
    auto blocked = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM connections n JOIN contacts c ON c.id = n.contact_id "
                                              "JOIN do_not_contact d ON d.token = c.pseudonym WHERE n.id = :id"),
        {{QStringLiteral(":id"), connectionId}}, tr("reading the do-not-contact list"));
    if (!blocked)
        return blocked.error();
    return blocked->toLongLong() > 0;
}

Result<qint64> DoNotContact::count() const
{
    auto count = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM do_not_contact"), {}, tr("reading the do-not-contact list"));
    if (!count)
        return count.error();
    return count->toLongLong();
}

} // namespace consentric::referrals
