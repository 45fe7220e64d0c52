// Introduction templates without a database: placeholders and their positions, rendering
// in fixed places, the employee's edits, mailto: URLs, and the shipped defaults.
#include "templates/Template.h"

#include <gtest/gtest.h>

#include <QUrl>

#include <set>

using namespace consentric;
using namespace consentric::templates;

namespace {

Template sample()
{
    Template t;
    t.name = QStringLiteral("Test");
    t.subject = QStringLiteral("Hello from {{business.name}}");
    t.body = QStringLiteral("Hi {{contact.first_name}},\n\n{{ target.reason }}\n\n{{employee.first_name}}\n");
    t.disclosure = QStringLiteral("I work at {{business.name}} and write on its behalf.");
    t.optOut = QStringLiteral("Reply “no thanks” and {{business.name}} will not contact you again.");
    return t;
}

Values values()
{
    return {{QStringLiteral("business.name"), QStringLiteral("Harbor Lane")}, {QStringLiteral("contact.first_name"), QStringLiteral("Alex")},
        {QStringLiteral("target.reason"), QStringLiteral("You make boxes.")}, {QStringLiteral("employee.first_name"), QStringLiteral("Sam")}};
}

std::string messages(const std::vector<Problem> &problems)
{
    std::string all;
    for (const Problem &p : problems)
        all += p.message.toStdString() + '\n';
    return all;
}

} // namespace

TEST(TemplateKinds, KeysRoundTripAndHaveLabels)
{
    ASSERT_EQ(kinds().size(), 5U);
    for (Kind kind : kinds()) {
        EXPECT_EQ(kindFromKey(key(kind)), kind);
        EXPECT_FALSE(label(kind).isEmpty());
    }
    EXPECT_EQ(key(Kind::AskFirst), QStringLiteral("ask-first"));
    EXPECT_EQ(key(Kind::FollowUp), QStringLiteral("follow-up"));
    EXPECT_FALSE(kindFromKey(QStringLiteral("hire")).has_value());
    EXPECT_EQ(normaliseLanguage(QStringLiteral("de_DE")), QStringLiteral("de"));
    EXPECT_EQ(normaliseLanguage(QStringLiteral(" FR-ca")), QStringLiteral("fr"));
    EXPECT_EQ(normaliseLanguage(QString()), QStringLiteral("en"));
}

TEST(TemplatePlaceholders, KnownOnesPassAndEachIsDescribed)
{
    EXPECT_TRUE(check(sample()).empty()) << messages(check(sample()));
    for (const QString &name : placeholders()) {
        EXPECT_FALSE(describe(name).isEmpty()) << name.toStdString();
        EXPECT_TRUE(checkField(kBodyField, QStringLiteral("{{") + name + QStringLiteral("}}")).empty()) << name.toStdString();
    }
    for (const char *name : {"employee.first_name", "contact.first_name", "business.name", "target.reason"})
        EXPECT_TRUE(placeholders().contains(QLatin1String(name))) << name;
}

TEST(TemplatePlaceholders, UnknownOneIsReportedWithFieldLineAndColumn)
{
    Template t = sample();
    t.body = QStringLiteral("Hi {{contact.first_name}},\r\n\nI work with {{contact.firstname}} and {{ nobody }}.\n");
    const auto problems = check(t);
    ASSERT_EQ(problems.size(), 2U) << messages(problems);
    EXPECT_EQ(problems[0].field, kBodyField);
    EXPECT_EQ(problems[0].line, 3);
    EXPECT_EQ(problems[0].column, 13);
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("{{contact.firstname}}"))) << problems[0].message.toStdString();
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("line 3, column 13"))) << problems[0].message.toStdString();
    EXPECT_TRUE(problems[0].message.startsWith(QStringLiteral("The body"))) << problems[0].message.toStdString();
    EXPECT_EQ(problems[1].line, 3);
    EXPECT_EQ(problems[1].column, 39);
    EXPECT_TRUE(problems[1].message.contains(QStringLiteral("{{nobody}}"))) << problems[1].message.toStdString();
}

