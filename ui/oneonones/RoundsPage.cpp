#include "oneonones/RoundsPage.h"

#include "Settings.h"
#include "Workspace.h"
#include "metrics/Period.h"
#include "oneonones/MeetingText.h"
#include "oneonones/Overview.h"
#include "oneonones/SiloMapPanel.h"
#include "util/Clock.h"
#include "widgets/Notes.h"
#include "widgets/PageLayout.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace consentric::ui {

namespace {

const QString kTabSetting = QStringLiteral("oneonones/tab");
const QString kQuarterSetting = QStringLiteral("oneonones/siloQuarter");

QPushButton *saveFolderButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), text, parent);
    button->setEnabled(false);
    return button;
}

} // namespace

RoundsPage::RoundsPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_zone(QTimeZone::utc())
    , m_tabs(new QTabWidget(this))
    , m_date(nullptr)
    , m_preview(nullptr)
    , m_start(nullptr)
    , m_save(nullptr)
    , m_zoneNote(nullptr)
    , m_message(nullptr)
    , m_summary(nullptr)
    , m_plan(nullptr)
    , m_rounds(nullptr)
    , m_noRounds(nullptr)
    , m_roundMeetings(nullptr)
    , m_saveAgain(nullptr)
    , m_silo(nullptr)
    , m_siloQuarter(nullptr)
{
    auto *intro = makeNote(tr("Rounds of one-to-ones pair members of the team, across departments first, for half an hour inside both "
                              "people's working hours. You see who is paired with whom and when, but never anyone's notes, their "
                              "held or skipped marks, or their do-not-pair list."),
        this);
    intro->setObjectName(QStringLiteral("oneononesIntro"));

    m_tabs->setDocumentMode(true);
    QWidget *newRound = buildNewRound();
    newRound->setObjectName(QStringLiteral("new-round"));
    QWidget *history = buildHistory();
    history->setObjectName(QStringLiteral("rounds"));
    auto *siloPage = new QWidget(m_tabs);
    siloPage->setObjectName(QStringLiteral("silo-map"));
    auto *siloContent = new QWidget(siloPage);
    m_silo = new SiloMapPanel(siloContent);
    m_siloQuarter = new QComboBox(siloContent);
    m_siloQuarter->setObjectName(QStringLiteral("siloQuarter"));
    m_siloQuarter->setAccessibleName(tr("Quarter of the silo map"));
    auto *quarterLabel = new QLabel(tr("&Quarter:"), siloContent);
    quarterLabel->setBuddy(m_siloQuarter);
    auto *quarterRow = new QHBoxLayout;
    quarterRow->addWidget(quarterLabel);
    quarterRow->addWidget(m_siloQuarter);
    quarterRow->addStretch(1);
    auto *siloLayout = new QVBoxLayout(siloContent);
    siloLayout->addLayout(quarterRow);
    siloLayout->addWidget(m_silo);
    placeInScrollArea(siloPage, siloContent);
    m_tabs->addTab(newRound, tr("&New round"));
    m_tabs->addTab(history, tr("&Rounds"));
    m_tabs->addTab(siloPage, tr("Silo &map"));
    // The tab last open comes back (and a screenshot can ask for one through the settings).
    const QString remembered = settings()->value(kTabSetting).toString();
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i)->objectName() == remembered)
            m_tabs->setCurrentIndex(i);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("One-to-ones").toHtmlEscaped()), this));
    layout->addWidget(intro);
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        settings()->setValue(kTabSetting, m_tabs->widget(index)->objectName());
        if (m_tabs->widget(index)->objectName() == QLatin1String("silo-map"))
            refreshSiloMap();
    });
    connect(m_siloQuarter, &QComboBox::currentIndexChanged, this, [this] {
        // The quarter looked at last comes back too (this quarter unless another was chosen).
        settings()->setValue(kQuarterSetting, m_siloQuarter->currentIndex() > 0 ? m_siloQuarter->currentData().toString() : QString());
        refreshSiloMap();
    });
    connect(&m_workspace, &Workspace::reloaded, this, &RoundsPage::refresh);
    connect(&m_workspace, &Workspace::sessionChanged, this, [this] {
        m_shown.reset();
        refresh();
    });
    refresh();
}

