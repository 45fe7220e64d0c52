#include "Settings.h"

namespace consentric::ui {

namespace {
constexpr int kRecentCount = 8;
}

std::unique_ptr<QSettings> settings()
{
    return std::make_unique<QSettings>(QStringLiteral("consentric"), QStringLiteral("consentric"));
}

QStringList recentDatabases()
{
    return settings()->value(QStringLiteral("databases/recent")).toStringList();
}

void rememberDatabase(const QString &location)
{
    QStringList list = recentDatabases();
    list.removeAll(location);
    list.prepend(location);
    while (list.size() > kRecentCount)
        list.removeLast();
    settings()->setValue(QStringLiteral("databases/recent"), list);
}

int idleMinutes()
{
    return settings()->value(QStringLiteral("security/idleMinutes"), kDefaultIdleMinutes).toInt();
}

void setIdleMinutes(int minutes)
{
    settings()->setValue(QStringLiteral("security/idleMinutes"), minutes);
}

} // namespace consentric::ui