TEST(TemplatePlaceholders, ColumnsCountCharactersNotBytes)
{
    // "Grüße 😀 " is 8 characters (the emoji is two UTF-16 units): the brace is at column 9.
    const auto problems = checkField(kDisclosureField, QStringLiteral("Grüße 😀 {{oops}}"));
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_EQ(problems[0].field, kDisclosureField);
    EXPECT_EQ(problems[0].line, 1);
    EXPECT_EQ(problems[0].column, 9);
}

TEST(TemplatePlaceholders, ALikelyMeaningIsSuggested)
{
    const auto problems = checkField(kSubjectField, QStringLiteral("To {{Contact.First Name}}"));
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("Did you mean {{contact.first_name}}?"))) << problems[0].message.toStdString();
}

TEST(TemplatePlaceholders, UnbalancedBracesAreReported)
{
    auto open = checkField(kBodyField, QStringLiteral("Line one\nHi {{contact.first_name,\nbye"));
    ASSERT_EQ(open.size(), 1U);
    EXPECT_EQ(open[0].line, 2);
    EXPECT_EQ(open[0].column, 4);
    EXPECT_TRUE(open[0].message.contains(QStringLiteral("does not close it"))) << open[0].message.toStdString();

    auto close = checkField(kOptOutField, QStringLiteral("Reply no}} please"));
    ASSERT_EQ(close.size(), 1U);
    EXPECT_EQ(close[0].field, kOptOutField);
    EXPECT_EQ(close[0].column, 9);
    EXPECT_TRUE(close[0].message.startsWith(QStringLiteral("The opt-out line has }}"))) << close[0].message.toStdString();

    // An unclosed {{ before a well-formed placeholder: the first is reported, the second is fine.
    auto nested = checkField(kBodyField, QStringLiteral("{{a {{business.name}}"));
    ASSERT_EQ(nested.size(), 1U);
    EXPECT_EQ(nested[0].column, 1);

    auto empty = checkField(kBodyField, QStringLiteral("x {{ }}"));
    ASSERT_EQ(empty.size(), 1U);
    EXPECT_TRUE(empty[0].message.contains(QStringLiteral("empty placeholder"))) << empty[0].message.toStdString();
}

TEST(TemplatePlaceholders, PercentSignsInTheTextStayAsWritten)
{
    const auto problems = checkField(kBodyField, QStringLiteral("{{50%1 off}}"));
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("{{50%1 off}}"))) << problems[0].message.toStdString();
}

TEST(TemplateRender, FillsPlaceholdersAndKeepsTheFixedPlaces)
{
    auto rendered = render(sample(), values());
    ASSERT_TRUE(rendered.ok()) << rendered.message().toStdString();
    EXPECT_EQ(rendered->subject, QStringLiteral("Hello from Harbor Lane"));
    EXPECT_EQ(rendered->body, QStringLiteral("Hi Alex,\n\nYou make boxes.\n\nSam"));
    EXPECT_EQ(rendered->disclosure, QStringLiteral("I work at Harbor Lane and write on its behalf."));
    EXPECT_EQ(rendered->text(),
        QStringLiteral("Hi Alex,\n\nYou make boxes.\n\nSam\n\nI work at Harbor Lane and write on its behalf.\n\n"
                       "Reply “no thanks” and Harbor Lane will not contact you again."));
}

TEST(TemplateRender, MissingValuesRenderEmptyAndValuesAreNotReadAsPlaceholders)
{
    Values v = values();
    v.remove(QStringLiteral("contact.first_name"));
    v.insert(QStringLiteral("target.reason"), QStringLiteral("{{employee.email}} 100%"));
    auto rendered = render(sample(), v);
    ASSERT_TRUE(rendered.ok()) << rendered.message().toStdString();
    EXPECT_TRUE(rendered->body.startsWith(QStringLiteral("Hi ,\n\n{{employee.email}} 100%\n"))) << rendered->body.toStdString();
}

TEST(TemplateRender, UnknownPlaceholderIsAnError)
{
    Template t = sample();
    t.disclosure = QStringLiteral("On behalf of {{business.nam}}.");
    auto rendered = render(t, values());
    ASSERT_FALSE(rendered.ok());
    EXPECT_TRUE(rendered.message().contains(QStringLiteral("The disclosure"))) << rendered.message().toStdString();
    EXPECT_TRUE(rendered.message().contains(QStringLiteral("line 1, column 14"))) << rendered.message().toStdString();
}

