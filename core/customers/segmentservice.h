#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/customers/followups.h"
#include "core/customers/segmentation.h"
#include "core/customers/segmentrepository.h"

#include <QObject>

namespace salesdesk {

class BookSettings;
class CurrencyService;
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
// Values are in the home currency.
class SegmentService : public QObject
{
    Q_OBJECT

public:
    SegmentService(Database &db, BookSettings &settings, const CurrencyService &currencies,
                   const Clock &clock, QObject *parent = nullptr);

    // The book's rules (the defaults until changed) and changing them.
    CustomerRules rules() const;
    Status setRules(const CustomerRules &rules);
    QStringList problems(const CustomerRules &rules) const;
    // The settings a set of rules is kept as.
    static QHash<QString, QString> settingsOf(const CustomerRules &rules);

    // Recomputes every customer's segment as of a date (today when invalid) under the given
    // rules (the book's when none), records the changes in the segment history, and returns
    // the result.
    Result<QList<CustomerSegment>> recompute(const QDate &asOf = {},
                                             std::optional<SegmentRules> rules = std::nullopt);
    // Every customer's segment on a day by the book's rules and overrides, computed and not
    // recorded (the quarterly report compares a quarter's first and last days).
    Result<QList<CustomerSegment>> segmentsOn(const QDate &day) const;
    // A manual segment, inside a transaction of the caller's (the customers module, which keeps
    // the override on the customer): records the segment and its history entry. Clearing it
    // (nullopt) records nothing; the rules decide at the next computation.
    Status writeOverride(qint64 customerId, std::optional<Segment> segment, const QString &reason,
                         const QDate &on);

    using HistoryEntry = SegmentHistoryEntry;
    Result<QList<HistoryEntry>> history(qint64 customerId) const;
    // What facts() of one customer and history() read, for reading it ahead (ReadAhead).
    QList<SqlStatement> customerReads(qint64 customerId) const;
    // A customer's segment rows, for putting them back after the customer comes back (undo of a
    // delete or merge); putBack runs inside the caller's transaction.
    Result<SegmentRows> rowsOf(qint64 customerId) const;
    Status putBack(qint64 customerId, const SegmentRows &rows);

    // Who is due for a contact under the communication plans: every customer's follow-up as
    // of a date, earliest due first (segments as last computed; general when never computed).
    Result<QList<FollowUp>> followUps(const QDate &asOf,
                                      std::optional<ContactCadence> cadence = std::nullopt) const;

    // What the segments are computed from, for every customer in id order (or for one when
    // `customerId` is given): the deals won in the window (closed from `windowStart` to `asOf`,
    // both days included), everything won up to `asOf`, and whether one is still open. Days are
    // the user's local days; values in the home currency.
    Result<QList<CustomerFacts>> facts(const QDate &asOf, const QDate &windowStart,
                                       qint64 customerId = 0) const;
    // The first day of the look-back window that ends on `asOf`.
    QDate windowStart(const QDate &asOf) const;

signals:
    // A segment, a risk, an override or a rule changed (not a recomputation that found all as
    // it was).
    void segmentsChanged();

private:
    // facts(), and the customers' manual segments read in the same pass.
    Result<std::pair<QList<CustomerFacts>, QHash<qint64, Segment>>>
    factsAndOverrides(const QDate &asOf, const QDate &windowStart, qint64 customerId = 0) const;
    // What recompute() reads before it writes, for reading it ahead (ReadAhead).
    QList<SqlStatement> recomputeReads() const;
    Database &m_db;
    BookSettings &m_settings;
    const CurrencyService &m_currencies;
    const Clock &m_clock;
    SegmentRepository m_repository;
};

} // namespace salesdesk
