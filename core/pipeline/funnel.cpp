#include "core/pipeline/funnel.h"

#include <QHash>

namespace salesdesk {

namespace {

constexpr double SecondsPerDay = 86400.0;

struct DealProgress
{
    int furthest = -1;
    bool won = false;
    bool lost = false;
};

} // namespace

FunnelReport computeFunnel(const QList<Stage> &stages, const QList<DealRepository::FunnelRow> &rows,
                           const QHash<qint64, qint64> &dealValue)
{
    FunnelReport report;
    const int n = int(stages.size());
    QHash<qint64, int> indexOf;
    for (int i = 0; i < n; ++i) {
        indexOf.insert(stages[i].id, i);
        report.stages.append({stages[i].id, stages[i].displayName(), 0, 0, 0, 0, 0, 0});
    }
    QList<double> dwellSum(n, 0.0);

    const auto finishDeal = [&](qint64 dealId, const DealProgress &p) {
        ++report.deals;
        const qint64 value = dealValue.value(dealId);
        report.won += p.won ? 1 : 0;
        report.lost += p.lost ? 1 : 0;
        const int furthest = p.won ? n : p.furthest;
        for (int i = 0; i < n && i <= furthest; ++i) {
            ++report.stages[i].entered;
            report.stages[i].value += value;
            if (furthest > i) {
                ++report.stages[i].advanced;
            }
        }
    };

    DealProgress progress;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const auto &row = rows[r];
        const bool lastOfDeal = r + 1 == rows.size() || rows[r + 1].dealId != row.dealId;
        const int index = indexOf.value(row.stageId, -1);
        if (row.status == DealStatus::Open && index >= 0) {
            progress.furthest = std::max(progress.furthest, index);
            if (!lastOfDeal) {
                const double days
                        = double(row.enteredAt.secsTo(rows[r + 1].enteredAt)) / SecondsPerDay;
                dwellSum[index] += days;
                ++report.stages[index].completedStays;
            }
        }
        // Only the final status counts: a deal reopened after a loss is not lost.
        if (lastOfDeal) {
            progress.won = row.status == DealStatus::Won;
            progress.lost = row.status == DealStatus::Lost;
            finishDeal(row.dealId, progress);
            progress = {};
        }
    }

    for (int i = 0; i < n; ++i) {
        auto &s = report.stages[i];
        s.conversion = s.entered > 0 ? double(s.advanced) / s.entered : 0.0;
        s.avgDays = s.completedStays > 0 ? dwellSum[i] / s.completedStays : 0.0;
        if (s.entered == 0) {
            continue;
        }
        if (report.bottleneck < 0) {
            report.bottleneck = i;
            continue;
        }
        const auto &b = report.stages[report.bottleneck];
        if (s.conversion < b.conversion
            || (s.conversion == b.conversion && s.avgDays > b.avgDays)) {
            report.bottleneck = i;
        }
    }
    const int closed = report.won + report.lost;
    report.winRate = closed > 0 ? double(report.won) / closed : 0.0;
    return report;
}

StageWinRateCounter::StageWinRateCounter(const QList<Stage> &stages)
{
    for (const Stage &s : stages) {
        m_position.insert(s.id, int(m_out.size()));
        m_out.append({s.id, s.probability, 0, 0, std::nullopt});
    }
}

void StageWinRateCounter::add(const DealRepository::FunnelRow &row)
{
    if (row.dealId != m_deal) {
        endDeal();
        m_deal = row.dealId;
    }
    // Each deal's furthest open stage and how it ended.
    if (row.status == DealStatus::Open) {
        m_furthest = std::max(m_furthest, int(m_position.value(row.stageId, -1)));
    } else {
        m_end = row.status;
    }
}

void StageWinRateCounter::endDeal()
{
    if (m_end != DealStatus::Open && m_furthest >= 0) {
        for (int k = 0; k <= m_furthest; ++k) {
            m_out[k].closed += 1;
            m_out[k].won += m_end == DealStatus::Won ? 1 : 0;
        }
    }
    m_furthest = -1;
    m_end = DealStatus::Open;
}

QList<StageWinRate> StageWinRateCounter::rates(int minimum)
{
    endDeal();
    m_deal = 0;
    QList<StageWinRate> out = m_out;
    for (StageWinRate &r : out) {
        if (r.closed >= minimum) {
            r.learned = double(r.won) / double(r.closed);
        }
    }
    return out;
}

QList<StageWinRate> computeStageWinRates(const QList<Stage> &stages,
                                         const QList<DealRepository::FunnelRow> &rows, int minimum)
{
    StageWinRateCounter counter(stages);
    for (const auto &row : rows) {
        counter.add(row);
    }
    return counter.rates(minimum);
}

} // namespace salesdesk