TEST(TemplateActivation, BothRequiredFieldsAndCleanPlaceholders)
{
    EXPECT_TRUE(checkForActivation(sample()).ok());
    Template t = sample();
    t.optOut = QStringLiteral("  \n");
    auto noOptOut = checkForActivation(t);
    ASSERT_FALSE(noOptOut.ok());
    EXPECT_EQ(noOptOut.message(),
        QStringLiteral("The opt-out line is empty: write how the recipient can say no to further contact, then activate the template."));
    t = sample();
    t.disclosure.clear();
    auto noDisclosure = checkForActivation(t);
    ASSERT_FALSE(noDisclosure.ok());
    EXPECT_TRUE(noDisclosure.message().startsWith(QStringLiteral("The disclosure is empty"))) << noDisclosure.message().toStdString();
    t.optOut.clear();
    auto neither = checkForActivation(t);
    ASSERT_FALSE(neither.ok());
    EXPECT_TRUE(neither.message().contains(QStringLiteral("disclosure and the opt-out line are empty"))) << neither.message().toStdString();
    t = sample();
    t.subject = QStringLiteral("{{oops}}");
    auto badPlaceholder = checkForActivation(t);
    ASSERT_FALSE(badPlaceholder.ok());
    EXPECT_TRUE(badPlaceholder.message().startsWith(QStringLiteral("The subject has an unknown placeholder")))
        << badPlaceholder.message().toStdString();
}

TEST(TemplateMissingRequired, ToleratesRewrappingButNotRemoval)
{
    const Rendered rendered = *render(sample(), values());
    EXPECT_FALSE(missingRequired(rendered, rendered.text()).any());
    // A mail program rewraps and indents: still there.
    QString rewrapped = rendered.text();
    rewrapped.replace(QStringLiteral("at Harbor Lane and"), QStringLiteral("at Harbor\r\n   Lane  and"));
    rewrapped.prepend(QStringLiteral("  Dear Alex, a note first.\n"));
    EXPECT_FALSE(missingRequired(rendered, rewrapped).any());

    QString noDisclosure = rendered.text();
    noDisclosure.remove(rendered.disclosure);
    const Missing m1 = missingRequired(rendered, noDisclosure);
    EXPECT_TRUE(m1.disclosure);
    EXPECT_FALSE(m1.optOut);
    EXPECT_TRUE(m1.any());

    QString changedOptOut = rendered.text();
    changedOptOut.replace(QStringLiteral("no thanks"), QStringLiteral("stop"));
    const Missing m2 = missingRequired(rendered, changedOptOut);
    EXPECT_FALSE(m2.disclosure);
    EXPECT_TRUE(m2.optOut);

    EXPECT_TRUE(missingRequired(rendered, rendered.body).disclosure);
    EXPECT_TRUE(missingRequired(rendered, rendered.body).optOut);
    // A required part that rendered empty cannot have been kept.
    Rendered hollow = rendered;
    hollow.optOut.clear();
    EXPECT_TRUE(missingRequired(hollow, rendered.text()).optOut);
}

TEST(TemplateMailto, EncodesPerRfc6068)
{
    const QString url = mailtoUrl(QStringLiteral("alex.morgan@example.com"), QStringLiteral("Café & Co? a=b #1 100% 1+1"),
        QStringLiteral("Hi Jürgen,\nline two\r\nthree\rfour"));
    EXPECT_EQ(url,
        QStringLiteral("mailto:alex.morgan@example.com?subject=Caf%C3%A9%20%26%20Co%3F%20a%3Db%20%231%20100%25%201%2B1"
                       "&body=Hi%20J%C3%BCrgen%2C%0D%0Aline%20two%0D%0Athree%0D%0Afour"));
    EXPECT_FALSE(url.contains(QLatin1Char('+')));
    EXPECT_FALSE(url.contains(QLatin1Char(' ')));
    // What a mail program reads back is what was written (with CRLF line breaks).
    const QUrl parsed(url);
    EXPECT_EQ(parsed.scheme(), QStringLiteral("mailto"));
    EXPECT_EQ(parsed.path(), QStringLiteral("alex.morgan@example.com"));
}

