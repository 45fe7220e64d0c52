// The cryptography of consent, on libsodium: keys derived from passphrases (Argon2id),
// authenticated encryption of rows (XChaCha20-Poly1305), keyed hashes for pseudonyms.
// Keys live in guarded memory (sodium_malloc) and are wiped when they go; they are never
// written anywhere. Nothing else in Consentric calls libsodium directly.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace consentric::consent {

// Call once before any other function here; safe to call again.
bool initialiseCrypto();

class SecretKey
{
public:
    static constexpr std::size_t kSize = 32;

    SecretKey();
    ~SecretKey();
    SecretKey(SecretKey &&other) noexcept;
    SecretKey &operator=(SecretKey &&other) noexcept;
    SecretKey(const SecretKey &) = delete;
    SecretKey &operator=(const SecretKey &) = delete;

    static SecretKey random();
    // All zero, to be filled by a key derivation.
    static SecretKey zeroed();
    // From exactly kSize bytes (an unwrapped key); the caller wipes its copy.
    static Result<SecretKey> fromBytes(const QByteArray &bytes);

    const unsigned char *data() const { return m_bytes; }
    unsigned char *data() { return m_bytes; }
    bool isNull() const { return m_bytes == nullptr; }
    // A copy of the key's bytes, for wrapping it under another key. Wipe it after use.
    QByteArray exposeForWrapping() const;

private:
    unsigned char *m_bytes = nullptr;
};

struct KdfLimits
{
    quint64 operations;
    quint64 memory;
    // libsodium's "moderate" limits: real accounts.
    static KdfLimits moderate();
    // libsodium's "interactive" limits: demo accounts and tests.
    static KdfLimits interactive();
};

inline constexpr int kSaltSize = 16;

QByteArray randomBytes(int count);
// A key from a passphrase and a salt (Argon2id).
Result<SecretKey> deriveKey(const QString &passphrase, const QByteArray &salt, const KdfLimits &limits);

// Encrypts and authenticates `plain`, bound to `context` (say, "contact:42") so that a
// ciphertext moved to another row no longer opens. Returns nonce ‖ ciphertext ‖ tag.
QByteArray seal(const SecretKey &key, const QByteArray &plain, const QByteArray &context);
// Fails (with a sentence) when the key is wrong or anything was altered.
Result<QByteArray> open(const SecretKey &key, const QByteArray &sealed, const QByteArray &context);

// A keyed BLAKE2b hash: the same input and key give the same 32 bytes, and without the
// key nobody can test a guess.
QByteArray keyedHash(const SecretKey &key, const QByteArray &input);
// A key pair for sealed boxes (X25519): anyone with the public key can seal a message
// that only the holder of the secret key opens. Core seals details to an employee this
// way without their session (audit entries about their decisions).
struct BoxKeyPair
{
    QByteArray publicKey;
    SecretKey secretKey;
};
inline constexpr int kBoxPublicKeySize = 32;
BoxKeyPair makeBoxKeyPair();
// The public key of a secret key (to check a stored pair belongs together).
QByteArray boxPublicKeyOf(const SecretKey &secretKey);
Result<QByteArray> sealTo(const QByteArray &publicKey, const QByteArray &plain);
Result<QByteArray> openSealedBox(const QByteArray &publicKey, const SecretKey &secretKey, const QByteArray &sealed);

// Overwrites a byte array that held a secret.
void wipe(QByteArray &bytes);

} // namespace consentric::consent
