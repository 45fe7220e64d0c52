#include "storage/Location.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace consentric::storage {

Result<Location> Location::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(QCoreApplication::translate("Location", "No database was given: name an SQLite file or a postgresql:// URL."));

    if (!trimmed.startsWith(QLatin1String("postgresql://")) && !trimmed.startsWith(QLatin1String("postgres://")))
        return sqliteFile(trimmed);

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(
            QCoreApplication::translate("Location", "“%1” is not a PostgreSQL URL Consentric understands: write postgresql://user@host:port/dbname.")
                .arg(trimmed));
    if (!url.password().isEmpty())
        return fail(QCoreApplication::translate("Location",
            "The PostgreSQL URL contains a password. Remove it from the URL and put it in a PGPASSFILE instead, or let Consentric ask for it."));
    Location location;
    location.engine = Engine::Postgres;
    location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.databaseName = url.path().mid(1);
    if (location.databaseName.isEmpty() || location.databaseName.contains(QLatin1Char('/')))
        return fail(QCoreApplication::translate("Location", "The PostgreSQL URL “%1” names no database: write postgresql://user@host:port/dbname.")
                        .arg(trimmed));
    return location;
}

Location Location::sqliteFile(const QString &path)
{
    Location location;
    location.engine = Engine::Sqlite;
    location.path = QFileInfo(path).absoluteFilePath();
    return location;
}

QString Location::defaultSqlitePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("consentric.sqlite"));
}

QString Location::displayName() const
{
    if (engine == Engine::Sqlite)
        return path;
    QString userPart = user.isEmpty() ? QString() : user + QLatin1Char('@');
    return QStringLiteral("postgresql://") + userPart + host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + databaseName;
}

} // namespace consentric::storage
