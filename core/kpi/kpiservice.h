#pragma once

#include "core/common/period.h"
#include "core/common/result.h"
#include "core/targets/targetrepository.h"
#include "core/targets/targettypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>

#include <optional>

namespace salesdesk {

class Database;
class Clock;
class CurrencyService;
class FeedbackService;
class PipelineService;
class TargetService;

// Every figure of a period, for the company or a rep (docs/cli.md, "The KPI engine"). Money in
// minor units of the home currency; a figure that cannot be had (no deal closed, no feedback)
// is absent, never 0.
struct KpiFigures
{
    qint64 revenueMinor = 0;
    int wonDeals = 0;
    int lostDeals = 0;
    std::optional<double> winRate; // won ÷ (won + lost)
    std::optional<qint64> avgDealMinor; // revenue ÷ won, rounded half away from zero
    std::optional<double> avgCycleDays; // mean whole days from creation to close, won deals
    int newDeals = 0;
    int newCustomers = 0;
    qint64 pipelineOpenMinor = 0; // open at the period's end (or the as-of day while it runs)
    qint64 pipelineWeightedMinor = 0;
    int activitiesDone = 0;
    int overdueActivities = 0; // on the as-of day, or at the period's end once it is over
    std::optional<double> csat;
    std::optional<double> nps;
    std::optional<qint64> targetMinor; // the revenue target of exactly this period and scope
    std::optional<double> attainment;
    // Revenue ÷ the market size recorded for exactly this year or quarter: the whole market's
    // for the company, the segment named like the product for a product.
    std::optional<double> marketShare;
};

// The days figures are counted over: a period (a quarter, a month…), or any range of days the
// user picks (`period` then invalid: no target is exactly of it).
struct KpiSpan
{
    QDate start;
    QDate end;
    Period period;

    static KpiSpan of(const Period &p) { return {p.start(), p.end(), p}; }
    static KpiSpan between(const QDate &from, const QDate &to) { return {from, to, Period()}; }
    bool isValid() const { return start.isValid() && end.isValid() && start <= end; }
    int days() const { return int(start.daysTo(end)) + 1; }
    // The span before: the period before, or as many days just before a range.
    KpiSpan previous() const;
    // The same days a year earlier (the same period of the year before).
    KpiSpan yearBefore() const;
    friend bool operator==(const KpiSpan &, const KpiSpan &) = default;
};

struct KpiReport
{
    Period period; // invalid for a range of days that is no period
    QDate from;
    QDate to; // the period's last day, or the as-of day while it runs
    TargetScope scope;
    KpiFigures kpis;
};

// A deal behind a figure: its value in the home currency (at the rate of its close day, or of the
// period's end while open).
struct KpiDeal
{
    qint64 id = 0;
    QString title;
    qint64 customerId = 0;
    qint64 ownerId = 0;
    QString product;
    qint64 homeMinor = 0;
    QDate createdOn;
    QDate closedOn; // invalid for an open deal
    QDate expectedClose;
    bool won = false;
    qint64 lostReasonId = 0;
    qint64 stageId = 0; // open deals: the stage at the period's end
    int percent = 0; // that stage's win probability
};

struct KpiMonth
{
    Period month;
    qint64 revenueMinor = 0;
    int won = 0;
    int lost = 0;
    std::optional<qint64> targetMinor; // the revenue target of exactly that month and scope
};

// A share of a whole: revenue by rep (id), customer (id) or product (key), deals lost by reason
// (id), the open pipeline by stage (id).
struct KpiShare
{
    qint64 id = 0;
    QString key;
    qint64 minor = 0;
    int count = 0;
    qint64 weightedMinor = 0; // stages only
};

// The figures of a period taken apart: by month, rep, product, customer, lost reason and
// stage, with the deals behind them. Every part adds up to the KpiFigures total it splits.
struct KpiBreakdown
{
    QList<KpiMonth> months; // the period's months (its one month for a month or a week)
    QList<KpiDeal> closed; // won and lost in the period, by close day
    QList<KpiDeal> open; // open at the period's end, by id
    QList<KpiShare> revenueByRep; // most first; id 0 is deals without an owner
    QList<KpiShare> revenueByProduct; // key "" is deals without a product
    QList<KpiShare> revenueByCustomer;
    QList<KpiShare> lostReasons; // most deals first; id 0 is no reason given
    QList<KpiShare> pipelineByStage; // in pipeline order, stages holding deals
};

// Won revenue and won deals month by month, and the first close: the history a forecast of
// some customers' deals learns from.
struct KpiClosedByMonth
{
    QDate firstClose; // won or lost; invalid when none closed
    QHash<QDate, std::pair<qint64, int>> won; // by the month's first day: revenue, deals
};

// A rep's figures of a period, side by side with the others (the quarterly report's reps).
struct RepFigures
{
    qint64 repId = 0;
    qint64 revenueMinor = 0;
    int wonDeals = 0;
    int lostDeals = 0;
    std::optional<double> winRate;
    std::optional<qint64> avgDealMinor;
    int activitiesDone = 0;
    std::optional<qint64> targetMinor;
    std::optional<double> attainment;
};

// 绩效指标: the one place the dashboard, the quarterly report and `salesdesk kpi` take their
// figures from. Revenue, won deals, new customers and activities done are the targets module's
// own measures, so a target's actual and the KPI always agree.
class KpiService
{
    Q_DECLARE_TR_FUNCTIONS(KpiService)

public:
    KpiService(Database &db, TargetService &targets, FeedbackService &feedback,
               const PipelineService &pipeline, const CurrencyService &currencies,
               const Clock &clock);

