#include "consent/AuditLog.h"

#include "consent/Accounts.h"
#include "consent/Crypto.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace consentric::consent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::consent::AuditLog", text);
}

QString optionalId(const std::optional<qint64> &id)
{
    return id ? QString::number(*id) : QStringLiteral("-");
}

QVariant nullableId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> idFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::hashOf(const AuditEntry &e)
{
    // One field a line, in a fixed order; the time at second precision in UTC.
    const QString text = e.prevHash + QLatin1Char('\n') + QString::number(e.id) + QLatin1Char('\n') + e.at.toUTC().toString(Qt::ISODate)
        + QLatin1Char('\n') + optionalId(e.actor) + QLatin1Char('\n') + optionalId(e.subject) + QLatin1Char('\n') + e.action + QLatin1Char('\n')
        + e.details + (e.sealedDetails.isEmpty() ? QString() : QLatin1Char('\n') + QString::fromLatin1(e.sealedDetails.toBase64()));
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Blake2b_256).toHex());
}

namespace {

QString compact(const QJsonObject &details)
{
    return details.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

} // namespace

Result<qint64> AuditLog::append(std::optional<qint64> actor, std::optional<qint64> subject, const QString &action, const QJsonObject &details)
{
    return write(actor, subject, action, compact(details), {});
}

Result<qint64> AuditLog::write(
    std::optional<qint64> actor, std::optional<qint64> subject, const QString &action, const QString &details, const QByteArray &sealedDetails)
{
    qint64 newId = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        if (m_db.engine() == storage::Engine::Postgres) {
            // One writer at a time extends the chain.
            if (auto locked = m_db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7405622)"), tr("locking the audit log")); !locked)
                return locked.error();
        }
        auto last = m_db.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"), tr("reading the audit log"));
        if (!last)
            return last.error();
        AuditEntry e;
        e.prevHash = genesisHash();
        e.id = 1;
        if (last->next()) {
            e.id = last->value(0).toLongLong() + 1;
            e.prevHash = last->value(1).toString();
        }
        e.at = m_db.clock().now().toUTC();
        e.at.setTime(QTime(e.at.time().hour(), e.at.time().minute(), e.at.time().second()));
        e.actor = actor;
        e.subject = subject;
        e.action = action;
        e.details = details;
        e.sealedDetails = sealedDetails;
        e.hash = hashOf(e);
        auto inserted = m_db.exec(
            QStringLiteral("INSERT INTO audit_log (id, at, actor_id, subject_id, action, details, sealed_details, prev_hash, hash) "
                           "VALUES (:id, :at, :a, :s, :act, :d, :sd, :p, :h)"),
            {{QStringLiteral(":id"), e.id}, {QStringLiteral(":at"), e.at.toString(Qt::ISODate)}, {QStringLiteral(":a"), nullableId(actor)},
                {QStringLiteral(":s"), nullableId(subject)}, {QStringLiteral(":act"), e.action}, {QStringLiteral(":d"), storage::notNull(e.details)},
                {QStringLiteral(":sd"), e.sealedDetails.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(e.sealedDetails)},
                {QStringLiteral(":p"), e.prevHash}, {QStringLiteral(":h"), e.hash}},
            tr("writing to the audit log"));
        if (!inserted)
            return inserted.error();
        newId = e.id;
        return {};
    });
    if (!done)
        return done.error();
    return newId;
}

Result<qint64> AuditLog::appendPrivate(qint64 subject, const QString &action, const QJsonObject &details)
{
    auto publicKey = m_db.scalar(
        QStringLiteral("SELECT box_public_key FROM accounts WHERE person_id = :p"), {{QStringLiteral(":p"), subject}}, tr("reading a public key"));
    if (!publicKey)
        return publicKey.error();
    QByteArray sealed;
    if (!publicKey->isNull()) {
        QJsonObject inner{{QStringLiteral("action"), action}};
        if (!details.isEmpty())
            inner.insert(QStringLiteral("details"), details);
        auto box = sealTo(publicKey->toByteArray(), QJsonDocument(inner).toJson(QJsonDocument::Compact));
        if (!box)
            return box.error();
        sealed = *box;
    }
    return write(subject, subject, kPrivateEntry, {}, sealed);
}

