#pragma once

#include "core/common/result.h"
#include "core/storage/sqlquery.h"
#include "core/targets/targettypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <functional>

namespace salesdesk {

// Targets, their revisions, hand-entered actuals and the book's strategic objectives.
class TargetRepository
{
    Q_DECLARE_TR_FUNCTIONS(TargetRepository)

public:
    explicit TargetRepository(QSqlDatabase db)
        : m_statements(std::move(db))
    { }

    Result<QList<Target>> targets() const; // parents before children, by position
    static SqlStatement targetsStatement(); // what targets() runs
    Result<Target> target(qint64 id) const;
    // Inserts; with keepId the target keeps its id (undo of a delete puts it back).
    Result<qint64> insert(const Target &target, bool keepId = false);
    Status update(const Target &target);
    Status remove(qint64 id);

    Result<QList<TargetRevision>> revisions(qint64 targetId) const;
    Result<qint64> addRevision(const TargetRevision &revision);

    // The hand-entered actual of a target as of a date (the latest entry up to it).
    Result<std::optional<qint64>> manualActual(qint64 targetId, const QDate &asOf) const;
    Status setManualActual(qint64 targetId, const QDate &asOf, qint64 value);

    // Every hand-entered actual of a target, by date.
    Result<QList<std::pair<QDate, qint64>>> manualActuals(qint64 targetId) const;

    Result<QStringList> objectives() const;
    Result<qint64> ensureObjective(const QString &name);

private:
    mutable StatementCache m_statements;
};

// The numbers a target is measured against, computed from the book's deals and activities for
// a scope and a range of local dates (both ends included).
class MetricRepository
{
public:
    explicit MetricRepository(QSqlDatabase db)
        : m_statements(std::move(db))
    { }

    // The counts and rates: won deals, new customers, activities done, win rate (parts per
    // million). Money is read with wonValue() and openPipeline() and added up by the service.
    Result<qint64> actual(Metric metric, const TargetScope &scope, const QDate &from,
                          const QDate &to) const;
    // What actual() runs for won deals, new customers and activities (empty for the others).
    static SqlStatement countStatement(Metric metric, const TargetScope &scope, const QDate &from,
                                       const QDate &to);

