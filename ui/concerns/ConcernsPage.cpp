#include "concerns/ConcernsPage.h"

#include "Workspace.h"
#include "concerns/ConcernInbox.h"
#include "referrals/Concerns.h"
#include "referrals/Guardrails.h"
#include "widgets/Confirm.h"
#include "widgets/Notes.h"
#include "widgets/PageLayout.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace consentric::ui {

namespace {

// The trusted person's bare name, for sentences (the combo shows the department too).
constexpr int kNameRole = Qt::UserRole + 1;

} // namespace

ConcernsPage::ConcernsPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_counts(nullptr)
    , m_inbox(nullptr)
    , m_trustedSection(nullptr)
    , m_trusted(nullptr)
    , m_applyTrusted(nullptr)
{
    auto *content = new QWidget(this);
    m_counts = makeNote(QString(), content);
    m_counts->setObjectName(QStringLiteral("concernCounts"));
    m_counts->setTextFormat(Qt::RichText);
    m_inbox = new ConcernInbox(workspace, content);
    m_trustedSection = new QWidget(content);
    m_trusted = new QComboBox(m_trustedSection);
    m_applyTrusted = new QPushButton(tr("&Designate…"), m_trustedSection);

    auto *intro = makeNote(tr("Employees can send a concern — feeling pressured, an uncomfortable situation — to you or to the trusted person "
                              "you designate, by name or anonymously. Each concern is sealed to the person it was sent to: only they can read "
                              "it. Everyone else, you included, sees only how many there are."),
        content);

    m_trusted->setAccessibleName(tr("Trusted person"));
    m_trusted->setObjectName(QStringLiteral("trustedPerson"));
    m_trusted->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_applyTrusted->setObjectName(QStringLiteral("designateTrusted"));
    m_applyTrusted->setToolTip(tr("Make the chosen person the one employees may send concerns to instead of you"));

    auto *trustedRow = new QHBoxLayout;
    auto *trustedLabel = new QLabel(tr("&Trusted person:"), m_trustedSection);
    trustedLabel->setBuddy(m_trusted);
    trustedRow->addWidget(trustedLabel);
    trustedRow->addWidget(m_trusted);
    trustedRow->addWidget(m_applyTrusted);
    trustedRow->addStretch(1);
    auto *trustedLayout = new QVBoxLayout(m_trustedSection);
    trustedLayout->setContentsMargins(0, 0, 0, 0);
    trustedLayout->addWidget(makeHeading(tr("Trusted person"), m_trustedSection));
    trustedLayout->addWidget(makeNote(tr("Someone on the team, other than you, whom employees may write to when they would rather not write to "
                                         "you. Concerns already sent stay with the person who received them: they are sealed to that person."),
        m_trustedSection));
    trustedLayout->addLayout(trustedRow);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Concerns")), content));
    layout->addWidget(intro);
    layout->addWidget(m_counts);
    layout->addWidget(makeHeading(tr("Concerns sent to you"), content));
    layout->addWidget(m_inbox, 1);
    layout->addWidget(m_trustedSection);

    placeInScrollArea(this, content);

    connect(m_inbox, &ConcernInbox::problem, this, &Page::problem);
    connect(m_inbox, &ConcernInbox::statusChanged, this, &ConcernsPage::refreshCounts);
    connect(m_trusted, &QComboBox::currentIndexChanged, this, &ConcernsPage::updateTrustedButton);
    connect(m_applyTrusted, &QPushButton::clicked, this, &ConcernsPage::confirmTrusted);
    connect(&m_workspace.people(), &consent::People::changed, this, &ConcernsPage::refreshTrusted);
    connect(&m_workspace, &Workspace::sessionChanged, this, &ConcernsPage::refresh);
    connect(&m_workspace, &Workspace::reloaded, this, &ConcernsPage::refresh);
    connect(&m_workspace, &Workspace::consentChanged, this, &ConcernsPage::refresh);
    refresh();
}

QIcon ConcernsPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("mail-mark-important"), QIcon(QStringLiteral(":/icons/concern.svg")));
}

void ConcernsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    refresh();
}

void ConcernsPage::refresh()
{
    refreshCounts();
    m_inbox->refresh();
    refreshTrusted();
}

