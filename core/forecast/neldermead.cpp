#include "core/forecast/neldermead.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace salesdesk::forecast {

namespace {

// The coefficients adapted to the dimension n (Gao and Han 2012): reflection 1, expansion
// 1 + 2/n, contraction ¾ − 1/(2n), shrink 1 − 1/n. For n = 2 they are the classic 1, 2, ½, ½;
// in more dimensions they keep the simplex from collapsing.
struct Coefficients
{
    double reflect = 1;
    double expand = 2;
    double contract = 0.5;
    double shrink = 0.5;

    explicit Coefficients(std::size_t n)
    {
        const double d = double(std::max<std::size_t>(n, 2));
        expand = 1 + 2 / d;
        contract = 0.75 - 1 / (2 * d);
        shrink = 1 - 1 / d;
    }
};

} // namespace

Minimum nelderMead(const std::function<double(const std::vector<double> &)> &f,
                   std::vector<double> start, const std::vector<double> &steps, int maxEvaluations,
                   double relTol)
{
    const std::size_t n = start.size();
    Minimum best;
    if (n == 0) {
        best.x = start;
        best.value = f(start);
        best.evaluations = 1;
        return best;
    }
    int evaluations = 0;
    auto eval = [&](const std::vector<double> &x) {
        ++evaluations;
        const double v = f(x);
        return std::isnan(v) ? std::numeric_limits<double>::infinity() : v;
    };

    std::vector<std::vector<double>> points(n + 1, start);
    std::vector<double> values(n + 1);
    values[0] = eval(start);
    for (std::size_t i = 0; i < n; ++i) {
        points[i + 1][i] += steps[i];
        values[i + 1] = eval(points[i + 1]);
        // A first vertex outside the region: try the other direction, then a shorter step.
        if (!std::isfinite(values[i + 1])) {
            points[i + 1][i] = start[i] - steps[i];
            values[i + 1] = eval(points[i + 1]);
        }
        if (!std::isfinite(values[i + 1])) {
            points[i + 1][i] = start[i] + steps[i] * 0.1;
            values[i + 1] = eval(points[i + 1]);
        }
    }

    const Coefficients c(n);
    std::vector<std::size_t> order(n + 1);
    std::vector<double> centroid(n), trial(n), second(n);
    while (true) {
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
        const std::size_t lo = order.front();
        const std::size_t hi = order.back();
        const std::size_t nextHi = order[n - 1];
        const double spread = values[hi] - values[lo];
        if (evaluations >= maxEvaluations
            || (std::isfinite(values[hi]) && spread <= relTol * (std::abs(values[lo]) + relTol))) {
            break;
        }
        std::fill(centroid.begin(), centroid.end(), 0.0);
        for (std::size_t i = 0; i <= n; ++i) {
            if (i != hi) {
                for (std::size_t k = 0; k < n; ++k) {
                    centroid[k] += points[i][k];
                }
            }
        }
        for (double &v : centroid) {
            v /= double(n);
        }
        for (std::size_t k = 0; k < n; ++k) {
            trial[k] = centroid[k] + c.reflect * (centroid[k] - points[hi][k]);
        }
        const double reflected = eval(trial);
        if (reflected < values[lo]) {
            for (std::size_t k = 0; k < n; ++k) {
                second[k] = centroid[k] + c.expand * (trial[k] - centroid[k]);
            }
            const double expanded = eval(second);
            if (expanded < reflected) {
                points[hi] = second;
                values[hi] = expanded;
            } else {
                points[hi] = trial;
                values[hi] = reflected;
            }
            continue;
        }
        if (reflected < values[nextHi]) {
            points[hi] = trial;
            values[hi] = reflected;
            continue;
        }
        // Contract towards the better of the worst point and its reflection.
        const bool outside = reflected < values[hi];
        const std::vector<double> &from = outside ? trial : points[hi];
        for (std::size_t k = 0; k < n; ++k) {
            second[k] = centroid[k] + c.contract * (from[k] - centroid[k]);
        }
        const double contracted = eval(second);
        if (contracted < std::min(reflected, values[hi])) {
            points[hi] = second;
            values[hi] = contracted;
            continue;
        }
        // Shrink everything towards the best point.
        for (std::size_t i = 0; i <= n; ++i) {
            if (i == lo) {
                continue;
            }
            for (std::size_t k = 0; k < n; ++k) {
                points[i][k] = points[lo][k] + c.shrink * (points[i][k] - points[lo][k]);
            }
            values[i] = eval(points[i]);
        }
    }
    const auto at = std::size_t(std::min_element(values.begin(), values.end()) - values.begin());
    best.x = points[at];
    best.value = values[at];
    best.evaluations = evaluations;
    return best;
}

} // namespace salesdesk::forecast
