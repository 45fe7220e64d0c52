// What goes into an introduction the employee writes: the placeholder values of a
// template, from the request, the connection they chose, and who asked. Nothing here is
// sent anywhere: the employee copies the text or opens it in their own mail program.
#pragma once

#include "consent/People.h"
#include "referrals/Inbox.h"
#include "templates/Template.h"

namespace consentric::referrals {

// The template kind that suits a target: a customer, a partner, a candidate referral.
templates::Kind suggestedTemplate(TargetKind kind);
templates::Values introductionValues(const consent::Person &employee, const QString &business, const InboxItem &item, const Candidate &contact);

} // namespace consentric::referrals
