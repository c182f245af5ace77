#include "ui/dashboard/dashboardworker.h"

#include "core/book/book.h"
#include "core/customers/customerservice.h"
#include "core/customers/segmentservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/targets/targetservice.h"

#include <QElapsedTimer>

namespace salesdesk::ui {

DashboardData computeDashboard(Book &book, const DashboardRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    DashboardData data;
    data.request = request;
    const auto fail = [&](const Error &e) {
        data.error = e.message;
        return data;
    };
    // The periods' figures, breakdowns and forecasts each look for their targets: read once.
    const auto holding = book.targets().holdTargets();
    auto now = book.kpi().report(request.span, request.scope, request.asOf);
    if (!now) {
        return fail(now.error());
    }
    data.now = *now;
    auto then = book.kpi().report(request.compare, request.scope, request.asOf);
    if (!then) {
        return fail(then.error());
    }
    data.then = *then;
    auto parts = book.kpi().breakdown(request.span, request.scope, request.asOf);
    if (!parts) {
        return fail(parts.error());
    }
    data.parts = *parts;
    if (data.now.to >= data.now.from) {
        auto funnel = book.pipeline().funnel(data.now.from, data.now.to);
        if (!funnel) {
            return fail(funnel.error());
        }
        data.funnel = *funnel;
    }
    auto segments = book.segments().segmentsOn(std::max(data.now.to, data.now.from));
    if (!segments) {
        return fail(segments.error());
    }
    auto archived = book.customers().archivedIds();
    if (!archived) {
        return fail(archived.error());
    }
    data.segments = {0, 0, 0};
    for (const CustomerSegment &s : std::as_const(*segments)) {
        if (!archived->contains(s.customerId)) {
            data.segments[s.segment == Segment::HighValue   ? 0
                          : s.segment == Segment::Potential ? 1
                                                            : 2]
                    += 1;
        }
    }
    // The revenue forecast, where the period still runs.
    forecast::PeriodForecaster forecaster(book.kpi(), book.targets(), request.asOf);
    if (request.span.period.isValid()) {
        auto expected = forecaster.forecast(forecast::BookMetric::Revenue, request.scope,
                                            request.span.period);
        if (!expected) {
            return fail(expected.error());
        }
        data.forecast = *expected;
    }
    for (const KpiMonth &m : std::as_const(data.parts.months)) {
        std::optional<double> point;
        if (data.forecast && m.month.end() >= request.asOf) {
            auto expected
                    = forecaster.forecast(forecast::BookMetric::Revenue, request.scope, m.month);
            if (!expected) {
                return fail(expected.error());
            }
            if (*expected) {
                point = (*expected)->point;
            }
        }
        data.monthForecast.append(point);
    }
    data.elapsedMs = timer.elapsed();
    return data;
}

DashboardWorker::DashboardWorker(QString path, const Clock &clock)
    : m_book(std::move(path), clock)
{ }

DashboardWorker::~DashboardWorker() = default;

void DashboardWorker::compute(const DashboardRequest &request)
{
    auto book = m_book.get();
    if (!book) {
        DashboardData failed;
        failed.request = request;
        failed.error = book.error().message;
        emit ready(failed);
        return;
    }
    emit ready(computeDashboard(**book, request));
}

void DashboardWorker::close()
{
    m_book.close();
}

} // namespace salesdesk::ui
