// "My one-to-ones" on the employee's page: their meetings, those coming up first (soonest
// first), then the past ones (latest first). Each says when, with whom and what to talk
// about, and can be saved to a calendar or opened as an e-mail draft; once its time has come,
// it can be marked held or skipped with private notes that only its author can read.
#pragma once

#include "oneonones/Rounds.h"

#include <QTimeZone>
#include <QWidget>

#include <functional>

class QVBoxLayout;

namespace consentric::ui {

class Workspace;

class MyMeetingsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyMeetingsPanel)

public:
    inline static constexpr int kPastShown = 12;

    explicit MyMeetingsPanel(Workspace &workspace, QWidget *parent = nullptr);

    // Reads the signed-in person's meetings again and shows them.
    void refresh();
    // Marks a meeting with the notes in its box: an error message, or empty.
    QString mark(qint64 meetingId, oneonones::Mark how);
    // Writes the meeting's invitation to `path`: an error message, or empty.
    QString saveToCalendar(qint64 meetingId, const QString &path);
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

    // The card of a meeting (its buttons and notes box are found by object name), or null.
    QWidget *card(qint64 meetingId) const;
    int count() const { return int(m_meetings.size()); }

Q_SIGNALS:
    void problem(const QString &message);
    void information(const QString &message);
    // A mark was saved; `pausedNow` when it was the third skip in a row.
    void marked(bool pausedNow);

private:
    QWidget *makeCard(const oneonones::MyMeeting &mine, bool due);
    const oneonones::MyMeeting *find(qint64 meetingId) const;
    void chooseCalendarFile(qint64 meetingId);
    void openDraft(qint64 meetingId);

    Workspace &m_workspace;
    std::function<bool(const QUrl &)> m_openUrl;
    QTimeZone m_zone;
    std::vector<oneonones::MyMeeting> m_meetings;
    QVBoxLayout *m_list;
    QWidget *m_cards = nullptr;
};

} // namespace consentric::ui
