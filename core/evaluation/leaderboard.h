#pragma once

#include "core/evaluation/evaluationservice.h"

#include <QMap>

namespace salesdesk {

// A rep's place on the leaderboard of a period beside the period before.
struct LeaderboardRow
{
    Evaluation evaluation;
    std::optional<double> previousScore; // none: not scored then
    int previousRank = 0; // 0: not ranked then
    std::optional<double> change; // score now − score then
};

// The period's evaluations by rank (then name), each with the same rep's score and rank of
// the period before (from `previous`, the evaluations of that period).
QList<LeaderboardRow> leaderboard(const QList<Evaluation> &now, const QList<Evaluation> &previous);

// The team average of each KPI's score: the mean over the scorecards that score it (the
// radar's comparison).
QHash<ScoreKpi, double> averageKpiScores(const QList<Evaluation> &evaluations);

// How many scorecards have each grade: "A", "B", "C" and "D" always present.
QMap<QString, int> gradeCounts(const QList<Evaluation> &evaluations);

// The evaluations of `count` periods up to and including `last`, oldest first (trends).
Result<QList<QList<Evaluation>>> evaluateSeries(const EvaluationService &service,
                                                const Period &last, int count,
                                                const EvaluationTemplate &t, qint64 repId,
                                                const QDate &asOf);

} // namespace salesdesk
