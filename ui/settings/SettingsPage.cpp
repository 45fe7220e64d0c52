#include "settings/SettingsPage.h"

#include "Settings.h"
#include "Workspace.h"
#include "consent/Erasure.h"
#include "signin/RecoveryDialogs.h"
#include "widgets/Confirm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace consentric::ui {

namespace {

QLineEdit *passwordField(QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setEchoMode(QLineEdit::Password);
    return field;
}

} // namespace

SettingsPage::SettingsPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_current(passwordField(this))
    , m_next(passwordField(this))
    , m_repeat(passwordField(this))
    , m_idle(new QSpinBox(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Settings")), this));

    auto *passphrase = new QGroupBox(tr("Your passphrase"), this);
    auto *passphraseForm = new QFormLayout(passphrase);
    passphraseForm->addRow(tr("&Current passphrase:"), m_current);
    passphraseForm->addRow(tr("&New passphrase:"), m_next);
    passphraseForm->addRow(tr("&Repeat the new one:"), m_repeat);
    auto *change = new QPushButton(tr("C&hange passphrase"), passphrase);
    passphraseForm->addRow(QString(), change);
    passphraseForm->setAlignment(change, Qt::AlignLeft);
    connect(change, &QPushButton::clicked, this, [this] {
        if (const QString error = changePassphrase(m_current->text(), m_next->text(), m_repeat->text()); !error.isEmpty())
            Q_EMIT problem(error);
    });
    layout->addWidget(passphrase);

    auto *recovery = new QGroupBox(tr("Recovery code"), this);
    auto *recoveryLayout = new QVBoxLayout(recovery);
    auto *recoveryNote = new QLabel(tr("A recovery code opens your account if you forget your passphrase. Only you get to see it; the owner "
                                       "never does. Making a new one replaces the old one."),
        recovery);
    recoveryNote->setWordWrap(true);
    auto *make = new QPushButton(tr("Make a recovery &code…"), recovery);
    recoveryLayout->addWidget(recoveryNote);
    recoveryLayout->addWidget(make, 0, Qt::AlignLeft);
    connect(make, &QPushButton::clicked, this, &SettingsPage::makeRecoveryCode);
    layout->addWidget(recovery);

    auto *lock = new QGroupBox(tr("Locking"), this);
    auto *lockForm = new QFormLayout(lock);
    m_idle->setRange(0, 240);
    m_idle->setSpecialValueText(tr("never"));
    m_idle->setSuffix(tr(" min"));
    m_idle->setValue(idleMinutes());
    lockForm->addRow(tr("Sign out after this long &without use:"), m_idle);
    connect(m_idle, &QSpinBox::valueChanged, this, [this](int minutes) {
        setIdleMinutes(minutes);
        Q_EMIT idleMinutesChanged(minutes);
    });
    layout->addWidget(lock);

    const consent::Session *session = m_workspace.session();
    if (session && session->runsTheProgram()) {
        auto *fresh = new QGroupBox(tr("Someone forgot their passphrase"), this);
        auto *freshForm = new QFormLayout(fresh);
        auto *note = new QLabel(tr("There is no back door. Without their recovery code, the only help is a fresh account: their connections "
                                   "and private data are erased, and they start again with the passphrase you set here (tell it to them; "
                                   "they change it on the Settings page)."),
            fresh);
        note->setWordWrap(true);
        freshForm->addRow(note);
        m_freshWho = new QComboBox(fresh);
        if (auto everyone = m_workspace.people().all()) {
            for (const consent::Person &p : *everyone) {
                if (p.status == consent::Status::Active && p.id != session->person().id)
                    m_freshWho->addItem(tr("%1 — %2").arg(p.name, p.email), p.email);
            }
        }
        m_freshPassphrase = passwordField(fresh);
        freshForm->addRow(tr("&Person:"), m_freshWho);
        freshForm->addRow(tr("&Temporary passphrase:"), m_freshPassphrase);
        auto *give = new QPushButton(tr("&Give a fresh account…"), fresh);
        freshForm->addRow(QString(), give);
        freshForm->setAlignment(give, Qt::AlignLeft);
        connect(give, &QPushButton::clicked, this, [this] {
            const QString who = m_freshWho->currentText();
            if (!Confirm::ask(this, tr("Give a fresh account?"),
                    tr("All connections and private data of %1 are erased for good, and the old passphrase stops working.").arg(who),
                    tr("Erase and give a fresh account")))
                return;
            if (const QString error = giveFreshAccount(m_freshWho->currentData().toString(), m_freshPassphrase->text()); !error.isEmpty())
                Q_EMIT problem(error);
        });
        layout->addWidget(fresh);
    }
    layout->addStretch(1);
    // Forms read best at a line's width, not the window's.
    for (QGroupBox *box : findChildren<QGroupBox *>())
        box->setMaximumWidth(760);
}

QIcon SettingsPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("preferences-system"), QIcon(QStringLiteral(":/icons/settings.svg")));
}

QString SettingsPage::changePassphrase(const QString &current, const QString &next, const QString &repeat)
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return tr("Sign in first.");
    if (next != repeat)
        return tr("The two new passphrases differ. Type the same one twice.");
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto changed = consent::Accounts(m_workspace.database()).changePassphrase(*session, current, next);
    QGuiApplication::restoreOverrideCursor();
    if (!changed)
        return changed.message();
    m_current->clear();
    m_next->clear();
    m_repeat->clear();
    Q_EMIT information(tr("Your passphrase is changed. Use the new one from now on."));
    return {};
}

void SettingsPage::makeRecoveryCode()
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return;
    auto code = consent::Accounts(m_workspace.database()).makeRecoveryCode(*session);
    if (!code) {
        Q_EMIT problem(code.message());
        return;
    }
    auto organisation = m_workspace.people().organisationName();
    RecoveryCodeDialog dialog(*code, session->person().email, organisation && organisation->has_value() ? **organisation : QString(), false, this);
    dialog.exec();
}

QString SettingsPage::giveFreshAccount(const QString &email, const QString &passphrase)
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return tr("Sign in first.");
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto erased = consent::Erasure(m_workspace.database()).giveFreshAccount(*session, email, passphrase, consent::KdfLimits::moderate());
    QGuiApplication::restoreOverrideCursor();
    if (!erased)
        return erased.message();
    if (m_freshPassphrase)
        m_freshPassphrase->clear();
    m_workspace.announceChange();
    Q_EMIT information(tr("%1 has a fresh account; %2 connections were erased.").arg(email).arg(erased->connections));
    return {};
}

} // namespace consentric::ui
