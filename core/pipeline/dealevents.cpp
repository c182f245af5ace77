#include "core/pipeline/dealevents.h"

#include "core/common/dates.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

QString kindCode(DealEvent::Kind kind)
{
    return kind == DealEvent::Kind::Reversed ? u"reversed"_s : u"reassigned"_s;
}

DealReversal readReversal(SqlQuery &row)
{
    return DealReversal {row.value(0).toLongLong(), fromStoredTime(row.value(1).toString()),
                         fromStoredDate(row.value(2).toString()), row.value(3).toString(),
                         fromStoredTime(row.value(4).toString())};
}

} // namespace

Result<QList<DealEvent>> DealEventRepository::events(qint64 dealId) const
{
    SqlQuery q(m_statements, u"SELECT id, deal_id, at, kind, from_rep_id, to_rep_id, note "
                             "FROM deal_events WHERE deal_id = ? ORDER BY at, id"_s);
    q.bind(dealId);
    return q.all([](SqlQuery &row) {
        return DealEvent {row.value(0).toLongLong(),
                          row.value(1).toLongLong(),
                          fromStoredTime(row.value(2).toString()),
                          row.value(3).toString() == u"reversed" ? DealEvent::Kind::Reversed
                                                                 : DealEvent::Kind::Reassigned,
                          row.value(4).toLongLong(),
                          row.value(5).toLongLong(),
                          row.value(6).toString()};
    });
}

Result<qint64> DealEventRepository::append(const DealEvent &e)
{
    SqlQuery q(m_statements,
               insertStatement(u"deal_events"_s,
                               u"deal_id, at, kind, from_rep_id, to_rep_id, note"_s, e.id > 0));
    q.bind(e.dealId).bind(toStoredTime(e.at)).bind(kindCode(e.kind)).bind(idOrNull(e.fromRepId));
    q.bind(idOrNull(e.toRepId)).bindText(e.note);
    if (e.id > 0) {
        q.bind(e.id);
    }
    return q.insert(e.id);
}

Status DealEventRepository::replaceEvents(qint64 dealId, const QList<DealEvent> &events)
{
    SqlQuery del(m_statements, u"DELETE FROM deal_events WHERE deal_id = ?"_s);
    del.bind(dealId);
    if (auto st = del.exec(); !st) {
        return st;
    }
    for (DealEvent e : events) {
        e.dealId = dealId;
        if (auto id = append(e); !id) {
            return id.error();
        }
    }
    return {};
}

Result<std::optional<DealReversal>> DealEventRepository::reversal(qint64 dealId) const
{
    SqlQuery q(m_statements, u"SELECT deal_id, won_at, reversed_on, reason, created_at "
                             "FROM deal_reversals WHERE deal_id = ?"_s);
    q.bind(dealId);
    auto rows = q.all(readReversal);
    if (!rows) {
        return rows.error();
    }
    return rows->isEmpty() ? std::optional<DealReversal>() : rows->first();
}

Result<QList<DealReversal>> DealEventRepository::reversals(const QDate &from, const QDate &to) const
{
    SqlQuery q(m_statements, u"SELECT deal_id, won_at, reversed_on, reason, created_at "
                             "FROM deal_reversals WHERE reversed_on BETWEEN ? AND ? "
                             "ORDER BY reversed_on, deal_id"_s);
    q.bind(toStoredDate(from)).bind(toStoredDate(to));
    return q.all(readReversal);
}

Status DealEventRepository::setReversal(qint64 dealId, const std::optional<DealReversal> &r)
{
    SqlQuery del(m_statements, u"DELETE FROM deal_reversals WHERE deal_id = ?"_s);
    del.bind(dealId);
    if (auto st = del.exec(); !st) {
        return st;
    }
    if (!r) {
        return {};
    }
    SqlQuery q(m_statements,
               insertStatement(u"deal_reversals"_s,
                               u"deal_id, won_at, reversed_on, reason, created_at"_s, false));
    q.bind(dealId).bind(toStoredTime(r->wonAt)).bind(toStoredDate(r->reversedOn));
    q.bind(r->reason).bind(toStoredTime(r->createdAt));
    return q.exec();
}

} // namespace salesdesk
