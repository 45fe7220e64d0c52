#include "oneonones/MyMeetingsPanel.h"

#include "Workspace.h"
#include "oneonones/MeetingText.h"
#include "util/Clock.h"
#include "widgets/Notes.h"
#include "widgets/PageLayout.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace consentric::ui {

MyMeetingsPanel::MyMeetingsPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_zone(QTimeZone::utc())
    , m_list(new QVBoxLayout(this))
{
    m_list->setContentsMargins(0, 0, 0, 0);
}

const oneonones::MyMeeting *MyMeetingsPanel::find(qint64 meetingId) const
{
    const auto found
        = std::find_if(m_meetings.begin(), m_meetings.end(), [meetingId](const oneonones::MyMeeting &m) { return m.meeting.id == meetingId; });
    return found == m_meetings.end() ? nullptr : &*found;
}

QWidget *MyMeetingsPanel::card(qint64 meetingId) const
{
    return m_cards ? m_cards->findChild<QWidget *>(QStringLiteral("meeting-%1").arg(meetingId)) : nullptr;
}

void MyMeetingsPanel::refresh()
{
    delete m_cards;
    m_cards = new QWidget(this);
    m_list->addWidget(m_cards);
    auto *layout = new QVBoxLayout(m_cards);
    layout->setContentsMargins(0, 0, 0, 0);
    m_meetings.clear();
    const consent::Session *session = m_workspace.session();
    if (!session)
        return;
    oneonones::Rounds rounds(m_workspace.database());
    auto zone = rounds.zone();
    m_zone = zone ? *zone : QTimeZone::utc();
    auto read = rounds.mine(*session);
    if (!read) {
        layout->addWidget(makeEmptyNote(read.message(), m_cards));
        return;
    }
    m_meetings = std::move(*read);
    if (m_meetings.empty()) {
        layout->addWidget(makeEmptyNote(tr("No one-to-ones yet. Once you have joined, the owner's next round pairs you with a colleague, and "
                                           "the meeting appears here."),
            m_cards));
        return;
    }
    const QDateTime now = m_workspace.database().clock().now();
    std::vector<const oneonones::MyMeeting *> upcoming;
    std::vector<const oneonones::MyMeeting *> past;
    for (const oneonones::MyMeeting &mine : m_meetings)
        (mine.meeting.start > now ? upcoming : past).push_back(&mine);
    std::reverse(upcoming.begin(), upcoming.end()); // soonest first
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Coming up").toHtmlEscaped()), m_cards));
    if (upcoming.empty())
        layout->addWidget(makeEmptyNote(tr("Nothing arranged yet: the next round adds your next one-to-one."), m_cards));
    for (const oneonones::MyMeeting *mine : upcoming)
        layout->addWidget(makeCard(*mine, false));
    if (!past.empty()) {
        layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Past").toHtmlEscaped()), m_cards));
        for (size_t i = 0; i < past.size() && i < size_t(kPastShown); ++i)
            layout->addWidget(makeCard(*past[i], true));
        if (past.size() > size_t(kPastShown))
            layout->addWidget(makeEmptyNote(tr("and %1 earlier.").arg(MeetingText::oneToOnes(int(past.size()) - kPastShown)), m_cards));
    }
}