RoundsPage::~RoundsPage()
{
    // Deleting the tabs changes the current one: that is not the person's choice to remember.
    m_tabs->disconnect(this);
}

QWidget *RoundsPage::buildNewRound()
{
    auto *tab = new QWidget(m_tabs);
    m_date = new QDateEdit(tab);
    m_date->setObjectName(QStringLiteral("roundDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_date->setAccessibleName(tr("Date of the round"));
    m_date->setDate(m_workspace.database().clock().today());
    auto *dateLabel = new QLabel(tr("Round &date:"), tab);
    dateLabel->setBuddy(m_date);
    m_preview = new QPushButton(tr("&Preview"), tab);
    m_preview->setObjectName(QStringLiteral("previewRound"));
    m_preview->setToolTip(tr("Show who would meet whom and when; nothing is written"));
    m_start = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Start round"), tab);
    m_start->setObjectName(QStringLiteral("startRound"));
    m_start->setToolTip(tr("Arrange the meetings for this date (Ctrl+Return)"));
    auto *startShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(startShortcut, &QShortcut::activated, m_start, &QPushButton::click);
    auto *controls = new QHBoxLayout;
    controls->addWidget(dateLabel);
    controls->addWidget(m_date);
    controls->addWidget(m_preview);
    controls->addWidget(m_start);
    controls->addStretch(1);

    m_zoneNote = makeNote(QString(), tab);
    m_message = makeNote(QString(), tab);
    m_message->setObjectName(QStringLiteral("planMessage"));
    m_message->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #c8a400; border-radius: 4px; padding: 6px; color: #3b2f00; }"));
    m_message->hide();
    m_summary = makeNote(QString(), tab);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_plan = MeetingText::meetingsTable(tab);
    m_plan->setObjectName(QStringLiteral("planTable"));
    m_save = saveFolderButton(tr("Save &invitations…"), tab);
    m_save->setObjectName(QStringLiteral("saveInvitations"));
    m_save->setToolTip(tr("Write one calendar file (.ics) per meeting into a folder you choose"));
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(makeNote(tr("Once the round is started: save the invitations as calendar files to send, or open an e-mail draft "
                                   "for each meeting."),
                           tab),
        1);
    saveRow->addWidget(m_save, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(controls);
    layout->addWidget(m_zoneNote);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(m_plan);
    layout->addLayout(saveRow);
    layout->addStretch(1);

    connect(m_preview, &QPushButton::clicked, this, [this] { preview(); });
    connect(m_start, &QPushButton::clicked, this, [this] { start(); });
    connect(m_save, &QPushButton::clicked, this, [this] { chooseFolder(false); });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        // What is shown belongs to another date now: say so rather than keep it.
        m_shown.reset();
        m_plan->setRowCount(0);
        m_plan->hide();
        m_save->setEnabled(false);
        m_message->hide();
        m_summary->setText(tr("Press Preview to see the plan for this date.").toHtmlEscaped());
    });
    return tab;
}

QWidget *RoundsPage::buildHistory()
{
    auto *tab = new QWidget(m_tabs);
    m_rounds = new QListWidget(tab);
    m_rounds->setObjectName(QStringLiteral("roundList"));
    m_rounds->setAccessibleName(tr("Rounds, newest first"));
    m_rounds->setMaximumWidth(300);
    m_noRounds = makeEmptyNote(tr("No rounds yet. Start the first one under New round."), tab);
    m_roundMeetings = MeetingText::meetingsTable(tab);
    m_roundMeetings->setObjectName(QStringLiteral("roundMeetings"));
    m_saveAgain = saveFolderButton(tr("Save invitations &again…"), tab);
    m_saveAgain->setObjectName(QStringLiteral("saveRoundAgain"));
    m_saveAgain->setToolTip(tr("Write the selected round's calendar files (.ics) into a folder you choose"));

    auto *right = new QVBoxLayout;
    right->addWidget(m_roundMeetings);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_saveAgain);
    right->addLayout(buttons);
    right->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_rounds);
    row->addLayout(right, 1);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_noRounds);
    layout->addLayout(row, 1);

    connect(m_rounds, &QListWidget::currentRowChanged, this, &RoundsPage::showSelectedRound);
    connect(m_saveAgain, &QPushButton::clicked, this, [this] { chooseFolder(true); });
    return tab;
}

