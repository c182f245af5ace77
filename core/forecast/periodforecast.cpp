#include "core/forecast/periodforecast.h"

#include "core/kpi/kpiservice.h"
#include "core/targets/targetservice.h"
#include "core/team/teamservice.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::forecast {

namespace {

constexpr int kMaxHorizon = 24;

// The periods of a series kind, from its first on, as far as `last`.
int indexOf(const Period &first, const Period &p)
{
    int i = 0;
    for (Period q = first; q.start() <= p.start(); q = nextPeriod(q), ++i) {
        if (q.start() == p.start()) {
            return i;
        }
        if (i > 12 * 40) {
            break;
        }
    }
    return -1;
}

} // namespace

PeriodForecaster::PeriodForecaster(const KpiService &kpi, const TargetService &targets,
                                   const QDate &asOf)
    : m_kpi(kpi)
    , m_targets(targets)
    , m_asOf(asOf)
{ }

std::optional<BookMetric> PeriodForecaster::bookMetric(Metric metric)
{
    switch (metric) {
    case Metric::Revenue:
        return BookMetric::Revenue;
    case Metric::WonDeals:
        return BookMetric::WonDeals;
    case Metric::NewCustomers:
        return BookMetric::NewCustomers;
    default:
        return std::nullopt;
    }
}

Result<const BookForecast *> PeriodForecaster::series(BookMetric metric, Period::Kind by,
                                                      const TargetScope &scope)
{
    const QString key = u"%1|%2|%3|%4|%5"_s.arg(BookForecastText::code(metric))
                                .arg(int(by))
                                .arg(TargetText::code(scope.kind))
                                .arg(scope.repId)
                                .arg(scope.text);
    if (auto it = m_series.find(key); it != m_series.end()) {
        return it->second ? &*it->second : nullptr;
    }
    BookForecastRequest request;
    request.metric = metric;
    request.by = by;
    request.scope = scope;
    request.asOf = m_asOf;
    request.options.horizon = kMaxHorizon;
    auto made = forecastBook(m_kpi, m_targets, request);
    if (!made) {
        if (made.error().kind != Error::Kind::Data) {
            return made.error();
        }
        m_series.emplace(key, std::nullopt); // nothing finished to learn from
        return nullptr;
    }
    return &*m_series.emplace(key, std::move(*made)).first->second;
}

Result<std::optional<PeriodForecast>>
PeriodForecaster::forecast(BookMetric metric, const TargetScope &scope, const Period &period)
{
    // A period whose last day is the as-of day is over too: its actual is final.
    if (!period.isValid() || period.kind() == Period::Kind::Week || period.end() <= m_asOf) {
        return std::optional<PeriodForecast>();
    }
    const Period::Kind by
            = period.kind() == Period::Kind::Month ? Period::Kind::Month : Period::Kind::Quarter;
    auto made = series(metric, by, scope);
    if (!made) {
        return made.error();
    }
    const BookForecast *fc = *made;
    if (!fc) {
        return std::optional<PeriodForecast>();
    }
    PeriodForecast out;
    out.period = period;
    out.model = fc->forecast.model;
    auto pointAt = [&](const Period &p) -> const ForecastPoint * {
        const int h = indexOf(fc->running, p);
        return h >= 0 && h < fc->forecast.points.size() ? &fc->forecast.points[h] : nullptr;
    };
    if (period.kind() != Period::Kind::Year) {
        const ForecastPoint *p = pointAt(period);
        if (!p) {
            return std::optional<PeriodForecast>();
        }
        out.soFar = period.start() == fc->running.start() ? fc->runningSoFar : 0;
        out.point = p->point;
        out.lo80 = p->lo80;
        out.hi80 = p->hi80;
        return std::optional<PeriodForecast>(out);
    }
    // A year: its finished quarters as they were, the rest as forecast.
    for (Period q
         = Period::containing(Period::Kind::Quarter, period.start(), m_targets.yearStartMonth());
         q.start() <= period.end(); q = nextPeriod(q)) {
        if (q.start() < fc->running.start()) {
            const int i = indexOf(fc->history.first, q);
            const double actual = i >= 0 && i < int(fc->history.values.size())
                                          ? fc->history.values[size_t(i)]
                                          : 0.0;
            out.soFar += actual;
            out.point += actual;
        } else {
            const ForecastPoint *p = pointAt(q);
            if (!p) {
                return std::optional<PeriodForecast>();
            }
            out.point += p->point;
            if (q.start() == fc->running.start()) {
                out.soFar += fc->runningSoFar;
            }
        }
    }
    return std::optional<PeriodForecast>(out);
}

std::optional<SupplyCapacity> supplyCapacity(const BookForecast &forecast, const TargetScope &scope,
                                             const TeamService &team, const QDate &asOf)
{
    QList<const Rep *> staff;
    switch (scope.kind) {
    case ScopeKind::Company:
        for (const Rep &r : team.reps()) {
            staff.append(&r);
        }
        break;
    case ScopeKind::Team:
        for (qint64 id : team.repsOfTeam(team.findTeam(scope.text))) {
            if (const Rep *r = team.rep(id)) {
                staff.append(r);
            }
        }
        break;
    case ScopeKind::Rep:
        if (const Rep *r = team.rep(scope.repId)) {
            staff.append(r);
        }
        break;
    case ScopeKind::Product:
        return std::nullopt;
    }
    SupplyCapacity out;
    const int n = int(forecast.history.values.size());
    double sum = 0;
    for (int i = std::max(0, n - 4); i < n; ++i) {
        const Period p = forecast.history.periodAt(i);
        int reps = 0;
        for (const Rep *r : std::as_const(staff)) {
            reps += r->onStaffDuring(p.start(), p.end()) ? 1 : 0;
        }
        if (reps > 0) {
            sum += forecast.history.values[size_t(i)] / reps;
            ++out.periods;
        }
    }
    if (out.periods == 0) {
        return std::nullopt;
    }
    out.perRep = sum / out.periods;
    for (const Rep *r : std::as_const(staff)) {
        out.repsNow += r->active && r->onStaffDuring(asOf, asOf) ? 1 : 0;
    }
    out.capacity = out.perRep * out.repsNow;
    return out;
}

} // namespace salesdesk::forecast
