#include "policy/ConnectionPolicy.h"

#include "consent/Accounts.h"
#include "consent/AuditLog.h"
#include "consent/Participation.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace consentric::policy {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::policy::PolicyStore", text);
}

Result<void> mustRunTheProgram(const consent::Session &session)
{
    if (!session.runsTheProgram())
        return fail(QCoreApplication::translate(
            "consentric::policy", "Only the owner or an admin can edit and publish the connection policy. Sign in as the owner."));
    return {};
}

QJsonArray toJson(const std::vector<PolicySection> &sections)
{
    QJsonArray array;
    for (const PolicySection &s : sections)
        array.append(QJsonObject{{QStringLiteral("key"), s.key}, {QStringLiteral("title"), s.title}, {QStringLiteral("body"), s.body}});
    return array;
}

std::vector<PolicySection> fromJson(const QJsonArray &array)
{
    std::vector<PolicySection> sections;
    for (const auto &value : array) {
        const QJsonObject o = value.toObject();
        sections.push_back(
            {o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("title")).toString(), o.value(QStringLiteral("body")).toString()});
    }
    return sections;
}

std::vector<PolicySection> readDefaults(const QString &language)
{
    QFile file(QStringLiteral(":/core/policy/%1.json").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromJson(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("sections")).toArray());
}

} // namespace

const QStringList &requiredSections()
{
    static const QStringList keys{QStringLiteral("voluntary"), QStringLiteral("employment"), QStringLiteral("connections"),
        QStringLiteral("templates"), QStringLiteral("concerns"), QStringLiteral("reviews"), QStringLiteral("training")};
    return keys;
}

std::vector<PolicySection> defaultSections(const QString &language)
{
    auto sections = readDefaults(language);
    if (sections.empty())
        sections = readDefaults(QStringLiteral("en"));
    return sections;
}

std::vector<ChecklistItem> checklist(const std::vector<PolicySection> &sections)
{
    const auto defaults = defaultSections(QStringLiteral("en"));
    std::vector<ChecklistItem> items;
    for (const QString &key : requiredSections()) {
        ChecklistItem item{key, {}, SectionState::Missing};
        const auto found = std::find_if(sections.begin(), sections.end(), [&](const PolicySection &s) { return s.key == key; });
        if (found != sections.end()) {
            item.title = found->title;
            item.state = found->body.trimmed().isEmpty() ? SectionState::Empty : SectionState::Written;
        } else {
            const auto fallback = std::find_if(defaults.begin(), defaults.end(), [&](const PolicySection &s) { return s.key == key; });
            item.title = fallback != defaults.end() ? fallback->title : key;
        }
        items.push_back(std::move(item));
    }
    return items;
}

QString label(SectionState state)
{
    switch (state) {
    case SectionState::Written: return QCoreApplication::translate("consentric::policy", "written");
    case SectionState::Empty: return QCoreApplication::translate("consentric::policy", "empty");
    case SectionState::Missing: return QCoreApplication::translate("consentric::policy", "missing");
    }
    return {};
}

QString ConnectionPolicy::markdown() const
{
    QString text;
    int number = 0;
    for (const PolicySection &s : sections) {
        text += QStringLiteral("## %1. %2\n\n%3\n\n").arg(++number).arg(s.title, s.body.trimmed());
    }
    return text;
}

Result<std::vector<ConnectionPolicy>> PolicyStore::versions() const
{
    auto rows = m_db.exec(QStringLiteral("SELECT version, published_at, changes, sections FROM policy_versions"), tr("reading the policy versions"));
    if (!rows)
        return rows.error();
    std::vector<ConnectionPolicy> list;
    while (rows->next()) {
        ConnectionPolicy p;
        p.version = rows->value(0).toString();
        p.publishedAt = QDateTime::fromString(rows->value(1).toString(), Qt::ISODate);
        p.changes = rows->value(2).toString();
        p.sections = fromJson(QJsonDocument::fromJson(rows->value(3).toString().toUtf8()).array());
        list.push_back(std::move(p));
    }
    // Newest first; two versions published within the same second go by their number.
    const auto number = [](const ConnectionPolicy &p) {
        const QStringList parts = p.version.split(QLatin1Char('.'));
        return std::pair(parts.value(0).toInt(), parts.value(1).toInt());
    };
    std::sort(list.begin(), list.end(), [&](const ConnectionPolicy &a, const ConnectionPolicy &b) {
        if (a.publishedAt != b.publishedAt)
            return a.publishedAt > b.publishedAt;
        return number(a) > number(b);
    });
    return list;
}