QIcon RoundsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/oneonones.svg"));
}

void RoundsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    refresh();
    // The page never opens blank: the plan for the chosen date, unless a round just started.
    if (!m_shownStarted)
        preview();
}

void RoundsPage::refresh()
{
    auto zone = oneonones::Rounds(m_workspace.database()).zone();
    m_zone = zone ? *zone : QTimeZone::utc();
    m_zoneNote->setText(tr("Times are in the organisation's time zone, %1.").arg(MeetingText::zoneName(m_zone)));
    refreshHistory();
    fillSiloQuarters();
    refreshSiloMap();
}

void RoundsPage::fillSiloQuarters()
{
    const metrics::Quarter current = metrics::Quarter::of(m_workspace.database().clock().today());
    metrics::Quarter first = current;
    for (const oneonones::Round &round : m_history)
        first = std::min(first, metrics::Quarter::of(round.date));
    const QString wanted = m_siloQuarter->count() > 0 ? m_siloQuarter->currentData().toString() : settings()->value(kQuarterSetting).toString();
    const QSignalBlocker blocker(m_siloQuarter);
    m_siloQuarter->clear();
    for (metrics::Quarter q = current; q >= first; q = q.previous())
        m_siloQuarter->addItem(q == current ? tr("%1 (this quarter)").arg(q.toString()) : q.toString(), q.toString());
    m_siloQuarter->setCurrentIndex(std::max(0, m_siloQuarter->findData(wanted)));
}

void RoundsPage::showInlineProblem(const QString &message)
{
    m_shown.reset();
    m_shownStarted = false;
    m_plan->setRowCount(0);
    m_plan->hide();
    m_save->setEnabled(false);
    m_summary->clear();
    m_message->setText(message);
    m_message->show();
}

bool RoundsPage::preview()
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return false;
    auto plan = oneonones::Rounds(m_workspace.database()).plan(*session, m_date->date());
    if (!plan) {
        showInlineProblem(plan.message());
        return false;
    }
    showPlan(*plan, false);
    return true;
}

QString RoundsPage::start()
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return tr("Sign in first.");
    auto round = oneonones::Rounds(m_workspace.database()).start(*session, m_date->date());
    if (!round) {
        showInlineProblem(round.message());
        return round.message();
    }
    showPlan(*round, true);
    refreshHistory();
    refreshSiloMap();
    m_save->setFocus();
    Q_EMIT information(tr("Started the round of %1 with %2. Save the invitations or send e-mail drafts, so people know.")
                           .arg(MeetingText::date(round->date), MeetingText::oneToOnes(int(round->meetings.size()))));
    return {};
}

void RoundsPage::showPlan(const oneonones::Round &round, bool started)
{
    m_shown = round;
    m_shownStarted = started;
    m_message->hide();
    const QString dateText = QLocale().toString(round.date, QLocale::LongFormat);
    QStringList sentences;
    if (started)
        sentences << tr("The round of %1 is started: %2, listed below.").arg(dateText, MeetingText::oneToOnes(int(round.meetings.size())));
    else
        sentences << tr("A round on %1: %2 due, who would meet in %3. Nothing is written until you start the round.")
                         .arg(dateText, MeetingText::members(round.due), MeetingText::oneToOnes(int(round.meetings.size())));
    if (!round.noPartner.empty())
        sentences << tr("No partner could be found this time for %1; they are due again in the next round.").arg(MeetingText::list(round.noPartner));
    if (!round.noTime.empty())
        sentences << tr("No common free half hour within four weeks for %1: their working hours do not overlap enough. They are due again "
                        "in the next round.")
                         .arg(MeetingText::list(round.noTime));
    QString html;
    for (const QString &sentence : sentences)
        html += QStringLiteral("<p>%1</p>").arg(sentence.toHtmlEscaped());
    m_summary->setText(html);
    std::function<void(size_t)> onDraft;
    if (started)
        onDraft = [this](size_t i) {
            if (m_shown && i < m_shown->meetings.size())
                openDraft(m_shown->meetings[i]);
        };
    MeetingText::fill(m_plan, round.meetings, m_zone, onDraft);
    m_save->setEnabled(started && !round.meetings.empty());
}

