#include "app/cli/clicommon.h"
#include "core/common/clock.h"
#include "core/currency/currencyservice.h"
#include "core/customers/segmentservice.h"
#include "core/forecast/bookforecast.h"
#include "core/forecast/periodforecast.h"
#include "core/forecast/seriesfile.h"
#include "core/targets/targetservice.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

namespace {

using namespace salesdesk::forecast;

QString frequencyCode(int m)
{
    return m == 12 ? u"monthly"_s : m == 4 ? u"quarterly"_s : u"yearly"_s;
}

QJsonObject backtestJson(const Backtest &b)
{
    return {{u"origins"_s, b.origins},
            {u"horizon"_s, b.horizon},
            {u"mase"_s, orNull(b.mase)},
            {u"smape"_s, orNull(b.smape)},
            {u"snaive_mase"_s, orNull(b.snaiveMase)}};
}

// The parts of the JSON both kinds of forecast share.
QJsonObject forecastJson(const Forecast &f, const TimeSeries &history, const Period &firstAhead)
{
    QJsonArray points;
    for (qsizetype h = 0; h < f.points.size(); ++h) {
        const ForecastPoint &p = f.points[h];
        points.append(QJsonObject {{u"period"_s, nextPeriod(firstAhead, int(h)).toString()},
                                   {u"point"_s, p.point},
                                   {u"lo80"_s, p.lo80},
                                   {u"hi80"_s, p.hi80},
                                   {u"lo95"_s, p.lo95},
                                   {u"hi95"_s, p.hi95}});
    }
    QJsonArray candidates;
    for (const Candidate &c : f.candidates) {
        candidates.append(QJsonObject {{u"method"_s, ForecastText::code(c.method)},
                                       {u"model"_s, c.model},
                                       {u"mase"_s, orNull(c.mase)}});
    }
    return {{u"method"_s, ForecastText::code(f.method)},
            {u"model"_s, f.model},
            {u"frequency"_s, frequencyCode(history.frequency())},
            {u"history_from"_s, history.first.toString()},
            {u"history_values"_s, qint64(history.values.size())},
            {u"forecast"_s, points},
            {u"backtest"_s, backtestJson(f.backtest)},
            {u"candidates"_s, candidates},
            {u"notes"_s, QJsonArray::fromStringList(f.notes)}};
}

// The method named by --method: a code of ForecastText, or ets:MAdN for one ETS model.
Result<ForecastOptions> optionsOf(const Command &cmd)
{
    ForecastOptions o;
    const QString text = cmd.value(u"method"_s).trimmed();
    if (!text.isEmpty()) {
        if (text.startsWith(u"ets:"_s, Qt::CaseInsensitive)) {
            o.method = Method::Ets;
            o.etsModel = EtsSpec::parse(text.mid(4));
            if (!o.etsModel) {
                return Error::user(Cli::tr("--method ets:MODEL takes three letters: error A or "
                                           "M, trend N, A or Ad, season N, A or M (e.g. "
                                           "ets:MAdM), not “%1”.")
                                           .arg(text.mid(4)));
            }
        } else if (auto m = ForecastText::method(text)) {
            o.method = *m;
        } else {
            return Error::user(Cli::tr("--method is one of %1, or ets:MODEL; not “%2”.")
                                       .arg(ForecastText::codes().join(u", "_s), text));
        }
    }
    if (cmd.isSet(u"horizon"_s)) {
        bool ok = false;
        o.horizon = cmd.value(u"horizon"_s).toInt(&ok);
        if (!ok || o.horizon < 1 || o.horizon > 120) {
            return Error::user(Cli::tr("--horizon is a number of periods from 1 to 120."));
        }
    }
    return o;
}

QString bandText(double lo, double hi, const std::function<QString(double)> &number)
{
    return number(lo) + u" – "_s + number(hi);
}

void printForecast(const Forecast &f, const Period &firstAhead,
                   const std::function<QString(double)> &number, const QString &title,
                   const QList<ForecastTarget> &targets = {},
                   const std::function<QString(qint64)> &money = {})
{
    printLine(title);
    if (f.candidates.isEmpty()) {
        printLine(Cli::tr("Model: %1").arg(f.model));
    } else {
        QStringList compared;
        for (const Candidate &c : f.candidates) {
            compared.append(c.mase ? u"%1 %2"_s.arg(c.model, cliLocale().toString(*c.mase, 'f', 3))
                                   : c.model);
        }
        printLine(Cli::tr("Model: %1, the best backtest MASE of %2")
                          .arg(f.model, compared.join(u", "_s)));
    }
    QList<TextTable::Column> columns = {{Cli::tr("Period")},
                                        {Cli::tr("Forecast"), TextTable::Right},
                                        {Cli::tr("80 % interval"), TextTable::Right},
                                        {Cli::tr("95 % interval"), TextTable::Right}};
    const bool withTargets
            = !targets.isEmpty()
              && std::any_of(targets.begin(), targets.end(),
                             [](const ForecastTarget &t) { return t.targetMinor.has_value(); });
    if (withTargets) {
        columns.append({Cli::tr("Target"), TextTable::Right});
        columns.append({Cli::tr("Gap"), TextTable::Right});
    }
    TextTable table(columns);
    for (qsizetype h = 0; h < f.points.size(); ++h) {
        const ForecastPoint &p = f.points[h];
        QStringList row = {nextPeriod(firstAhead, int(h)).label(), number(p.point),
                           bandText(p.lo80, p.hi80, number), bandText(p.lo95, p.hi95, number)};
        if (withTargets) {
            // Indexed, not value(h): a default ForecastTarget's optionals trip GCC's
            // -Wmaybe-uninitialized at -O2.
            QString target;
            QString gap;
            if (h < targets.size()) {
                const ForecastTarget &t = targets[h];
                target = t.targetMinor ? money(*t.targetMinor) : QString();
                gap = t.gapMinor ? money(*t.gapMinor) : QString();
            }
            row.append(target);
            row.append(gap);
        }
        table.addRow(row);
    }
    printTable(table);
    const Backtest &b = f.backtest;
    if (b.mase) {
        printLine(Cli::tr("Backtest (%n origin(s), %1 ahead): MASE %2 (seasonal naive %3), sMAPE "
                          "%4 %",
                          nullptr, b.origins)
                          .arg(b.horizon)
                          .arg(cliLocale().toString(*b.mase, 'f', 3),
                               cliLocale().toString(*b.snaiveMase, 'f', 3),
                               cliLocale().toString(*b.smape, 'f', 1)));
    } else {
        printLine(Cli::tr("Backtest: too few values to test the method on the series' own "
                          "history."));
    }
    for (const QString &note : f.notes) {
        printLine(u"• "_s + note);
    }
}

int forecastInput(const Command &cmd, const ForecastOptions &options)
{
    auto result = forecastFile(cmd.value(u"input"_s), options);
    if (!result) {
        return fail(result.error());
    }
    const TimeSeries &s = result->series;
    const Period firstAhead = s.periodAt(int(s.values.size()));
    if (cmd.json()) {
        printJson(forecastJson(result->forecast, s, firstAhead));
        return Ok;
    }
    const auto number = [](double v) -> QString {
        return cliLocale().toString(v, 'f', 2);
    };
    printForecast(
            result->forecast, firstAhead, number,
            Cli::tr("Forecast of %1 from %n value(s) (%2 to %3)", nullptr, int(s.values.size()))
                    .arg(cmd.value(u"input"_s), s.first.toString(),
                         s.periodAt(int(s.values.size()) - 1).toString()));
    return Ok;
}

} // namespace

