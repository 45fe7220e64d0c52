#include "consent/Accounts.h"

#include "consent/AuditLog.h"
#include "consent/ContactVault.h"
#include "consent/Pseudonyms.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace consentric::consent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::consent::Accounts", text);
}

QByteArray keyContext(qint64 personId)
{
    return "account-key:" + QByteArray::number(personId);
}

QByteArray recoveryContext(qint64 personId)
{
    return "account-recovery:" + QByteArray::number(personId);
}

QByteArray boxContext(qint64 personId)
{
    return "account-box:" + QByteArray::number(personId);
}

// Base32 without the letters and digits people confuse (0/O, 1/I/L).
const char kCodeAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
constexpr int kCodeGroups = 6;
constexpr int kCodeGroupLength = 4;

QString normaliseCode(const QString &code)
{
    QString out;
    for (QChar c : code) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

QString isoUtc(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

} // namespace

struct Accounts::Stored
{
    Person person;
    bool hasAccount = false;
    QByteArray salt;
    KdfLimits limits{0, 0};
    QByteArray wrapped;
    QByteArray recoverySalt;
    QByteArray recoveryWrapped;
    int failedAttempts = 0;
    QDateTime nextAttemptAt;
};

Result<void> Accounts::checkPassphrase(const QString &passphrase, PassphraseRule rule)
{
    if (passphrase.isEmpty())
        return fail(tr("The passphrase is empty. Choose one only you know."));
    if (rule == PassphraseRule::Strict && passphrase.size() < kMinimumPassphraseLength)
        return fail(tr("The passphrase is shorter than %1 characters. A few unrelated words make a long one that is easy to remember.")
                        .arg(kMinimumPassphraseLength));
    return {};
}

Result<Session> Accounts::create(qint64 personId, const QString &passphrase, const KdfLimits &limits, PassphraseRule rule)
{
    if (auto ok = checkPassphrase(passphrase, rule); !ok)
        return ok.error();
    std::optional<SecretKey> created;
    std::optional<BoxKeyPair> box;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto exists = hasAccount(personId);
        if (!exists)
            return exists.error();
        if (*exists)
            return fail(tr("This person already has an account."));
        const QByteArray salt = randomBytes(kSaltSize);
        auto wrappingKey = deriveKey(passphrase, salt, limits);
        if (!wrappingKey)
            return wrappingKey.error();
        SecretKey dataKey = SecretKey::random();
        QByteArray raw = dataKey.exposeForWrapping();
        const QByteArray wrapped = seal(*wrappingKey, raw, keyContext(personId));
        wipe(raw);
        const QString now = isoUtc(m_db.clock().now());
        auto inserted = m_db.exec(QStringLiteral("INSERT INTO accounts (person_id, kdf_salt, kdf_operations, kdf_memory, wrapped_key, created_at, "
                                                 "passphrase_changed_at) VALUES (:p, :s, :o, :m, :w, :c, :c)"),
            {{QStringLiteral(":p"), personId}, {QStringLiteral(":s"), salt}, {QStringLiteral(":o"), qint64(limits.operations)},
                {QStringLiteral(":m"), qint64(limits.memory)}, {QStringLiteral(":w"), wrapped}, {QStringLiteral(":c"), now}},
            tr("creating the account"));
        if (!inserted)
            return inserted.error();
        auto keys = boxKeys(personId, dataKey);
        if (!keys)
            return keys.error();
        box = std::move(*keys);
        auto logged = AuditLog(m_db).append(std::nullopt, personId, QStringLiteral("account-created"), {{QStringLiteral("person"), personId}});
        if (!logged)
            return logged.error();
        created = std::move(dataKey);
        return {};
    });
    if (!done)
        return done.error();
    auto person = People(m_db).byId(personId);
    if (!person)
        return person.error();
    if (!person->has_value())
        return fail(tr("That person no longer exists."));
    Session session(**person, std::move(*created), std::move(*box));
    if (auto settled = settle(session); !settled)
        return settled.error();
    return session;
}

