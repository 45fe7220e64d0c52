#include "policy/PolicyPage.h"

#include "Workspace.h"
#include "consent/Participation.h"
#include "policy/ConnectionPolicy.h"
#include "widgets/Confirm.h"

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace consentric::ui {

namespace {

QString actionText(const QString &action)
{
    if (action == QLatin1String("opted-in"))
        return PolicyPage::tr("Joined");
    if (action == QLatin1String("acknowledged"))
        return PolicyPage::tr("Acknowledged a new version");
    return PolicyPage::tr("Left");
}

} // namespace

PolicyPage::PolicyPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_acknowledgeNew(new QPushButton(m_banner))
    , m_status(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_acknowledge(new QCheckBox(this))
    , m_join(new QPushButton(tr("&Join the program"), this))
    , m_leave(new QPushButton(tr("&Leave the program…"), this))
    , m_ledger(new QTableWidget(0, 3, this))
{
    m_banner->setObjectName(QStringLiteral("policyBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    // A highlight that reads on light and dark palettes alike: dark text on a pale yellow.
    m_banner->setStyleSheet(QStringLiteral("#policyBanner { background: #fff4ce; border: 1px solid #c8a400; border-radius: 4px; }"
                                           "#policyBanner QLabel { color: #3b2f00; }"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::RichText);
    m_bannerText->setObjectName(QStringLiteral("policyBannerText"));
    m_acknowledgeNew->setObjectName(QStringLiteral("acknowledgeButton"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_acknowledgeNew, 0, Qt::AlignVCenter);
    m_banner->hide();

    m_text->setOpenExternalLinks(false);
    m_text->setAccessibleName(tr("Connection policy"));
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("policyStatus"));
    m_join->setEnabled(false);
    m_join->setObjectName(QStringLiteral("joinButton"));
    m_leave->setObjectName(QStringLiteral("leaveButton"));
    m_ledger->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("Policy version")});
    m_ledger->verticalHeader()->hide();
    m_ledger->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ledger->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ledger->horizontalHeader()->setStretchLastSection(true);
    m_ledger->setMaximumHeight(140);
    m_ledger->setAccessibleName(tr("Your consent ledger"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_acknowledge);
    actions->addWidget(m_join);
    actions->addStretch(1);
    actions->addWidget(m_leave);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Connection policy")), this));
    layout->addWidget(m_status);
    layout->addWidget(m_text, 1);
    layout->addLayout(actions);
    layout->addWidget(new QLabel(QStringLiteral("<h3>%1</h3>").arg(tr("Your consent ledger")), this));
    layout->addWidget(m_ledger);

    connect(m_acknowledge, &QCheckBox::toggled, m_join, &QWidget::setEnabled);
    connect(m_join, &QPushButton::clicked, this, [this] {
        if (const QString error = join(); !error.isEmpty())
            Q_EMIT problem(error);
    });
    connect(m_acknowledgeNew, &QPushButton::clicked, this, [this] {
        if (const QString error = acknowledge(); !error.isEmpty())
            Q_EMIT problem(error);
    });
    connect(m_leave, &QPushButton::clicked, this, [this] {
        if (!Confirm::ask(this, tr("Leave the referral program?"),
                tr("Everything you made discoverable or shared disappears from the business's views at once. Your choices are kept, so "
                   "joining again restores them. No reason is asked, and nobody is told why."),
                tr("Leave the program")))
            return;
        if (const QString error = leave(); !error.isEmpty())
            Q_EMIT problem(error);
    });
    // The owner may publish a new version at any time: what is shown follows.
    connect(&m_workspace, &Workspace::consentChanged, this, &PolicyPage::refresh);
    connect(&m_workspace, &Workspace::sessionChanged, this, &PolicyPage::refresh);
    connect(&m_workspace, &Workspace::reloaded, this, &PolicyPage::refresh);
    refresh();
}

QIcon PolicyPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/policy.svg"));
}

void PolicyPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    refresh();
}

QString PolicyPage::join()
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return tr("Sign in first.");
    if (auto joined = consent::Participation(m_workspace.database()).optIn(*session, m_version); !joined)
        return joined.message();
    m_acknowledge->setChecked(false);
    m_workspace.announceChange();
    refresh();
    Q_EMIT information(tr("You take part in the referral program. What you make discoverable or shared now counts for the business."));
    return {};
}

QString PolicyPage::leave()
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return tr("Sign in first.");
    if (auto left = consent::Participation(m_workspace.database()).optOut(*session); !left)
        return left.message();
    m_workspace.announceChange();
    refresh();
    Q_EMIT information(tr("You left the referral program. The business sees none of your connections now."));
    return {};
}

