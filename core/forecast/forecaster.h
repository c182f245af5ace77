#pragma once

#include "core/common/result.h"
#include "core/forecast/ets.h"
#include "core/forecast/forecasttypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace salesdesk::forecast {

enum class Method {
    Auto,
    Naive,
    SeasonalNaive,
    Mean,
    Drift,
    Ses, // ETS(A,N,N)
    Holt, // ETS(A,A,N)
    DampedHolt, // ETS(A,Ad,N)
    HoltWintersAdditive, // ETS(A,A,A)
    HoltWintersMultiplicative, // ETS(M,A,M)
    Ets, // the ETS model of least AICc, or the one named
    Theta,
};

class ForecastText
{
    Q_DECLARE_TR_FUNCTIONS(ForecastText)

public:
    static QString code(Method method); // "auto", "snaive", "hw-multiplicative"…
    static std::optional<Method> method(const QString &code);
    static QStringList codes();
    static QString name(Method method); // translated: "Seasonal naive"
};

struct ForecastOptions
{
    Method method = Method::Auto;
    std::optional<EtsSpec> etsModel; // with Method::Ets: this model rather than the AICc choice
    int horizon = 12;
    // A quantity that cannot be negative (revenue, deals): no forecast or bound below zero.
    bool nonNegative = false;
    int backtestOrigins = 3;
};

// How the method would have done on the series' own last values: forecasts from the last
// `origins` points in time (each `horizon` ahead, all within the series), their mean absolute
// scaled error (MASE: scaled by the in-sample mean absolute seasonal difference of the data
// before the origin), symmetric MAPE (0–200 %), and seasonal naive's MASE from the same
// origins, so below 1 is better than the benchmark's 1.
struct Backtest
{
    int origins = 0;
    int horizon = 0;
    std::optional<double> mase;
    std::optional<double> smape;
    std::optional<double> snaiveMase;
};

// What `auto` compared: each candidate's backtest MASE.
struct Candidate
{
    Method method = Method::Auto;
    QString model;
    std::optional<double> mase;
};

struct Forecast
{
    Method method = Method::Auto; // the method that made the forecast (never Auto)
    QString model; // "ETS(M,Ad,M)", "Theta", "Seasonal naive"…
    QList<ForecastPoint> points;
    Backtest backtest;
    QList<Candidate> candidates; // auto only
    QStringList notes; // translated: short history, a fallback, clipped at zero…
};

// Forecasts `y` (m values a year: 12 monthly, 4 quarterly, 1 yearly) `options.horizon` periods
// ahead. Short series fall back honestly, each with a note: fewer than 4 values → naive; fewer
// than two full seasons → a non-seasonal model; all values the same → that value. Fails on no
// values, a value that is not finite, or a method that cannot take the series (a
// multiplicative model and a zero).
Result<Forecast> forecastSeries(const std::vector<double> &y, int m,
                                const ForecastOptions &options);

// The accuracy measures, for one origin: |e| / scale averaged, and 200·|e| / (|y| + |ŷ|).
double seasonalScale(const std::vector<double> &train, int m);
double smape(double actual, double forecast);

} // namespace salesdesk::forecast
