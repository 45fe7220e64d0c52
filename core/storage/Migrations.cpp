#include "storage/Migrations.h"

namespace consentric::storage {

namespace {

Migration initialSchema()
{
    return {1, QStringLiteral("organisation, departments, people, companies, contacts, connections"),
        {
            QStringLiteral(R"(CREATE TABLE organisation (
    id %PK%,
    name TEXT NOT NULL,
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    created_on TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE departments (
    id %PK%,
    name TEXT NOT NULL UNIQUE))"),
            QStringLiteral(R"(CREATE TABLE people (
    id %PK%,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    department_id INTEGER REFERENCES departments(id),
    role TEXT NOT NULL DEFAULT 'employee' CHECK (role IN ('owner', 'admin', 'employee')),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left')),
    participating INTEGER NOT NULL DEFAULT 0 CHECK (participating IN (0, 1)),
    joined_on TEXT NOT NULL,
    left_on TEXT))"),
            // There is exactly one owner; admins may be many.
            QStringLiteral("CREATE UNIQUE INDEX people_one_owner ON people(role) WHERE role = 'owner'"),
            QStringLiteral("CREATE INDEX people_department ON people(department_id)"),
            QStringLiteral(R"(CREATE TABLE companies (
    id %PK%,
    name TEXT NOT NULL UNIQUE,
    normalised TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX companies_normalised ON companies(normalised)"),
            // A contact belongs to the employee who brought it: the same outside person
            // known to two employees is two rows here, joined in the graph, so that each
            // employee alone decides about their own record of them.
            QStringLiteral(R"(CREATE TABLE contacts (
    id %PK%,
    owner_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    display_name TEXT NOT NULL,
    given_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    profile_url TEXT NOT NULL DEFAULT '',
    company_id INTEGER REFERENCES companies(id),
    title TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX contacts_owner ON contacts(owner_id)"),
            QStringLiteral("CREATE INDEX contacts_company ON contacts(company_id)"),
            QStringLiteral(R"(CREATE TABLE connections (
    id %PK%,
    employee_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL UNIQUE REFERENCES contacts(id) ON DELETE CASCADE,
    context TEXT NOT NULL DEFAULT 'professional' CHECK (context IN ('professional', 'personal', 'family')),
    strength INTEGER NOT NULL DEFAULT 3 CHECK (strength BETWEEN 1 AND 5),
    level TEXT NOT NULL DEFAULT 'private' CHECK (level IN ('private', 'discoverable', 'shared')),
    connected_on TEXT,
    source TEXT NOT NULL DEFAULT 'manual'))"),
            QStringLiteral("CREATE INDEX connections_employee_level ON connections(employee_id, level)"),
        }};
}

// Sign-in: the data key of each person, wrapped under their passphrase (and under their own
// recovery code, if they made one), and the count of wrong passphrases. The audit log: an
// append-only chain, each row holding the hash of the one before.
Migration accounts()
{
    return {2, QStringLiteral("accounts and the audit log"),
        {
            QStringLiteral(R"(CREATE TABLE accounts (
    person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    kdf_salt %BLOB% NOT NULL,
    kdf_operations INTEGER NOT NULL,
    kdf_memory BIGINT NOT NULL,
    wrapped_key %BLOB% NOT NULL,
    recovery_salt %BLOB%,
    recovery_wrapped_key %BLOB%,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    created_at TEXT NOT NULL,
    passphrase_changed_at TEXT NOT NULL))"),
            // Ids only, never a contact's name. `id` is given by the program (it is part of
            // the hashed text), so a removed row is noticed.
            QStringLiteral(R"(CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor_id INTEGER,
    subject_id INTEGER,
    action TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '',
    sealed_details %BLOB%,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX audit_log_subject ON audit_log(subject_id)"),
        }};
}

// Privacy at rest. Each account gets an X25519 key pair (the secret half wrapped under the
// data key) so that core can seal details to a person without their session, and may hold
// the team's pseudonym key sealed to it. A contact's details move into `sealed`, encrypted
// under its employee's data key; the clear columns stay empty unless the connection is
// shared. `pseudonym` (keyed, employees only) lets the same person known to two employees
// count once. The consent ledger records joining and leaving the program, hash-chained.
Migration privacyAtRest()
{
    return {3, QStringLiteral("encrypted contacts, account key pairs, pseudonyms, the consent ledger"),
        {
            QStringLiteral("ALTER TABLE accounts ADD COLUMN box_public_key %BLOB%"),
            QStringLiteral("ALTER TABLE accounts ADD COLUMN box_secret_key %BLOB%"),
            QStringLiteral("ALTER TABLE accounts ADD COLUMN pseudonym_key %BLOB%"),
            QStringLiteral("ALTER TABLE contacts ADD COLUMN sealed %BLOB%"),
            QStringLiteral("ALTER TABLE contacts ADD COLUMN pseudonym %BLOB%"),
            QStringLiteral("CREATE INDEX contacts_pseudonym ON contacts(pseudonym)"),
            QStringLiteral(R"(CREATE TABLE consent_ledger (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id),
    at TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('opted-in', 'opted-out')),
    policy_version TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX consent_ledger_person ON consent_ledger(person_id)"),
        }};
}

// The referral program (targets, requests through the employee, the pipeline, guardrails,
// do-not-contact, recognition, concerns) and the introduction templates. The guardrails'
// bounds are CHECK constraints too, so no setting, and no write behind Consentric's back
// through the program, can switch them off. Who was asked lives in request_recipients,
// which no owner-facing query reads per person; a decline reason is sealed to its
// employee; a do-not-contact entry is the contact's keyed pseudonym, never a name; a
// concern has no author column and its content is sealed to its recipient.
Migration referrals()
{
    return {4, QStringLiteral("referrals, guardrails, do-not-contact, recognition, concerns, templates"),
        {
            QStringLiteral(R"(CREATE TABLE referral_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    open_limit INTEGER NOT NULL DEFAULT 2 CHECK (open_limit BETWEEN 1 AND 3),
    cooldown_days INTEGER NOT NULL DEFAULT 90 CHECK (cooldown_days BETWEEN 30 AND 365),
    expiry_days INTEGER NOT NULL DEFAULT 14 CHECK (expiry_days BETWEEN 7 AND 30),
    trusted_person_id INTEGER REFERENCES people(id) ON DELETE SET NULL))"),
            QStringLiteral(R"(CREATE TABLE targets (
    id %PK%,
    company TEXT NOT NULL,
    normalised TEXT NOT NULL,
    connection_id INTEGER REFERENCES connections(id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('customer', 'partner', 'hire')),
    reason TEXT NOT NULL,
    created_by INTEGER REFERENCES people(id) ON DELETE SET NULL,
    created_on TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE requests (
    id %PK%,
    target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
    named_employee_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    created_by INTEGER REFERENCES people(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    stage TEXT NOT NULL DEFAULT 'requested'
        CHECK (stage IN ('requested', 'accepted', 'introduced', 'meeting', 'outcome', 'closed')),
    introducer_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    answer TEXT CHECK (answer IN ('introduce', 'mention')),
    accepted_at TEXT,
    introduced_at TEXT,
    meeting_on TEXT,
    outcome TEXT CHECK (outcome IN ('won', 'hired', 'partnered', 'no-result')),
    outcome_on TEXT,
    closed_at TEXT))"),
            QStringLiteral("CREATE INDEX requests_stage ON requests(stage, expires_at)"),
            QStringLiteral(R"(CREATE TABLE request_recipients (
    request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    employee_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'accepted', 'declined', 'expired', 'taken', 'cancelled')),
    answered_at TEXT,
    connection_id INTEGER REFERENCES connections(id) ON DELETE SET NULL,
    decline_reason %BLOB%,
    PRIMARY KEY (request_id, employee_id)))"),
            QStringLiteral("CREATE INDEX request_recipients_employee ON request_recipients(employee_id, status)"),
            QStringLiteral(R"(CREATE TABLE request_events (
    id %PK%,
    request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    stage TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX request_events_request ON request_events(request_id)"),
            QStringLiteral(R"(CREATE TABLE do_not_contact (
    token %BLOB% PRIMARY KEY,
    added_on TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE recognition_list (
    person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE))"),
            QStringLiteral(R"(CREATE TABLE concerns (
    id %PK%,
    recipient_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    reported_on TEXT NOT NULL,
    sealed %BLOB% NOT NULL,
    status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'handling', 'resolved')),
    status_on TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE concern_receipts (
    person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    sealed %BLOB% NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE templates (
    id %PK%,
    kind TEXT NOT NULL CHECK (kind IN ('customer', 'partner', 'candidate', 'ask-first', 'follow-up')),
    language TEXT NOT NULL,
    name TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    disclosure TEXT NOT NULL DEFAULT '',
    opt_out TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
    builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    updated_at TEXT NOT NULL,
    CHECK (active = 0 OR (disclosure <> '' AND opt_out <> ''))))"),
        }};
}

