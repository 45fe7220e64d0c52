#include "storage/Backup.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace consentric::storage {

Result<void> backup(Database &db, const QString &outputPath)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("consentric::storage", text); };
    if (db.engine() == Engine::Postgres) {
        const Location &l = db.location();
        return fail(tr("Consentric does not copy a PostgreSQL server database; use pg_dump instead, for example: pg_dump -h %1 -p %2 -d %3 -F c -f "
                       "consentric.dump")
                        .arg(l.host)
                        .arg(l.port)
                        .arg(l.databaseName));
    }
    const QFileInfo target(outputPath);
    if (!target.dir().exists())
        return fail(tr("The folder “%1” does not exist; create it or choose another place for the backup.").arg(target.dir().path()));
    if (target.absoluteFilePath() == QFileInfo(db.location().path).absoluteFilePath())
        return fail(tr("The backup cannot replace the database it copies; choose another file name."));
    // Write next to the target, then move into place: an existing backup is replaced only
    // by a complete one.
    const QString partial = target.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    QString quoted = partial;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    auto copied = db.exec(QStringLiteral("VACUUM INTO '") + quoted + QLatin1Char('\''), tr("writing the backup"));
    if (!copied) {
        QFile::remove(partial);
        return copied.error();
    }
    QFile::remove(target.absoluteFilePath());
    if (!QFile::rename(partial, target.absoluteFilePath())) {
        QFile::remove(partial);
        return fail(tr("The backup was written but could not be moved to “%1”; check the folder's permissions.").arg(target.absoluteFilePath()));
    }
    return {};
}

} // namespace consentric::storage
