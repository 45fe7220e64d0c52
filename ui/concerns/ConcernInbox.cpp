#include "concerns/ConcernInbox.h"

#include "Workspace.h"
#include "widgets/Notes.h"
#include "widgets/Tables.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace consentric::ui {

namespace {

enum Column { ReportedOn, Status, From };

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

ConcernInbox::ConcernInbox(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
    , m_table(makeList({tr("Reported on"), tr("Status"), tr("From")}, this))
    , m_details(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_handling(new QPushButton(tr("Being &handled"), this))
    , m_resolved(new QPushButton(tr("&Resolved"), this))
{
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleName(tr("Concerns sent to you"));
    m_table->setMinimumHeight(160);
    m_details->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("concernDetails"));
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("The concern, as it was written"));
    m_text->setMinimumHeight(120);
    m_handling->setObjectName(QStringLiteral("handlingButton"));
    m_handling->setToolTip(tr("Tell the reporter you are looking into it"));
    m_resolved->setObjectName(QStringLiteral("resolvedButton"));
    m_resolved->setToolTip(tr("Tell the reporter it has been dealt with"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_handling);
    buttons->addWidget(m_resolved);
    buttons->addStretch(1);
    auto *detail = new QVBoxLayout;
    detail->setContentsMargins(0, 0, 0, 0);
    detail->addWidget(m_details);
    detail->addWidget(m_text, 1);
    detail->addLayout(buttons);
    auto *list = new QWidget(m_stack);
    auto *listLayout = new QHBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 2);
    listLayout->addLayout(detail, 3);

    auto *empty = makeEmptyNote(tr("Nobody has sent you a concern. When someone does, it appears here, and only you can read it."), m_stack);
    empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_stack->addWidget(list);
    m_stack->addWidget(empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConcernInbox::showSelected);
    connect(m_handling, &QPushButton::clicked, this, [this] {
        if (const QString error = setStatus(selectedId(), referrals::ConcernStatus::Handling); !error.isEmpty())
            Q_EMIT problem(error);
    });
    connect(m_resolved, &QPushButton::clicked, this, [this] {
        if (const QString error = setStatus(selectedId(), referrals::ConcernStatus::Resolved); !error.isEmpty())
            Q_EMIT problem(error);
    });
    showSelected();
}

int ConcernInbox::refresh()
{
    const qint64 selected = selectedId();
    m_reports.clear();
    if (const consent::Session *session = m_workspace.session()) {
        auto reports = referrals::Concerns(m_workspace.database()).addressedTo(*session);
        if (reports)
            m_reports = std::move(*reports);
        else
            Q_EMIT problem(reports.message());
    }
    const QSignalBlocker blocker(m_table);
    m_table->clearSelection();
    m_table->setRowCount(int(m_reports.size()));
    for (int row = 0; row < int(m_reports.size()); ++row) {
        const referrals::ConcernReport &r = m_reports[size_t(row)];
        auto *reported = new QTableWidgetItem(shortDate(r.reportedOn));
        reported->setData(Qt::UserRole, r.id);
        m_table->setItem(row, ReportedOn, reported);
        m_table->setItem(row, Status, new QTableWidgetItem(referrals::label(r.status)));
        m_table->setItem(row, From, new QTableWidgetItem(r.reporter.isEmpty() ? tr("anonymous") : r.reporter));
    }
    m_stack->setCurrentIndex(m_reports.empty() ? 1 : 0);
    select(selected);
    if (selectedId() == 0 && !m_reports.empty())
        m_table->selectRow(0);
    showSelected();
    return int(m_reports.size());
}

qint64 ConcernInbox::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return 0;
    const QTableWidgetItem *first = m_table->item(items.constFirst()->row(), ReportedOn);
    return first ? first->data(Qt::UserRole).toLongLong() : 0;
}

void ConcernInbox::select(qint64 concernId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, ReportedOn)->data(Qt::UserRole).toLongLong() == concernId) {
            m_table->selectRow(row);
            return;
        }
    }
}

void ConcernInbox::showSelected()
{
    const qint64 id = selectedId();
    const auto found = std::find_if(m_reports.begin(), m_reports.end(), [id](const referrals::ConcernReport &r) { return r.id == id; });
    if (found == m_reports.end()) {
        m_details->setText(m_reports.empty() ? QString() : tr("Choose a concern to read it."));
        m_text->clear();
        m_handling->setEnabled(false);
        m_resolved->setEnabled(false);
        return;
    }
    const QString from = found->reporter.isEmpty() ? tr("Sent anonymously: no author was stored with it.") : tr("Sent by %1.").arg(found->reporter);
    m_details->setText(
        tr("%1 Reported on %2; %3 since %4.").arg(from, shortDate(found->reportedOn), referrals::label(found->status), shortDate(found->statusOn)));
    m_text->setPlainText(found->text);
    m_handling->setEnabled(found->status != referrals::ConcernStatus::Handling);
    m_resolved->setEnabled(found->status != referrals::ConcernStatus::Resolved);
}

QString ConcernInbox::setStatus(qint64 concernId, referrals::ConcernStatus status)
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return tr("Sign in first.");
    if (concernId == 0)
        return tr("Choose a concern first.");
    if (auto done = referrals::Concerns(m_workspace.database()).setStatus(*session, concernId, status); !done)
        return done.message();
    refresh();
    Q_EMIT statusChanged();
    return {};
}

} // namespace consentric::ui