Result<std::vector<AuditEntry>> AuditLog::ownerView(const Session &owner) const
{
    if (!owner.runsTheProgram())
        return fail(tr("Only the owner or an admin reads the whole audit log; you can read the entries about you in “My audit trail”."));
    auto all = entries();
    if (!all)
        return all;
    static const QStringList kSignIns{QStringLiteral("signed-in"), QStringLiteral("sign-in-refused"), QStringLiteral("recovered")};
    std::vector<AuditEntry> view;
    QDate day;
    qint64 signIns = 0, refused = 0;
    auto flush = [&]() {
        if (signIns + refused == 0)
            return;
        AuditEntry summary;
        summary.at = QDateTime(day, QTime(23, 59, 59), Qt::UTC);
        summary.action = QStringLiteral("sign-ins");
        summary.details = compact({{QStringLiteral("sign_ins"), signIns}, {QStringLiteral("refused"), refused}});
        view.push_back(std::move(summary));
        signIns = refused = 0;
    };
    for (AuditEntry &e : *all) {
        const QDate entryDay = e.at.toUTC().date();
        if (entryDay != day) {
            flush();
            day = entryDay;
        }
        if (kSignIns.contains(e.action)) {
            (e.action == QLatin1String("sign-in-refused") ? refused : signIns) += 1;
            continue;
        }
        e.sealedDetails.clear();
        view.push_back(std::move(e));
    }
    flush();
    return view;
}

Result<std::vector<AuditEntry>> AuditLog::ownEntries(const Session &session) const
{
    auto list = entries(session.person().id);
    if (!list)
        return list;
    for (AuditEntry &e : *list) {
        if (e.sealedDetails.isEmpty())
            continue;
        auto plain = openSealedBox(session.box().publicKey, session.box().secretKey, e.sealedDetails);
        if (!plain)
            return fail(
                tr("Audit entry %1 does not open with your key: it was altered outside Consentric. Run “consentric audit --verify”.").arg(e.id));
        const QJsonObject inner = QJsonDocument::fromJson(*plain).object();
        e.action = inner.value(QStringLiteral("action")).toString();
        e.details = compact(inner.value(QStringLiteral("details")).toObject());
    }
    return list;
}

Result<std::vector<AuditEntry>> AuditLog::entries(std::optional<qint64> about) const
{
    QString sql = QStringLiteral("SELECT id, at, actor_id, subject_id, action, details, prev_hash, hash, sealed_details FROM audit_log");
    storage::Binds binds;
    if (about) {
        sql += QStringLiteral(" WHERE subject_id = :s");
        binds.emplace_back(QStringLiteral(":s"), *about);
    }
    sql += QStringLiteral(" ORDER BY id");
    auto rows = m_db.exec(sql, binds, tr("reading the audit log"));
    if (!rows)
        return rows.error();
    std::vector<AuditEntry> list;
    while (rows->next()) {
        AuditEntry e;
        e.id = rows->value(0).toLongLong();
        e.at = QDateTime::fromString(rows->value(1).toString(), Qt::ISODate);
        e.actor = idFrom(rows->value(2));
        e.subject = idFrom(rows->value(3));
        e.action = rows->value(4).toString();
        e.details = rows->value(5).toString();
        e.prevHash = rows->value(6).toString();
        e.hash = rows->value(7).toString();
        e.sealedDetails = rows->value(8).toByteArray();
        list.push_back(std::move(e));
    }
    return list;
}

Result<AuditCheck> AuditLog::verify(const QString &expectHead) const
{
    auto all = entries();
    if (!all)
        return all.error();
    AuditCheck check;
    check.head = genesisHash();
    bool sawExpected = expectHead.isEmpty() || expectHead == genesisHash();
    qint64 expectedId = 1;
    for (const AuditEntry &e : *all) {
        QString problem;
        if (e.id != expectedId)
            problem = tr("entry %1 is missing: the log jumps from %2 to %3").arg(expectedId).arg(expectedId - 1).arg(e.id);
        else if (e.prevHash != check.head)
            problem = tr("entry %1 does not follow the entry before it").arg(e.id);
        else if (hashOf(e) != e.hash)
            problem = tr("entry %1 was changed after it was written").arg(e.id);
        if (!problem.isEmpty()) {
            check.intact = false;
            check.firstBroken = e.id;
            check.problem = problem;
            return check;
        }
        check.head = e.hash;
        ++check.count;
        ++expectedId;
        sawExpected = sawExpected || e.hash == expectHead;
    }
    if (!sawExpected) {
        check.intact = false;
        check.problem
            = tr("the expected head %1 is not in the chain: entries were removed from its end, or it belongs to another database").arg(expectHead);
    }
    return check;
}

} // namespace consentric::consent
