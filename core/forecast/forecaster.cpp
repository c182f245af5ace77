#include "core/forecast/forecaster.h"

#include "core/forecast/simplemethods.h"

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::forecast {

namespace {

struct MethodName
{
    Method method;
    QString code;
    const char *name;
};

const QList<MethodName> &methodNames()
{
    static const QList<MethodName> names = {
            {Method::Auto, u"auto"_s, QT_TRANSLATE_NOOP("ForecastText", "Automatic")},
            {Method::Naive, u"naive"_s, QT_TRANSLATE_NOOP("ForecastText", "Naive")},
            {Method::SeasonalNaive, u"snaive"_s,
             QT_TRANSLATE_NOOP("ForecastText", "Seasonal naive")},
            {Method::Mean, u"mean"_s, QT_TRANSLATE_NOOP("ForecastText", "Mean")},
            {Method::Drift, u"drift"_s, QT_TRANSLATE_NOOP("ForecastText", "Drift")},
            {Method::Ses, u"ses"_s,
             QT_TRANSLATE_NOOP("ForecastText", "Simple exponential smoothing")},
            {Method::Holt, u"holt"_s, QT_TRANSLATE_NOOP("ForecastText", "Holt's linear trend")},
            {Method::DampedHolt, u"holt-damped"_s,
             QT_TRANSLATE_NOOP("ForecastText", "Holt's damped trend")},
            {Method::HoltWintersAdditive, u"hw-additive"_s,
             QT_TRANSLATE_NOOP("ForecastText", "Holt-Winters additive")},
            {Method::HoltWintersMultiplicative, u"hw-multiplicative"_s,
             QT_TRANSLATE_NOOP("ForecastText", "Holt-Winters multiplicative")},
            {Method::Ets, u"ets"_s, QT_TRANSLATE_NOOP("ForecastText", "Exponential smoothing")},
            {Method::Theta, u"theta"_s, QT_TRANSLATE_NOOP("ForecastText", "Theta")},
    };
    return names;
}

// A method applied to a series: its forecasts and the model it chose.
struct Model
{
    QList<ForecastPoint> points;
    QString model;
};
// Forecasts from a series `h` ahead; with `intervals` false only the points count (a backtest).
using Runner
        = std::function<std::optional<Model>(const std::vector<double> &, int h, bool intervals)>;

// The model refitted to each stretch of the series, its search starting from the whole
// series' fit.
Runner etsRunner(int m, const EtsFit &full)
{
    return [m, spec = full.spec, from = full.parameters](const std::vector<double> &y, int h,
                                                         bool intervals) -> std::optional<Model> {
        const auto fit = fitEts(y, m, spec, &from);
        if (!fit) {
            return std::nullopt;
        }
        return Model {etsForecast(*fit, h, intervals), spec.name()};
    };
}

Runner simpleRunner(Method method, int m)
{
    return [method, m](const std::vector<double> &y, int h, bool) -> std::optional<Model> {
        std::optional<QList<ForecastPoint>> points;
        switch (method) {
        case Method::Naive:
            points = naiveForecast(y, h);
            break;
        case Method::SeasonalNaive:
            points = seasonalNaiveForecast(y, m, h);
            break;
        case Method::Mean:
            points = meanForecast(y, h);
            break;
        case Method::Drift:
            points = driftForecast(y, h);
            break;
        case Method::Theta: {
            const auto theta = thetaForecast(y, m, h);
            if (theta) {
                return Model {theta->points, ForecastText::name(Method::Theta)};
            }
            return std::nullopt;
        }
        default:
            break;
        }
        if (!points) {
            return std::nullopt;
        }
        return Model {*points, ForecastText::name(method)};
    };
}

// The benchmark a backtest is measured against: seasonal naive, or naive for a series
// without a season.
Runner benchmarkRunner(int m)
{
    return simpleRunner(m > 1 ? Method::SeasonalNaive : Method::Naive, m);
}

// Errors of one method at each origin: Σ|e|/scale and Σ sMAPE over the horizon, or nothing
// where the method could not forecast.
struct OriginScore
{
    double scaled = 0;
    double smape = 0;
};

struct Origins
{
    QList<int> ends; // training lengths
    int horizon = 0;
};

Origins originsFor(int n, int m, int horizon, int count)
{
    Origins o;
    o.horizon = std::min(horizon, m > 1 ? m : 4);
    const int step = std::max(1, o.horizon / 4);
    const int shortest = std::max(4, m + 1);
    for (int j = 0; j < count; ++j) {
        const int end = n - o.horizon - j * step;
        if (end >= shortest) {
            o.ends.append(end);
        }
    }
    return o;
}

QList<std::optional<OriginScore>> scores(const std::vector<double> &y, int m,
                                         const Origins &origins, const Runner &run)
{
    QList<std::optional<OriginScore>> out;
    for (int end : origins.ends) {
        const std::vector<double> train(y.begin(), y.begin() + end);
        const double scale = seasonalScale(train, m);
        const auto model = scale > 0 ? run(train, origins.horizon, false) : std::nullopt;
        if (!model) {
            out.append(std::nullopt);
            continue;
        }
        OriginScore s;
        for (int h = 0; h < origins.horizon; ++h) {
            const double actual = y[std::size_t(end + h)];
            const double f = model->points[h].point;
            s.scaled += std::abs(actual - f) / scale;
            s.smape += smape(actual, f);
        }
        out.append(s);
    }
    return out;
}

// Averages over the origins every method could forecast from.
Backtest summarise(const Origins &origins, const QList<std::optional<OriginScore>> &method,
                   const QList<std::optional<OriginScore>> &benchmark, const QList<bool> &usable)
{
    Backtest b;
    b.horizon = origins.horizon;
    double scaled = 0;
    double sm = 0;
    double bench = 0;
    for (qsizetype i = 0; i < method.size(); ++i) {
        if (!usable[i]) {
            continue;
        }
        ++b.origins;
        scaled += method[i]->scaled;
        sm += method[i]->smape;
        bench += benchmark[i]->scaled;
    }
    if (b.origins > 0) {
        const double points = double(b.origins) * origins.horizon;
        b.mase = scaled / points;
        b.smape = sm / points;
        b.snaiveMase = bench / points;
    }
    return b;
}

struct Choice
{
    Method method;
    Runner run;
    std::optional<EtsFit> fit; // an ETS model already fitted to the whole series
    std::optional<Model> full; // the forecast from the whole series, once made
};

} // namespace

QString ForecastText::code(Method method)
{
    for (const auto &n : methodNames()) {
        if (n.method == method) {
            return n.code;
        }
    }
    return {};
}

std::optional<Method> ForecastText::method(const QString &code)
{
    for (const auto &n : methodNames()) {
        if (n.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0) {
            return n.method;
        }
    }
    return std::nullopt;
}

QStringList ForecastText::codes()
{
    QStringList out;
    for (const auto &n : methodNames()) {
        out.append(n.code);
    }
    return out;
}

QString ForecastText::name(Method method)
{
    for (const auto &n : methodNames()) {
        if (n.method == method) {
            return tr(n.name);
        }
    }
    return {};
}

double seasonalScale(const std::vector<double> &train, int m)
{
    const int lag = std::max(1, m);
    const int n = int(train.size());
    if (n <= lag) {
        return 0;
    }
    double sum = 0;
    for (int t = lag; t < n; ++t) {
        sum += std::abs(train[std::size_t(t)] - train[std::size_t(t - lag)]);
    }
    return sum / (n - lag);
}

double smape(double actual, double forecast)
{
    const double denominator = std::abs(actual) + std::abs(forecast);
    return denominator > 0 ? 200 * std::abs(actual - forecast) / denominator : 0.0;
}

Result<Forecast> forecastSeries(const std::vector<double> &y, int m, const ForecastOptions &options)
{
    const int n = int(y.size());
    if (n == 0) {
        return Error::data(ForecastText::tr("There are no values to forecast from."));
    }
    if (!std::all_of(y.begin(), y.end(), [](double v) { return std::isfinite(v); })) {
        return Error::data(ForecastText::tr("Every value must be a finite number."));
    }
    if (options.horizon < 1 || options.horizon > 120) {
        return Error::user(ForecastText::tr("The horizon is 1 to 120 periods."));
    }
    m = std::max(1, m);
    const int h = options.horizon;
    Forecast out;
    Method method = options.method;

    if (std::all_of(y.begin(), y.end(), [&](double v) { return v == y.front(); })) {
        out.method = Method::Naive;
        out.model = ForecastText::name(Method::Naive);
        for (int i = 0; i < h; ++i) {
            out.points.append(normalInterval(y.front(), 0));
        }
        out.notes.append(ForecastText::tr("Every value is the same, so the forecast repeats it "
                                          "and has no spread."));
        return out;
    }
    if (n < 4 && method != Method::Naive && method != Method::Mean) {
        out.notes.append(ForecastText::tr("With fewer than 4 values only the naive forecast "
                                          "(the last value) is honest."));
        method = Method::Naive;
    }
    const bool seasonsEnough = m > 1 && n >= 2 * m;
    if (m > 1 && !seasonsEnough && method != Method::Naive && method != Method::Mean
        && method != Method::Drift && method != Method::SeasonalNaive) {
        out.notes.append(ForecastText::tr("Fewer than two full seasons (%1 values): the "
                                          "forecast has no seasonal pattern.")
                                 .arg(2 * m));
        if (method == Method::HoltWintersAdditive || method == Method::HoltWintersMultiplicative) {
            method = Method::Holt;
        }
    }
    if (method == Method::SeasonalNaive && n < m) {
        out.notes.append(ForecastText::tr("Seasonal naive needs a full season; the last value "
                                          "is repeated instead."));
        method = Method::Naive;
    }

    const Origins origins = originsFor(n, m, h, options.backtestOrigins);
    const Runner benchmark = benchmarkRunner(m);
    const auto benchmarkScores = scores(y, m, origins, benchmark);

    QList<Choice> choices;
    auto etsOf = [&](const EtsSpec &spec) -> Result<Choice> {
        const auto fit = fitEts(y, m, spec);
        if (!fit) {
            return Error::data(ForecastText::tr("%1 cannot be fitted to this series (it needs "
                                                "positive values for its multiplicative parts "
                                                "and more values than parameters).")
                                       .arg(spec.name()));
        }
        return Choice {Method::Ets, etsRunner(m, *fit), fit, std::nullopt};
    };
    switch (method) {
    case Method::Auto:
    case Method::Ets: {
        if (method == Method::Ets && options.etsModel) {
            auto c = etsOf(*options.etsModel);
            if (!c) {
                return c.error();
            }
            choices.append(*c);
            break;
        }
        const auto fit = autoEts(y, m);
        if (fit) {
            choices.append({Method::Ets, etsRunner(m, *fit), fit, std::nullopt});
        }
        if (method == Method::Auto) {
            choices.append(
                    {Method::Theta, simpleRunner(Method::Theta, m), std::nullopt, std::nullopt});
            choices.append({m > 1 && n >= m ? Method::SeasonalNaive : Method::Naive,
                            m > 1 && n >= m ? benchmark : simpleRunner(Method::Naive, m),
                            std::nullopt, std::nullopt});
        } else if (!fit) {
            return Error::data(ForecastText::tr("No exponential smoothing model fits this "
                                                "series."));
        }
        break;
    }
    case Method::Ses:
    case Method::Holt:
    case Method::DampedHolt:
    case Method::HoltWintersAdditive:
    case Method::HoltWintersMultiplicative: {
        static const QHash<Method, EtsSpec> specs = {
                {Method::Ses, {EtsError::Additive, EtsTrend::None, EtsSeason::None}},
                {Method::Holt, {EtsError::Additive, EtsTrend::Additive, EtsSeason::None}},
                {Method::DampedHolt, {EtsError::Additive, EtsTrend::Damped, EtsSeason::None}},
                {Method::HoltWintersAdditive,
                 {EtsError::Additive, EtsTrend::Additive, EtsSeason::Additive}},
                {Method::HoltWintersMultiplicative,
                 {EtsError::Multiplicative, EtsTrend::Additive, EtsSeason::Multiplicative}},
        };
        auto c = etsOf(specs.value(method));
        if (!c) {
            return c.error();
        }
        c->method = method;
        choices.append(*c);
        break;
    }
    default:
        choices.append({method, simpleRunner(method, m), std::nullopt, std::nullopt});
        break;
    }

    // Each choice's backtest, over the origins all of them (and the benchmark) could use.
    QList<QList<std::optional<OriginScore>>> choiceScores;
    for (const Choice &c : choices) {
        choiceScores.append(scores(y, m, origins, c.run));
    }
    QList<bool> usable;
    for (qsizetype i = 0; i < origins.ends.size(); ++i) {
        bool all = benchmarkScores[i].has_value();
        for (const auto &s : choiceScores) {
            all = all && s[i].has_value();
        }
        usable.append(all);
    }
    QList<Backtest> backtests;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        backtests.append(summarise(origins, choiceScores[i], benchmarkScores, usable));
    }
    // The best backtest first; choices without one keep their order after those with one
    // (ETS, the model-based choice, leads them).
    QList<qsizetype> order;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const auto &ma = backtests[a].mase;
        const auto &mb = backtests[b].mase;
        return ma && (!mb || *ma < *mb);
    });
    if (choices.size() > 1 && !backtests[order.first()].mase) {
        out.notes.append(ForecastText::tr("Too few values to compare methods on the series' "
                                          "own history."));
    }
    // The first in that order that can forecast the whole series.
    qsizetype chosen = -1;
    for (qsizetype i : order) {
        Choice &c = choices[i];
        if (c.fit) {
            c.full = Model {etsForecast(*c.fit, h), c.fit->spec.name()};
        } else {
            c.full = c.run(y, h, true);
        }
        if (c.full) {
            chosen = i;
            break;
        }
    }
    if (chosen < 0) {
        return Error::data(ForecastText::tr("%1 cannot forecast this series.")
                                   .arg(ForecastText::name(choices.first().method)));
    }
    Choice &c = choices[chosen];
    out.method = c.method;
    out.model = c.full->model;
    out.points = c.full->points;
    out.backtest = backtests[chosen];
    if (choices.size() > 1) {
        for (qsizetype i = 0; i < choices.size(); ++i) {
            Candidate cand {choices[i].method, {}, backtests[i].mase};
            cand.model = choices[i].fit    ? choices[i].fit->spec.name()
                         : choices[i].full ? choices[i].full->model
                                           : ForecastText::name(choices[i].method);
            out.candidates.append(cand);
        }
    }
    if (options.nonNegative) {
        for (ForecastPoint &p : out.points) {
            p.point = std::max(0.0, p.point);
            p.lo80 = std::max(0.0, p.lo80);
            p.lo95 = std::max(0.0, p.lo95);
            p.hi80 = std::max(0.0, p.hi80);
            p.hi95 = std::max(0.0, p.hi95);
        }
    }
    return out;
}

} // namespace salesdesk::forecast
