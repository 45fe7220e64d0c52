// The owner's steps of the pipeline: requested → accepted → introduction sent → meeting →
// outcome (won, hired, partnered, no result). The introducer marks "introduction sent"
// (Inbox); the owner records the meeting and the outcome here. Every step is an event the
// introducer sees in their inbox. Each step can be taken back (undo) while it is the
// latest one.
#pragma once

#include "consent/Accounts.h"
#include "referrals/ReferralTypes.h"
#include "util/Result.h"

#include <QDate>

#include <optional>

namespace consentric::storage {
class Database;
}

namespace consentric::referrals {

// What a step changed, so that it can be taken back exactly.
struct PipelineState
{
    Stage stage = Stage::Requested;
    std::optional<QDate> meetingOn;
    std::optional<Outcome> outcome;
    std::optional<QDate> outcomeOn;
    bool operator==(const PipelineState &) const = default;
};

// Which step may come next: the one rule, used by Pipeline and by the buttons that offer it.
// A meeting follows the introduction (or an accepted "mention my name", which has none); an
// outcome follows any accepted request.
bool canRecordMeeting(Stage stage, std::optional<Answer> answer);
bool canRecordOutcome(Stage stage);

class Pipeline
{
public:
    explicit Pipeline(storage::Database &db)
        : m_db(db)
    { }

    Result<PipelineState> state(const consent::Session &owner, qint64 requestId) const;
    // After an introduction (or an accepted "mention my name"): the meeting took place.
    Result<void> recordMeeting(const consent::Session &owner, qint64 requestId, QDate on);
    // After a meeting, or straight after an introduction when no meeting came of it.
    Result<void> recordOutcome(const consent::Session &owner, qint64 requestId, Outcome outcome, QDate on);
    // Undo: puts the request back to `previous`, provided it still stands at `current`.
    Result<void> restore(const consent::Session &owner, qint64 requestId, const PipelineState &current, const PipelineState &previous);

private:
    Result<void> write(qint64 requestId, const PipelineState &next, const QString &note);
    storage::Database &m_db;
};

} // namespace consentric::referrals
