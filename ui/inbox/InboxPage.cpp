#include "inbox/InboxPage.h"

#include "Workspace.h"
#include "referrals/Introduction.h"
#include "referrals/PipelineCommands.h"
#include "templates/TemplateStore.h"
#include "widgets/Confirm.h"
#include "widgets/LevelIcons.h"
#include "widgets/Notes.h"
#include "widgets/Tables.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace consentric::ui {

namespace {

QString shortDate(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

// The employee's words for each step of their request's story.
QString stepText(referrals::Stage stage)
{
    switch (stage) {
    case referrals::Stage::Requested: return QCoreApplication::translate("consentric::ui::InboxPage", "you were asked");
    case referrals::Stage::Accepted: return QCoreApplication::translate("consentric::ui::InboxPage", "you accepted");
    case referrals::Stage::Introduced: return QCoreApplication::translate("consentric::ui::InboxPage", "you sent the introduction");
    case referrals::Stage::Meeting: return QCoreApplication::translate("consentric::ui::InboxPage", "the meeting took place");
    case referrals::Stage::Outcome: return QCoreApplication::translate("consentric::ui::InboxPage", "the outcome was recorded");
    case referrals::Stage::Closed: return QCoreApplication::translate("consentric::ui::InboxPage", "closed");
    }
    return {};
}

QString statusText(const referrals::InboxItem &i)
{
    if (i.status == referrals::RecipientStatus::Accepted) {
        if (i.outcome)
            return QCoreApplication::translate("consentric::ui::InboxPage", "outcome: %1").arg(referrals::label(*i.outcome));
        return referrals::label(i.stage);
    }
    return referrals::label(i.status);
}

} // namespace

InboxPage::InboxPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_list(makeList({tr("Company"), tr("Status"), tr("Asked")}, this))
    , m_empty(makeEmptyNote(QString(), this))
    , m_detail(new QWidget(this))
    , m_heading(new QLabel(this))
    , m_details(new QLabel(this))
    , m_answerBox(new QGroupBox(tr("Your answer (private)"), this))
    , m_candidates(new QComboBox(this))
    , m_introduce(new QPushButton(tr("Make the &introduction"), this))
    , m_mention(new QPushButton(tr("Mention my &name only"), this))
    , m_decline(new QPushButton(tr("&Decline…"), this))
    , m_composeBox(new QGroupBox(tr("Write the introduction"), this))
    , m_template(new QComboBox(this))
    , m_to(new QLineEdit(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy text"), this))
    , m_mail(new QPushButton(tr("&Open in mail program"), this))
    , m_sent(new QPushButton(tr("Mark introduction &sent"), this))
    , m_saidNo(new QPushButton(tr("They asked not to be contacted…"), this))
    , m_timeline(new QLabel(this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_list->setAccessibleName(tr("Requests"));
    m_empty->setText(tr("No requests. When the business would like an introduction that one of your shared connections could make, it "
                        "arrives here, and only you see it until you answer."));
    m_heading->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_timeline->setWordWrap(true);
    m_timeline->setTextFormat(Qt::RichText);
    m_to->setReadOnly(true);
    m_body->setMinimumHeight(220);
    m_body->setAccessibleName(tr("Introduction text"));

    auto *answer = new QVBoxLayout(m_answerBox);
    auto *who = new QFormLayout;
    who->addRow(tr("&Who you would introduce:"), m_candidates);
    answer->addLayout(who);
    auto *answerButtons = new QHBoxLayout;
    answerButtons->addWidget(m_introduce);
    answerButtons->addWidget(m_mention);
    answerButtons->addWidget(m_decline);
    answerButtons->addStretch(1);
    answer->addLayout(answerButtons);
    auto *privacy = new QLabel(tr("If you decline, the owner never learns it was you: the request simply closes at its expiry, as if nobody "
                                  "answered. Your reason, if you give one, is readable only by you."),
        m_answerBox);
    privacy->setWordWrap(true);
    answer->addWidget(privacy);

    auto *composeLayout = new QVBoxLayout(m_composeBox);
    auto *fields = new QFormLayout;
    fields->addRow(tr("&Template:"), m_template);
    fields->addRow(tr("To:"), m_to);
    fields->addRow(tr("S&ubject:"), m_subject);
    composeLayout->addLayout(fields);
    composeLayout->addWidget(m_body, 1);
    auto *note = new QLabel(
        tr("Edit freely: these are your words. Consentric sends nothing; copy the text or open it in your own mail program."), m_composeBox);
    note->setWordWrap(true);
    composeLayout->addWidget(note);
    auto *composeButtons = new QHBoxLayout;
    composeButtons->addWidget(m_copy);
    composeButtons->addWidget(m_mail);
    composeButtons->addStretch(1);
    composeLayout->addLayout(composeButtons);
    auto *stepButtons = new QHBoxLayout;
    stepButtons->addWidget(m_sent);
    stepButtons->addWidget(m_saidNo);
    stepButtons->addStretch(1);
    composeLayout->addLayout(stepButtons);

    auto *detail = new QVBoxLayout(m_detail);
    detail->addWidget(m_heading);
    detail->addWidget(m_details);
    detail->addWidget(m_answerBox);
    detail->addWidget(m_composeBox, 1);
    detail->addWidget(m_timeline);
    detail->addStretch(0);
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Inbox")), left));
    leftLayout->addWidget(m_empty);
    leftLayout->addWidget(m_list, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    left->setMinimumWidth(360);
    splitter->setSizes({400, 760});
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(false);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(splitter);

    connect(m_list, &QTableWidget::itemSelectionChanged, this, &InboxPage::showCurrent);
    connect(m_introduce, &QPushButton::clicked, this, [this] { accept(referrals::Answer::Introduce); });
    connect(m_mention, &QPushButton::clicked, this, [this] { accept(referrals::Answer::Mention); });
    connect(m_decline, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getMultiLineText(this, tr("Decline"),
            tr("Optionally, a reason for yourself (nobody else can read it). The owner will not learn that you declined."), QString(), &ok);
        if (ok)
            decline(reason);
    });
    connect(m_template, &QComboBox::currentIndexChanged, this, [this] { compose(); });
    connect(m_copy, &QPushButton::clicked, this, &InboxPage::copyText);
    connect(m_mail, &QPushButton::clicked, this, &InboxPage::openInMailProgram);
    connect(m_sent, &QPushButton::clicked, this, [this] { markIntroduced(); });
    connect(m_saidNo, &QPushButton::clicked, this, [this] {
        if (Confirm::ask(this, tr("Do not contact again"),
                tr("The person you introduced asked not to be contacted again. Consentric puts them on the do-not-contact list (as a keyed "
                   "code, not their name) and will refuse any later request that would reach them. The request ends with no result."),
                tr("Add to do-not-contact")))
            recipientSaidNo();
    });
    connect(&m_workspace, &Workspace::consentChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    showCurrent();
}

QIcon InboxPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("mail-inbox"), QIcon(QStringLiteral(":/icons/inbox.svg")));
}

void InboxPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    refresh();
}

void InboxPage::refresh()
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return;
    auto items = referrals::Inbox(m_workspace.database()).items(*session);
    if (!items) {
        Q_EMIT problem(items.message());
        return;
    }
    const referrals::InboxItem *before = current();
    const qint64 keep = before ? before->requestId : 0;
    m_items = std::move(*items);
    const QSignalBlocker blocker(m_list);
    m_list->setRowCount(int(m_items.size()));
    for (int row = 0; row < int(m_items.size()); ++row) {
        const referrals::InboxItem &i = m_items[size_t(row)];
        auto *company = new QTableWidgetItem(i.company);
        company->setData(Qt::UserRole, i.requestId);
        company->setToolTip(i.company);
        QFont font = company->font();
        font.setBold(i.status == referrals::RecipientStatus::Pending);
        company->setFont(font);
        m_list->setItem(row, 0, company);
        m_list->setItem(row, 1, new QTableWidgetItem(statusText(i)));
        m_list->setItem(row, 2, new QTableWidgetItem(shortDate(i.askedAt)));
    }
    m_list->setVisible(!m_items.empty());
    m_empty->setVisible(m_items.empty());
    if (!keep || !selectRequest(keep)) {
        if (!m_items.empty())
            m_list->selectRow(0);
    }
    showCurrent();
}

bool InboxPage::selectRequest(qint64 requestId)
{
    for (int row = 0; row < m_list->rowCount(); ++row) {
        if (m_list->item(row, 0)->data(Qt::UserRole).toLongLong() == requestId) {
            m_list->selectRow(row);
            showCurrent();
            return true;
        }
    }
    return false;
}

const referrals::InboxItem *InboxPage::current() const
{
    const auto rows = m_list->selectionModel() ? m_list->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() || !m_list->item(rows.front().row(), 0))
        return nullptr;
    const qint64 id = m_list->item(rows.front().row(), 0)->data(Qt::UserRole).toLongLong();
    for (const referrals::InboxItem &i : m_items) {
        if (i.requestId == id)
            return &i;
    }
    return nullptr;
}

