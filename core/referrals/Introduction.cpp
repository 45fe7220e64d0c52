#include "referrals/Introduction.h"

namespace consentric::referrals {

templates::Kind suggestedTemplate(TargetKind kind)
{
    switch (kind) {
    case TargetKind::Customer: return templates::Kind::Customer;
    case TargetKind::Partner: return templates::Kind::Partner;
    case TargetKind::Hire: return templates::Kind::Candidate;
    }
    return templates::Kind::Customer;
}

templates::Values introductionValues(const consent::Person &employee, const QString &business, const InboxItem &item, const Candidate &contact)
{
    const QString contactFirst = contact.givenName.isEmpty() ? contact.name.section(QLatin1Char(' '), 0, 0) : contact.givenName;
    return {
        {QStringLiteral("employee.first_name"), employee.name.section(QLatin1Char(' '), 0, 0)},
        {QStringLiteral("employee.name"), employee.name},
        {QStringLiteral("employee.email"), employee.email},
        {QStringLiteral("contact.first_name"), contactFirst},
        {QStringLiteral("contact.name"), contact.name},
        {QStringLiteral("contact.company"), item.company},
        {QStringLiteral("business.name"), business},
        {QStringLiteral("requester.name"), item.askedBy},
        {QStringLiteral("requester.email"), item.askedByEmail},
        {QStringLiteral("target.company"), item.company},
        {QStringLiteral("target.reason"), item.reason},
    };
}

} // namespace consentric::referrals