QWidget *MyMeetingsPanel::makeCard(const oneonones::MyMeeting &mine, bool due)
{
    const oneonones::Meeting &meeting = mine.meeting;
    const qint64 id = meeting.id;
    const qint64 me = m_workspace.session() ? m_workspace.session()->person().id : 0;
    auto *card = new QFrame(m_cards);
    card->setObjectName(QStringLiteral("meeting-%1").arg(id));
    card->setFrameShape(QFrame::StyledPanel);
    auto *title = new QLabel(
        tr("<b>%1</b> with %2").arg(MeetingText::whenWithZone(meeting, m_zone).toHtmlEscaped(), MeetingText::people(meeting, me).toHtmlEscaped()),
        card);
    title->setObjectName(QStringLiteral("meetingTitle"));
    title->setWordWrap(true);
    auto *prompt = makeNote(tr("Something to talk about: %1").arg(meeting.prompt), card);
    prompt->setStyleSheet(QStringLiteral("font-style: italic;"));

    auto *calendar = new QPushButton(QIcon::fromTheme(QStringLiteral("x-office-calendar")), tr("Save to &calendar…"), card);
    calendar->setObjectName(QStringLiteral("calendarButton"));
    calendar->setToolTip(tr("Save this one-to-one as a calendar file (.ics) to open in your calendar program"));
    auto *draft = new QPushButton(QIcon::fromTheme(QStringLiteral("mail-message-new")), tr("E-&mail draft"), card);
    draft->setObjectName(QStringLiteral("draftButton"));
    draft->setToolTip(tr("Open an e-mail to the people in it with the time and the prompt, in your mail program"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(calendar);
    buttons->addWidget(draft);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(card);
    layout->addWidget(title);
    layout->addWidget(prompt);
    layout->addLayout(buttons);
    connect(calendar, &QPushButton::clicked, this, [this, id] { chooseCalendarFile(id); });
    connect(draft, &QPushButton::clicked, this, [this, id] { openDraft(id); });
    if (!due)
        return card;

    auto *state = new QLabel(card);
    state->setObjectName(QStringLiteral("markState"));
    switch (mine.mark) {
    case oneonones::Mark::Open: state->setText(tr("Did it take place? Mark it held or skipped; no reason is asked.")); break;
    case oneonones::Mark::Held: state->setText(tr("You marked it held.")); break;
    case oneonones::Mark::Skipped: state->setText(tr("You marked it skipped.")); break;
    }
    auto *notes = new QPlainTextEdit(mine.notes, card);
    notes->setObjectName(QStringLiteral("notesEdit"));
    notes->setAccessibleName(tr("Private notes"));
    notes->setPlaceholderText(tr("Private notes: only you can read them, not the owner and not your colleague."));
    notes->setTabChangesFocus(true);
    notes->setFixedHeight(54);
    auto *held = new QPushButton(tr("He&ld"), card);
    held->setObjectName(QStringLiteral("heldButton"));
    held->setToolTip(tr("It took place; saves your notes too"));
    auto *skipped = new QPushButton(tr("S&kipped"), card);
    skipped->setObjectName(QStringLiteral("skippedButton"));
    skipped->setToolTip(tr("It did not take place; saves your notes too"));
    auto *markRow = new QHBoxLayout;
    markRow->addWidget(state, 1);
    markRow->addWidget(held);
    markRow->addWidget(skipped);
    layout->addWidget(notes);
    layout->addLayout(markRow);
    connect(held, &QPushButton::clicked, this, [this, id] {
        if (const QString error = mark(id, oneonones::Mark::Held); !error.isEmpty())
            Q_EMIT problem(error);
    });
    connect(skipped, &QPushButton::clicked, this, [this, id] {
        if (const QString error = mark(id, oneonones::Mark::Skipped); !error.isEmpty())
            Q_EMIT problem(error);
    });
    return card;
}

QString MyMeetingsPanel::mark(qint64 meetingId, oneonones::Mark how)
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return tr("Sign in first.");
    QWidget *box = card(meetingId);
    auto *notes = box ? box->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit")) : nullptr;
    auto saved = oneonones::Rounds(m_workspace.database()).mark(*session, meetingId, how, notes ? notes->toPlainText() : QString());
    if (!saved)
        return saved.message();
    Q_EMIT information(how == oneonones::Mark::Held ? tr("Marked held. Your notes are saved, for you alone.")
                                                    : tr("Marked skipped. Your notes are saved, for you alone."));
    // The page reads everything again (the membership may have been paused): later, so that
    // the button that was pressed is not deleted under its own click.
    const bool pausedNow = *saved;
    QMetaObject::invokeMethod(
        this, [this, pausedNow] { Q_EMIT this->marked(pausedNow); }, Qt::QueuedConnection);
    return {};
}

QString MyMeetingsPanel::saveToCalendar(qint64 meetingId, const QString &path)
{
    const oneonones::MyMeeting *mine = find(meetingId);
    if (!mine)
        return tr("This one-to-one is no longer in your list. Reload the page.");
    if (const QString error = MeetingText::saveInvitation(m_workspace.database(), mine->meeting, path); !error.isEmpty())
        return error;
    Q_EMIT information(tr("Saved the one-to-one as %1. Open it in your calendar program to add it.").arg(QDir::toNativeSeparators(path)));
    return {};
}

void MyMeetingsPanel::chooseCalendarFile(qint64 meetingId)
{
    const oneonones::MyMeeting *mine = find(meetingId);
    if (!mine)
        return;
    auto invitation = oneonones::Rounds(m_workspace.database()).invitation(mine->meeting);
    if (!invitation) {
        Q_EMIT problem(invitation.message());
        return;
    }
    const QString local = mine->meeting.start.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HHmm"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the one-to-one to a calendar file"),
        QDir(folder).filePath(oneonones::fileNameFor(*invitation, local)), tr("Calendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (const QString error = saveToCalendar(meetingId, path); !error.isEmpty())
        Q_EMIT problem(error);
}

void MyMeetingsPanel::openDraft(qint64 meetingId)
{
    const oneonones::MyMeeting *mine = find(meetingId);
    if (!mine)
        return;
    QString error;
    const QUrl url = MeetingText::draft(m_workspace.database(), mine->meeting, &error);
    if (url.isEmpty()) {
        Q_EMIT problem(error);
        return;
    }
    if (!m_openUrl(url))
        Q_EMIT problem(tr("No mail program opened the draft. Save the one-to-one to your calendar instead."));
}

} // namespace consentric::ui