void InboxPage::showCurrent()
{
    const referrals::InboxItem *i = current();
    m_detail->setVisible(i != nullptr);
    if (!i)
        return;
    m_heading->setText(QStringLiteral("<h2>%1</h2>").arg(tr("%1 — %2").arg(i->company.toHtmlEscaped(), referrals::label(i->kind))));
    QString details = tr("<p>Asked by %1 on %2. %3</p><p><i>“%4”</i></p>")
                          .arg(i->askedBy.toHtmlEscaped(), shortDate(i->askedAt),
                              i->status == referrals::RecipientStatus::Pending
                                  ? tr("Please answer by %1; after that it closes by itself.").arg(shortDate(i->expiresAt))
                                  : tr("Your status: %1.").arg(referrals::label(i->status)),
                              i->reason.toHtmlEscaped());
    if (i->named)
        details += tr("<p>You were asked by name, because you shared this connection.</p>");
    else if (i->status == referrals::RecipientStatus::Pending)
        details += tr("<p>Everyone on the team who could help was asked; the first to accept takes it, and the others are told it is taken.</p>");
    if (!i->declineReason.isEmpty())
        details += tr("<p>Your reason (only you can read it): %1</p>").arg(i->declineReason.toHtmlEscaped());
    if (i->blocked)
        details += tr("<p>The person you introduced asked not to be contacted again; they are on the do-not-contact list.</p>");
    m_details->setText(details);

    const bool pending = i->status == referrals::RecipientStatus::Pending && i->stage == referrals::Stage::Requested;
    m_answerBox->setVisible(pending);
    if (pending) {
        m_candidates->clear();
        for (const referrals::Candidate &c : i->candidates) {
            const QString text = c.title.isEmpty() ? c.name : tr("%1 — %2").arg(c.name, c.title);
            m_candidates->addItem(levelIcon(c.level), text, c.connectionId);
        }
        const bool any = m_candidates->count() > 0;
        m_introduce->setEnabled(any);
        m_mention->setEnabled(any);
    }
    const bool introducing = i->status == referrals::RecipientStatus::Accepted && i->answer == referrals::Answer::Introduce && i->introducing;
    m_composeBox->setVisible(introducing);
    if (introducing) {
        fillTemplates(*i);
        m_sent->setEnabled(i->stage == referrals::Stage::Accepted);
        m_saidNo->setEnabled(!i->blocked && (i->stage == referrals::Stage::Accepted || i->stage == referrals::Stage::Introduced));
    }
    QString timeline;
    for (const referrals::PipelineEvent &e : i->events) {
        QString line = tr("%1 — %2").arg(shortDate(e.at), stepText(e.stage));
        if (e.note == QLatin1String("undone"))
            line += tr(" (a step was taken back)");
        timeline += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    }
    m_timeline->setText(timeline.isEmpty() ? QString() : tr("<h3>What happened since</h3><ul>%1</ul>").arg(timeline));
    if (i->outcome && i->stage == referrals::Stage::Outcome)
        m_timeline->setText(
            m_timeline->text() + tr("<p>Outcome: <b>%1</b>. Thank you for making it possible.</p>").arg(referrals::label(*i->outcome)));
}

