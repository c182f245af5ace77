#include "core/forecast/etsdetail.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace salesdesk::forecast {

using namespace detail;

namespace {

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

} // namespace

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
