#pragma once

#include "core/common/result.h"
#include "core/pipeline/pipelinetypes.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <functional>

namespace salesdesk {

// Stages and lost reasons: the book's own lists.
class StageRepository
{
public:
    explicit StageRepository(QSqlDatabase db)
        : m_statements(std::move(db))
    { }
    Result<QList<Stage>> stages() const; // by position, archived included
    Result<QList<LostReason>> lostReasons() const;
    static SqlStatement stagesStatement(); // what stages() runs
    static SqlStatement lostReasonsStatement(); // what lostReasons() runs
    Result<qint64> insert(const Stage &stage);
    Status update(const Stage &stage);
    Status remove(qint64 id);
    Result<int> dealCount(qint64 stageId) const;
    Result<qint64> insertLostReason(const LostReason &reason);
    Status updateLostReason(const LostReason &reason);
    Status removeLostReason(qint64 id);
    Result<int> lostReasonUseCount(qint64 reasonId) const;

private:
    mutable StatementCache m_statements;
};

class DealRepository
{
    Q_DECLARE_TR_FUNCTIONS(DealRepository)

public:
    explicit DealRepository(QSqlDatabase db)
        : m_statements(std::move(db))
    { }

    Result<Deal> deal(qint64 id) const; // with the competitors it names
    // The deal's version now (who changed it last).
    Result<RowVersion> version(qint64 id) const;
    // The refusal of a change to `d` made against an older version than `now`.
    static Error changedSince(const Deal &d, const RowVersion &now);
    Result<QList<StageChange>> history(qint64 dealId) const;
    // The stage histories of all of a customer's deals, by deal (one question, not one per deal).
    Result<QHash<qint64, QList<StageChange>>> historiesOfCustomer(qint64 customerId) const;
    // What historiesOfCustomer() runs, for reading it ahead (ReadAhead).
    static SqlStatement historiesOfCustomerStatement(qint64 customerId);
    // The competitors a deal names, as the register spells them, by name. Writing them matches
    // each name to a competitor of the register without regard to case, adding one that is
    // not there yet (insert, insertMany and update write a deal's names with it).
    Result<QStringList> competitors(qint64 dealId) const;
    // The forecast category of every open deal that has one other than pipeline.
    Result<QHash<qint64, ForecastCategory>> forecastCategories() const;
    Status setCompetitors(qint64 dealId, const QStringList &names, const QDateTime &now);
    Result<DealSummary> summary(qint64 id) const;
    Result<QList<DealSummary>> summariesForCustomer(qint64 customerId) const;
    // What summariesForCustomer() runs, for reading it ahead (ReadAhead).
    static SqlStatement summariesForCustomerStatement(qint64 customerId);
    // Per customer with deals: the owner of their first deal (the lowest id) and when their
    // last won deal closed (invalid when none was won).
    struct CustomerMarks
    {
        qint64 firstOwnerId = 0;
        QDateTime lastWonAt;
    };
    Result<QHash<qint64, CustomerMarks>> customerMarks() const;
    // All deals, or those with the given status and/or in the given stage, by id.
    Result<QList<DealSummary>> summaries(std::optional<DealStatus> status = std::nullopt,
                                         qint64 stageId = 0) const;

    // These deals, in no particular order (the List reads the rows it shows a block at a time).
    Result<QList<DealSummary>> summaries(const QList<qint64> &ids) const;
    Result<bool> any() const;
    // The deals `query` lists in the home currency, grouped by status, stage and their own win
    // probability (-1 for the stage's): how many, their value, and how many open ones entered
    // their stage before `today` less the stage's idle days (UTC dates).
    struct DealGroup
    {
        DealStatus status = DealStatus::Open;
        qint64 stageId = 0;
        int probability = -1;
        int count = 0;
        qint64 value = 0;
        int idle = 0;
    };
    // The deals `query` lists in `home` by group; `foreignCount` is set to how many it lists
    // in other currencies (read in the same statement).
    Result<QList<DealGroup>> groups(const DealListQuery &query, const QString &home,
                                    const QDate &today, int *foreignCount) const;
    // The deals `query` lists in other currencies than `home`.
    Result<QList<DealSummary>> foreign(const DealListQuery &query, const QString &home) const;
    // What ordering needs besides the deals: values in the home currency (the rate of the day
    // for open deals, of the closing day for closed ones, as CurrencyService::toHome), days in
    // stage until `now`, and the order of the translated source and service names.
    struct OrderContext
    {
        QString home;
        QDate today;
        QDateTime now;
        // Per currency other than home: minor units of home per (minor unit × rate_nano).
        QHash<QString, double> scale;
        QStringList sourceCodes; // stored codes in the order of their names ("" for none)
        QStringList serviceCodes;
    };
    // The ids of the deals `query` selects, in its order; not for the orders by text. With
    // `stageIds`, each deal's stage is appended to it in the same order.
    Result<QList<qint64>> ids(const DealListQuery &query, const OrderContext &context,
                              QList<qint64> *stageIds = nullptr) const;
    // For the orders by text (title, customer, owner, next step, product): each deal `query`
    // selects with the text it is ordered by, by id.
    Result<QList<std::pair<qint64, QString>>> texts(const DealListQuery &query) const;

