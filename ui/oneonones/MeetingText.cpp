#include "oneonones/MeetingText.h"

#include "widgets/Tables.h"

#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

namespace consentric::ui {

namespace {

constexpr int kPromptColumn = 3;

// The locale's short time without seconds (the C locale's short format has them).
QString clock(const QTime &time)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return QLocale().toString(time, format);
}
constexpr int kDraftColumn = 4;

} // namespace

QString MeetingText::date(QDate date)
{
    return QLocale().toString(date, tr("ddd d MMM yyyy", "a meeting's date: Mon 5 Oct 2026"));
}

QString MeetingText::when(const oneonones::Meeting &meeting, const QTimeZone &zone)
{
    const QDateTime local = meeting.start.toTimeZone(zone);
    return tr("%1, %2", "a meeting's date and time").arg(date(local.date()), clock(local.time()));
}

QString MeetingText::whenWithZone(const oneonones::Meeting &meeting, const QTimeZone &zone)
{
    const QDateTime start = meeting.start.toTimeZone(zone);
    const QDateTime end = meeting.end.toTimeZone(zone);
    return tr("%1, %2–%3 (%4)", "a meeting's date, start, end and time zone")
        .arg(date(start.date()), clock(start.time()), clock(end.time()), zoneName(zone));
}

QString MeetingText::zoneName(const QTimeZone &zone)
{
    return QString::fromUtf8(zone.id());
}

QString MeetingText::oneToOnes(int count)
{
    return count == 1 ? tr("1 one-to-one") : tr("%1 one-to-ones").arg(count);
}

QString MeetingText::members(int count)
{
    return count == 1 ? tr("1 member") : tr("%1 members").arg(count);
}

QString MeetingText::people(const oneonones::Meeting &meeting, qint64 except)
{
    QStringList names;
    for (const oneonones::MeetingPerson &person : meeting.people) {
        if (person.id == except)
            continue;
        names << (person.department.isEmpty() ? person.name : tr("%1 (%2)", "a person and their department").arg(person.name, person.department));
    }
    return names.join(tr(", ", "between the people of a meeting"));
}

QString MeetingText::list(const std::vector<oneonones::MeetingPerson> &people)
{
    QStringList names;
    for (const oneonones::MeetingPerson &person : people)
        names << (person.department.isEmpty() ? person.name : tr("%1 (%2)", "a person and their department").arg(person.name, person.department));
    if (names.size() <= 1)
        return names.join(QString());
    const QString last = names.takeLast();
    return tr("%1 and %2", "the last two of a list").arg(names.join(tr(", ", "between the people of a meeting")), last);
}

QTableWidget *MeetingText::meetingsTable(QWidget *parent)
{
    QTableWidget *table = makeList({tr("When"), tr("Who"), tr("Across departments"), tr("Conversation prompt"), tr("Invitation")}, parent);
    table->setAccessibleName(tr("Meetings"));
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionResizeMode(kPromptColumn, QHeaderView::Stretch);
    table->setColumnHidden(kDraftColumn, true);
    return table;
}

void MeetingText::fill(
    QTableWidget *table, const std::vector<oneonones::Meeting> &meetings, const QTimeZone &zone, const std::function<void(size_t)> &onDraft)
{
    table->clearContents();
    table->setRowCount(int(meetings.size()));
    for (size_t i = 0; i < meetings.size(); ++i) {
        const oneonones::Meeting &meeting = meetings[i];
        const int row = int(i);
        auto *when = new QTableWidgetItem(MeetingText::when(meeting, zone));
        when->setData(Qt::UserRole, meeting.id);
        table->setItem(row, 0, when);
        table->setItem(row, 1, new QTableWidgetItem(people(meeting)));
        table->setItem(row, 2, new QTableWidgetItem(meeting.crossDepartment() ? tr("yes") : tr("no")));
        auto *prompt = new QTableWidgetItem(meeting.prompt);
        prompt->setToolTip(meeting.prompt);
        table->setItem(row, kPromptColumn, prompt);
        if (onDraft) {
            auto *button = new QPushButton(tr("E-mail draft"), table);
            button->setObjectName(QStringLiteral("draftButton"));
            button->setToolTip(tr("Open an e-mail to %1 with the time and the prompt in your mail program").arg(people(meeting)));
            QObject::connect(button, &QPushButton::clicked, table, [onDraft, i] { onDraft(i); });
            table->setCellWidget(row, kDraftColumn, button);
        }
    }
    table->setColumnHidden(kDraftColumn, !onDraft || meetings.empty());
    table->resizeColumnsToContents();
    if (onDraft && !meetings.empty())
        table->setColumnWidth(kDraftColumn, table->cellWidget(0, kDraftColumn)->sizeHint().width() + 12);
    fitToRows(table, 12);
    // No meetings, no empty grid: the sentence above the table says why.
    table->setVisible(!meetings.empty());
}

QString MeetingText::saveInvitation(storage::Database &db, const oneonones::Meeting &meeting, const QString &path)
{
    oneonones::Rounds rounds(db);
    auto invitation = rounds.invitation(meeting);
    if (!invitation)
        return invitation.message();
    if (auto saved = rounds.writeInvitation(*invitation, path); !saved)
        return saved.message();
    return {};
}

QUrl MeetingText::draft(storage::Database &db, const oneonones::Meeting &meeting, QString *error)
{
    oneonones::Rounds rounds(db);
    auto invitation = rounds.invitation(meeting);
    auto zone = rounds.zone();
    if (!invitation || !zone) {
        *error = !invitation ? invitation.message() : zone.message();
        return {};
    }
    return oneonones::mailtoDraft(*invitation, whenWithZone(meeting, *zone));
}

QString MeetingText::saveRound(storage::Database &db, const oneonones::Round &round, const QString &directory, bool *ok)
{
    auto written = oneonones::Rounds(db).writeInvitations(round, directory);
    *ok = written.ok();
    if (!written)
        return written.message();
    const QString folder = QDir::toNativeSeparators(directory);
    if (written->size() == 1)
        return tr("Wrote 1 invitation (an .ics file) to %1. Send it to the people in the meeting, or open it in your calendar program.").arg(folder);
    return tr("Wrote %1 invitations (.ics files, one per meeting) to %2. Send each to the people in it, or open them in your calendar program.")
        .arg(written->size())
        .arg(folder);
}

} // namespace consentric::ui
