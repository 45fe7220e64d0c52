#include "oneonones/MyOneOnOnesPage.h"

#include "Workspace.h"
#include "oneonones/MeetingText.h"
#include "oneonones/MyMeetingsPanel.h"
#include "oneonones/Rounds.h"
#include "util/Clock.h"
#include "widgets/Confirm.h"
#include "widgets/Notes.h"
#include "widgets/PageLayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace consentric::ui {

namespace {

constexpr int kDefaultSnoozeDays = 14;

QString nameWithDepartment(const consent::Person &person)
{
    return person.department.isEmpty() ? person.name
                                       : MyOneOnOnesPage::tr("%1 (%2)", "a person and their department").arg(person.name, person.department);
}

} // namespace

MyOneOnOnesPage::MyOneOnOnesPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_banner(nullptr)
    , m_stay(nullptr)
    , m_bannerLeave(nullptr)
    , m_status(nullptr)
    , m_cadence(nullptr)
    , m_start(nullptr)
    , m_end(nullptr)
    , m_zoneNote(nullptr)
    , m_join(nullptr)
    , m_save(nullptr)
    , m_memberOnly(nullptr)
    , m_snoozeDate(nullptr)
    , m_snooze(nullptr)
    , m_endSnooze(nullptr)
    , m_leave(nullptr)
    , m_doNotPairBox(nullptr)
    , m_doNotPair(nullptr)
    , m_add(nullptr)
    , m_remove(nullptr)
    , m_meetings(nullptr)
{
    auto *content = new QWidget(this);

    m_banner = new QFrame(content);
    m_banner->setObjectName(QStringLiteral("pausedBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    // Kind, not alarming: dark text on a pale green that reads on light and dark palettes.
    m_banner->setStyleSheet(QStringLiteral("#pausedBanner { background: #e6f4ea; border: 1px solid #8cc59a; border-radius: 4px; }"
                                           "#pausedBanner QLabel { color: #17381f; }"));
    auto *bannerText = new QLabel(tr("You have skipped your last three one-to-ones, so we paused yours. Would you like to stay?"), m_banner);
    bannerText->setObjectName(QStringLiteral("pausedBannerText"));
    bannerText->setWordWrap(true);
    m_stay = new QPushButton(tr("S&tay in the one-to-ones"), m_banner);
    m_stay->setObjectName(QStringLiteral("stayButton"));
    m_bannerLeave = new QPushButton(tr("L&eave"), m_banner);
    m_bannerLeave->setObjectName(QStringLiteral("bannerLeaveButton"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(m_stay, 0, Qt::AlignVCenter);
    bannerLayout->addWidget(m_bannerLeave, 0, Qt::AlignVCenter);
    m_banner->hide();

    auto *intro = makeNote(tr("One-to-ones are half-hour conversations with a colleague, most often from another department, arranged "
                              "in rounds by the owner. You choose how often and when you work; each meeting comes with something to "
                              "talk about, as a calendar file or an e-mail. Taking part is voluntary, and you can leave at any time."),
        content);
    auto *privacy = makeNote(tr("The owner sees who is paired with whom and when. Your notes, your held/skipped marks and your do-not-pair "
                                "list are never shown to anyone."),
        content);
    privacy->setObjectName(QStringLiteral("oneononesPrivacy"));
    privacy->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_status = makeNote(QString(), content);
    m_status->setObjectName(QStringLiteral("oneononesStatus"));

    m_meetings = new MyMeetingsPanel(m_workspace, content);
    auto *meetingsNote
        = makeNote(tr("Only you can read your notes; the owner never sees them or whether you marked a one-to-one held or skipped."), content);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_banner);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("One-to-ones").toHtmlEscaped()), content));
    layout->addWidget(intro);
    layout->addWidget(privacy);
    layout->addWidget(m_status);
    layout->addWidget(buildSettings(content));
    layout->addWidget(buildDoNotPair(content));
    layout->addWidget(makeHeading(tr("My one-to-ones"), content));
    layout->addWidget(meetingsNote);
    layout->addWidget(m_meetings);
    layout->addStretch(1);
    placeInScrollArea(this, content);

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_membership.member)
            report(saveSettings(), tr("Your one-to-one settings are saved."));
    });
    connect(m_join, &QPushButton::clicked, this,
        [this] { report(join(), tr("You joined the one-to-ones. The owner's next round pairs you with a colleague.")); });
    connect(m_save, &QPushButton::clicked, this, [this] { report(saveSettings(), tr("Your one-to-one settings are saved.")); });
    connect(m_snooze, &QPushButton::clicked, this, [this] {
        report(snooze(), tr("Snoozed: rounds before %1 leave you out.").arg(QLocale().toString(m_snoozeDate->date(), QLocale::LongFormat)));
    });
    connect(m_endSnooze, &QPushButton::clicked, this, [this] { report(endSnooze(), tr("The snooze is over: the next round includes you again.")); });
    connect(m_leave, &QPushButton::clicked, this, &MyOneOnOnesPage::askToLeave);
    connect(m_bannerLeave, &QPushButton::clicked, this, &MyOneOnOnesPage::askToLeave);
    connect(m_stay, &QPushButton::clicked, this, [this] { report(stay(), tr("Glad you are staying. The next round includes you again.")); });
    connect(m_add, &QPushButton::clicked, this, &MyOneOnOnesPage::chooseColleague);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_doNotPair->currentItem())
            report(removeFromDoNotPair(item->data(Qt::UserRole).toLongLong()), tr("Removed from your do-not-pair list."));
    });
    connect(m_doNotPair, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_meetings, &MyMeetingsPanel::problem, this, &Page::problem);
    connect(m_meetings, &MyMeetingsPanel::information, this, &Page::information);
    connect(m_meetings, &MyMeetingsPanel::marked, this, [this](bool) { refresh(); });
    connect(&m_workspace, &Workspace::reloaded, this, &MyOneOnOnesPage::refresh);
    connect(&m_workspace, &Workspace::sessionChanged, this, &MyOneOnOnesPage::refresh);
    refresh();
}

