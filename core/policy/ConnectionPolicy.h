// The connection policy an employee acknowledges when joining the referral program. Until
// the policy can be edited (the policy issue), its text ships with Consentric as a
// resource; the version is the one recorded in the consent ledger.
#pragma once

#include <QString>

namespace consentric::policy {

struct ConnectionPolicy
{
    QString version; // e.g. "2026.1"
    QString text; // Markdown

    // The policy in force now.
    static ConnectionPolicy current();
};

} // namespace consentric::policy
