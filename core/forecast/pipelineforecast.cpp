#include "core/forecast/pipelineforecast.h"

#include "core/common/dates.h"
#include "core/kpi/kpiservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"
#include "core/targets/targetservice.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::forecast {

// ---- snapshots ----

Result<bool> ForecastSnapshotRepository::has(const QDate &takenOn, const Period &period) const
{
    SqlQuery q(m_statements, u"SELECT count(*) FROM forecast_snapshots WHERE taken_on = ? AND "
                             "period = ?"_s);
    q.bind(toStoredDate(takenOn)).bind(period.toString());
    auto n = q.scalar();
    if (!n) {
        return n.error();
    }
    return n->toLongLong() > 0;
}

Status ForecastSnapshotRepository::write(const QList<ForecastSnapshot> &snapshots)
{
    // A week's rows (one per rep and one for the company) in one statement: on a server, one
    // trip there and back rather than one per rep.
    for (qsizetype at = 0; at < snapshots.size(); at += BulkRows) {
        const QList<ForecastSnapshot> some = snapshots.mid(at, BulkRows);
        QStringList rows(some.size(), u"(?, ?, ?, ?, ?, ?, ?, ?)"_s);
        SqlQuery q(m_statements,
                   u"INSERT INTO forecast_snapshots (taken_on, period, rep_id, won_minor, "
                   "weighted_minor, commit_minor, best_case_minor, pipeline_minor) VALUES "_s
                           + rows.join(u", "_s)
                           + u" ON CONFLICT (taken_on, period, rep_id) DO UPDATE SET "
                             "won_minor = excluded.won_minor, weighted_minor = "
                             "excluded.weighted_minor, commit_minor = excluded.commit_minor, "
                             "best_case_minor = excluded.best_case_minor, pipeline_minor = "
                             "excluded.pipeline_minor"_s);
        for (const ForecastSnapshot &s : some) {
            q.bind(toStoredDate(s.takenOn)).bind(s.period.toString()).bind(s.repId);
            q.bind(s.totals.wonMinor).bind(s.totals.weightedMinor).bind(s.totals.commitMinor);
            q.bind(s.totals.bestCaseMinor).bind(s.totals.pipelineMinor);
        }
        if (auto st = q.exec(); !st) {
            return st;
        }
    }
    return {};
}

Result<QList<ForecastSnapshot>> ForecastSnapshotRepository::snapshots(const Period &period) const
{
    SqlQuery q(m_statements, u"SELECT taken_on, rep_id, won_minor, weighted_minor, commit_minor, "
                             "best_case_minor, pipeline_minor FROM forecast_snapshots WHERE "
                             "period = ? ORDER BY taken_on, rep_id"_s);
    q.bind(period.toString());
    return q.all([&period](SqlQuery &row) {
        ForecastSnapshot s;
        s.takenOn = fromStoredDate(row.value(0).toString());
        s.period = period;
        s.repId = row.value(1).toLongLong();
        s.totals.wonMinor = row.value(2).toLongLong();
        s.totals.weightedMinor = row.value(3).toLongLong();
        s.totals.commitMinor = row.value(4).toLongLong();
        s.totals.bestCaseMinor = row.value(5).toLongLong();
        s.totals.pipelineMinor = row.value(6).toLongLong();
        return s;
    });
}

// ---- the forecast ----

PipelineForecaster::PipelineForecaster(Database &db, const KpiService &kpi,
                                       const PipelineService &pipeline,
                                       const TargetService &targets, const Clock &clock)
    : m_db(db)
    , m_kpi(kpi)
    , m_pipeline(pipeline)
    , m_targets(targets)
    , m_clock(clock)
    , m_snapshots(db.connection())
{ }

