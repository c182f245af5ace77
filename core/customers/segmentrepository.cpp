#include "core/customers/segmentrepository.h"

#include "core/common/dates.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

SqlStatement SegmentRepository::customersStatement(qint64 customerId)
{
    const QString select = u"SELECT id, segment_override FROM customers"_s;
    if (customerId) {
        return {select + u" WHERE id = ?"_s, {customerId}};
    }
    return {select + u" ORDER BY id"_s, {}};
}

Result<SegmentRepository::Customers> SegmentRepository::customers(qint64 customerId) const
{
    SqlQuery q(m_statements, customersStatement(customerId));
    Customers result;
    auto st = q.each([&](SqlQuery &row) {
        result.ids.append(row.integer(0));
        if (const QByteArrayView code = row.utf8(1); !code.isEmpty()) {
            if (const auto s = SegmentText::segment(QUtf8StringView(code))) {
                result.overrides.insert(result.ids.constLast(), *s);
            }
        }
    });
    if (!st) {
        return st.error();
    }
    return result;
}

SqlStatement SegmentRepository::wonOrOpenDealsStatement(qint64 customerId, const QString &home)
{
    // The home currency as NULL: no string made for most of the 300,000 rows of a million deals.
    const QString select = u"SELECT customer_id, status = 'open', closed_at, value_minor, "
                           "NULLIF(currency, ?) FROM deals WHERE status IN ('won', 'open')"_s;
    if (customerId) {
        return {select + u" AND customer_id = ?"_s, {home, customerId}};
    }
    return {select, {home}};
}

Status
SegmentRepository::eachWonOrOpenDeal(qint64 customerId, const QString &home,
                                     const std::function<void(const SegmentDealRow &)> &visit) const
{
    SqlQuery q(m_statements, wonOrOpenDealsStatement(customerId, home));
    return q.each([&](SqlQuery &row) {
        visit({row.integer(0), row.integer(1) != 0, row.utf8(2), row.integer(3), row.text(4)});
    });
}

SqlStatement SegmentRepository::currentStatement()
{
    return {u"SELECT customer_id, segment, at_risk FROM customer_segments ORDER BY customer_id"_s,
            {}};
}

Result<QList<SegmentRepository::Current>> SegmentRepository::current() const
{
    SqlQuery q(m_statements, currentStatement());
    QList<Current> result;
    if (auto st = q.each([&](SqlQuery &row) {
            // The code compared where SQLite holds it: no string made per row.
            if (const auto s = SegmentText::segment(QUtf8StringView(row.utf8(1)))) {
                result.append({row.integer(0), *s, row.integer(2) != 0});
            }
        });
        !st) {
        return st.error();
    }
    return result;
}

Result<std::optional<Segment>> SegmentRepository::segmentOf(qint64 customerId) const
{
    SqlQuery q(m_statements, u"SELECT segment FROM customer_segments WHERE customer_id = ?"_s);
    q.bind(customerId);
    auto code = q.scalar();
    if (!code) {
        return code.error();
    }
    return SegmentText::segment(code->toString());
}

Result<QList<CustomerContact>> SegmentRepository::contacts() const
{
    SqlQuery q(m_statements,
               u"SELECT c.id, s.segment, c.contact_every_days, c.created_at, "
               "(SELECT MAX(a.done_at) FROM activities a WHERE a.customer_id = c.id AND "
               "a.done = 1) FROM customers c LEFT JOIN customer_segments s ON "
               "s.customer_id = c.id ORDER BY c.id"_s);
    // Codes and times read where SQLite holds them: no string made for 400,000 customers.
    return q.all([](SqlQuery &row) {
        CustomerContact c;
        c.customerId = row.integer(0);
        c.segment = SegmentText::segment(QUtf8StringView(row.utf8(1))).value_or(Segment::General);
        c.cadenceOverride = int(row.integer(2));
        c.since = localDateOfStored(row.utf8(3));
        c.lastInteraction = localDateOfStored(row.utf8(4));
        return c;
    });
}

SqlStatement SegmentRepository::historyStatement(qint64 customerId)
{
    return {u"SELECT segment, changed_on, manual, reason FROM customer_segment_history "
            "WHERE customer_id = ? ORDER BY changed_on, id"_s,
            {customerId}};
}

Result<QList<SegmentHistoryEntry>> SegmentRepository::history(qint64 customerId) const
{
    SqlQuery q(m_statements, historyStatement(customerId));
    return q.all([](SqlQuery &row) {
        return SegmentHistoryEntry {
                SegmentText::segment(row.value(0).toString()).value_or(Segment::General),
                fromStoredDate(row.value(1).toString()), row.value(2).toBool(),
                row.value(3).toString()};
    });
}

Status SegmentRepository::dateAll(const QDate &on)
{
    // Only the rows dated otherwise: computing again on the same day writes nothing.
    SqlQuery q(m_statements, u"UPDATE customer_segments SET computed_on = ?1 "
                             "WHERE computed_on IS NOT ?1"_s);
    q.bind(toStoredDate(on));
    return q.exec();
}

