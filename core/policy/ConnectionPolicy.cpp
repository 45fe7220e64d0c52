#include "policy/ConnectionPolicy.h"

#include <QFile>
#include <QRegularExpression>

namespace consentric::policy {

ConnectionPolicy ConnectionPolicy::current()
{
    QFile file(QStringLiteral(":/core/policy/connection-policy.md"));
    // The resource is compiled in; a missing one is a build mistake, caught by the tests.
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression version(QStringLiteral("^<!-- version: ([^ ]+) -->\\n"));
    const auto match = version.match(text);
    if (!match.hasMatch())
        return {};
    return {match.captured(1), text.mid(match.capturedLength(0))};
}

} // namespace consentric::policy
