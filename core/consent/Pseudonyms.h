// Keyed pseudonyms let the business count "the same person, known to two employees" once
// without anyone learning who that person is. The pseudonym is a keyed BLAKE2b hash of the
// contact's email (or LinkedIn profile address, or name and company) under one team key.
//
// Who holds the key decides who can test a guess ("is jane@acme.example among our
// discoverable contacts?"), so only employees hold it, never the owner or an admin: it is
// stored sealed to each employee's box key, and an employee who holds it passes it on to
// colleagues who lack it whenever they sign in. The first employee to need it makes it.
// Until a colleague passes it on, an employee's discoverable contacts have no pseudonym
// and each counts on its own; their pseudonyms are filled in at their next sign-in.
#pragma once

#include "consent/Accounts.h"
#include "util/Result.h"

#include <QByteArray>

namespace consentric::storage {
class Database;
}

namespace consentric::consent {

class Pseudonyms
{
public:
    explicit Pseudonyms(storage::Database &db)
        : m_db(db)
    { }

    // The text a pseudonym is made of: the lower-case email when there is one, else the
    // profile address without scheme or trailing slash, else name and normalised company.
    static QByteArray identityOf(const QString &email, const QString &profileUrl, const QString &name, const QString &company);
    // A LinkedIn (or XING) profile names one person; any other web address (a company's
    // site) may be shared by many and identifies nobody.
    static bool isPersonalProfile(const QString &url);

    // Loads the session's key (or makes the team's first one). False when this session
    // may not hold it (owner, admin) or must wait for a colleague to pass it on.
    Result<bool> acquire(const Session &session);
    // The pseudonym for an identity, or a null array when the session has no key.
    Result<QByteArray> of(const Session &session, const QByteArray &identity);
    // Seals the key to every active employee account that lacks it; returns how many.
    Result<int> passOn(const Session &session);

private:
    storage::Database &m_db;
};

} // namespace consentric::consent