QString PolicyPage::acknowledge()
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return tr("Sign in first.");
    if (auto done = consent::Participation(m_workspace.database()).acknowledge(*session, m_version); !done) {
        refresh(); // most likely an even newer version: show that one
        return done.message();
    }
    m_workspace.announceChange();
    refresh();
    Q_EMIT information(tr("Thank you: you have read version %1 of the connection policy. Nothing about your sharing changed.").arg(m_version));
    return {};
}

void PolicyPage::refresh()
{
    auto policy = policy::PolicyStore(m_workspace.database()).current();
    if (!policy) {
        Q_EMIT problem(policy.message());
        return;
    }
    if (policy->version != m_version || m_text->document()->isEmpty()) {
        m_version = policy->version;
        m_text->setMarkdown(policy->markdown());
    }
    m_acknowledge->setText(tr("I have read the connection policy (version %1) and want to take part").arg(m_version));
    const consent::Session *session = m_workspace.session();
    if (!session) {
        m_banner->hide();
        m_ledger->setRowCount(0);
        return;
    }
    auto person = m_workspace.people().byId(session->person().id);
    const bool participating = person && person->has_value() && (*person)->participating;
    m_status->setText(participating ? tr("<b>You take part in the referral program.</b> You can leave at any time, in one click.")
                                    : tr("<b>You are not taking part.</b> Read the policy; if you agree, tick the box and join. You can leave "
                                         "at any time."));
    m_acknowledge->setVisible(!participating);
    m_join->setVisible(!participating);
    m_leave->setVisible(participating);
    refreshBanner(*session);
    auto ledger = consent::Participation(m_workspace.database()).ledger(*session);
    if (!ledger) {
        Q_EMIT problem(ledger.message());
        return;
    }
    m_ledger->setRowCount(int(ledger->size()));
    for (int row = 0; row < int(ledger->size()); ++row) {
        const consent::LedgerEntry &e = (*ledger)[size_t(row)];
        m_ledger->setItem(row, 0, new QTableWidgetItem(QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat)));
        m_ledger->setItem(row, 1, new QTableWidgetItem(actionText(e.action)));
        m_ledger->setItem(row, 2, new QTableWidgetItem(e.policyVersion));
    }
}

void PolicyPage::refreshBanner(const consent::Session &session)
{
    policy::PolicyStore store(m_workspace.database());
    auto needed = store.needsAcknowledgement(session);
    if (!needed) {
        m_banner->hide();
        Q_EMIT problem(needed.message());
        return;
    }
    auto policy = store.current();
    if (!*needed || !policy) {
        m_banner->hide();
        return;
    }
    QString changes = policy->changes.trimmed();
    while (changes.endsWith(QLatin1Char('.')))
        changes.chop(1);
    const QString date = QLocale().toString(policy->publishedAt.toLocalTime().date(), tr("d MMMM yyyy", "a long date: 19 January 2026"));
    QString changed;
    if (policy->publishedAt.isValid() && !changes.isEmpty())
        changed = tr("The connection policy changed (version %1, published %2): %3.").arg(policy->version, date, changes.toHtmlEscaped());
    else if (policy->publishedAt.isValid())
        changed = tr("The connection policy changed (version %1, published %2).").arg(policy->version, date);
    else
        changed = tr("The connection policy in force is version %1.").arg(policy->version);
    m_bannerText->setText(QStringLiteral("<b>%1</b> %2").arg(changed, tr("Your sharing stays exactly as it is. Please read it and acknowledge it.")));
    m_acknowledgeNew->setText(tr("I have &read version %1").arg(policy->version));
    m_banner->show();
}

} // namespace consentric::ui