Result<BoxKeyPair> Accounts::boxKeys(qint64 personId, const SecretKey &dataKey)
{
    auto row = m_db.exec(QStringLiteral("SELECT box_public_key, box_secret_key FROM accounts WHERE person_id = :p"),
        {{QStringLiteral(":p"), personId}}, tr("reading the account's key pair"));
    if (!row)
        return row.error();
    if (!row->next())
        return fail(tr("The account of person %1 no longer exists.").arg(personId));
    if (!row->value(0).isNull()) {
        const QByteArray publicKey = row->value(0).toByteArray();
        auto raw = open(dataKey, row->value(1).toByteArray(), boxContext(personId));
        if (!raw)
            return fail(tr("The key pair of this account was altered outside Consentric; restore a backup."));
        auto secret = SecretKey::fromBytes(*raw);
        wipe(*raw);
        if (!secret)
            return secret.error();
        if (boxPublicKeyOf(*secret) != publicKey)
            return fail(tr("The public key of this account does not match its secret key; it was altered outside Consentric. Restore a backup."));
        return BoxKeyPair{publicKey, std::move(*secret)};
    }
    // Accounts made before schema 3 get their pair at their first sign-in.
    BoxKeyPair pair = makeBoxKeyPair();
    QByteArray raw = pair.secretKey.exposeForWrapping();
    const QByteArray wrapped = seal(dataKey, raw, boxContext(personId));
    wipe(raw);
    auto saved = m_db.exec(QStringLiteral("UPDATE accounts SET box_public_key = :pk, box_secret_key = :sk WHERE person_id = :p"),
        {{QStringLiteral(":pk"), pair.publicKey}, {QStringLiteral(":sk"), wrapped}, {QStringLiteral(":p"), personId}},
        tr("saving the account's key pair"));
    if (!saved)
        return saved.error();
    return pair;
}

Result<void> Accounts::settle(const Session &session)
{
    if (auto sealed = ContactVault(m_db).settle(session); !sealed)
        return sealed.error();
    if (auto passed = Pseudonyms(m_db).passOn(session); !passed)
        return passed.error();
    return {};
}

Result<bool> Accounts::hasAccount(qint64 personId) const
{
    auto found = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM accounts WHERE person_id = :p"), {{QStringLiteral(":p"), personId}}, tr("looking up the account"));
    if (!found)
        return found.error();
    return found->toInt() > 0;
}

Result<Accounts::Stored> Accounts::load(const QString &email) const
{
    People people(m_db);
    auto person = people.byEmail(email);
    if (!person)
        return person.error();
    if (!person->has_value())
        return fail(
            tr("Nobody with the email %1 is in this database. Check the address, or ask the owner to add you.").arg(People::normaliseEmail(email)));
    Stored stored;
    stored.person = **person;
    if (stored.person.status == Status::Left)
        return fail(tr("%1 has left the organisation, so the account is closed.").arg(stored.person.name));
    auto row = m_db.exec(QStringLiteral("SELECT kdf_salt, kdf_operations, kdf_memory, wrapped_key, recovery_salt, recovery_wrapped_key, "
                                        "failed_attempts, next_attempt_at FROM accounts WHERE person_id = :p"),
        {{QStringLiteral(":p"), stored.person.id}}, tr("reading the account"));
    if (!row)
        return row.error();
    if (!row->next())
        return fail(tr("%1 has no account yet. The owner gives each person one on the Team page.").arg(stored.person.name));
    stored.hasAccount = true;
    stored.salt = row->value(0).toByteArray();
    stored.limits = {quint64(row->value(1).toLongLong()), quint64(row->value(2).toLongLong())};
    stored.wrapped = row->value(3).toByteArray();
    stored.recoverySalt = row->value(4).toByteArray();
    stored.recoveryWrapped = row->value(5).toByteArray();
    stored.failedAttempts = row->value(6).toInt();
    stored.nextAttemptAt = QDateTime::fromString(row->value(7).toString(), Qt::ISODate);
    return stored;
}

