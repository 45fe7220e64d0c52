#include "referrals/ReferralTypes.h"

#include <QCoreApplication>
#include <QVariant>

#include <array>
#include <utility>

namespace consentric::referrals {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::referrals", text);
}

template<typename E, std::size_t N> QString keyOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, k] : table) {
        if (e == value)
            return QString::fromLatin1(k);
    }
    return {};
}

template<typename E, std::size_t N> std::optional<E> fromKey(const std::array<std::pair<E, const char *>, N> &table, const QString &key)
{
    for (const auto &[e, k] : table) {
        if (key == QLatin1String(k))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<TargetKind, const char *>, 3> kKinds{
    {{TargetKind::Customer, "customer"}, {TargetKind::Partner, "partner"}, {TargetKind::Hire, "hire"}}};
constexpr std::array<std::pair<Stage, const char *>, 6> kStages{{{Stage::Requested, "requested"}, {Stage::Accepted, "accepted"},
    {Stage::Introduced, "introduced"}, {Stage::Meeting, "meeting"}, {Stage::Outcome, "outcome"}, {Stage::Closed, "closed"}}};
constexpr std::array<std::pair<Outcome, const char *>, 4> kOutcomes{
    {{Outcome::Won, "won"}, {Outcome::Hired, "hired"}, {Outcome::Partnered, "partnered"}, {Outcome::NoResult, "no-result"}}};
constexpr std::array<std::pair<Answer, const char *>, 2> kAnswers{{{Answer::Introduce, "introduce"}, {Answer::Mention, "mention"}}};
constexpr std::array<std::pair<RecipientStatus, const char *>, 6> kStatuses{
    {{RecipientStatus::Pending, "pending"}, {RecipientStatus::Accepted, "accepted"}, {RecipientStatus::Declined, "declined"},
        {RecipientStatus::Expired, "expired"}, {RecipientStatus::Taken, "taken"}, {RecipientStatus::Cancelled, "cancelled"}}};

} // namespace

QString key(TargetKind kind)
{
    return keyOf(kKinds, kind);
}
QString key(Stage stage)
{
    return keyOf(kStages, stage);
}
QString key(Outcome outcome)
{
    return keyOf(kOutcomes, outcome);
}
QString key(Answer answer)
{
    return keyOf(kAnswers, answer);
}
QString key(RecipientStatus status)
{
    return keyOf(kStatuses, status);
}
std::optional<TargetKind> targetKindFromKey(const QString &key)
{
    return fromKey(kKinds, key);
}
std::optional<Stage> stageFromKey(const QString &key)
{
    return fromKey(kStages, key);
}
std::optional<Outcome> outcomeFromKey(const QString &key)
{
    return fromKey(kOutcomes, key);
}
std::optional<Answer> answerFromKey(const QString &key)
{
    return fromKey(kAnswers, key);
}
std::optional<RecipientStatus> recipientStatusFromKey(const QString &key)
{
    return fromKey(kStatuses, key);
}

QString label(TargetKind kind)
{
    switch (kind) {
    case TargetKind::Customer: return tr("customer");
    case TargetKind::Partner: return tr("partner");
    case TargetKind::Hire: return tr("hire");
    }
    return {};
}

QString label(Stage stage)
{
    switch (stage) {
    case Stage::Requested: return tr("open");
    case Stage::Accepted: return tr("accepted");
    case Stage::Introduced: return tr("introduction sent");
    case Stage::Meeting: return tr("meeting");
    case Stage::Outcome: return tr("outcome");
    case Stage::Closed: return tr("closed — no introduction");
    }
    return {};
}

QString label(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Won: return tr("won");
    case Outcome::Hired: return tr("hired");
    case Outcome::Partnered: return tr("partnered");
    case Outcome::NoResult: return tr("no result");
    }
    return {};
}

QString label(Answer answer)
{
    switch (answer) {
    case Answer::Introduce: return tr("makes the introduction");
    case Answer::Mention: return tr("name may be mentioned");
    }
    return {};
}

QString label(RecipientStatus status)
{
    switch (status) {
    case RecipientStatus::Pending: return tr("waiting for your answer");
    case RecipientStatus::Accepted: return tr("you accepted");
    case RecipientStatus::Declined: return tr("you declined");
    case RecipientStatus::Expired: return tr("expired without an answer");
    case RecipientStatus::Taken: return tr("taken by a colleague");
    case RecipientStatus::Cancelled: return tr("cancelled");
    }
    return {};
}

} // namespace consentric::referrals
