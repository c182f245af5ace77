#include "core/forecast/ets.h"

#include "core/forecast/decomposition.h"
#include "core/forecast/neldermead.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::forecast {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kLower = 1e-4;
constexpr double kUpper = 0.9999;
constexpr double kPhiLower = 0.8;
constexpr double kPhiUpper = 0.98;
// The likelihood search: rounds of Nelder–Mead of so many evaluations each.
constexpr int kSearchRounds = 5;
constexpr int kSearchEvaluations = 500;

bool hasTrend(const EtsSpec &s)
{
    return s.trend != EtsTrend::None;
}

bool hasSeason(const EtsSpec &s)
{
    return s.season != EtsSeason::None;
}

// Σ φ^i for i = 1…h: how much of the slope the level gains over h steps.
double dampedSum(const EtsSpec &spec, double phi, int h)
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

// Draws standard normal numbers the same way on every platform (Box–Muller), so that a
// simulated interval is reproducible.
class Normal
{
public:
    explicit Normal(std::uint64_t seed)
        : m_engine(seed)
    { }

    double operator()()
    {
        if (m_has) {
            m_has = false;
            return m_spare;
        }
        double u1 = 0;
        do {
            u1 = double(m_engine() >> 11) * 0x1.0p-53;
        } while (u1 <= 0);
        const double u2 = double(m_engine() >> 11) * 0x1.0p-53;
        const double r = std::sqrt(-2 * std::log(u1));
        m_spare = r * std::sin(2 * M_PI * u2);
        m_has = true;
        return r * std::cos(2 * M_PI * u2);
    }

private:
    std::mt19937_64 m_engine;
    double m_spare = 0;
    bool m_has = false;
};

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

// The criterion alone, for the search, which calls it thousands of times: the model's form is
// fixed at compile time (no branches on it in the loop), the seasonal states live in a buffer
// the caller owns, and nothing is kept but the two sums.
template<EtsError E, EtsTrend T, EtsSeason S>
double criterionOf(int m, const EtsParameters &p, const std::vector<double> &y,
                   std::vector<double> &season)
{
    if constexpr (S != EtsSeason::None) {
        season.assign(p.season.begin(), p.season.end());
    }
    double level = p.level;
    double slope = p.slope;
    const double alpha = p.alpha;
    const double betaOverAlpha = p.beta / p.alpha;
    const double gamma = p.gamma;
    const double phi = T == EtsTrend::Damped ? p.phi : 1.0;
    double sse = 0;
    // Σ log|ŷ| as a running product, its logarithm taken only when it leaves a safe range: a
    // logarithm per value would cost as much as the rest of the pass.
    double product = 1;
    double logs = 0;
    const std::size_t n = y.size();
    std::size_t k = 0; // t mod m
    for (std::size_t t = 0; t < n; ++t) {
        const double v = y[t];
        const double damped = T == EtsTrend::None ? 0.0 : phi * slope;
        const double trended = level + damped;
        double f = trended;
        double s = 0;
        if constexpr (S == EtsSeason::Additive) {
            s = season[k];
            f = trended + s;
        } else if constexpr (S == EtsSeason::Multiplicative) {
            s = season[k];
            f = trended * s;
        }
        double e = v - f;
        if constexpr (E == EtsError::Multiplicative) {
            if (f == 0) {
                return kInf;
            }
            e /= f;
            product *= std::abs(f);
            if (product > 1e100 || product < 1e-100) {
                logs += std::log(product);
                product = 1;
            }
        }
        sse += e * e;
        double adjusted = v;
        if constexpr (S == EtsSeason::Additive) {
            adjusted = v - s;
        } else if constexpr (S == EtsSeason::Multiplicative) {
            adjusted = v / s;
        }
        const double newLevel = trended + alpha * (adjusted - trended);
        if constexpr (T != EtsTrend::None) {
            slope = damped + betaOverAlpha * (newLevel - level - damped);
        }
        if constexpr (S == EtsSeason::Additive) {
            season[k] = s + gamma * (v - trended - s);
        } else if constexpr (S == EtsSeason::Multiplicative) {
            season[k] = s + gamma * (v / trended - s);
        }
        level = newLevel;
        if constexpr (S != EtsSeason::None) {
            if (++k == std::size_t(m)) {
                k = 0;
            }
        }
    }
    logs += std::log(product);
    const double lik = double(n) * std::log(sse) + (E == EtsError::Multiplicative ? 2 * logs : 0.0);
    return std::isfinite(lik) ? lik : kInf;
}

