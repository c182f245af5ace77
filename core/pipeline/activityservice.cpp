#include "core/pipeline/activityservice.h"

#include "core/storage/database.h"

namespace salesdesk {

ActivityService::ActivityService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_repo(db.connection())
{ }

QStringList ActivityService::validate(const Activity &a)
{
    QStringList problems;
    if (a.subject.trimmed().isEmpty()) {
        problems.append(tr("An activity needs a subject."));
    }
    if (!a.dueAt.isValid()) {
        problems.append(tr("An activity needs a due date and time."));
    }
    return problems;
}

Result<QList<Activity>> ActivityService::activities(const QDate &doneSince) const
{
    return m_repo.activities(doneSince);
}

Result<QList<Activity>> ActivityService::openDue(const QDate &from, const QDate &to) const
{
    return m_repo.openDue(from, to);
}

Result<QList<Activity>> ActivityService::activitiesOfCustomer(qint64 customerId) const
{
    return m_repo.forCustomer(customerId);
}

Result<Activity> ActivityService::activity(qint64 id) const
{
    return m_repo.activity(id);
}

Result<qint64> ActivityService::addActivity(Activity a)
{
    if (const auto problems = validate(a); !problems.isEmpty()) {
        return Error::user(problems.first());
    }
    if (!a.createdAt.isValid()) {
        a.createdAt = m_clock.nowUtc();
    }
    if (a.done && !a.doneAt.isValid()) {
        a.doneAt = m_clock.nowUtc();
    }
    auto id = m_repo.insert(a);
    if (id) {
        emit activityChanged(*id);
    }
    return id;
}

Status ActivityService::updateActivity(const Activity &a)
{
    if (const auto problems = validate(a); !problems.isEmpty()) {
        return Error::user(problems.first());
    }
    if (auto st = m_repo.update(a); !st) {
        return st;
    }
    emit activityChanged(a.id);
    return {};
}

Status ActivityService::setDone(qint64 id, bool done, const QString &outcome)
{
    auto a = m_repo.activity(id);
    if (!a) {
        return a.error();
    }
    Activity changed = *a;
    changed.done = done;
    changed.doneAt = done ? m_clock.nowUtc() : QDateTime();
    if (!outcome.isEmpty()) {
        changed.outcome = outcome;
    }
    return updateActivity(changed);
}

Status ActivityService::removeActivity(qint64 id)
{
    if (auto st = m_repo.remove(id); !st) {
        return st;
    }
    emit activityRemoved(id);
    return {};
}

Status ActivityService::restoreActivity(qint64 id, const std::optional<Activity> &activity)
{
    if (!activity) {
        return removeActivity(id);
    }
    const Status written = m_repo.activity(id)
                                   ? m_repo.update(*activity)
                                   : Status(m_repo.insert(*activity, true).ok()
                                                    ? Status()
                                                    : Error::internal(tr("Could not restore "
                                                                         "activity #%1.")
                                                                              .arg(id)));
    if (!written) {
        return written;
    }
    emit activityChanged(id);
    return {};
}

QDate ActivityService::weekStart(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

bool ActivityService::inWindow(const Activity &a, Window window, const QDate &today)
{
    const QDate due = a.dueAt.date();
    switch (window) {
    case Window::Today:
        return due == today;
    case Window::ThisWeek:
        return due >= weekStart(today) && due < weekStart(today).addDays(7);
    case Window::Overdue:
        return !a.done && due < today;
    case Window::Open:
        return !a.done;
    }
    return true;
}

} // namespace salesdesk
