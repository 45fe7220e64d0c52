// One open database and what the window keeps with it: the core objects that announce
// changes, and the undo stack of edits made in this window. Replaced as a whole when
// another database is opened.
#pragma once

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

Q_SIGNALS:
    // The database changed behind the core objects (the demo was loaded): reload all.
    void reloaded();

private:
    std::unique_ptr<storage::Database> m_db;
    consent::People m_people;
    QUndoStack m_undo;
};

} // namespace consentric::ui
