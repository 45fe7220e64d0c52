// One open database and what the window keeps with it: the core objects that announce
// changes, and the undo stack of edits made in this window. Replaced as a whole when
// another database is opened.
#pragma once

#include "consent/Accounts.h"
#include "consent/People.h"
#include "storage/Database.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace consentric::ui {

class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    explicit Workspace(std::unique_ptr<storage::Database> db, QObject *parent = nullptr);
    ~Workspace() override;

    storage::Database &database() { return *m_db; }
    consent::People &people() { return m_people; }
    QUndoStack &undoStack() { return m_undo; }
    bool hasOrganisation() const;

    // Who is signed in, or null. Signing out drops the session, which wipes its keys, and
    // the undo history (it holds decrypted details).
    const consent::Session *session() const { return m_session.get(); }
    void signIn(consent::Session session);
    void signOut();
    // Someone changed consent data (a level, participation, an edit): views refresh.
    void announceChange() { Q_EMIT consentChanged(); }

Q_SIGNALS:
    // The database changed behind the core objects (the demo was loaded): reload all.
    void reloaded();
    void sessionChanged();
    void consentChanged();

private:
    std::unique_ptr<storage::Database> m_db;
    consent::People m_people;
    QUndoStack m_undo;
    std::unique_ptr<consent::Session> m_session;
};

} // namespace consentric::ui
