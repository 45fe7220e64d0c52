#include "business/BusinessPreviewPage.h"

#include "Workspace.h"
#include "consent/BusinessView.h"
#include "widgets/LevelIcons.h"
#include "widgets/Notes.h"
#include "widgets/PageLayout.h"
#include "widgets/Tables.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace consentric::ui {

namespace {

// Sortable, and tall enough to read even when the page is short.
QTableWidget *previewList(const QStringList &headers, QWidget *parent)
{
    QTableWidget *table = makeList(headers, parent);
    table->setSortingEnabled(true);
    table->setMinimumHeight(150);
    return table;
}

QTableWidgetItem *item(const QString &text)
{
    return new QTableWidgetItem(text);
}

} // namespace

BusinessPreviewPage::BusinessPreviewPage(Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_status(new QLabel(this))
    , m_teamRow(new QLabel(this))
    , m_companies(previewList({tr("Company"), tr("Yours there"), tr("Contacts the business counts"), tr("Team members who reach them")}, this))
    , m_companiesEmpty(
          makeEmptyNote(tr("None of your connections counts in the business's figures: nothing of yours is discoverable or shared, or you "
                           "are not taking part."),
              this))
    , m_shared(previewList({tr("Name"), tr("Company"), tr("Title"), tr("Email"), tr("Phone"), tr("Profile address")}, this))
    , m_sharedEmpty(makeEmptyNote(tr("The owner sees none of your connections by name."), this))
{
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_teamRow->setWordWrap(true);
    m_teamRow->setTextFormat(Qt::RichText);
    auto *intro = new QLabel(tr("This is exactly what the owner's views contain from your data, computed by the same code. Private connections "
                                "never appear; discoverable ones only inside counts."),
        this);
    intro->setWordWrap(true);
    m_companies->setAccessibleName(tr("Companies your connections count towards"));
    m_shared->setAccessibleName(tr("Your shared connections, as the owner sees them"));

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("What the business sees")), content));
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(QStringLiteral("<h3>%1</h3>").arg(tr("On the Team page")), content));
    layout->addWidget(m_teamRow);
    auto *discoverableHeading = new QLabel(content);
    discoverableHeading->setText(QStringLiteral("<h3>%1</h3>").arg(tr("In the figures by company")));
    layout->addWidget(discoverableHeading);
    layout->addWidget(m_companiesEmpty);
    layout->addWidget(m_companies, 1);
    auto *sharedHeading = new QLabel(content);
    sharedHeading->setText(QStringLiteral("<h3>%1</h3>").arg(tr("By name (shared)")));
    layout->addWidget(sharedHeading);
    layout->addWidget(m_sharedEmpty);
    layout->addWidget(m_shared, 1);

    placeInScrollArea(this, content);
    connect(&m_workspace, &Workspace::consentChanged, this, [this] {
        if (isVisible())
            refresh();
    });
}

QIcon BusinessPreviewPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/business.svg"));
}

void BusinessPreviewPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    refresh();
}

void BusinessPreviewPage::refresh()
{
    const consent::Session *session = m_workspace.session();
    if (!session)
        return;
    auto preview = consent::BusinessView(m_workspace.database()).preview(*session);
    if (!preview) {
        Q_EMIT problem(preview.message());
        return;
    }
    m_status->setText(preview->participating ? tr("You take part in the referral program.")
                                             : tr("You are not taking part in the referral program, so the business sees none of your "
                                                  "connections. Your choices are kept for when you join again."));
    if (preview->member) {
        QString text
            = tr("<p>%1, %2, %3. Shared connections: <b>%4</b>.</p>")
                  .arg(preview->member->name.toHtmlEscaped(), preview->member->department.toHtmlEscaped(), consent::label(preview->member->role))
                  .arg(preview->member->sharedConnections);
        if (preview->department) {
            text += tr("<p>Your department, %1: people taking part: <b>%2</b>; discoverable connections: <b>%3</b>. Who takes part is shown only per "
                       "department, and “fewer than 3” hides small groups.</p>")
                        .arg(preview->department->department.toHtmlEscaped(), preview->department->participants.toString(),
                            preview->department->discoverableConnections.toString());
        }
        m_teamRow->setText(text);
    }
    m_companies->setSortingEnabled(false);
    m_companies->setRowCount(int(preview->companies.size()));
    for (int row = 0; row < int(preview->companies.size()); ++row) {
        const consent::CompanyReach &c = preview->companies[size_t(row)];
        m_companies->setItem(row, 0, item(c.company));
        m_companies->setItem(row, 1, numberItem(c.yourContacts));
        m_companies->setItem(row, 2, numberItem(c.contacts));
        m_companies->setItem(row, 3, figureItem(c.teamMembers.toString()));
    }
    m_companies->setSortingEnabled(true);
    m_companies->sortItems(2, Qt::DescendingOrder); // most contacts first
    m_companies->setVisible(!preview->companies.empty());
    m_companiesEmpty->setVisible(preview->companies.empty());

    m_shared->setSortingEnabled(false);
    m_shared->setRowCount(int(preview->shared.size()));
    for (int row = 0; row < int(preview->shared.size()); ++row) {
        const consent::SharedConnection &s = preview->shared[size_t(row)];
        auto *name = item(s.name);
        name->setIcon(levelIcon(consent::Level::Shared));
        m_shared->setItem(row, 0, name);
        m_shared->setItem(row, 1, item(s.company));
        m_shared->setItem(row, 2, item(s.title));
        m_shared->setItem(row, 3, item(s.email));
        m_shared->setItem(row, 4, item(s.phone));
        m_shared->setItem(row, 5, item(s.profileUrl));
    }
    m_shared->setSortingEnabled(true);
    m_shared->sortItems(0, Qt::AscendingOrder);
    m_shared->setVisible(!preview->shared.empty());
    m_sharedEmpty->setVisible(preview->shared.empty());
}

} // namespace consentric::ui
