#pragma once

#include "core/common/period.h"
#include "core/common/result.h"
#include "core/targets/targetrepository.h"
#include "core/targets/targettypes.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace salesdesk {

class Database;
class Clock;
class CurrencyService;
class FeedbackService;
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
};

struct KpiReport
{
    Period period;
    QDate from;
    QDate to; // the period's last day, or the as-of day while it runs
    TargetScope scope;
    KpiFigures kpis;
};

// 绩效指标: the one place the dashboard, the quarterly report and `salesdesk kpi` take their
// figures from. Revenue, won deals, new customers and activities done are the targets module's
// own measures, so a target's actual and the KPI always agree.
class KpiService
{
    Q_DECLARE_TR_FUNCTIONS(KpiService)

public:
    KpiService(Database &db, TargetService &targets, FeedbackService &feedback,
               const CurrencyService &currencies, const Clock &clock);

    // The figures of `period` as of `asOf` (the book's today when invalid): a period still
    // running is counted up to that day.
    Result<KpiReport> report(const Period &period, const TargetScope &scope,
                             const QDate &asOf = {}) const;
    // The period before (the quarter before a quarter…), and the same period a year earlier.
    static Period previous(const Period &period);
    static Period lastYear(const Period &period) { return period.yearBefore(); }

private:
    MetricRepository m_metrics;
    TargetService &m_targets;
    FeedbackService &m_feedback;
    const CurrencyService &m_currencies;
    const Clock &m_clock;
};

} // namespace salesdesk
