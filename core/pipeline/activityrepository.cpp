// ActivityRepository: the SQL of sales activities (declared with the other pipeline
// repositories in pipelinerepository.h).
#include "core/pipeline/pipelinerepository.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(toStoredTime(t)) : QVariant();
}

const QString activityColumns = u"id, kind, subject, due_at, done, done_at, outcome, deal_id, "
                                "customer_id, rep_id, created_at"_s;

const QString activityWriteColumns = u"kind, subject, due_at, done, done_at, outcome, deal_id, "
                                     "customer_id, rep_id, created_at"_s;

Activity readActivity(SqlQuery &q)
{
    Activity a;
    a.id = q.value(0).toLongLong();
    a.kind = PipelineText::activityKind(q.value(1).toString()).value_or(ActivityKind::Task);
    a.subject = q.value(2).toString();
    a.dueAt = fromStoredLocalTime(q.value(3).toString());
    a.done = q.value(4).toBool();
    a.doneAt = fromStoredTime(q.value(5).toString());
    a.outcome = q.value(6).toString();
    a.dealId = q.value(7).toLongLong();
    a.customerId = q.value(8).toLongLong();
    a.repId = q.value(9).toLongLong();
    a.createdAt = fromStoredTime(q.value(10).toString());
    return a;
}

void bindActivityFields(SqlQuery &q, const Activity &a)
{
    q.bind(PipelineText::code(a.kind)).bind(a.subject).bind(toStoredLocalTime(a.dueAt));
    q.bind(a.done ? 1 : 0).bind(timeOrNull(a.doneAt)).bindText(a.outcome);
    q.bind(idOrNull(a.dealId)).bind(idOrNull(a.customerId)).bind(idOrNull(a.repId));
    q.bind(toStoredTime(a.createdAt));
}

} // namespace

// ---- ActivityRepository -------------------------------------------------------------------

Result<QList<Activity>> ActivityRepository::activities(const QDate &doneSince) const
{
    // Two parts, each read from the (done, due_at) index rather than every activity.
    SqlQuery q(m_statements, u"SELECT "_s + activityColumns
                                     + u" FROM activities WHERE done = 0 UNION ALL SELECT "_s
                                     + activityColumns
                                     + u" FROM activities WHERE done = 1 AND due_at >= ? "
                                       "ORDER BY due_at, id"_s);
    q.bind(doneSince.isValid() ? toStoredDate(doneSince) : u""_s);
    return q.all(readActivity);
}

Result<int> ActivityRepository::openDueBefore(const QDate &day) const
{
    SqlQuery q(m_statements, u"SELECT COUNT(*) FROM activities WHERE done = 0 AND due_at < ?"_s);
    q.bind(toStoredDate(day));
    auto count = q.scalar();
    if (!count) {
        return count.error();
    }
    return count->toInt();
}

Result<QList<Activity>> ActivityRepository::openDue(const QDate &from, const QDate &to) const
{
    // Due times are local wall times, "2026-11-27T10:00": text order is time order, and the
    // (done, due_at) index finds the range.
    SqlQuery q(m_statements, u"SELECT "_s + activityColumns
                                     + u" FROM activities WHERE done = 0 AND due_at >= ? AND "
                                       "due_at < ? ORDER BY due_at, id"_s);
    q.bind(toStoredDate(from)).bind(toStoredDate(to.addDays(1)));
    return q.all(readActivity);
}

Result<Activity> ActivityRepository::activity(qint64 id) const
{
    SqlQuery q(m_statements, u"SELECT "_s + activityColumns + u" FROM activities WHERE id = ?"_s);
    q.bind(id);
    return q.one(readActivity, Error::user(tr("There is no activity #%1.").arg(id)));
}

Result<qint64> ActivityRepository::insert(const Activity &a, bool keepId)
{
    SqlQuery q(m_statements, insertStatement(u"activities"_s, activityWriteColumns, keepId));
    bindActivityFields(q, a);
    if (keepId) {
        q.bind(a.id);
    }
    return q.insert(keepId ? a.id : 0);
}

Status ActivityRepository::insertMany(const QList<Activity> &activities)
{
    return insertInBatches(m_statements, activities, u"activities"_s, activityWriteColumns, false,
                           bindActivityFields);
}

Status ActivityRepository::update(const Activity &a)
{
    SqlQuery q(m_statements, u"UPDATE activities SET "_s + updateAssignments(activityWriteColumns)
                                     + u" WHERE id = ?"_s);
    bindActivityFields(q, a);
    q.bind(a.id);
    return q.exec();
}

Status ActivityRepository::remove(qint64 id)
{
    SqlQuery q(m_statements, u"DELETE FROM activities WHERE id = ?"_s);
    q.bind(id);
    return q.exec();
}

SqlStatement ActivityRepository::forCustomerStatement(qint64 customerId)
{
    return {u"SELECT "_s + activityColumns
                    + u" FROM activities WHERE customer_id = ? ORDER BY due_at DESC, id DESC"_s,
            {customerId}};
}

Result<QList<Activity>> ActivityRepository::forCustomer(qint64 customerId) const
{
    SqlQuery q(m_statements, forCustomerStatement(customerId));
    return q.all(readActivity);
}

Result<QList<qint64>> ActivityRepository::idsForDeal(qint64 dealId) const
{
    SqlQuery q(m_statements, u"SELECT id FROM activities WHERE deal_id = ? ORDER BY id"_s);
    q.bind(dealId);
    return q.all([](SqlQuery &row) { return row.value(0).toLongLong(); });
}

Status ActivityRepository::linkToDeal(const QList<qint64> &activityIds, qint64 dealId)
{
    for (qint64 id : activityIds) {
        SqlQuery q(m_statements, u"UPDATE activities SET deal_id = ? WHERE id = ?"_s);
        q.bind(idOrNull(dealId)).bind(id);
        if (auto st = q.exec(); !st) {
            return st;
        }
    }
    return {};
}

} // namespace salesdesk
