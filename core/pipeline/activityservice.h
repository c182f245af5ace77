#pragma once

#include "core/common/clock.h"
#include "core/pipeline/pipelinerepository.h"
#include "core/pipeline/pipelinetypes.h"

#include <QObject>

namespace salesdesk {

class Database;

// Sales activities (calls, meetings, visits…) and the day and week plans built from them.
class ActivityService : public QObject
{
    Q_OBJECT

public:
    ActivityService(Database &db, const Clock &clock, QObject *parent = nullptr);

    static QStringList validate(const Activity &activity);

    // Open activities and the done ones due on or after `doneSince` (all when invalid).
    Result<QList<Activity>> activities(const QDate &doneSince = {}) const;
    // The open activities due from `from` to `to` (local days, both included), by due time.
    Result<QList<Activity>> openDue(const QDate &from, const QDate &to) const;
    // How many activities are overdue today (inWindow(Overdue) counted by SQLite).
    Result<int> overdueCount(const QDate &today) const { return m_repo.openDueBefore(today); }
    Result<Activity> activity(qint64 id) const;
    Result<QList<Activity>> activitiesOfCustomer(qint64 customerId) const;
    // What activitiesOfCustomer() reads, for reading it ahead (ReadAhead).
    static SqlStatement customerReads(qint64 customerId)
    {
        return ActivityRepository::forCustomerStatement(customerId);
    }
    Result<qint64> addActivity(Activity activity);
    Status updateActivity(const Activity &activity);
    Status setDone(qint64 id, bool done, const QString &outcome = {});
    Status removeActivity(qint64 id);
    // Puts an activity back as it was, or removes it when `activity` is empty (undo and redo).
    Status restoreActivity(qint64 id, const std::optional<Activity> &activity);

    // Which activities a plan view shows, relative to `today` (local date).
    enum class Window { Today, ThisWeek, Overdue, Open };
    static bool inWindow(const Activity &a, Window window, const QDate &today);
    // Monday of the ISO week containing `day`.
    static QDate weekStart(const QDate &day);

signals:
    void activityChanged(qint64 id);
    void activityRemoved(qint64 id);

private:
    const Clock &m_clock;
    ActivityRepository m_repo;
};

} // namespace salesdesk
