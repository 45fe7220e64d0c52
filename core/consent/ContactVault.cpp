#include "consent/ContactVault.h"

#include "consent/Pseudonyms.h"
#include "contacts/CompanyName.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace consentric::consent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::consent::ContactVault", text);
}

QByteArray contactContext(qint64 contactId)
{
    return "contact:" + QByteArray::number(contactId);
}

struct Field
{
    const char *key;
    QString ContactDetails::*member;
};

const Field kFields[] = {
    {"name", &ContactDetails::displayName},
    {"given_name", &ContactDetails::givenName},
    {"family_name", &ContactDetails::familyName},
    {"email", &ContactDetails::email},
    {"phone", &ContactDetails::phone},
    {"profile_url", &ContactDetails::profileUrl},
    {"company", &ContactDetails::company},
    {"title", &ContactDetails::title},
    {"notes", &ContactDetails::notes},
};

} // namespace

// Compact JSON, written directly: this runs once per contact on every import and seal, and
// building a QJsonObject first costs several times more. fromBytes reads it with QJsonDocument.
QByteArray ContactDetails::toBytes() const
{
    static constexpr char kHex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(256);
    out += '{';
    for (const Field &field : kFields) {
        if (out.size() > 1)
            out += ',';
        out += '"';
        out += field.key;
        out += "\":\"";
        const QByteArray value = (this->*field.member).toUtf8();
        // Runs that need no escaping are copied whole.
        qsizetype run = 0;
        for (qsizetype i = 0; i < value.size(); ++i) {
            const char c = value.at(i);
            const auto byte = static_cast<unsigned char>(c);
            if (c != '"' && c != '\\' && byte >= 0x20)
                continue;
            out.append(value.constData() + run, i - run);
            run = i + 1;
            if (byte < 0x20) {
                out += "\\u00";
                out += kHex[byte >> 4];
                out += kHex[byte & 0xF];
            } else {
                out += '\\';
                out += c;
            }
        }
        out.append(value.constData() + run, value.size() - run);
        out += '"';
    }
    out += '}';
    return out;
}

Result<ContactDetails> ContactDetails::fromBytes(const QByteArray &bytes)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(tr("The decrypted details are not in the expected form."));
    ContactDetails details;
    const QJsonObject object = document.object();
    for (const Field &field : kFields)
        details.*field.member = object.value(QLatin1String(field.key)).toString();
    return details;
}

Result<qint64> ContactVault::companyId(const QString &name)
{
    const QString trimmed = name.simplified();
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM companies WHERE name = :n"), {{QStringLiteral(":n"), trimmed}}, tr("finding a company"));
    if (!id)
        return id.error();
    if (id->isValid())
        return id->toLongLong();
    return m_db.insert(QStringLiteral("INSERT INTO companies (name, normalised) VALUES (:n, :k)"),
        {{QStringLiteral(":n"), trimmed}, {QStringLiteral(":k"), contacts::normaliseCompanyName(trimmed)}}, tr("adding a company"));
}

QByteArray ContactVault::sealFor(const Session &employee, qint64 contactId, const ContactDetails &details)
{
    QByteArray plain = details.toBytes();
    const QByteArray sealed = seal(employee.dataKey(), plain, contactContext(contactId));
    wipe(plain);
    return sealed;
}

Result<void> ContactVault::store(const Session &employee, qint64 contactId, const ContactDetails &details, Level level)
{
    const QByteArray sealed = sealFor(employee, contactId, details);
    QVariant company{QMetaType(QMetaType::LongLong)};
    QVariant pseudonym{QMetaType(QMetaType::QByteArray)};
    if (level != Level::Private) {
        if (!details.company.simplified().isEmpty()) {
            auto id = companyId(details.company);
            if (!id)
                return id.error();
            company = *id;
        }
        auto made = Pseudonyms(m_db).of(employee, Pseudonyms::identityOf(details.email, details.profileUrl, details.displayName, details.company));
        if (!made)
            return made.error();
        if (!made->isNull())
            pseudonym = *made;
    }
    const bool shared = level == Level::Shared;
    auto clear = [shared](const QString &value) { return shared ? storage::notNull(value) : QString(QLatin1String("")); };
    auto updated = m_db.exec(QStringLiteral("UPDATE contacts SET sealed = :s, company_id = :c, pseudonym = :ps, display_name = :dn, given_name = :g, "
                                            "family_name = :f, email = :e, phone = :p, profile_url = :u, title = :t, notes = '' "
                                            "WHERE id = :id AND owner_id = :o"),
        {{QStringLiteral(":s"), sealed}, {QStringLiteral(":c"), company}, {QStringLiteral(":ps"), pseudonym},
            {QStringLiteral(":dn"), clear(details.displayName)}, {QStringLiteral(":g"), clear(details.givenName)},
            {QStringLiteral(":f"), clear(details.familyName)}, {QStringLiteral(":e"), clear(details.email)},
            {QStringLiteral(":p"), clear(details.phone)}, {QStringLiteral(":u"), clear(details.profileUrl)},
            {QStringLiteral(":t"), clear(details.title)}, {QStringLiteral(":id"), contactId}, {QStringLiteral(":o"), employee.person().id}},
        tr("storing a contact"));
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return fail(tr("Contact %1 is not one of your contacts; nothing was changed.").arg(contactId));
    return {};
}