int runForecast(const QStringList &arguments)
{
    if (arguments.value(0) == u"pipeline") {
        return runPipelineForecast(arguments.mid(1));
    }
    if (arguments.value(0) == u"accuracy") {
        return runForecastAccuracy(arguments.mid(1));
    }
    Command cmd(u"forecast"_s,
                Cli::tr("Forecasts the book's revenue, won deals or new customers by month or "
                        "quarter, or any series in a CSV file of period,value rows, with 80 % "
                        "and 95 % intervals and a backtest."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"metric"_s, Cli::tr("revenue (default), won_deals or new_customers."), u"M"_s});
    cmd.addOption({u"by"_s, Cli::tr("month (default) or quarter."), u"PERIOD"_s});
    cmd.addOption({u"horizon"_s, Cli::tr("Periods ahead (default 12)."), u"H"_s});
    cmd.addOption({u"method"_s,
                   Cli::tr("auto (default), naive, snaive, mean, drift, ses, holt, holt-damped, "
                           "hw-additive, hw-multiplicative, ets, ets:MODEL or theta."),
                   u"M"_s});
    cmd.addOption({u"scope"_s, Cli::tr("company (default), rep:NAME, team:NAME or product:NAME."),
                   u"SCOPE"_s});
    cmd.addOption({u"segment"_s,
                   Cli::tr("Only the customers of a segment on the as-of day: high_value, "
                           "potential or general."),
                   u"S"_s});
    cmd.addOption({u"as-of"_s, Cli::tr("The day to count to (default: today)."), u"DATE"_s});
    cmd.addOption({u"input"_s,
                   Cli::tr("Forecast this CSV file instead of the book: a header, then rows "
                           "period,value in time order (YYYY-MM, YYYYQn or YYYY)."),
                   u"FILE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    auto options = optionsOf(cmd);
    if (!options) {
        return usage(options.error().message);
    }
    if (cmd.isSet(u"input"_s)) {
        return forecastInput(cmd, *options);
    }
    BookForecastRequest request;
    request.options = *options;
    if (cmd.isSet(u"metric"_s)) {
        const auto metric = BookForecastText::metric(cmd.value(u"metric"_s));
        if (!metric) {
            return usage(Cli::tr("--metric is revenue, won_deals or new_customers, not “%1”.")
                                 .arg(cmd.value(u"metric"_s)));
        }
        request.metric = *metric;
    }
    const QString by = cmd.value(u"by"_s).trimmed().toLower();
    if (!by.isEmpty() && by != u"month" && by != u"quarter") {
        return usage(Cli::tr("--by is month or quarter, not “%1”.").arg(by));
    }
    request.by = by == u"quarter" ? Period::Kind::Quarter : Period::Kind::Month;
    const auto asOf = cmd.date(u"as-of"_s, Clock().today());
    if (!asOf) {
        return fail(asOf.error());
    }
    request.asOf = *asOf;
    auto book = cmd.openBook(Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    auto scope = parseScope(cmd.value(u"scope"_s), (*book)->team());
    if (!scope) {
        return fail(scope.error());
    }
    request.scope = *scope;
    std::optional<Segment> segment;
    if (cmd.isSet(u"segment"_s)) {
        segment = SegmentText::segment(cmd.value(u"segment"_s).trimmed().toLower());
        if (!segment) {
            return usage(Cli::tr("--segment is high_value, potential or general, not “%1”.")
                                 .arg(cmd.value(u"segment"_s)));
        }
        auto customers = customersOf((*book)->segments(), *segment, request.asOf);
        if (!customers) {
            return fail(customers.error());
        }
        request.customers = *customers;
    }
    auto result = forecastBook((*book)->kpi(), (*book)->targets(), request);
    if (!result) {
        return fail(result.error());
    }
    const QString currency = (*book)->currencies().home();
    const bool revenue = request.metric == BookMetric::Revenue;
    // A segment's customers have no staff of their own.
    const auto capacity
            = segment ? std::nullopt
                      : supplyCapacity(*result, request.scope, (*book)->team(), request.asOf);
    if (cmd.json()) {
        QJsonObject o = forecastJson(result->forecast, result->history, result->running);
        o.insert(u"metric"_s, BookForecastText::code(request.metric));
        o.insert(u"scope"_s, scopeCode(request.scope, (*book)->team()));
        o.insert(u"segment"_s, segment ? QJsonValue(SegmentText::code(*segment)) : QJsonValue());
        o.insert(u"as_of"_s, asOf->toString(Qt::ISODate));
        if (revenue) {
            o.insert(u"currency"_s, currency);
            o.insert(u"unit"_s, u"minor"_s);
        }
        QJsonArray history;
        for (qsizetype i = 0; i < qsizetype(result->history.values.size()); ++i) {
            history.append(QJsonObject {{u"period"_s, result->history.periodAt(int(i)).toString()},
                                        {u"value"_s, result->history.values[std::size_t(i)]}});
        }
        o.insert(u"history"_s, history);
        o.insert(u"running"_s, QJsonObject {{u"period"_s, result->running.toString()},
                                            {u"so_far"_s, result->runningSoFar}});
        QJsonArray points = o.value(u"forecast"_s).toArray();
        for (qsizetype h = 0; h < result->targets.size() && h < points.size(); ++h) {
            QJsonObject p = points[h].toObject();
            p.insert(u"target_minor"_s, orNull(result->targets[h].targetMinor));
            p.insert(u"gap_minor"_s, orNull(result->targets[h].gapMinor));
            points[h] = p;
        }
        o.insert(u"forecast"_s, points);
        if (capacity) {
            const double first = result->forecast.points.value(0).point;
            o.insert(u"capacity"_s, QJsonObject {{u"periods"_s, capacity->periods},
                                                 {u"per_rep"_s, capacity->perRep},
                                                 {u"reps_now"_s, capacity->repsNow},
                                                 {u"capacity"_s, capacity->capacity},
                                                 {u"load"_s, orNull(capacity->load(first))}});
        } else {
            o.insert(u"capacity"_s, QJsonValue::Null);
        }
        printJson(o);
        return Ok;
    }
    const auto number = [&](double v) -> QString {
        return revenue ? money(qint64(std::llround(v)), currency) : cliLocale().toString(v, 'f', 1);
    };
    const auto amount = [&](qint64 minor) -> QString {
        return money(minor, currency);
    };
    const QString title
            = Cli::tr("%1 by %2, %3: forecast from %4 (%5 so far), history from %6")
                      .arg(BookForecastText::name(request.metric),
                           request.by == Period::Kind::Month ? Cli::tr("month")
                                                             : Cli::tr("quarter"),
                           scopeCode(request.scope, (*book)->team()), result->running.label(),
                           number(result->runningSoFar), result->history.first.label());
    printForecast(result->forecast, result->running, number, title, result->targets, amount);
    if (capacity) {
        QString line = Cli::tr("Capacity: %1 a rep a period over the last %n period(s) × %2 "
                               "on staff = %3",
                               nullptr, capacity->periods)
                               .arg(number(capacity->perRep), QString::number(capacity->repsNow),
                                    number(capacity->capacity));
        if (const auto load = capacity->load(result->forecast.points.value(0).point)) {
            line += u"; "_s
                    + Cli::tr("the forecast of %1 asks %2 % of it")
                              .arg(result->running.label(),
                                   cliLocale().toString(*load * 100, 'f', 0));
        }
        printLine(line);
    }
    return Ok;
}

} // namespace salesdesk::cli
