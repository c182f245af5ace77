#pragma once

#include "core/common/result.h"
#include "core/customers/followups.h"
#include "core/customers/segmentation.h"
#include "core/storage/sqlquery.h"

#include <QObject>

namespace salesdesk {

class Database;

// The book's own rules for segments and contact cadences (kept in the file, so the window and
// the command line classify alike).
struct CustomerRules
{
    SegmentRules segments;
    ContactCadence cadence;
    friend bool operator==(const CustomerRules &a, const CustomerRules &b)
    {
        return a.segments.lookBackMonths == b.segments.lookBackMonths
               && a.segments.highValueShare == b.segments.highValueShare
               && a.segments.highValueMinWonDeals == b.segments.highValueMinWonDeals
               && a.segments.newCustomerDays == b.segments.newCustomerDays
               && a.segments.atRiskIntervalFactor == b.segments.atRiskIntervalFactor
               && a.cadence.highValue == b.cadence.highValue
               && a.cadence.potential == b.cadence.potential
               && a.cadence.general == b.cadence.general;
    }
};

// Customer segments: computes them from the book (RFM over a look-back window), keeps the
// current segment of each customer and the history of every change, and applies overrides.
class SegmentService : public QObject
{
    Q_OBJECT

public:
    explicit SegmentService(Database &db, QObject *parent = nullptr);

    // The book's rules (the defaults until changed) and changing them.
    Result<CustomerRules> rules() const;
    Status setRules(const CustomerRules &rules);
    QStringList problems(const CustomerRules &rules) const;

    // Recomputes every customer's segment as of a date (today when invalid) under the given
    // rules (the book's when none), records the changes in the segment history, and returns
    // the result.
    Result<QList<CustomerSegment>> recompute(const QDate &asOf = {},
                                             std::optional<SegmentRules> rules = std::nullopt);
    // A manual segment that wins over the rules until cleared (nullopt clears it).
    Status setOverride(qint64 customerId, std::optional<Segment> segment, const QString &reason,
                       const QDate &on = {});

    struct HistoryEntry
    {
        Segment segment;
        QDate changedOn;
        bool manual;
        QString reason;
    };
    Result<QList<HistoryEntry>> history(qint64 customerId) const;

    // Who is due for a contact under the communication plans: every customer's follow-up as
    // of a date, earliest due first (segments as last computed; general when never computed).
    Result<QList<FollowUp>> followUps(const QDate &asOf,
                                      std::optional<ContactCadence> cadence = std::nullopt) const;
    // A customer's own contact cadence in days; 0 returns it to its segment's.
    Status setContactCadence(qint64 customerId, int days);

    // What the segments are computed from, for every customer in id order: the deals won in
    // the window (closed from `windowStart` to `asOf`, both days included), the first and last
    // won up to `asOf`, and whether one is still open. Days are the user's local days.
    Result<QList<CustomerFacts>> facts(const QDate &asOf, const QDate &windowStart) const;

signals:
    void segmentsChanged();

private:
    Status record(qint64 customerId, Segment segment, bool atRisk, const QDate &on, bool manual,
                  const QString &reason, std::optional<Segment> previous);

    Database &m_db;
    mutable StatementCache m_statements;
};

} // namespace salesdesk
