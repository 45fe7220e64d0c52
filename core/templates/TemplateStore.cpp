#include "templates/TemplateStore.h"

#include "consent/Accounts.h"
#include "consent/AuditLog.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QJsonObject>

#include <algorithm>

namespace consentric::templates {

namespace {

constexpr int kMaxNameLength = 200;

const QString kColumns = QStringLiteral("id, kind, language, name, subject, body, disclosure, opt_out, active, builtin");

// Languages in the order the defaults are listed (English first), then any other by code.
int languageRank(const QString &language)
{
    const qsizetype index = languages().indexOf(language);
    return index < 0 ? int(languages().size()) : int(index);
}

bool listedBefore(const Template &a, const Template &b)
{
    const auto rank = [](const Template &t) { return std::tuple(languageRank(t.language), t.language, int(t.kind)); };
    if (rank(a) != rank(b))
        return rank(a) < rank(b);
    const int byName = QString::localeAwareCompare(a.name, b.name);
    return byName != 0 ? byName < 0 : a.id < b.id;
}

storage::Binds bindsOf(const Template &t, const QString &updatedAt)
{
    return {{QStringLiteral(":kind"), key(t.kind)}, {QStringLiteral(":language"), t.language}, {QStringLiteral(":name"), storage::notNull(t.name)},
        {QStringLiteral(":subject"), storage::notNull(t.subject)}, {QStringLiteral(":body"), storage::notNull(t.body)},
        {QStringLiteral(":disclosure"), storage::notNull(t.disclosure)}, {QStringLiteral(":opt_out"), storage::notNull(t.optOut)},
        {QStringLiteral(":active"), t.active ? 1 : 0}, {QStringLiteral(":builtin"), t.builtin ? 1 : 0}, {QStringLiteral(":updated_at"), updatedAt}};
}

} // namespace

Result<void> TemplateStore::ensureDefaults() const
{
    return m_db.transaction([&]() -> Result<void> {
        auto count = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM templates"), {}, tr("counting the templates"));
        if (!count)
            return count.error();
        if (count->toLongLong() > 0)
            return {};
        const QString now = m_db.clock().now().toUTC().toString(Qt::ISODate);
        for (const QString &language : languages()) {
            for (const Template &t : defaults(language)) {
                auto id = m_db.insert(QStringLiteral("INSERT INTO templates (kind, language, name, subject, body, disclosure, opt_out, active, "
                                                     "builtin, updated_at) VALUES (:kind, :language, :name, :subject, :body, :disclosure, "
                                                     ":opt_out, :active, :builtin, :updated_at)"),
                    bindsOf(t, now), tr("adding the default templates"));
                if (!id)
                    return id.error();
            }
        }
        return {};
    });
}

Result<std::vector<Template>> TemplateStore::select(const QString &where, const QVariant &bind) const
{
    const QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM templates")
        + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    auto query = m_db.exec(sql, bind.isValid() ? storage::Binds{{QStringLiteral(":k"), bind}} : storage::Binds{}, tr("reading the templates"));
    if (!query)
        return query.error();
    std::vector<Template> list;
    while (query->next()) {
        Template t;
        t.id = query->value(0).toLongLong();
        t.kind = kindFromKey(query->value(1).toString()).value_or(Kind::Customer);
        t.language = query->value(2).toString();
        t.name = query->value(3).toString();
        t.subject = query->value(4).toString();
        t.body = query->value(5).toString();
        t.disclosure = query->value(6).toString();
        t.optOut = query->value(7).toString();
        t.active = query->value(8).toInt() != 0;
        t.builtin = query->value(9).toInt() != 0;
        list.push_back(std::move(t));
    }
    std::sort(list.begin(), list.end(), listedBefore);
    return list;
}

Result<std::vector<Template>> TemplateStore::all() const
{
    if (auto seeded = ensureDefaults(); !seeded)
        return seeded.error();
    return select({}, {});
}

Result<std::vector<Template>> TemplateStore::active(const QString &language) const
{
    if (auto seeded = ensureDefaults(); !seeded)
        return seeded.error();
    auto found = select(QStringLiteral("active = 1 AND language = :k"), normaliseLanguage(language));
    if (!found || !found->empty() || normaliseLanguage(language) == QLatin1String("en"))
        return found;
    return select(QStringLiteral("active = 1 AND language = :k"), QStringLiteral("en"));
}

Result<std::optional<Template>> TemplateStore::byId(qint64 id) const
{
    auto found = select(QStringLiteral("id = :k"), id);
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<Template>();
    return std::optional<Template>(found->front());
}

Result<void> TemplateStore::mayChange(const consent::Session &owner) const
{
    if (!owner.runsTheProgram())
        return fail(tr("Only the owner or an admin can change templates. Ask them to make this change."));
    return {};
}

Result<Template> TemplateStore::validated(const Template &t)
{
    Template clean = t;
    clean.name = t.name.simplified();
    clean.language = normaliseLanguage(t.language);
    if (clean.name.isEmpty())
        return fail(tr("The template needs a name, so that employees can tell it from the others."));
    if (clean.name.size() > kMaxNameLength)
        return fail(tr("The template's name is longer than %1 characters; shorten it.").arg(kMaxNameLength));
    if (clean.active)
        if (auto ready = checkForActivation(clean); !ready)
            return ready.error();
    return clean;
}

Result<qint64> TemplateStore::save(const consent::Session &owner, const Template &t)
{
    if (auto may = mayChange(owner); !may)
        return may.error();
    auto valid = validated(t);
    if (!valid)
        return valid.error();
    Template clean = std::move(valid).value();
    qint64 id = clean.id;
    auto done = m_db.transaction([&]() -> Result<void> {
        // A first template written before the list was ever read still finds the defaults beside it.
        if (auto seeded = ensureDefaults(); !seeded)
            return seeded;
        const QString now = m_db.clock().now().toUTC().toString(Qt::ISODate);
        if (id == 0) {
            clean.builtin = false;
            auto inserted = m_db.insert(QStringLiteral("INSERT INTO templates (kind, language, name, subject, body, disclosure, opt_out, active, "
                                                       "builtin, updated_at) VALUES (:kind, :language, :name, :subject, :body, :disclosure, "
                                                       ":opt_out, :active, :builtin, :updated_at)"),
                bindsOf(clean, now), tr("adding the template"));
            if (!inserted)
                return inserted.error();
            id = *inserted;
        } else {
            auto stored = byId(id);
            if (!stored)
                return stored.error();
            if (!stored.value())
                return fail(tr("That template no longer exists (someone removed it); the list was refreshed."));
            clean.builtin = (*stored)->builtin;
            storage::Binds binds = bindsOf(clean, now);
            binds.emplace_back(QStringLiteral(":id"), id);
            auto updated = m_db.exec(QStringLiteral("UPDATE templates SET kind = :kind, language = :language, name = :name, subject = :subject, "
                                                    "body = :body, disclosure = :disclosure, opt_out = :opt_out, active = :active, "
                                                    "builtin = :builtin, updated_at = :updated_at WHERE id = :id"),
                binds, tr("saving the template"));
            if (!updated)
                return updated.error();
        }
        auto logged
            = consent::AuditLog(m_db).append(owner.person().id, std::nullopt, QStringLiteral("template-saved"), {{QStringLiteral("template"), id}});
        if (!logged)
            return logged.error();
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

Result<void> TemplateStore::remove(const consent::Session &owner, qint64 id)
{
    if (auto may = mayChange(owner); !may)
        return may;
    return m_db.transaction([&]() -> Result<void> {
        auto removed = m_db.exec(QStringLiteral("DELETE FROM templates WHERE id = :id"), {{QStringLiteral(":id"), id}}, tr("removing the template"));
        if (!removed)
            return removed.error();
        if (removed->numRowsAffected() == 0)
            return fail(tr("That template no longer exists (someone removed it); the list was refreshed."));
        auto logged
            = consent::AuditLog(m_db).append(owner.person().id, std::nullopt, QStringLiteral("template-removed"), {{QStringLiteral("template"), id}});
        if (!logged)
            return logged.error();
        return {};
    });
}

Result<void> TemplateStore::restore(const consent::Session &owner, const Template &t)
{
    if (auto may = mayChange(owner); !may)
        return may;
    if (t.id <= 0)
        return fail(tr("Only a template that was saved before can be put back."));
    auto valid = validated(t);
    if (!valid)
        return valid.error();
    return m_db.transaction([&]() -> Result<void> {
        auto stored = byId(t.id);
        if (!stored)
            return stored.error();
        if (stored.value())
            return fail(tr("That template is already there; nothing was put back."));
        storage::Binds binds = bindsOf(*valid, m_db.clock().now().toUTC().toString(Qt::ISODate));
        binds.emplace_back(QStringLiteral(":id"), t.id);
        auto inserted = m_db.exec(QStringLiteral("INSERT INTO templates (id, kind, language, name, subject, body, disclosure, opt_out, active, "
                                                 "builtin, updated_at) VALUES (:id, :kind, :language, :name, :subject, :body, :disclosure, "
                                                 ":opt_out, :active, :builtin, :updated_at)"),
            binds, tr("putting the template back"));
        if (!inserted)
            return inserted.error();
        auto logged
            = consent::AuditLog(m_db).append(owner.person().id, std::nullopt, QStringLiteral("template-saved"), {{QStringLiteral("template"), t.id}});
        if (!logged)
            return logged.error();
        return {};
    });
}

} // namespace consentric::templates
