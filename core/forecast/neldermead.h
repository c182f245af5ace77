#pragma once

#include <functional>
#include <vector>

namespace salesdesk::forecast {

// Minimises `f` from `start` by the Nelder–Mead simplex method. The objective says a point is
// outside the feasible region by returning +infinity; the simplex then shrinks away from it.
// `steps` are the first simplex's edge along each coordinate. Stops when the objective's spread
// over the simplex falls under `relTol` (relative to its best value) or after `maxEvaluations`.
struct Minimum
{
    std::vector<double> x;
    double value = 0;
    int evaluations = 0;
};

Minimum nelderMead(const std::function<double(const std::vector<double> &)> &f,
                   std::vector<double> start, const std::vector<double> &steps,
                   int maxEvaluations = 2000, double relTol = 1.5e-8);

} // namespace salesdesk::forecast
