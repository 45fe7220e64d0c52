#include "recognition/RecognitionPage.h"

#include "Workspace.h"
#include "referrals/Recognition.h"
#include "widgets/Notes.h"
#include "widgets/PageLayout.h"

#include <QCheckBox>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace consentric::ui {

RecognitionPage::RecognitionPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_points(nullptr)
    , m_breakdown(nullptr)
    , m_onList(nullptr)
    , m_listStack(nullptr)
    , m_list(nullptr)
{
    auto *content = new QWidget(this);
    m_points = new QLabel(content);
    m_points->setObjectName(QStringLiteral("pointsTotal"));
    m_points->setTextFormat(Qt::RichText);
    m_breakdown = makeNote(QString(), content);
    m_breakdown->setObjectName(QStringLiteral("pointsBreakdown"));
    m_breakdown->setTextFormat(Qt::RichText);
    m_onList = new QCheckBox(tr("&Show my name on the team recognition list"), content);
    m_onList->setObjectName(QStringLiteral("showOnTeamList"));
    m_listStack = new QStackedWidget(content);
    m_list = new QListWidget(m_listStack);
    m_list->setAccessibleName(tr("Team recognition list"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setMinimumHeight(160);
    m_list->setMaximumHeight(320);
    auto *empty = makeEmptyNote(tr("Nobody has chosen to appear on the list yet."), m_listStack);
    empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(empty);

    auto *why = makeNote(tr("Points are for taking part, never for results. Declining a request counts exactly the same as saying yes, and "
                            "nothing depends on whether an introduction led anywhere. Only you see your points: nobody else, the owner "
                            "included, can look them up."),
        content);
    auto *listNote = makeNote(tr("The names of the people who chose to appear, in alphabetical order. The list shows no points and no ranking. "
                                 "Appearing on it is up to you, and you can take your name off at any time."),
        content);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("My recognition")), content));
    layout->addWidget(m_points);
    layout->addWidget(m_breakdown);
    layout->addWidget(why);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(QStringLiteral("<h3>%1</h3>").arg(tr("Team recognition list")), content));
    layout->addWidget(listNote);
    layout->addWidget(m_onList);
    layout->addWidget(m_listStack);
    layout->addStretch(1);

    placeInScrollArea(this, content);

    connect(m_onList, &QCheckBox::toggled, this, [this](bool appear) {
        if (const QString error = setOnTeamList(appear); !error.isEmpty())
            Q_EMIT problem(error);
    });
    connect(&m_workspace, &Workspace::sessionChanged, this, &RecognitionPage::refresh);
    connect(&m_workspace, &Workspace::reloaded, this, &RecognitionPage::refresh);
    connect(&m_workspace, &Workspace::consentChanged, this, &RecognitionPage::refresh);
    refresh();
}

QIcon RecognitionPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("emblem-favorite"), QIcon(QStringLiteral(":/icons/recognition.svg")));
}

void RecognitionPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    refresh();
}

void RecognitionPage::refresh()
{
    refreshPoints();
    refreshList();
}

void RecognitionPage::refreshPoints()
{
    const consent::Session *session = m_workspace.session();
    m_onList->setEnabled(session != nullptr);
    if (!session) {
        m_points->clear();
        m_breakdown->clear();
        const QSignalBlocker blocker(m_onList);
        m_onList->setChecked(false);
        return;
    }
    referrals::Recognition recognition(m_workspace.database());
    auto points = recognition.points(*session);
    auto onList = recognition.onTeamList(*session);
    if (!points || !onList) {
        Q_EMIT problem(!points ? points.message() : onList.message());
        return;
    }
    m_points->setText(tr("<p style='font-size:x-large'>Your points: <b>%1</b></p>").arg(points->total()));
    const QString joining = points->joined > 0 ? tr("Joining the program: <b>%1</b>").arg(points->joined)
                                               : tr("Joining the program: <b>0</b> (you earn %1 when you join)").arg(referrals::kPointsForJoining);
    const QString answering = tr("Answering requests, either way: %1 × %2 = <b>%3</b>")
                                  .arg(points->answers)
                                  .arg(referrals::kPointsPerAnswer)
                                  .arg(points->answers * referrals::kPointsPerAnswer);
    m_breakdown->setText(QStringLiteral("<p>%1<br>%2</p>").arg(joining, answering));
    const QSignalBlocker blocker(m_onList);
    m_onList->setChecked(*onList);
}

void RecognitionPage::refreshList()
{
    m_list->clear();
    QStringList names;
    if (m_workspace.session()) {
        auto list = referrals::Recognition(m_workspace.database()).teamList();
        if (list)
            names = *list;
        else
            Q_EMIT problem(list.message());
    }
    m_list->addItems(names);
    m_listStack->setCurrentIndex(names.isEmpty() ? 1 : 0);
}

QString RecognitionPage::setOnTeamList(bool appear)
{
    const consent::Session *session = m_workspace.session();
    QString error;
    if (!session)
        error = tr("Sign in first.");
    else if (auto done = referrals::Recognition(m_workspace.database()).setOnTeamList(*session, appear); !done)
        error = done.message();
    if (error.isEmpty())
        Q_EMIT information(appear ? tr("Your name is on the team recognition list.") : tr("Your name is no longer on the team recognition list."));
    // The checkbox shows what is stored, also when the change failed.
    refresh();
    return error;
}

} // namespace consentric::ui
