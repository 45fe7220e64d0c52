// Taking part in the one-to-ones: a program of its own, separate from referrals. A member
// chooses how often (weekly, every two weeks, monthly), their working hours, may snooze until
// a date, and keeps a do-not-pair list that nobody else ever sees. The list is sealed under
// the member's data key; for the pairing each entry is also a keyed token of the unordered
// pair under a random entry key, so the program can tell that two people must not be paired
// without storing who asked. Someone who skips three one-to-ones in a row is paused until
// they say whether they want to stay.
#pragma once

#include "consent/Accounts.h"
#include "oneonones/Schedule.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>

#include <optional>
#include <set>
#include <vector>

namespace consentric::storage {
class Database;
}

namespace consentric::oneonones {

enum class Cadence { Weekly, TwoWeekly, Monthly };

// Days that must pass since a member's last round before they are due again.
int daysBetweenRounds(Cadence cadence);
QString key(Cadence cadence); // "weekly", "two-weekly", "monthly"
std::optional<Cadence> cadenceFromKey(const QString &key);
QString label(Cadence cadence); // translated, for people

inline constexpr int kSkipsBeforePause = 3;
inline constexpr int kLongestDoNotPairList = 50;

struct Membership
{
    bool member = false;
    Cadence cadence = Cadence::TwoWeekly;
    QDate snoozedUntil; // null: not snoozed; rounds before this date leave them out
    bool paused = false; // skipped three in a row and not yet asked back
    WorkingHours hours;
    QDateTime joinedAt;
};

class Members
{
public:
    explicit Members(storage::Database &db)
        : m_db(db)
    { }

    // The signed-in person's own membership (member = false for someone who never joined).
    Result<Membership> of(const consent::Session &self) const;
    Result<void> join(const consent::Session &self, Cadence cadence, const WorkingHours &hours = {});
    Result<void> leave(const consent::Session &self);
    Result<void> change(const consent::Session &self, Cadence cadence, const WorkingHours &hours);
    // Leaves them out of rounds before `until`; a null date ends the snooze.
    Result<void> snooze(const consent::Session &self, QDate until);
    // The answer to "would you like to stay?" after three skips: yes.
    Result<void> stay(const consent::Session &self);

    // The colleagues on the signed-in person's own list, by person id.
    Result<std::vector<qint64>> doNotPair(const consent::Session &self) const;
    // Replaces the signed-in person's list (colleagues' person ids).
    Result<void> setDoNotPair(const consent::Session &self, const std::vector<qint64> &colleagues);

    // Removes the tokens of the signed-in person's list (before their data is erased; the
    // list itself goes with their membership).
    Result<void> forgetDoNotPair(const consent::Session &self);

    // For the pairing: the token of an unordered pair (making the key on first use), the
    // key to compute many (none before any list was kept), and every stored token. None of
    // them says who asked; no view shows them.
    Result<QByteArray> pairToken(qint64 a, qint64 b);
    class PairTokens
    {
    public:
        explicit PairTokens(consent::SecretKey key)
            : m_key(std::move(key))
        { }
        QByteArray of(qint64 a, qint64 b) const;

    private:
        consent::SecretKey m_key;
    };
    Result<std::optional<PairTokens>> pairTokens() const;
    Result<std::set<QByteArray>> tokens() const;

    // Marks the meeting mark of `personId` and pauses them after the third skip in a row;
    // true when this mark paused them (Rounds calls it inside its transaction).
    Result<bool> pauseAfterSkips(qint64 personId);

private:
    Result<void> mustBeEmployee(const consent::Session &self) const;
    Result<void> mustBeMember(const consent::Session &self) const;
    struct PrivateEntry
    {
        qint64 colleague;
        QString entryKey;
    };
    Result<std::vector<PrivateEntry>> privateList(const consent::Session &self) const;
    Result<void> audit(const consent::Session &self, const QString &action, const QJsonObject &details = {});
    storage::Database &m_db;
};

} // namespace consentric::oneonones
