// The template store on both engines: defaults put in once, saving and updating,
// activation refused without a disclosure or an opt-out line, who may change templates,
// removal and putting back, and the audit entries (ids only).
#include "templates/TemplateStore.h"
#include "consent/AuditLog.h"
#include "support/StoreTest.h"

using namespace consentric;
using namespace consentric::test;
using namespace consentric::templates;

class TemplateStoreTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        owner = person(QStringLiteral("Olive Owner"), QStringLiteral("Operations"), false, consent::Role::Owner);
        employee = person(QStringLiteral("Sam Rivera"), QStringLiteral("Sales"), true);
    }

    Template draft() const
    {
        Template t;
        t.kind = Kind::Partner;
        t.language = QStringLiteral("de");
        t.name = QStringLiteral("  Partner,   kurz ");
        t.subject = QStringLiteral("Hallo {{contact.first_name}}");
        t.body = QStringLiteral("Kurz und gut.\n{{target.reason}}");
        t.disclosure = QStringLiteral("Ich schreibe für {{business.name}}.");
        t.optOut = QStringLiteral("Antworten Sie „Nein“, dann ist Schluss.");
        t.active = true;
        return t;
    }

    qint64 count(const QString &where = QStringLiteral("1 = 1"))
    {
        auto n = db().scalar(QStringLiteral("SELECT COUNT(*) FROM templates WHERE ") + where, {}, QStringLiteral("counting"));
        EXPECT_TRUE(n.ok());
        return n ? n->toLongLong() : -1;
    }

    qint64 owner = 0;
    qint64 employee = 0;
};
CONSENTRIC_BOTH_ENGINES(TemplateStoreTest);

TEST_P(TemplateStoreTest, DefaultsArePutInOnceActiveAndBuiltin)
{
    EXPECT_EQ(count(), 0);
    TemplateStore store(db());
    auto first = store.all();
    ASSERT_TRUE(first.ok()) << first.message().toStdString();
    ASSERT_EQ(first->size(), 20U);
    EXPECT_EQ(count(QStringLiteral("active = 1 AND builtin = 1")), 20);
    for (const QString &language : languages())
        EXPECT_EQ(count(QStringLiteral("language = '%1'").arg(language)), 5) << language.toStdString();
    // Listed by language (English first) and kind.
    EXPECT_EQ(first->front().language, QStringLiteral("en"));
    EXPECT_EQ(first->front().kind, Kind::Customer);
    EXPECT_EQ(first->at(4).kind, Kind::FollowUp);
    auto again = store.all();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->size(), 20U);
    EXPECT_EQ(*first, *again);
    // Seeding is not a change anyone made: nothing in the audit log.
    auto entries = consent::AuditLog(db()).entries();
    ASSERT_TRUE(entries.ok());
    for (const auto &entry : *entries)
        EXPECT_FALSE(entry.action.startsWith(QStringLiteral("template"))) << entry.action.toStdString();
}

TEST_P(TemplateStoreTest, ActiveInALanguageFallsBackToEnglish)
{
    TemplateStore store(db());
    auto german = store.active(QStringLiteral("de_DE"));
    ASSERT_TRUE(german.ok()) << german.message().toStdString();
    ASSERT_EQ(german->size(), 5U);
    for (const Template &t : *german)
        EXPECT_EQ(t.language, QStringLiteral("de"));
    auto portuguese = store.active(QStringLiteral("pt"));
    ASSERT_TRUE(portuguese.ok());
    ASSERT_EQ(portuguese->size(), 5U);
    EXPECT_EQ(portuguese->front().language, QStringLiteral("en"));

    // An inactive template is not offered.
    Template off = german->front();
    off.active = false;
    ASSERT_TRUE(store.save(session(owner), off).ok());
    EXPECT_EQ(store.active(QStringLiteral("de"))->size(), 4U);
}