Result<qint64> Accounts::waitBeforeNextAttempt(const QString &email) const
{
    auto stored = load(email);
    if (!stored)
        return stored.error();
    if (!stored->nextAttemptAt.isValid())
        return qint64(0);
    return std::max<qint64>(0, m_db.clock().now().secsTo(stored->nextAttemptAt));
}

Result<void> Accounts::countFailure(const Stored &stored)
{
    const int attempts = stored.failedAttempts + 1;
    QVariant next{QMetaType(QMetaType::QString)};
    if (attempts >= kFreeAttempts) {
        const int doublings = std::min(attempts - kFreeAttempts, 16);
        const qint64 wait = std::min<qint64>(qint64(1) << doublings, kLongestWaitSeconds);
        next = isoUtc(m_db.clock().now().addSecs(wait));
    }
    return m_db.transaction([&]() -> Result<void> {
        auto updated = m_db.exec(QStringLiteral("UPDATE accounts SET failed_attempts = :f, next_attempt_at = :n WHERE person_id = :p"),
            {{QStringLiteral(":f"), attempts}, {QStringLiteral(":n"), next}, {QStringLiteral(":p"), stored.person.id}},
            tr("counting a wrong passphrase"));
        if (!updated)
            return updated.error();
        auto logged = AuditLog(m_db).append(std::nullopt, stored.person.id, QStringLiteral("sign-in-refused"));
        if (!logged)
            return logged.error();
        return {};
    });
}

Result<Session> Accounts::unlock(const Stored &stored, const SecretKey &wrappingKey, bool recovery)
{
    const QByteArray &wrapped = recovery ? stored.recoveryWrapped : stored.wrapped;
    auto raw = open(wrappingKey, wrapped, recovery ? recoveryContext(stored.person.id) : keyContext(stored.person.id));
    if (!raw) {
        if (auto counted = countFailure(stored); !counted)
            return counted.error();
        return fail(recovery ? tr("The recovery code for %1 is wrong.").arg(stored.person.email)
                             : tr("The passphrase for %1 is wrong.").arg(stored.person.email));
    }
    auto dataKey = SecretKey::fromBytes(*raw);
    wipe(*raw);
    if (!dataKey)
        return dataKey.error();
    std::optional<BoxKeyPair> box;
    auto recorded = m_db.transaction([&]() -> Result<void> {
        auto keys = boxKeys(stored.person.id, *dataKey);
        if (!keys)
            return keys.error();
        box = std::move(*keys);
        if (stored.failedAttempts > 0) {
            auto reset = m_db.exec(QStringLiteral("UPDATE accounts SET failed_attempts = 0, next_attempt_at = NULL WHERE person_id = :p"),
                {{QStringLiteral(":p"), stored.person.id}}, tr("signing in"));
            if (!reset)
                return reset.error();
        }
        auto logged = AuditLog(m_db).append(stored.person.id, stored.person.id, recovery ? QStringLiteral("recovered") : QStringLiteral("signed-in"));
        if (!logged)
            return logged.error();
        return {};
    });
    if (!recorded)
        return recorded.error();
    Session session(stored.person, std::move(*dataKey), std::move(*box));
    if (auto settled = settle(session); !settled)
        return settled.error();
    return session;
}

Result<Session> Accounts::signIn(const QString &email, const QString &passphrase)
{
    auto stored = load(email);
    if (!stored)
        return stored.error();
    if (stored->nextAttemptAt.isValid() && stored->nextAttemptAt > m_db.clock().now())
        return fail(tr("Too many wrong passphrases for %1. Try again in %2 seconds.")
                        .arg(stored->person.email)
                        .arg(m_db.clock().now().secsTo(stored->nextAttemptAt)));
    auto wrappingKey = deriveKey(passphrase, stored->salt, stored->limits);
    if (!wrappingKey)
        return wrappingKey.error();
    return unlock(*stored, *wrappingKey, false);
}

