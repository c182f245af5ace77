#pragma once

#include "core/common/result.h"
#include "core/targets/targettypes.h"

#include <QCoreApplication>

namespace salesdesk {

// The arithmetic of targets, free of storage: splitting, rebalancing and progress.
class TargetMath
{
    Q_DECLARE_TR_FUNCTIONS(TargetMath)

public:
    // Values of the children of a target worth `total`, in proportion to `weights`. Additive
    // metrics are split by the largest-remainder method, so the children add up exactly to the
    // parent; an average or a rate is not split: every child gets the parent's value. `unit`
    // is the step the parts move in when the total is a whole number of them (100 fen: money
    // splits into whole yuan unless the parent has fen).
    static QList<qint64> split(Metric metric, qint64 total, const QList<double> &weights,
                               qint64 unit = 1);
    // splitLargestRemainder in whole `unit`s when `total` is a whole number of them.
    static QList<qint64> splitInUnits(qint64 total, const QList<double> &weights, qint64 unit);

    // Seasonal weights from history: one row per past year, one column per child, each the
    // metric's actual. Every year with a total contributes its shares; the weights are the
    // mean share per child. Empty when no year has any total.
    static QList<double> seasonalWeights(const QList<QList<qint64>> &history);

    // Sets child `edited` to `newValue` and spreads the difference over the other unlocked
    // children in proportion to their values (evenly when all are zero), largest remainder,
    // so the children still add up to `total`. Refused when that cannot be done.
    static Result<QList<qint64>> rebalance(const QList<qint64> &values, const QList<bool> &locked,
                                           int edited, qint64 newValue, qint64 total,
                                           qint64 unit = 1);

    // Spreads a new parent value over its children in proportion to their current values,
    // leaving locked children as they are.
    static Result<QList<qint64>> respread(const QList<qint64> &values, const QList<bool> &locked,
                                          qint64 newTotal, qint64 unit = 1);

    // The part of [start, end] that has elapsed by the end of `asOf`, between 0 and 1.
    static double elapsedShare(const QDate &start, const QDate &end, const QDate &asOf);

    // Progress of a target as of a date from its actual (up to asOf) and the weighted pipeline
    // expected to close after asOf within the target's dates. `timeChildren` are its children
    // by period (empty when it was not split by time): their targets decide what was expected
    // by now, so a seasonally split year expects little in a quiet month.
    static TargetProgress progress(const Target &target, const QList<Target> &timeChildren,
                                   qint64 actual, qint64 pipelineAfterAsOf, const QDate &asOf,
                                   const StatusThresholds &thresholds = {});
};

} // namespace salesdesk