Result<ConnectionPolicy> PolicyStore::current() const
{
    auto list = versions();
    if (!list)
        return list.error();
    if (!list->empty())
        return list->front();
    ConnectionPolicy builtin;
    builtin.version = kBuiltinVersion;
    builtin.sections = defaultSections(QStringLiteral("en"));
    builtin.builtin = true;
    return builtin;
}

Result<std::vector<PolicySection>> PolicyStore::draft(const QString &language) const
{
    auto rows = m_db.exec(QStringLiteral("SELECT section, title, body FROM policy_sections ORDER BY position"), tr("reading the policy draft"));
    if (!rows)
        return rows.error();
    std::vector<PolicySection> sections;
    while (rows->next())
        sections.push_back({rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString()});
    if (!sections.empty())
        return sections;
    auto published = versions();
    if (!published)
        return published.error();
    if (!published->empty())
        return published->front().sections;
    return defaultSections(language);
}

Result<void> PolicyStore::saveDraft(const consent::Session &owner, const std::vector<PolicySection> &sections)
{
    if (auto ok = mustRunTheProgram(owner); !ok)
        return ok;
    QStringList keys;
    for (const PolicySection &s : sections) {
        if (s.key.trimmed().isEmpty() || keys.contains(s.key))
            return fail(tr("Each policy section needs its own key; “%1” is empty or used twice.").arg(s.key));
        if (s.title.trimmed().isEmpty())
            return fail(tr("The section “%1” has no title. Give it one, or remove the section.").arg(s.key));
        keys << s.key;
    }
    return m_db.transaction([&]() -> Result<void> {
        if (auto cleared = m_db.exec(QStringLiteral("DELETE FROM policy_sections"), tr("saving the policy draft")); !cleared)
            return cleared.error();
        const QString now = m_db.clock().now().toUTC().toString(Qt::ISODate);
        int position = 0;
        for (const PolicySection &s : sections) {
            auto inserted
                = m_db.exec(QStringLiteral("INSERT INTO policy_sections (section, position, title, body, updated_at) VALUES (:k, :p, :t, :b, :u)"),
                    {{QStringLiteral(":k"), s.key}, {QStringLiteral(":p"), position++}, {QStringLiteral(":t"), s.title.trimmed()},
                        {QStringLiteral(":b"), storage::notNull(s.body.trimmed())}, {QStringLiteral(":u"), now}},
                    tr("saving the policy draft"));
            if (!inserted)
                return inserted.error();
        }
        return {};
    });
}

