#include "core/targets/targetmath.h"

#include "core/common/money.h"

#include <cmath>
#include <numeric>

namespace salesdesk {

QList<qint64> TargetMath::splitInUnits(qint64 total, const QList<double> &weights, qint64 unit)
{
    if (unit <= 1 || total % unit != 0) {
        return splitLargestRemainder(total, weights);
    }
    QList<qint64> parts = splitLargestRemainder(total / unit, weights);
    for (qint64 &p : parts) {
        p *= unit;
    }
    return parts;
}

QList<qint64> TargetMath::split(Metric metric, qint64 total, const QList<double> &weights,
                                qint64 unit)
{
    if (!TargetText::isAdditive(metric)) {
        return QList<qint64>(weights.size(), total);
    }
    return splitInUnits(total, weights, unit);
}

QList<double> TargetMath::seasonalWeights(const QList<QList<qint64>> &history)
{
    if (history.isEmpty()) {
        return {};
    }
    const qsizetype n = history.first().size();
    QList<double> sum(n, 0.0);
    int years = 0;
    for (const auto &year : history) {
        const qint64 total = std::accumulate(year.cbegin(), year.cend(), qint64(0));
        if (total <= 0 || year.size() != n) {
            continue;
        }
        ++years;
        for (qsizetype i = 0; i < n; ++i) {
            sum[i] += double(year[i]) / double(total);
        }
    }
    if (years == 0) {
        return {};
    }
    for (auto &s : sum) {
        s /= years;
    }
    return sum;
}

Result<QList<qint64>> TargetMath::rebalance(const QList<qint64> &values, const QList<bool> &locked,
                                            int edited, qint64 newValue, qint64 total, qint64 unit)
{
    const qsizetype n = values.size();
    if (edited < 0 || edited >= n || locked.size() != n) {
        return Error::internal(tr("Nothing to rebalance."));
    }
    if (newValue < 0) {
        return Error::user(tr("A target cannot be negative."));
    }
    qint64 fixed = newValue;
    QList<int> free;
    QList<double> weights;
    for (int i = 0; i < n; ++i) {
        if (i == edited) {
            continue;
        }
        if (locked[i]) {
            fixed += values[i];
        } else {
            free.append(i);
            weights.append(double(values[i]));
        }
    }
    const qint64 left = total - fixed;
    if (free.isEmpty()) {
        if (left != 0) {
            return Error::user(tr("Every other part is locked or has ended, so this one must "
                                  "stay as it is for the parts to add up."));
        }
        QList<qint64> out = values;
        out[edited] = newValue;
        return out;
    }
    if (left < 0) {
        return Error::user(tr("That leaves less than nothing for the other parts: together "
                              "with the locked and ended parts it is more than the whole."));
    }
    const QList<qint64> spread = splitInUnits(left, weights, unit);
    QList<qint64> out = values;
    out[edited] = newValue;
    for (qsizetype k = 0; k < free.size(); ++k) {
        out[free[k]] = spread[k];
    }
    return out;
}

Result<QList<qint64>> TargetMath::respread(const QList<qint64> &values, const QList<bool> &locked,
                                           qint64 newTotal, qint64 unit)
{
    qint64 fixed = 0;
    QList<int> free;
    QList<double> weights;
    for (int i = 0; i < values.size(); ++i) {
        if (locked.value(i)) {
            fixed += values[i];
        } else {
            free.append(i);
            weights.append(double(values[i]));
        }
    }
    const qint64 left = newTotal - fixed;
    if (free.isEmpty() || left < 0) {
        return Error::user(tr("The locked parts and those that have ended do not leave room for "
                              "the new value."));
    }
    const QList<qint64> spread = splitInUnits(left, weights, unit);
    QList<qint64> out = values;
    for (qsizetype k = 0; k < free.size(); ++k) {
        out[free[k]] = spread[k];
    }
    return out;
}

double TargetMath::elapsedShare(const QDate &start, const QDate &end, const QDate &asOf)
{
    if (asOf < start) {
        return 0.0;
    }
    if (asOf >= end) {
        return 1.0;
    }
    return double(start.daysTo(asOf) + 1) / double(start.daysTo(end) + 1);
}

TargetProgress TargetMath::progress(const Target &t, const QList<Target> &timeChildren,
                                    qint64 actual, qint64 pipelineAfterAsOf, const QDate &asOf,
                                    const StatusThresholds &thresholds)
{
    TargetProgress p;
    p.targetId = t.id;
    p.asOf = asOf;
    p.target = t.value;
    p.actual = actual;
    const bool additive = TargetText::isAdditive(t.metric);
    if (!additive) {
        p.expectedToDate = asOf < t.startsOn ? 0 : t.value;
    } else if (!timeChildren.isEmpty()) {
        double expected = 0;
        for (const auto &c : timeChildren) {
            expected += double(c.value) * elapsedShare(c.startsOn, c.endsOn, asOf);
        }
        p.expectedToDate = std::llround(expected);
    } else {
        p.expectedToDate = std::llround(double(t.value) * elapsedShare(t.startsOn, t.endsOn, asOf));
    }
    p.projected = additive && asOf < t.endsOn ? actual + pipelineAfterAsOf : actual;
    p.attainment = t.value > 0 ? double(actual) / double(t.value) : (actual > 0 ? 1.0 : 0.0);

    if (asOf < t.startsOn) {
        p.status = TargetStatus::NotStarted;
    } else if (actual >= t.value) {
        p.status = TargetStatus::Achieved;
    } else if (asOf > t.endsOn) {
        p.status = TargetStatus::Missed;
    } else {
        const double pace = p.expectedToDate > 0 ? double(actual) / double(p.expectedToDate) : 1.0;
        p.status = pace >= thresholds.onTrack  ? TargetStatus::OnTrack
                   : pace >= thresholds.atRisk ? TargetStatus::AtRisk
                                               : TargetStatus::Behind;
        // What is coming counts too: a projection that reaches the goal is on track.
        if (p.status != TargetStatus::OnTrack && additive && p.projected >= t.value) {
            p.status = TargetStatus::OnTrack;
            p.onTrackByPipeline = true;
        }
    }
    return p;
}

} // namespace salesdesk
