// Accounts: passphrases never stored, wrong ones slowed down in core, passphrase changes
// that rewrap only, recovery codes the owner never sees.
#include "consent/Accounts.h"
#include "consent/AuditLog.h"
#include "support/StoreTest.h"

using namespace consentric;
using namespace consentric::test;

namespace {

const QString kPassphrase = QStringLiteral("plum orbit candle seven");

} // namespace

class AccountsTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        // A plain person (not StoreTest::person(), which makes an account of its own).
        ana = *people().add({email(), QStringLiteral("Ana Lima"), QStringLiteral("Sales"), consent::Role::Employee});
        ASSERT_TRUE(accounts().create(ana, kPassphrase, consent::KdfLimits::interactive()).ok());
    }
    consent::Accounts accounts() { return consent::Accounts(db()); }
    static QString email() { return QStringLiteral("ana.lima@test.example"); }
    qint64 ana = 0;
};
CONSENTRIC_BOTH_ENGINES(AccountsTest);

TEST_P(AccountsTest, SignInWithTheRightPassphraseOnly)
{
    auto session = accounts().signIn(email(), kPassphrase);
    ASSERT_TRUE(session.ok()) << session.message().toStdString();
    EXPECT_EQ(session->person().id, ana);
    EXPECT_FALSE(session->runsTheProgram());
    auto wrong = accounts().signIn(email(), QStringLiteral("plum orbit candle eight"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.message(), QStringLiteral("The passphrase for ana.lima@test.example is wrong."));
}

TEST_P(AccountsTest, NeitherPassphraseNorKeyIsStored)
{
    auto session = accounts().signIn(email(), kPassphrase);
    ASSERT_TRUE(session.ok());
    const QByteArray key = session->dataKey().exposeForWrapping();
    auto row = db().exec(QStringLiteral("SELECT kdf_salt, wrapped_key FROM accounts"), QStringLiteral("t"));
    ASSERT_TRUE(row->next());
    for (int column = 0; column < 2; ++column) {
        const QByteArray stored = row->value(column).toByteArray();
        EXPECT_FALSE(stored.contains(key));
        EXPECT_FALSE(stored.contains(kPassphrase.toUtf8()));
    }
}

TEST_P(AccountsTest, WrongPassphrasesSlowDownFurtherAttempts)
{
    FixedClock &clock = test().clock();
    for (int i = 0; i < consent::kFreeAttempts - 1; ++i)
        EXPECT_FALSE(accounts().signIn(email(), QStringLiteral("nope")).ok());
    EXPECT_EQ(*accounts().waitBeforeNextAttempt(email()), 0);
    EXPECT_FALSE(accounts().signIn(email(), QStringLiteral("nope")).ok()); // the third: now a wait
    EXPECT_EQ(*accounts().waitBeforeNextAttempt(email()), 1);
    // During the wait even the right passphrase is not tried: the counter lives in core,
    // so the window and the command line are slowed alike.
    auto refused = accounts().signIn(email(), kPassphrase);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("Too many wrong passphrases"))) << refused.message().toStdString();
    clock.advanceSeconds(1);
    EXPECT_FALSE(accounts().signIn(email(), QStringLiteral("nope")).ok());
    EXPECT_EQ(*accounts().waitBeforeNextAttempt(email()), 2); // doubling
    clock.advanceSeconds(2);
    EXPECT_FALSE(accounts().signIn(email(), QStringLiteral("nope")).ok());
    EXPECT_EQ(*accounts().waitBeforeNextAttempt(email()), 4);
    for (int i = 0; i < 20; ++i) {
        clock.advanceSeconds(consent::kLongestWaitSeconds);
        EXPECT_FALSE(accounts().signIn(email(), QStringLiteral("nope")).ok());
    }
    EXPECT_EQ(*accounts().waitBeforeNextAttempt(email()), consent::kLongestWaitSeconds); // capped
    clock.advanceSeconds(consent::kLongestWaitSeconds);
    ASSERT_TRUE(accounts().signIn(email(), kPassphrase).ok());
    EXPECT_EQ(*accounts().waitBeforeNextAttempt(email()), 0); // success resets the count
}