// The connection policy becomes the business's own: a draft of sections the owner edits,
// published versions (each a frozen copy of the sections), and the record of each review.
// The consent ledger learns a third action, "acknowledged" (a participant read a new
// version); SQLite cannot change a CHECK constraint, so the ledger is copied into a new
// table, rows and hashes unchanged. Pulse answers carry the quarter and nothing else: a
// random key, no person, no time, stored in key order; who has answered a quarter is a
// separate set, without timestamps, that only stops a second answer.
Migration policyAndPulses()
{
    return {5, QStringLiteral("policy sections, versions and reviews; acknowledgements in the consent ledger; pulse surveys"),
        {
            QStringLiteral("DROP INDEX consent_ledger_person"),
            QStringLiteral("ALTER TABLE consent_ledger RENAME TO consent_ledger_v4"),
            QStringLiteral(R"(CREATE TABLE consent_ledger (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id),
    at TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('opted-in', 'opted-out', 'acknowledged')),
    policy_version TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL))"),
            QStringLiteral("INSERT INTO consent_ledger (id, person_id, at, action, policy_version, prev_hash, hash) "
                           "SELECT id, person_id, at, action, policy_version, prev_hash, hash FROM consent_ledger_v4"),
            QStringLiteral("DROP TABLE consent_ledger_v4"),
            QStringLiteral("CREATE INDEX consent_ledger_person ON consent_ledger(person_id)"),
            QStringLiteral(R"(CREATE TABLE policy_sections (
    section TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE policy_versions (
    version TEXT PRIMARY KEY,
    published_at TEXT NOT NULL,
    published_by INTEGER REFERENCES people(id) ON DELETE SET NULL,
    changes TEXT NOT NULL DEFAULT '',
    sections TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE policy_reviews (
    id %PK%,
    kind TEXT NOT NULL CHECK (kind IN ('quarterly', 'annual')),
    period TEXT NOT NULL,
    held_on TEXT NOT NULL,
    participants TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    changes TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER REFERENCES people(id) ON DELETE SET NULL,
    UNIQUE (kind, period)))"),
            QStringLiteral(R"(CREATE TABLE pulse_answers (
    answer_key TEXT PRIMARY KEY,
    quarter TEXT NOT NULL,
    comfort INTEGER NOT NULL CHECK (comfort BETWEEN 1 AND 5),
    pressure INTEGER NOT NULL CHECK (pressure BETWEEN 1 AND 5),
    satisfaction INTEGER NOT NULL CHECK (satisfaction BETWEEN 1 AND 5),
    comment TEXT NOT NULL DEFAULT '')%UNORDERED%)"),
            QStringLiteral(R"(CREATE TABLE pulse_answered (
    quarter TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (quarter, person_id))%UNORDERED%)"),
        }};
}

