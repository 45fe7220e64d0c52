#include "Workspace.h"

namespace consentric::ui {

Workspace::Workspace(std::unique_ptr<storage::Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_people(*m_db)
{ }

Workspace::~Workspace() = default;

bool Workspace::hasOrganisation() const
{
    auto name = m_people.organisationName();
    return name && name->has_value();
}

void Workspace::signIn(consent::Session session)
{
    m_undo.clear();
    m_session = std::make_unique<consent::Session>(std::move(session));
    m_people.setActor(m_session->person().id);
    Q_EMIT sessionChanged();
}

void Workspace::signOut()
{
    m_undo.clear();
    m_session.reset();
    m_people.setActor(std::nullopt);
    Q_EMIT sessionChanged();
}

} // namespace consentric::ui