template<EtsError E, EtsTrend T>
double criterionBySeason(const EtsSpec &spec, int m, const EtsParameters &p,
                         const std::vector<double> &y, std::vector<double> &season)
{
    switch (spec.season) {
    case EtsSeason::None:
        return criterionOf<E, T, EtsSeason::None>(m, p, y, season);
    case EtsSeason::Additive:
        return criterionOf<E, T, EtsSeason::Additive>(m, p, y, season);
    case EtsSeason::Multiplicative:
        return criterionOf<E, T, EtsSeason::Multiplicative>(m, p, y, season);
    }
    return kInf;
}

template<EtsError E>
double criterionByTrend(const EtsSpec &spec, int m, const EtsParameters &p,
                        const std::vector<double> &y, std::vector<double> &season)
{
    switch (spec.trend) {
    case EtsTrend::None:
        return criterionBySeason<E, EtsTrend::None>(spec, m, p, y, season);
    case EtsTrend::Additive:
        return criterionBySeason<E, EtsTrend::Additive>(spec, m, p, y, season);
    case EtsTrend::Damped:
        return criterionBySeason<E, EtsTrend::Damped>(spec, m, p, y, season);
    }
    return kInf;
}

double criterion(const EtsSpec &spec, int m, const EtsParameters &p, const std::vector<double> &y,
                 std::vector<double> &season)
{
    return spec.error == EtsError::Additive
                   ? criterionByTrend<EtsError::Additive>(spec, m, p, y, season)
                   : criterionByTrend<EtsError::Multiplicative>(spec, m, p, y, season);
}

} // namespace

QString EtsSpec::name() const
{
    const QString e = error == EtsError::Additive ? u"A"_s : u"M"_s;
    const QString t = trend == EtsTrend::None       ? u"N"_s
                      : trend == EtsTrend::Additive ? u"A"_s
                                                    : u"Ad"_s;
    const QString s = season == EtsSeason::None       ? u"N"_s
                      : season == EtsSeason::Additive ? u"A"_s
                                                      : u"M"_s;
    return u"ETS(%1,%2,%3)"_s.arg(e, t, s);
}

std::optional<EtsSpec> EtsSpec::parse(const QString &text)
{
    QString code = text.trimmed().toUpper();
    if (code.startsWith(u"ETS(") && code.endsWith(u')')) {
        code = code.mid(4, code.size() - 5).remove(u',');
    }
    code.replace(u"AD"_s, u"D"_s);
    if (code.size() != 3) {
        return std::nullopt;
    }
    EtsSpec spec;
    switch (code[0].unicode()) {
    case 'A':
        spec.error = EtsError::Additive;
        break;
    case 'M':
        spec.error = EtsError::Multiplicative;
        break;
    default:
        return std::nullopt;
    }
    switch (code[1].unicode()) {
    case 'N':
        spec.trend = EtsTrend::None;
        break;
    case 'A':
        spec.trend = EtsTrend::Additive;
        break;
    case 'D':
        spec.trend = EtsTrend::Damped;
        break;
    default:
        return std::nullopt;
    }
    switch (code[2].unicode()) {
    case 'N':
        spec.season = EtsSeason::None;
        break;
    case 'A':
        spec.season = EtsSeason::Additive;
        break;
    case 'M':
        spec.season = EtsSeason::Multiplicative;
        break;
    default:
        return std::nullopt;
    }
    return spec;
}

std::optional<EtsPass> etsPass(const EtsSpec &spec, int m, const EtsParameters &p,
                               const std::vector<double> &y)
{
    const int n = int(y.size());
    if (n == 0 || (hasSeason(spec) && int(p.season.size()) != m)) {
        return std::nullopt;
    }
    EtsPass pass;
    pass.fitted.resize(std::size_t(n));
    pass.errors.resize(std::size_t(n));
    State state {p.level, p.slope, p.season};
    double sse = 0;
    double logs = 0;
    const bool multiplicative = spec.error == EtsError::Multiplicative;
    for (int t = 0; t < n; ++t) {
        double trended = 0;
        const double f = state.forecast(spec, p.phi, t, m, trended);
        if (!std::isfinite(f) || (multiplicative && f == 0)) {
            return std::nullopt;
        }
        const double e = multiplicative ? (y[std::size_t(t)] - f) / f : y[std::size_t(t)] - f;
        pass.fitted[std::size_t(t)] = f;
        pass.errors[std::size_t(t)] = e;
        sse += e * e;
        if (multiplicative) {
            logs += std::log(std::abs(f));
        }
        state.update(spec, p, t, m, trended, y[std::size_t(t)]);
    }
    pass.lik = n * std::log(sse) + (multiplicative ? 2 * logs : 0.0);
    if (std::isnan(pass.lik)) {
        return std::nullopt;
    }
    pass.level = state.level;
    pass.slope = state.slope;
    pass.season = std::move(state.season);
    return pass;
}

