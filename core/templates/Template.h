// Introduction templates: the words an employee starts from when they introduce someone.
// Placeholders ({{contact.first_name}}) are checked with their position, so the owner can
// fix a typo before anyone sees it. Every template carries a disclosure (why the employee
// writes, on whose behalf) and an opt-out line (how the recipient declines further
// contact), always rendered in the same places after the body; a template cannot be
// active without both. Nothing here sends anything: the employee's own mail program does,
// through mailtoUrl(). Pure functions, no database (see TemplateStore for that).
#pragma once

#include "util/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace consentric::templates {

enum class Kind {
    Customer, // introduction to a prospective customer
    Partner, // introduction to a possible partner
    Candidate, // a candidate for a role at the business
    AskFirst, // double opt-in: asks the contact whether they would welcome an introduction
    FollowUp, // one follow-up after an earlier note
};

// "customer", "partner", "candidate", "ask-first", "follow-up" (as stored).
QString key(Kind kind);
std::optional<Kind> kindFromKey(const QString &key);
QString label(Kind kind);
const std::vector<Kind> &kinds();

// The languages with shipped defaults ("en", "de", "fr", "es"), and a language's own name.
const QStringList &languages();
QString languageName(const QString &language);
// "de_DE", "DE-at" and "de" all become "de"; an empty code becomes "en".
QString normaliseLanguage(const QString &language);

struct Template
{
    qint64 id = 0;
    Kind kind = Kind::Customer;
    QString language = QStringLiteral("en");
    QString name, subject, body, disclosure, optOut;
    bool active = false;
    bool builtin = false; // one of the shipped defaults (edited or not)
    bool operator==(const Template &) const = default;
};

// Placeholder name (without braces) -> the text it stands for.
using Values = QHash<QString, QString>;

// Every placeholder a template may use, written {{name}} (spaces inside the braces are
// allowed):
//   employee.first_name, employee.name, employee.email   the employee who writes
//   contact.first_name, contact.name, contact.company    the person written to
//   business.name                                        the organisation (employer)
//   requester.name, requester.email                      who at the business asked for the
//                                                        introduction and takes it from there
//   target.company, target.reason                        the company the business wants to
//                                                        reach, and why (the target's reason)
const QStringList &placeholders();
// One line saying what a placeholder stands for (for the editor's menu), translated.
QString describe(const QString &placeholder);

// The fields, as Problem::field names them (stable, not translated).
inline const QString kSubjectField = QStringLiteral("subject");
inline const QString kBodyField = QStringLiteral("body");
inline const QString kDisclosureField = QStringLiteral("disclosure");
inline const QString kOptOutField = QStringLiteral("opt-out line");

struct Problem
{
    QString field; // kSubjectField, kBodyField, kDisclosureField or kOptOutField
    int line = 0; // 1-based
    int column = 0; // 1-based, in characters
    QString message; // a whole sentence with the position and what to do
};

// Placeholder problems only: unknown names, {{ without }}, }} without {{.
std::vector<Problem> check(const Template &t);
std::vector<Problem> checkField(const QString &field, const QString &text);
// What stops a template from being active: an empty disclosure or opt-out line, or any
// placeholder problem; one sentence naming which.
Result<void> checkForActivation(const Template &t);

struct Rendered
{
    QString subject, body, disclosure, optOut;
    // body, blank line, disclosure, blank line, opt-out line (empty parts left out).
    QString text() const;
};

// A value that is missing renders as empty; an unknown placeholder is an error.
Result<Rendered> render(const Template &t, const Values &values);
// As render(), but what it cannot read stays as written: the editor's preview while the
// owner is still typing. Never for a message that goes out.
Rendered renderForPreview(const Template &t, const Values &values);

struct Missing
{
    bool disclosure = false;
    bool optOut = false;
    bool any() const { return disclosure || optOut; }
};

// Whether the employee's own edit of the rendered text still holds the disclosure and the
// opt-out line, compared with runs of whitespace collapsed and the ends trimmed (a mail
// program rewraps lines). A required part that rendered empty counts as missing.
Missing missingRequired(const Rendered &rendered, const QString &editedText);

// A mailto: URL (RFC 6068): UTF-8, percent-encoded outside the unreserved characters
// (the address keeps its @), line breaks in the body as %0D%0A. Empty fields are left out.
QString mailtoUrl(const QString &to, const QString &subject, const QString &body);

// The shipped defaults, one per kind, from the compiled-in resources; an unknown
// language gets English.
std::vector<Template> defaults(const QString &language);
// Sample data for the editor's live preview, in that language.
Values sampleValues(const QString &language);

} // namespace consentric::templates