Result<PipelineForecast> PipelineForecaster::forecast(const Period &period, const QDate &asOf) const
{
    if (!period.isValid()) {
        return Error::user(tr("There is no such period."));
    }
    PipelineForecast out;
    out.period = period;
    out.asOf = asOf;
    auto parts = m_kpi.breakdown(period, TargetScope {}, asOf);
    if (!parts) {
        return parts.error();
    }
    auto stages = m_pipeline.stageWinRates(asOf);
    if (!stages) {
        return stages.error();
    }
    out.stages = *stages;
    QHash<qint64, const StageWinRate *> byStage;
    for (const StageWinRate &s : std::as_const(out.stages)) {
        byStage.insert(s.stageId, &s);
    }
    auto categories = m_pipeline.forecastCategories();
    if (!categories) {
        return categories.error();
    }
    QHash<qint64, PipelineTotals> reps;
    for (const KpiShare &r : std::as_const(parts->revenueByRep)) {
        reps[r.id].wonMinor += r.minor;
        out.company.wonMinor += r.minor;
    }
    // Hundredths and millionths summed whole, rounded once at the end.
    QHash<qint64, std::pair<qint64, double>> weights; // rep: percent·minor, learned·minor
    std::pair<qint64, double> companyWeights {0, 0};
    const QDate from = std::max(asOf, period.start());
    for (const KpiDeal &d : std::as_const(parts->open)) {
        PipelineDeal p;
        p.dealId = d.id;
        p.title = d.title;
        p.ownerId = d.ownerId;
        p.stageId = d.stageId;
        p.homeMinor = d.homeMinor;
        p.percent = d.percent;
        p.expectedClose = d.expectedClose;
        p.category = categories->value(d.id, ForecastCategory::Pipeline);
        const StageWinRate *rate = byStage.value(d.stageId);
        p.learned = rate ? rate->learned : std::nullopt;
        PipelineTotals &t = reps[d.ownerId];
        if (d.expectedClose.isValid() && d.expectedClose < asOf && asOf <= period.end()) {
            p.slipped = true;
            for (PipelineTotals *x : {&t, &out.company}) {
                x->slippedMinor += d.homeMinor;
                x->slippedDeals += 1;
            }
            out.deals.append(p);
            continue;
        }
        if (!d.expectedClose.isValid() || d.expectedClose < from
            || d.expectedClose > period.end()) {
            continue;
        }
        const double learned = p.learned.value_or(d.percent / 100.0);
        for (auto *w : {&weights[d.ownerId], &companyWeights}) {
            w->first += d.homeMinor * d.percent;
            w->second += double(d.homeMinor) * learned;
        }
        for (PipelineTotals *x : {&t, &out.company}) {
            x->expectedDeals += 1;
            switch (p.category) {
            case ForecastCategory::Commit:
                x->commitMinor += d.homeMinor;
                break;
            case ForecastCategory::BestCase:
                x->bestCaseMinor += d.homeMinor;
                break;
            case ForecastCategory::Pipeline:
                x->pipelineMinor += d.homeMinor;
                break;
            case ForecastCategory::Omitted:
                x->omittedMinor += d.homeMinor;
                break;
            }
        }
        out.deals.append(p);
    }
    const auto settle = [](PipelineTotals &t, const std::pair<qint64, double> &w) {
        t.weightedMinor = (w.first + 50) / 100;
        t.learnedMinor = std::llround(w.second);
    };
    settle(out.company, companyWeights);
    for (auto it = reps.begin(); it != reps.end(); ++it) {
        settle(it.value(), weights.value(it.key()));
        out.reps.append({it.key(), it.value()});
    }
    std::sort(out.reps.begin(), out.reps.end(), [](const auto &a, const auto &b) {
        return a.second.bestCaseForecast() != b.second.bestCaseForecast()
                       ? a.second.bestCaseForecast() > b.second.bestCaseForecast()
                       : a.first < b.first;
    });
    std::stable_sort(out.deals.begin(), out.deals.end(),
                     [](const PipelineDeal &a, const PipelineDeal &b) {
                         if (a.slipped != b.slipped) {
                             return !a.slipped;
                         }
                         return a.expectedClose < b.expectedClose;
                     });
    auto targets = m_targets.targets();
    if (!targets) {
        return targets.error();
    }
    out.targetMinor = KpiService::revenueTarget(*targets, period, TargetScope {});
    return out;
}

Result<QList<ForecastSnapshot>> PipelineForecaster::snapshotDue(const QDate &asOf) const
{
    const Period quarter
            = Period::containing(Period::Kind::Quarter, asOf, m_targets.yearStartMonth());
    const QDate monday = asOf.addDays(1 - asOf.dayOfWeek());
    auto taken = m_snapshots.has(monday, quarter);
    if (!taken) {
        return taken.error();
    }
    QList<ForecastSnapshot> rows;
    if (*taken) {
        return rows;
    }
    auto f = forecast(quarter, asOf);
    if (!f) {
        return f.error();
    }
    for (const auto &[rep, totals] : std::as_const(f->reps)) {
        rows.append({monday, quarter, rep, totals});
    }
    return rows;
}

Status PipelineForecaster::keepSnapshot(const QList<ForecastSnapshot> &rows)
{
    if (rows.isEmpty()) {
        return {};
    }
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginStatus();
    }
    if (auto st = m_snapshots.write(rows); !st) {
        return st;
    }
    return tx.commit();
}

Result<int> PipelineForecaster::takeSnapshot(const QDate &asOf)
{
    auto rows = snapshotDue(asOf);
    if (!rows) {
        return rows.error();
    }
    if (auto st = keepSnapshot(*rows); !st) {
        return st.error();
    }
    return int(rows->size());
}

Result<QList<ForecastAccuracy>> PipelineForecaster::accuracy(const Period &period,
                                                             const QDate &asOf) const
{
    if (asOf <= period.end()) {
        return Error::user(tr("%1 is not over yet: its forecasts can be set against the outcome "
                              "once it is.")
                                   .arg(period.label()));
    }
    auto snapshots = m_snapshots.snapshots(period);
    if (!snapshots) {
        return snapshots.error();
    }
    auto parts = m_kpi.breakdown(period, TargetScope {}, asOf);
    if (!parts) {
        return parts.error();
    }
    QHash<qint64, qint64> actual;
    qint64 total = 0;
    for (const KpiShare &r : std::as_const(parts->revenueByRep)) {
        actual[r.id] += r.minor;
        total += r.minor;
    }
    // The company's call of a week is its reps' calls added up.
    QMap<QDate, qint64> companyCalls;
    QMap<qint64, QList<qint64>> calls;
    for (const ForecastSnapshot &s : std::as_const(*snapshots)) {
        calls[s.repId].append(s.totals.commitForecast());
        companyCalls[s.takenOn] += s.totals.commitForecast();
    }
    const auto measure = [](qint64 rep, const QList<qint64> &called, qint64 won) {
        ForecastAccuracy a;
        a.repId = rep;
        a.snapshots = int(called.size());
        a.actualMinor = won;
        if (won > 0 && !called.isEmpty()) {
            double absolute = 0;
            double signedError = 0;
            for (qint64 c : called) {
                absolute += std::abs(double(c - won));
                signedError += double(c - won);
            }
            a.meanAbsoluteError = absolute / double(called.size()) / double(won);
            a.bias = signedError / double(called.size()) / double(won);
        }
        return a;
    };
    QList<ForecastAccuracy> out;
    out.append(measure(-1, companyCalls.values(), total));
    for (auto it = calls.cbegin(); it != calls.cend(); ++it) {
        out.append(measure(it.key(), it.value(), actual.value(it.key())));
    }
    return out;
}

} // namespace salesdesk::forecast
