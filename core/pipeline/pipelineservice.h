#pragma once

#include "core/common/clock.h"
#include "core/pipeline/dealevents.h"
#include "core/pipeline/funnel.h"
#include "core/pipeline/pipelinerepository.h"
#include "core/pipeline/pipelinetypes.h"

#include <QHash>
#include <QObject>

namespace salesdesk {

class CurrencyService;
class CustomerService;
class Database;
class TeamService;

// Where a deal is moved: an open stage, or won, or lost (with a reason).
struct DealMove
{
    qint64 stageId = 0; // for DealStatus::Open; ignored when closing
    DealStatus status = DealStatus::Open;
    qint64 lostReasonId = 0;
    QString lostNote;
};

// A rule a deal breaks, with the field it concerns, for inline validation in the editor.
struct DealProblem
{
    enum class Field { Title, Customer, Value, ExpectedClose, Stage, LostReason, Dates };
    Field field;
    QString message;
};

// Totals over a set of deals, in the home currency: how many, their value, their weighted value
// and how many are idle. Fed one deal at a time by PipelineService::count.
struct DealTotals
{
    int count = 0;
    qint64 value = 0; // minor units of the home currency
    qint64 weightedHundredths = 0; // Σ value × win probability (%): divided by 100 once
    int idle = 0;

    // 加权金额: value × win probability, added over the deals and divided by 100 once at the
    // end, rounded half up to a minor unit. Board columns, the status bar, the list, targets'
    // projections and the command line all use this one rule.
    qint64 weighted() const { return (weightedHundredths + 50) / 100; }
    DealTotals &operator+=(const DealTotals &other);
};

// The totals of the deals a DealListQuery lists, by where they stand: the Board's columns.
struct DealTotalsByStage
{
    QHash<qint64, DealTotals> open; // by stage id
    DealTotals won;
    DealTotals lost;

    DealTotals allOpen() const;
};

// The sales process (pipeline) of one book: stages, lost reasons, deals with their stage
// history, and the funnel. Deals name their customer (customers module) and owner (team
// module) by id. Every change is committed at once and announced with a signal, so views
// update one row at a time.
class PipelineService : public QObject
{
    Q_OBJECT

public:
    PipelineService(Database &db, CustomerService &customers, TeamService &team,
                    const CurrencyService &currencies, const Clock &clock,
                    QObject *parent = nullptr);

    Status load();
    // What load() reads, for reading it ahead (ReadAhead).
    static QList<SqlStatement> loadReads()
    {
        return {StageRepository::stagesStatement(), StageRepository::lostReasonsStatement()};
    }

    // Stages and lost reasons
    const QList<Stage> &stages() const { return m_stages; } // archived included
    QList<Stage> activeStages() const;
    const Stage *stage(qint64 id) const;
    // Matches a stage by its code or displayed name, case-insensitively.
    const Stage *findStage(const QString &name) const;
    // Replaces the stage list: updates those with ids, inserts those without, deletes the
    // missing ones (refused while a deal or its history uses them). Used by the stage editor.
    Status saveStages(const QList<Stage> &stages);
    const QList<LostReason> &lostReasons() const { return m_lostReasons; }
    // Replaces the list of lost reasons like saveStages does the stages; a reason that deals
    // use cannot be removed, only archived.
    Status saveLostReasons(const QList<LostReason> &reasons);
    const LostReason *findLostReason(const QString &name) const;
    const LostReason *lostReason(qint64 id) const; // archived included

    // Deals
    static QList<DealProblem> validate(const Deal &deal);
    int probability(const DealSummary &deal) const;
    int probability(const Deal &deal) const;

    // The figures of a deal, the same wherever they are shown. Days are counted to `now`;
    // an open deal's value is converted at the rate of `now`'s day, a closed one's at its
    // close date's.
    qint64 homeValue(const DealSummary &deal, const QDateTime &now) const;
    // A deal's weighted value on its own (DealTotals::weighted over one deal).
    qint64 weightedValue(const DealSummary &deal, const QDateTime &now) const;
    int daysInStage(const DealSummary &deal, const QDateTime &now) const;
    // 停滞: open and in its stage longer than the stage's idle limit.
    bool isIdle(const DealSummary &deal, const QDateTime &now) const;
    void count(DealTotals &totals, const DealSummary &deal, const QDateTime &now) const;
    // All deals, or those with a status and/or in a stage.
    Result<QList<DealSummary>> dealSummaries(std::optional<DealStatus> status = std::nullopt,
                                             qint64 stageId = 0) const;
    Result<DealSummary> dealSummary(qint64 id) const;
    // These deals, in no particular order.
    Result<QList<DealSummary>> dealSummaries(const QList<qint64> &ids) const;
    Result<bool> hasDeals() const { return m_dealRepo.any(); }
    // The open deals (of one owner, or all for 0) added up under count()'s rule, by SQLite:
    // the status bar's figures without reading every open deal.
    Result<DealTotals> openTotals(qint64 ownerId, const QDateTime &now) const;
    // The deals `query` lists added up under count()'s rule by SQLite, open ones by stage: the
    // Board's column headers and the List's status bar, without reading the deals.
    Result<DealTotalsByStage> totals(const DealListQuery &query, const QDateTime &now) const;
    // The ids of the deals the List shows, in its order (values and days in stage as of `now`).
    Result<QList<qint64>> dealIds(const DealListQuery &query, const QDateTime &now) const;
    // dealIds() of the open deals `query` lists, apart by stage: what dealIds() gives with
    // each stage's id in `query.stageId`, for all stages in one question (the Board's columns).
    // Not for the orders by text.
    Result<QHash<qint64, QList<qint64>>> openDealIdsByStage(DealListQuery query,
                                                            const QDateTime &now) const;
    Result<QList<DealSummary>> dealsOfCustomer(qint64 customerId) const;
    Result<Deal> deal(qint64 id) const;
    Result<QList<StageChange>> history(qint64 id) const;
    // history() of every deal of the customer, by deal.
    Result<QHash<qint64, QList<StageChange>>> historiesOfCustomer(qint64 customerId) const;
    // What dealsOfCustomer() and historiesOfCustomer() read, for reading it ahead (ReadAhead).
    static QList<SqlStatement> customerReads(qint64 customerId)
    {
        return {DealRepository::summariesForCustomerStatement(customerId),
                DealRepository::historiesOfCustomerStatement(customerId)};
    }
    Result<DealSnapshot> snapshot(qint64 id) const;