TEST_P(TemplateStoreTest, SaveAndUpdateRoundTrip)
{
    TemplateStore store(db());
    auto id = store.save(session(owner), draft());
    ASSERT_TRUE(id.ok()) << id.message().toStdString();
    EXPECT_EQ(count(), 21); // the defaults came in beside the first template
    auto stored = store.byId(*id);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    Template expected = draft();
    expected.id = *id;
    expected.name = QStringLiteral("Partner, kurz");
    EXPECT_EQ(**stored, expected);
    EXPECT_FALSE((*stored)->builtin);

    Template edited = **stored;
    edited.body = QStringLiteral("Zeile eins\nZeile zwei: {{employee.name}}");
    edited.kind = Kind::FollowUp;
    edited.builtin = true; // not the caller's to say
    auto again = store.save(session(owner), edited);
    ASSERT_TRUE(again.ok()) << again.message().toStdString();
    EXPECT_EQ(*again, *id);
    edited.builtin = false;
    EXPECT_EQ(**store.byId(*id), edited);

    // An edited default stays a default.
    Template shipped = store.all()->front();
    shipped.subject = QStringLiteral("Neu");
    ASSERT_TRUE(store.save(session(owner), shipped).ok());
    EXPECT_TRUE((*store.byId(shipped.id))->builtin);

    // Each save is audited with the template's id and nothing else.
    auto entries = consent::AuditLog(db()).entries();
    ASSERT_TRUE(entries.ok());
    int saves = 0;
    for (const auto &entry : *entries) {
        if (entry.action != QStringLiteral("template-saved"))
            continue;
        ++saves;
        EXPECT_EQ(entry.actor, owner);
        EXPECT_FALSE(entry.details.contains(QStringLiteral("Zeile"))) << entry.details.toStdString();
        EXPECT_TRUE(entry.details.contains(QStringLiteral("\"template\""))) << entry.details.toStdString();
    }
    EXPECT_EQ(saves, 3);
}

TEST_P(TemplateStoreTest, ActivationIsRefusedWithoutDisclosureOrOptOut)
{
    TemplateStore store(db());
    Template t = draft();
    t.optOut = QStringLiteral(" ");
    auto noOptOut = store.save(session(owner), t);
    ASSERT_FALSE(noOptOut.ok());
    EXPECT_EQ(noOptOut.message(),
        QStringLiteral("The opt-out line is empty: write how the recipient can say no to further contact, then activate the template."));

    t = draft();
    t.disclosure.clear();
    auto noDisclosure = store.save(session(owner), t);
    ASSERT_FALSE(noDisclosure.ok());
    EXPECT_TRUE(noDisclosure.message().startsWith(QStringLiteral("The disclosure is empty"))) << noDisclosure.message().toStdString();
    EXPECT_EQ(count(QStringLiteral("name = 'Partner, kurz'")), 0);

    // Inactive, it may be kept as a draft; activating it later is refused the same way.
    t.active = false;
    auto kept = store.save(session(owner), t);
    ASSERT_TRUE(kept.ok()) << kept.message().toStdString();
    t.id = *kept;
    t.active = true;
    auto activate = store.save(session(owner), t);
    ASSERT_FALSE(activate.ok());
    EXPECT_TRUE(activate.message().contains(QStringLiteral("disclosure"))) << activate.message().toStdString();
    EXPECT_FALSE((*store.byId(t.id))->active);

    // An unknown placeholder blocks activation too, with its position.
    t = draft();
    t.body = QStringLiteral("ok\n  {{contact.vorname}}");
    auto unknown = store.save(session(owner), t);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.message().contains(QStringLiteral("line 2, column 3"))) << unknown.message().toStdString();
}

TEST_P(TemplateStoreTest, AnEmployeeCannotChangeTemplates)
{
    TemplateStore store(db());
    auto refused = store.save(session(employee), draft());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("owner or an admin"))) << refused.message().toStdString();
    const qint64 someId = store.all()->front().id;
    EXPECT_FALSE(store.remove(session(employee), someId).ok());
    EXPECT_EQ(count(), 20);
    // Reading is for everyone: the employee's inbox offers the active ones.
    EXPECT_EQ(store.active(QStringLiteral("en"))->size(), 5U);
}

TEST_P(TemplateStoreTest, RemoveAndPutBackUnderTheSameId)
{
    TemplateStore store(db());
    auto id = store.save(session(owner), draft());
    ASSERT_TRUE(id.ok());
    const Template saved = **store.byId(*id);
    ASSERT_TRUE(store.remove(session(owner), *id).ok());
    EXPECT_FALSE(store.byId(*id)->has_value());
    auto twice = store.remove(session(owner), *id);
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.message().contains(QStringLiteral("no longer exists")));
    auto stale = store.save(session(owner), saved);
    ASSERT_FALSE(stale.ok());
    EXPECT_TRUE(stale.message().contains(QStringLiteral("no longer exists")));

    ASSERT_TRUE(store.restore(session(owner), saved).ok());
    EXPECT_EQ(**store.byId(*id), saved);
    EXPECT_FALSE(store.restore(session(owner), saved).ok());
    // The sequence moves on past the restored id (PostgreSQL) and the largest id (SQLite).
    auto next = store.save(session(owner), draft());
    ASSERT_TRUE(next.ok()) << next.message().toStdString();
    EXPECT_NE(*next, *id);
}

TEST_P(TemplateStoreTest, ANameIsNeeded)
{
    Template t = draft();
    t.name = QStringLiteral("   ");
    auto refused = TemplateStore(db()).save(session(owner), t);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("needs a name")));
}