void RoundsPage::refreshHistory()
{
    const consent::Session *session = m_workspace.session();
    const qint64 selected = m_rounds->currentItem() ? m_rounds->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_history.clear();
    if (session) {
        auto rounds = oneonones::Rounds(m_workspace.database()).history(*session);
        if (!rounds)
            Q_EMIT problem(rounds.message());
        else
            m_history = std::move(*rounds);
    }
    const QSignalBlocker blocker(m_rounds);
    m_rounds->clear();
    int current = 0;
    for (const oneonones::Round &round : m_history) {
        auto *item = new QListWidgetItem(tr("%1 — %2", "a round's date and its number of meetings")
                                             .arg(MeetingText::date(round.date), MeetingText::oneToOnes(int(round.meetings.size()))),
            m_rounds);
        item->setData(Qt::UserRole, round.id);
        if (round.id == selected)
            current = m_rounds->count() - 1;
    }
    m_noRounds->setVisible(m_history.empty());
    m_rounds->setVisible(!m_history.empty());
    m_roundMeetings->setVisible(!m_history.empty());
    m_saveAgain->setVisible(!m_history.empty());
    if (!m_history.empty())
        m_rounds->setCurrentRow(current);
    showSelectedRound();
}

void RoundsPage::showSelectedRound()
{
    const int row = m_rounds->currentRow();
    if (row < 0 || row >= int(m_history.size())) {
        MeetingText::fill(m_roundMeetings, {}, m_zone);
        m_saveAgain->setEnabled(false);
        return;
    }
    MeetingText::fill(m_roundMeetings, m_history[size_t(row)].meetings, m_zone, [this, row](size_t i) {
        if (row < int(m_history.size()) && i < m_history[size_t(row)].meetings.size())
            openDraft(m_history[size_t(row)].meetings[i]);
    });
    m_saveAgain->setEnabled(!m_history[size_t(row)].meetings.empty());
}

void RoundsPage::refreshSiloMap()
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return;
    const metrics::Quarter quarter
        = metrics::Quarter::parse(m_siloQuarter->currentData().toString()).value_or(metrics::Quarter::of(m_workspace.database().clock().today()));
    oneonones::Overview overview(m_workspace.database());
    auto map = overview.siloMap(*session, quarter.first(), quarter.last());
    if (!map) {
        m_silo->showProblem(map.message());
        return;
    }
    auto figures = overview.figures(*session, quarter.first(), quarter.last());
    if (!figures) {
        m_silo->showProblem(figures.message());
        return;
    }
    m_silo->show(quarter, quarter == metrics::Quarter::of(m_workspace.database().clock().today()), *map, *figures);
}

void RoundsPage::openDraft(const oneonones::Meeting &meeting)
{
    QString error;
    const QUrl url = MeetingText::draft(m_workspace.database(), meeting, &error);
    if (url.isEmpty()) {
        Q_EMIT problem(error);
        return;
    }
    if (!m_openUrl(url))
        Q_EMIT problem(tr("No mail program opened the draft. Save the invitations instead and send them from your calendar or mail program."));
}

QString RoundsPage::saveInvitationsTo(const QString &directory)
{
    if (!m_shown || !m_shownStarted)
        return tr("Start the round first: a plan has no invitations yet.");
    bool ok = false;
    const QString message = MeetingText::saveRound(m_workspace.database(), *m_shown, directory, &ok);
    if (!ok)
        return message;
    Q_EMIT information(message);
    return {};
}

QString RoundsPage::saveSelectedRoundTo(const QString &directory)
{
    const int row = m_rounds->currentRow();
    if (row < 0 || row >= int(m_history.size()))
        return tr("Choose a round in the list first.");
    bool ok = false;
    const QString message = MeetingText::saveRound(m_workspace.database(), m_history[size_t(row)], directory, &ok);
    if (!ok)
        return message;
    Q_EMIT information(message);
    return {};
}

void RoundsPage::chooseFolder(bool selectedRound)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Save the invitations in a folder"), documents);
    if (directory.isEmpty())
        return;
    const QString error = selectedRound ? saveSelectedRoundTo(directory) : saveInvitationsTo(directory);
    if (!error.isEmpty())
        Q_EMIT problem(error);
}

} // namespace consentric::ui
