#include "core/market/shareprojection.h"

#include "core/forecast/forecaster.h"
#include "core/forecast/seriesfile.h"

#include <algorithm>

namespace salesdesk {

namespace {

// The figures of one line, period by period (nothing where none was recorded).
using Figures = QList<std::optional<double>>;

ShareLine project(qint64 competitorId, const QList<Period> &periods, const Figures &figures,
                  int horizon)
{
    ShareLine line;
    line.competitorId = competitorId;
    // The last run of consecutive periods, each with a figure.
    qsizetype end = figures.size();
    while (end > 0 && !figures[end - 1]) {
        --end;
    }
    qsizetype begin = end;
    while (begin > 0 && figures[begin - 1]
           && (begin == end || forecast::nextPeriod(periods[begin - 1]) == periods[begin])) {
        --begin;
    }
    std::vector<double> values;
    for (qsizetype i = begin; i < end; ++i) {
        line.recorded.append({periods[i], *figures[i]});
        values.push_back(*figures[i]);
    }
    if (values.size() < 2 || horizon < 1) {
        return line;
    }
    forecast::ForecastOptions options;
    options.method = forecast::Method::Drift;
    options.horizon = horizon;
    options.nonNegative = true;
    const Period last = periods[end - 1];
    const int m = last.kind() == Period::Kind::Quarter ? 4 : 1;
    auto made = forecast::forecastSeries(values, m, options);
    if (!made) {
        return line;
    }
    line.model = made->model;
    for (qsizetype h = 0; h < made->points.size(); ++h) {
        line.projected.append({forecast::nextPeriod(last, int(h) + 1),
                               std::clamp(made->points[h].point, 0.0, 1.0)});
    }
    return line;
}

} // namespace

QList<ShareLine> projectShares(const QList<MarketShareFigures> &trend, int horizon)
{
    QList<Period> periods;
    Figures ours;
    QList<qint64> competitors;
    for (const MarketShareFigures &f : trend) {
        periods.append(f.period);
        ours.append(f.share);
        for (const auto &[id, share] : f.competitorShares) {
            if (!competitors.contains(id)) {
                competitors.append(id);
            }
        }
    }
    QList<ShareLine> lines;
    if (periods.isEmpty()) {
        return lines;
    }
    lines.append(project(0, periods, ours, horizon));
    for (qint64 id : std::as_const(competitors)) {
        Figures theirs;
        for (const MarketShareFigures &f : trend) {
            std::optional<double> share;
            for (const auto &[c, s] : f.competitorShares) {
                if (c == id) {
                    share = s;
                }
            }
            theirs.append(share);
        }
        lines.append(project(id, periods, theirs, horizon));
    }
    return lines;
}

} // namespace salesdesk
