// consentric oneonones: start a round of one-to-ones for a date, write one invitation
// (.ics) per meeting into a folder, and print the meetings.
#include "CommandLine.h"
#include "CommandSupport.h"
#include "SignIn.h"
#include "oneonones/Rounds.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace consentric::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::app", text);
}

QString peopleOf(const oneonones::Meeting &meeting)
{
    QStringList people;
    for (const oneonones::MeetingPerson &person : meeting.people)
        people << (person.department.isEmpty() ? person.name : tr("%1 (%2)").arg(person.name, person.department));
    return people.join(QStringLiteral(" · "));
}

QString namesOf(const std::vector<oneonones::MeetingPerson> &people)
{
    QStringList names;
    for (const oneonones::MeetingPerson &person : people)
        names << person.name;
    return names.join(QStringLiteral(", "));
}

} // namespace

int runOneOnOnes(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption round(QStringLiteral("round"), tr("Start a round: pair everyone whose cadence is due on the date."));
    const QCommandLineOption date(QStringLiteral("date"), tr("The round's date, YYYY-MM-DD (default: today); not in the past."), tr("date"));
    const QCommandLineOption output(
        QStringLiteral("output"), tr("The folder for the invitations, one .ics file per meeting (made if missing)."), tr("folder"));
    auto parsed = parse(parser, arguments, QStringLiteral("oneonones"),
        tr("Start a round of one-to-ones and write its invitations (as the owner or an admin)."),
        {databaseOption(), round, date, output, signInOptions().at(0), signInOptions().at(1)},
        {QStringLiteral("database"), QStringLiteral("output")});
    if (!parsed.ok)
        return parsed.code;
    if (!parser.isSet(round))
        return failWith(
            UsageError, tr("Say what to do: --round starts a round, for example: consentric oneonones --database P --round --output DIR"));
    QDate day;
    if (parser.isSet(date)) {
        day = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!day.isValid() || parser.value(date).size() != 10)
            return failWith(UsageError, tr("“%1” is not a date. Write it as year-month-day, for example: --date 2026-10-05").arg(parser.value(date)));
    }
    auto signedIn = openAndSignIn(parser, ActingAs::Owner);
    if (!signedIn)
        return failWith(Failure, signedIn.message());
    if (!day.isValid())
        day = signedIn->db->clock().today();
    oneonones::Rounds rounds(*signedIn->db);
    auto zone = rounds.zone();
    if (!zone)
        return failWith(Failure, zone.message());
    // Fail before anything is written when the folder cannot be made.
    const QString folder = parser.value(output);
    if (!QDir().mkpath(folder))
        return failWith(Failure, tr("The folder %1 could not be made. Choose a folder you may write to.").arg(QDir::toNativeSeparators(folder)));
    auto started = rounds.start(signedIn->session, day);
    if (!started)
        return failWith(Failure, started.message());
    const QLocale locale;
    printOut(tr("Round for %1: %2 meetings for the %3 people due (times in %4).")
                 .arg(locale.toString(day, QLocale::LongFormat))
                 .arg(started->meetings.size())
                 .arg(started->due)
                 .arg(QString::fromUtf8(zone->id())));
    for (const oneonones::Meeting &meeting : started->meetings) {
        const QDateTime start = meeting.start.toTimeZone(*zone);
        const QDateTime end = meeting.end.toTimeZone(*zone);
        printOut(QStringLiteral("  %1–%2  %3")
                     .arg(start.toString(QStringLiteral("yyyy-MM-dd HH:mm")), end.toString(QStringLiteral("HH:mm")), peopleOf(meeting)));
    }
    if (!started->noPartner.empty())
        printOut(tr("Not paired this round (nobody they may meet was left): %1").arg(namesOf(started->noPartner)));
    if (!started->noTime.empty())
        printOut(tr("Not paired this round (no common free half hour within four weeks): %1").arg(namesOf(started->noTime)));
    auto files = rounds.writeInvitations(*started, folder);
    if (!files)
        return failWith(Failure,
            tr("The round was started, but %1 Write the invitations again from the One-to-ones page (Save invitations…).").arg(files.message()));
    printOut(tr("Wrote %1 invitations to %2.").arg(files->size()).arg(QDir::toNativeSeparators(QFileInfo(folder).absoluteFilePath())));
    return Success;
}

} // namespace consentric::app