Result<QString> PolicyStore::publish(const consent::Session &owner, const QString &changes)
{
    if (auto ok = mustRunTheProgram(owner); !ok)
        return ok.error();
    auto sections = draft(QStringLiteral("en"));
    if (!sections)
        return sections.error();
    auto published = versions();
    if (!published)
        return published.error();
    // Publishing the built-in text unchanged is allowed: it makes the defaults the business's own.
    if (!published->empty() && published->front().sections == *sections)
        return fail(
            tr("The draft is the same as version %1, so there is nothing to publish. Change a section first.").arg(published->front().version));
    const QDateTime now = m_db.clock().now().toUTC();
    const int year = now.date().year();
    // Numbered within the year; the first version published in 2026 follows the built-in one.
    int number = 0;
    if (published->empty() && QString::number(year) + QStringLiteral(".1") == kBuiltinVersion)
        number = 1;
    for (const ConnectionPolicy &p : *published) {
        const auto parts = p.version.split(QLatin1Char('.'));
        if (parts.size() == 2 && parts[0].toInt() == year)
            number = std::max(number, parts[1].toInt());
    }
    const QString version = QStringLiteral("%1.%2").arg(year).arg(number + 1);
    auto done = m_db.transaction([&]() -> Result<void> {
        auto inserted = m_db.exec(QStringLiteral("INSERT INTO policy_versions (version, published_at, published_by, changes, sections) "
                                                 "VALUES (:v, :at, :by, :c, :s)"),
            {{QStringLiteral(":v"), version}, {QStringLiteral(":at"), now.toString(Qt::ISODate)}, {QStringLiteral(":by"), owner.person().id},
                {QStringLiteral(":c"), storage::notNull(changes.trimmed())},
                {QStringLiteral(":s"), QString::fromUtf8(QJsonDocument(toJson(*sections)).toJson(QJsonDocument::Compact))}},
            tr("publishing the policy"));
        if (!inserted)
            return inserted.error();
        auto logged = consent::AuditLog(m_db).append(owner.person().id, std::nullopt, QStringLiteral("policy-published"),
            QJsonObject{{QStringLiteral("version"), version}, {QStringLiteral("sections"), qint64(sections->size())}});
        if (!logged)
            return logged.error();
        return {};
    });
    if (!done)
        return done.error();
    return version;
}

Result<QString> PolicyStore::acknowledgedVersion(qint64 personId) const
{
    auto last = m_db.scalar(QStringLiteral("SELECT policy_version FROM consent_ledger WHERE person_id = :p "
                                           "AND action IN ('opted-in', 'acknowledged') ORDER BY id DESC LIMIT 1"),
        {{QStringLiteral(":p"), personId}}, tr("reading the consent ledger"));
    if (!last)
        return last.error();
    return last->toString();
}

Result<bool> PolicyStore::needsAcknowledgement(const consent::Session &employee) const
{
    auto taking = consent::Participation(m_db).takesPart(employee.person().id);
    if (!taking)
        return taking.error();
    if (!*taking)
        return false;
    auto policy = current();
    if (!policy)
        return policy.error();
    auto acknowledged = acknowledgedVersion(employee.person().id);
    if (!acknowledged)
        return acknowledged.error();
    return *acknowledged != policy->version;
}

Result<AcknowledgementCounts> PolicyStore::acknowledgements(const consent::Session &owner) const
{
    if (auto ok = mustRunTheProgram(owner); !ok)
        return ok.error();
    auto policy = current();
    if (!policy)
        return policy.error();
    auto rows = m_db.exec(QStringLiteral("SELECT p.id, (SELECT l.policy_version FROM consent_ledger l WHERE l.person_id = p.id "
                                         "AND l.action IN ('opted-in', 'acknowledged') ORDER BY l.id DESC LIMIT 1) "
                                         "FROM people p WHERE p.participating = 1 AND p.status = 'active' AND p.role <> 'owner'"),
        tr("counting acknowledgements"));
    if (!rows)
        return rows.error();
    qint64 participants = 0;
    qint64 acknowledged = 0;
    while (rows->next()) {
        ++participants;
        if (rows->value(1).toString() == policy->version)
            ++acknowledged;
    }
    AcknowledgementCounts counts;
    counts.version = policy->version;
    counts.participants = metrics::SuppressedCount::ofPeople(participants);
    const qint64 waiting = participants - acknowledged;
    // Both halves or neither: showing one would give away the other by subtraction.
    if (waiting == 0) {
        counts.acknowledged = metrics::SuppressedCount::ofPeople(acknowledged);
        counts.waiting = metrics::SuppressedCount::of(0, participants);
    } else if (waiting >= metrics::kMinimumGroup && acknowledged >= metrics::kMinimumGroup) {
        counts.acknowledged = metrics::SuppressedCount::ofPeople(acknowledged);
        counts.waiting = metrics::SuppressedCount::ofPeople(waiting);
    }
    return counts;
}

} // namespace consentric::policy