TEST(TemplateMailto, AddressIsEncodedButKeepsItsAt)
{
    EXPECT_EQ(mailtoUrl(QStringLiteral(" a&b?c@exämple.org "), {}, {}), QStringLiteral("mailto:a%26b%3Fc@ex%C3%A4mple.org"));
    EXPECT_EQ(mailtoUrl(QStringLiteral("x@y.example"), {}, QStringLiteral("one")), QStringLiteral("mailto:x@y.example?body=one"));
    EXPECT_EQ(mailtoUrl(QString(), QStringLiteral("s"), {}), QStringLiteral("mailto:?subject=s"));
    EXPECT_EQ(mailtoUrl(QStringLiteral("x@y.example"), QStringLiteral("-._~"), {}), QStringLiteral("mailto:x@y.example?subject=-._~"));
}

TEST(TemplateDefaults, EveryLanguageHasAllFiveKindsReadyToActivate)
{
    ASSERT_EQ(languages(), (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")}));
    for (const QString &language : languages()) {
        SCOPED_TRACE(language.toStdString());
        const auto list = defaults(language);
        ASSERT_EQ(list.size(), 5U);
        std::set<Kind> seen;
        const Values sampleData = sampleValues(language);
        for (const QString &name : placeholders())
            EXPECT_FALSE(sampleData.value(name).isEmpty()) << "no sample for " << name.toStdString();
        QStringList names;
        for (const Template &t : list) {
            SCOPED_TRACE(t.name.toStdString());
            seen.insert(t.kind);
            names << t.name;
            EXPECT_EQ(t.language, language);
            EXPECT_TRUE(t.active && t.builtin);
            EXPECT_FALSE(t.name.isEmpty());
            EXPECT_FALSE(t.subject.isEmpty());
            EXPECT_FALSE(t.body.isEmpty());
            EXPECT_FALSE(t.disclosure.trimmed().isEmpty());
            EXPECT_FALSE(t.optOut.trimmed().isEmpty());
            EXPECT_TRUE(check(t).empty()) << messages(check(t));
            EXPECT_TRUE(checkForActivation(t).ok());
            auto rendered = render(t, sampleData);
            ASSERT_TRUE(rendered.ok());
            EXPECT_FALSE(rendered->text().contains(QStringLiteral("{{")));
            EXPECT_FALSE(missingRequired(*rendered, rendered->text()).any());
        }
        EXPECT_EQ(seen.size(), 5U);
        EXPECT_EQ(names.removeDuplicates(), 0);
    }
    // Each language its own words: no disclosure is shared between two languages.
    EXPECT_NE(defaults(QStringLiteral("de")).front().disclosure, defaults(QStringLiteral("en")).front().disclosure);
    EXPECT_NE(defaults(QStringLiteral("fr")).front().optOut, defaults(QStringLiteral("es")).front().optOut);
}

TEST(TemplateDefaults, UnknownLanguageGetsEnglish)
{
    const auto list = defaults(QStringLiteral("pt_BR"));
    ASSERT_EQ(list.size(), 5U);
    EXPECT_EQ(list.front().language, QStringLiteral("en"));
    EXPECT_EQ(list.front().name, defaults(QStringLiteral("en")).front().name);
    EXPECT_EQ(sampleValues(QStringLiteral("xx")), sampleValues(QStringLiteral("en")));
    EXPECT_EQ(defaults(QStringLiteral("de_AT")).front().language, QStringLiteral("de"));
}

TEST(TemplateRender, ThePreviewKeepsWhatItCannotReadAsWritten)
{
    Template t = sample();
    t.body = QStringLiteral("Hi {{contact.first_name}} {{oops}} {{ unclosed");
    const Rendered preview = renderForPreview(t, values());
    EXPECT_EQ(preview.body, QStringLiteral("Hi Alex {{oops}} {{ unclosed"));
    EXPECT_EQ(preview.subject, QStringLiteral("Hello from Harbor Lane"));
    EXPECT_FALSE(render(t, values()).ok());
}