// One-to-ones across departments, a program of its own. A member's do-not-pair list is
// sealed under their data key (only they can read it); for the pairing, each entry is also
// a keyed token of the unordered pair, under a random entry key, so neither who asked nor
// whom they named is stored anywhere the program reads. Private notes are sealed under the
// person's data key. Each meeting belongs to one round; a round is written whole or not at all.
Migration oneOnOnes()
{
    return {6, QStringLiteral("one-to-ones: members, do-not-pair tokens, rounds, meetings, marks and private notes"),
        {
            QStringLiteral(R"(CREATE TABLE oneonone_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    pair_key %BLOB% NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE oneonone_members (
    person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    cadence TEXT NOT NULL DEFAULT 'two-weekly' CHECK (cadence IN ('weekly', 'two-weekly', 'monthly')),
    snoozed_until TEXT,
    paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    work_days TEXT NOT NULL DEFAULT '1,2,3,4,5',
    work_start TEXT NOT NULL DEFAULT '09:00',
    work_end TEXT NOT NULL DEFAULT '17:00',
    joined_at TEXT NOT NULL,
    skips_count_from TEXT NOT NULL,
    private_list %BLOB%))"),
            QStringLiteral(R"(CREATE TABLE oneonone_do_not_pair (
    entry_key TEXT PRIMARY KEY,
    token %BLOB% NOT NULL)%UNORDERED%)"),
            QStringLiteral("CREATE INDEX oneonone_do_not_pair_token ON oneonone_do_not_pair(token)"),
            QStringLiteral(R"(CREATE TABLE oneonone_rounds (
    id %PK%,
    round_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES people(id) ON DELETE SET NULL))"),
            QStringLiteral(R"(CREATE TABLE oneonone_meetings (
    id %PK%,
    round_id INTEGER NOT NULL REFERENCES oneonone_rounds(id) ON DELETE CASCADE,
    uid TEXT NOT NULL UNIQUE,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    prompt TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX oneonone_meetings_round ON oneonone_meetings(round_id)"),
            QStringLiteral(R"(CREATE TABLE oneonone_attendees (
    meeting_id INTEGER NOT NULL REFERENCES oneonone_meetings(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    department TEXT NOT NULL DEFAULT '',
    mark TEXT NOT NULL DEFAULT 'open' CHECK (mark IN ('open', 'held', 'skipped')),
    marked_at TEXT,
    notes %BLOB%,
    PRIMARY KEY (meeting_id, person_id)))"),
            QStringLiteral("CREATE INDEX oneonone_attendees_person ON oneonone_attendees(person_id)"),
        }};
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list{initialSchema(), accounts(), privacyAtRest(), referrals(), policyAndPulses(), oneOnOnes()};
    return list;
}

} // namespace consentric::storage
