#include "core/forecast/etsdetail.h"

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::forecast {

namespace detail {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

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

} // namespace

double criterion(const EtsSpec &spec, int m, const EtsParameters &p, const std::vector<double> &y,
                 std::vector<double> &season)
{
    return spec.error == EtsError::Additive
                   ? criterionByTrend<EtsError::Additive>(spec, m, p, y, season)
                   : criterionByTrend<EtsError::Multiplicative>(spec, m, p, y, season);
}

} // namespace detail

using namespace detail;

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

} // namespace salesdesk::forecast
