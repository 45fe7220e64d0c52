// The base of widget tests over a window's workspace: the test's database, a second
// connection to it held by a Workspace (as the window holds its own), and signing in as
// anyone made by person(). Each test adds its people first, then opens the workspace.
#pragma once

#include "Workspace.h"
#include "support/StoreTest.h"

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace consentric::test {

class WorkspaceTest : public StoreTest
{
protected:
    void TearDown() override
    {
        workspace.reset();
        StoreTest::TearDown();
    }

    void openWorkspace()
    {
        auto second = test().reopen();
        ASSERT_TRUE(second.ok()) << second.message().toStdString();
        workspace = std::make_unique<ui::Workspace>(std::move(*second));
    }

    // Signs out whoever is signed in, then in as `email` (passphrase kTestPassphrase).
    void signInAs(const QString &email)
    {
        workspace->signOut();
        auto session = consent::Accounts(workspace->database()).signIn(email, kTestPassphrase);
        ASSERT_TRUE(session.ok()) << session.message().toStdString();
        workspace->signIn(std::move(*session));
    }

    std::unique_ptr<ui::Workspace> workspace;
};

// Runs `fill` on the page's dialog `name` once its exec() has started. A dialog that is
// missing or still open afterwards fails the test and is closed, so nothing ever hangs.
template<typename Dialog> void whenOpen(QWidget *page, const QString &name, std::function<void(Dialog *)> fill)
{
    QTimer::singleShot(0, page, [page, name, fill] {
        auto *dialog = page->findChild<Dialog *>(name);
        if (!dialog) {
            ADD_FAILURE() << "no dialog " << name.toStdString();
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
            return;
        }
        fill(dialog);
        if (dialog->isVisible()) {
            ADD_FAILURE() << "the dialog " << name.toStdString() << " is still open";
            dialog->reject();
        }
    });
}

} // namespace consentric::test
