// The invitation side of Rounds: one iCalendar file per meeting, the owner as organiser.
#include "oneonones/Rounds.h"

#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace consentric::oneonones {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::oneonones::Rounds", text);
}

QString namesOf(const Meeting &meeting)
{
    QStringList names;
    for (const MeetingPerson &person : meeting.people)
        names << person.name;
    if (names.size() == 3)
        return tr("%1, %2 and %3").arg(names[0], names[1], names[2]);
    if (names.size() == 2)
        return tr("%1 and %2").arg(names[0], names[1]);
    return names.join(QStringLiteral(", "));
}

} // namespace

Result<Invitation> Rounds::invitation(const Meeting &meeting) const
{
    auto organiser = m_db.exec(QStringLiteral("SELECT name, email FROM people WHERE role = 'owner'"), tr("reading the owner"));
    if (!organiser)
        return organiser.error();
    Invitation invitation;
    if (organiser->next())
        invitation.organizer = {organiser->value(0).toString(), organiser->value(1).toString()};
    invitation.uid = meeting.uid;
    invitation.stamp = m_db.clock().now().toUTC();
    invitation.start = meeting.start;
    invitation.end = meeting.end;
    invitation.summary = tr("One-to-one: %1").arg(namesOf(meeting));
    invitation.description = meeting.prompt + QStringLiteral("\n\n")
        + tr("Half an hour to get to know a colleague from another part of the business, arranged by the one-to-one program. "
             "If the time does not suit you, agree on another. Afterwards, mark it held or skipped in Consentric; no reason is asked.");
    for (const MeetingPerson &person : meeting.people)
        invitation.attendees.push_back({person.name, person.email});
    return invitation;
}

Result<void> Rounds::writeInvitation(const Invitation &invitation, const QString &path) const
{
    // Written next to its place and moved there, so a full disk never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toICalendar(invitation)) < 0 || !file.commit())
        return fail(tr("The invitation %1 could not be written: %2. Check the folder and the free space, then try again.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Result<QStringList> Rounds::writeInvitations(const Round &round, const QString &directory) const
{
    if (!QDir().mkpath(directory))
        return fail(tr("The folder %1 could not be made. Choose a folder you may write to.").arg(QDir::toNativeSeparators(directory)));
    auto tz = zone();
    if (!tz)
        return tz.error();
    QStringList written;
    for (const Meeting &meeting : round.meetings) {
        auto made = invitation(meeting);
        if (!made)
            return made.error();
        const QString local = meeting.start.toTimeZone(*tz).toString(QStringLiteral("yyyy-MM-dd HHmm"));
        const QString path = QDir(directory).filePath(fileNameFor(*made, local));
        if (auto saved = writeInvitation(*made, path); !saved)
            return saved.error();
        written << path;
    }
    return written;
}

} // namespace consentric::oneonones