TEST_P(AccountsTest, ChangingThePassphraseKeepsTheDataKey)
{
    auto before = accounts().signIn(email(), kPassphrase);
    ASSERT_TRUE(before.ok());
    const QByteArray sealed = consent::seal(before->dataKey(), "private note", "note:1");
    const QString next = QStringLiteral("lantern river quietly");
    auto refused = accounts().changePassphrase(*before, QStringLiteral("not the current one"), next);
    EXPECT_FALSE(refused.ok());
    auto shortOne = accounts().changePassphrase(*before, kPassphrase, QStringLiteral("short"));
    ASSERT_FALSE(shortOne.ok());
    EXPECT_TRUE(shortOne.message().contains(QStringLiteral("shorter than")));
    ASSERT_TRUE(accounts().changePassphrase(*before, kPassphrase, next).ok());
    EXPECT_FALSE(accounts().signIn(email(), kPassphrase).ok());
    auto after = accounts().signIn(email(), next);
    ASSERT_TRUE(after.ok());
    auto opened = consent::open(after->dataKey(), sealed, "note:1");
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(*opened, QByteArray("private note"));
}

TEST_P(AccountsTest, RecoveryCodeSetsANewPassphraseAndKeepsTheData)
{
    auto session = accounts().signIn(email(), kPassphrase);
    ASSERT_TRUE(session.ok());
    const QByteArray sealed = consent::seal(session->dataKey(), "private", "x");
    auto noCode = accounts().recover(email(), QStringLiteral("AAAA-BBBB"), QStringLiteral("a brand new passphrase"));
    ASSERT_FALSE(noCode.ok());
    EXPECT_TRUE(noCode.message().contains(QStringLiteral("has not made a recovery code")));

    auto code = accounts().makeRecoveryCode(*session);
    ASSERT_TRUE(code.ok()) << code.message().toStdString();
    EXPECT_EQ(code->size(), 29); // six groups of four, with dashes
    auto stored = db().exec(QStringLiteral("SELECT recovery_wrapped_key FROM accounts"), QStringLiteral("t"));
    ASSERT_TRUE(stored->next());
    EXPECT_FALSE(stored->value(0).toByteArray().contains(code->toUtf8()));

    EXPECT_FALSE(accounts().recover(email(), QStringLiteral("WRONG-CODE"), QStringLiteral("a brand new passphrase")).ok());
    // Typed in lower case and without dashes, it still works.
    auto recovered = accounts().recover(email(), code->toLower().remove(QLatin1Char('-')), QStringLiteral("a brand new passphrase"));
    ASSERT_TRUE(recovered.ok()) << recovered.message().toStdString();
    EXPECT_EQ(*consent::open(recovered->dataKey(), sealed, "x"), QByteArray("private"));
    EXPECT_TRUE(accounts().signIn(email(), QStringLiteral("a brand new passphrase")).ok());
    EXPECT_FALSE(accounts().signIn(email(), kPassphrase).ok());
}

TEST_P(AccountsTest, UnknownPeopleAndPeopleWhoLeftCannotSignIn)
{
    auto unknown = accounts().signIn(QStringLiteral("nobody@test.example"), kPassphrase);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.message().contains(QStringLiteral("Nobody with the email")));
    const qint64 bo
        = *people().add({QStringLiteral("bo.lund@test.example"), QStringLiteral("Bo Lund"), QStringLiteral("Sales"), consent::Role::Employee});
    auto noAccount = accounts().signIn(QStringLiteral("bo.lund@test.example"), kPassphrase);
    ASSERT_FALSE(noAccount.ok());
    EXPECT_TRUE(noAccount.message().contains(QStringLiteral("has no account yet")));
    ASSERT_TRUE(people().setStatus(ana, consent::Status::Left).ok());
    auto left = accounts().signIn(email(), kPassphrase);
    ASSERT_FALSE(left.ok());
    EXPECT_TRUE(left.message().contains(QStringLiteral("left the organisation")));
    EXPECT_FALSE(accounts().create(bo, QStringLiteral("short"), consent::KdfLimits::interactive()).ok());
    EXPECT_TRUE(accounts().create(bo, QStringLiteral("demo"), consent::KdfLimits::interactive(), consent::PassphraseRule::Demo).ok());
    EXPECT_FALSE(accounts().create(bo, kPassphrase, consent::KdfLimits::interactive()).ok()); // already has one
}

TEST_P(AccountsTest, SignInsAndRefusalsAreAudited)
{
    ASSERT_TRUE(accounts().signIn(email(), kPassphrase).ok());
    EXPECT_FALSE(accounts().signIn(email(), QStringLiteral("nope")).ok());
    auto about = consent::AuditLog(db()).entries(ana);
    ASSERT_TRUE(about.ok());
    QStringList actions;
    for (const auto &e : *about)
        actions << e.action;
    EXPECT_EQ(actions,
        (QStringList{
            QStringLiteral("person-added"), QStringLiteral("account-created"), QStringLiteral("signed-in"), QStringLiteral("sign-in-refused")}));
    EXPECT_TRUE(consent::AuditLog(db()).verify()->intact);
}
