// Invitations people open in their own calendar program: one iCalendar object (RFC 5545)
// per meeting, METHOD:REQUEST with one VEVENT, times in UTC, lines folded at 75 octets and
// ended with CRLF; or a mailto: draft with the same facts for those who prefer e-mail.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <vector>

namespace consentric::oneonones {

struct Invitee
{
    QString name;
    QString email;
};

struct Invitation
{
    QString uid; // globally unique, stable for the meeting
    QDateTime stamp; // when the invitation was made (DTSTAMP)
    QDateTime start;
    QDateTime end;
    QString summary;
    QString description; // the conversation prompt and a line on what the meeting is for
    Invitee organizer;
    std::vector<Invitee> attendees;
};

// The whole VCALENDAR, UTF-8 with CRLF line ends.
QByteArray toICalendar(const Invitation &invitation);
// TEXT escaping of RFC 5545 §3.3.11 (backslash, semicolon, comma, newline).
QString escapeText(const QString &text);
// Folds one content line into lines of at most 75 octets, never inside a UTF-8 sequence.
QByteArray foldLine(const QByteArray &line);
// mailto:a@x,b@y?subject=…&body=… with the time written for people, in `zone`.
QUrl mailtoDraft(const Invitation &invitation, const QString &whenText);
// A file name for the meeting: "2026-10-05 0930 Alex Kim - Sam Rivera.ics", safe on every system.
QString fileNameFor(const Invitation &invitation, const QString &localStart);

} // namespace consentric::oneonones
