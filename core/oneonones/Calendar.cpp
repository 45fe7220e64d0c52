#include "oneonones/Calendar.h"

#include <QStringList>

namespace consentric::oneonones {

namespace {

QByteArray utc(const QDateTime &moment)
{
    return moment.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

// A parameter value: quoted, and without the characters a quoted value may not hold.
QByteArray parameterValue(const QString &value)
{
    QString clean = value;
    clean.remove(QLatin1Char('"'));
    for (QChar &c : clean)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char(' ');
    return '"' + clean.toUtf8() + '"';
}

QByteArray mailto(const QString &email)
{
    return "mailto:" + QUrl::toPercentEncoding(email.trimmed(), "@.+-_");
}

} // namespace

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    QString normal = text;
    normal.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normal.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    for (const QChar c : normal) {
        switch (c.unicode()) {
        case '\\': out += QStringLiteral("\\\\"); break;
        case ';': out += QStringLiteral("\\;"); break;
        case ',': out += QStringLiteral("\\,"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        default: out += c;
        }
    }
    return out;
}

QByteArray foldLine(const QByteArray &line)
{
    QByteArray out;
    int used = 0;
    int limit = 75;
    for (int i = 0; i < line.size();) {
        // The length of the UTF-8 sequence starting here.
        const auto lead = static_cast<unsigned char>(line[i]);
        int length = 1;
        if (lead >= 0xf0)
            length = 4;
        else if (lead >= 0xe0)
            length = 3;
        else if (lead >= 0xc0)
            length = 2;
        length = std::min(length, int(line.size()) - i);
        if (used + length > limit) {
            out += "\r\n ";
            used = 0;
            limit = 74; // the leading space counts
        }
        out += line.mid(i, length);
        used += length;
        i += length;
    }
    return out + "\r\n";
}

QByteArray toICalendar(const Invitation &invitation)
{
    QByteArray out;
    const auto add = [&out](const QByteArray &line) { out += foldLine(line); };
    add("BEGIN:VCALENDAR");
    add("VERSION:2.0");
    add("PRODID:-//Consentric//One-to-ones//EN");
    add("CALSCALE:GREGORIAN");
    add("METHOD:REQUEST");
    add("BEGIN:VEVENT");
    add("UID:" + escapeText(invitation.uid).toUtf8());
    add("DTSTAMP:" + utc(invitation.stamp));
    add("DTSTART:" + utc(invitation.start));
    add("DTEND:" + utc(invitation.end));
    add("SUMMARY:" + escapeText(invitation.summary).toUtf8());
    add("DESCRIPTION:" + escapeText(invitation.description).toUtf8());
    add("ORGANIZER;CN=" + parameterValue(invitation.organizer.name) + ':' + mailto(invitation.organizer.email));
    for (const Invitee &person : invitation.attendees)
        add("ATTENDEE;CN=" + parameterValue(person.name) + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:" + mailto(person.email));
    add("SEQUENCE:0");
    add("STATUS:CONFIRMED");
    add("TRANSP:OPAQUE");
    add("END:VEVENT");
    add("END:VCALENDAR");
    return out;
}

QUrl mailtoDraft(const Invitation &invitation, const QString &whenText)
{
    QByteArrayList addresses;
    for (const Invitee &person : invitation.attendees)
        addresses << QUrl::toPercentEncoding(person.email.trimmed(), "@.+-_");
    // RFC 6068: line breaks in a body are %0D%0A.
    QString body = whenText + QStringLiteral("\n\n") + invitation.description;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    body.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    const QByteArray encoded
        = "mailto:" + addresses.join(',') + "?subject=" + QUrl::toPercentEncoding(invitation.summary) + "&body=" + QUrl::toPercentEncoding(body);
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

QString fileNameFor(const Invitation &invitation, const QString &localStart)
{
    QStringList names;
    for (const Invitee &person : invitation.attendees)
        names << person.name;
    QString name = localStart + QLatin1Char(' ') + names.join(QStringLiteral(" - "));
    static const QString forbidden = QStringLiteral("<>:\"/\\|?*");
    for (QChar &c : name)
        if (forbidden.contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    return name.trimmed().left(120) + QStringLiteral(".ics");
}

} // namespace consentric::oneonones
