#pragma once

#include <vector>

namespace salesdesk::forecast {

// Classical decomposition by moving averages: the trend is the centred moving average over one
// season (a 2×m average for an even season), the seasonal figure the average de-trended value
// at each position of the season, normalised to add up to zero (additive) or to average one
// (multiplicative). `figure[k]` belongs to the positions t with t mod m == k, t counted from
// the series' first value. Needs at least two full seasons.
struct Decomposition
{
    std::vector<double> figure; // m values
    std::vector<double> trend; // NaN where the moving average does not reach
};

enum class SeasonForm { Additive, Multiplicative };

Decomposition decompose(const std::vector<double> &y, int m, SeasonForm form);

// The least-squares line through (first + i, y[i]) for i < count: intercept and slope.
struct Line
{
    double intercept = 0;
    double slope = 0;
};
Line fitLine(const std::vector<double> &y, int count, double first = 0);

} // namespace salesdesk::forecast
