#include "app/cli/clicommon.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/kpi/kpiservice.h"
#include "core/targets/targetservice.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

namespace {

QJsonObject toJson(const KpiFigures &k)
{
    return {{u"revenue_minor"_s, k.revenueMinor},
            {u"won_deals"_s, k.wonDeals},
            {u"lost_deals"_s, k.lostDeals},
            {u"win_rate"_s, orNull(k.winRate)},
            {u"avg_deal_minor"_s, orNull(k.avgDealMinor)},
            {u"avg_cycle_days"_s, orNull(k.avgCycleDays)},
            {u"new_deals"_s, k.newDeals},
            {u"new_customers"_s, k.newCustomers},
            {u"pipeline_open_minor"_s, k.pipelineOpenMinor},
            {u"pipeline_weighted_minor"_s, k.pipelineWeightedMinor},
            {u"activities_done"_s, k.activitiesDone},
            {u"overdue_activities"_s, k.overdueActivities},
            {u"csat"_s, orNull(k.csat)},
            {u"market_share"_s, orNull(k.marketShare)},
            {u"nps"_s, orNull(k.nps)},
            {u"target_minor"_s, orNull(k.targetMinor)},
            {u"attainment"_s, orNull(k.attainment)}};
}

// The figures as a reader sees them, in the order of toJson().
QStringList texts(const KpiFigures &k, const QString &currency)
{
    const QLocale locale = cliLocale();
    const auto amount = [&](qint64 minor) {
        return money(minor, currency);
    };
    const auto percent = [&](const std::optional<double> &v) {
        return v ? locale.toString(*v * 100, 'f', 1) + u" %"_s : u"–"_s;
    };
    const auto number = [&](const std::optional<double> &v, int decimals) {
        return v ? locale.toString(*v, 'f', decimals) : u"–"_s;
    };
    return {amount(k.revenueMinor),
            locale.toString(k.wonDeals),
            locale.toString(k.lostDeals),
            percent(k.winRate),
            k.avgDealMinor ? amount(*k.avgDealMinor) : u"–"_s,
            number(k.avgCycleDays, 1),
            locale.toString(k.newDeals),
            locale.toString(k.newCustomers),
            amount(k.pipelineOpenMinor),
            amount(k.pipelineWeightedMinor),
            locale.toString(k.activitiesDone),
            locale.toString(k.overdueActivities),
            number(k.csat, 2),
            number(k.nps, 0),
            k.targetMinor ? amount(*k.targetMinor) : u"–"_s,
            percent(k.attainment)};
}

} // namespace

int runKpi(const QStringList &arguments)
{
    Command cmd(u"kpi"_s,
                Cli::tr("Every figure of a period from the KPI engine (the one the dashboard and "
                        "the quarterly report read), with a period to compare with."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"period"_s, Cli::tr("2026, 2026Q3, 2026-07, 2026-W27 or FY2026Q3."), u"P"_s});
    cmd.addOption({u"compare"_s, Cli::tr("previous or last-year."), u"WITH"_s});
    cmd.addOption({u"scope"_s, Cli::tr("company (default), rep:NAME, team:NAME or product:NAME."),
                   u"SCOPE"_s});
    cmd.addOption({u"as-of"_s, Cli::tr("The day to count to (default: today)."), u"DATE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"period"_s)) {
        return usage(Cli::tr("kpi needs --period."));
    }
    if (!Period::parse(cmd.value(u"period"_s))) {
        return notAPeriod(cmd.value(u"period"_s));
    }
    const QString compare = cmd.value(u"compare"_s);
    if (!compare.isEmpty() && compare != u"previous" && compare != u"last-year") {
        return usage(Cli::tr("--compare is previous or last-year, not “%1”.").arg(compare));
    }
    const auto asOf = cmd.date(u"as-of"_s, Clock().today());
    if (!asOf) {
        return fail(asOf.error());
    }
    auto book = cmd.openBook(Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    auto scope = parseScope(cmd.value(u"scope"_s), (*book)->team());
    if (!scope) {
        return fail(scope.error());
    }
    const Period period
            = *Period::parse(cmd.value(u"period"_s), (*book)->targets().yearStartMonth());
    const KpiService &kpi = (*book)->kpi();
    auto report = kpi.report(period, *scope, *asOf);
    if (!report) {
        return fail(report.error());
    }
    std::optional<KpiReport> other;
    if (!compare.isEmpty()) {
        const Period then = compare == u"previous" ? KpiService::previous(period)
                                                   : KpiService::lastYear(period);
        auto r = kpi.report(then, *scope, *asOf);
        if (!r) {
            return fail(r.error());
        }
        other = *r;
    }
    const QString currency = (*book)->currencies().home();
    if (cmd.json()) {
        QJsonObject out {{u"period"_s, period.toString()},
                         {u"from"_s, toStoredDate(report->from)},
                         {u"to"_s, toStoredDate(report->to)},
                         {u"currency"_s, currency},
                         {u"scope"_s, scopeCode(*scope, (*book)->team())},
                         {u"kpis"_s, toJson(report->kpis)}};
        if (other) {
            out.insert(u"compare"_s, QJsonObject {{u"period"_s, other->period.toString()},
                                                  {u"from"_s, toStoredDate(other->from)},
                                                  {u"to"_s, toStoredDate(other->to)},
                                                  {u"kpis"_s, toJson(other->kpis)}});
        }
        printJson(out);
        return Ok;
    }
    const QStringList names = {Cli::tr("revenue"),         Cli::tr("won deals"),
                               Cli::tr("lost deals"),      Cli::tr("win rate"),
                               Cli::tr("average deal"),    Cli::tr("sales cycle (days)"),
                               Cli::tr("new deals"),       Cli::tr("new customers"),
                               Cli::tr("open pipeline"),   Cli::tr("weighted pipeline"),
                               Cli::tr("activities done"), Cli::tr("overdue activities"),
                               Cli::tr("CSAT (1–5)"),      Cli::tr("NPS"),
                               Cli::tr("revenue target"),  Cli::tr("attainment")};
    QList<TextTable::Column> columns {{Cli::tr("figure")}, {period.label(), TextTable::Right}};
    if (other) {
        columns.append({other->period.label(), TextTable::Right});
    }
    TextTable table(columns);
    const QStringList now = texts(report->kpis, currency);
    const QStringList then = other ? texts(other->kpis, currency) : QStringList();
    for (int i = 0; i < names.size(); ++i) {
        QStringList row {names[i], now[i]};
        if (other) {
            row.append(then[i]);
        }
        table.addRow(row);
    }
    printLine(Cli::tr("%1 to %2, %3")
                      .arg(toStoredDate(report->from), toStoredDate(report->to),
                           (*book)->targets().scopeLabel(*scope)));
    printTable(table);
    return Ok;
}

} // namespace salesdesk::cli