QWidget *MyOneOnOnesPage::buildSettings(QWidget *parent)
{
    auto *box = new QWidget(parent);
    m_cadence = new QComboBox(box);
    m_cadence->setObjectName(QStringLiteral("cadence"));
    for (oneonones::Cadence cadence : {oneonones::Cadence::Weekly, oneonones::Cadence::TwoWeekly, oneonones::Cadence::Monthly})
        m_cadence->addItem(oneonones::label(cadence), oneonones::key(cadence));
    m_cadence->setCurrentIndex(m_cadence->findData(oneonones::key(oneonones::Cadence::TwoWeekly)));

    auto *days = new QHBoxLayout;
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto *check = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), box);
        check->setObjectName(QStringLiteral("day%1").arg(day));
        check->setAccessibleName(locale.dayName(day, QLocale::LongFormat));
        m_days[size_t(day - 1)] = check;
        days->addWidget(check);
    }
    days->addStretch(1);

    m_start = new QTimeEdit(box);
    m_start->setObjectName(QStringLiteral("workStart"));
    m_start->setAccessibleName(tr("Working hours start"));
    m_end = new QTimeEdit(box);
    m_end->setObjectName(QStringLiteral("workEnd"));
    m_end->setAccessibleName(tr("Working hours end"));
    for (QTimeEdit *edit : {m_start, m_end}) {
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
        edit->setMinimumWidth(90);
    }
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_start);
    hours->addWidget(new QLabel(tr("to"), box));
    hours->addWidget(m_end);
    m_zoneNote = new QLabel(box);
    m_zoneNote->setObjectName(QStringLiteral("zoneNote"));
    hours->addSpacing(8);
    hours->addWidget(m_zoneNote);
    hours->addStretch(1);

    m_join = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Join the one-to-ones"), box);
    m_join->setObjectName(QStringLiteral("joinOneOnOnes"));
    m_save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save settings"), box);
    m_save->setObjectName(QStringLiteral("saveOneOnOnes"));
    m_save->setToolTip(tr("Save how often and when you can meet (Ctrl+S)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_join);
    buttons->addWidget(m_save);
    buttons->addStretch(1);

    // Snoozing and leaving, for members only.
    m_memberOnly = new QWidget(box);
    m_snoozeDate = new QDateEdit(m_memberOnly);
    m_snoozeDate->setObjectName(QStringLiteral("snoozeDate"));
    m_snoozeDate->setCalendarPopup(true);
    m_snoozeDate->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    auto *snoozeLabel = new QLabel(tr("Snooze &until:"), m_memberOnly);
    snoozeLabel->setBuddy(m_snoozeDate);
    m_snooze = new QPushButton(tr("Sn&ooze"), m_memberOnly);
    m_snooze->setObjectName(QStringLiteral("snoozeButton"));
    m_snooze->setToolTip(tr("Leave me out of rounds before this date"));
    m_endSnooze = new QPushButton(tr("&End snooze"), m_memberOnly);
    m_endSnooze->setObjectName(QStringLiteral("endSnoozeButton"));
    m_leave = new QPushButton(tr("&Leave the one-to-ones…"), m_memberOnly);
    m_leave->setObjectName(QStringLiteral("leaveOneOnOnes"));
    auto *memberRow = new QHBoxLayout(m_memberOnly);
    memberRow->setContentsMargins(0, 0, 0, 0);
    memberRow->addWidget(snoozeLabel);
    memberRow->addWidget(m_snoozeDate);
    memberRow->addWidget(m_snooze);
    memberRow->addWidget(m_endSnooze);
    memberRow->addStretch(1);
    memberRow->addWidget(m_leave);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *cadenceLabel = new QLabel(tr("&How often:"), box);
    cadenceLabel->setBuddy(m_cadence);
    form->addRow(cadenceLabel, m_cadence);
    form->addRow(tr("Working days:"), days);
    auto *hoursLabel = new QLabel(tr("Working &hours:"), box);
    hoursLabel->setBuddy(m_start);
    form->addRow(hoursLabel, hours);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeHeading(tr("Your settings"), box));
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_memberOnly);
    return box;
}

