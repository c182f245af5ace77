#include "core/forecast/ets.h"

#include "core/forecast/decomposition.h"
#include "core/forecast/etsdetail.h"
#include "core/forecast/neldermead.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>

namespace salesdesk::forecast {

using namespace detail;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kLower = 1e-4;
constexpr double kUpper = 0.9999;
constexpr double kPhiLower = 0.8;
constexpr double kPhiUpper = 0.98;
// The likelihood search: rounds of Nelder–Mead of so many evaluations each.
constexpr int kSearchRounds = 5;
constexpr int kSearchEvaluations = 500;

// Seasonal periods up to this fit the admissibility test's fixed buffers.
constexpr std::size_t kMaxDegree = 64;
using Coefficients = std::array<double, kMaxDegree + 1>;

// All zeros of the real polynomial c[0] + c[1]·z + … + c[n]·z^n strictly inside the unit
// circle: the Schur–Cohn test, which needs no roots. With |c₀| < |cₙ| the polynomial
// (cₙ·p(z) − c₀·z^n·p(1/z)) / z has as many zeros inside as p has, less one (Rouché).
bool zerosInsideUnitCircle(Coefficients c, std::size_t n)
{
    Coefficients q {};
    for (; n > 0; --n) {
        const double a0 = c[0];
        const double an = c[n];
        if (!(std::abs(a0) < std::abs(an))) {
            return false;
        }
        for (std::size_t k = 1; k <= n; ++k) {
            q[k - 1] = an * c[k] - a0 * c[n - k];
        }
        // Keep the numbers in range: only the zeros matter.
        const double scale = std::abs(q[n - 1]);
        for (std::size_t k = 0; k < n; ++k) {
            c[k] = q[k] / scale;
        }
    }
    return true;
}

// The states the search starts from: a classical decomposition (or, with less than three
// seasons, a line through the data and the average deviation at each position) for the
// season, a line through the first values of the seasonally adjusted series for level and
// slope.
EtsParameters startingStates(const std::vector<double> &y, int m, const EtsSpec &spec)
{
    EtsParameters p;
    const int n = int(y.size());
    std::vector<double> adjusted = y;
    const bool multiplicative = spec.season == EtsSeason::Multiplicative;
    if (hasSeason(spec)) {
        std::vector<double> figure;
        if (n >= 3 * m) {
            figure = decompose(y, m,
                               multiplicative ? SeasonForm::Multiplicative : SeasonForm::Additive)
                             .figure;
        } else {
            const Line line = fitLine(y, n, 1);
            std::vector<double> sums(std::size_t(m), 0.0);
            std::vector<int> counts(std::size_t(m), 0);
            for (int t = 0; t < n; ++t) {
                const double fit = line.intercept + line.slope * (t + 1);
                sums[std::size_t(t % m)]
                        += multiplicative ? y[std::size_t(t)] / fit : y[std::size_t(t)] - fit;
                ++counts[std::size_t(t % m)];
            }
            double mean = 0;
            figure.resize(std::size_t(m));
            for (int k = 0; k < m; ++k) {
                figure[std::size_t(k)] = sums[std::size_t(k)] / std::max(1, counts[std::size_t(k)]);
                mean += figure[std::size_t(k)] / m;
            }
            for (double &f : figure) {
                f = multiplicative ? f / mean : f - mean;
            }
        }
        if (multiplicative) {
            double sum = 0;
            for (double &f : figure) {
                f = std::max(f, 1e-2);
                sum += f;
            }
            for (double &f : figure) {
                f *= m / sum;
            }
        }
        for (int t = 0; t < n; ++t) {
            const double s = figure[std::size_t(t % m)];
            adjusted[std::size_t(t)]
                    = multiplicative ? y[std::size_t(t)] / s : y[std::size_t(t)] - s;
        }
        p.season = figure;
    }
    const int first = std::min(std::max(10, 2 * m), n);
    if (hasTrend(spec)) {
        const Line line = fitLine(adjusted, first, 1);
        p.level = line.intercept;
        p.slope = line.slope;
        if (std::abs(p.level + p.slope) < 1e-8) {
            p.level *= 1 + 1e-3;
            p.slope *= 1 - 1e-3;
        }
    } else {
        p.level = std::accumulate(adjusted.begin(), adjusted.begin() + first, 0.0) / first;
    }
    return p;
}

// The free parameters in the order the search moves them: α, β, γ, φ, ℓ₀, b₀ and all but the
// last seasonal term (the terms add up to 0, or to m for a multiplicative season).
struct Layout
{
    EtsSpec spec;
    int m = 1;

    int size() const
    {
        return 1 + (hasTrend(spec) ? 2 : 0) + (spec.trend == EtsTrend::Damped ? 1 : 0)
               + (hasSeason(spec) ? m : 0) + 1;
    }

