#include "app/cli/clicommon.h"
#include "core/common/clock.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/forecast/pipelineforecast.h"
#include "core/kpi/kpitext.h"
#include "core/pipeline/pipelineservice.h"
#include "core/targets/targetservice.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

namespace {

using namespace salesdesk::forecast;

QJsonObject totalsJson(const PipelineTotals &t)
{
    return {{u"won_minor"_s, t.wonMinor},
            {u"weighted_minor"_s, t.weightedMinor},
            {u"learned_minor"_s, t.learnedMinor},
            {u"commit_minor"_s, t.commitMinor},
            {u"best_case_minor"_s, t.bestCaseMinor},
            {u"pipeline_minor"_s, t.pipelineMinor},
            {u"omitted_minor"_s, t.omittedMinor},
            {u"slipped_minor"_s, t.slippedMinor},
            {u"slipped_deals"_s, t.slippedDeals},
            {u"expected_deals"_s, t.expectedDeals},
            {u"commit_forecast_minor"_s, t.commitForecast()},
            {u"best_case_forecast_minor"_s, t.bestCaseForecast()},
            {u"weighted_forecast_minor"_s, t.weightedForecast()}};
}

Result<Period> periodOf(const Command &cmd, Book &book, const QDate &asOf)
{
    const int yearStart = book.targets().yearStartMonth();
    if (!cmd.isSet(u"period"_s)) {
        return Period::containing(Period::Kind::Quarter, asOf, yearStart);
    }
    const auto p = Period::parse(cmd.value(u"period"_s), yearStart);
    if (!p) {
        return Error::user(Cli::tr("--period is a year, quarter, month or week (2026Q3, "
                                   "2026-07…), not “%1”.")
                                   .arg(cmd.value(u"period"_s)));
    }
    return *p;
}

int pipeline(const QStringList &arguments)
{
    Command cmd(u"forecast pipeline"_s,
                Cli::tr("The pipeline forecast of a period: won so far, the open deals expected "
                        "to close in it weighted by stage (configured and learned win rates), "
                        "the sums of the forecast categories, and the slipped deals."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"period"_s, Cli::tr("The period (default: the running quarter)."), u"P"_s});
    cmd.addOption({u"as-of"_s, Cli::tr("The day to count to (default: today)."), u"DATE"_s});
    cmd.addOption(
            {u"snapshot"_s, Cli::tr("Also keep this week's forecast of the running quarter (once a "
                                    "week), for the accuracy of the calls later.")});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    const auto asOf = cmd.date(u"as-of"_s, Clock().today());
    if (!asOf) {
        return fail(asOf.error());
    }
    auto book = cmd.openBook(cmd.isSet(u"snapshot"_s) ? Database::Access::ReadWrite
                                                      : Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    auto period = periodOf(cmd, **book, *asOf);
    if (!period) {
        return usage(period.error().message);
    }
    PipelineForecaster &forecaster = (*book)->pipelineForecast();
    int written = 0;
    if (cmd.isSet(u"snapshot"_s)) {
        auto n = forecaster.takeSnapshot(*asOf);
        if (!n) {
            return fail(n.error());
        }
        written = *n;
    }
    auto f = forecaster.forecast(*period, *asOf);
    if (!f) {
        return fail(f.error());
    }
    const QString currency = (*book)->currencies().home();
    const TeamService &team = (*book)->team();
    const PipelineService &pipes = (*book)->pipeline();
    if (cmd.json()) {
        QJsonArray reps;
        for (const auto &[rep, totals] : std::as_const(f->reps)) {
            QJsonObject o = totalsJson(totals);
            o.insert(u"rep"_s, KpiText::ownerName(team, rep));
            reps.append(o);
        }
        QJsonArray stages;
        for (const StageWinRate &s : std::as_const(f->stages)) {
            const Stage *stage = pipes.stage(s.stageId);
            stages.append(QJsonObject {{u"stage"_s, stage ? stage->code : QString()},
                                       {u"configured"_s, s.configuredPercent / 100.0},
                                       {u"closed"_s, s.closed},
                                       {u"won"_s, s.won},
                                       {u"learned"_s, orNull(s.learned)}});
        }
        QJsonArray deals;
        for (const PipelineDeal &d : std::as_const(f->deals)) {
            deals.append(QJsonObject {{u"id"_s, d.dealId},
                                      {u"title"_s, d.title},
                                      {u"owner"_s, KpiText::ownerName(team, d.ownerId)},
                                      {u"value_minor"_s, d.homeMinor},
                                      {u"probability"_s, d.percent / 100.0},
                                      {u"learned"_s, orNull(d.learned)},
                                      {u"expected_close"_s, d.expectedClose.toString(Qt::ISODate)},
                                      {u"category"_s, PipelineText::code(d.category)},
                                      {u"slipped"_s, d.slipped}});
        }
        QJsonObject o = totalsJson(f->company);
        o.insert(u"period"_s, f->period.toString());
        o.insert(u"as_of"_s, asOf->toString(Qt::ISODate));
        o.insert(u"currency"_s, currency);
        o.insert(u"target_minor"_s, orNull(f->targetMinor));
        o.insert(u"reps"_s, reps);
        o.insert(u"stages"_s, stages);
        o.insert(u"deals"_s, deals);
        o.insert(u"snapshot_rows"_s, written);
        printJson(o);
        return Ok;
    }
    const auto amount = [&](qint64 minor) {
        return money(minor, currency);
    };
    const PipelineTotals &t = f->company;
    printLine(Cli::tr("Pipeline forecast of %1 as of %2")
                      .arg(f->period.label(), asOf->toString(Qt::ISODate)));
    TextTable table({{Cli::tr("Rep")},
                     {Cli::tr("Won"), TextTable::Right},
                     {Cli::tr("Commit"), TextTable::Right},
                     {Cli::tr("Best case"), TextTable::Right},
                     {Cli::tr("Pipeline"), TextTable::Right},
                     {Cli::tr("Weighted"), TextTable::Right},
                     {Cli::tr("Learned"), TextTable::Right},
                     {Cli::tr("Slipped"), TextTable::Right}});
    const auto row = [&](const QString &name, const PipelineTotals &x) {
        table.addRow({name, amount(x.wonMinor), amount(x.commitMinor), amount(x.bestCaseMinor),
                      amount(x.pipelineMinor), amount(x.weightedMinor), amount(x.learnedMinor),
                      amount(x.slippedMinor)});
    };
    for (const auto &[rep, totals] : std::as_const(f->reps)) {
        row(KpiText::ownerName(team, rep), totals);
    }
    row(Cli::tr("Company"), t);
    printTable(table);
    printLine(Cli::tr("Won + commit %1 · best case %2 · won + weighted %3%4")
                      .arg(amount(t.commitForecast()), amount(t.bestCaseForecast()),
                           amount(t.weightedForecast()),
                           f->targetMinor ? Cli::tr(" · target %1").arg(amount(*f->targetMinor))
                                          : QString()));
    if (written > 0) {
        printLine(Cli::tr("Kept this week's forecast (%n row(s)).", nullptr, written));
    }
    return Ok;
}

int accuracy(const QStringList &arguments)
{
    Command cmd(u"forecast accuracy"_s,
                Cli::tr("How the weekly calls (won + commit) of a finished period compared with "
                        "what was won, per rep: mean absolute error and bias."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"period"_s, Cli::tr("A finished period."), u"P"_s});
    cmd.addOption({u"as-of"_s, Cli::tr("The day to count to (default: today)."), u"DATE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"period"_s)) {
        return usage(Cli::tr("forecast accuracy needs --period."));
    }
    const auto asOf = cmd.date(u"as-of"_s, Clock().today());
    if (!asOf) {
        return fail(asOf.error());
    }
    auto book = cmd.openBook(Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    auto period = periodOf(cmd, **book, *asOf);
    if (!period) {
        return usage(period.error().message);
    }
    auto list = (*book)->pipelineForecast().accuracy(*period, *asOf);
    if (!list) {
        return fail(list.error());
    }
    const TeamService &team = (*book)->team();
    QJsonArray reps;
    TextTable table({{Cli::tr("Rep")},
                     {Cli::tr("Weeks"), TextTable::Right},
                     {Cli::tr("Won"), TextTable::Right},
                     {Cli::tr("Mean error"), TextTable::Right},
                     {Cli::tr("Bias"), TextTable::Right}});
    const QString currency = (*book)->currencies().home();
    for (const ForecastAccuracy &a : std::as_const(*list)) {
        const QString name = a.repId < 0 ? Cli::tr("Company") : KpiText::ownerName(team, a.repId);
        reps.append(QJsonObject {{u"rep"_s, name},
                                 {u"company"_s, a.repId < 0},
                                 {u"snapshots"_s, a.snapshots},
                                 {u"actual_minor"_s, a.actualMinor},
                                 {u"mean_absolute_error"_s, orNull(a.meanAbsoluteError)},
                                 {u"bias"_s, orNull(a.bias)}});
        const auto pct = [](const std::optional<double> &v) -> QString {
            return v ? cliLocale().toString(*v * 100, 'f', 1) + u" %"_s : u"—"_s;
        };
        table.addRow({name, QString::number(a.snapshots), money(a.actualMinor, currency),
                      pct(a.meanAbsoluteError), pct(a.bias)});
    }
    if (cmd.json()) {
        printJson(
                {{u"period"_s, period->toString()}, {u"currency"_s, currency}, {u"reps"_s, reps}});
    } else {
        printTable(table);
    }
    return Ok;
}

} // namespace

int runPipelineForecast(const QStringList &arguments)
{
    return pipeline(arguments);
}

int runForecastAccuracy(const QStringList &arguments)
{
    return accuracy(arguments);
}

} // namespace salesdesk::cli
