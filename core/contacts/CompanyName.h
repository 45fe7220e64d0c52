// Company names as people write them ("Acme Inc.", "ACME, Inc", "Acme Incorporated") and
// the one key they meet on: Unicode NFKC, case-folded, punctuation dropped, legal forms
// (Inc, LLC, Ltd, GmbH, S.A., …) removed from the end.
#pragma once

#include <QString>

namespace consentric::contacts {

QString normaliseCompanyName(const QString &name);

} // namespace consentric::contacts
