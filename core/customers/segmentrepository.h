#pragma once

#include "core/common/result.h"
#include "core/customers/followups.h"
#include "core/customers/segmentation.h"
#include "core/storage/sqlquery.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace salesdesk {

// A customer's rows in customer_segments and customer_segment_history, which go with it when
// it is deleted and come back with it on undo.
struct SegmentRows
{
    QString segment; // empty when never computed
    bool atRisk = false;
    QString computedOn;
    struct History
    {
        qint64 id;
        QString segment, changedOn, reason;
        bool manual;
    };
    QList<History> history;
};

struct SegmentHistoryEntry
{
    Segment segment;
    QDate changedOn;
    bool manual;
    QString reason;
};

// A won or open deal as the segment facts read it.
struct SegmentDealRow
{
    qint64 customerId;
    bool open;
    QByteArrayView closedAt; // stored UTC time as SQLite holds it; empty while open
    qint64 valueMinor;
    QString currency; // null for the home currency
};

// The segments' tables (customer_segments, customer_segment_history) and what the segments are
// computed from: the customers' ids, overrides and last contacts, and their won and open deals.
// SegmentService is the one writer of the segment tables.
class SegmentRepository
{
public:
    explicit SegmentRepository(QSqlDatabase db)
        : m_statements(std::move(db))
    { }

    // Every customer's id in id order, or just `customerId` when it is given and exists, and
    // the manual segments among them: one pass over the customers.
    struct Customers
    {
        QList<qint64> ids;
        QHash<qint64, Segment> overrides;
    };
    Result<Customers> customers(qint64 customerId = 0) const;
    static SqlStatement customersStatement(qint64 customerId); // what customers() runs
    // Every won and open deal (of one customer when given), in the table's own order: a scan
    // is several times faster than reading deals through the customer index.
    Status eachWonOrOpenDeal(qint64 customerId, const QString &home,
                             const std::function<void(const SegmentDealRow &)> &visit) const;
    static SqlStatement wonOrOpenDealsStatement(qint64 customerId, const QString &home);
    // Every customer's current segment and risk, as last recorded.
    struct Current
    {
        qint64 customerId;
        Segment segment;
        bool atRisk;
    };
    // Every recorded segment, in customer id order.
    Result<QList<Current>> current() const;
    static SqlStatement currentStatement(); // what current() runs
    Result<std::optional<Segment>> segmentOf(qint64 customerId) const;
    // What follow-ups are planned from: every customer's segment, cadence, creation day and last
    // completed contact, in id order.
    Result<QList<CustomerContact>> contacts() const;
    Result<QList<SegmentHistoryEntry>> history(qint64 customerId) const;
    static SqlStatement historyStatement(qint64 customerId); // what history() runs

    // Dates every customer's current segment as computed on `on`.
    Status dateAll(const QDate &on);
    // Sets a customer's current segment, and adds a history entry when it differs from
    // `previous`.
    Status record(qint64 customerId, Segment segment, bool atRisk, const QDate &on, bool manual,
                  const QString &reason, std::optional<Segment> previous);
    // What a computation changed for one customer: its new segment and risk, and the segment
    // it had (none when it had none).
    struct Change
    {
        qint64 customerId;
        Segment segment;
        bool atRisk;
        std::optional<Segment> previous;
    };
    // record() for each change of a computation on `on` (never manual), dozens of rows to a
    // statement: the first computation of a book of 400,000 customers writes them all.
    Status recordComputed(const QList<Change> &changes, const QDate &on);

    Result<SegmentRows> rowsOf(qint64 customerId) const;
    Status putBack(qint64 customerId, const SegmentRows &rows);

private:
    mutable StatementCache m_statements;
};

} // namespace salesdesk
