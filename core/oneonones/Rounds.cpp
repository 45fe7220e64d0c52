#include "oneonones/Rounds.h"

#include "consent/AuditLog.h"
#include "consent/Crypto.h"
#include "oneonones/Members.h"
#include "oneonones/Pairing.h"
#include "oneonones/Schedule.h"
#include "storage/StoredTime.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <map>
#include <set>

namespace consentric::oneonones {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::oneonones::Rounds", text);
}

QByteArray notesContext(qint64 meetingId, qint64 personId)
{
    return "oneonone-notes:" + QByteArray::number(meetingId) + ':' + QByteArray::number(personId);
}

Result<void> mustRunTheProgram(const consent::Session &session)
{
    if (!session.runsTheProgram())
        return fail(tr("Only the owner or an admin can arrange one-to-one rounds. Sign in as the owner."));
    return {};
}

constexpr int kNoticeMinutes = 60;

struct Due
{
    MeetingPerson person;
    Candidate candidate;
    Attendance attendance;
};

} // namespace

bool Meeting::crossDepartment() const
{
    for (const MeetingPerson &a : people)
        for (const MeetingPerson &b : people)
            if (a.department.compare(b.department, Qt::CaseInsensitive) != 0)
                return true;
    return false;
}

QStringList conversationPrompts()
{
    return {
        tr("What does a good week look like in your part of the business?"),
        tr("What is something your team does that the rest of us rarely see?"),
        tr("What did you work on before you came here, and what do you miss from it?"),
        tr("Which problem would you solve for the whole business if you had a free month?"),
        tr("What have you learnt recently, at work or outside it?"),
        tr("Who helped you most in your first weeks here, and how?"),
        tr("What question do customers ask you most often?"),
        tr("What would make working across our departments easier?"),
    };
}

