#include "core/forecast/bookforecast.h"

#include "core/customers/segmentservice.h"
#include "core/kpi/kpiservice.h"
#include "core/targets/targetservice.h"

#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::forecast {

namespace {

constexpr int kHistoryYears = 10;

} // namespace

QString BookForecastText::code(BookMetric metric)
{
    switch (metric) {
    case BookMetric::Revenue:
        return u"revenue"_s;
    case BookMetric::WonDeals:
        return u"won_deals"_s;
    case BookMetric::NewCustomers:
        return u"new_customers"_s;
    }
    return {};
}

std::optional<BookMetric> BookForecastText::metric(const QString &code)
{
    for (BookMetric m : {BookMetric::Revenue, BookMetric::WonDeals, BookMetric::NewCustomers}) {
        if (BookForecastText::code(m) == code.trimmed().toLower()) {
            return m;
        }
    }
    return std::nullopt;
}

QString BookForecastText::name(BookMetric metric)
{
    switch (metric) {
    case BookMetric::Revenue:
        return tr("Revenue");
    case BookMetric::WonDeals:
        return tr("Won deals");
    case BookMetric::NewCustomers:
        return tr("New customers");
    }
    return {};
}

Result<BookForecast> forecastBook(const KpiService &kpi, const TargetService &targets,
                                  const BookForecastRequest &request)
{
    if (request.by != Period::Kind::Month && request.by != Period::Kind::Quarter) {
        return Error::user(BookForecastText::tr("A forecast is by month or by quarter."));
    }
    const QDate asOf = request.asOf;
    if (!asOf.isValid()) {
        return Error::internal(u"forecastBook needs the as-of day"_s);
    }
    const int yearStart = targets.yearStartMonth();
    auto periodOf = [&](const QDate &d) {
        return request.by == Period::Kind::Month
                       ? Period::containing(Period::Kind::Month, d)
                       : Period::containing(Period::Kind::Quarter, d, yearStart);
    };
    BookForecast out;
    out.metric = request.metric;
    out.running = periodOf(asOf);
    // The as-of day closes its period: that period is history, the next one runs.
    if (asOf == out.running.end()) {
        out.running = nextPeriod(out.running);
    }
    const Period first = periodOf(out.running.start().addYears(-kHistoryYears));
    const KpiSpan span = KpiSpan::between(first.start(), asOf);

    // Revenue and won deals of the company, a rep, a team or a product are the targets
    // module's measures of each period, added up by SQLite: a history of ten years is never
    // held deal by deal. New customers, and the deals of some customers only, are added up
    // month by month by the KPI engine.
    const bool measured = request.metric != BookMetric::NewCustomers && !request.customers;
    QHash<QDate, double> byMonth; // keyed by the month's first day
    QDate earliest;
    if (measured) {
        auto firstClose = kpi.firstClose(span, request.scope, asOf);
        if (!firstClose) {
            return firstClose.error();
        }
        earliest = *firstClose;
    } else if (request.metric == BookMetric::NewCustomers) {
        auto list = kpi.newCustomers(span, request.scope, asOf);
        if (!list) {
            return list.error();
        }
        for (const auto &[customer, day] : std::as_const(*list)) {
            if (request.customers && !request.customers->contains(customer)) {
                continue;
            }
            byMonth[QDate(day.year(), day.month(), 1)] += 1;
            earliest = earliest.isValid() ? std::min(earliest, day) : day;
        }
    } else {
        auto closed = kpi.closedByMonth(span, request.scope, *request.customers, asOf);
        if (!closed) {
            return closed.error();
        }
        earliest = closed->firstClose;
        for (auto it = closed->won.cbegin(); it != closed->won.cend(); ++it) {
            byMonth[it.key()] = request.metric == BookMetric::Revenue ? double(it->first)
                                                                      : double(it->second);
        }
    }
    if (!earliest.isValid() || !(periodOf(earliest).start() < out.running.start())) {
        return Error::data(BookForecastText::tr("The book has no %1 in a finished %2 to "
                                                "forecast from.")
                                   .arg(BookForecastText::name(request.metric).toLower(),
                                        request.by == Period::Kind::Month
                                                ? BookForecastText::tr("month")
                                                : BookForecastText::tr("quarter")));
    }
    // A period's figure to the as-of day.
    auto valueOf = [&](const Period &p) -> Result<double> {
        const QDate to = std::min(p.end(), asOf);
        if (to < p.start()) {
            return 0.0;
        }
        if (measured) {
            auto v = targets.measure(request.metric == BookMetric::Revenue ? Metric::Revenue
                                                                           : Metric::WonDeals,
                                     request.scope, p.start(), to);
            if (!v) {
                return v.error();
            }
            return double(*v);
        }
        double sum = 0;
        for (QDate d = p.start(); d <= p.end(); d = d.addMonths(1)) {
            sum += byMonth.value(QDate(d.year(), d.month(), 1));
        }
        return sum;
    };
    out.history.first = periodOf(earliest);
    for (Period p = out.history.first; p.start() < out.running.start(); p = nextPeriod(p)) {
        auto v = valueOf(p);
        if (!v) {
            return v.error();
        }
        out.history.values.push_back(*v);
    }
    auto soFar = valueOf(out.running);
    if (!soFar) {
        return soFar.error();
    }
    out.runningSoFar = *soFar;

    ForecastOptions options = request.options;
    options.nonNegative = true;
    auto forecast = forecastSeries(out.history.values, out.history.frequency(), options);
    if (!forecast) {
        return forecast.error();
    }
    out.forecast = std::move(*forecast);
    // The running period: what it holds to the as-of day, and the model's forecast of it for
    // the days it has left (the model's figure is of a whole period: its share by days).
    if (!out.forecast.points.isEmpty()) {
        const int daysLeft = int(asOf.daysTo(out.running.end()));
        const double left
                = double(daysLeft) / double(out.running.start().daysTo(out.running.end()) + 1);
        ForecastPoint &p = out.forecast.points.first();
        for (double *v : {&p.point, &p.lo80, &p.hi80, &p.lo95, &p.hi95}) {
            *v = out.runningSoFar + *v * left;
        }
        out.forecast.notes.append(BookForecastText::tr("%1 is what it holds to %2 and the "
                                                       "model's forecast for the %n day(s) it "
                                                       "has left.",
                                                       nullptr, daysLeft)
                                          .arg(out.running.label(), asOf.toString(Qt::ISODate)));
    }
    if (request.metric == BookMetric::Revenue && !request.customers) {
        auto all = targets.targets();
        if (!all) {
            return all.error();
        }
        for (qsizetype h = 0; h < out.forecast.points.size(); ++h) {
            ForecastTarget t;
            t.period = nextPeriod(out.running, int(h));
            t.targetMinor = KpiService::revenueTarget(*all, t.period, request.scope);
            if (t.targetMinor) {
                t.gapMinor = qint64(std::llround(out.forecast.points[h].point)) - *t.targetMinor;
            }
            out.targets.append(t);
        }
    }
    return out;
}

Result<QSet<qint64>> customersOf(const SegmentService &segments, Segment segment, const QDate &day)
{
    auto all = segments.segmentsOn(day);
    if (!all) {
        return all.error();
    }
    QSet<qint64> out;
    for (const CustomerSegment &s : std::as_const(*all)) {
        if (s.segment == segment) {
            out.insert(s.customerId);
        }
    }
    return out;
}

} // namespace salesdesk::forecast
