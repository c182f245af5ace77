#pragma once

#include "core/pipeline/pipelinerepository.h"
#include "core/pipeline/pipelinetypes.h"

#include <QHash>

namespace salesdesk {

struct FunnelStage
{
    qint64 stageId = 0;
    QString name;
    int entered = 0; // deals that reached this stage or a later one (won counts as the end)
    int advanced = 0; // of those, deals that went on past it
    double conversion = 0; // advanced / entered
    double avgDays = 0; // mean length of the completed stays in the stage
    int completedStays = 0;
    qint64 value = 0; // the deals that reached the stage, in minor units of the home currency
};

struct FunnelReport
{
    QList<FunnelStage> stages;
    int deals = 0;
    int won = 0;
    int lost = 0;
    double winRate = 0; // won / (won + lost)
    int bottleneck = -1; // index into stages: lowest conversion, ties to the longer stay
};

// The funnel of the deals whose history is given (ordered by deal, then time), over the given
// open stages in pipeline order; `dealValue` is each deal's value in the home currency. Pure:
// the numbers depend on nothing else.
FunnelReport computeFunnel(const QList<Stage> &stages, const QList<DealRepository::FunnelRow> &rows,
                           const QHash<qint64, qint64> &dealValue = {});

// How often the deals that reached an open stage (or a later one) were won in the end, learned
// from the closed deals of the history given: won ÷ (won + lost) among them, beside the
// probability the stage is configured with. `learned` is absent below `minimum` closed deals.
struct StageWinRate
{
    qint64 stageId = 0;
    int configuredPercent = 0;
    int closed = 0; // closed deals that reached the stage
    int won = 0;
    std::optional<double> learned;
};
QList<StageWinRate> computeStageWinRates(const QList<Stage> &stages,
                                         const QList<DealRepository::FunnelRow> &rows,
                                         int minimum = 5);

// The same, one history row at a time (rows by deal, then time), holding one deal's rows:
// a million deals' history is 3.8 million rows.
class StageWinRateCounter
{
public:
    explicit StageWinRateCounter(const QList<Stage> &stages);
    void add(const DealRepository::FunnelRow &row);
    QList<StageWinRate> rates(int minimum = 5);

private:
    void endDeal();

    QHash<qint64, int> m_position;
    QList<StageWinRate> m_out;
    qint64 m_deal = 0;
    int m_furthest = -1;
    DealStatus m_end = DealStatus::Open;
};

} // namespace salesdesk
