#include "MainWindow.h"

#include "DemoLoader.h"
#include "OpenDatabaseDialog.h"
#include "Settings.h"
#include "SetupDialog.h"
#include "WelcomePage.h"
#include "Workspace.h"
#include "audit/AuditPage.h"
#include "business/BusinessPreviewPage.h"
#include "concerns/ConcernsPage.h"
#include "concerns/ReportConcernPage.h"
#include "connections/ConnectionsPage.h"
#include "discover/DiscoverPage.h"
#include "help/HelpBrowser.h"
#include "inbox/InboxPage.h"
#include "map/MapPage.h"
#include "metrics/MetricsPage.h"
#include "oneonones/Members.h"
#include "oneonones/MyOneOnOnesPage.h"
#include "oneonones/RoundsPage.h"
#include "policy/ConnectionPolicy.h"
#include "policy/PolicyPage.h"
#include "policy/PolicyReviewPage.h"
#include "policy/Reviews.h"
#include "pulse/PulsePage.h"
#include "recognition/RecognitionPage.h"
#include "referrals/ReferralsPage.h"
#include "reports/ReportsPage.h"
#include "settings/SettingsPage.h"
#include "signin/RecoveryDialogs.h"
#include "signin/SignInPage.h"
#include "storage/Backup.h"
#include "team/TeamPage.h"
#include "templates/TemplatesPage.h"
#include "util/Clock.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace consentric::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pageStack(new QStackedWidget(this))
    , m_central(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_messageBar(new MessageBar(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_signIn(new SignInPage(this))
    , m_idle(new QTimer(this))
{
    setWindowTitle(tr("Consentric"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/consentric.svg")));
    m_navigation->setFixedWidth(190);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { background: palette(window); font-size: 11pt; } QListWidget::item { padding: 6px; }"));

    auto *pagesArea = new QWidget(this);
    auto *pagesLayout = new QHBoxLayout(pagesArea);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    pagesLayout->addWidget(m_navigation);
    pagesLayout->addWidget(m_pageStack, 1);
    m_central->addWidget(m_welcome);
    m_central->addWidget(pagesArea);
    m_central->addWidget(m_signIn);

    auto *shell = new QWidget(this);
    auto *layout = new QVBoxLayout(shell);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_central, 1);
    setCentralWidget(shell);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pageStack, &QStackedWidget::setCurrentIndex);
    connect(m_welcome, &WelcomePage::loadDemoRequested, this, &MainWindow::loadDemoIntoCurrent);
    connect(m_welcome, &WelcomePage::setUpRequested, this, &MainWindow::setUpOrganisation);
    connect(m_signIn, &SignInPage::signedIn, this, &MainWindow::signedIn);
    buildMenus();

    // The idle lock: any key or mouse use restarts the countdown.
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, [this] {
        // A dialog left open belongs to a page that signing out destroys: close it first,
        // let its caller unwind, and lock a moment later.
        if (QWidget *modal = QApplication::activeModalWidget()) {
            modal->close();
            m_idle->start(1000);
            return;
        }
        signOut(tr("Signed out after %1 minutes without use. Your decrypted data was cleared from memory.").arg(idleMinutes()));
    });
    qApp->installEventFilter(this);
    // Contact files dropped on the window open the import wizard (for an employee).
    setAcceptDrops(true);

    const auto s = settings();
    if (!restoreGeometry(s->value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1180, 760);
}

MainWindow::~MainWindow()
{
    // Pages refer to the workspace: they go first.
    for (Page *page : m_pages)
        delete page;
    m_pages.clear();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New database…"), this, &MainWindow::newDatabase);
    newDb->setShortcut(QKeySequence::New);
    QAction *openDb = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open database…"), this, &MainWindow::chooseDatabase);
    openDb->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("&Recent databases"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    QAction *backup = file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Backup…"), this, &MainWindow::backupDatabase);
    backup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    file->addSeparator();
    m_signOut = file->addAction(QIcon::fromTheme(QStringLiteral("system-lock-screen")), tr("Sign &out"), this, [this] { signOut(); });
    m_signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_signOut->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("&User guide"), this, &MainWindow::showHelp);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Consentric"), this, &MainWindow::showAbout);
}

Result<void> MainWindow::openDatabase(const QString &text, bool create)
{
    auto location = storage::Location::parse(text);
    if (!location)
        return location.error();
    if (location->engine == storage::Engine::Sqlite && create)
        QDir().mkpath(QFileInfo(location->path).path());
    storage::OpenOptions options;
    options.create = create;
    options.askPassword = [this](const storage::Location &where) -> std::optional<QString> {
        bool ok = false;
        const QString password = QInputDialog::getText(
            this, tr("PostgreSQL password"), tr("Password for %1:").arg(where.displayName()), QLineEdit::Password, QString(), &ok);
        return ok ? std::optional<QString>(password) : std::nullopt;
    };
    auto db = storage::Database::open(*location, SystemClock::instance(), options);
    if (!db)
        return db.error();
    for (Page *page : m_pages)
        delete page;
    m_pages.clear();
    m_navigation->clear();
    m_workspace = std::make_unique<Workspace>(std::move(*db));
    m_undoGroup->addStack(&m_workspace->undoStack());
    m_undoGroup->setActiveStack(&m_workspace->undoStack());
    rememberDatabase(location->displayName());
    showWelcomeOrPages();
    updateTitle();
    return {};
}

void MainWindow::showWelcomeOrPages()
{
    if (!m_workspace->hasOrganisation()) {
        m_welcome->setDatabaseName(m_workspace->database().location().displayName());
        m_central->setCurrentWidget(m_welcome);
        return;
    }
    if (!m_workspace->session()) {
        m_signIn->prepare(m_workspace.get(), m_pendingNotice);
        m_pendingNotice.clear();
        m_central->setCurrentWidget(m_signIn);
        m_signOut->setEnabled(false);
        return;
    }
    rebuildPages();
    m_central->setCurrentIndex(1);
    m_signOut->setEnabled(true);
    restartIdleTimer();
    const QString last = settings()->value(QStringLiteral("window/page")).toString();
    if (last.isEmpty() || !showPage(last))
        m_navigation->setCurrentRow(0);
    remindAtSignIn();
}

// A new policy version waits for the employee's acknowledgement; a review is due or late.
// Both are said once, at sign-in, and the page that deals with them is opened.
void MainWindow::remindAtSignIn()
{
    const consent::Session *session = m_workspace->session();
    if (!session)
        return;
    auto &db = m_workspace->database();
    if (!session->runsTheProgram()) {
        auto needs = policy::PolicyStore(db).needsAcknowledgement(*session);
        if (needs && *needs) {
            auto current = policy::PolicyStore(db).current();
            showPage(QStringLiteral("policy"));
            m_messageBar->showMessage(tr("The connection policy changed (version %1). Your sharing stays exactly as it is; please read the "
                                         "new version and acknowledge it on this page.")
                                          .arg(current ? current->version : QString()),
                MessageBar::Kind::Information);
            return;
        }
        // Three one-to-ones skipped in a row paused theirs: ask, kindly, on the page that answers.
        auto membership = oneonones::Members(db).of(*session);
        if (membership && membership->member && membership->paused) {
            showPage(QStringLiteral("oneonones"));
            m_messageBar->showMessage(tr("Your one-to-ones are paused after three that did not take place. No reason is needed: say on "
                                         "this page whether you would like to stay."),
                MessageBar::Kind::Information);
        }
        return;
    }
    auto schedule = policy::Reviews(db).schedule(db.clock().today());
    if (!schedule)
        return;
    for (const policy::ReviewDue &due : *schedule) {
        if (due.state != policy::DueState::Due && due.state != policy::DueState::Overdue)
            continue;
        m_messageBar->showMessage(due.state == policy::DueState::Overdue
                ? tr("The %1 for %2 is overdue (it was due by %3). Record it under Policy and reviews.")
                      .arg(policy::label(due.kind), due.period, QLocale().toString(due.dueOn, QLocale::LongFormat))
                : tr("The %1 for %2 is due by %3. Record it under Policy and reviews.")
                      .arg(policy::label(due.kind), due.period, QLocale().toString(due.dueOn, QLocale::LongFormat)),
            MessageBar::Kind::Information);
        break;
    }
}

void MainWindow::rebuildPages()
{
    for (Page *page : m_pages)
        delete page;
    m_pages.clear();
    m_navigation->clear();
    // What the navigation lists depends on who signed in (DESIGN.md, "The window"). Pages
    // of later features join these lists as they are built.
    const consent::Session *session = m_workspace->session();
    if (!session)
        return;
    if (session->runsTheProgram()) {
        m_pages.push_back(new TeamPage(*m_workspace, m_pageStack));
        m_pages.push_back(new DiscoverPage(*m_workspace, m_pageStack));
        m_pages.push_back(new MapPage(*m_workspace, m_pageStack));
        m_pages.push_back(new ReferralsPage(*m_workspace, m_pageStack));
        m_pages.push_back(new TemplatesPage(*m_workspace, m_pageStack));
        m_pages.push_back(new ConcernsPage(*m_workspace, m_pageStack));
        m_pages.push_back(new MetricsPage(*m_workspace, m_pageStack));
        m_pages.push_back(new PolicyReviewPage(*m_workspace, m_pageStack));
        m_pages.push_back(new ReportsPage(*m_workspace, m_pageStack));
        m_pages.push_back(new RoundsPage(*m_workspace, m_pageStack));
        m_pages.push_back(new AuditPage(*m_workspace, AuditPage::Mode::Owner, m_pageStack));
    } else {
        m_pages.push_back(new ConnectionsPage(*m_workspace, m_pageStack));
        m_pages.push_back(new BusinessPreviewPage(*m_workspace, m_pageStack));
        m_pages.push_back(new InboxPage(*m_workspace, m_pageStack));
        m_pages.push_back(new MapPage(*m_workspace, m_pageStack));
        m_pages.push_back(new PolicyPage(*m_workspace, m_pageStack));
        m_pages.push_back(new PulsePage(*m_workspace, m_pageStack));
        m_pages.push_back(new MyOneOnOnesPage(*m_workspace, m_pageStack));
        m_pages.push_back(new RecognitionPage(*m_workspace, m_pageStack));
        m_pages.push_back(new ReportConcernPage(*m_workspace, m_pageStack));
        m_pages.push_back(new AuditPage(*m_workspace, AuditPage::Mode::Employee, m_pageStack));
    }
    auto *settingsPage = new SettingsPage(*m_workspace, m_pageStack);
    connect(settingsPage, &SettingsPage::idleMinutesChanged, this, &MainWindow::restartIdleTimer);
    m_pages.push_back(settingsPage);
    // The navigation is as wide as its longest title, in any language.
    QFont font = m_navigation->font();
    font.setPointSize(11); // as the style sheet sets it
    const QFontMetrics metrics(font);
    int widest = 0;
    for (const Page *page : m_pages)
        widest = std::max(widest, metrics.horizontalAdvance(page->title()));
    m_navigation->setFixedWidth(std::max(190, widest + m_navigation->iconSize().width() + 40));
    for (Page *page : m_pages) {
        m_pageStack->addWidget(page);
        auto *item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
        item->setData(Qt::UserRole, page->pageId());
        connect(page, &Page::problem, this, [this](const QString &m) { m_messageBar->showMessage(m, MessageBar::Kind::Error); });
        connect(page, &Page::information, this, [this](const QString &m) { m_messageBar->showMessage(m, MessageBar::Kind::Information); });
    }
}

bool MainWindow::showPage(const QString &pageId)
{
    for (int i = 0; i < int(m_pages.size()); ++i) {
        if (m_pages[size_t(i)]->pageId() == pageId) {
            m_navigation->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentPageId() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < int(m_pages.size()) ? m_pages[size_t(row)]->pageId() : QString();
}

void MainWindow::updateTitle()
{
    QString title = tr("Consentric");
    if (m_workspace) {
        auto name = m_workspace->people().organisationName();
        if (name && name->has_value())
            title = **name + QStringLiteral(" — ") + title;
        statusBar()->showMessage(tr("Database: %1").arg(m_workspace->database().location().displayName()));
    }
    if (m_workspace && m_workspace->session())
        title = tr("%1 (signed in as %2)").arg(title, m_workspace->session()->person().name);
    setWindowTitle(title);
}

void MainWindow::loadDemoIntoCurrent()
{
    storage::Database &db = m_workspace->database();
    auto summary = loadDemo(this, db.location(), db.password());
    if (!summary) {
        m_messageBar->showMessage(summary.message(), MessageBar::Kind::Error);
        return;
    }
    Q_EMIT m_workspace->reloaded();
    m_pendingNotice = tr("Every demo account's passphrase is “demo”. Sign in as the owner, Morgan Avery, to run the program, or as an "
                         "employee such as Sam Rivera to see their side.");
    showWelcomeOrPages();
    updateTitle();
    m_messageBar->showMessage(tr("Loaded the demo company: %1 people and %2 connections. Everything here is made up.")
                                  .arg(summary->people)
                                  .arg(QLocale().toString(summary->connections)),
        MessageBar::Kind::Information);
}

void MainWindow::setUpOrganisation()
{
    SetupDialog dialog(*m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The owner's recovery key: the one way back into the business's account.
    if (const consent::Session *owner = m_workspace->session()) {
        auto organisation = m_workspace->people().organisationName();
        RecoveryCodeDialog key(
            dialog.recoveryCode(), owner->person().email, organisation && organisation->has_value() ? **organisation : QString(), true, this);
        key.exec();
    }
    showWelcomeOrPages();
    updateTitle();
}

void MainWindow::newDatabase()
{
    const QString start = QFileInfo(storage::Location::defaultSqlitePath()).path();
    const QString file
        = QFileDialog::getSaveFileName(this, tr("New database"), start + QStringLiteral("/new.sqlite"), tr("Consentric databases (*.sqlite)"));
    if (file.isEmpty())
        return;
    if (QFileInfo::exists(file)) {
        m_messageBar->showMessage(tr("“%1” already exists. A new database needs a new file name; use Open database for an existing one.").arg(file),
            MessageBar::Kind::Error);
        return;
    }
    openFromMenu(file);
}

void MainWindow::chooseDatabase()
{
    OpenDatabaseDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && !dialog.location().isEmpty())
        openFromMenu(dialog.location());
}

void MainWindow::openFromMenu(const QString &location)
{
    auto opened = openDatabase(location, true);
    if (!opened)
        m_messageBar->showMessage(opened.message(), MessageBar::Kind::Error);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentDatabases();
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    for (const QString &location : recent)
        m_recentMenu->addAction(location, this, [this, location] { openFromMenu(location); });
}

void MainWindow::backupDatabase()
{
    if (!m_workspace)
        return;
    const QString suggested = QFileInfo(m_workspace->database().location().path).completeBaseName() + QStringLiteral("-backup-")
        + SystemClock::instance().today().toString(Qt::ISODate) + QStringLiteral(".sqlite");
    if (m_workspace->database().engine() == storage::Engine::Postgres) {
        auto refused = storage::backup(m_workspace->database(), QString());
        m_messageBar->showMessage(refused.message(), MessageBar::Kind::Information);
        return;
    }
    const QString file = QFileDialog::getSaveFileName(this, tr("Backup"), QDir::home().filePath(suggested), tr("Consentric databases (*.sqlite)"));
    if (file.isEmpty())
        return;
    if (auto done = storage::backup(m_workspace->database(), file); !done) {
        m_messageBar->showMessage(done.message(), MessageBar::Kind::Error);
        return;
    }
    m_messageBar->showMessage(tr("Backup written to %1.").arg(file), MessageBar::Kind::Information);
}

void MainWindow::showHelp()
{
    if (!m_help)
        m_help = new HelpBrowser(this);
    const int row = m_navigation->currentRow();
    const bool onPage = m_central->currentIndex() == 1 && row >= 0 && row < int(m_pages.size());
    m_help->showSection(onPage ? m_pages[size_t(row)]->helpAnchor() : QStringLiteral("start"));
    m_help->show();
    m_help->raise();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Consentric"),
        tr("<h3>Consentric %1</h3>"
           "<p>Referrals and warm introductions through your team's networks, with consent: every employee decides, "
           "connection by connection, what the business may see, and every introduction goes through them first.</p>"
           "<p>Local-first: your data stays in your database.</p>")
            .arg(QStringLiteral(CONSENTRIC_VERSION)));
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (const Page *page : m_pages)
        ids << page->pageId();
    return ids;
}

Result<void> MainWindow::signIn(const QString &email, const QString &passphrase)
{
    if (!m_workspace || !m_workspace->hasOrganisation())
        return fail(tr("This database has no organisation yet; set one up or load the demo first."));
    auto session = consent::Accounts(m_workspace->database()).signIn(email, passphrase);
    if (!session)
        return session.error();
    m_workspace->signIn(std::move(*session));
    signedIn();
    return {};
}

void MainWindow::signedIn()
{
    m_messageBar->hide();
    showWelcomeOrPages();
    updateTitle();
}

void MainWindow::signOut(const QString &notice)
{
    if (!m_workspace || !m_workspace->session())
        return;
    const auto s = settings();
    if (!currentPageId().isEmpty())
        s->setValue(QStringLiteral("window/page"), currentPageId());
    m_idle->stop();
    // Pages hold decrypted details: they go, then the session and its keys.
    for (Page *page : m_pages)
        delete page;
    m_pages.clear();
    m_navigation->clear();
    m_workspace->signOut();
    m_pendingNotice = notice;
    showWelcomeOrPages();
    updateTitle();
}

void MainWindow::restartIdleTimer()
{
    const int minutes = idleMinutes();
    if (minutes <= 0 || !m_workspace || !m_workspace->session()) {
        m_idle->stop();
        return;
    }
    m_idleMs = minutes * 60'000;
    m_idle->start(m_idleMs);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_idle->isActive())
            m_idle->start(m_idleMs);
        break;
    default: break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const consent::Session *session = m_workspace ? m_workspace->session() : nullptr;
    if (session && !session->runsTheProgram() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    if (files.isEmpty() || !showPage(QStringLiteral("connections")))
        return;
    event->acceptProposedAction();
    for (Page *page : m_pages) {
        if (auto *connections = qobject_cast<ConnectionsPage *>(page))
            QTimer::singleShot(0, connections, [connections, files] { connections->showImportWizard(files); });
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const auto s = settings();
    s->setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (!currentPageId().isEmpty())
        s->setValue(QStringLiteral("window/page"), currentPageId());
    event->accept();
}

} // namespace consentric::ui