Result<void> Accounts::rewrap(qint64 personId, const SecretKey &dataKey, const QString &passphrase, const KdfLimits &limits)
{
    const QByteArray salt = randomBytes(kSaltSize);
    auto wrappingKey = deriveKey(passphrase, salt, limits);
    if (!wrappingKey)
        return wrappingKey.error();
    QByteArray raw = dataKey.exposeForWrapping();
    const QByteArray wrapped = seal(*wrappingKey, raw, keyContext(personId));
    wipe(raw);
    auto updated = m_db.exec(QStringLiteral("UPDATE accounts SET kdf_salt = :s, kdf_operations = :o, kdf_memory = :m, wrapped_key = :w, "
                                            "passphrase_changed_at = :c, failed_attempts = 0, next_attempt_at = NULL WHERE person_id = :p"),
        {{QStringLiteral(":s"), salt}, {QStringLiteral(":o"), qint64(limits.operations)}, {QStringLiteral(":m"), qint64(limits.memory)},
            {QStringLiteral(":w"), wrapped}, {QStringLiteral(":c"), isoUtc(m_db.clock().now())}, {QStringLiteral(":p"), personId}},
        tr("saving the new passphrase"));
    if (!updated)
        return updated.error();
    return {};
}

Result<void> Accounts::changePassphrase(const Session &session, const QString &current, const QString &next)
{
    if (auto ok = checkPassphrase(next, PassphraseRule::Strict); !ok)
        return ok;
    auto check = signIn(session.person().email, current);
    if (!check)
        return check.error();
    auto stored = load(session.person().email);
    if (!stored)
        return stored.error();
    // Only the wrapping changes: every row encrypted under the data key stays as it is.
    return m_db.transaction([&]() { return rewrap(session.person().id, session.dataKey(), next, stored->limits); });
}

Result<QString> Accounts::makeRecoveryCode(const Session &session)
{
    const QByteArray random = randomBytes(kCodeGroups * kCodeGroupLength);
    QString code;
    for (int i = 0; i < random.size(); ++i) {
        if (i > 0 && i % kCodeGroupLength == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kCodeAlphabet[quint8(random.at(i)) % (sizeof(kCodeAlphabet) - 1)]);
    }
    const QByteArray salt = randomBytes(kSaltSize);
    auto wrappingKey = deriveKey(normaliseCode(code), salt, KdfLimits::interactive());
    if (!wrappingKey)
        return wrappingKey.error();
    QByteArray raw = session.dataKey().exposeForWrapping();
    const QByteArray wrapped = seal(*wrappingKey, raw, recoveryContext(session.person().id));
    wipe(raw);
    auto saved = m_db.exec(QStringLiteral("UPDATE accounts SET recovery_salt = :s, recovery_wrapped_key = :w WHERE person_id = :p"),
        {{QStringLiteral(":s"), salt}, {QStringLiteral(":w"), wrapped}, {QStringLiteral(":p"), session.person().id}}, tr("saving the recovery code"));
    if (!saved)
        return saved.error();
    return code;
}

Result<Session> Accounts::recover(const QString &email, const QString &recoveryCode, const QString &newPassphrase)
{
    if (auto ok = checkPassphrase(newPassphrase, PassphraseRule::Strict); !ok)
        return ok.error();
    auto stored = load(email);
    if (!stored)
        return stored.error();
    if (stored->recoveryWrapped.isEmpty())
        return fail(tr("%1 has not made a recovery code. Without the passphrase the private data cannot be opened; the owner can only give a fresh, "
                       "empty account.")
                        .arg(stored->person.email));
    if (stored->nextAttemptAt.isValid() && stored->nextAttemptAt > m_db.clock().now())
        return fail(tr("Too many wrong attempts for %1. Try again in %2 seconds.")
                        .arg(stored->person.email)
                        .arg(m_db.clock().now().secsTo(stored->nextAttemptAt)));
    auto wrappingKey = deriveKey(normaliseCode(recoveryCode), stored->recoverySalt, KdfLimits::interactive());
    if (!wrappingKey)
        return wrappingKey.error();
    auto session = unlock(*stored, *wrappingKey, true);
    if (!session)
        return session.error();
    auto limits = stored->limits;
    if (auto saved = m_db.transaction([&]() { return rewrap(stored->person.id, session->dataKey(), newPassphrase, limits); }); !saved)
        return saved.error();
    return session;
}

} // namespace consentric::consent
