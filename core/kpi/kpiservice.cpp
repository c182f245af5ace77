#include "core/kpi/kpiservice.h"

#include "core/common/clock.h"
#include "core/currency/currencyservice.h"
#include "core/customers/feedback.h"
#include "core/storage/database.h"
#include "core/storage/readahead.h"
#include "core/targets/targetservice.h"

#include <cmath>

namespace salesdesk {

KpiService::KpiService(Database &db, TargetService &targets, FeedbackService &feedback,
                       const PipelineService &pipeline, const CurrencyService &currencies,
                       const Clock &clock)
    : m_connection(db.connection())
    , m_metrics(db.connection())
    , m_targets(targets)
    , m_feedback(feedback)
    , m_pipeline(pipeline)
    , m_currencies(currencies)
    , m_clock(clock)
{ }

KpiSpan KpiSpan::previous() const
{
    if (period.isValid()) {
        return of(KpiService::previous(period));
    }
    return between(start.addDays(-days()), start.addDays(-1));
}

KpiSpan KpiSpan::yearBefore() const
{
    if (period.isValid()) {
        return of(period.yearBefore());
    }
    return between(start.addYears(-1), end.addYears(-1));
}

Period KpiService::previous(const Period &period)
{
    return Period::containing(period.kind(), period.start().addDays(-1), period.startMonth());
}

std::optional<double> KpiService::winRate(int won, int lost)
{
    if (won + lost <= 0) {
        return std::nullopt;
    }
    return double(won) / double(won + lost);
}

std::optional<qint64> KpiService::averageDeal(qint64 revenueMinor, int won)
{
    if (won <= 0) {
        return std::nullopt;
    }
    return std::llround(double(revenueMinor) / double(won));
}

std::pair<QDate, QDate> KpiService::range(const KpiSpan &span, const QDate &asOf) const
{
    return {span.start, std::min(span.end, asOf.isValid() ? asOf : m_clock.today())};
}

namespace {

// A market share is worked out for the company or a product over a year or a quarter.
bool marketScope(const TargetScope &scope, const KpiSpan &span)
{
    return (scope.kind == ScopeKind::Company || scope.kind == ScopeKind::Product)
           && span.period.isValid()
           && (span.period.kind() == Period::Kind::Year
               || span.period.kind() == Period::Kind::Quarter);
}

} // namespace

std::optional<qint64> KpiService::revenueTarget(const QList<Target> &targets, const Period &period,
                                                const TargetScope &scope)
{
    for (const Target &t : targets) {
        if (t.metric == Metric::Revenue && t.scope == scope && t.period == period) {
            return t.value;
        }
    }
    return std::nullopt;
}

Result<KpiReport> KpiService::report(const Period &period, const TargetScope &scope,
                                     const QDate &asOf) const
{
    if (!period.isValid()) {
        return Error::user(tr("There is no such period."));
    }
    return report(KpiSpan::of(period), scope, asOf);
}

QList<SqlStatement> KpiService::reportReads(const KpiSpan &span, const TargetScope &scope,
                                            const KpiReport &r, const QDate &asOf) const
{
    // In the order report() asks.
    QList<SqlStatement> reads {
            MetricRepository::wonValueStatement(scope, r.from, r.to, m_currencies.home()),
            MetricRepository::countStatement(Metric::WonDeals, scope, r.from, r.to),
            MetricRepository::countStatement(Metric::NewCustomers, scope, r.from, r.to),
            MetricRepository::countStatement(Metric::Activities, scope, r.from, r.to),
            MetricRepository::lostDealsStatement(scope, r.from, r.to)};
    const bool reusing = m_metrics.reusing(scope);
    if (!reusing) {
        reads.append(MetricRepository::newDealsStatement(scope, r.from, r.to));
    }
    reads.append(MetricRepository::wonCycleDaysStatement(scope, r.from, r.to));
    if (!reusing) {
        reads.append(MetricRepository::openAtStatement(scope, r.to.addDays(1).startOfDay()));
    }
    reads.append(MetricRepository::overdueActivitiesStatement(
            scope, asOf <= span.end ? asOf : span.end.addDays(1)));
    if (scope.kind == ScopeKind::Company) {
        reads.append(FeedbackService::satisfactionReads(r.from, r.to));
    }
    reads += m_targets.targetsReads();
    if (marketScope(scope, span)) {
        reads.append(MetricRepository::marketSizeStatement(
                span.period.toString(), scope.kind == ScopeKind::Product ? scope.text : QString()));
    }
    return reads;
}

Result<KpiReport> KpiService::report(const KpiSpan &span, const TargetScope &scope,
                                     const QDate &asOfIn) const
{
    if (!span.isValid()) {
        return Error::user(tr("There is no such period."));
    }
    const QDate asOf = asOfIn.isValid() ? asOfIn : m_clock.today();
    KpiReport r;
    r.period = span.period;
    r.scope = scope;
    r.from = span.start;
    r.to = std::min(span.end, asOf);
    KpiFigures &k = r.kpis;
    if (r.to < r.from) {
        return r; // the period has not begun: nothing happened in it yet
    }
    const ReadAhead ahead(m_connection, reportReads(span, scope, r, asOf));
    const auto count = [&](Metric metric) -> Result<qint64> {
        return m_targets.measure(metric, scope, r.from, r.to);
    };
    auto revenue = count(Metric::Revenue);
    if (!revenue) {
        return revenue.error();
    }
    auto won = count(Metric::WonDeals);
    if (!won) {
        return won.error();
    }
    auto newCustomers = count(Metric::NewCustomers);
    if (!newCustomers) {
        return newCustomers.error();
    }
    auto activities = count(Metric::Activities);
    if (!activities) {
        return activities.error();
    }
    auto lost = m_metrics.lostDeals(scope, r.from, r.to);
    if (!lost) {
        return lost.error();
    }
    auto created = m_metrics.newDeals(scope, r.from, r.to);
    if (!created) {
        return created.error();
    }
    auto cycles = m_metrics.wonCycleDays(scope, r.from, r.to);
    if (!cycles) {
        return cycles.error();
    }
    // Open at the end of the day the period is counted to.
    auto open = m_metrics.openAt(scope, r.to.addDays(1).startOfDay());
    if (!open) {
        return open.error();
    }
    // Overdue on the as-of day while the period runs, on the day after it once it has ended.
    auto overdue
            = m_metrics.overdueActivities(scope, asOf <= span.end ? asOf : span.end.addDays(1));
    if (!overdue) {
        return overdue.error();
    }
    k.revenueMinor = *revenue;
    k.wonDeals = int(*won);
    k.lostDeals = int(*lost);
    k.winRate = winRate(k.wonDeals, k.lostDeals);
    k.avgDealMinor = averageDeal(k.revenueMinor, k.wonDeals);
    if (!cycles->isEmpty()) {
        double days = 0;
        for (int d : std::as_const(*cycles)) {
            days += d;
        }
        k.avgCycleDays = days / double(cycles->size());
    }
    k.newDeals = int(*created);
    k.newCustomers = int(*newCustomers);
    // Weighted as everywhere: value × percent added up, divided by 100 once.
    qint64 hundredths = 0;
    for (const auto &a : std::as_const(*open)) {
        const KpiDeal deal = toKpiDeal(a, r.to);
        k.pipelineOpenMinor += deal.homeMinor;
        hundredths += deal.homeMinor * deal.percent;
    }
    k.pipelineWeightedMinor = (hundredths + 50) / 100;
    k.activitiesDone = int(*activities);
    k.overdueActivities = int(*overdue);
    // Satisfaction is the company's: feedback is not kept per rep.
    if (scope.kind == ScopeKind::Company) {
        auto satisfaction = m_feedback.satisfaction(r.from, r.to);
        if (!satisfaction) {
            return satisfaction.error();
        }
        if (satisfaction->entries > 0) {
            k.csat = satisfaction->csat;
        }
        if (satisfaction->npsEntries > 0) {
            k.nps = satisfaction->nps;
        }
    }
    auto targets = m_targets.targets();
    if (!targets) {
        return targets.error();
    }
    if (span.period.isValid()) {
        k.targetMinor = revenueTarget(*targets, span.period, scope);
    }
    if (k.targetMinor && *k.targetMinor > 0) {
        k.attainment = double(k.revenueMinor) / double(*k.targetMinor);
    }
    if (marketScope(scope, span)) {
        auto size = m_metrics.marketSize(span.period.toString(),
                                         scope.kind == ScopeKind::Product ? scope.text : QString());
        if (!size) {
            return size.error();
        }
        if (*size && **size > 0) {
            k.marketShare = double(k.revenueMinor) / double(**size);
        }
    }
    return r;
}

} // namespace salesdesk
