#include "concerns/ReportConcernPage.h"

#include "Workspace.h"
#include "concerns/ConcernInbox.h"
#include "referrals/Concerns.h"
#include "referrals/Guardrails.h"
#include "widgets/Confirm.h"
#include "widgets/Notes.h"
#include "widgets/PageLayout.h"
#include "widgets/Tables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace consentric::ui {

namespace {

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

// The recipient's bare name, for sentences (the combo says "Owner — name").
constexpr int kNameRole = Qt::UserRole + 1;

} // namespace

ReportConcernPage::ReportConcernPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_recipient(new QComboBox(this))
    , m_anonymous(new QCheckBox(tr("Send &anonymously"), this))
    , m_text(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("&Send…"), this))
    , m_noRecipient(nullptr)
    , m_mine(makeList({tr("Reported on"), tr("To"), tr("Status"), tr("Since")}, this))
    , m_mineEmpty(nullptr)
    , m_receivedSection(nullptr)
    , m_inbox(nullptr)
{
    auto *content = new QWidget(this);
    m_noRecipient = makeEmptyNote(tr("There is nobody to send a concern to yet: the organisation has no owner account."), content);
    m_mineEmpty
        = makeEmptyNote(tr("You have not reported a concern. If something makes you uncomfortable, you can write it here at any time."), content);
    m_receivedSection = new QWidget(content);
    m_inbox = new ConcernInbox(workspace, m_receivedSection);

    auto *intro = makeNote(tr("<p>A concern is for when something does not feel right in the referral program: you feel pressured to share or to "
                              "introduce someone, or a situation made you uncomfortable. Say it here, in your own words.</p>"
                              "<p><b>Who can read it:</b> only the person you choose below. What you write is sealed to them; nobody else, "
                              "not the other recipient and not an administrator, can open it.</p>"
                              "<p><b>Anonymously:</b> an anonymous concern stores no author at all. You can still follow what happens to it "
                              "below, because only your own account keeps the receipt.</p>"),
        content);
    intro->setTextFormat(Qt::RichText);

    m_recipient->setAccessibleName(tr("Send to"));
    m_recipient->setObjectName(QStringLiteral("concernRecipient"));
    m_recipient->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_anonymous->setChecked(true);
    m_anonymous->setObjectName(QStringLiteral("concernAnonymous"));
    m_anonymous->setToolTip(tr("Leave this ticked and your name is not stored with the concern"));
    m_text->setPlaceholderText(tr("What happened, and how it made you feel. Include only what you are comfortable sharing."));
    m_text->setAccessibleName(tr("Your concern"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(110);
    m_send->setObjectName(QStringLiteral("sendConcern"));
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_send->setToolTip(tr("Send the concern (Ctrl+Return); you confirm first"));

    auto *form = new QFormLayout;
    // The combo is as wide as the names it offers, not the whole page.
    auto *recipientRow = new QHBoxLayout;
    recipientRow->addWidget(m_recipient);
    recipientRow->addStretch(1);
    auto *recipientLabel = new QLabel(tr("Send &to:"), m_recipient->parentWidget());
    recipientLabel->setBuddy(m_recipient);
    form->addRow(recipientLabel, recipientRow);
    form->addRow(QString(), m_anonymous);
    form->addRow(tr("&Your concern:"), m_text);
    auto *sendRow = new QHBoxLayout;
    sendRow->addStretch(1);
    sendRow->addWidget(m_send);
    form->addRow(QString(), sendRow);

    m_mine->setAccessibleName(tr("Your concerns"));
    m_mine->setMinimumHeight(120);
    m_mine->setObjectName(QStringLiteral("myConcerns"));

    auto *received = new QVBoxLayout(m_receivedSection);
    received->setContentsMargins(0, 0, 0, 0);
    received->addWidget(makeHeading(tr("Concerns sent to you"), m_receivedSection));
    received->addWidget(makeNote(tr("As the trusted person the owner designated, you receive concerns from employees. Only you can read them. "
                                    "Move each one along, so that whoever wrote it sees it is being looked after."),
        m_receivedSection));
    received->addWidget(m_inbox);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Report a concern")), content));
    layout->addWidget(intro);
    layout->addWidget(m_noRecipient);
    layout->addLayout(form);
    layout->addWidget(makeHeading(tr("Your concerns"), content));
    layout->addWidget(m_mineEmpty);
    layout->addWidget(m_mine);
    layout->addWidget(m_receivedSection);
    layout->addStretch(1);

    placeInScrollArea(this, content);

    connect(m_send, &QPushButton::clicked, this, &ReportConcernPage::confirmAndSend);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ReportConcernPage::updateSend);
    connect(m_inbox, &ConcernInbox::problem, this, &Page::problem);
    connect(&m_workspace, &Workspace::sessionChanged, this, [this] {
        // An unsent concern never stays on screen for whoever signs in next.
        m_text->clear();
        m_anonymous->setChecked(true);
        refresh();
    });
    connect(&m_workspace, &Workspace::reloaded, this, &ReportConcernPage::refresh);
    connect(&m_workspace, &Workspace::consentChanged, this, &ReportConcernPage::refresh);
    refresh();
}

QIcon ReportConcernPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("mail-mark-important"), QIcon(QStringLiteral(":/icons/concern.svg")));
}

void ReportConcernPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    refresh();
}

void ReportConcernPage::refresh()
{
    refreshRecipients();
    refreshMine();
    refreshReceived();
}

void ReportConcernPage::refreshRecipients()
{
    const QVariant chosen = m_recipient->currentData();
    m_recipient->clear();
    const consent::Session *session = m_workspace.session();
    if (session) {
        auto recipients = referrals::Concerns(m_workspace.database()).recipients();
        auto settings = referrals::Guardrails(m_workspace.database()).settings();
        if (!recipients || !settings) {
            Q_EMIT problem(!recipients ? recipients.message() : settings.message());
        } else {
            const bool isOwner = session->person().role == consent::Role::Owner;
            const bool isTrusted = settings->trustedPersonId == session->person().id;
            for (const auto &[to, name] : *recipients) {
                // Nobody sends a concern to themselves.
                if ((to == referrals::ConcernRecipient::Owner && isOwner) || (to == referrals::ConcernRecipient::TrustedPerson && isTrusted))
                    continue;
                const QString text = to == referrals::ConcernRecipient::Owner ? tr("Owner — %1").arg(name) : tr("Trusted person — %1").arg(name);
                m_recipient->addItem(text, int(to));
                m_recipient->setItemData(m_recipient->count() - 1, name, kNameRole);
            }
        }
    }
    if (const int index = m_recipient->findData(chosen); index >= 0)
        m_recipient->setCurrentIndex(index);
    const bool anyone = m_recipient->count() > 0;
    m_noRecipient->setVisible(session && !anyone);
    m_recipient->setEnabled(anyone);
    m_anonymous->setEnabled(anyone);
    m_text->setEnabled(anyone);
    updateSend();
}

void ReportConcernPage::refreshMine()
{
    m_mine->setRowCount(0);
    const consent::Session *session = m_workspace.session();
    std::vector<referrals::ConcernReceipt> receipts;
    if (session) {
        auto mine = referrals::Concerns(m_workspace.database()).mine(*session);
        if (mine)
            receipts = std::move(*mine);
        else
            Q_EMIT problem(mine.message());
    }
    m_mine->setRowCount(int(receipts.size()));
    for (int row = 0; row < int(receipts.size()); ++row) {
        const referrals::ConcernReceipt &r = receipts[size_t(row)];
        auto *reported = new QTableWidgetItem(shortDate(r.reportedOn));
        reported->setData(Qt::UserRole, r.id);
        m_mine->setItem(row, 0, reported);
        m_mine->setItem(row, 1, new QTableWidgetItem(r.recipient));
        m_mine->setItem(row, 2, new QTableWidgetItem(referrals::label(r.status)));
        m_mine->setItem(row, 3, new QTableWidgetItem(shortDate(r.statusOn)));
    }
    m_mine->setVisible(!receipts.empty());
    m_mineEmpty->setVisible(receipts.empty());
}

void ReportConcernPage::refreshReceived()
{
    const consent::Session *session = m_workspace.session();
    bool designated = false;
    if (session) {
        auto settings = referrals::Guardrails(m_workspace.database()).settings();
        designated = settings && settings->trustedPersonId == session->person().id;
    }
    // A former trusted person still reads what was sent to them: it is sealed to them alone.
    const int received = m_inbox->refresh();
    m_receivedSection->setVisible(session && (designated || received > 0));
}

void ReportConcernPage::updateSend()
{
    m_send->setEnabled(m_recipient->count() > 0 && !m_text->toPlainText().trimmed().isEmpty());
}

void ReportConcernPage::confirmAndSend()
{
    if (!m_send->isEnabled())
        return;
    const QString recipient = m_recipient->currentData(kNameRole).toString();
    const QString text = m_anonymous->isChecked()
        ? tr("Only %1 will be able to read it. Your name is not included, and no author is stored; you can follow its status on this page.")
              .arg(recipient)
        : tr("Only %1 will be able to read it. Your name is included, so they will know it came from you.").arg(recipient);
    if (!Confirm::ask(this, tr("Send this concern?"), text, tr("Send concern")))
        return;
    if (const QString error = send(); !error.isEmpty())
        Q_EMIT problem(error);
}

QString ReportConcernPage::send()
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return tr("Sign in first.");
    if (m_recipient->currentIndex() < 0)
        return tr("There is nobody to send a concern to yet.");
    referrals::ConcernInput input;
    input.to = static_cast<referrals::ConcernRecipient>(m_recipient->currentData().toInt());
    input.anonymous = m_anonymous->isChecked();
    input.text = m_text->toPlainText();
    const QString recipient = m_recipient->currentData(kNameRole).toString();
    auto sent = referrals::Concerns(m_workspace.database()).report(*session, input);
    if (!sent)
        return sent.message();
    m_text->clear();
    m_anonymous->setChecked(true);
    m_recipient->setCurrentIndex(0);
    refreshMine();
    for (int row = 0; row < m_mine->rowCount(); ++row) {
        if (m_mine->item(row, 0)->data(Qt::UserRole).toLongLong() == *sent)
            m_mine->selectRow(row);
    }
    Q_EMIT information(tr("Your concern was sent to %1. Its status shows under “Your concerns”.").arg(recipient));
    return {};
}

} // namespace consentric::ui