void ConcernsPage::refreshCounts()
{
    if (!m_workspace.session()) {
        m_counts->clear();
        return;
    }
    auto counts = referrals::Concerns(m_workspace.database()).counts();
    if (!counts) {
        m_counts->clear();
        Q_EMIT problem(counts.message());
        return;
    }
    if (counts->total() == 0) {
        m_counts->setText(tr("No concern has been reported."));
        return;
    }
    const auto count = [&](referrals::ConcernStatus status) {
        const auto found = counts->byStatus.find(status);
        return found == counts->byStatus.end() ? qint64(0) : found->second;
    };
    m_counts->setText(tr("<b>All concerns</b>, whoever they were sent to: %1 received, %2 being handled, %3 resolved (%4 in all).")
                          .arg(count(referrals::ConcernStatus::Received))
                          .arg(count(referrals::ConcernStatus::Handling))
                          .arg(count(referrals::ConcernStatus::Resolved))
                          .arg(counts->total()));
}

void ConcernsPage::refreshTrusted()
{
    const consent::Session *session = m_workspace.session();
    m_trustedSection->setVisible(session && session->runsTheProgram());
    const QSignalBlocker blocker(m_trusted);
    m_trusted->clear();
    m_currentTrusted.reset();
    if (!session)
        return;
    auto settings = referrals::Guardrails(m_workspace.database()).settings();
    auto people = m_workspace.people().all();
    if (!settings || !people) {
        Q_EMIT problem(!settings ? settings.message() : people.message());
        return;
    }
    m_currentTrusted = settings->trustedPersonId;
    m_trusted->addItem(tr("nobody"));
    for (const consent::Person &p : *people) {
        if (p.status == consent::Status::Active && p.role != consent::Role::Owner)
            m_trusted->addItem(tr("%1 (%2)").arg(p.name, p.department), p.id);
        else if (p.id == m_currentTrusted)
            // They left: still designated, but no longer offered to employees.
            m_trusted->addItem(tr("%1 (left the team)").arg(p.name), p.id);
        else
            continue;
        m_trusted->setItemData(m_trusted->count() - 1, p.name, kNameRole);
    }
    m_trusted->setCurrentIndex(m_currentTrusted ? std::max(0, m_trusted->findData(*m_currentTrusted)) : 0);
    updateTrustedButton();
}

void ConcernsPage::updateTrustedButton()
{
    const QVariant chosen = m_trusted->currentData();
    // Compared by hand: GCC 12 misreads a comparison of two optionals here (maybe-uninitialized).
    const bool changed
        = chosen.isValid() ? (!m_currentTrusted.has_value() || *m_currentTrusted != chosen.toLongLong()) : m_currentTrusted.has_value();
    m_applyTrusted->setEnabled(m_trusted->count() > 0 && changed);
}

void ConcernsPage::confirmTrusted()
{
    const QVariant chosen = m_trusted->currentData();
    const std::optional<qint64> id = chosen.isValid() ? std::optional<qint64>(chosen.toLongLong()) : std::nullopt;
    const QString text = id ? tr("Employees will be able to send their concerns to %1, as well as to you. Concerns already sent stay with "
                                 "whoever received them.")
                                  .arg(m_trusted->currentData(kNameRole).toString())
                            : tr("Employees will be able to send concerns only to you. Concerns already sent to the trusted person stay "
                                 "with them.");
    if (!Confirm::ask(this, tr("Change the trusted person?"), text, tr("Change")))
        return;
    if (const QString error = setTrustedPerson(id); !error.isEmpty())
        Q_EMIT problem(error);
}

QString ConcernsPage::setTrustedPerson(std::optional<qint64> personId)
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return tr("Sign in first.");
    referrals::Guardrails guardrails(m_workspace.database());
    auto settings = guardrails.settings();
    if (!settings)
        return settings.message();
    referrals::GuardrailSettings changed = *settings;
    changed.trustedPersonId = personId;
    if (auto done = guardrails.change(*session, changed); !done)
        return done.message();
    refreshTrusted();
    Q_EMIT information(personId ? tr("Employees can now send concerns to %1 as well as to you.").arg(m_trusted->currentData(kNameRole).toString())
                                : tr("Employees can now send concerns only to you."));
    return {};
}

} // namespace consentric::ui
