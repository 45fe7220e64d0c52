// The introduction templates of one database. The shipped defaults (five kinds in each
// language) are put in, active, the first time the table is found empty. Only the owner
// or an admin changes templates, each change in one transaction with an audit entry that
// names the template by id; an active template always has its disclosure and opt-out line
// (checked here, and by the table's CHECK constraint).
#pragma once

#include "templates/Template.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace consentric::storage {
class Database;
}

namespace consentric::consent {
class Session;
}

namespace consentric::templates {

class TemplateStore
{
    Q_DECLARE_TR_FUNCTIONS(consentric::templates::TemplateStore)

public:
    explicit TemplateStore(storage::Database &db)
        : m_db(db)
    { }

    // Every template, by language, kind and name.
    Result<std::vector<Template>> all() const;
    // The active templates in a language, or the English ones when it has none.
    Result<std::vector<Template>> active(const QString &language) const;
    Result<std::optional<Template>> byId(qint64 id) const;

    // Adds (id 0) or updates a template; returns its id. The owner or an admin only. An
    // active template must pass checkForActivation. Whether it is a shipped default is
    // kept by the store: new ones are not, edited ones stay what they were.
    Result<qint64> save(const consent::Session &owner, const Template &t);
    Result<void> remove(const consent::Session &owner, qint64 id);
    // Puts back a removed template under its old id (redoing an add that was undone), so
    // later edits of it still find it.
    Result<void> restore(const consent::Session &owner, const Template &t);

private:
    Result<void> ensureDefaults() const;
    Result<std::vector<Template>> select(const QString &where, const QVariant &bind) const;
    Result<void> mayChange(const consent::Session &owner) const;
    static Result<Template> validated(const Template &t);

    storage::Database &m_db;
};

} // namespace consentric::templates