void setCriteria(EtsFit &fit)
{
    const double k = fit.estimated + 1; // and the variance
    const double n = fit.n;
    fit.loglik = -0.5 * fit.pass.lik;
    fit.aic = fit.pass.lik + 2 * k;
    fit.bic = fit.pass.lik + std::log(n) * k;
    fit.aicc = n - k - 1 > 0 ? fit.aic + 2 * k * (k + 1) / (n - k - 1) : kInf;
    double sse = 0;
    for (double e : fit.pass.errors) {
        sse += e * e;
    }
    fit.sigma2 = sse / std::max(1.0, n - fit.estimated);
}

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

QList<ForecastPoint> etsForecast(const EtsFit &fit, int horizon, bool intervals)
{
    const EtsSpec &spec = fit.spec;
    const EtsParameters &p = fit.parameters;
    const int n = fit.n;
    const int m = fit.m;
    QList<ForecastPoint> out;
    out.reserve(horizon);
    std::vector<double> points(std::size_t(horizon), 0.0);
    for (int h = 1; h <= horizon; ++h) {
        double f = fit.pass.level + dampedSum(spec, p.phi, h) * fit.pass.slope;
        if (spec.season == EtsSeason::Additive) {
            f += fit.pass.season[std::size_t((n + h - 1) % m)];
        } else if (spec.season == EtsSeason::Multiplicative) {
            f *= fit.pass.season[std::size_t((n + h - 1) % m)];
        }
        points[std::size_t(h - 1)] = f;
    }
    if (!intervals) {
        for (double point : points) {
            out.append(normalInterval(point, 0));
        }
        return out;
    }
    const double sigma = std::sqrt(fit.sigma2);
    const bool linear
            = spec.error == EtsError::Additive && spec.season != EtsSeason::Multiplicative;
    if (linear) {
        // v_h = σ²·(1 + Σ_{j<h} c_j²), c_j = α + β·(φ + … + φ^j) + γ·[j a multiple of m]
        // (Hyndman et al. 2008, table 6.1).
        double sum = 0;
        for (int h = 1; h <= horizon; ++h) {
            out.append(normalInterval(points[std::size_t(h - 1)], sigma * std::sqrt(1 + sum)));
            const int j = h;
            double c = p.alpha + p.beta * dampedSum(spec, p.phi, j);
            if (hasSeason(spec) && j % m == 0) {
                c += p.gamma;
            }
            sum += c * c;
        }
        return out;
    }
    // Simulated futures: each draws its errors and carries the states forward with them.
    constexpr int kPaths = 5000;
    std::vector<double> draws(std::size_t(kPaths) * std::size_t(horizon));
    Normal normal(0x5A1E5DE5C);
    for (int path = 0; path < kPaths; ++path) {
        State state {fit.pass.level, fit.pass.slope, fit.pass.season};
        for (int h = 0; h < horizon; ++h) {
            const int t = n + h;
            double trended = 0;
            const double f = state.forecast(spec, p.phi, t, m, trended);
            const double e = sigma * normal();
            const double y = spec.error == EtsError::Additive ? f + e : f * (1 + e);
            draws[std::size_t(h) * kPaths + std::size_t(path)] = y;
            state.update(spec, p, t, m, trended, y);
        }
    }
    auto quantile = [](std::vector<double>::iterator first, std::vector<double>::iterator last,
                       double q) {
        const auto count = last - first;
        const double at = q * double(count - 1);
        const auto below = std::ptrdiff_t(std::floor(at));
        std::nth_element(first, first + below, last);
        const double lo = *(first + below);
        if (below + 1 >= count) {
            return lo;
        }
        const double hi = *std::min_element(first + below + 1, last);
        return lo + (at - double(below)) * (hi - lo);
    };
    for (int h = 0; h < horizon; ++h) {
        auto first = draws.begin() + std::ptrdiff_t(h) * kPaths;
        auto last = first + kPaths;
        ForecastPoint fp;
        fp.point = points[std::size_t(h)];
        fp.lo95 = quantile(first, last, 0.025);
        fp.lo80 = quantile(first, last, 0.10);
        fp.hi80 = quantile(first, last, 0.90);
        fp.hi95 = quantile(first, last, 0.975);
        out.append(fp);
    }
    return out;
}

} // namespace salesdesk::forecast
