#include "referrals/ReferralsPage.h"

#include "Workspace.h"
#include "consent/BusinessView.h"
#include "referrals/Guardrails.h"
#include "referrals/Pipeline.h"
#include "referrals/PipelineCommands.h"
#include "referrals/ReferralDialogs.h"
#include "util/Clock.h"
#include "widgets/Notes.h"
#include "widgets/PageLayout.h"
#include "widgets/Tables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace consentric::ui {

namespace {

enum Filter { All, Open, InProgress, Finished };

QTableWidgetItem *cell(const QString &text, qint64 id = 0)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (id)
        item->setData(Qt::UserRole, id);
    return item;
}

QString shortDate(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

QString shortDate(const std::optional<QDate> &date)
{
    return date ? QLocale().toString(*date, QLocale::ShortFormat) : QString();
}

bool matches(const referrals::RequestView &v, int filter)
{
    switch (filter) {
    case Open: return v.stage == referrals::Stage::Requested;
    case InProgress: return v.stage == referrals::Stage::Accepted || v.stage == referrals::Stage::Introduced || v.stage == referrals::Stage::Meeting;
    case Finished: return v.stage == referrals::Stage::Outcome || v.stage == referrals::Stage::Closed;
    default: return true;
    }
}

} // namespace

ReferralsPage::ReferralsPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_summary(new QLabel(this))
    , m_targets(makeList({tr("Target"), tr("Kind"), tr("Reason"), tr("Added")}, this))
    , m_targetsEmpty(makeEmptyNote(tr("No targets yet. Add a company the business would like to reach (New target, Ctrl+N): the team is asked "
                                      "privately, and nobody is contacted without an employee's yes."),
          this))
    , m_filter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_requests(
          makeList({tr("Target"), tr("Kind"), tr("Asked"), tr("Status"), tr("Introducer"), tr("Sent"), tr("Expires / closed"), tr("Meeting")}, this))
    , m_requestsEmpty(makeEmptyNote(tr("No requests yet. Select a target and choose Send request (Ctrl+Return)."), this))
    , m_send(new QPushButton(tr("&Send request"), this))
    , m_meeting(new QPushButton(tr("Record &meeting…"), this))
    , m_outcome(new QPushButton(tr("Record &outcome…"), this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setObjectName(QStringLiteral("referralSummary"));
    m_targets->setAccessibleName(tr("Targets"));
    m_requests->setAccessibleName(tr("Requests and their pipeline"));
    m_targets->setMinimumHeight(140);
    m_requests->setMinimumHeight(220);
    // Newest first, as core returns them; the target and reason take the spare width.
    m_targets->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_targets->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_targets->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_targets->horizontalHeader()->setStretchLastSection(false);
    m_targets->setColumnWidth(0, 320);
    m_requests->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_requests->horizontalHeader()->setStretchLastSection(false);
    m_filter->addItems({tr("All requests"), tr("Open"), tr("In progress"), tr("Finished")});
    m_search->setPlaceholderText(tr("Search targets (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);

    auto *intro = new QLabel(tr("Say whom the business would like to reach. Requests go to the employees who can help, who answer privately: "
                                "you learn who only when someone accepts, and a decline is never shown by name — a request nobody took "
                                "closes at its expiry as “closed — no introduction”."),
        this);
    intro->setWordWrap(true);

    auto *newTarget = new QPushButton(tr("&New target…"), this);
    auto *guardrails = new QPushButton(tr("&Guardrails…"), this);
    auto *targetButtons = new QHBoxLayout;
    targetButtons->addWidget(newTarget);
    targetButtons->addWidget(m_send);
    targetButtons->addStretch(1);
    targetButtons->addWidget(guardrails);

    auto *requestBar = new QHBoxLayout;
    requestBar->addWidget(new QLabel(tr("Show:"), this));
    requestBar->addWidget(m_filter);
    requestBar->addWidget(m_search, 1);
    auto *requestButtons = new QHBoxLayout;
    requestButtons->addWidget(m_meeting);
    requestButtons->addWidget(m_outcome);
    requestButtons->addStretch(1);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Referrals")), content));
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(QStringLiteral("<h3>%1</h3>").arg(tr("Targets")), content));
    layout->addWidget(m_targetsEmpty);
    layout->addWidget(m_targets, 1);
    layout->addLayout(targetButtons);
    layout->addWidget(new QLabel(QStringLiteral("<h3>%1</h3>").arg(tr("Requests and pipeline")), content));
    layout->addLayout(requestBar);
    layout->addWidget(m_requestsEmpty);
    layout->addWidget(m_requests, 2);
    layout->addLayout(requestButtons);
    placeInScrollArea(this, content);

    connect(newTarget, &QPushButton::clicked, this, &ReferralsPage::newTarget);
    connect(m_send, &QPushButton::clicked, this, [this] { sendRequest(); });
    connect(guardrails, &QPushButton::clicked, this, &ReferralsPage::editGuardrails);
    connect(m_meeting, &QPushButton::clicked, this, [this] {
        StepDialog dialog(false, m_workspace.database().clock().today(), this);
        if (dialog.exec() == QDialog::Accepted)
            recordMeeting(dialog.date());
    });
    connect(m_outcome, &QPushButton::clicked, this, [this] {
        StepDialog dialog(true, m_workspace.database().clock().today(), this);
        if (dialog.exec() == QDialog::Accepted)
            recordOutcome(dialog.outcome(), dialog.date());
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] { fillRequests(); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { fillRequests(); });
    connect(m_targets, &QTableWidget::itemSelectionChanged, this, &ReferralsPage::updateButtons);
    connect(m_requests, &QTableWidget::itemSelectionChanged, this, &ReferralsPage::updateButtons);
    auto *newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &ReferralsPage::newTarget);
    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    sendShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, this, [this] { sendRequest(); });
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_search, qOverload<>(&QWidget::setFocus));
    connect(&m_workspace, &Workspace::consentChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    updateButtons();
}

QIcon ReferralsPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("mail-forward"), QIcon(QStringLiteral(":/icons/referrals.svg")));
}

void ReferralsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    refresh();
}

void ReferralsPage::refresh()
{
    const consent::Session *session = m_workspace.session();
    if (!session || !session->runsTheProgram())
        return;
    referrals::Referrals referrals(m_workspace.database());
    auto targets = referrals.targets(*session);
    auto requests = referrals.requests(*session);
    const QDate today = m_workspace.database().clock().today();
    const QDate from(today.year() - 1, today.month(), 1);
    auto counts = referrals.counts(*session, from, today);
    if (!targets || !requests || !counts) {
        Q_EMIT problem(!targets ? targets.message() : !requests ? requests.message() : counts.message());
        return;
    }
    m_targetList = std::move(*targets);
    m_requestList = std::move(*requests);
    const referrals::ReferralCounts &c = *counts;
    QString median = c.medianDaysToIntroduction ? tr("%1 days").arg(QLocale().toString(*c.medianDaysToIntroduction, 'f', 1)) : tr("none yet");
    m_summary->setText(tr("<p><b>Since %1:</b> %2 requests, %3 accepted, %4 introductions, %5 meetings; outcomes: %6 won, %7 hired, %8 "
                          "partnered, %9 no result. Closed without an introduction: %10. Declines (counted, never named): %11. Median time "
                          "from request to introduction: %12.</p>")
                           .arg(QLocale().toString(from, QLocale::ShortFormat))
                           .arg(c.requests)
                           .arg(c.accepted)
                           .arg(c.introductions)
                           .arg(c.meetings)
                           .arg(c.won)
                           .arg(c.hired)
                           .arg(c.partnered)
                           .arg(c.noResult)
                           .arg(c.closedWithoutIntroduction)
                           .arg(c.declines.toString(), median));

    const qint64 keepTarget = selectedTarget();
    m_targets->setRowCount(int(m_targetList.size()));
    for (int row = 0; row < int(m_targetList.size()); ++row) {
        const referrals::Target &t = m_targetList[size_t(row)];
        const QString name = t.person.isEmpty() ? t.company : tr("%1 at %2 (%3's connection)").arg(t.person, t.company, t.holder);
        m_targets->setItem(row, 0, cell(name, t.id));
        m_targets->setItem(row, 1, cell(referrals::label(t.kind)));
        m_targets->setItem(row, 2, cell(t.reason));
        m_targets->setItem(row, 3, cell(QLocale().toString(t.createdOn, QLocale::ShortFormat)));
    }
    m_targets->setVisible(!m_targetList.empty());
    m_targetsEmpty->setVisible(m_targetList.empty());
    for (int row = 0; row < m_targets->rowCount(); ++row) {
        if (m_targets->item(row, 0)->data(Qt::UserRole).toLongLong() == keepTarget)
            m_targets->selectRow(row);
    }
    fillRequests();
}

