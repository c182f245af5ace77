#pragma once

// The inside of the ETS models, shared by the files that fit, evaluate and simulate them.

#include "core/forecast/ets.h"

#include <vector>

namespace salesdesk::forecast::detail {

inline bool hasTrend(const EtsSpec &s)
{
    return s.trend != EtsTrend::None;
}

inline bool hasSeason(const EtsSpec &s)
{
    return s.season != EtsSeason::None;
}

// Σ φ^i for i = 1…h: how much of the slope the level gains over h steps.
inline double dampedSum(const EtsSpec &spec, double phi, int h)
{
    switch (spec.trend) {
    case EtsTrend::None:
        return 0;
    case EtsTrend::Additive:
        return h;
    case EtsTrend::Damped:
        break;
    }
    double sum = 0;
    double power = 1;
    for (int i = 1; i <= h; ++i) {
        power *= phi;
        sum += power;
    }
    return sum;
}

// The state of a model as it moves through time.
struct State
{
    double level = 0;
    double slope = 0;
    std::vector<double> season;

    double forecast(const EtsSpec &spec, double phi, int t, int m, double &trended) const
    {
        trended = level + (hasTrend(spec) ? phi * slope : 0.0);
        switch (spec.season) {
        case EtsSeason::None:
            return trended;
        case EtsSeason::Additive:
            return trended + season[std::size_t(t % m)];
        case EtsSeason::Multiplicative:
            return trended * season[std::size_t(t % m)];
        }
        return trended;
    }

    // The error-correction form: the same for both kinds of error.
    void update(const EtsSpec &spec, const EtsParameters &p, int t, int m, double trended, double y)
    {
        double &s = hasSeason(spec) ? season[std::size_t(t % m)] : level;
        double adjusted = y;
        if (spec.season == EtsSeason::Additive) {
            adjusted = y - s;
        } else if (spec.season == EtsSeason::Multiplicative) {
            adjusted = y / s;
        }
        const double newLevel = trended + p.alpha * (adjusted - trended);
        if (hasTrend(spec)) {
            const double damped = p.phi * slope;
            slope = damped + (p.beta / p.alpha) * (newLevel - level - damped);
        }
        if (spec.season == EtsSeason::Additive) {
            s += p.gamma * (y - trended - s);
        } else if (spec.season == EtsSeason::Multiplicative) {
            s += p.gamma * (y / trended - s);
        }
        level = newLevel;
    }
};

// n·log(Σe²) (+ 2·Σlog|ŷ| for multiplicative errors), for the search: no fitted values kept,
// the seasonal states in `season`, a buffer the caller owns. +∞ where the model breaks down.
double criterion(const EtsSpec &spec, int m, const EtsParameters &p, const std::vector<double> &y,
                 std::vector<double> &season);

} // namespace salesdesk::forecast::detail
