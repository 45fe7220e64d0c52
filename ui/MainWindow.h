// The main window: a shell with the side navigation, the inline message bar and the
// menus. It assembles one page per view and knows no page's insides.
#pragma once

#include "util/Result.h"

#include <QMainWindow>

#include <memory>
#include <vector>

class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace consentric::ui {

class HelpBrowser;
class MessageBar;
class Page;
class WelcomePage;
class Workspace;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database (path or URL) in place of the current one.
    Result<void> openDatabase(const QString &location, bool create);
    bool showPage(const QString &pageId);
    QString currentPageId() const;
    Workspace *workspace() const { return m_workspace.get(); }
    MessageBar *messageBar() const { return m_messageBar; }
    // Signs in without the sign-in page's fields (--screenshot, tests).
    Result<void> signIn(const QString &email, const QString &passphrase);
    void signOut(const QString &notice = {});
    QStringList pageIds() const;
    class QTimer *idleTimer() const { return m_idle; }

protected:
    void closeEvent(class QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(class QDragEnterEvent *event) override;
    void dropEvent(class QDropEvent *event) override;

private:
    void buildMenus();
    void remindAtSignIn();
    void rebuildPages();
    void showWelcomeOrPages();
    void loadDemoIntoCurrent();
    void setUpOrganisation();
    void newDatabase();
    void chooseDatabase();
    void openFromMenu(const QString &location);
    void backupDatabase();
    void showHelp();
    void showAbout();
    void updateRecentMenu();
    void updateTitle();
    void signedIn();
    void restartIdleTimer();

    std::unique_ptr<Workspace> m_workspace;
    std::vector<Page *> m_pages;
    QListWidget *m_navigation;
    QStackedWidget *m_pageStack;
    QStackedWidget *m_central;
    WelcomePage *m_welcome;
    MessageBar *m_messageBar;
    QUndoGroup *m_undoGroup;
    QMenu *m_recentMenu = nullptr;
    HelpBrowser *m_help = nullptr;
    class SignInPage *m_signIn;
    class QTimer *m_idle;
    int m_idleMs = 0;
    class QAction *m_signOut = nullptr;
    QString m_pendingNotice; // shown on the sign-in page next time it opens
};

} // namespace consentric::ui