void ReferralsPage::fillRequests()
{
    const qint64 keep = selectedRequest();
    const QString needle = m_search->text().trimmed();
    m_requests->setRowCount(0);
    for (const referrals::RequestView &v : m_requestList) {
        const QString name = v.person.isEmpty() ? v.company : tr("%1 at %2").arg(v.person, v.company);
        if (!matches(v, m_filter->currentIndex()) || (!needle.isEmpty() && !name.contains(needle, Qt::CaseInsensitive)))
            continue;
        const int row = m_requests->rowCount();
        m_requests->insertRow(row);
        m_requests->setItem(row, 0, cell(name, v.id));
        m_requests->setItem(row, 1, cell(referrals::label(v.kind)));
        m_requests->setItem(row, 2, cell(v.wholeTeam ? tr("whoever can help") : v.namedEmployee));
        QString status = referrals::label(v.stage);
        if (v.answer == referrals::Answer::Mention && v.stage == referrals::Stage::Accepted)
            status = tr("accepted — name may be mentioned");
        if (v.outcome)
            status = tr("outcome: %1").arg(referrals::label(*v.outcome));
        m_requests->setItem(row, 3, cell(status));
        m_requests->setItem(row, 4, cell(v.introducer));
        m_requests->setItem(row, 5, cell(shortDate(v.createdAt)));
        m_requests->setItem(row, 6, cell(shortDate(v.stage == referrals::Stage::Closed ? v.closedAt : v.expiresAt)));
        m_requests->setItem(row, 7, cell(shortDate(v.meetingOn)));
    }
    m_requests->setVisible(m_requests->rowCount() > 0);
    m_requestsEmpty->setVisible(m_requests->rowCount() == 0);
    if (m_requestList.empty())
        m_requestsEmpty->setText(tr("No requests yet. Select a target and choose Send request (Ctrl+Return)."));
    else
        m_requestsEmpty->setText(tr("No request matches this filter."));
    if (keep)
        selectRequest(keep);
    updateButtons();
}

qint64 ReferralsPage::selectedTarget() const
{
    const auto rows = m_targets->selectionModel() ? m_targets->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return 0;
    return m_targets->item(rows.front().row(), 0)->data(Qt::UserRole).toLongLong();
}

qint64 ReferralsPage::selectedRequest() const
{
    const auto rows = m_requests->selectionModel() ? m_requests->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return 0;
    return m_requests->item(rows.front().row(), 0)->data(Qt::UserRole).toLongLong();
}

bool ReferralsPage::selectRequest(qint64 requestId)
{
    for (int row = 0; row < m_requests->rowCount(); ++row) {
        if (m_requests->item(row, 0)->data(Qt::UserRole).toLongLong() == requestId) {
            m_requests->selectRow(row);
            return true;
        }
    }
    return false;
}

void ReferralsPage::setFilter(int index)
{
    m_filter->setCurrentIndex(index);
}