    std::vector<double> pack(const EtsParameters &p) const
    {
        std::vector<double> x {p.alpha};
        if (hasTrend(spec)) {
            x.push_back(p.beta);
        }
        if (hasSeason(spec)) {
            x.push_back(p.gamma);
        }
        if (spec.trend == EtsTrend::Damped) {
            x.push_back(p.phi);
        }
        x.push_back(p.level);
        if (hasTrend(spec)) {
            x.push_back(p.slope);
        }
        if (hasSeason(spec)) {
            x.insert(x.end(), p.season.begin(), p.season.end() - 1);
        }
        return x;
    }

    void unpack(const std::vector<double> &x, EtsParameters &p) const
    {
        std::size_t i = 0;
        p.alpha = x[i++];
        p.beta = hasTrend(spec) ? x[i++] : 0.0;
        p.gamma = hasSeason(spec) ? x[i++] : 0.0;
        p.phi = spec.trend == EtsTrend::Damped ? x[i++] : 1.0;
        p.level = x[i++];
        p.slope = hasTrend(spec) ? x[i++] : 0.0;
        if (hasSeason(spec)) {
            p.season.resize(std::size_t(m));
            double sum = 0;
            for (int k = 0; k < m - 1; ++k) {
                p.season[std::size_t(k)] = x[i++];
                sum += p.season[std::size_t(k)];
            }
            p.season[std::size_t(m - 1)] = (spec.season == EtsSeason::Multiplicative ? m : 0) - sum;
        }
    }
};

} // namespace

bool etsParametersAllowed(const EtsSpec &spec, int m, const EtsParameters &p)
{
    if (p.alpha < kLower || p.alpha > kUpper) {
        return false;
    }
    if (hasTrend(spec) && (p.beta < kLower || p.beta > std::min(p.alpha, kUpper))) {
        return false;
    }
    if (hasSeason(spec) && (p.gamma < kLower || p.gamma > std::min(1 - p.alpha, kUpper))) {
        return false;
    }
    if (spec.trend == EtsTrend::Damped && (p.phi < kPhiLower || p.phi > kPhiUpper)) {
        return false;
    }
    if (!hasSeason(spec)) {
        // Inside the usual bounds a non-seasonal model is always admissible.
        return true;
    }
    // The characteristic polynomial of the seasonal models' discount matrix (Hyndman et al.
    // 2008, ch. 10); its zeros may reach the unit circle (the models without a slope always
    // have one there), so test the polynomial on a circle a hair larger.
    const double a = p.alpha;
    const double b = hasTrend(spec) ? p.beta : 0.0;
    const double g = p.gamma;
    const double phi = spec.trend == EtsTrend::Damped ? p.phi : 1.0;
    if (std::size_t(m + 1) > kMaxDegree) {
        return false;
    }
    Coefficients c {};
    std::fill(c.begin(), c.begin() + m + 2, a + b - a * phi);
    c[0] = phi * (1 - a - g);
    c[1] = a + b - a * phi + g - 1;
    c[std::size_t(m)] = a + b - phi;
    c[std::size_t(m + 1)] = 1;
    constexpr double kRadius = 1 + 1e-6;
    double power = 1;
    for (int k = 0; k <= m + 1; ++k) {
        c[std::size_t(k)] *= power;
        power *= kRadius;
    }
    return zerosInsideUnitCircle(c, std::size_t(m + 1));
}

