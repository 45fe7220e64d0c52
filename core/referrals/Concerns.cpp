#include "referrals/Concerns.h"

#include "consent/AuditLog.h"
#include "consent/Crypto.h"
#include "referrals/Guardrails.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace consentric::referrals {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::referrals::Concerns", text);
}

QByteArray receiptContext(qint64 person)
{
    return QByteArrayLiteral("concern-receipts:") + QByteArray::number(person);
}

constexpr int kLongestConcern = 10000;

} // namespace

QString key(ConcernStatus status)
{
    switch (status) {
    case ConcernStatus::Received: return QStringLiteral("received");
    case ConcernStatus::Handling: return QStringLiteral("handling");
    case ConcernStatus::Resolved: return QStringLiteral("resolved");
    }
    return {};
}

QString label(ConcernStatus status)
{
    switch (status) {
    case ConcernStatus::Received: return tr("received");
    case ConcernStatus::Handling: return tr("being handled");
    case ConcernStatus::Resolved: return tr("resolved");
    }
    return {};
}

std::optional<ConcernStatus> concernStatusFromKey(const QString &key)
{
    for (ConcernStatus s : {ConcernStatus::Received, ConcernStatus::Handling, ConcernStatus::Resolved}) {
        if (referrals::key(s) == key)
            return s;
    }
    return std::nullopt;
}

qint64 ConcernCounts::total() const
{
    qint64 sum = 0;
    for (const auto &[status, count] : byStatus)
        sum += count;
    return sum;
}

Result<qint64> Concerns::recipientId(ConcernRecipient to) const
{
    if (to == ConcernRecipient::TrustedPerson) {
        auto settings = Guardrails(m_db).settings();
        if (!settings)
            return settings.error();
        if (!settings->trustedPersonId)
            return fail(tr("No trusted person has been designated yet. Send the concern to the owner, or ask the owner to designate one."));
        return *settings->trustedPersonId;
    }
    auto owner = m_db.scalar(QStringLiteral("SELECT id FROM people WHERE role = 'owner'"), {}, tr("finding the owner"));
    if (!owner)
        return owner.error();
    if (owner->isNull())
        return fail(tr("This organisation has no owner account to receive a concern."));
    return owner->toLongLong();
}

Result<std::vector<std::pair<ConcernRecipient, QString>>> Concerns::recipients() const
{
    std::vector<std::pair<ConcernRecipient, QString>> list;
    for (ConcernRecipient to : {ConcernRecipient::Owner, ConcernRecipient::TrustedPerson}) {
        auto id = recipientId(to);
        if (!id)
            continue;
        auto name = m_db.scalar(QStringLiteral("SELECT name FROM people WHERE id = :id AND status = 'active'"), {{QStringLiteral(":id"), *id}},
            tr("finding who receives concerns"));
        if (!name)
            return name.error();
        if (!name->isNull())
            list.emplace_back(to, name->toString());
    }
    return list;
}

Result<std::vector<qint64>> Concerns::receipts(const consent::Session &reporter) const
{
    auto sealed = m_db.scalar(QStringLiteral("SELECT sealed FROM concern_receipts WHERE person_id = :me"),
        {{QStringLiteral(":me"), reporter.person().id}}, tr("reading your concerns"));
    if (!sealed)
        return sealed.error();
    std::vector<qint64> ids;
    if (sealed->isNull())
        return ids;
    auto opened = consent::open(reporter.dataKey(), sealed->toByteArray(), receiptContext(reporter.person().id));
    if (!opened)
        return opened.error();
    const QJsonArray array = QJsonDocument::fromJson(*opened).array();
    for (const QJsonValue &v : array)
        ids.push_back(v.toInteger());
    return ids;
}

