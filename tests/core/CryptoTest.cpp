#include <gtest/gtest.h>

#include "consent/ContactVault.h"
#include "consent/Crypto.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace consentric;
using namespace consentric::consent;

TEST(CryptoTest, SealedValueOpensOnlyWithItsKeyAndContext)
{
    const SecretKey key = SecretKey::random();
    const QByteArray sealed = seal(key, "Kim Park <kim@acme.example>", "contact:7");
    EXPECT_FALSE(sealed.contains("Kim"));
    auto opened = open(key, sealed, "contact:7");
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(*opened, QByteArray("Kim Park <kim@acme.example>"));

    // Another row's context, another key, or one changed byte: nothing comes out.
    EXPECT_FALSE(open(key, sealed, "contact:8").ok());
    EXPECT_FALSE(open(SecretKey::random(), sealed, "contact:7").ok());
    QByteArray tampered = sealed;
    tampered[tampered.size() / 2] = char(tampered.at(tampered.size() / 2) ^ 0x01);
    auto refused = open(key, tampered, "contact:7");
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("altered"))) << refused.message().toStdString();
    EXPECT_FALSE(open(key, sealed.left(10), "contact:7").ok());
}

TEST(CryptoTest, SameValueSealsDifferentlyEachTime)
{
    const SecretKey key = SecretKey::random();
    EXPECT_NE(seal(key, "same", "c"), seal(key, "same", "c"));
}

TEST(CryptoTest, DerivedKeysDependOnPassphraseAndSalt)
{
    const QByteArray salt = randomBytes(kSaltSize);
    auto a = deriveKey(QStringLiteral("correct horse battery staple"), salt, KdfLimits::interactive());
    auto b = deriveKey(QStringLiteral("correct horse battery staple"), salt, KdfLimits::interactive());
    auto c = deriveKey(QStringLiteral("correct horse battery stapler"), salt, KdfLimits::interactive());
    auto d = deriveKey(QStringLiteral("correct horse battery staple"), randomBytes(kSaltSize), KdfLimits::interactive());
    ASSERT_TRUE(a.ok() && b.ok() && c.ok() && d.ok());
    EXPECT_EQ(a->exposeForWrapping(), b->exposeForWrapping());
    EXPECT_NE(a->exposeForWrapping(), c->exposeForWrapping());
    EXPECT_NE(a->exposeForWrapping(), d->exposeForWrapping());
    EXPECT_FALSE(deriveKey(QStringLiteral("x"), QByteArray("short"), KdfLimits::interactive()).ok());
}

TEST(CryptoTest, KeyedHashNeedsTheKey)
{
    const SecretKey key = SecretKey::random();
    EXPECT_EQ(keyedHash(key, "kim@acme.example"), keyedHash(key, "kim@acme.example"));
    EXPECT_NE(keyedHash(key, "kim@acme.example"), keyedHash(SecretKey::random(), "kim@acme.example"));
    EXPECT_EQ(keyedHash(key, "x").size(), 32);
}

TEST(CryptoTest, KeysMoveAndWipe)
{
    SecretKey key = SecretKey::random();
    const QByteArray before = key.exposeForWrapping();
    SecretKey moved = std::move(key);
    EXPECT_TRUE(key.isNull()); // NOLINT(bugprone-use-after-move): checking the move itself
    EXPECT_EQ(moved.exposeForWrapping(), before);
    QByteArray secret("secret");
    wipe(secret);
    EXPECT_TRUE(secret.isEmpty());
    EXPECT_FALSE(SecretKey::fromBytes("too short").ok());
}

TEST(CryptoTest, ContactDetailsComeBackExactlyAsTheyWereWritten)
{
    ContactDetails d;
    d.displayName = QStringLiteral("Zoë \"Zee\" O'Brien-Łukasz 山田");
    d.givenName = QStringLiteral("Back\\slash");
    d.familyName = QStringLiteral("Tab\there");
    d.email = QStringLiteral("zoe@example.org");
    d.phone = QStringLiteral("+49 30 1234");
    d.profileUrl = QStringLiteral("https://www.linkedin.com/in/zoe/");
    d.company = QStringLiteral("Müller & Söhne GmbH");
    d.title = QString(QChar(0x1F)) + QStringLiteral("bell") + QChar(0x07);
    d.notes = QStringLiteral("Line one\nline two\r\n\u2028 and an emoji 🎉 and a NUL ") + QChar(0);
    const QByteArray bytes = d.toBytes();
    auto back = ContactDetails::fromBytes(bytes);
    ASSERT_TRUE(back.ok()) << bytes.toStdString();
    EXPECT_EQ(*back, d);
    // It is plain JSON that any reader takes.
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    EXPECT_EQ(json.object().value(QLatin1String("company")).toString(), d.company);
    EXPECT_EQ(ContactDetails::fromBytes(ContactDetails{}.toBytes()).value(), ContactDetails{});
}
