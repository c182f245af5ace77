#include "core/evaluation/leaderboard.h"

#include "core/kpi/kpiservice.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

QList<LeaderboardRow> leaderboard(const QList<Evaluation> &now, const QList<Evaluation> &previous)
{
    QList<LeaderboardRow> rows;
    for (const Evaluation &e : now) {
        LeaderboardRow row;
        row.evaluation = e;
        for (const Evaluation &p : previous) {
            if (p.card.repId == e.card.repId && p.card.score) {
                row.previousScore = p.card.score;
                row.previousRank = p.card.rank;
            }
        }
        if (row.previousScore && e.card.score) {
            row.change = *e.card.score - *row.previousScore;
        }
        rows.append(row);
    }
    std::stable_sort(
            rows.begin(), rows.end(), [](const LeaderboardRow &a, const LeaderboardRow &b) {
                const int ra = a.evaluation.card.rank > 0 ? a.evaluation.card.rank : INT_MAX;
                const int rb = b.evaluation.card.rank > 0 ? b.evaluation.card.rank : INT_MAX;
                if (ra != rb) {
                    return ra < rb;
                }
                return a.evaluation.card.rep.localeAwareCompare(b.evaluation.card.rep) < 0;
            });
    return rows;
}

QHash<ScoreKpi, double> averageKpiScores(const QList<Evaluation> &evaluations)
{
    QHash<ScoreKpi, double> sum;
    QHash<ScoreKpi, int> count;
    for (const Evaluation &e : evaluations) {
        for (const KpiLine &line : e.card.kpis) {
            if (line.score) {
                sum[line.kpi] += *line.score;
                ++count[line.kpi];
            }
        }
    }
    QHash<ScoreKpi, double> out;
    for (auto it = sum.cbegin(); it != sum.cend(); ++it) {
        out.insert(it.key(), it.value() / count.value(it.key()));
    }
    return out;
}

QMap<QString, int> gradeCounts(const QList<Evaluation> &evaluations)
{
    QMap<QString, int> out {{u"A"_s, 0}, {u"B"_s, 0}, {u"C"_s, 0}, {u"D"_s, 0}};
    for (const Evaluation &e : evaluations) {
        if (!e.card.grade.isEmpty()) {
            ++out[e.card.grade];
        }
    }
    return out;
}

Result<QList<QList<Evaluation>>> evaluateSeries(const EvaluationService &service,
                                                const Period &last, int count,
                                                const EvaluationTemplate &t, qint64 repId,
                                                const QDate &asOf)
{
    QList<Period> periods {last};
    while (periods.size() < count) {
        periods.prepend(KpiService::previous(periods.first()));
    }
    QList<QList<Evaluation>> out;
    for (const Period &p : std::as_const(periods)) {
        auto all = service.evaluate(p, t, repId, asOf);
        if (!all) {
            return all.error();
        }
        out.append(*all);
    }
    return out;
}

} // namespace salesdesk
