#include "core/team/reassignment.h"

#include "core/common/dates.h"
#include "core/storage/sqlquery.h"
#include "core/storage/transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

QString tableName(Reassignment::Table t)
{
    switch (t) {
    case Reassignment::Table::Deal:
        return u"deals"_s;
    case Reassignment::Table::Customer:
        return u"customers"_s;
    case Reassignment::Table::Activity:
        return u"activities"_s;
    }
    return {};
}

QString repColumn(Reassignment::Table t)
{
    return t == Reassignment::Table::Activity ? u"rep_id"_s : u"owner_id"_s;
}

Status setRep(const QSqlDatabase &db, const Reassignment::Change &c, qint64 rep)
{
    SqlQuery q(db,
               u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(tableName(c.table), repColumn(c.table)));
    q.bind(idOrNull(rep)).bind(c.id);
    return q.exec();
}

Status writeEvent(const QSqlDatabase &db, qint64 id, const Reassignment::Change &c,
                  const QDateTime &at, qint64 *newId)
{
    SqlQuery q(db, insertStatement(u"deal_events"_s, u"deal_id, at, kind, from_rep_id, to_rep_id"_s,
                                   id > 0));
    q.bind(c.id).bind(toStoredTime(at)).bind(u"reassigned"_s).bind(idOrNull(c.fromRepId));
    q.bind(idOrNull(c.toRepId));
    if (id > 0) {
        q.bind(id);
    }
    auto inserted = q.insert(id);
    if (!inserted) {
        return inserted.error();
    }
    if (newId) {
        *newId = *inserted;
    }
    return {};
}

} // namespace

int Reassignment::count(Table table) const
{
    int n = 0;
    for (const auto &c : changes) {
        n += c.table == table ? 1 : 0;
    }
    return n;
}

Result<Reassignment> ReassignmentRepository::apply(const ReassignRequest &r, const QDateTime &at)
{
    if (r.fromRepId <= 0) {
        return Error::user(tr("Choose the rep whose work is handed over."));
    }
    if (r.toRepId == r.fromRepId) {
        return Error::user(tr("Hand the work to another rep."));
    }
    for (auto it = r.byCustomer.cbegin(); it != r.byCustomer.cend(); ++it) {
        if (it.value() == r.fromRepId) {
            return Error::user(tr("Hand the work to another rep."));
        }
    }
    if (r.toRepId <= 0 && r.byCustomer.isEmpty()) {
        return Error::user(tr("Choose who takes the work over."));
    }
    const QSqlDatabase conn = m_db;
    const auto target = [&](qint64 customerId) {
        return r.byCustomer.value(customerId, r.toRepId);
    };
    Reassignment done;
    done.at = at;
    const auto collect = [&](Reassignment::Table table, const QString &sql) -> Status {
        SqlQuery q(conn, sql);
        q.bind(r.fromRepId);
        return q.each([&](SqlQuery &row) {
            const qint64 to = target(row.value(1).toLongLong());
            if (to > 0) {
                done.changes.append({table, row.value(0).toLongLong(), r.fromRepId, to});
            }
        });
    };
    if (r.deals) {
        if (auto st = collect(Reassignment::Table::Deal,
                              u"SELECT id, customer_id FROM deals WHERE owner_id = ? AND "
                              "status = 'open' ORDER BY id"_s);
            !st) {
            return st.error();
        }
    }
    if (r.customers) {
        if (auto st = collect(Reassignment::Table::Customer,
                              u"SELECT id, id FROM customers WHERE owner_id = ? ORDER BY id"_s);
            !st) {
            return st.error();
        }
    }
    if (r.activities) {
        if (auto st = collect(Reassignment::Table::Activity,
                              u"SELECT id, coalesce(customer_id, 0) FROM activities "
                              "WHERE rep_id = ? AND done = 0 ORDER BY id"_s);
            !st) {
            return st.error();
        }
    }
    if (done.changes.isEmpty()) {
        return Error::user(tr("There is nothing of theirs to hand over."));
    }
    if (auto st = redo(done); !st) {
        return st.error();
    }
    return done;
}

Status ReassignmentRepository::redo(Reassignment &done)
{
    const QSqlDatabase conn = m_db;
    Transaction tx(conn);
    if (!tx.active()) {
        return tx.beginStatus();
    }
    QList<qint64> events;
    for (const auto &c : done.changes) {
        if (auto st = setRep(conn, c, c.toRepId); !st) {
            return st;
        }
        if (c.table == Reassignment::Table::Deal) {
            qint64 id = done.eventIds.value(events.size());
            if (auto st = writeEvent(conn, id, c, done.at, &id); !st) {
                return st;
            }
            events.append(id);
        }
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    done.eventIds = events;
    return {};
}

Status ReassignmentRepository::undo(const Reassignment &done)
{
    const QSqlDatabase conn = m_db;
    Transaction tx(conn);
    if (!tx.active()) {
        return tx.beginStatus();
    }
    for (const auto &c : done.changes) {
        if (auto st = setRep(conn, c, c.fromRepId); !st) {
            return st;
        }
    }
    for (qint64 id : done.eventIds) {
        SqlQuery q(conn, u"DELETE FROM deal_events WHERE id = ?"_s);
        q.bind(id);
        if (auto st = q.exec(); !st) {
            return st;
        }
    }
    return tx.commit();
}

} // namespace salesdesk