std::optional<EtsFit> fitEts(const std::vector<double> &y, int m, const EtsSpec &spec,
                             const EtsParameters *from)
{
    const int n = int(y.size());
    const bool positive = std::all_of(y.begin(), y.end(), [](double v) { return v > 0; });
    if ((spec.error == EtsError::Multiplicative || spec.season == EtsSeason::Multiplicative)
        && !positive) {
        return std::nullopt;
    }
    if (hasSeason(spec) && (m < 2 || n < 2 * m)) {
        return std::nullopt;
    }
    const Layout layout {spec, hasSeason(spec) ? m : 1};
    // As R does: too few values for the parameters leave no room to estimate them.
    const int free = layout.size();
    if (n <= free + 4) {
        return std::nullopt;
    }

    // The search runs on the series divided by its mean size, so that states and smoothing
    // parameters are of one order; the criterion is turned back at the end.
    double scale = 0;
    for (double v : y) {
        scale += std::abs(v);
    }
    scale /= n;
    if (!(scale > 0)) {
        scale = 1;
    }
    std::vector<double> scaled(y.size());
    std::transform(y.begin(), y.end(), scaled.begin(), [scale](double v) { return v / scale; });

    EtsParameters start;
    if (from) {
        start = *from;
        start.level /= scale;
        start.slope /= scale;
        if (spec.season == EtsSeason::Additive) {
            for (double &s : start.season) {
                s /= scale;
            }
        }
    } else {
        start = startingStates(scaled, layout.m, spec);
        start.alpha = kLower + 0.2 * (kUpper - kLower) / layout.m;
        start.beta = hasTrend(spec) ? kLower + 0.1 * (start.alpha - kLower) : 0.0;
        start.gamma = hasSeason(spec) ? kLower + 0.05 * (1 - start.alpha - kLower) : 0.0;
        start.phi
                = spec.trend == EtsTrend::Damped ? kPhiLower + 0.99 * (kPhiUpper - kPhiLower) : 1.0;
    }

    EtsParameters p = start;
    std::vector<double> buffer;
    auto objective = [&](const std::vector<double> &x) {
        layout.unpack(x, p);
        if (!etsParametersAllowed(spec, layout.m, p)) {
            return kInf;
        }
        if (spec.season == EtsSeason::Multiplicative
            && std::any_of(p.season.begin(), p.season.end(), [](double s) { return s <= 0; })) {
            return kInf;
        }
        return criterion(spec, layout.m, p, scaled, buffer);
    };
    std::vector<double> x = layout.pack(start);
    auto stepsFor = [&](const std::vector<double> &at) {
        std::vector<double> steps(at.size());
        const std::size_t smoothing
                = std::size_t(1 + (hasTrend(spec) ? 1 : 0) + (hasSeason(spec) ? 1 : 0)
                              + (spec.trend == EtsTrend::Damped ? 1 : 0));
        for (std::size_t i = 0; i < at.size(); ++i) {
            steps[i] = i < smoothing ? std::max(0.05, 0.1 * std::abs(at[i]))
                                     : 0.1 * std::max(std::abs(at[i]), 0.05);
        }
        return steps;
    };
    // Short searches, each restarted from where the last stopped with a fresh simplex: in this
    // many dimensions a simplex soon collapses along a ridge, and a new one moves on where the
    // old would crawl. A search that starts from a fit already made needs fewer.
    const int rounds = from ? 1 : kSearchRounds;
    Minimum best = nelderMead(objective, x, stepsFor(x), kSearchEvaluations);
    for (int round = 1; round < rounds; ++round) {
        const Minimum again = nelderMead(objective, best.x, stepsFor(best.x), kSearchEvaluations);
        const bool better = again.value < best.value - 1e-9 * std::abs(best.value);
        if (again.value <= best.value) {
            best = again;
        }
        if (!better) {
            break;
        }
    }
    if (!std::isfinite(best.value)) {
        return std::nullopt;
    }

    EtsFit fit;
    fit.spec = spec;
    fit.m = layout.m;
    fit.n = n;
    fit.estimated = free;
    layout.unpack(best.x, fit.parameters);
    fit.parameters.level *= scale;
    fit.parameters.slope *= scale;
    if (spec.season == EtsSeason::Additive) {
        for (double &s : fit.parameters.season) {
            s *= scale;
        }
    }
    auto pass = etsPass(spec, layout.m, fit.parameters, y);
    if (!pass) {
        return std::nullopt;
    }
    fit.pass = std::move(*pass);
    setCriteria(fit);
    return fit;
}

QList<EtsSpec> etsCandidates(const std::vector<double> &y, int m)
{
    const bool positive = std::all_of(y.begin(), y.end(), [](double v) { return v > 0; });
    const bool seasonal = m > 1 && int(y.size()) >= 2 * m;
    QList<EtsSpec> specs;
    for (EtsError e : {EtsError::Additive, EtsError::Multiplicative}) {
        if (e == EtsError::Multiplicative && !positive) {
            continue;
        }
        for (EtsTrend t : {EtsTrend::None, EtsTrend::Additive, EtsTrend::Damped}) {
            for (EtsSeason s : {EtsSeason::None, EtsSeason::Additive, EtsSeason::Multiplicative}) {
                if (s != EtsSeason::None && !seasonal) {
                    continue;
                }
                if (s == EtsSeason::Multiplicative && (!positive || e == EtsError::Additive)) {
                    continue;
                }
                specs.append({e, t, s});
            }
        }
    }
    return specs;
}

std::optional<EtsFit> autoEts(const std::vector<double> &y, int m)
{
    std::optional<EtsFit> best;
    for (const EtsSpec &spec : etsCandidates(y, m)) {
        auto fit = fitEts(y, m, spec);
        if (fit && std::isfinite(fit->aicc) && (!best || fit->aicc < best->aicc)) {
            best = std::move(fit);
        }
    }
    return best;
}

} // namespace salesdesk::forecast
