#include "consent/Pseudonyms.h"

#include "contacts/CompanyName.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace consentric::consent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::consent::Pseudonyms", text);
}

} // namespace

QByteArray Pseudonyms::identityOf(const QString &email, const QString &profileUrl, const QString &name, const QString &company)
{
    const QString mail = email.trimmed().toLower();
    if (!mail.isEmpty())
        return "email:" + mail.toUtf8();
    QString url = profileUrl.trimmed().toLower();
    for (const QLatin1String scheme : {QLatin1String("https://"), QLatin1String("http://")}) {
        if (url.startsWith(scheme))
            url.remove(0, scheme.size());
    }
    if (url.startsWith(QLatin1String("www.")))
        url.remove(0, 4);
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    // Only a personal profile names one person; a company's website is shared by many.
    if (isPersonalProfile(url))
        return "url:" + url.toUtf8();
    return "name:" + name.simplified().toCaseFolded().toUtf8() + '\n' + contacts::normaliseCompanyName(company).toUtf8();
}

bool Pseudonyms::isPersonalProfile(const QString &url)
{
    const QString u = url.trimmed().toLower();
    for (const QLatin1String path : {QLatin1String("linkedin.com/in/"), QLatin1String("linkedin.com/pub/"), QLatin1String("xing.com/profile/")}) {
        if (u.contains(path))
            return true;
    }
    return false;
}

Result<bool> Pseudonyms::acquire(const Session &session)
{
    if (!session.m_pseudonymKey.isNull())
        return true;
    if (session.person().role != Role::Employee)
        return false;
    auto mine = m_db.scalar(QStringLiteral("SELECT pseudonym_key FROM accounts WHERE person_id = :p"), {{QStringLiteral(":p"), session.person().id}},
        tr("reading the pseudonym key"));
    if (!mine)
        return mine.error();
    if (!mine->isNull() && !mine->toByteArray().isEmpty()) {
        auto raw = openSealedBox(session.box().publicKey, session.box().secretKey, mine->toByteArray());
        if (!raw)
            return fail(tr("The pseudonym key stored for %1 does not open: %2").arg(session.person().email, raw.message()));
        auto key = SecretKey::fromBytes(*raw);
        wipe(*raw);
        if (!key)
            return key.error();
        session.m_pseudonymKey = std::move(*key);
        return true;
    }
    auto anyone = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE pseudonym_key IS NOT NULL"), {}, tr("reading the pseudonym keys"));
    if (!anyone)
        return anyone.error();
    if (anyone->toLongLong() > 0)
        return false; // a colleague holds it and passes it on at their next sign-in
    SecretKey key = SecretKey::random();
    QByteArray raw = key.exposeForWrapping();
    auto sealed = sealTo(session.box().publicKey, raw);
    wipe(raw);
    if (!sealed)
        return sealed.error();
    auto saved = m_db.exec(QStringLiteral("UPDATE accounts SET pseudonym_key = :k WHERE person_id = :p"),
        {{QStringLiteral(":k"), *sealed}, {QStringLiteral(":p"), session.person().id}}, tr("saving the pseudonym key"));
    if (!saved)
        return saved.error();
    session.m_pseudonymKey = std::move(key);
    return true;
}

Result<QByteArray> Pseudonyms::of(const Session &session, const QByteArray &identity)
{
    auto held = acquire(session);
    if (!held)
        return held.error();
    if (!*held)
        return QByteArray();
    return keyedHash(session.m_pseudonymKey, identity);
}

Result<int> Pseudonyms::passOn(const Session &session)
{
    auto held = acquire(session);
    if (!held)
        return held.error();
    if (!*held)
        return 0;
    auto rows = m_db.exec(QStringLiteral("SELECT a.person_id, a.box_public_key FROM accounts a JOIN people p ON p.id = a.person_id "
                                         "WHERE a.pseudonym_key IS NULL AND a.box_public_key IS NOT NULL AND p.role = 'employee' "
                                         "AND p.status = 'active' ORDER BY a.person_id"),
        tr("finding colleagues without the pseudonym key"));
    if (!rows)
        return rows.error();
    std::vector<std::pair<qint64, QByteArray>> lacking;
    while (rows->next())
        lacking.emplace_back(rows->value(0).toLongLong(), rows->value(1).toByteArray());
    rows->finish();
    if (lacking.empty())
        return 0;
    QByteArray raw = session.m_pseudonymKey.exposeForWrapping();
    auto done = m_db.transaction([&]() -> Result<void> {
        for (const auto &[personId, publicKey] : lacking) {
            auto sealed = sealTo(publicKey, raw);
            if (!sealed)
                return sealed.error();
            auto saved = m_db.exec(QStringLiteral("UPDATE accounts SET pseudonym_key = :k WHERE person_id = :p AND pseudonym_key IS NULL"),
                {{QStringLiteral(":k"), *sealed}, {QStringLiteral(":p"), personId}}, tr("passing on the pseudonym key"));
            if (!saved)
                return saved.error();
        }
        return {};
    });
    wipe(raw);
    if (!done)
        return done.error();
    return int(lacking.size());
}

} // namespace consentric::consent
