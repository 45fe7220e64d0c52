// Rounds of one-to-ones. The owner (or an admin) starts a round for a date: every member
// whose cadence is due on that date, who is not snoozed or paused, is paired (see Pairing),
// and each meeting gets the earliest free half hour inside its people's working hours
// (see Schedule). A round is written whole, in one transaction, or not at all. Afterwards
// each person marks their meeting held or skipped, with private notes sealed under their
// own data key: nobody else, the owner included, can read them, and no owner-facing call
// returns anyone's mark (only the held rate, when at least three people stand behind it).
#pragma once

#include "consent/Accounts.h"
#include "oneonones/Calendar.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <vector>

namespace consentric::oneonones {

struct MeetingPerson
{
    qint64 id = 0;
    QString name;
    QString email;
    QString department; // at the time of the round
};

struct Meeting
{
    qint64 id = 0; // 0 in a plan not yet started
    qint64 roundId = 0;
    QString uid;
    QDateTime start; // UTC
    QDateTime end;
    QString prompt;
    std::vector<MeetingPerson> people; // two, or three in the round's one group of three
    bool crossDepartment() const;
};

struct Round
{
    qint64 id = 0;
    QDate date;
    QDateTime createdAt;
    std::vector<Meeting> meetings;
    // Only in a plan or a round just started: who was due but could not be paired or placed.
    std::vector<MeetingPerson> noPartner; // everyone they may meet was taken or ruled out
    std::vector<MeetingPerson> noTime; // no common free half hour within four weeks
    int due = 0; // members due on the date
};

enum class Mark { Open, Held, Skipped };

struct MyMeeting
{
    Meeting meeting;
    Mark mark = Mark::Open;
    QString notes; // opened with the person's own key
};

inline constexpr int kLongestNotes = 4000;
inline constexpr int kFurthestRoundDays = 365;

class Rounds
{
public:
    explicit Rounds(storage::Database &db)
        : m_db(db)
    { }

    // What a round on `date` would be; writes nothing.
    Result<Round> plan(const consent::Session &owner, QDate date) const;
    // Plans and stores the round in one transaction; nothing is written when it fails.
    Result<Round> start(const consent::Session &owner, QDate date);
    // Every round, newest first.
    Result<std::vector<Round>> history(const consent::Session &owner) const;
    // The signed-in person's own meetings, newest first, with their mark and notes.
    Result<std::vector<MyMeeting>> mine(const consent::Session &self) const;
    // Marks one of the signed-in person's meetings after it began. True when this was their
    // third skip in a row and they are now paused (the window then asks whether to stay).
    Result<bool> mark(const consent::Session &self, qint64 meetingId, Mark mark, const QString &notes);

    // The organisation's time zone (UTC when none or an unknown one is set).
    Result<QTimeZone> zone() const;
    // The invitation for a meeting, the owner as organiser.
    Result<Invitation> invitation(const Meeting &meeting) const;
    // Writes one invitation to `path` (replaced whole, or left as it was).
    Result<void> writeInvitation(const Invitation &invitation, const QString &path) const;
    // Writes one .ics per meeting into `directory` (made if missing); returns the paths.
    Result<QStringList> writeInvitations(const Round &round, const QString &directory) const;

private:
    Result<Round> planInside(const consent::Session &owner, QDate date) const;
    Result<std::vector<Meeting>> meetingsWhere(const QString &where, const storage::Binds &binds) const;
    storage::Database &m_db;
};

// A few conversation prompts; the round picks one per meeting.
QStringList conversationPrompts();

} // namespace consentric::oneonones