    // The figures of `period` as of `asOf` (the book's today when invalid): a period still
    // running is counted up to that day.
    Result<KpiReport> report(const KpiSpan &span, const TargetScope &scope,
                             const QDate &asOf = {}) const;
    Result<KpiReport> report(const Period &period, const TargetScope &scope,
                             const QDate &asOf = {}) const;
    // The same period taken apart (see KpiBreakdown).
    Result<KpiBreakdown> breakdown(const KpiSpan &span, const TargetScope &scope,
                                   const QDate &asOf = {}) const;
    Result<KpiBreakdown> breakdown(const Period &period, const TargetScope &scope,
                                   const QDate &asOf = {}) const;
    // The deals won or lost in the span (KpiBreakdown::closed) without the rest of the
    // breakdown, for work that needs no more.
    Result<QList<KpiDeal>> closedDeals(const KpiSpan &span, const TargetScope &scope,
                                       const QDate &asOf = {}) const;
    // Every rep who owned a deal closed in the period, worked an activity in it or has a
    // revenue target for it, by revenue (most first).
    // A range of days that is no period has no targets.
    Result<QList<RepFigures>> reps(const KpiSpan &span, const QDate &asOf = {}) const;
    Result<QList<RepFigures>> reps(const Period &period, const QDate &asOf = {}) const
    {
        return reps(KpiSpan::of(period), asOf);
    }
    // The same from the span's company breakdown, when it is at hand already.
    Result<QList<RepFigures>> reps(const KpiSpan &span, const QDate &asOf,
                                   const KpiBreakdown &company) const;
    Result<QList<RepFigures>> reps(const Period &period, const QDate &asOf,
                                   const KpiBreakdown &company) const
    {
        return reps(KpiSpan::of(period), asOf, company);
    }
    // The customers new in the period (their first won deal closed in it), with the day it
    // closed, by that day: the customers KpiFigures::newCustomers counts.
    Result<QList<std::pair<qint64, QDate>>>
    newCustomers(const KpiSpan &span, const TargetScope &scope, const QDate &asOf = {}) const;
    Result<QList<std::pair<qint64, QDate>>>
    newCustomers(const Period &period, const TargetScope &scope, const QDate &asOf = {}) const
    {
        return newCustomers(KpiSpan::of(period), scope, asOf);
    }
    // The deals of `customers` closed in the span (to the as-of day), added up by month as they
    // are read: none is kept, whatever the years of history.
    Result<KpiClosedByMonth> closedByMonth(const KpiSpan &span, const TargetScope &scope,
                                           const QSet<qint64> &customers,
                                           const QDate &asOf = {}) const;
    // The day the first deal in scope won or lost in the span closed (to the as-of day);
    // invalid when none did.
    Result<QDate> firstClose(const KpiSpan &span, const TargetScope &scope,
                             const QDate &asOf = {}) const;
    // The products named on the book's deals, for a filter by product.
    Result<QStringList> products() const { return m_metrics.products(); }
    // While a Reuse lives, figures asked rep by rep and again for the company read the
    // company's closed and open deals once (until the book changes): for work that asks the
    // same period many times over, such as scorecards, commission statements or the dashboard.
    class Reuse
    {
    public:
        explicit Reuse(const MetricRepository &metrics)
            : m_metrics(metrics)
        {
            m_metrics.beginReuse();
        }
        ~Reuse() { m_metrics.endReuse(); }
        Reuse(const Reuse &) = delete;
        Reuse &operator=(const Reuse &) = delete;

    private:
        const MetricRepository &m_metrics;
    };
    [[nodiscard]] Reuse reuse() const { return Reuse(m_metrics); }
    // The win rate and average deal of a count of won and lost deals and their revenue, by the
    // one rule (null when nothing to divide by).
    static std::optional<double> winRate(int won, int lost);
    static std::optional<qint64> averageDeal(qint64 revenueMinor, int won);
    // The revenue target of exactly this period and scope, if the book has one.
    static std::optional<qint64> revenueTarget(const QList<Target> &targets, const Period &period,
                                               const TargetScope &scope);
    // The period before (the quarter before a quarter…), and the same period a year earlier.
    static Period previous(const Period &period);
    static Period lastYear(const Period &period) { return period.yearBefore(); }

private:
    // The first and last day counted: the period's, cut at the as-of day while it runs.
    std::pair<QDate, QDate> range(const KpiSpan &span, const QDate &asOf) const;
    // What report() of the span and scope, counted from `r.from` to `r.to`, reads, for reading
    // it ahead (ReadAhead): a report's dozen questions in one exchange with a server.
    QList<SqlStatement> reportReads(const KpiSpan &span, const TargetScope &scope,
                                    const KpiReport &r, const QDate &asOf) const;
    KpiDeal toKpiDeal(const MetricRepository::DealRow &row, const QDate &rateDay) const;
    // An amount in the home currency, at the rate of `day` when written in another.
    qint64 homeMinor(qint64 minor, const QString &currency, const QDate &day) const;

    QSqlDatabase m_connection;
    MetricRepository m_metrics;
    TargetService &m_targets;
    FeedbackService &m_feedback;
    const PipelineService &m_pipeline;
    const CurrencyService &m_currencies;
    const Clock &m_clock;
};

} // namespace salesdesk
