#include "core/forecast/decomposition.h"

#include <cmath>
#include <limits>

namespace salesdesk::forecast {

Decomposition decompose(const std::vector<double> &y, int m, SeasonForm form)
{
    const int n = int(y.size());
    Decomposition d;
    d.trend.assign(std::size_t(n), std::numeric_limits<double>::quiet_NaN());
    const int half = m / 2;
    for (int t = half; t + half < n; ++t) {
        double sum = 0;
        if (m % 2 == 1) {
            for (int k = -half; k <= half; ++k) {
                sum += y[std::size_t(t + k)];
            }
            d.trend[std::size_t(t)] = sum / m;
        } else {
            // The two ends of a 2×m average weigh half.
            sum = 0.5 * (y[std::size_t(t - half)] + y[std::size_t(t + half)]);
            for (int k = -half + 1; k < half; ++k) {
                sum += y[std::size_t(t + k)];
            }
            d.trend[std::size_t(t)] = sum / m;
        }
    }
    std::vector<double> sums(std::size_t(m), 0.0);
    std::vector<int> counts(std::size_t(m), 0);
    for (int t = 0; t < n; ++t) {
        const double tr = d.trend[std::size_t(t)];
        if (std::isnan(tr)) {
            continue;
        }
        const double v
                = form == SeasonForm::Additive ? y[std::size_t(t)] - tr : y[std::size_t(t)] / tr;
        sums[std::size_t(t % m)] += v;
        ++counts[std::size_t(t % m)];
    }
    d.figure.assign(std::size_t(m), form == SeasonForm::Additive ? 0.0 : 1.0);
    double mean = 0;
    for (int k = 0; k < m; ++k) {
        if (counts[std::size_t(k)] > 0) {
            d.figure[std::size_t(k)] = sums[std::size_t(k)] / counts[std::size_t(k)];
        }
        mean += d.figure[std::size_t(k)];
    }
    mean /= m;
    for (double &f : d.figure) {
        f = form == SeasonForm::Additive ? f - mean : f / mean;
    }
    return d;
}

Line fitLine(const std::vector<double> &y, int count, double first)
{
    Line line;
    if (count <= 0) {
        return line;
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < count; ++i) {
        mx += first + i;
        my += y[std::size_t(i)];
    }
    mx /= count;
    my /= count;
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < count; ++i) {
        const double dx = first + i - mx;
        sxy += dx * (y[std::size_t(i)] - my);
        sxx += dx * dx;
    }
    line.slope = sxx > 0 ? sxy / sxx : 0.0;
    line.intercept = my - line.slope * mx;
    return line;
}

} // namespace salesdesk::forecast
