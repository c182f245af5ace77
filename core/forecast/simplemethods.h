#pragma once

#include "core/forecast/forecasttypes.h"

#include <optional>
#include <vector>

namespace salesdesk::forecast {

// The benchmark methods, with the prediction intervals of their closed forms (Hyndman and
// Athanasopoulos, Forecasting: Principles and Practice, 3rd ed., §5.5). σ̂ is the root mean
// squared residual over T − K − M, where K counts the estimated parameters and M the residuals
// the method cannot have:
//   mean            ŷ = ȳ,                 σ̂_h = σ̂·√(1 + 1/T)        K = 1, M = 0
//   naive           ŷ = y_T,               σ̂_h = σ̂·√h                K = 0, M = 1
//   seasonal naive  ŷ = y_{T+h−m(k+1)},    σ̂_h = σ̂·√(k + 1)          K = 0, M = m
//   drift           ŷ = y_T + h·c,         σ̂_h = σ̂·√(h(1 + h/(T−1))) K = 1, M = 1
// with k = ⌊(h − 1)/m⌋ and c = (y_T − y_1)/(T − 1). Each needs T ≥ 1 (snaive T ≥ m, drift
// T ≥ 3 for its σ̂); nothing otherwise.
std::optional<QList<ForecastPoint>> meanForecast(const std::vector<double> &y, int horizon);
std::optional<QList<ForecastPoint>> naiveForecast(const std::vector<double> &y, int horizon);
std::optional<QList<ForecastPoint>> seasonalNaiveForecast(const std::vector<double> &y, int m,
                                                          int horizon);
std::optional<QList<ForecastPoint>> driftForecast(const std::vector<double> &y, int horizon);

// The Theta method (Assimakopoulos and Nikolopoulos 2000) as simple exponential smoothing with
// drift (Hyndman and Billah 2003): a series whose autocorrelation at lag m is significant
// (90 %, one-sided) and positive values is de-seasonalised by classical multiplicative
// decomposition first; the forecast is SES's plus half the slope of the line through the
// series, b/2·(h − 1 + (1 − (1 − α)^T)/α), with SES's intervals σ̂·√(1 + (h − 1)α²).
struct ThetaForecast
{
    QList<ForecastPoint> points;
    bool seasonal = false;
    double alpha = 0;
    double drift = 0; // b/2
};
std::optional<ThetaForecast> thetaForecast(const std::vector<double> &y, int m, int horizon);

// Whether the autocorrelation at lag m stands out from the lags below it (the test Theta
// uses to decide on de-seasonalising).
bool seasonalAtLag(const std::vector<double> &y, int m);

} // namespace salesdesk::forecast
