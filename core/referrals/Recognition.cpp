#include "referrals/Recognition.h"

#include "storage/Database.h"

#include <QCollator>
#include <QCoreApplication>

#include <algorithm>

namespace consentric::referrals {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("consentric::referrals::Recognition", text);
}

} // namespace

Result<Points> Recognition::points(const consent::Session &self) const
{
    const qint64 me = self.person().id;
    auto joined = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM consent_ledger WHERE person_id = :me AND action = 'opted-in'"),
        {{QStringLiteral(":me"), me}}, tr("counting your points"));
    if (!joined)
        return joined.error();
    auto answered
        = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM request_recipients WHERE employee_id = :me AND status IN ('accepted', 'declined')"),
            {{QStringLiteral(":me"), me}}, tr("counting your points"));
    if (!answered)
        return answered.error();
    Points p;
    p.joined = joined->toLongLong() > 0 ? kPointsForJoining : 0;
    p.answers = int(answered->toLongLong());
    return p;
}

Result<bool> Recognition::onTeamList(const consent::Session &self) const
{
    auto on = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM recognition_list WHERE person_id = :me"), {{QStringLiteral(":me"), self.person().id}},
        tr("reading the recognition list"));
    if (!on)
        return on.error();
    return on->toLongLong() > 0;
}

Result<void> Recognition::setOnTeamList(const consent::Session &self, bool appear)
{
    return m_db.transaction([&]() -> Result<void> {
        auto removed = m_db.exec(QStringLiteral("DELETE FROM recognition_list WHERE person_id = :me"), {{QStringLiteral(":me"), self.person().id}},
            tr("changing the recognition list"));
        if (!removed)
            return removed.error();
        if (appear) {
            auto added = m_db.exec(QStringLiteral("INSERT INTO recognition_list (person_id) VALUES (:me)"),
                {{QStringLiteral(":me"), self.person().id}}, tr("changing the recognition list"));
            if (!added)
                return added.error();
        }
        return {};
    });
}

Result<QStringList> Recognition::teamList() const
{
    auto rows = m_db.exec(QStringLiteral("SELECT p.name FROM recognition_list l JOIN people p ON p.id = l.person_id WHERE p.status = 'active'"),
        tr("reading the recognition list"));
    if (!rows)
        return rows.error();
    QStringList names;
    while (rows->next())
        names << rows->value(0).toString();
    QCollator collator;
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return names;
}

} // namespace consentric::referrals
