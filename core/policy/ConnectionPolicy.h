// The connection policy: a checklist of sections the owner edits (a draft), published as
// numbered versions. Each published version is a frozen copy of its sections; a
// participant is asked to acknowledge a new version at their next sign-in (a row in the
// consent ledger), and until they do, nothing about their sharing changes. A database in
// which nothing has been published yet uses the built-in policy: the default sections in
// English, version 2026.1, which is what every employee joined under before the policy
// could be edited.
#pragma once

#include "metrics/SuppressedCount.h"
#include "util/Result.h"

#include <QDateTime>
#include <QStringList>

#include <vector>

namespace consentric::storage {
class Database;
}
namespace consentric::consent {
class Session;
}

namespace consentric::policy {

struct PolicySection
{
    QString key; // one of requiredSections(), or the owner's own
    QString title;
    QString body;
    friend bool operator==(const PolicySection &, const PolicySection &) = default;
};

enum class SectionState { Written, Empty, Missing };

struct ChecklistItem
{
    QString key;
    QString title; // the default title when the section is missing
    SectionState state = SectionState::Missing;
};

// The sections every policy must have, in order: voluntary, employment, connections,
// templates, concerns, reviews, training.
const QStringList &requiredSections();
// The default text (en, de, fr, es; any other language gets English).
std::vector<PolicySection> defaultSections(const QString &language);
// Which required sections are written, empty or missing.
std::vector<ChecklistItem> checklist(const std::vector<PolicySection> &sections);
QString label(SectionState state);

inline const QString kBuiltinVersion = QStringLiteral("2026.1");

struct ConnectionPolicy
{
    QString version; // e.g. "2026.2"
    QDateTime publishedAt; // invalid for the built-in policy
    QString changes; // what changed, in the owner's words
    std::vector<PolicySection> sections;
    bool builtin = false; // nothing published in this database yet

    QString markdown() const;
};

struct AcknowledgementCounts
{
    QString version;
    metrics::SuppressedCount participants = metrics::SuppressedCount::ofPeople(0);
    metrics::SuppressedCount acknowledged = metrics::SuppressedCount::ofPeople(0);
    metrics::SuppressedCount waiting = metrics::SuppressedCount::ofPeople(0);
};

class PolicyStore
{
public:
    explicit PolicyStore(storage::Database &db)
        : m_db(db)
    { }

    // The version in force: the latest published, or the built-in one.
    Result<ConnectionPolicy> current() const;
    // Every published version, newest first (empty when only the built-in one applies).
    Result<std::vector<ConnectionPolicy>> versions() const;
    // The sections being edited: the saved draft, else the current version's sections, else
    // the defaults in `language`.
    Result<std::vector<PolicySection>> draft(const QString &language) const;
    // Owner or admin. Replaces the draft; titles may not be empty, keys must be unique.
    Result<void> saveDraft(const consent::Session &owner, const std::vector<PolicySection> &sections);
    // Owner or admin: publishes the saved draft as the next version ("<year>.<n>") and
    // returns it. Refused when the draft equals the current version.
    Result<QString> publish(const consent::Session &owner, const QString &changes);
    // The last version this person joined under or acknowledged (empty if never).
    Result<QString> acknowledgedVersion(qint64 personId) const;
    // True for a participant who has not acknowledged the current version.
    Result<bool> needsAcknowledgement(const consent::Session &employee) const;
    // Owner or admin: how many participants have acknowledged the current version.
    Result<AcknowledgementCounts> acknowledgements(const consent::Session &owner) const;

private:
    storage::Database &m_db;
};

} // namespace consentric::policy
