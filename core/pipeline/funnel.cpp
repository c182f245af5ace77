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

QList<StageWinRate> computeStageWinRates(const QList<Stage> &stages,
                                         const QList<DealRepository::FunnelRow> &rows, int minimum)
{
    QHash<qint64, int> position;
    QList<StageWinRate> out;
    for (const Stage &s : stages) {
        position.insert(s.id, int(out.size()));
        out.append({s.id, s.probability, 0, 0, std::nullopt});
    }
    // Each deal's furthest open stage and how it ended (rows are by deal, then time).
    qsizetype i = 0;
    while (i < rows.size()) {
        const qint64 deal = rows[i].dealId;
        int furthest = -1;
        DealStatus end = DealStatus::Open;
        for (; i < rows.size() && rows[i].dealId == deal; ++i) {
            if (rows[i].status == DealStatus::Open) {
                furthest = std::max(furthest, int(position.value(rows[i].stageId, -1)));
            } else {
                end = rows[i].status;
            }
        }
        if (end == DealStatus::Open || furthest < 0) {
            continue;
        }
        for (int k = 0; k <= furthest; ++k) {
            out[k].closed += 1;
            out[k].won += end == DealStatus::Won ? 1 : 0;
        }
    }
    for (StageWinRate &r : out) {
        if (r.closed >= minimum) {
            r.learned = double(r.won) / double(r.closed);
        }
    }
    return out;
}

} // namespace salesdesk
