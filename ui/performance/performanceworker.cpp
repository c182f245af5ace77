#include "ui/performance/performanceworker.h"

#include "core/book/book.h"
#include "core/evaluation/leaderboard.h"
#include "core/kpi/kpiservice.h"
#include "core/targets/targetservice.h"

namespace salesdesk::ui {

PerformanceData computePerformance(Book &book, const PerformanceRequest &request)
{
    PerformanceData data;
    data.request = request;
    // The reps' scorecards and the teams' read the same periods' deals: once.
    const auto reuse = book.kpi().reuse();
    // Every rep's every period looks for its targets: read once.
    const auto holding = book.targets().holdTargets();
    auto series = evaluateSeries(book.evaluation(), request.period, request.length,
                                 request.evaluationTemplate, 0, request.asOf);
    if (!series) {
        data.error = series.message();
        return data;
    }
    data.series = std::move(series).value();
    if (!request.trends) {
        auto teams = book.evaluation().evaluateTeams(request.period, request.evaluationTemplate,
                                                     request.asOf);
        if (!teams) {
            data.error = teams.message();
            return data;
        }
        data.teams = std::move(teams).value();
    }
    return data;
}

PerformanceWorker::PerformanceWorker(QString path, const Clock &clock)
    : m_book(std::move(path), clock)
{ }

PerformanceWorker::~PerformanceWorker() = default;

void PerformanceWorker::compute(const PerformanceRequest &request)
{
    auto book = m_book.get();
    if (!book) {
        PerformanceData failed;
        failed.request = request;
        failed.error = book.error().message;
        emit ready(failed);
        return;
    }
    emit ready(computePerformance(**book, request));
}

void PerformanceWorker::close()
{
    m_book.close();
}

} // namespace salesdesk::ui
