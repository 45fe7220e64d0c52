#include "audit/AuditPage.h"

#include "Workspace.h"
#include "consent/AuditLog.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace consentric::ui {

namespace {

// Entry actions in words. Unknown ones (from a newer Consentric) show as written.
QString describe(const QString &action)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("organisation-created"), QT_TRANSLATE_NOOP("consentric::ui::AuditPage", "Organisation set up")},
        {QStringLiteral("person-added"), QT_TRANSLATE_NOOP("consentric::ui::AuditPage", "Person added")},
        {QStringLiteral("person-edited"), QT_TRANSLATE_NOOP("consentric::ui::AuditPage", "Person edited")},
        {QStringLiteral("person-removed"), QT_TRANSLATE_NOOP("consentric::ui::AuditPage", "Person removed (an add undone)")},
        {QStringLiteral("person-left"), QT_TRANSLATE_NOOP("consentric::ui::AuditPage", "Marked as left")},
        {QStringLiteral("person-returned"), QT_TRANSLATE_NOOP("consentric::ui::AuditPage", "Marked as returned")},
        {QStringLiteral("account-created"), QT_TRANSLATE_NOOP("consentric::ui::AuditPage", "Account created")},
        {QStringLiteral("signed-in"), QT_TRANSLATE_NOOP("consentric::ui::AuditPage", "Signed in")},
        {QStringLiteral("sign-in-refused"), QT_TRANSLATE_NOOP("consentric::ui::AuditPage", "Wrong passphrase")},
        {QStringLiteral("recovered"), QT_TRANSLATE_NOOP("consentric::ui::AuditPage", "Signed in with a recovery code")},
        {QStringLiteral("sign-ins"), QT_TRANSLATE_NOOP("consentric::ui::AuditPage", "Sign-ins that day")},
        {QStringLiteral("private entry"), QT_TRANSLATE_NOOP("consentric::ui::AuditPage", "Private entry (an employee's own decision)")},
        {QStringLiteral("level-changed"), QT_TRANSLATE_NOOP("consentric::ui::AuditPage", "Sharing level changed")},
        {QStringLiteral("opted-in"), QT_TRANSLATE_NOOP("consentric::ui::AuditPage", "Joined the program")},
        {QStringLiteral("opted-out"), QT_TRANSLATE_NOOP("consentric::ui::AuditPage", "Left the program")},
        {QStringLiteral("exported"), QT_TRANSLATE_NOOP("consentric::ui::AuditPage", "Exported own data")},
        {QStringLiteral("erased"), QT_TRANSLATE_NOOP("consentric::ui::AuditPage", "Connections erased")},
        {QStringLiteral("erased-and-closed"), QT_TRANSLATE_NOOP("consentric::ui::AuditPage", "Connections erased, account closed")},
        {QStringLiteral("read-shared"), QT_TRANSLATE_NOOP("consentric::ui::AuditPage", "Owner read shared connections")},
    };
    const auto it = words.constFind(action);
    return it == words.constEnd() ? action : QCoreApplication::translate("consentric::ui::AuditPage", *it);
}