Result<ContactDetails> ContactVault::open(const Session &employee, qint64 contactId, const QByteArray &sealed) const
{
    auto plain = consent::open(employee.dataKey(), sealed, contactContext(contactId));
    if (!plain)
        return fail(tr("The stored details of contact %1 do not open with your key: they were altered outside Consentric, or copied from another "
                       "row. Nothing of them is shown. Restore a backup, or erase this contact.")
                        .arg(contactId));
    auto details = ContactDetails::fromBytes(*plain);
    wipe(*plain);
    return details;
}

Result<ContactDetails> ContactVault::legacy(qint64 contactId) const
{
    auto row = m_db.exec(QStringLiteral("SELECT c.display_name, c.given_name, c.family_name, c.email, c.phone, c.profile_url, COALESCE(co.name, ''), "
                                        "c.title, c.notes FROM contacts c LEFT JOIN companies co ON co.id = c.company_id WHERE c.id = :id"),
        {{QStringLiteral(":id"), contactId}}, tr("reading a contact"));
    if (!row)
        return row.error();
    if (!row->next())
        return fail(tr("Contact %1 no longer exists.").arg(contactId));
    ContactDetails details;
    int column = 0;
    for (const Field &field : kFields)
        details.*field.member = row->value(column++).toString();
    return details;
}

Result<ContactDetails> ContactVault::read(const Session &employee, qint64 contactId) const
{
    auto row = m_db.exec(
        QStringLiteral("SELECT sealed, owner_id FROM contacts WHERE id = :id"), {{QStringLiteral(":id"), contactId}}, tr("reading a contact"));
    if (!row)
        return row.error();
    if (!row->next() || row->value(1).toLongLong() != employee.person().id)
        return fail(tr("Contact %1 is not one of your contacts.").arg(contactId));
    if (row->value(0).isNull())
        return legacy(contactId);
    return open(employee, contactId, row->value(0).toByteArray());
}

Result<int> ContactVault::settle(const Session &employee)
{
    // Without the pseudonym key no pseudonym can be made; then only rows in clear need work.
    auto held = Pseudonyms(m_db).acquire(employee);
    if (!held)
        return held.error();
    auto rows = m_db.exec(QStringLiteral("SELECT c.id, n.level FROM contacts c JOIN connections n ON n.contact_id = c.id WHERE c.owner_id = :o "
                                         "AND (c.sealed IS NULL OR (:k = 1 AND n.level <> 'private' AND c.pseudonym IS NULL)) ORDER BY c.id"),
        {{QStringLiteral(":o"), employee.person().id}, {QStringLiteral(":k"), *held ? 1 : 0}}, tr("reading your contacts"));
    if (!rows)
        return rows.error();
    std::vector<std::pair<qint64, Level>> pending;
    while (rows->next())
        pending.emplace_back(rows->value(0).toLongLong(), levelFromKey(rows->value(1).toString()).value_or(Level::Private));
    rows->finish();
    if (pending.empty())
        return 0;
    int changed = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        for (const auto &[contactId, level] : pending) {
            auto details = read(employee, contactId);
            if (!details)
                return details.error();
            if (auto stored = store(employee, contactId, *details, level); !stored)
                return stored.error();
            ++changed;
        }
        return {};
    });
    if (!done)
        return done.error();
    return changed;
}

} // namespace consentric::consent
