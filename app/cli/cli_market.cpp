#include "app/cli/clicommon.h"
#include "core/common/clock.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/kpi/kpitext.h"
#include "core/market/marketservice.h"
#include "core/market/shareprojection.h"
#include "core/pipeline/pipelineservice.h"
#include "core/targets/targetservice.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

namespace {

int addCompetitor(const QStringList &arguments)
{
    Command cmd(u"competitors add"_s, Cli::tr("Adds a competitor to the register."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"name"_s, Cli::tr("Its name."), u"NAME"_s});
    cmd.addOption({u"products"_s, Cli::tr("What it sells."), u"TEXT"_s});
    cmd.addOption({u"prices"_s, Cli::tr("Its prices."), u"TEXT"_s});
    cmd.addOption({u"positioning"_s, Cli::tr("Its market positioning."), u"TEXT"_s});
    cmd.addOption({u"strategy"_s, Cli::tr("Its market strategy."), u"TEXT"_s});
    cmd.addOption({u"strengths"_s, Cli::tr("Its strengths."), u"TEXT"_s});
    cmd.addOption({u"weaknesses"_s, Cli::tr("Its weaknesses."), u"TEXT"_s});
    cmd.addOption({u"threat"_s, Cli::tr("low, medium (default) or high."), u"LEVEL"_s});
    cmd.addOption({u"notes"_s, Cli::tr("Anything else."), u"TEXT"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"name"_s)) {
        return usage(Cli::tr("competitors add needs --name."));
    }
    Competitor c;
    c.name = cmd.value(u"name"_s).trimmed();
    c.products = cmd.value(u"products"_s).trimmed();
    c.prices = cmd.value(u"prices"_s).trimmed();
    c.positioning = cmd.value(u"positioning"_s).trimmed();
    c.strategy = cmd.value(u"strategy"_s).trimmed();
    c.strengths = cmd.value(u"strengths"_s).trimmed();
    c.weaknesses = cmd.value(u"weaknesses"_s).trimmed();
    c.notes = cmd.value(u"notes"_s).trimmed();
    if (cmd.isSet(u"threat"_s)) {
        const auto threat = MarketText::threat(cmd.value(u"threat"_s));
        if (!threat) {
            return usage(Cli::tr("--threat is low, medium or high, not “%1”.")
                                 .arg(cmd.value(u"threat"_s)));
        }
        c.threat = *threat;
    }
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    auto id = (*book)->market().addCompetitor(c);
    if (!id) {
        return fail(id.error());
    }
    if (cmd.json()) {
        printJson({{u"id"_s, *id}});
    } else {
        printLine(Cli::tr("Added competitor #%1, %2").arg(*id).arg(c.name));
    }
    return Ok;
}

int competitorFigures(const QStringList &arguments)
{
    Command cmd(u"competitors"_s,
                Cli::tr("How we fare against each competitor: the deals that name them, won, "
                        "lost, the win rate, the value lost, why, by quarter. Sub-commands: "
                        "competitors add, competitors share."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption(
            {u"from"_s, Cli::tr("The first day (default: ten years before --to)."), u"DATE"_s});
    cmd.addOption({u"to"_s, Cli::tr("The last day (default: today)."), u"DATE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    const auto to = cmd.date(u"to"_s, Clock().today());
    if (!to) {
        return fail(to.error());
    }
    const auto from = cmd.date(u"from"_s, to->addYears(-10));
    if (!from) {
        return fail(from.error());
    }
    if (*from > *to) {
        return usage(Cli::tr("--from comes after --to."));
    }
    auto book = cmd.openBook(Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    auto figures = (*book)->market().figures(KpiSpan::between(*from, *to), *to);
    if (!figures) {
        return fail(figures.error());
    }
    const QString currency = (*book)->currencies().home();
    const PipelineService &pipeline = (*book)->pipeline();
    if (cmd.json()) {
        QJsonArray list;
        for (const CompetitorFigures &f : std::as_const(*figures)) {
            QJsonArray reasons;
            for (const KpiShare &r : f.lostReasons) {
                reasons.append(QJsonObject {{u"reason"_s, KpiText::lostReasonName(pipeline, r.id)},
                                            {u"deals"_s, r.count},
                                            {u"value_minor"_s, r.minor}});
            }
            QJsonArray trend;
            for (const QuarterRecord &q : f.trend) {
                trend.append(QJsonObject {{u"quarter"_s, q.quarter.toString()},
                                          {u"won"_s, q.won},
                                          {u"lost"_s, q.lost}});
            }
            const Competitor *c = (*book)->market().competitor(f.competitorId);
            list.append(QJsonObject {{u"name"_s, f.name},
                                     {u"threat"_s, c ? MarketText::code(c->threat) : QString()},
                                     {u"deals"_s, f.met},
                                     {u"won"_s, f.won},
                                     {u"lost"_s, f.lost},
                                     {u"open"_s, f.open},
                                     {u"win_rate"_s, orNull(f.winRate)},
                                     {u"won_value_minor"_s, f.wonValueMinor},
                                     {u"lost_value_minor"_s, f.lostValueMinor},
                                     {u"lost_reasons"_s, reasons},
                                     {u"by_quarter"_s, trend}});
        }
        printJson({{u"from"_s, from->toString(Qt::ISODate)},
                   {u"to"_s, to->toString(Qt::ISODate)},
                   {u"currency"_s, currency},
                   {u"competitors"_s, list}});
        return Ok;
    }
    TextTable table({{Cli::tr("Competitor")},
                     {Cli::tr("Deals"), TextTable::Right},
                     {Cli::tr("Won"), TextTable::Right},
                     {Cli::tr("Lost"), TextTable::Right},
                     {Cli::tr("Open"), TextTable::Right},
                     {Cli::tr("Win rate"), TextTable::Right},
                     {Cli::tr("Value lost"), TextTable::Right}});
    for (const CompetitorFigures &f : std::as_const(*figures)) {
        table.addRow({f.name, QString::number(f.met), QString::number(f.won),
                      QString::number(f.lost), QString::number(f.open),
                      f.winRate ? cliLocale().toString(*f.winRate * 100, 'f', 0) + u" %"_s : u"—"_s,
                      money(f.lostValueMinor, currency)});
    }
    printTable(table);
    return Ok;
}

Result<Period> yearOrQuarter(const Command &cmd, Book &book);

int competitorShare(const QStringList &arguments)
{
    Command cmd(u"competitors share"_s,
                Cli::tr("Records a competitor's estimated share of the market of a year or "
                        "quarter (replacing the one recorded before)."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"name"_s, Cli::tr("The competitor."), u"NAME"_s});
    cmd.addOption({u"period"_s, Cli::tr("A year or a quarter."), u"P"_s});
    cmd.addOption({u"share"_s, Cli::tr("Its share: 12.5% or 0.125."), u"S"_s});
    cmd.addOption({u"segment"_s, Cli::tr("A segment of the market (a product's name)."), u"S"_s});
    cmd.addOption({u"source"_s, Cli::tr("Where the figure comes from."), u"TEXT"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"name"_s) || !cmd.isSet(u"period"_s) || !cmd.isSet(u"share"_s)) {
        return usage(Cli::tr("competitors share needs --name, --period and --share."));
    }
    QString text = cmd.value(u"share"_s).trimmed();
    const bool percent = text.endsWith(u'%');
    if (percent) {
        text.chop(1);
    }
    bool ok = false;
    double share = text.trimmed().toDouble(&ok);
    if (percent) {
        share /= 100;
    }
    if (!ok || share < 0 || share > 1) {
        return usage(Cli::tr("--share is 0 to 100 %, written 12.5% or 0.125, not “%1”.")
                             .arg(cmd.value(u"share"_s)));
    }
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    auto period = yearOrQuarter(cmd, **book);
    if (!period) {
        return usage(period.error().message);
    }
    MarketService &market = (*book)->market();
    const Competitor *found = market.competitorNamed(cmd.value(u"name"_s));
    if (!found) {
        return fail(Error::user(
                Cli::tr("There is no competitor “%1” in the register.").arg(cmd.value(u"name"_s))));
    }
    const Competitor c = *found; // the register is read again when the share is recorded
    CompetitorShare s;
    s.competitorId = c.id;
    s.period = *period;
    s.segment = cmd.value(u"segment"_s).trimmed();
    s.sharePpm = std::llround(share * 1e6);
    s.source = cmd.value(u"source"_s).trimmed();
    if (auto st = market.setShare(s); !st) {
        return fail(st.error());
    }
    if (cmd.json()) {
        printJson({{u"name"_s, c.name},
                   {u"period"_s, s.period.toString()},
                   {u"share"_s, double(s.sharePpm) / 1e6}});
    } else {
        printLine(Cli::tr("Recorded %1's share of %2: %3 %")
                          .arg(c.name, s.period.label(),
                               cliLocale().toString(double(s.sharePpm) / 1e4, 'f', 1)));
    }
    return Ok;
}

Result<Period> yearOrQuarter(const Command &cmd, Book &book)
{
    const auto period = Period::parse(cmd.value(u"period"_s), book.targets().yearStartMonth());
    if (!period
        || (period->kind() != Period::Kind::Year && period->kind() != Period::Kind::Quarter)) {
        return Error::user(Cli::tr("--period is a year or a quarter (2026, 2026Q3, FY2026Q3), "
                                   "not “%1”.")
                                   .arg(cmd.value(u"period"_s)));
    }
    return *period;
}

int marketSize(const QStringList &arguments)
{
    Command cmd(u"market size"_s,
                Cli::tr("Records the size of the market (or of a segment of it) in a year or a "
                        "quarter, with where the figure comes from; replaces the size recorded "
                        "for that period and segment."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"period"_s, Cli::tr("A year or a quarter."), u"P"_s});
    cmd.addOption({u"value"_s, Cli::tr("The market's size, in the home currency."), u"AMOUNT"_s});
    cmd.addOption({u"segment"_s,
                   Cli::tr("A segment of the market (our revenue in it is that of the product "
                           "of the same name)."),
                   u"S"_s});
    cmd.addOption({u"source"_s, Cli::tr("Where the figure comes from."), u"TEXT"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"period"_s) || !cmd.isSet(u"value"_s) || !cmd.isSet(u"source"_s)) {
        return usage(Cli::tr("market size needs --period, --value and --source."));
    }
    auto book = cmd.openBook(Database::Access::ReadWrite);
    if (!book) {
        return fail(book.error());
    }
    auto period = yearOrQuarter(cmd, **book);
    if (!period) {
        return usage(period.error().message);
    }
    auto value = parseAmount(cmd.value(u"value"_s), (*book)->currencies().home());
    if (!value) {
        return fail(value.error());
    }
    MarketSize s;
    s.period = *period;
    s.segment = cmd.value(u"segment"_s).trimmed();
    s.valueMinor = *value;
    s.source = cmd.value(u"source"_s).trimmed();
    auto id = (*book)->market().setSize(s);
    if (!id) {
        return fail(id.error());
    }
    if (cmd.json()) {
        printJson({{u"id"_s, *id},
                   {u"period"_s, s.period.toString()},
                   {u"segment"_s, s.segment},
                   {u"value_minor"_s, s.valueMinor}});
    } else {
        printLine(
                Cli::tr("Recorded the market size of %1: %2")
                        .arg(s.period.label(), money(s.valueMinor, (*book)->currencies().home())));
    }
    return Ok;
}

int marketShare(const QStringList &arguments)
{
    Command cmd(u"market share"_s,
                Cli::tr("Our share of the market of a year or quarter: our revenue (the KPI "
                        "engine's) divided by the recorded market size."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"period"_s, Cli::tr("A year or a quarter."), u"P"_s});
    cmd.addOption({u"segment"_s, Cli::tr("A segment of the market (a product's name)."), u"S"_s});
    cmd.addOption({u"as-of"_s, Cli::tr("The day to count to (default: today)."), u"DATE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    if (!cmd.isSet(u"period"_s)) {
        return usage(Cli::tr("market share needs --period."));
    }
    const auto asOf = cmd.date(u"as-of"_s, Clock().today());
    if (!asOf) {
        return fail(asOf.error());
    }
    auto book = cmd.openBook(Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    auto period = yearOrQuarter(cmd, **book);
    if (!period) {
        return usage(period.error().message);
    }
    const MarketService &market = (*book)->market();
    auto f = market.share(*period, cmd.value(u"segment"_s), *asOf);
    if (!f) {
        return fail(f.error());
    }
    const QString currency = (*book)->currencies().home();
    if (cmd.json()) {
        QJsonArray competitors;
        for (const auto &[id, share] : f->competitorShares) {
            const Competitor *c = market.competitor(id);
            competitors.append(
                    QJsonObject {{u"name"_s, c ? c->name : QString()}, {u"share"_s, share}});
        }
        printJson({{u"period"_s, f->period.toString()},
                   {u"segment"_s, f->segment},
                   {u"currency"_s, currency},
                   {u"our_revenue_minor"_s, f->ourRevenueMinor},
                   {u"market_size_minor"_s, orNull(f->marketSizeMinor)},
                   {u"share"_s, orNull(f->share)},
                   {u"source"_s, f->source},
                   {u"competitors"_s, competitors}});
        return Ok;
    }
    if (!f->share) {
        printLine(Cli::tr("No market size is recorded for %1; record one with “salesdesk market "
                          "size”.")
                          .arg(f->period.label()));
        return Ok;
    }
    printLine(Cli::tr("%1: our revenue %2 of a market of %3 (%4): a share of %5 %")
                      .arg(f->period.label(), money(f->ourRevenueMinor, currency),
                           money(*f->marketSizeMinor, currency), f->source,
                           cliLocale().toString(*f->share * 100, 'f', 1)));
    return Ok;
}

int marketTrend(const QStringList &arguments)
{
    Command cmd(u"market trend"_s,
                Cli::tr("Our share of the whole market and the competitors' recorded shares over "
                        "time, each carried on at its average change per period."));
    cmd.addDbOption();
    cmd.addJsonOption();
    cmd.addOption({u"horizon"_s, Cli::tr("Periods to carry each line on (default 4)."), u"H"_s});
    cmd.addOption({u"as-of"_s, Cli::tr("The day to count to (default: today)."), u"DATE"_s});
    if (auto stop = cmd.parse(arguments)) {
        return *stop;
    }
    bool ok = true;
    const int horizon = cmd.isSet(u"horizon"_s) ? cmd.value(u"horizon"_s).toInt(&ok) : 4;
    if (!ok || horizon < 1 || horizon > 12) {
        return usage(Cli::tr("--horizon is a number of periods from 1 to 12."));
    }
    const auto asOf = cmd.date(u"as-of"_s, Clock().today());
    if (!asOf) {
        return fail(asOf.error());
    }
    auto book = cmd.openBook(Database::Access::ReadOnly);
    if (!book) {
        return fail(book.error());
    }
    const MarketService &market = (*book)->market();
    auto trend = market.shareTrend(*asOf);
    if (!trend) {
        return fail(trend.error());
    }
    const QList<ShareLine> lines = projectShares(*trend, horizon);
    const auto nameOf = [&](const ShareLine &line) -> QString {
        const Competitor *c = market.competitor(line.competitorId);
        return line.competitorId == 0 ? Cli::tr("Us") : c ? c->name : QString();
    };
    if (cmd.json()) {
        const auto points = [](const QList<std::pair<Period, double>> &list) {
            QJsonArray a;
            for (const auto &[period, share] : list) {
                a.append(QJsonObject {{u"period"_s, period.toString()}, {u"share"_s, share}});
            }
            return a;
        };
        QJsonArray out;
        for (const ShareLine &line : lines) {
            out.append(QJsonObject {
                    {u"name"_s, line.competitorId == 0 ? QJsonValue() : QJsonValue(nameOf(line))},
                    {u"us"_s, line.competitorId == 0},
                    {u"model"_s, line.model},
                    {u"recorded"_s, points(line.recorded)},
                    {u"projected"_s, points(line.projected)}});
        }
        printJson({{u"lines"_s, out}});
        return Ok;
    }
    if (lines.isEmpty()) {
        printLine(Cli::tr("No market size is recorded; record one with “salesdesk market size”."));
        return Ok;
    }
    const auto percent = [](double share) -> QString {
        return cliLocale().toString(share * 100, 'f', 1) + u" %"_s;
    };
    for (const ShareLine &line : lines) {
        QStringList recorded;
        for (const auto &[period, share] : line.recorded) {
            recorded.append(period.label() + u" "_s + percent(share));
        }
        QStringList projected;
        for (const auto &[period, share] : line.projected) {
            projected.append(period.label() + u" "_s + percent(share));
        }
        QString text = nameOf(line) + u": "_s + recorded.join(u", "_s);
        if (!projected.isEmpty()) {
            text += u" → "_s + projected.join(u", "_s) + u" ("_s + line.model + u")"_s;
        }
        printLine(text);
    }
    return Ok;
}

} // namespace

int runCompetitors(const QStringList &arguments)
{
    if (arguments.value(0) == u"add") {
        return addCompetitor(arguments.mid(1));
    }
    if (arguments.value(0) == u"share") {
        return competitorShare(arguments.mid(1));
    }
    return competitorFigures(arguments);
}

int runMarket(const QStringList &arguments)
{
    return runSubCommand(
            u"market"_s,
            {{u"size"_s, &marketSize,
              QT_TRANSLATE_NOOP("Cli", "Record the market's size in a period")},
             {u"share"_s, &marketShare,
              QT_TRANSLATE_NOOP("Cli", "Our share of the market in a period")},
             {u"trend"_s, &marketTrend, QT_TRANSLATE_NOOP("Cli", "Shares over time, carried on")}},
            arguments);
}

} // namespace salesdesk::cli
