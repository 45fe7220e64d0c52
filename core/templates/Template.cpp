#include "templates/Template.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <functional>

namespace consentric::templates {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::templates", text);
}

const QString kOpen = QStringLiteral("{{");
const QString kClose = QStringLiteral("}}");

// Where an index of `text` is, as a person counts: lines and columns from 1, a line break
// being \n, \r\n or \r, and a character outside the BMP (two UTF-16 units) one column.
std::pair<int, int> positionOf(const QString &text, qsizetype index)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < index && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            continue; // the \n that follows counts the break
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            ++line;
            column = 1;
        } else if (!c.isLowSurrogate()) {
            ++column;
        }
    }
    return {line, column};
}

QString fieldSubject(const QString &field)
{
    if (field == kSubjectField)
        return tr("The subject");
    if (field == kBodyField)
        return tr("The body");
    if (field == kDisclosureField)
        return tr("The disclosure");
    return tr("The opt-out line");
}

// A known placeholder that a name was probably meant to be: same letters, other case or
// separators ("Contact.First Name").
QString likelyMeant(const QString &name)
{
    QString folded = name.toLower();
    folded.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const QString &known : placeholders())
        if (known == folded)
            return known;
    return {};
}

// One pass over a field. `onPlaceholder(start, end, name)` for each well-formed {{name}}
// (start at the first brace, end after the last); `onProblem(index, message)` otherwise.
void scan(const QString &field, const QString &text, const std::function<void(qsizetype, qsizetype, const QString &)> &onPlaceholder,
    const std::function<void(const Problem &)> &onProblem)
{
    const auto problemAt = [&](qsizetype index, const QString &message, const QString &name = {}) {
        const auto [line, column] = positionOf(text, index);
        QString sentence = message.arg(fieldSubject(field)).arg(line).arg(column);
        // The name goes in last: it is the person's own text and may hold a %.
        if (!name.isEmpty())
            sentence = sentence.arg(name);
        onProblem({field, line, column, sentence});
    };
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(kOpen, i);
        const qsizetype close = text.indexOf(kClose, i);
        if (close >= 0 && (open < 0 || close < open)) {
            problemAt(close, tr("%1 has }} at line %2, column %3 without a {{ before it. Remove it, or add the missing {{."));
            i = close + kClose.size();
            continue;
        }
        if (open < 0)
            break;
        const qsizetype end = text.indexOf(kClose, open + kOpen.size());
        const qsizetype nextOpen = text.indexOf(kOpen, open + kOpen.size());
        if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
            problemAt(open,
                tr("%1 opens a placeholder with {{ at line %2, column %3 but does not close it. Add }} after the placeholder's name, "
                   "or remove the {{."));
            i = open + kOpen.size();
            continue;
        }
        const QString name = text.mid(open + kOpen.size(), end - open - kOpen.size()).trimmed();
        if (name.isEmpty()) {
            problemAt(
                open, tr("%1 has an empty placeholder {{}} at line %2, column %3. Write a placeholder's name between the braces, or remove them."));
        } else if (!placeholders().contains(name)) {
            const QString meant = likelyMeant(name);
            const QString advice
                = meant.isEmpty() ? tr("Choose one from “Insert placeholder”, or correct the spelling.") : tr("Did you mean {{%1}}?").arg(meant);
            problemAt(open, tr("%1 has an unknown placeholder {{%4}} at line %2, column %3.") + QLatin1Char(' ') + advice, name);
        } else {
            onPlaceholder(open, end + kClose.size(), name);
        }
        i = end + kClose.size();
    }
}

QString trimmedEnd(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    return text.left(end);
}

