#include "consent/Crypto.h"

#include <QCoreApplication>

#include <sodium.h>

#include <utility>

namespace consentric::consent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::consent", text);
}

constexpr int kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kTagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(SecretKey::kSize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(kSaltSize == crypto_pwhash_SALTBYTES);

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

} // namespace

bool initialiseCrypto()
{
    return sodium_init() >= 0;
}

SecretKey::SecretKey() = default;

SecretKey::~SecretKey()
{
    if (m_bytes)
        sodium_free(m_bytes); // wipes before it frees
}

SecretKey::SecretKey(SecretKey &&other) noexcept
    : m_bytes(std::exchange(other.m_bytes, nullptr))
{ }

SecretKey &SecretKey::operator=(SecretKey &&other) noexcept
{
    if (this != &other) {
        if (m_bytes)
            sodium_free(m_bytes);
        m_bytes = std::exchange(other.m_bytes, nullptr);
    }
    return *this;
}

SecretKey SecretKey::zeroed()
{
    initialiseCrypto();
    SecretKey key;
    key.m_bytes = static_cast<unsigned char *>(sodium_malloc(kSize));
    // sodium_malloc fails only when the machine is out of memory; nothing sensible goes on.
    Q_ASSERT(key.m_bytes);
    sodium_memzero(key.m_bytes, kSize);
    return key;
}

SecretKey SecretKey::random()
{
    SecretKey key = zeroed();
    crypto_aead_xchacha20poly1305_ietf_keygen(key.m_bytes);
    return key;
}

Result<SecretKey> SecretKey::fromBytes(const QByteArray &raw)
{
    if (raw.size() != qsizetype(kSize))
        return fail(tr("A stored key has the wrong length; the database may be damaged."));
    SecretKey key = zeroed();
    std::copy(raw.constBegin(), raw.constEnd(), key.m_bytes);
    return key;
}

QByteArray SecretKey::exposeForWrapping() const
{
    return QByteArray(reinterpret_cast<const char *>(m_bytes), qsizetype(kSize));
}

KdfLimits KdfLimits::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfLimits KdfLimits::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

QByteArray randomBytes(int count)
{
    initialiseCrypto();
    QByteArray out(count, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(count));
    return out;
}

Result<SecretKey> deriveKey(const QString &passphrase, const QByteArray &salt, const KdfLimits &limits)
{
    initialiseCrypto();
    if (salt.size() != kSaltSize)
        return fail(tr("A stored salt has the wrong length; the database may be damaged."));
    QByteArray secret = passphrase.toUtf8();
    SecretKey key = SecretKey::zeroed();
    const int status = crypto_pwhash(key.data(), SecretKey::kSize, secret.constData(), quint64(secret.size()), bytes(salt), limits.operations,
        size_t(limits.memory), crypto_pwhash_ALG_ARGON2ID13);
    wipe(secret);
    if (status != 0)
        return fail(tr("Not enough memory to check the passphrase (Argon2id needs %1 MiB). Close other programs and try again.")
                        .arg(limits.memory / (1024ULL * 1024ULL)));
    return key;
}

QByteArray seal(const SecretKey &key, const QByteArray &plain, const QByteArray &context)
{
    QByteArray out(kNonceSize + plain.size() + kTagSize, Qt::Uninitialized);
    randombytes_buf(out.data(), kNonceSize);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(out) + kNonceSize, &written, bytes(plain), quint64(plain.size()), bytes(context),
        quint64(context.size()), nullptr, bytes(out), key.data());
    out.resize(kNonceSize + qsizetype(written));
    return out;
}

Result<QByteArray> open(const SecretKey &key, const QByteArray &sealed, const QByteArray &context)
{
    if (sealed.size() < kNonceSize + kTagSize)
        return fail(tr("An encrypted value is too short: it was altered or damaged, so it is not shown."));
    QByteArray plain(sealed.size() - kNonceSize - kTagSize, Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(bytes(plain), &written, nullptr, bytes(sealed) + kNonceSize, quint64(sealed.size() - kNonceSize),
            bytes(context), quint64(context.size()), bytes(sealed), key.data())
        != 0) {
        wipe(plain);
        return fail(tr("An encrypted value does not open with this key: the key is wrong, or the value was altered. Nothing of it is shown."));
    }
    plain.resize(qsizetype(written));
    return plain;
}

QByteArray keyedHash(const SecretKey &key, const QByteArray &input)
{
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(bytes(out), size_t(out.size()), bytes(input), quint64(input.size()), key.data(), SecretKey::kSize);
    return out;
}

static_assert(kBoxPublicKeySize == crypto_box_PUBLICKEYBYTES);
static_assert(SecretKey::kSize == crypto_box_SECRETKEYBYTES);

BoxKeyPair makeBoxKeyPair()
{
    BoxKeyPair pair{QByteArray(kBoxPublicKeySize, Qt::Uninitialized), SecretKey::zeroed()};
    crypto_box_keypair(bytes(pair.publicKey), pair.secretKey.data());
    return pair;
}

QByteArray boxPublicKeyOf(const SecretKey &secretKey)
{
    QByteArray publicKey(kBoxPublicKeySize, Qt::Uninitialized);
    crypto_scalarmult_base(bytes(publicKey), secretKey.data());
    return publicKey;
}

Result<QByteArray> sealTo(const QByteArray &publicKey, const QByteArray &plain)
{
    if (publicKey.size() != kBoxPublicKeySize)
        return fail(tr("A public key has the wrong length; the account may be damaged."));
    QByteArray sealed(plain.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
    if (crypto_box_seal(bytes(sealed), bytes(plain), quint64(plain.size()), bytes(publicKey)) != 0)
        return fail(tr("Could not seal a message to a public key."));
    return sealed;
}

Result<QByteArray> openSealedBox(const QByteArray &publicKey, const SecretKey &secretKey, const QByteArray &sealed)
{
    if (publicKey.size() != kBoxPublicKeySize || sealed.size() < int(crypto_box_SEALBYTES))
        return fail(tr("The sealed data is damaged or cut short."));
    QByteArray plain(sealed.size() - int(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal_open(bytes(plain), bytes(sealed), quint64(sealed.size()), bytes(publicKey), secretKey.data()) != 0)
        return fail(tr("The sealed data does not open with this key: it was altered, or it belongs to someone else."));
    return plain;
}

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        sodium_memzero(secret.data(), size_t(secret.size()));
    secret.clear();
}

} // namespace consentric::consent
