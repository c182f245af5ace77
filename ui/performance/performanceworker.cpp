#include "ui/performance/performanceworker.h"

#include "core/book/book.h"
#include "core/evaluation/leaderboard.h"
#include "core/kpi/kpiservice.h"

namespace salesdesk::ui {

PerformanceData computePerformance(Book &book, const PerformanceRequest &request)
{
    PerformanceData data;
    data.request = request;
    // The reps' scorecards and the teams' read the same periods' deals: once.
    const auto reuse = book.kpi().reuse();
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
    : m_path(std::move(path))
    , m_clock(clock)
{ }

PerformanceWorker::~PerformanceWorker() = default;

void PerformanceWorker::compute(const PerformanceRequest &request)
{
    const auto fail = [&](const Error &error) {
        PerformanceData failed;
        failed.request = request;
        failed.error = error.message;
        emit ready(failed);
    };
    if (!m_book) {
        auto opened = Book::open(m_path, Database::Access::ReadOnly, m_clock);
        if (!opened) {
            fail(opened.error());
            return;
        }
        m_book = std::move(opened).value();
    } else if (auto st = m_book->reload(); !st) {
        // Reps, teams and templates as the window has them now.
        fail(st.error());
        return;
    }
    emit ready(computePerformance(*m_book, request));
}

void PerformanceWorker::close()
{
    m_book.reset();
}

} // namespace salesdesk::ui