QWidget *MyOneOnOnesPage::buildDoNotPair(QWidget *parent)
{
    m_doNotPairBox = new QWidget(parent);
    auto *note = makeNote(tr("You are never paired with a colleague on this list. Nobody else ever sees it, the owner included, and the "
                             "colleague is not told."),
        m_doNotPairBox);
    m_doNotPair = new QListWidget(m_doNotPairBox);
    m_doNotPair->setObjectName(QStringLiteral("doNotPairList"));
    m_doNotPair->setAccessibleName(tr("Do-not-pair list"));
    m_doNotPair->setMaximumHeight(76);
    m_doNotPair->setMaximumWidth(420);
    m_add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add…"), m_doNotPairBox);
    m_add->setObjectName(QStringLiteral("addDoNotPair"));
    m_remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove"), m_doNotPairBox);
    m_remove->setObjectName(QStringLiteral("removeDoNotPair"));
    m_remove->setEnabled(false);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_doNotPair, 1);
    row->addLayout(buttons);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(m_doNotPairBox);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeHeading(tr("Do-not-pair list"), m_doNotPairBox));
    layout->addWidget(note);
    layout->addLayout(row);
    return m_doNotPairBox;
}

QIcon MyOneOnOnesPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/oneonones.svg"));
}

void MyOneOnOnesPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    refresh(); // a round may have started since
}

void MyOneOnOnesPage::report(const QString &error, const QString &done)
{
    if (!error.isEmpty())
        Q_EMIT problem(error);
    else
        Q_EMIT information(done);
}