    // Amounts in the home currency, summed by SQLite, and the rest as written, to be converted.
    struct Amount
    {
        qint64 minor;
        QString currency;
        QDate day; // the day the rate is taken (the close date of a won deal)
        int percent; // the win probability an open deal is weighted by; 100 for won deals
    };
    struct Money
    {
        qint64 home = 0; // minor units (× percent for openPipeline's revenue)
        QList<Amount> other;
    };
    // The value of the deals won in the range.
    Result<Money> wonValue(const TargetScope &scope, const QDate &from, const QDate &to,
                           const QString &home) const;
    // What wonValue() runs first (the deals in other currencies, when any, are read after).
    static SqlStatement wonValueStatement(const TargetScope &scope, const QDate &from,
                                          const QDate &to, const QString &home);
    // A scope and a range of local dates, for asking about many at once.
    struct MoneyAsk
    {
        TargetScope scope;
        QDate from;
        QDate to;
    };
    // wonValue of each ask, read in one statement (a window's targets are one exchange with a
    // server, not one each).
    Result<QList<Money>> wonValues(const QList<MoneyAsk> &asks, const QString &home) const;
    // openPipeline(Metric::Revenue, …) of each ask, in one statement.
    Result<QList<Money>> openRevenue(const QList<MoneyAsk> &asks, const QString &home) const;
    // Open deals expected to close in the range, each weighted by its win probability: for
    // revenue the sum of value × percent (divided by 100 by the caller), for won deals the sum
    // of the percents.
    Result<Money> openPipeline(Metric metric, const TargetScope &scope, const QDate &from,
                               const QDate &to, const QString &home) const;
    // For the KPI engine, over a scope and a range of local dates: deals lost in it, deals
    // created in it, and the whole local days from creation to close of each deal won in it.
    Result<qint64> lostDeals(const TargetScope &scope, const QDate &from, const QDate &to) const;
    // The market size recorded for exactly that period (its written form) and segment.
    Result<std::optional<qint64>> marketSize(const QString &period, const QString &segment) const;
    Result<qint64> newDeals(const TargetScope &scope, const QDate &from, const QDate &to) const;
    Result<QList<int>> wonCycleDays(const TargetScope &scope, const QDate &from,
                                    const QDate &to) const;
    // What each of these runs, for reading it ahead (ReadAhead); newDeals() and openAt() run
    // theirs only while the scope is not reusing() the company's rows.
    static SqlStatement lostDealsStatement(const TargetScope &scope, const QDate &from,
                                           const QDate &to);
    static SqlStatement marketSizeStatement(const QString &period, const QString &segment);
    static SqlStatement newDealsStatement(const TargetScope &scope, const QDate &from,
                                          const QDate &to);
    static SqlStatement wonCycleDaysStatement(const TargetScope &scope, const QDate &from,
                                              const QDate &to);
    static SqlStatement openAtStatement(const TargetScope &scope, const QDateTime &moment);
    static SqlStatement overdueActivitiesStatement(const TargetScope &scope, const QDate &day);
    // The scope's figures are taken from the company's rows kept while reuse is on.
    bool reusing(const TargetScope &scope) const;
    // A deal as the KPI engine breaks figures down by: closed in a range, or open at a moment.
    struct DealRow
    {
        qint64 id = 0;
        QString title;
        qint64 customerId = 0;
        qint64 ownerId = 0;
        QString product;
        qint64 minor = 0;
        QString currency;
        QDate createdOn; // local dates
        QDate closedOn; // invalid while open
        QDate expectedClose;
        bool won = false;
        qint64 lostReasonId = 0;
        qint64 stageId = 0; // for an open deal, the stage it was in at the moment asked
        int percent = 0; // that stage's win probability
    };
    // The deals won or lost in the range, by close time.
    Result<QList<DealRow>> closedDeals(const TargetScope &scope, const QDate &from,
                                       const QDate &to) const;
    // The deals open at `moment` by their stage history, each with the stage it was in then and
    // that stage's win probability.
    Result<QList<DealRow>> openAt(const TargetScope &scope, const QDateTime &moment) const;
    // Each deal won or lost in the range, handed to `visit` as it is read (in no order), for
    // totals over years of history that need not hold the deals.
    struct Close
    {
        qint64 customerId = 0;
        bool won = false;
        QDate closedOn; // local date
        qint64 minor = 0;
        QString currency;
    };
    Status forEachClose(const TargetScope &scope, const QDate &from, const QDate &to,
                        const std::function<void(const Close &)> &visit) const;
    // The customers whose first won deal (in scope) closed in the range, with that deal's close
    // time: the new customers actual(Metric::NewCustomers) counts.
    Result<QList<std::pair<qint64, QDateTime>>> firstWins(const TargetScope &scope,
                                                          const QDate &from, const QDate &to) const;
    // Activities done in the range, by the rep who did them (0: nobody named), the same count
    // as actual(Metric::Activities) for each rep.
    Result<QHash<qint64, qint64>> activitiesByRep(const QDate &from, const QDate &to) const;
    // Activities overdue on the local day `day`: due before it began and not done by then.
    Result<qint64> overdueActivities(const TargetScope &scope, const QDate &day) const;
    // The day the book's history starts (its first deal); invalid when it has none.
    Result<QDate> firstDealDate() const;
    // The local day of the first close (won or lost) in scope and in the range; invalid when
    // none closed in it.
    Result<QDate> firstClose(const TargetScope &scope, const QDate &from, const QDate &to) const;
    // Distinct products and teams named in the book, for splitting by them.
    Result<QStringList> products() const;
    Result<QStringList> teams() const;

    // While reuse is on (begun as often as ended), the company's deals closed in a range and
    // open at a moment, and the deals created in a range counted by owner, are read once and
    // kept until the book changes, and a rep's or a team's are taken from them: a scorecard or a
    // commission run asks for them rep by rep. Off, nothing is kept.
    void beginReuse() const;
    void endReuse() const;

private:
    Result<QList<DealRow>> readClosed(const TargetScope &scope, const QDate &from,
                                      const QDate &to) const;
    Result<QList<DealRow>> readOpen(const TargetScope &scope, const QDateTime &moment) const;
    // The company's rows for `key` (kept, or read by `read`), narrowed to the scope's rep.
    template<typename Read>
    Result<QList<DealRow>> reused(const QString &key, const TargetScope &scope,
                                  const Read &read) const;

    struct Kept
    {
        QString key;
        ChangeStamp stamp;
        QList<DealRow> rows; // the company's deals
        QHash<qint64, qint64> counts; // or a count by owner (0: none)
    };
    // The owners whose deals a rep's or a team's scope takes from the company's.
    Result<QSet<qint64>> owners(const TargetScope &scope) const;
    Result<Kept> newDealsByOwner(const QDate &from, const QDate &to) const;
    // What is kept for `key` while the book is unchanged, else made by `read` and kept.
    template<typename Read>
    Result<const Kept *> kept(const QString &key, const Read &read) const;
    mutable StatementCache m_statements;
    mutable int m_reuse = 0;
    mutable QList<Kept> m_kept;
};

} // namespace salesdesk