QJsonObject loadDefaults(const QString &language)
{
    QFile file(QStringLiteral(":/core/templates/%1.json").arg(language));
    // The files are compiled in; a missing or broken one is a build mistake that the tests catch.
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// A text in the defaults is a string or, for readability, an array of lines.
QString textOf(const QJsonValue &value)
{
    if (!value.isArray())
        return value.toString();
    QStringList lines;
    for (const QJsonValue &line : value.toArray())
        lines << line.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString key(Kind kind)
{
    switch (kind) {
    case Kind::Customer: return QStringLiteral("customer");
    case Kind::Partner: return QStringLiteral("partner");
    case Kind::Candidate: return QStringLiteral("candidate");
    case Kind::AskFirst: return QStringLiteral("ask-first");
    case Kind::FollowUp: return QStringLiteral("follow-up");
    }
    return {};
}

std::optional<Kind> kindFromKey(const QString &text)
{
    for (Kind kind : kinds())
        if (key(kind) == text)
            return kind;
    return std::nullopt;
}

QString label(Kind kind)
{
    switch (kind) {
    case Kind::Customer: return tr("Customer");
    case Kind::Partner: return tr("Partner");
    case Kind::Candidate: return tr("Candidate");
    case Kind::AskFirst: return tr("Ask first");
    case Kind::FollowUp: return tr("Follow-up");
    }
    return {};
}

const std::vector<Kind> &kinds()
{
    static const std::vector<Kind> all{Kind::Customer, Kind::Partner, Kind::Candidate, Kind::AskFirst, Kind::FollowUp};
    return all;
}

const QStringList &languages()
{
    static const QStringList codes{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
    return codes;
}

QString languageName(const QString &language)
{
    // Each language in its own words, as a person looking for it would (QLocale would say
    // "American English").
    const QString code = normaliseLanguage(language);
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    const QString native = QLocale(code).nativeLanguageName();
    return native.isEmpty() ? code : native;
}

QString normaliseLanguage(const QString &language)
{
    QString code = language.trimmed().toLower();
    code = code.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    return code.isEmpty() ? QStringLiteral("en") : code;
}

const QStringList &placeholders()
{
    static const QStringList names{
        QStringLiteral("employee.first_name"),
        QStringLiteral("employee.name"),
        QStringLiteral("employee.email"),
        QStringLiteral("contact.first_name"),
        QStringLiteral("contact.name"),
        QStringLiteral("contact.company"),
        QStringLiteral("business.name"),
        QStringLiteral("requester.name"),
        QStringLiteral("requester.email"),
        QStringLiteral("target.company"),
        QStringLiteral("target.reason"),
    };
    return names;
}

QString describe(const QString &placeholder)
{
    static const QHash<QString, const char *> descriptions{
        {QStringLiteral("employee.first_name"), QT_TRANSLATE_NOOP("consentric::templates", "your first name")},
        {QStringLiteral("employee.name"), QT_TRANSLATE_NOOP("consentric::templates", "your full name")},
        {QStringLiteral("employee.email"), QT_TRANSLATE_NOOP("consentric::templates", "your email address")},
        {QStringLiteral("contact.first_name"), QT_TRANSLATE_NOOP("consentric::templates", "the recipient's first name")},
        {QStringLiteral("contact.name"), QT_TRANSLATE_NOOP("consentric::templates", "the recipient's full name")},
        {QStringLiteral("contact.company"), QT_TRANSLATE_NOOP("consentric::templates", "the recipient's company")},
        {QStringLiteral("business.name"), QT_TRANSLATE_NOOP("consentric::templates", "your organisation's name")},
        {QStringLiteral("requester.name"), QT_TRANSLATE_NOOP("consentric::templates", "who asked for the introduction")},
        {QStringLiteral("requester.email"), QT_TRANSLATE_NOOP("consentric::templates", "their email address")},
        {QStringLiteral("target.company"), QT_TRANSLATE_NOOP("consentric::templates", "the company to reach")},
        {QStringLiteral("target.reason"), QT_TRANSLATE_NOOP("consentric::templates", "why the business wants to reach them")},
    };
    const auto found = descriptions.constFind(placeholder);
    return found == descriptions.constEnd() ? QString() : tr(found.value());
}

std::vector<Problem> checkField(const QString &field, const QString &text)
{
    std::vector<Problem> problems;
    scan(
        field, text, [](qsizetype, qsizetype, const QString &) {}, [&](const Problem &p) { problems.push_back(p); });
    return problems;
}

std::vector<Problem> check(const Template &t)
{
    std::vector<Problem> problems;
    for (const auto &[field, text] : {std::pair{kSubjectField, &t.subject}, std::pair{kBodyField, &t.body},
             std::pair{kDisclosureField, &t.disclosure}, std::pair{kOptOutField, &t.optOut}}) {
        auto found = checkField(field, *text);
        problems.insert(problems.end(), found.begin(), found.end());
    }
    return problems;
}

Result<void> checkForActivation(const Template &t)
{
    const bool noDisclosure = t.disclosure.trimmed().isEmpty();
    const bool noOptOut = t.optOut.trimmed().isEmpty();
    if (noDisclosure && noOptOut)
        return fail(tr("The disclosure and the opt-out line are empty: write why the employee is writing and on whose behalf, and how the "
                       "recipient can say no to further contact, then activate the template."));
    if (noDisclosure)
        return fail(tr("The disclosure is empty: write why the employee is writing and on whose behalf, then activate the template."));
    if (noOptOut)
        return fail(tr("The opt-out line is empty: write how the recipient can say no to further contact, then activate the template."));
    const auto problems = check(t);
    if (!problems.empty())
        return fail(problems.front().message);
    return {};
}

QString Rendered::text() const
{
    QStringList parts;
    for (const QString &part : {body, disclosure, optOut})
        if (!part.trimmed().isEmpty())
            parts << part;
    return parts.join(QStringLiteral("\n\n"));
}

namespace {

// Fills every well-formed placeholder; anything it cannot read stays as written, and the
// first such problem is kept for the caller.
Rendered fill(const Template &t, const Values &values, std::optional<Problem> &first)
{
    const auto fillField = [&](const QString &field, const QString &text) {
        QString out;
        out.reserve(text.size());
        qsizetype copied = 0;
        scan(
            field, text,
            [&](qsizetype start, qsizetype end, const QString &name) {
                out += QStringView(text).mid(copied, start - copied);
                out += values.value(name);
                copied = end;
            },
            [&](const Problem &p) {
                if (!first)
                    first = p;
            });
        out += QStringView(text).mid(copied);
        return out;
    };
    Rendered rendered;
    // A subject is one line in every mail program.
    rendered.subject = fillField(kSubjectField, t.subject).simplified();
    rendered.body = trimmedEnd(fillField(kBodyField, t.body));
    rendered.disclosure = fillField(kDisclosureField, t.disclosure).trimmed();
    rendered.optOut = fillField(kOptOutField, t.optOut).trimmed();
    return rendered;
}

} // namespace

Result<Rendered> render(const Template &t, const Values &values)
{
    std::optional<Problem> first;
    Rendered rendered = fill(t, values, first);
    if (first)
        return fail(first->message);
    return rendered;
}

Rendered renderForPreview(const Template &t, const Values &values)
{
    std::optional<Problem> ignored;
    return fill(t, values, ignored);
}

Missing missingRequired(const Rendered &rendered, const QString &editedText)
{
    const QString edited = editedText.simplified();
    const auto kept = [&](const QString &part) {
        const QString wanted = part.simplified();
        return !wanted.isEmpty() && edited.contains(wanted);
    };
    return {!kept(rendered.disclosure), !kept(rendered.optOut)};
}

QString mailtoUrl(const QString &to, const QString &subject, const QString &body)
{
    const auto encode = [](const QString &text, const QByteArray &keep = {}) { return QString::fromLatin1(text.toUtf8().toPercentEncoding(keep)); };
    QString crlf = body;
    crlf.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    crlf.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    QStringList fields;
    if (!subject.isEmpty())
        fields << QStringLiteral("subject=") + encode(subject);
    if (!body.isEmpty())
        fields << QStringLiteral("body=") + encode(crlf);
    QString url = QStringLiteral("mailto:") + encode(to.trimmed(), QByteArrayLiteral("@"));
    if (!fields.isEmpty())
        url += QLatin1Char('?') + fields.join(QLatin1Char('&'));
    return url;
}

std::vector<Template> defaults(const QString &language)
{
    QString code = normaliseLanguage(language);
    if (!languages().contains(code))
        code = QStringLiteral("en");
    std::vector<Template> list;
    const QJsonArray entries = loadDefaults(code).value(QLatin1String("templates")).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        Template t;
        t.kind = kindFromKey(entry.value(QLatin1String("kind")).toString()).value_or(Kind::Customer);
        t.language = code;
        t.name = entry.value(QLatin1String("name")).toString();
        t.subject = entry.value(QLatin1String("subject")).toString();
        t.body = textOf(entry.value(QLatin1String("body")));
        t.disclosure = textOf(entry.value(QLatin1String("disclosure")));
        t.optOut = textOf(entry.value(QLatin1String("optOut")));
        t.active = true;
        t.builtin = true;
        list.push_back(t);
    }
    return list;
}

Values sampleValues(const QString &language)
{
    QString code = normaliseLanguage(language);
    if (!languages().contains(code))
        code = QStringLiteral("en");
    Values values;
    const QJsonObject sample = loadDefaults(code).value(QLatin1String("sample")).toObject();
    for (auto it = sample.constBegin(); it != sample.constEnd(); ++it)
        values.insert(it.key(), it.value().toString());
    return values;
}

} // namespace consentric::templates
