#include "referrals/Guardrails.h"

#include "consent/AuditLog.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace consentric::referrals {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::referrals::Guardrails", text);
}

bool within(int value, const Bounds &bounds)
{
    return value >= bounds.lowest && value <= bounds.highest;
}

} // namespace

Result<GuardrailSettings> Guardrails::settings() const
{
    auto row = m_db.exec(QStringLiteral("SELECT open_limit, cooldown_days, expiry_days, trusted_person_id FROM referral_settings WHERE id = 1"),
        tr("reading the referral guardrails"));
    if (!row)
        return row.error();
    GuardrailSettings settings;
    if (row->next()) {
        settings.openLimit = row->value(0).toInt();
        settings.cooldownDays = row->value(1).toInt();
        settings.expiryDays = row->value(2).toInt();
        if (!row->value(3).isNull())
            settings.trustedPersonId = row->value(3).toLongLong();
    }
    return settings;
}

Result<void> Guardrails::validate(const GuardrailSettings &s)
{
    if (!within(s.openLimit, kOpenLimit))
        return fail(tr("Open requests per employee must be between %1 and %2 (you asked for %3): nobody may be asked more than that at once.")
                        .arg(kOpenLimit.lowest)
                        .arg(kOpenLimit.highest)
                        .arg(s.openLimit));
    if (!within(s.cooldownDays, kCooldownDays))
        return fail(tr("The wait after a request ends without an introduction must be between %1 and %2 days (you asked for %3).")
                        .arg(kCooldownDays.lowest)
                        .arg(kCooldownDays.highest)
                        .arg(s.cooldownDays));
    if (!within(s.expiryDays, kExpiryDays))
        return fail(tr("Requests must expire after between %1 and %2 days (you asked for %3).")
                        .arg(kExpiryDays.lowest)
                        .arg(kExpiryDays.highest)
                        .arg(s.expiryDays));
    return {};
}

Result<void> Guardrails::change(const consent::Session &owner, const GuardrailSettings &s)
{
    if (!owner.runsTheProgram())
        return fail(tr("Only the owner or an admin can change the referral guardrails."));
    if (auto ok = validate(s); !ok)
        return ok;
    return m_db.transaction([&]() -> Result<void> {
        if (s.trustedPersonId) {
            auto active = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM people WHERE id = :id AND status = 'active'"),
                {{QStringLiteral(":id"), *s.trustedPersonId}}, tr("checking the trusted person"));
            if (!active)
                return active.error();
            if (active->toLongLong() != 1)
                return fail(tr("The trusted person for concerns must be an active member of the team. Choose someone else."));
        }
        auto removed = m_db.exec(QStringLiteral("DELETE FROM referral_settings"), tr("changing the referral guardrails"));
        if (!removed)
            return removed.error();
        auto written = m_db.exec(QStringLiteral("INSERT INTO referral_settings (id, open_limit, cooldown_days, expiry_days, trusted_person_id) "
                                                "VALUES (1, :open, :cool, :expiry, :trusted)"),
            {{QStringLiteral(":open"), s.openLimit}, {QStringLiteral(":cool"), s.cooldownDays}, {QStringLiteral(":expiry"), s.expiryDays},
                {QStringLiteral(":trusted"), s.trustedPersonId ? QVariant(*s.trustedPersonId) : QVariant(QMetaType(QMetaType::LongLong))}},
            tr("changing the referral guardrails"));
        if (!written)
            return written.error();
        auto audited = consent::AuditLog(m_db).append(owner.person().id, std::nullopt, QStringLiteral("guardrails-changed"),
            {{QStringLiteral("open_limit"), s.openLimit}, {QStringLiteral("cooldown_days"), s.cooldownDays},
                {QStringLiteral("expiry_days"), s.expiryDays}});
        if (!audited)
            return audited.error();
        return {};
    });
}

} // namespace consentric::referrals
