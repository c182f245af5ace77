#pragma once

#include <QList>

namespace salesdesk::forecast {

// One period ahead: the point forecast and its 80 % and 95 % prediction intervals.
struct ForecastPoint
{
    double point = 0;
    double lo80 = 0;
    double hi80 = 0;
    double lo95 = 0;
    double hi95 = 0;
};

// The standard normal quantiles of the two intervals.
constexpr double kZ80 = 1.2815515655446004;
constexpr double kZ95 = 1.959963984540054;

// A symmetric interval of standard deviation `sd` around `point`.
inline ForecastPoint normalInterval(double point, double sd)
{
    return {point, point - kZ80 * sd, point + kZ80 * sd, point - kZ95 * sd, point + kZ95 * sd};
}

} // namespace salesdesk::forecast