    // Inserts the deal; with keepId its id is kept (undo of a delete restores the same id).
    Result<qint64> insert(const Deal &deal, bool keepId = false);
    // Bulk writing (an import): deals that carry the ids the caller gave them from nextId(),
    // and stage changes, many rows to a statement.
    Result<qint64> nextId() const;
    Status insertMany(const QList<Deal> &deals);
    Status appendHistoryMany(const QList<StageChange> &changes);
    // Writes the deal, raising its version; refused (Error::editConflict) when it carries a
    // version and the row has moved on since (someone else changed it). Its competitors are
    // written too unless `competitorsToo` is false (a move, which leaves them as they are).
    Status update(const Deal &deal, bool competitorsToo = true);
    // Whether writing deals added a competitor to the register since last asked.
    bool takeAddedCompetitors() { return std::exchange(m_addedCompetitors, false); }
    Status remove(qint64 id);
    Result<qint64> appendHistory(const StageChange &change);
    Status replaceHistory(qint64 dealId, const QList<StageChange> &history);

    // Stage history of the deals created in [from, to) (UTC), ordered by deal and time, for
    // the funnel analysis.
    struct FunnelRow
    {
        qint64 dealId;
        qint64 stageId;
        DealStatus status;
        QDateTime enteredAt;
    };
    Result<QList<FunnelRow>> funnelRows(const QDateTime &from, const QDateTime &to) const;
    // The same rows handed over one at a time, none kept.
    Status eachFunnelRow(const QDateTime &from, const QDateTime &to,
                         const std::function<void(const FunnelRow &)> &take) const;
    // The value of each deal created in [from, to) as written; for a deal in another currency
    // than `home`, that currency and when it closed as stored (the day its rate is taken; empty
    // while open). Apart from funnelRows: carrying these through its sort made the funnel half
    // as slow again.
    struct FunnelValue
    {
        qint64 dealId;
        qint64 value;
        QString currency; // empty: the home currency
        QString closedAt;
    };
    Result<QList<FunnelValue>> funnelValues(const QDateTime &from, const QDateTime &to,
                                            const QString &home) const;

    // Invariant checks for `salesdesk check`: descriptions of each problem found.
    Result<QStringList> invariantProblems() const;

private:
    static Error noSuchDeal(qint64 id);
    // The register's competitor of that name (any case), added when it is not there.
    Result<qint64> competitorId(const QString &name, const QDateTime &now);
    mutable StatementCache m_statements;
    bool m_addedCompetitors = false;
};

class ActivityRepository
{
    Q_DECLARE_TR_FUNCTIONS(ActivityRepository)

public:
    explicit ActivityRepository(QSqlDatabase db)
        : m_statements(std::move(db))
    { }
    // Every open activity, and the done ones due on or after `doneSince`.
    Result<QList<Activity>> activities(const QDate &doneSince = {}) const;
    // The open activities due from `from` to `to` (local days, both included), by due time.
    Result<QList<Activity>> openDue(const QDate &from, const QDate &to) const;
    // How many open activities were due before `day` (local days).
    Result<int> openDueBefore(const QDate &day) const;
    Result<Activity> activity(qint64 id) const;
    Result<qint64> insert(const Activity &activity, bool keepId = false);
    // New activities, many to a statement (a bulk write); their ids are not read back.
    Status insertMany(const QList<Activity> &activities);
    Status update(const Activity &activity);
    Status remove(qint64 id);
    Result<QList<qint64>> idsForDeal(qint64 dealId) const;
    // Every activity with a customer, done or not, newest first.
    Result<QList<Activity>> forCustomer(qint64 customerId) const;
    // What forCustomer() runs, for reading it ahead (ReadAhead).
    static SqlStatement forCustomerStatement(qint64 customerId);
    Status linkToDeal(const QList<qint64> &activityIds, qint64 dealId);

private:
    mutable StatementCache m_statements;
};

} // namespace salesdesk