void ReferralsPage::updateButtons()
{
    m_send->setEnabled(selectedTarget() != 0);
    const qint64 id = selectedRequest();
    const auto it = std::find_if(m_requestList.begin(), m_requestList.end(), [&](const referrals::RequestView &v) { return v.id == id; });
    const bool found = it != m_requestList.end();
    m_meeting->setEnabled(found && referrals::canRecordMeeting(it->stage, it->answer));
    m_outcome->setEnabled(found && referrals::canRecordOutcome(it->stage));
}

void ReferralsPage::newTarget()
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return;
    consent::BusinessView view(m_workspace.database());
    QStringList companies;
    if (auto reach = view.companies(*session)) {
        for (const consent::CompanyReach &c : *reach)
            companies << c.company;
    }
    auto shared = view.sharedConnections(*session);
    TargetDialog dialog(companies, shared ? *shared : std::vector<consent::SharedConnection>{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto added = referrals::Referrals(m_workspace.database()).addTarget(*session, dialog.input());
    if (!added) {
        Q_EMIT problem(added.message());
        return;
    }
    refresh();
    for (int row = 0; row < m_targets->rowCount(); ++row) {
        if (m_targets->item(row, 0)->data(Qt::UserRole).toLongLong() == *added)
            m_targets->selectRow(row);
    }
    if (dialog.sendNow())
        sendRequestFor(*added);
}

QString ReferralsPage::sendRequest()
{
    const qint64 target = selectedTarget();
    if (!target)
        return tr("Select a target first.");
    return sendRequestFor(target);
}

QString ReferralsPage::sendRequestFor(qint64 targetId)
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return {};
    auto sent = referrals::Referrals(m_workspace.database()).request(*session, targetId);
    if (!sent) {
        Q_EMIT problem(sent.message());
        return sent.message();
    }
    refresh();
    setFilter(All);
    selectRequest(*sent);
    Q_EMIT information(tr("The request was sent to the inboxes of the people who can help. You will see who, if someone accepts."));
    return {};
}

QString ReferralsPage::step(bool outcome, referrals::Outcome which, QDate on)
{
    const consent::Session *session = m_workspace.session();
    const qint64 id = selectedRequest();
    if (!session || !id)
        return tr("Select a request first.");
    referrals::Pipeline pipeline(m_workspace.database());
    auto before = pipeline.state(*session, id);
    if (!before)
        return before.message();
    auto done = outcome ? pipeline.recordOutcome(*session, id, which, on) : pipeline.recordMeeting(*session, id, on);
    if (!done) {
        Q_EMIT problem(done.message());
        return done.message();
    }
    auto after = pipeline.state(*session, id);
    if (!after)
        return after.message();
    // The page may be gone (signed out, rebuilt) when the step is undone.
    const QPointer<ReferralsPage> self(this);
    m_workspace.undoStack().push(new PipelineStepCommand(
        m_workspace, id, *before, *after, outcome ? tr("Record outcome") : tr("Record meeting"),
        [self](const QString &message) {
            if (self)
                Q_EMIT self->problem(message);
        },
        [self] {
            if (self)
                self->refresh();
        }));
    refresh();
    return {};
}

QString ReferralsPage::recordMeeting(QDate on)
{
    return step(false, referrals::Outcome::NoResult, on);
}

QString ReferralsPage::recordOutcome(referrals::Outcome outcome, QDate on)
{
    return step(true, outcome, on);
}

void ReferralsPage::editGuardrails()
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return;
    referrals::Guardrails guardrails(m_workspace.database());
    auto current = guardrails.settings();
    if (!current) {
        Q_EMIT problem(current.message());
        return;
    }
    GuardrailsDialog dialog(*current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto ok = guardrails.change(*session, dialog.settings()); !ok)
        Q_EMIT problem(ok.message());
    else
        Q_EMIT information(tr("The guardrails were changed; they apply to requests sent from now on."));
}

} // namespace consentric::ui
