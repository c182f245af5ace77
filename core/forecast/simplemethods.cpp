#include "core/forecast/simplemethods.h"

#include "core/forecast/decomposition.h"
#include "core/forecast/ets.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace salesdesk::forecast {

namespace {

double rootMeanSquare(double sumOfSquares, int count)
{
    return count > 0 ? std::sqrt(sumOfSquares / count) : 0.0;
}

} // namespace

std::optional<QList<ForecastPoint>> meanForecast(const std::vector<double> &y, int horizon)
{
    const int n = int(y.size());
    if (n < 2) {
        return std::nullopt;
    }
    const double mean = std::accumulate(y.begin(), y.end(), 0.0) / n;
    double ss = 0;
    for (double v : y) {
        ss += (v - mean) * (v - mean);
    }
    const double sd = rootMeanSquare(ss, n - 1) * std::sqrt(1 + 1.0 / n);
    QList<ForecastPoint> out;
    for (int h = 1; h <= horizon; ++h) {
        out.append(normalInterval(mean, sd));
    }
    return out;
}

std::optional<QList<ForecastPoint>> naiveForecast(const std::vector<double> &y, int horizon)
{
    const int n = int(y.size());
    if (n < 1) {
        return std::nullopt;
    }
    double ss = 0;
    for (int t = 1; t < n; ++t) {
        const double e = y[std::size_t(t)] - y[std::size_t(t - 1)];
        ss += e * e;
    }
    const double sigma = rootMeanSquare(ss, n - 1);
    QList<ForecastPoint> out;
    for (int h = 1; h <= horizon; ++h) {
        out.append(normalInterval(y.back(), sigma * std::sqrt(double(h))));
    }
    return out;
}

std::optional<QList<ForecastPoint>> seasonalNaiveForecast(const std::vector<double> &y, int m,
                                                          int horizon)
{
    const int n = int(y.size());
    if (m < 1 || n < m) {
        return std::nullopt;
    }
    double ss = 0;
    for (int t = m; t < n; ++t) {
        const double e = y[std::size_t(t)] - y[std::size_t(t - m)];
        ss += e * e;
    }
    const double sigma = rootMeanSquare(ss, n - m);
    QList<ForecastPoint> out;
    for (int h = 1; h <= horizon; ++h) {
        const int k = (h - 1) / m;
        const double point = y[std::size_t(n + h - m * (k + 1) - 1)];
        out.append(normalInterval(point, sigma * std::sqrt(double(k + 1))));
    }
    return out;
}

std::optional<QList<ForecastPoint>> driftForecast(const std::vector<double> &y, int horizon)
{
    const int n = int(y.size());
    if (n < 3) {
        return std::nullopt;
    }
    const double slope = (y.back() - y.front()) / (n - 1);
    double ss = 0;
    for (int t = 1; t < n; ++t) {
        const double e = y[std::size_t(t)] - y[std::size_t(t - 1)] - slope;
        ss += e * e;
    }
    const double sigma = rootMeanSquare(ss, n - 2);
    QList<ForecastPoint> out;
    for (int h = 1; h <= horizon; ++h) {
        out.append(normalInterval(y.back() + h * slope,
                                  sigma * std::sqrt(h * (1 + double(h) / (n - 1)))));
    }
    return out;
}

bool seasonalAtLag(const std::vector<double> &y, int m)
{
    const int n = int(y.size());
    if (m < 2 || n < 2 * m) {
        return false;
    }
    const double mean = std::accumulate(y.begin(), y.end(), 0.0) / n;
    double c0 = 0;
    for (double v : y) {
        c0 += (v - mean) * (v - mean);
    }
    if (c0 <= 0) {
        return false;
    }
    auto acf = [&](int lag) {
        double c = 0;
        for (int t = lag; t < n; ++t) {
            c += (y[std::size_t(t)] - mean) * (y[std::size_t(t - lag)] - mean);
        }
        return c / c0;
    };
    double below = 0;
    for (int k = 1; k < m; ++k) {
        const double r = acf(k);
        below += r * r;
    }
    const double se = std::sqrt((1 + 2 * below) / n);
    constexpr double kZ90OneSided = 1.6448536269514722;
    return std::abs(acf(m)) / se > kZ90OneSided;
}

std::optional<ThetaForecast> thetaForecast(const std::vector<double> &y, int m, int horizon)
{
    const int n = int(y.size());
    ThetaForecast theta;
    const bool positive = std::all_of(y.begin(), y.end(), [](double v) { return v > 0; });
    theta.seasonal = positive && seasonalAtLag(y, m);
    std::vector<double> adjusted = y;
    std::vector<double> figure;
    if (theta.seasonal) {
        figure = decompose(y, m, SeasonForm::Multiplicative).figure;
        for (int t = 0; t < n; ++t) {
            adjusted[std::size_t(t)] /= figure[std::size_t(t % m)];
        }
    }
    const auto ses = fitEts(adjusted, 1, EtsSpec {});
    if (!ses) {
        return std::nullopt;
    }
    const double alpha = ses->parameters.alpha;
    const Line line = fitLine(adjusted, n, 0);
    theta.alpha = alpha;
    theta.drift = line.slope / 2;
    const double sigma = std::sqrt(ses->sigma2);
    const double start = (1 - std::pow(1 - alpha, n)) / alpha;
    for (int h = 1; h <= horizon; ++h) {
        const double point = ses->pass.level + theta.drift * (h - 1 + start);
        ForecastPoint p = normalInterval(point, sigma * std::sqrt(1 + (h - 1) * alpha * alpha));
        if (theta.seasonal) {
            const double s = figure[std::size_t((n + h - 1) % m)];
            p = {p.point * s, p.lo80 * s, p.hi80 * s, p.lo95 * s, p.hi95 * s};
        }
        theta.points.append(p);
    }
    return theta;
}

} // namespace salesdesk::forecast
