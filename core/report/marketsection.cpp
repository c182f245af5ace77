// The quarterly report's market section: share, competitors, environment, forecast.
#include "core/book/book.h"
#include "core/common/money.h"
#include "core/forecast/periodforecast.h"
#include "core/market/marketservice.h"
#include "core/market/shareprojection.h"
#include "core/report/reportsections.h"
#include "core/team/teamservice.h"

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

// A share with a decimal, as shares of a market are small.
ReportCell shareCell(const ReportContext &c, std::optional<double> share)
{
    if (!share) {
        return c.percent(std::nullopt);
    }
    return {CellKind::Percent,
            c.locale.toString(*share * 100, 'f', 1) + u" %"_s,
            *share,
            {},
            false};
}

constexpr int kShownPeriods = 6; // of the share trend
constexpr int kShownCompetitors = 3; // the largest by their last recorded share
constexpr int kShownFactors = 5;
constexpr int kForecastQuarters = 4;

} // namespace

QString MarketSection::title() const
{
    return tr("Market and forecast");
}

Status MarketSection::build(const ReportContext &c, ReportSectionContent &out) const
{
    const MarketService &market = c.book.market();

    // ---- Our share and the competitors' ----
    auto share = market.share(c.period, QString(), c.asOf);
    if (!share) {
        return share.error();
    }
    if (share->share) {
        out.blocks.append(ReportParagraph {
                tr("Our revenue of %1 was %2 of a market of %3 (%4).")
                        .arg(c.moneyText(share->ourRevenueMinor), shareCell(c, share->share).text,
                             c.moneyText(*share->marketSizeMinor), share->source)});
    } else {
        out.blocks.append(ReportParagraph {
                tr("No size of the whole market is recorded for %1, so there is no market share "
                   "for it (Market › Market Size and Share).")
                        .arg(c.periodName(c.period))});
    }
    auto trend = market.shareTrend(c.asOf);
    if (!trend) {
        return trend.error();
    }
    QList<MarketShareFigures> upToNow;
    for (const MarketShareFigures &f : std::as_const(*trend)) {
        if (f.period.end() <= c.period.end()) {
            upToNow.append(f);
        }
    }
    if (!upToNow.isEmpty()) {
        QList<ShareLine> lines = projectShares(upToNow, 2);
        // Ours, and the largest competitors: the page has room for so many columns.
        if (lines.size() > 1 + kShownCompetitors) {
            std::stable_sort(lines.begin() + 1, lines.end(), [](const auto &a, const auto &b) {
                const double x = a.recorded.isEmpty() ? 0 : a.recorded.last().second;
                const double y = b.recorded.isEmpty() ? 0 : b.recorded.last().second;
                return x > y;
            });
            lines.resize(1 + kShownCompetitors);
        }
        const qsizetype first = std::max<qsizetype>(0, upToNow.size() - kShownPeriods);
        QList<Period> periods;
        for (qsizetype i = first; i < upToNow.size(); ++i) {
            periods.append(upToNow[i].period);
        }
        const qsizetype recorded = periods.size();
        if (!lines.isEmpty()) {
            for (const auto &[period, value] : lines.first().projected) {
                Q_UNUSED(value)
                periods.append(period);
            }
        }
        ReportTable t;
        t.title = tr("Share of the whole market, ours and the largest competitors' (the last "
                     "periods carried on at their average change: “trend”)");
        t.columns = {{tr("Period"), CellKind::Text},
                     {tr("Market size"), CellKind::Money},
                     {tr("Our revenue"), CellKind::Money}};
        for (const ShareLine &line : lines) {
            const Competitor *comp = market.competitor(line.competitorId);
            t.columns.append(
                    {line.competitorId == 0 ? tr("Our share") : (comp ? comp->name : QString()),
                     CellKind::Percent});
        }
        ReportChart chart;
        chart.title = tr("Share of the whole market");
        for (const ShareLine &line : lines) {
            const Competitor *comp = market.competitor(line.competitorId);
            chart.series.append(
                    {line.competitorId == 0 ? tr("Us") : (comp ? comp->name : QString()),
                     {},
                     CellKind::Percent,
                     true,
                     false});
        }
        for (qsizetype i = 0; i < periods.size(); ++i) {
            const Period &p = periods[i];
            const bool ahead = i >= recorded;
            const QString name = ahead ? tr("%1 (trend)").arg(c.periodName(p)) : c.periodName(p);
            QList<ReportCell> row {c.text(name)};
            if (ahead) {
                row.append({c.money(std::optional<qint64>()), c.money(std::optional<qint64>())});
            } else {
                const MarketShareFigures &f = upToNow[first + i];
                row.append({c.money(f.marketSizeMinor), c.money(f.ourRevenueMinor)});
            }
            chart.categories.append(c.periodName(p));
            for (qsizetype l = 0; l < lines.size(); ++l) {
                std::optional<double> value;
                for (const auto &list : {lines[l].recorded, lines[l].projected}) {
                    for (const auto &[period, v] : list) {
                        if (period == p) {
                            value = v;
                        }
                    }
                }
                row.append(shareCell(c, value));
                chart.series[l].values.append(value ? *value : std::nan(""));
            }
            t.rows.append(row);
        }
        out.blocks.append(t);
        if (!chart.isEmpty()) {
            out.blocks.append(chart);
        }
    }

    // ---- Against each competitor ----
    auto figures = market.figures(KpiSpan::of(c.period), c.asOf);
    if (!figures) {
        return figures.error();
    }
    ReportTable rivals;
    rivals.title = tr("Deals against each competitor");
    rivals.columns = {{tr("Competitor"), CellKind::Text}, {tr("Threat"), CellKind::Text},
                      {tr("Deals"), CellKind::Count},     {tr("Won"), CellKind::Count},
                      {tr("Lost"), CellKind::Count},      {tr("Win rate"), CellKind::Percent},
                      {tr("Value lost"), CellKind::Money}};
    rivals.emptyText = tr("No deal closed or open in the quarter names a competitor.");
    for (const CompetitorFigures &f : std::as_const(*figures)) {
        if (f.met == 0) {
            continue;
        }
        const Competitor *comp = market.competitor(f.competitorId);
        rivals.rows.append({c.text(f.name),
                            c.text(comp ? MarketText::name(comp->threat) : QString()),
                            c.count(f.met), c.count(f.won), c.count(f.lost), c.percent(f.winRate),
                            c.money(f.lostValueMinor)});
    }
    out.blocks.append(rivals);

    // ---- The environment ----
    QList<EnvironmentFactor> factors;
    for (const EnvironmentFactor &f : market.factors()) {
        if (!f.notedOn.isValid() || f.notedOn <= c.period.end()) {
            factors.append(f);
        }
    }
    std::stable_sort(factors.begin(), factors.end(), [](const auto &a, const auto &b) {
        return std::abs(a.impact) * a.likelihood > std::abs(b.impact) * b.likelihood;
    });
    ReportTable environment;
    environment.title = tr("The weightiest environment factors");
    environment.columns = {{tr("Factor"), CellKind::Text},
                           {tr("Kind"), CellKind::Text},
                           {tr("Impact"), CellKind::Score},
                           {tr("Likelihood"), CellKind::Percent},
                           {tr("Horizon"), CellKind::Text}};
    environment.emptyText = tr("No environment factor is noted.");
    for (const EnvironmentFactor &f : factors.mid(0, kShownFactors)) {
        environment.rows.append({c.text(f.title), c.text(MarketText::name(f.kind)),
                                 c.score(f.impact, 0), c.percent(f.likelihood / 100.0),
                                 c.text(MarketText::name(f.horizon))});
    }
    out.blocks.append(environment);

    // ---- The revenue forecast, as seen at the quarter's end ----
    const QDate anchor = std::min(c.asOf, c.period.end());
    forecast::BookForecastRequest request;
    request.by = Period::Kind::Quarter;
    request.asOf = anchor;
    request.options.horizon = kForecastQuarters;
    auto expected = forecast::forecastBook(c.book.kpi(), c.book.targets(), request);
    if (!expected) {
        if (expected.error().kind != Error::Kind::Data) {
            return expected.error();
        }
        out.blocks.append(ReportParagraph {expected.error().message});
        return {};
    }
    const forecast::Forecast &f = expected->forecast;
    QString model = tr("Revenue forecast by quarter from the history to %1: %2.")
                            .arg(c.date(anchor).text, f.model);
    if (f.backtest.mase) {
        model += u" "_s
                 + tr("On its own last quarters it erred by a MASE of %1 (seasonal naive %2; "
                      "below 1 beats it).")
                           .arg(c.locale.toString(*f.backtest.mase, 'f', 2),
                                c.locale.toString(*f.backtest.snaiveMase, 'f', 2));
    }
    out.blocks.append(ReportParagraph {model});
    ReportTable ahead;
    ahead.columns = {{tr("Quarter"), CellKind::Text},   {tr("Forecast"), CellKind::Money},
                     {tr("80 % low"), CellKind::Money}, {tr("80 % high"), CellKind::Money},
                     {tr("Target"), CellKind::Money},   {tr("Gap"), CellKind::Money}};
    std::optional<double> nextDemand; // minor units
    for (qsizetype h = 0; h < f.points.size(); ++h) {
        // From the quarter after the one reported on (or that one, while it runs).
        const Period p = forecast::nextPeriod(expected->running, int(h));
        // Whole units of the currency: a forecast has no cents to speak of.
        const qint64 unit = currency::minorPerMajor(c.currency);
        const auto minor = [unit](double v) {
            return qint64(std::llround(v / double(unit))) * unit;
        };
        const forecast::ForecastTarget target = expected->targets.value(h);
        if (!nextDemand) {
            nextDemand = f.points[h].point;
        }
        ahead.rows.append({c.text(c.periodName(p)), c.money(minor(f.points[h].point)),
                           c.money(minor(f.points[h].lo80)), c.money(minor(f.points[h].hi80)),
                           c.money(target.targetMinor),
                           c.money(target.targetMinor ? std::optional<qint64>(
                                           minor(f.points[h].point) - *target.targetMinor)
                                                      : std::nullopt)});
    }
    out.blocks.append(ahead);
    if (const auto capacity
        = forecast::supplyCapacity(*expected, TargetScope(), c.book.team(), anchor);
        capacity && nextDemand) {
        QString text = tr("Capacity: a rep on staff turned out %1 a quarter over the last %n "
                          "quarter(s); the %2 on staff can turn out about %3 a quarter.",
                          nullptr, capacity->periods)
                               .arg(c.moneyText(std::llround(capacity->perRep)),
                                    c.locale.toString(capacity->repsNow),
                                    c.moneyText(std::llround(capacity->capacity)));
        if (const auto load = capacity->load(*nextDemand)) {
            text += u" "_s
                    + tr("The forecast of the next quarter asks %1 of that.")
                              .arg(c.percentText(*load));
        }
        out.blocks.append(ReportParagraph {text});
    }
    return {};
}

} // namespace salesdesk