    // Creates a deal at `at` (UTC; now when invalid), in its stage or the first active one.
    Result<qint64> addDeal(Deal deal, const QDateTime &at = {});
    // Saves edited fields; a changed stage or status is recorded as a move at `at`. A deal read
    // at a version someone else has changed since is refused (Error::editConflict): see
    // dealConflict() and updateDealOnTop().
    Status updateDeal(const Deal &deal, const QDateTime &at = {});
    // What someone else changed in the deal since it was read as `opened`: who, which fields
    // (the editor's names for them), and the deal as it is now.
    struct DealConflict
    {
        QString changedBy; // empty when the book does not know
        QStringList fields;
        Deal current;
    };
    Result<DealConflict> dealConflict(const Deal &opened) const;
    // The change from `opened` to `edited` put on top of the deal as it is now: what the other
    // user changed stays, unless this change touches the same field.
    Status updateDealOnTop(const Deal &opened, const Deal &edited, const QDateTime &at = {});
    Status moveDeal(qint64 id, const DealMove &move, const QDateTime &at = {});
    Status removeDeal(qint64 id);
    // 撤销: a won deal cancelled or refunded on `day` (a local day, not before the win): it
    // becomes lost from that day with the reason "Reversed after the win" and the words given,
    // and the reversal is kept with the day it had been won. CommissionService::reverseDeal
    // checks the commission side first; call that one.
    Status reverseDeal(qint64 id, const QDate &day, const QString &reason);
    Result<QList<DealEvent>> events(qint64 id) const { return m_eventRepo.events(id); }
    Result<std::optional<DealReversal>> reversal(qint64 id) const
    {
        return m_eventRepo.reversal(id);
    }
    Result<QList<DealReversal>> reversals(const QDate &from, const QDate &to) const
    {
        return m_eventRepo.reversals(from, to);
    }
    // Puts a deal back exactly as the snapshot says, or removes it when `snapshot` is empty;
    // undo and redo go through here.
    // With `left`, the version an edit left the deal at (undo and redo of it): refused when
    // someone else has changed the deal since, rather than undoing their change too.
    Status restoreDeal(qint64 id, const std::optional<DealSnapshot> &snapshot,
                       const RowVersion &left = {});

    // Funnel of the deals created in [from, to] (local dates, inclusive).
    Result<FunnelReport> funnel(const QDate &from, const QDate &to) const;
    // Each active stage's win rate learned from every deal closed by `asOf` (computeStageWinRates).
    Result<QList<StageWinRate>> stageWinRates(const QDate &asOf) const;
    // The forecast category of every open deal that has one other than pipeline.
    Result<QHash<qint64, ForecastCategory>> forecastCategories() const
    {
        return m_dealRepo.forecastCategories();
    }

    // Problems of the book's deals for `salesdesk check`: broken invariants, and deals in a
    // currency the book has no rate for.
    Result<QStringList> checkInvariants() const;

signals:
    void stagesChanged();
    void dealChanged(qint64 id); // inserted or updated
    // A deal named a competitor the register did not have: it is in the register now.
    void competitorsAdded();
    void dealRemoved(qint64 id);

private:
    Result<QList<qint64>> dealIds(const DealListQuery &query, const QDateTime &now,
                                  QList<qint64> *stageIds) const;
    // dealChanged(), and competitorsAdded() when the write added a competitor.
    void announceChanged(qint64 id);
    // `at` in UTC with whole seconds, or now when `at` is invalid.
    QDateTime timestamp(const QDateTime &at) const;
    Status applyMove(Deal &deal, const DealMove &move, const QDateTime &at);
    Status reloadStages();
    // The customer and owner exist, and the currency can be converted to the home currency.
    Status checkReferences(const Deal &deal) const;

    Database &m_db;
    CustomerService &m_customers;
    TeamService &m_team;
    const CurrencyService &m_currencies;
    const Clock &m_clock;
    StageRepository m_stageRepo;
    DealRepository m_dealRepo;
    ActivityRepository m_activityRepo;
    DealEventRepository m_eventRepo;

    QList<Stage> m_stages;
    QList<LostReason> m_lostReasons;
};

} // namespace salesdesk