Status SegmentRepository::record(qint64 customerId, Segment segment, bool atRisk, const QDate &on,
                                 bool manual, const QString &reason,
                                 std::optional<Segment> previous)
{
    SqlQuery upsert(m_statements,
                    u"INSERT INTO customer_segments (customer_id, segment, at_risk, computed_on) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT (customer_id) DO UPDATE SET "
                    "segment = excluded.segment, at_risk = excluded.at_risk, "
                    "computed_on = excluded.computed_on"_s);
    upsert.bind(customerId).bind(SegmentText::code(segment)).bind(atRisk ? 1 : 0);
    upsert.bind(toStoredDate(on));
    if (auto st = upsert.exec(); !st) {
        return st;
    }
    if (previous == segment) {
        return {};
    }
    SqlQuery history(m_statements,
                     insertStatement(u"customer_segment_history"_s,
                                     u"customer_id, segment, changed_on, manual, reason"_s, false));
    history.bind(customerId).bind(SegmentText::code(segment)).bind(toStoredDate(on));
    history.bind(manual ? 1 : 0).bindText(reason);
    return history.exec();
}

Status SegmentRepository::recordComputed(const QList<Change> &changes, const QDate &on)
{
    const QString day = toStoredDate(on);
    for (qsizetype at = 0; at < changes.size(); at += BulkRows) {
        const int rows = int(std::min(BulkRows, changes.size() - at));
        SqlQuery upsert(m_statements,
                        insertStatement(u"customer_segments"_s,
                                        u"customer_id, segment, at_risk, computed_on"_s, false,
                                        rows)
                                + u" ON CONFLICT (customer_id) DO UPDATE SET "
                                  "segment = excluded.segment, at_risk = excluded.at_risk, "
                                  "computed_on = excluded.computed_on"_s);
        for (qsizetype i = at; i < at + rows; ++i) {
            const Change &c = changes[i];
            upsert.bind(c.customerId).bind(SegmentText::code(c.segment)).bind(c.atRisk ? 1 : 0);
            upsert.bind(day);
        }
        if (auto st = upsert.exec(); !st) {
            return st;
        }
    }
    QList<const Change *> moved;
    for (const Change &c : changes) {
        if (c.previous != c.segment) {
            moved.append(&c);
        }
    }
    return insertInBatches(m_statements, moved, u"customer_segment_history"_s,
                           u"customer_id, segment, changed_on, manual, reason"_s, false,
                           [&day](SqlQuery &q, const Change *c) {
                               q.bind(c->customerId).bind(SegmentText::code(c->segment)).bind(day);
                               q.bind(0).bindText(QString());
                           });
}

Result<SegmentRows> SegmentRepository::rowsOf(qint64 customerId) const
{
    SegmentRows rows;
    SqlQuery q(m_statements, u"SELECT segment, at_risk, computed_on FROM customer_segments "
                             "WHERE customer_id = ?"_s);
    q.bind(customerId);
    if (auto st = q.exec(); !st) {
        return st.error();
    }
    if (q.next()) {
        rows.segment = q.value(0).toString();
        rows.atRisk = q.value(1).toBool();
        rows.computedOn = q.value(2).toString();
    }
    SqlQuery h(m_statements, u"SELECT id, segment, changed_on, manual, reason FROM "
                             "customer_segment_history WHERE customer_id = ? ORDER BY id"_s);
    h.bind(customerId);
    auto history = h.all([](SqlQuery &row) {
        return SegmentRows::History {row.value(0).toLongLong(), row.value(1).toString(),
                                     row.value(2).toString(), row.value(4).toString(),
                                     row.value(3).toBool()};
    });
    if (!history) {
        return history.error();
    }
    rows.history = *history;
    return rows;
}

Status SegmentRepository::putBack(qint64 customerId, const SegmentRows &rows)
{
    if (!rows.segment.isEmpty()) {
        SqlQuery q(m_statements, u"INSERT INTO customer_segments (customer_id, segment, at_risk, "
                                 "computed_on) VALUES (?, ?, ?, ?)"_s);
        q.bind(customerId).bind(rows.segment).bind(rows.atRisk ? 1 : 0).bind(rows.computedOn);
        if (auto st = q.exec(); !st) {
            return st;
        }
    }
    for (const auto &h : rows.history) {
        SqlQuery q(m_statements,
                   u"INSERT INTO customer_segment_history (id, customer_id, "
                   "segment, changed_on, manual, reason) VALUES (?, ?, ?, ?, ?, ?)"_s);
        q.bind(h.id).bind(customerId).bind(h.segment).bind(h.changedOn).bind(h.manual ? 1 : 0);
        q.bindText(h.reason);
        if (auto st = q.exec(); !st) {
            return st;
        }
    }
    return {};
}

} // namespace salesdesk