Result<QTimeZone> Rounds::zone() const
{
    auto id = m_db.scalar(QStringLiteral("SELECT time_zone FROM organisation ORDER BY id LIMIT 1"), {}, tr("reading the organisation"));
    if (!id)
        return id.error();
    const QTimeZone zone(id->toString().toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

Result<Round> Rounds::plan(const consent::Session &owner, QDate date) const
{
    if (auto allowed = mustRunTheProgram(owner); !allowed)
        return allowed.error();
    return planInside(owner, date);
}

Result<Round> Rounds::planInside(const consent::Session &, QDate date) const
{
    const QDate today = m_db.clock().today();
    if (!date.isValid())
        return fail(tr("Choose a date for the round."));
    if (date < today)
        return fail(tr("%1 is in the past. A round arranges meetings from its date on: choose today or a later day.")
                        .arg(QLocale().toString(date, QLocale::LongFormat)));
    if (date > today.addDays(kFurthestRoundDays))
        return fail(tr("%1 is more than a year away. Choose a date within the next year.").arg(QLocale().toString(date, QLocale::LongFormat)));
    auto tz = zone();
    if (!tz)
        return tz.error();

    // Members, with the date of their last round.
    auto rows = m_db.exec(QStringLiteral("SELECT p.id, p.name, p.email, COALESCE(d.name, ''), p.joined_on, o.cadence, o.snoozed_until, "
                                         "o.paused, o.work_days, o.work_start, o.work_end, "
                                         "(SELECT MAX(r.round_on) FROM oneonone_attendees a JOIN oneonone_meetings m ON m.id = a.meeting_id "
                                         " JOIN oneonone_rounds r ON r.id = m.round_id WHERE a.person_id = p.id) "
                                         "FROM oneonone_members o JOIN people p ON p.id = o.person_id "
                                         "LEFT JOIN departments d ON d.id = p.department_id "
                                         "WHERE o.active = 1 AND p.status = 'active' AND p.role = 'employee' ORDER BY p.id"),
        tr("reading the one-to-one members"));
    if (!rows)
        return rows.error();
    std::vector<Due> due;
    int members = 0;
    int snoozed = 0;
    int paused = 0;
    int notYet = 0;
    while (rows->next()) {
        ++members;
        const QDate until = QDate::fromString(rows->value(6).toString(), Qt::ISODate);
        if (until.isValid() && date < until) {
            ++snoozed;
            continue;
        }
        if (rows->value(7).toInt() == 1) {
            ++paused;
            continue;
        }
        const Cadence cadence = cadenceFromKey(rows->value(5).toString()).value_or(Cadence::TwoWeekly);
        const QDate last = QDate::fromString(rows->value(11).toString(), Qt::ISODate);
        if (last.isValid() && last.daysTo(date) < daysBetweenRounds(cadence)) {
            ++notYet;
            continue;
        }
        Due person;
        person.person = {rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(2).toString(), rows->value(3).toString()};
        person.candidate = {person.person.id, person.person.department, QDate::fromString(rows->value(4).toString(), Qt::ISODate)};
        person.attendance.hours.days = WorkingHours::daysFrom(rows->value(8).toString());
        person.attendance.hours.start = QTime::fromString(rows->value(9).toString(), QStringLiteral("HH:mm"));
        person.attendance.hours.end = QTime::fromString(rows->value(10).toString(), QStringLiteral("HH:mm"));
        due.push_back(std::move(person));
    }
    const QString dateText = QLocale().toString(date, QLocale::LongFormat);
    if (due.size() < 2) {
        return fail(tr("Fewer than two people are due for a one-to-one on %1, and a meeting needs two. Due: %2. In the one-to-one program: %3; "
                       "snoozed: %4; paused after skipping: %5; last round too recent for their cadence: %6. "
                       "Choose a later date, or invite colleagues to join.")
                        .arg(dateText)
                        .arg(due.size())
                        .arg(members)
                        .arg(snoozed)
                        .arg(paused)
                        .arg(notYet));
    }

    // Earlier meetings: who met whom and when, and each person's previous meeting.
    std::map<std::pair<qint64, qint64>, QDate> lastMet;
    std::map<qint64, std::pair<QDate, std::set<qint64>>> previous;
    std::map<qint64, std::vector<Busy>> busy;
    {
        auto meetings = m_db.exec(QStringLiteral("SELECT m.id, r.round_on, m.starts_at, m.ends_at, a.person_id FROM oneonone_meetings m "
                                                 "JOIN oneonone_rounds r ON r.id = m.round_id "
                                                 "JOIN oneonone_attendees a ON a.meeting_id = m.id ORDER BY r.round_on, m.id"),
            tr("reading earlier one-to-ones"));
        if (!meetings)
            return meetings.error();
        std::map<qint64, std::vector<qint64>> peopleOf;
        std::map<qint64, QDate> dateOf;
        while (meetings->next()) {
            const qint64 meeting = meetings->value(0).toLongLong();
            const qint64 person = meetings->value(4).toLongLong();
            peopleOf[meeting].push_back(person);
            dateOf[meeting] = QDate::fromString(meetings->value(1).toString(), Qt::ISODate);
            busy[person].push_back({storage::timeFromStored(meetings->value(2)), storage::timeFromStored(meetings->value(3))});
        }
        for (const auto &[meeting, people] : peopleOf) {
            const QDate on = dateOf[meeting];
            for (qint64 a : people) {
                auto &[when, partners] = previous[a];
                if (!when.isValid() || on >= when) {
                    if (on > when)
                        partners.clear();
                    when = on;
                    for (qint64 b : people)
                        if (b != a)
                            partners.insert(b);
                }
                for (qint64 b : people)
                    if (a < b)
                        lastMet[{a, b}] = std::max(lastMet[{a, b}], on);
            }
        }
    }
    Members members_(m_db);
    auto tokens = members_.tokens();
    if (!tokens)
        return tokens.error();
    auto pairTokens = members_.pairTokens();
    if (!pairTokens)
        return pairTokens.error();
    std::set<std::pair<qint64, qint64>> ruledOut;
    for (size_t i = 0; i < due.size(); ++i) {
        for (size_t j = i + 1; j < due.size(); ++j) {
            const qint64 a = due[i].person.id;
            const qint64 b = due[j].person.id;
            const bool lastPartners = previous[a].second.count(b) > 0 || previous[b].second.count(a) > 0;
            const bool doNotPair = !tokens->empty() && *pairTokens && tokens->count((*pairTokens)->of(a, b)) > 0;
            if (lastPartners || doNotPair)
                ruledOut.insert({a, b});
        }
    }
    std::vector<Candidate> candidates;
    for (const Due &person : due)
        candidates.push_back(person.candidate);
    PairingRules rules;
    rules.date = date;
    rules.excluded = [&](qint64 a, qint64 b) { return ruledOut.count(std::minmax(a, b)) > 0; };
    rules.lastMet = [&](qint64 a, qint64 b) -> std::optional<QDate> {
        const auto found = lastMet.find(std::minmax(a, b));
        return found == lastMet.end() ? std::nullopt : std::optional<QDate>(found->second);
    };
    auto pairing = pairUp(candidates, rules);
    if (!pairing)
        return pairing.error();

    Round round;
    round.date = date;
    round.createdAt = m_db.clock().now().toUTC();
    round.due = int(due.size());
    const auto find = [&](qint64 id) -> Due & { return *std::find_if(due.begin(), due.end(), [&](const Due &d) { return d.person.id == id; }); };
    for (qint64 id : pairing->unpaired)
        round.noPartner.push_back(find(id).person);
    if (pairing->groups.empty())
        return fail(tr("None of the %1 people due on %2 may be paired: do-not-pair lists and last rounds' partners rule out every pair. "
                       "Nothing was written; try again when more colleagues are due.")
                        .arg(due.size())
                        .arg(dateText));

    const QDateTime now = m_db.clock().now();
    // A round for today leaves an hour's notice before the first meeting.
    const QDateTime from = date == today ? now.addSecs(kNoticeMinutes * 60) : QDateTime(date, QTime(0, 0), *tz);
    const QStringList prompts = conversationPrompts();
    auto roundsSoFar = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM oneonone_rounds"), {}, tr("reading earlier rounds"));
    if (!roundsSoFar)
        return roundsSoFar.error();
    int promptIndex = roundsSoFar->toInt();
    for (const auto &group : pairing->groups) {
        std::vector<const Attendance *> attendees;
        for (qint64 id : group) {
            Due &person = find(id);
            person.attendance.busy = busy[id];
            attendees.push_back(&person.attendance);
        }
        const auto slot = earliestSlot(attendees, from, *tz);
        if (!slot) {
            for (qint64 id : group)
                round.noTime.push_back(find(id).person);
            continue;
        }
        Meeting meeting;
        meeting.uid = QString::fromLatin1(consent::randomBytes(16).toHex()) + QStringLiteral("@consentric");
        meeting.start = *slot;
        meeting.end = slot->addSecs(kMeetingMinutes * 60);
        meeting.prompt = prompts.at(promptIndex++ % prompts.size());
        for (qint64 id : group) {
            meeting.people.push_back(find(id).person);
            busy[id].push_back({meeting.start, meeting.end});
        }
        round.meetings.push_back(std::move(meeting));
    }
    if (round.meetings.empty())
        return fail(tr("No pair due on %1 has a free half hour in common within four weeks of it. "
                       "Check the members' working hours, or choose another date. Nothing was written.")
                        .arg(dateText));
    std::sort(round.meetings.begin(), round.meetings.end(),
        [](const Meeting &a, const Meeting &b) { return a.start != b.start ? a.start < b.start : a.people.front().name < b.people.front().name; });
    return round;
}

Result<Round> Rounds::start(const consent::Session &owner, QDate date)
{
    if (auto allowed = mustRunTheProgram(owner); !allowed)
        return allowed.error();
    Round round;
    auto written = m_db.transaction([&]() -> Result<void> {
        auto planned = planInside(owner, date);
        if (!planned)
            return planned.error();
        round = std::move(*planned);
        auto id = m_db.insert(QStringLiteral("INSERT INTO oneonone_rounds (round_on, created_at, created_by) VALUES (:d, :c, :b)"),
            {{QStringLiteral(":d"), date.toString(Qt::ISODate)}, {QStringLiteral(":c"), storage::storedTime(round.createdAt)},
                {QStringLiteral(":b"), owner.person().id}},
            tr("storing the round"));
        if (!id)
            return id.error();
        round.id = *id;
        for (Meeting &meeting : round.meetings) {
            auto meetingId = m_db.insert(QStringLiteral("INSERT INTO oneonone_meetings (round_id, uid, starts_at, ends_at, prompt) "
                                                        "VALUES (:r, :u, :s, :e, :p)"),
                {{QStringLiteral(":r"), round.id}, {QStringLiteral(":u"), meeting.uid}, {QStringLiteral(":s"), storage::storedTime(meeting.start)},
                    {QStringLiteral(":e"), storage::storedTime(meeting.end)}, {QStringLiteral(":p"), meeting.prompt}},
                tr("storing a meeting"));
            if (!meetingId)
                return meetingId.error();
            meeting.id = *meetingId;
            meeting.roundId = round.id;
            for (const MeetingPerson &person : meeting.people) {
                auto attendee = m_db.exec(QStringLiteral("INSERT INTO oneonone_attendees (meeting_id, person_id, department) VALUES (:m, :p, :d)"),
                    {{QStringLiteral(":m"), meeting.id}, {QStringLiteral(":p"), person.id},
                        {QStringLiteral(":d"), storage::notNull(person.department)}},
                    tr("storing a meeting"));
                if (!attendee)
                    return attendee.error();
            }
        }
        auto logged = consent::AuditLog(m_db).append(owner.person().id, std::nullopt, QStringLiteral("oneonone-round-started"),
            {{QStringLiteral("round"), round.id}, {QStringLiteral("date"), date.toString(Qt::ISODate)},
                {QStringLiteral("meetings"), qint64(round.meetings.size())}});
        if (!logged)
            return logged.error();
        return {};
    });
    if (!written)
        return written.error();
    return round;
}

Result<std::vector<Meeting>> Rounds::meetingsWhere(const QString &where, const storage::Binds &binds) const
{
    auto rows = m_db.exec(QStringLiteral("SELECT m.id, m.round_id, m.uid, m.starts_at, m.ends_at, m.prompt, p.id, p.name, p.email, a.department "
                                         "FROM oneonone_meetings m JOIN oneonone_attendees a ON a.meeting_id = m.id "
                                         "JOIN people p ON p.id = a.person_id WHERE ")
            + where + QStringLiteral(" ORDER BY m.starts_at DESC, m.id DESC, p.name"),
        binds, tr("reading one-to-ones"));
    if (!rows)
        return rows.error();
    std::vector<Meeting> meetings;
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        if (meetings.empty() || meetings.back().id != id) {
            Meeting meeting;
            meeting.id = id;
            meeting.roundId = rows->value(1).toLongLong();
            meeting.uid = rows->value(2).toString();
            meeting.start = storage::timeFromStored(rows->value(3));
            meeting.end = storage::timeFromStored(rows->value(4));
            meeting.prompt = rows->value(5).toString();
            meetings.push_back(std::move(meeting));
        }
        meetings.back().people.push_back(
            {rows->value(6).toLongLong(), rows->value(7).toString(), rows->value(8).toString(), rows->value(9).toString()});
    }
    return meetings;
}

Result<std::vector<Round>> Rounds::history(const consent::Session &owner) const
{
    if (auto allowed = mustRunTheProgram(owner); !allowed)
        return allowed.error();
    auto rows
        = m_db.exec(QStringLiteral("SELECT id, round_on, created_at FROM oneonone_rounds ORDER BY round_on DESC, id DESC"), tr("reading rounds"));
    if (!rows)
        return rows.error();
    std::vector<Round> rounds;
    std::map<qint64, size_t> index;
    while (rows->next()) {
        Round round;
        round.id = rows->value(0).toLongLong();
        round.date = QDate::fromString(rows->value(1).toString(), Qt::ISODate);
        round.createdAt = storage::timeFromStored(rows->value(2));
        index[round.id] = rounds.size();
        rounds.push_back(std::move(round));
    }
    auto meetings = meetingsWhere(QStringLiteral("1 = 1"), {});
    if (!meetings)
        return meetings.error();
    for (Meeting &meeting : *meetings)
        if (const auto found = index.find(meeting.roundId); found != index.end())
            rounds[found->second].meetings.push_back(std::move(meeting));
    for (Round &round : rounds)
        std::reverse(round.meetings.begin(), round.meetings.end()); // earliest first within a round
    return rounds;
}

Result<std::vector<MyMeeting>> Rounds::mine(const consent::Session &self) const
{
    auto meetings = meetingsWhere(
        QStringLiteral("m.id IN (SELECT meeting_id FROM oneonone_attendees WHERE person_id = :me)"), {{QStringLiteral(":me"), self.person().id}});
    if (!meetings)
        return meetings.error();
    auto marks = m_db.exec(QStringLiteral("SELECT meeting_id, mark, notes FROM oneonone_attendees WHERE person_id = :me"),
        {{QStringLiteral(":me"), self.person().id}}, tr("reading your one-to-ones"));
    if (!marks)
        return marks.error();
    std::map<qint64, std::pair<Mark, QString>> own;
    while (marks->next()) {
        const qint64 meeting = marks->value(0).toLongLong();
        const QString text = marks->value(1).toString();
        const Mark mark = text == QLatin1String("held") ? Mark::Held : text == QLatin1String("skipped") ? Mark::Skipped : Mark::Open;
        QString notes;
        const QByteArray sealed = marks->value(2).toByteArray();
        if (!sealed.isEmpty()) {
            auto plain = consent::open(self.dataKey(), sealed, notesContext(meeting, self.person().id));
            if (!plain)
                return fail(tr("Your notes on a one-to-one could not be opened: %1").arg(plain.error().message));
            notes = QString::fromUtf8(*plain);
        }
        own[meeting] = {mark, notes};
    }
    std::vector<MyMeeting> result;
    for (Meeting &meeting : *meetings) {
        MyMeeting mine;
        mine.mark = own[meeting.id].first;
        mine.notes = own[meeting.id].second;
        mine.meeting = std::move(meeting);
        result.push_back(std::move(mine));
    }
    return result;
}

Result<bool> Rounds::mark(const consent::Session &self, qint64 meetingId, Mark mark, const QString &notes)
{
    if (mark == Mark::Open)
        return fail(tr("Mark the one-to-one as held or as skipped."));
    const QString text = notes.trimmed();
    if (text.size() > kLongestNotes)
        return fail(tr("The notes are %1 characters long; keep them under %2.").arg(text.size()).arg(kLongestNotes));
    auto starts = m_db.scalar(QStringLiteral("SELECT m.starts_at FROM oneonone_meetings m JOIN oneonone_attendees a ON a.meeting_id = m.id "
                                             "WHERE m.id = :m AND a.person_id = :p"),
        {{QStringLiteral(":m"), meetingId}, {QStringLiteral(":p"), self.person().id}}, tr("reading your one-to-one"));
    if (!starts)
        return starts.error();
    if (starts->isNull())
        return fail(tr("This one-to-one is not one of yours, or it no longer exists. Reload the page."));
    const QDateTime begins = storage::timeFromStored(*starts);
    if (begins > m_db.clock().now()) {
        auto tz = zone();
        if (!tz)
            return tz.error();
        return fail(
            tr("This one-to-one is on %1. Mark it once its time has come.").arg(QLocale().toString(begins.toTimeZone(*tz), QLocale::LongFormat)));
    }
    bool pausedNow = false;
    auto written = m_db.transaction([&]() -> Result<void> {
        const QVariant sealed = text.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                               : QVariant(consent::seal(self.dataKey(), text.toUtf8(), notesContext(meetingId, self.person().id)));
        auto updated = m_db.exec(
            QStringLiteral("UPDATE oneonone_attendees SET mark = :k, marked_at = :t, notes = :n WHERE meeting_id = :m AND person_id = :p"),
            {{QStringLiteral(":k"), mark == Mark::Held ? QStringLiteral("held") : QStringLiteral("skipped")},
                {QStringLiteral(":t"), storage::storedTime(m_db.clock().now())}, {QStringLiteral(":n"), sealed}, {QStringLiteral(":m"), meetingId},
                {QStringLiteral(":p"), self.person().id}},
            tr("saving your mark"));
        if (!updated)
            return updated.error();
        if (mark == Mark::Skipped) {
            auto paused = Members(m_db).pauseAfterSkips(self.person().id);
            if (!paused)
                return paused.error();
            pausedNow = *paused;
        }
        return {};
    });
    if (!written)
        return written.error();
    return pausedNow;
}

} // namespace consentric::oneonones