Result<qint64> Concerns::report(const consent::Session &reporter, const ConcernInput &input)
{
    const QString text = input.text.trimmed();
    if (text.isEmpty())
        return fail(tr("Write what happened, in your own words, then send the concern."));
    if (text.size() > kLongestConcern)
        return fail(tr("The concern is longer than %1 characters; shorten it, or give the details in person.").arg(kLongestConcern));
    auto to = recipientId(input.to);
    if (!to)
        return to.error();
    if (*to == reporter.person().id)
        return fail(tr("You would be sending this concern to yourself. Choose the other recipient."));
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto key = m_db.scalar(QStringLiteral("SELECT box_public_key FROM accounts WHERE person_id = :id"), {{QStringLiteral(":id"), *to}},
            tr("finding the recipient's key"));
        if (!key)
            return key.error();
        if (key->isNull() || key->toByteArray().size() != consent::kBoxPublicKeySize)
            return fail(tr("The recipient has not signed in since Consentric was updated, so a concern cannot be sealed to them yet. Choose the "
                           "other recipient, or try again after they sign in."));
        QJsonObject content{{QStringLiteral("text"), text}, {QStringLiteral("anonymous"), input.anonymous}};
        if (!input.anonymous) {
            content.insert(QStringLiteral("reporter"), reporter.person().name);
            content.insert(QStringLiteral("email"), reporter.person().email);
        }
        auto sealed = consent::sealTo(key->toByteArray(), QJsonDocument(content).toJson(QJsonDocument::Compact));
        if (!sealed)
            return sealed.error();
        const QString today = m_db.clock().today().toString(Qt::ISODate);
        auto inserted = m_db.insert(QStringLiteral("INSERT INTO concerns (recipient_id, reported_on, sealed, status, status_on) "
                                                   "VALUES (:to, :on, :sealed, 'received', :on)"),
            {{QStringLiteral(":to"), *to}, {QStringLiteral(":on"), today}, {QStringLiteral(":sealed"), *sealed}}, tr("sending the concern"));
        if (!inserted)
            return inserted.error();
        id = *inserted;
        auto ids = receipts(reporter);
        if (!ids)
            return ids.error();
        QJsonArray array;
        for (qint64 known : *ids)
            array.append(known);
        array.append(id);
        const QByteArray receipt
            = consent::seal(reporter.dataKey(), QJsonDocument(array).toJson(QJsonDocument::Compact), receiptContext(reporter.person().id));
        auto cleared = m_db.exec(QStringLiteral("DELETE FROM concern_receipts WHERE person_id = :me"),
            {{QStringLiteral(":me"), reporter.person().id}}, tr("keeping your receipt"));
        if (!cleared)
            return cleared.error();
        auto kept = m_db.exec(QStringLiteral("INSERT INTO concern_receipts (person_id, sealed) VALUES (:me, :s)"),
            {{QStringLiteral(":me"), reporter.person().id}, {QStringLiteral(":s"), receipt}}, tr("keeping your receipt"));
        if (!kept)
            return kept.error();
        // Nobody named: not the reporter, not even as the actor.
        auto audited
            = consent::AuditLog(m_db).append(std::nullopt, std::nullopt, QStringLiteral("concern-reported"), {{QStringLiteral("concern"), id}});
        if (!audited)
            return audited.error();
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

Result<std::vector<ConcernReceipt>> Concerns::mine(const consent::Session &reporter) const
{
    auto ids = receipts(reporter);
    if (!ids)
        return ids.error();
    std::vector<ConcernReceipt> list;
    for (qint64 id : *ids) {
        auto row
            = m_db.exec(QStringLiteral("SELECT c.reported_on, p.name, c.status, c.status_on FROM concerns c JOIN people p ON p.id = c.recipient_id "
                                       "WHERE c.id = :id"),
                {{QStringLiteral(":id"), id}}, tr("reading your concerns"));
        if (!row)
            return row.error();
        if (!row->next())
            continue;
        ConcernReceipt r;
        r.id = id;
        r.reportedOn = QDate::fromString(row->value(0).toString(), Qt::ISODate);
        r.recipient = row->value(1).toString();
        r.status = concernStatusFromKey(row->value(2).toString()).value_or(ConcernStatus::Received);
        r.statusOn = QDate::fromString(row->value(3).toString(), Qt::ISODate);
        list.push_back(std::move(r));
    }
    std::reverse(list.begin(), list.end());
    return list;
}

Result<std::vector<ConcernReport>> Concerns::addressedTo(const consent::Session &recipient) const
{
    auto rows = m_db.exec(QStringLiteral("SELECT id, reported_on, status, status_on, sealed FROM concerns WHERE recipient_id = :me ORDER BY id DESC"),
        {{QStringLiteral(":me"), recipient.person().id}}, tr("reading concerns"));
    if (!rows)
        return rows.error();
    std::vector<ConcernReport> list;
    while (rows->next()) {
        ConcernReport r;
        r.id = rows->value(0).toLongLong();
        r.reportedOn = QDate::fromString(rows->value(1).toString(), Qt::ISODate);
        r.status = concernStatusFromKey(rows->value(2).toString()).value_or(ConcernStatus::Received);
        r.statusOn = QDate::fromString(rows->value(3).toString(), Qt::ISODate);
        auto opened = consent::openSealedBox(recipient.box().publicKey, recipient.box().secretKey, rows->value(4).toByteArray());
        if (!opened)
            return fail(tr("Concern %1 does not open with your key; it may have been altered. Nothing else was affected.").arg(r.id));
        const QJsonObject content = QJsonDocument::fromJson(*opened).object();
        r.text = content.value(QStringLiteral("text")).toString();
        if (!content.value(QStringLiteral("anonymous")).toBool())
            r.reporter = content.value(QStringLiteral("reporter")).toString();
        list.push_back(std::move(r));
    }
    return list;
}

Result<void> Concerns::setStatus(const consent::Session &recipient, qint64 concernId, ConcernStatus status)
{
    return m_db.transaction([&]() -> Result<void> {
        auto done = m_db.exec(QStringLiteral("UPDATE concerns SET status = :s, status_on = :on WHERE id = :id AND recipient_id = :me"),
            {{QStringLiteral(":s"), key(status)}, {QStringLiteral(":on"), m_db.clock().today().toString(Qt::ISODate)},
                {QStringLiteral(":id"), concernId}, {QStringLiteral(":me"), recipient.person().id}},
            tr("changing the concern's status"));
        if (!done)
            return done.error();
        if (done->numRowsAffected() != 1)
            return fail(tr("Only the person a concern was sent to can change its status."));
        auto audited = consent::AuditLog(m_db).append(recipient.person().id, std::nullopt, QStringLiteral("concern-status"),
            {{QStringLiteral("concern"), concernId}, {QStringLiteral("status"), key(status)}});
        if (!audited)
            return audited.error();
        return {};
    });
}

Result<ConcernCounts> Concerns::counts(QDate from, QDate to) const
{
    QString sql = QStringLiteral("SELECT status, COUNT(*) FROM concerns");
    storage::Binds binds;
    if (from.isValid() && to.isValid()) {
        sql += QStringLiteral(" WHERE reported_on >= :from AND reported_on <= :to");
        binds = {{QStringLiteral(":from"), from.toString(Qt::ISODate)}, {QStringLiteral(":to"), to.toString(Qt::ISODate)}};
    }
    auto rows = m_db.exec(sql + QStringLiteral(" GROUP BY status"), binds, tr("counting concerns"));
    if (!rows)
        return rows.error();
    ConcernCounts counts;
    while (rows->next()) {
        if (auto status = concernStatusFromKey(rows->value(0).toString()))
            counts.byStatus[*status] = rows->value(1).toLongLong();
    }
    return counts;
}

} // namespace consentric::referrals