void InboxPage::fillTemplates(const referrals::InboxItem &item)
{
    const QSignalBlocker blocker(m_template);
    m_template->clear();
    auto list = templates::TemplateStore(m_workspace.database()).active(templates::normaliseLanguage(QLocale().name()));
    if (!list) {
        Q_EMIT problem(list.message());
        return;
    }
    m_templates = std::move(*list);
    int preferred = 0;
    for (int n = 0; n < int(m_templates.size()); ++n) {
        m_template->addItem(m_templates[size_t(n)].name, m_templates[size_t(n)].id);
        if (m_templates[size_t(n)].kind == referrals::suggestedTemplate(item.kind) && preferred == 0)
            preferred = n;
    }
    m_template->setCurrentIndex(preferred);
    compose();
}

void InboxPage::compose()
{
    const referrals::InboxItem *i = current();
    const consent::Session *session = m_workspace.session();
    const int index = m_template->currentIndex();
    if (!i || !session || !i->introducing || index < 0 || index >= int(m_templates.size()))
        return;
    auto business = m_workspace.people().organisationName();
    const QString organisation = business && business->has_value() ? **business : QString();
    const templates::Values values = referrals::introductionValues(session->person(), organisation, *i, *i->introducing);
    auto rendered = templates::render(m_templates[size_t(index)], values);
    if (!rendered) {
        Q_EMIT problem(rendered.message());
        return;
    }
    m_rendered = *rendered;
    m_to->setText(i->introducing->email.isEmpty() ? i->introducing->name : tr("%1 <%2>").arg(i->introducing->name, i->introducing->email));
    m_subject->setText(m_rendered.subject);
    m_body->setPlainText(m_rendered.text());
}