void MyOneOnOnesPage::refresh()
{
    const consent::Session *session = m_workspace.session();
    m_membership = {};
    m_list.clear();
    if (session) {
        oneonones::Members members(m_workspace.database());
        auto mine = members.of(*session);
        if (!mine)
            Q_EMIT problem(mine.message());
        else
            m_membership = *mine;
        if (m_membership.member) {
            auto list = members.doNotPair(*session);
            if (!list)
                Q_EMIT problem(list.message());
            else
                m_list = *list;
        }
    }
    auto zone = oneonones::Rounds(m_workspace.database()).zone();
    m_zoneNote->setText(tr("in the organisation's time zone, %1; meetings are placed inside these hours")
                            .arg(MeetingText::zoneName(zone ? *zone : QTimeZone::utc())));
    showSettings(m_membership);

    const QLocale locale;
    QString status;
    if (!m_membership.member) {
        status = tr("You are not in the one-to-ones. Choose how often and when you can meet, then join.");
    } else {
        status
            = tr("You have been in the one-to-ones since %1.").arg(locale.toString(m_membership.joinedAt.toLocalTime().date(), QLocale::LongFormat));
        if (m_membership.snoozedUntil.isValid())
            status += QLatin1Char(' ')
                + tr("Snoozed until %1: rounds before that day leave you out.").arg(locale.toString(m_membership.snoozedUntil, QLocale::LongFormat));
        if (m_membership.paused)
            status += QLatin1Char(' ') + tr("Paused after three skipped one-to-ones, until you say whether you would like to stay.");
    }
    m_status->setText(status);
    m_banner->setVisible(m_membership.member && m_membership.paused);
    m_join->setVisible(!m_membership.member);
    m_save->setVisible(m_membership.member);
    m_memberOnly->setVisible(m_membership.member);
    m_doNotPairBox->setVisible(m_membership.member);
    m_endSnooze->setVisible(m_membership.snoozedUntil.isValid());
    const QDate today = m_workspace.database().clock().today();
    m_snoozeDate->setMinimumDate(today.addDays(1));
    m_snoozeDate->setMaximumDate(today.addYears(1));
    m_snoozeDate->setDate(m_membership.snoozedUntil.isValid() ? m_membership.snoozedUntil : today.addDays(kDefaultSnoozeDays));

    m_doNotPair->clear();
    if (m_membership.member) {
        auto everyone = m_workspace.people().all();
        for (qint64 id : m_list) {
            QString name = tr("A colleague no longer in the team");
            if (everyone)
                for (const consent::Person &person : *everyone)
                    if (person.id == id)
                        name = nameWithDepartment(person);
            auto *item = new QListWidgetItem(name, m_doNotPair);
            item->setData(Qt::UserRole, id);
        }
        if (m_list.empty()) {
            auto *item = new QListWidgetItem(tr("Nobody on your list."), m_doNotPair);
            item->setFlags(Qt::NoItemFlags);
        }
    }
    m_remove->setEnabled(false);
    m_meetings->refresh();
}

void MyOneOnOnesPage::showSettings(const oneonones::Membership &membership)
{
    m_cadence->setCurrentIndex(m_cadence->findData(oneonones::key(membership.cadence)));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_days[size_t(day - 1)]->setChecked(membership.hours.days.contains(day));
    m_start->setTime(membership.hours.start);
    m_end->setTime(membership.hours.end);
}

oneonones::Cadence MyOneOnOnesPage::chosenCadence() const
{
    return oneonones::cadenceFromKey(m_cadence->currentData().toString()).value_or(oneonones::Cadence::TwoWeekly);
}

oneonones::WorkingHours MyOneOnOnesPage::chosenHours() const
{
    oneonones::WorkingHours hours;
    hours.days.clear();
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        if (m_days[size_t(day - 1)]->isChecked())
            hours.days << day;
    hours.start = m_start->time();
    hours.end = m_end->time();
    return hours;
}

QString MyOneOnOnesPage::change(const std::function<Result<void>(oneonones::Members &, const consent::Session &)> &work)
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return tr("Sign in first.");
    oneonones::Members members(m_workspace.database());
    if (auto done = work(members, *session); !done)
        return done.message();
    refresh();
    return {};
}

QString MyOneOnOnesPage::join()
{
    return change([this](oneonones::Members &m, const consent::Session &s) { return m.join(s, chosenCadence(), chosenHours()); });
}

QString MyOneOnOnesPage::saveSettings()
{
    return change([this](oneonones::Members &m, const consent::Session &s) { return m.change(s, chosenCadence(), chosenHours()); });
}

