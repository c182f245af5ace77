#pragma once

#include "core/common/clock.h"
#include "core/common/period.h"
#include "core/common/result.h"
#include "core/pipeline/funnel.h"
#include "core/pipeline/pipelinetypes.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>

#include <optional>

namespace salesdesk {
class Database;
class KpiService;
class PipelineService;
class TargetService;
} // namespace salesdesk

namespace salesdesk::forecast {

// What is in hand and in sight for a period: won so far, and the open deals expected to close
// in it (expected close from the as-of day to the period's end) weighted by their stage's
// configured probability and by the win rate learned from the book, and summed by the rep's
// forecast category. Slipped deals (expected close already past, still open) are counted
// apart. The rep's call is won + commit; the best case adds best case.
struct PipelineTotals
{
    qint64 wonMinor = 0;
    qint64 weightedMinor = 0; // configured probabilities
    qint64 learnedMinor = 0; // learned win rates (configured where too few deals to learn from)
    qint64 commitMinor = 0;
    qint64 bestCaseMinor = 0;
    qint64 pipelineMinor = 0;
    qint64 omittedMinor = 0;
    qint64 slippedMinor = 0;
    int slippedDeals = 0;
    int expectedDeals = 0;

    qint64 commitForecast() const { return wonMinor + commitMinor; }
    qint64 bestCaseForecast() const { return wonMinor + commitMinor + bestCaseMinor; }
    qint64 weightedForecast() const { return wonMinor + weightedMinor; }
};

struct PipelineDeal
{
    qint64 dealId = 0;
    QString title;
    qint64 ownerId = 0;
    qint64 stageId = 0;
    qint64 homeMinor = 0;
    int percent = 0;
    std::optional<double> learned;
    QDate expectedClose;
    ForecastCategory category = ForecastCategory::Pipeline;
    bool slipped = false;
};

struct PipelineForecast
{
    Period period;
    QDate asOf;
    PipelineTotals company;
    QList<std::pair<qint64, PipelineTotals>> reps; // by rep id (0: no owner), most revenue first
    QList<StageWinRate> stages;
    QList<PipelineDeal> deals; // expected in the period, then slipped; by expected close
    std::optional<qint64> targetMinor; // the company's revenue target of exactly the period
};

// One week's forecast of a period, for a rep (0: deals without an owner) or, summed, the company.
struct ForecastSnapshot
{
    QDate takenOn; // the Monday of the week
    Period period;
    qint64 repId = 0;
    PipelineTotals totals;
};

// How a rep's weekly calls of a finished period compared with what was won: the mean absolute
// error and the mean signed error (bias: above zero, the rep called too high), as fractions of
// the revenue won; absent when nothing was won.
struct ForecastAccuracy
{
    qint64 repId = 0; // -1: the company
    int snapshots = 0;
    qint64 actualMinor = 0;
    std::optional<double> meanAbsoluteError;
    std::optional<double> bias;
};

class ForecastSnapshotRepository
{
public:
    explicit ForecastSnapshotRepository(QSqlDatabase db)
        : m_statements(std::move(db))
    { }
    Result<bool> has(const QDate &takenOn, const Period &period) const;
    Status write(const QList<ForecastSnapshot> &snapshots);
    Result<QList<ForecastSnapshot>> snapshots(const Period &period) const; // by week, then rep

private:
    mutable StatementCache m_statements;
};

class PipelineForecaster
{
    Q_DECLARE_TR_FUNCTIONS(PipelineForecaster)

public:
    PipelineForecaster(Database &db, const KpiService &kpi, const PipelineService &pipeline,
                       const TargetService &targets, const Clock &clock);

    Result<PipelineForecast> forecast(const Period &period, const QDate &asOf) const;
    // Keeps this week's forecast of the quarter `asOf` is in (per rep); nothing when the week
    // has one already. Returns how many rows were written.
    Result<int> takeSnapshot(const QDate &asOf);
    // The two halves of it: the rows to keep (none when the week has them already), which only
    // reads and so can be computed on a read-only connection of a thread of its own, and
    // keeping them, in one transaction.
    Result<QList<ForecastSnapshot>> snapshotDue(const QDate &asOf) const;
    Status keepSnapshot(const QList<ForecastSnapshot> &rows);
    Result<QList<ForecastSnapshot>> snapshots(const Period &period) const
    {
        return m_snapshots.snapshots(period);
    }
    // Each rep's (and the company's) calls against the outcome, for a period that has ended.
    Result<QList<ForecastAccuracy>> accuracy(const Period &period, const QDate &asOf) const;

private:
    Database &m_db;
    const KpiService &m_kpi;
    const PipelineService &m_pipeline;
    const TargetService &m_targets;
    const Clock &m_clock;
    ForecastSnapshotRepository m_snapshots;
};

} // namespace salesdesk::forecast
