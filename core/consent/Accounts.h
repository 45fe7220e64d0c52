// Accounts: who may sign in, and the key that keeps each employee's private data theirs.
// Each account has a random data key; it is stored only wrapped (sealed) under a key
// derived from the person's passphrase with Argon2id, and, if they made one, under a key
// derived from their own recovery code. Changing the passphrase rewraps the data key and
// touches nothing else. A wrong passphrase is counted per account, here in core, so the
// window and the command line slow down alike.
#pragma once

#include "consent/Crypto.h"
#include "consent/People.h"
#include "util/Result.h"

#include <QDateTime>

namespace consentric::storage {
class Database;
}

namespace consentric::consent {

// A signed-in person and their unwrapped keys: the data key (their private rows), the
// secret half of their box key pair (details sealed to them), and, for employees, the
// team's pseudonym key once a colleague has passed it on. Dropping the session (sign out,
// idle lock) wipes every key from memory.
class Session
{
public:
    Session(Person person, SecretKey dataKey, BoxKeyPair box)
        : m_person(std::move(person))
        , m_dataKey(std::move(dataKey))
        , m_box(std::move(box))
    { }

    const Person &person() const { return m_person; }
    const SecretKey &dataKey() const { return m_dataKey; }
    const BoxKeyPair &box() const { return m_box; }
    // Null until this employee holds the pseudonym key (see Pseudonyms).
    const SecretKey &pseudonymKey() const { return m_pseudonymKey; }
    // The owner and admins see the business's views; everyone else their own.
    bool runsTheProgram() const { return m_person.role == Role::Owner || m_person.role == Role::Admin; }

private:
    friend class Pseudonyms;
    Person m_person;
    SecretKey m_dataKey;
    BoxKeyPair m_box;
    // Picked up lazily, when a colleague has sealed it to this account after sign-in.
    mutable SecretKey m_pseudonymKey;
};

enum class PassphraseRule {
    Strict, // real accounts: at least kMinimumPassphraseLength characters
    Demo, // the demo company's "demo"
};
inline constexpr int kMinimumPassphraseLength = 10;
// Wrong passphrases allowed before each further attempt must wait (doubling, at most 5 min).
inline constexpr int kFreeAttempts = 3;
inline constexpr int kLongestWaitSeconds = 300;

class Accounts
{
public:
    explicit Accounts(storage::Database &db)
        : m_db(db)
    { }

    static Result<void> checkPassphrase(const QString &passphrase, PassphraseRule rule);

    // Gives an existing person an account with a new data key, and signs them in.
    Result<Session> create(qint64 personId, const QString &passphrase, const KdfLimits &limits, PassphraseRule rule = PassphraseRule::Strict);
    Result<bool> hasAccount(qint64 personId) const;
    Result<Session> signIn(const QString &email, const QString &passphrase);
    // Seconds until the next attempt is allowed for this email (0: now).
    Result<qint64> waitBeforeNextAttempt(const QString &email) const;
    Result<void> changePassphrase(const Session &session, const QString &current, const QString &next);
    // A new recovery code for the signed-in person, shown once and stored nowhere: only
    // the data key wrapped under it is kept. Any earlier code stops working.
    Result<QString> makeRecoveryCode(const Session &session);
    // Signs in with the recovery code and sets a new passphrase.
    Result<Session> recover(const QString &email, const QString &recoveryCode, const QString &newPassphrase);

private:
    struct Stored;
    Result<Stored> load(const QString &email) const;
    Result<Session> unlock(const Stored &stored, const SecretKey &wrappingKey, bool recovery);
    Result<void> countFailure(const Stored &stored);
    Result<void> rewrap(qint64 personId, const SecretKey &dataKey, const QString &passphrase, const KdfLimits &limits);
    // The box key pair of an account, made on first use for accounts older than schema 3.
    Result<BoxKeyPair> boxKeys(qint64 personId, const SecretKey &dataKey);
    // After any sign-in: key pair, pseudonym key, contacts still stored in clear.
    Result<void> settle(const Session &session);

    storage::Database &m_db;
};

} // namespace consentric::consent
