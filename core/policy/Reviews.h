// The review schedule: each quarter the owner reviews the program with the team's feedback
// (due within 30 days of the quarter's end), and once a year comprehensively (due by the end
// of January). Each review is recorded with its date, who took part, notes and the changes
// decided. The window reminds the owner when a review is due or overdue.
#pragma once

#include "metrics/Period.h"
#include "util/Result.h"

#include <QDate>

#include <vector>

namespace consentric::storage {
class Database;
}
namespace consentric::consent {
class Session;
}

namespace consentric::policy {

enum class ReviewKind { Quarterly, Annual };
QString key(ReviewKind kind);
QString label(ReviewKind kind);

struct Review
{
    qint64 id = 0;
    ReviewKind kind = ReviewKind::Quarterly;
    QString period; // "2026-Q3" for a quarterly review, "2026" for an annual one
    QDate heldOn;
    QString participants; // in the owner's words
    QString notes;
    QString changes; // the changes decided
};

enum class DueState { Upcoming, Due, Overdue, Done };
QString label(DueState state);

struct ReviewDue
{
    ReviewKind kind = ReviewKind::Quarterly;
    QString period;
    QDate dueOn;
    DueState state = DueState::Upcoming;
};

inline constexpr int kQuarterlyGraceDays = 30;

class Reviews
{
public:
    explicit Reviews(storage::Database &db)
        : m_db(db)
    { }

    // Owner or admin. One review per kind and period; held on a day not in the future.
    Result<qint64> record(const consent::Session &owner, const Review &review);
    // Every review, newest first.
    Result<std::vector<Review>> all() const;
    // The quarterly and the annual review that matter on `today`: the last period that ended
    // without a review (due or overdue), else the current one (upcoming, or done).
    Result<std::vector<ReviewDue>> schedule(QDate today) const;
    // The period a review held on `date` would normally cover.
    static QString periodOf(ReviewKind kind, QDate date);
    static QDate dueOn(ReviewKind kind, const QString &period);

private:
    storage::Database &m_db;
};

} // namespace consentric::policy