// The details in words: ids and counts, never names (the log holds none).
QString describeDetails(const QString &action, const QString &json)
{
    const QJsonObject d = QJsonDocument::fromJson(json.toUtf8()).object();
    // lupdate files tr() in a free function under the namespace.
    auto tr = [](const char *text) { return QCoreApplication::translate("consentric::ui", text); };
    if (action == QLatin1String("sign-ins"))
        return tr("%1 sign-ins, %2 refused").arg(d.value(QStringLiteral("sign_ins")).toInteger()).arg(d.value(QStringLiteral("refused")).toInteger());
    if (action == QLatin1String("level-changed")) {
        const auto level = consent::levelFromKey(d.value(QStringLiteral("level")).toString());
        return tr("%1 connections made %2")
            .arg(d.value(QStringLiteral("connections")).toArray().size())
            .arg(level ? consent::label(*level) : QString());
    }
    if (action == QLatin1String("opted-in"))
        return tr("policy version %1").arg(d.value(QStringLiteral("policy")).toString());
    if (action == QLatin1String("exported"))
        return tr("as %1").arg(d.value(QStringLiteral("format")).toString());
    if (action == QLatin1String("read-shared"))
        return tr("%1 shared connections").arg(d.value(QStringLiteral("connections")).toInteger());
    // Entries about a person name them in the "About" column already.
    QStringList parts;
    for (auto it = d.constBegin(); it != d.constEnd(); ++it) {
        if (it.key() != QLatin1String("person") && it.key() != QLatin1String("ledger"))
            parts << it.key() + QStringLiteral(": ") + it.value().toVariant().toString();
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

AuditPage::AuditPage(Workspace &workspace, Mode mode, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_mode(mode)
    , m_table(new QTableWidget(0, 5, this))
    , m_check(new QLabel(this))
{
    m_table->setHorizontalHeaderLabels({tr("When (UTC)"), tr("What"), tr("By"), tr("About"), tr("Details")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(title());
    m_check->setWordWrap(true);
    m_check->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_check->setObjectName(QStringLiteral("auditCheck"));

    auto *intro = new QLabel(mode == Mode::Owner
            ? tr("Every entry is chained to the one before it, so an edited or removed entry is found by the check below. Sign-ins appear only "
                 "as counts per day; employees' own decisions appear as private entries that only they can open.")
            : tr("The entries about you and your data. Your own decisions are sealed to your key: the owner sees only that an entry "
                 "exists."),
        this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(title()), this));
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    if (mode == Mode::Owner) {
        auto *verifyButton = new QPushButton(tr("&Check the chain"), this);
        auto *row = new QHBoxLayout;
        row->addWidget(verifyButton);
        row->addWidget(m_check, 1);
        layout->addLayout(row);
        connect(verifyButton, &QPushButton::clicked, this, &AuditPage::verify);
    }
}

QIcon AuditPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/audit.svg"));
}

void AuditPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    refresh();
}

void AuditPage::verify()
{
    auto check = consent::AuditLog(m_workspace.database()).verify();
    if (!check) {
        Q_EMIT problem(check.message());
        return;
    }
    m_check->setText(check->intact ? tr("Intact: %1 entries. Head: %2").arg(check->count).arg(check->head)
                                   : tr("<b>Broken:</b> %1. Restore a backup and find out who had the database file.").arg(check->problem));
}

void AuditPage::refresh()
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return;
    consent::AuditLog log(m_workspace.database());
    auto entries = m_mode == Mode::Owner ? log.ownerView(*session) : log.ownEntries(*session);
    if (!entries) {
        Q_EMIT problem(entries.message());
        return;
    }
    QHash<qint64, QString> names;
    if (auto everyone = m_workspace.people().all()) {
        for (const consent::Person &p : *everyone)
            names.insert(p.id, p.name);
    }
    auto name = [&names](const std::optional<qint64> &id) { return id ? names.value(*id, QString::number(*id)) : QString(); };
    m_table->setRowCount(int(entries->size()));
    // Newest first.
    for (int row = 0; row < int(entries->size()); ++row) {
        const consent::AuditEntry &e = (*entries)[entries->size() - 1 - size_t(row)];
        const bool daily = e.action == QLatin1String("sign-ins");
        m_table->setItem(
            row, 0, new QTableWidgetItem(e.at.toUTC().toString(daily ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_table->setItem(row, 1, new QTableWidgetItem(describe(e.action)));
        m_table->setItem(row, 2, new QTableWidgetItem(name(e.actor)));
        m_table->setItem(row, 3, new QTableWidgetItem(name(e.subject)));
        m_table->setItem(row, 4, new QTableWidgetItem(describeDetails(e.action, e.details)));
    }
}

} // namespace consentric::ui