bool InboxPage::confirmRequiredLines()
{
    const referrals::InboxItem *i = current();
    if (!i)
        return false;
    const templates::Missing missing = templates::missingRequired(m_rendered, m_body->toPlainText());
    if (!missing.any() || m_warned.contains(i->requestId))
        return true;
    m_warned.insert(i->requestId);
    QString what = missing.disclosure && missing.optOut ? tr("the disclosure (why you are writing, on whose behalf) and the opt-out line")
        : missing.disclosure                            ? tr("the disclosure (why you are writing, on whose behalf)")
                                                        : tr("the opt-out line (how they can say no to further contact)");
    return Confirm::ask(this, tr("Before it leaves"),
        tr("Your text no longer contains %1. The person you write to should know why you are writing and how to say no. It is your message "
           "and your choice: continue anyway?")
            .arg(what),
        tr("Continue anyway"));
}

bool InboxPage::copyText()
{
    if (!confirmRequiredLines())
        return false;
    QGuiApplication::clipboard()->setText(m_body->toPlainText());
    Q_EMIT information(tr("The text is on the clipboard. Paste it into your mail program; the subject is “%1”.").arg(m_subject->text()));
    return true;
}

bool InboxPage::openInMailProgram()
{
    const referrals::InboxItem *i = current();
    if (!i || !i->introducing || !confirmRequiredLines())
        return false;
    const QUrl url(templates::mailtoUrl(i->introducing->email, m_subject->text(), m_body->toPlainText()));
    if (!m_openUrl(url)) {
        Q_EMIT problem(tr("No mail program opened the message. Use Copy text and paste it into your mail program instead."));
        return false;
    }
    return true;
}

QString InboxPage::accept(referrals::Answer answer)
{
    const referrals::InboxItem *i = current();
    const consent::Session *session = m_workspace.session();
    if (!i || !session || m_candidates->currentIndex() < 0)
        return tr("Choose a request and one of your connections first.");
    const qint64 id = i->requestId;
    auto done = referrals::Inbox(m_workspace.database()).accept(*session, id, answer, m_candidates->currentData().toLongLong());
    if (!done) {
        Q_EMIT problem(done.message());
        refresh();
        return done.message();
    }
    Q_EMIT information(answer == referrals::Answer::Introduce ? tr("Thank you. Write the introduction below, in your own words, and mark it sent.")
                                                              : tr("Thank you. The owner now knows your name may be mentioned."));
    refresh();
    selectRequest(id);
    return {};
}

QString InboxPage::decline(const QString &reason)
{
    const referrals::InboxItem *i = current();
    const consent::Session *session = m_workspace.session();
    if (!i || !session)
        return tr("Choose a request first.");
    const qint64 id = i->requestId;
    auto done = referrals::Inbox(m_workspace.database()).decline(*session, id, reason);
    if (!done) {
        Q_EMIT problem(done.message());
        return done.message();
    }
    Q_EMIT information(tr("Declined. Nobody else will know; the request closes by itself at its expiry."));
    refresh();
    selectRequest(id);
    return {};
}

QString InboxPage::markIntroduced()
{
    const referrals::InboxItem *i = current();
    const consent::Session *session = m_workspace.session();
    if (!i || !session)
        return tr("Choose a request first.");
    const qint64 id = i->requestId;
    auto done = referrals::Inbox(m_workspace.database()).markIntroduced(*session, id);
    if (!done) {
        Q_EMIT problem(done.message());
        return done.message();
    }
    // The page may be gone (signed out, rebuilt) when the step is undone.
    const QPointer<InboxPage> self(this);
    m_workspace.undoStack().push(new IntroductionSentCommand(
        m_workspace, id,
        [self](const QString &message) {
            if (self)
                Q_EMIT self->problem(message);
        },
        [self, id] {
            if (!self)
                return;
            self->refresh();
            self->selectRequest(id);
        }));
    refresh();
    selectRequest(id);
    return {};
}

QString InboxPage::recipientSaidNo()
{
    const referrals::InboxItem *i = current();
    const consent::Session *session = m_workspace.session();
    if (!i || !session)
        return tr("Choose a request first.");
    const qint64 id = i->requestId;
    auto done = referrals::Inbox(m_workspace.database()).recipientSaidNo(*session, id);
    if (!done) {
        Q_EMIT problem(done.message());
        return done.message();
    }
    refresh();
    selectRequest(id);
    return {};
}

} // namespace consentric::ui
