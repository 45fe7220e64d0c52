// The fixed vocabulary of the demo company: given names and surnames from several
// languages, job titles, and company names (about one in ten with other spellings).
#pragma once

#include <QStringList>

namespace consentric::demo {

const QStringList &givenNames();
const QStringList &surnames();
const QStringList &jobTitles();
const QStringList &departmentsFor(int count);

struct DemoCompanyName
{
    QString name;
    QStringList otherSpellings; // how some people write the same company
    QString domain; // for contact emails
};
const std::vector<DemoCompanyName> &companies();

// A name as it may appear in an email address: diacritics and spaces removed, lower case.
QString asciiKey(const QString &name);

} // namespace consentric::demo
