// What the one-to-one pages say about a meeting, the same way on the owner's and the
// employee's side: its time in the organisation's time zone written for the reader's locale,
// its people with their departments, a table of a round's meetings, and the invitation as a
// file or an e-mail draft.
#pragma once

#include "oneonones/Rounds.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>
#include <QUrl>

#include <functional>
#include <vector>

class QTableWidget;

namespace consentric::ui {

class MeetingText
{
    Q_DECLARE_TR_FUNCTIONS(consentric::ui::MeetingText)

public:
    // "Mon 5 Oct 2026, 09:30" in `zone`, in the reader's locale.
    static QString when(const oneonones::Meeting &meeting, const QTimeZone &zone);
    // The same with the end and the zone, for an e-mail: "Mon 5 Oct 2026, 09:30–10:00 (Europe/Berlin)".
    static QString whenWithZone(const oneonones::Meeting &meeting, const QTimeZone &zone);
    static QString date(QDate date);
    // "Ana Lima (Sales), Bo Lund (Engineering)", leaving out `except` (the reader).
    static QString people(const oneonones::Meeting &meeting, qint64 except = 0);
    // Everyone in the list, as a sentence's list: "Ana Lima (Sales) and Bo Lund (Engineering)".
    static QString list(const std::vector<oneonones::MeetingPerson> &people);
    static QString zoneName(const QTimeZone &zone);
    // "1 one-to-one", "3 one-to-ones"; "1 member", "4 members" (English has no plural file).
    static QString oneToOnes(int count);
    static QString members(int count);

    // Fills a table (made by meetingsTable()) with one row per meeting; with `onDraft`, each
    // row gets an "E-mail draft" button that calls it with the meeting's index.
    static void fill(
        QTableWidget *table, const std::vector<oneonones::Meeting> &meetings, const QTimeZone &zone, const std::function<void(size_t)> &onDraft = {});
    static QTableWidget *meetingsTable(QWidget *parent);

    // Writes the meeting's invitation to `path` (replacing it): an error message, or empty.
    static QString saveInvitation(storage::Database &db, const oneonones::Meeting &meeting, const QString &path);
    // The mailto: draft of the meeting's invitation, or an empty URL and `error`.
    static QUrl draft(storage::Database &db, const oneonones::Meeting &meeting, QString *error);
    // Writes every invitation of a round into `directory`: what to tell the person, and
    // whether it worked.
    static QString saveRound(storage::Database &db, const oneonones::Round &round, const QString &directory, bool *ok);
};

} // namespace consentric::ui