QString MyOneOnOnesPage::snooze()
{
    return change([this](oneonones::Members &m, const consent::Session &s) { return m.snooze(s, m_snoozeDate->date()); });
}

QString MyOneOnOnesPage::endSnooze()
{
    return change([](oneonones::Members &m, const consent::Session &s) { return m.snooze(s, QDate()); });
}

QString MyOneOnOnesPage::leave()
{
    return change([](oneonones::Members &m, const consent::Session &s) { return m.leave(s); });
}

QString MyOneOnOnesPage::stay()
{
    return change([](oneonones::Members &m, const consent::Session &s) { return m.stay(s); });
}

void MyOneOnOnesPage::askToLeave()
{
    if (!Confirm::ask(this, tr("Leave the one-to-ones?"),
            tr("New rounds will no longer pair you. One-to-ones already arranged stay in your list; skip them if you like. No reason "
               "is asked, and you can join again at any time."),
            tr("Leave the one-to-ones")))
        return;
    report(leave(), tr("You left the one-to-ones. Join again here whenever you like."));
}

QString MyOneOnOnesPage::addToDoNotPair(qint64 colleague)
{
    if (std::find(m_list.begin(), m_list.end(), colleague) != m_list.end())
        return {};
    std::vector<qint64> list = m_list;
    list.push_back(colleague);
    return change([&list](oneonones::Members &m, const consent::Session &s) { return m.setDoNotPair(s, list); });
}

QString MyOneOnOnesPage::removeFromDoNotPair(qint64 colleague)
{
    std::vector<qint64> list = m_list;
    list.erase(std::remove(list.begin(), list.end(), colleague), list.end());
    return change([&list](oneonones::Members &m, const consent::Session &s) { return m.setDoNotPair(s, list); });
}

std::vector<consent::Person> MyOneOnOnesPage::colleagues() const
{
    std::vector<consent::Person> result;
    const consent::Session *session = m_workspace.session();
    auto everyone = m_workspace.people().all();
    if (!session || !everyone)
        return result;
    for (const consent::Person &person : *everyone) {
        if (person.id == session->person().id || person.role != consent::Role::Employee || person.status != consent::Status::Active)
            continue;
        if (std::find(m_list.begin(), m_list.end(), person.id) != m_list.end())
            continue;
        result.push_back(person);
    }
    std::sort(result.begin(), result.end(), [](const consent::Person &a, const consent::Person &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return result;
}

void MyOneOnOnesPage::chooseColleague()
{
    const std::vector<consent::Person> choices = colleagues();
    if (choices.empty()) {
        Q_EMIT information(tr("Every colleague is already on your list."));
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("doNotPairDialog"));
    dialog.setWindowTitle(tr("Add to your do-not-pair list"));
    auto *choice = new QComboBox(&dialog);
    choice->setObjectName(QStringLiteral("colleagueChoice"));
    choice->setEditable(true);
    choice->setInsertPolicy(QComboBox::NoInsert);
    for (const consent::Person &person : choices)
        choice->addItem(nameWithDepartment(person), person.id);
    choice->completer()->setFilterMode(Qt::MatchContains);
    choice->completer()->setCompletionMode(QCompleter::PopupCompletion);
    choice->setCurrentIndex(-1);
    auto *label = new QLabel(tr("&Colleague:"), &dialog);
    label->setBuddy(choice);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add to my list"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        makeNote(tr("Choose a colleague you would rather not be paired with. Only you will ever see this; they are not told."), &dialog));
    layout->addWidget(label);
    layout->addWidget(choice);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(420, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A typed name counts when it is exactly one of the choices.
    int index = choice->currentIndex();
    if (index < 0 || choice->itemText(index) != choice->currentText())
        index = choice->findText(choice->currentText(), Qt::MatchFixedString);
    if (index < 0) {
        Q_EMIT problem(tr("“%1” is not a colleague in the list. Choose one from the list.").arg(choice->currentText()));
        return;
    }
    report(addToDoNotPair(choice->itemData(index).toLongLong()), tr("Added to your do-not-pair list. Nobody else sees it."));
}

} // namespace consentric::ui
