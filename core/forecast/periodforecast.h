#pragma once

#include "core/forecast/bookforecast.h"

#include <map>

namespace salesdesk {
class TeamService;
}

namespace salesdesk::forecast {

// The statistical forecast of one period — a month, a quarter or a year, running or ahead —
// for a scope: what it holds so far and what the model expects it to hold in all. A year is its
// finished quarters plus the forecast of the rest (a point without a range: ranges do not add).
struct PeriodForecast
{
    Period period;
    double soFar = 0; // the period's actual to the as-of day
    double point = 0;
    std::optional<double> lo80;
    std::optional<double> hi80;
    QString model;

    // The forecast less a target in the same unit (minor units for revenue): below 0 short.
    double gapTo(qint64 target) const { return point - double(target); }
};

// Forecasts periods of the book, each (metric, kind, scope) series fitted once and kept, so
// that a tree of targets costs one fit per scope. Counts to the as-of day it is made with.
class PeriodForecaster
{
public:
    PeriodForecaster(const KpiService &kpi, const TargetService &targets, const QDate &asOf);

    // The metric of a target that the book can forecast: revenue, won deals, new customers.
    static std::optional<BookMetric> bookMetric(Metric metric);

    // Nothing when the period cannot be forecast: a week, a period over (by the as-of day's end),
    // one more than
    // 24 months or quarters ahead, or a scope without a finished period to learn from.
    Result<std::optional<PeriodForecast>> forecast(BookMetric metric, const TargetScope &scope,
                                                   const Period &period);

private:
    Result<const BookForecast *> series(BookMetric metric, Period::Kind by,
                                        const TargetScope &scope);

    const KpiService &m_kpi;
    const TargetService &m_targets;
    QDate m_asOf;
    // by metric, kind and scope; a series that cannot be had is kept as nothing
    std::map<QString, std::optional<BookForecast>> m_series;
};

// Supply against demand: what each rep on staff turned out in the last (up to four) finished
// periods of the forecast's history — the period's figure ÷ the reps on staff in it — and so
// what the reps on staff now can be expected to turn out in a period. A rep is on staff in a
// period when hired by its end (or with no hire date) and not gone before its start; one
// marked inactive without a leaving date is counted in the past, not now.
struct SupplyCapacity
{
    int periods = 0; // the finished periods measured
    double perRep = 0; // mean output of a rep in a period
    int repsNow = 0;
    double capacity = 0; // perRep × repsNow, per period

    // The share of the capacity a period's demand asks for; nothing without capacity.
    std::optional<double> load(double demand) const
    {
        return capacity > 0 ? std::optional<double>(demand / capacity) : std::nullopt;
    }
};

// The capacity of the forecast's scope: every rep for the company, the team's reps (and its
// sub-teams') for a team, the one rep for a rep; nothing for a product, or when no finished
// period had a rep on staff.
std::optional<SupplyCapacity> supplyCapacity(const BookForecast &forecast, const TargetScope &scope,
                                             const TeamService &team, const QDate &asOf);

} // namespace salesdesk::forecast
