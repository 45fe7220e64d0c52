// The words of the referral program: what a target is, where a request stands, how an
// employee answered. One place for their stored keys and translated labels, so the
// inbox, the owner's board and the reports agree.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace consentric::referrals {

enum class TargetKind { Customer, Partner, Hire };
// Where a request stands. Requested is "open" to the owner until someone accepts or it
// expires; Closed means "closed — no introduction", whether declined, unanswered or
// withdrawn: the owner cannot tell which.
enum class Stage { Requested, Accepted, Introduced, Meeting, Outcome, Closed };
enum class Outcome { Won, Hired, Partnered, NoResult };
// Accepting: "I'll make the introduction", or "you may mention my name" (the business
// makes the approach itself).
enum class Answer { Introduce, Mention };
// One asked employee's own status, which only they see.
enum class RecipientStatus { Pending, Accepted, Declined, Expired, Taken, Cancelled };

QString key(TargetKind kind);
QString key(Stage stage);
QString key(Outcome outcome);
QString key(Answer answer);
QString key(RecipientStatus status);
std::optional<TargetKind> targetKindFromKey(const QString &key);
std::optional<Stage> stageFromKey(const QString &key);
std::optional<Outcome> outcomeFromKey(const QString &key);
std::optional<Answer> answerFromKey(const QString &key);
std::optional<RecipientStatus> recipientStatusFromKey(const QString &key);

QString label(TargetKind kind);
// The owner's words: "open", "accepted", …, "closed — no introduction".
QString label(Stage stage);
QString label(Outcome outcome);
QString label(Answer answer);
// The employee's words for their own status: "waiting for your answer", "you declined", …
QString label(RecipientStatus status);

} // namespace consentric::referrals
