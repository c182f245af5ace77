#pragma once

#include "core/forecast/forecasttypes.h"

#include <QString>

#include <optional>
#include <vector>

namespace salesdesk::forecast {

// The exponential smoothing state-space models ETS(error, trend, season) of Hyndman, Koehler,
// Ord and Snyder (2008): additive or multiplicative errors, no, additive or damped additive
// trend, no, additive or multiplicative season.
enum class EtsError { Additive, Multiplicative };
enum class EtsTrend { None, Additive, Damped };
enum class EtsSeason { None, Additive, Multiplicative };

struct EtsSpec
{
    EtsError error = EtsError::Additive;
    EtsTrend trend = EtsTrend::None;
    EtsSeason season = EtsSeason::None;

    QString name() const; // "ETS(M,Ad,N)"
    static std::optional<EtsSpec> parse(const QString &text); // "MAdN", "ETS(M,Ad,N)"
    friend bool operator==(const EtsSpec &, const EtsSpec &) = default;
};

// Smoothing parameters and the states before the first value. `season[k]` is the seasonal
// term of the positions t with t mod m == k (t counted from the first value).
struct EtsParameters
{
    double alpha = 0;
    double beta = 0;
    double gamma = 0;
    double phi = 1;
    double level = 0;
    double slope = 0;
    std::vector<double> season;
};

// One pass of the model over the series.
struct EtsPass
{
    // The criterion that is minimised, as R's forecast::ets counts it: n·log(Σe²), plus
    // 2·Σlog|ŷ| for multiplicative errors (−2·log-likelihood without its constant).
    double lik = 0;
    std::vector<double> fitted; // one-step forecasts
    std::vector<double> errors; // y − ŷ, or (y − ŷ)/ŷ for multiplicative errors
    // The states after the last value.
    double level = 0;
    double slope = 0;
    std::vector<double> season; // indexed by t mod m, as EtsParameters::season
};

std::optional<EtsPass> etsPass(const EtsSpec &spec, int m, const EtsParameters &p,
                               const std::vector<double> &y);

// A model estimated on a series.
struct EtsFit
{
    EtsSpec spec;
    int m = 1;
    int n = 0;
    EtsParameters parameters;
    EtsPass pass;
    int estimated = 0; // parameters and initial states estimated
    double loglik = 0; // −lik/2
    double aic = 0;
    double aicc = 0;
    double bic = 0;
    double sigma2 = 0; // Σe² / (n − estimated)
};

// The information criteria of a pass with `estimated` free parameters (the variance adds one).
void setCriteria(EtsFit &fit);

// Whether the smoothing parameters lie in R's default region: the usual bounds (each in
// [1e-4, 0.9999], β ≤ α, γ ≤ 1 − α, φ in [0.8, 0.98]) and the admissible region, where the
// model forgets its initial states.
bool etsParametersAllowed(const EtsSpec &spec, int m, const EtsParameters &p);

// Estimates the model by maximum likelihood. Nothing when the series is too short for it or
// the model cannot describe it (multiplicative parts need positive values). The search starts
// from `from` when given (the same model's fit to a longer or shorter stretch of the series:
// a backtest refits from it), else from a decomposition of the series.
std::optional<EtsFit> fitEts(const std::vector<double> &y, int m, const EtsSpec &spec,
                             const EtsParameters *from = nullptr);

// Every admissible model estimated; the one with the smallest AICc. Seasonal models only with
// m > 1 and two full seasons; multiplicative parts only for positive series; additive errors
// never with a multiplicative season (their variance has no bound).
std::optional<EtsFit> autoEts(const std::vector<double> &y, int m);
QList<EtsSpec> etsCandidates(const std::vector<double> &y, int m);

// Point forecasts and 80 % / 95 % prediction intervals h = 1…horizon ahead: closed forms for
// the linear models (additive errors), quantiles of simulated futures otherwise. Without
// `intervals` only the points (a backtest needs no more), the bounds equal to them.
QList<ForecastPoint> etsForecast(const EtsFit &fit, int horizon, bool intervals = true);

} // namespace salesdesk::forecast
