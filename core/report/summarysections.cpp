// The quarterly report's overview: the executive summary, the figures beside the periods
// compared, and the targets.
#include "core/book/book.h"
#include "core/report/reportsections.h"
#include "core/targets/targetservice.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

// "up 12 %", "down 5 %", "unchanged": how a figure moved from `before`.
QString movement(const ReportContext &c, double now, double before)
{
    if (before == 0) {
        return {};
    }
    const double change = (now - before) / std::abs(before);
    if (std::abs(change) < 0.0005) {
        return SummarySection::tr("unchanged");
    }
    return (change > 0 ? SummarySection::tr("up %1") : SummarySection::tr("down %1"))
            .arg(c.percentText(std::abs(change)));
}

std::optional<double> asDouble(std::optional<qint64> v)
{
    return v ? std::optional<double>(double(*v)) : std::nullopt;
}

} // namespace

// Revenue by month against the target, with the cumulative line: the main chart of a quarter.
ReportChart revenueByMonthChart(const ReportContext &c)
{
    ReportChart chart;
    chart.title = KpiSection::tr("Revenue by month against target");
    ReportSeries revenue {KpiSection::tr("Revenue"), {}, CellKind::Money, false, false};
    ReportSeries target {KpiSection::tr("Target"), {}, CellKind::Money, true, false};
    ReportSeries cumulative {
            KpiSection::tr("Cumulative revenue"), {}, CellKind::Money, true, false};
    qint64 sum = 0;
    bool anyTarget = false;
    for (const KpiMonth &m : c.parts.months) {
        chart.categories.append(c.locale.toString(m.month.start(), u"MMM"_s));
        revenue.values.append(c.major(m.revenueMinor));
        target.values.append(m.targetMinor ? c.major(*m.targetMinor) : 0);
        anyTarget = anyTarget || m.targetMinor.has_value();
        sum += m.revenueMinor;
        cumulative.values.append(c.major(sum));
    }
    chart.series = {revenue};
    if (anyTarget) {
        chart.series.append(target);
    }
    chart.series.append(cumulative);
    return chart;
}

// ---- Executive summary ----------------------------------------------------------------------

QString SummarySection::title() const
{
    return tr("Executive summary");
}

Status SummarySection::build(const ReportContext &c, ReportSectionContent &out) const
{
    const KpiFigures &k = c.now.kpis;
    const KpiFigures &p = c.before.kpis;
    const KpiFigures &y = c.yearAgo.kpis;

    QString revenue = tr("Revenue was %1").arg(c.moneyText(k.revenueMinor));
    if (k.targetMinor && k.attainment) {
        revenue += tr(", %1 of the %2 target")
                           .arg(c.percentText(*k.attainment), c.moneyText(*k.targetMinor));
    }
    if (const QString m = movement(c, double(k.revenueMinor), double(p.revenueMinor));
        !m.isEmpty()) {
        revenue += tr(", %1 on the previous quarter").arg(m);
    }
    if (const QString m = movement(c, double(k.revenueMinor), double(y.revenueMinor));
        !m.isEmpty()) {
        revenue += tr(" and %1 on %2").arg(m, c.periodName(c.lastYear));
    }
    revenue += tr(".", "the end of a sentence");
    out.blocks.append(ReportParagraph {revenue});

    if (k.wonDeals + k.lostDeals == 0) {
        out.blocks.append(ReportParagraph {tr("No deal was won or lost in the quarter.")});
    } else {
        QString deals = tr("%n deal(s) won and %1 lost, a win rate of %2", nullptr, k.wonDeals)
                                .arg(c.locale.toString(k.lostDeals),
                                     c.percentText(k.winRate.value_or(0)));
        if (k.avgDealMinor && k.avgCycleDays) {
            deals += tr("; the average deal was %1 and took %2 days from creation to close")
                             .arg(c.moneyText(*k.avgDealMinor),
                                  c.locale.toString(*k.avgCycleDays, 'f', 1));
        }
        deals += tr(".", "the end of a sentence");
        out.blocks.append(ReportParagraph {deals});
    }

    const FunnelReport &f = c.funnel;
    if (f.bottleneck >= 0 && f.bottleneck < f.stages.size()) {
        const FunnelStage &s = f.stages.at(f.bottleneck);
        const QString next = f.bottleneck + 1 < f.stages.size()
                                     ? f.stages.at(f.bottleneck + 1).name
                                     : tr("Won", "the end of the funnel");
        out.blocks.append(ReportParagraph {
                tr("The bottleneck is %1 → %2: %3 of the deals went on, after %4 days in the "
                   "stage on average.")
                        .arg(s.name, next, c.percentText(s.conversion),
                             c.locale.toString(s.avgDays, 'f', 1))});
    }

    out.blocks.append(ReportParagraph {
            tr("At the quarter's end %n deal(s) were open, worth %1 (%2 weighted by the "
               "probability of their stage).",
               nullptr, int(c.parts.open.size()))
                    .arg(c.moneyText(k.pipelineOpenMinor), c.moneyText(k.pipelineWeightedMinor))});

    out.blocks.append(
            ReportParagraph {tr("%n customer(s) bought for the first time; %1 deals were opened.",
                                nullptr, k.newCustomers)
                                     .arg(c.locale.toString(k.newDeals))});

    if (k.csat) {
        QString satisfaction
                = tr("Customer satisfaction averaged %1 of 5").arg(c.score(k.csat, 2).text);
        if (k.nps) {
            satisfaction += tr(", with a net promoter score of %1").arg(c.score(k.nps, 0).text);
        }
        satisfaction += tr(".", "the end of a sentence");
        out.blocks.append(ReportParagraph {satisfaction});
    }
    if (k.overdueActivities > 0) {
        out.blocks.append(ReportParagraph {tr("%n activity(ies) were overdue at the quarter's end.",
                                              nullptr, k.overdueActivities)});
    }
    out.blocks.append(revenueByMonthChart(c));
    return {};
}

// ---- Key figures ----------------------------------------------------------------------------

QString KpiSection::title() const
{
    return tr("Key figures");
}

Status KpiSection::build(const ReportContext &c, ReportSectionContent &out) const
{
    ReportTable t;
    t.columns = {{tr("Figure"), CellKind::Text},
                 {c.periodName(c.period), CellKind::Text},
                 {c.periodName(c.previous), CellKind::Text},
                 {tr("Change"), CellKind::Percent},
                 {c.periodName(c.lastYear), CellKind::Text},
                 {tr("Change"), CellKind::Percent}};
    using Get = std::function<ReportCell(const KpiFigures &)>;
    using Value = std::function<std::optional<double>(const KpiFigures &)>;
    const auto row = [&](const QString &name, const Get &cell, const Value &value) {
        t.rows.append({c.text(name), cell(c.now.kpis), cell(c.before.kpis),
                       c.change(value(c.now.kpis), value(c.before.kpis)), cell(c.yearAgo.kpis),
                       c.change(value(c.now.kpis), value(c.yearAgo.kpis))});
    };
    const auto money = [&](qint64 KpiFigures::*field) {
        return std::pair {Get([&c, field](const KpiFigures &k) { return c.money(k.*field); }),
                          Value([field](const KpiFigures &k) {
                              return std::optional<double>(double(k.*field));
                          })};
    };
    const auto count = [&](int KpiFigures::*field) {
        return std::pair {Get([&c, field](const KpiFigures &k) { return c.count(k.*field); }),
                          Value([field](const KpiFigures &k) {
                              return std::optional<double>(double(k.*field));
                          })};
    };
    const auto add = [&](const QString &name, const auto &pair) {
        row(name, pair.first, pair.second);
    };
    add(tr("Revenue"), money(&KpiFigures::revenueMinor));
    row(
            tr("Revenue target"), [&c](const KpiFigures &k) { return c.money(k.targetMinor); },
            [](const KpiFigures &k) { return asDouble(k.targetMinor); });
    row(
            tr("Attainment"), [&c](const KpiFigures &k) { return c.percent(k.attainment); },
            [](const KpiFigures &k) { return k.attainment; });
    add(tr("Deals won"), count(&KpiFigures::wonDeals));
    add(tr("Deals lost"), count(&KpiFigures::lostDeals));
    row(
            tr("Win rate"), [&c](const KpiFigures &k) { return c.percent(k.winRate); },
            [](const KpiFigures &k) { return k.winRate; });
    row(
            tr("Average deal"), [&c](const KpiFigures &k) { return c.money(k.avgDealMinor); },
            [](const KpiFigures &k) { return asDouble(k.avgDealMinor); });
    row(
            tr("Sales cycle (days)"), [&c](const KpiFigures &k) { return c.days(k.avgCycleDays); },
            [](const KpiFigures &k) { return k.avgCycleDays; });
    add(tr("New deals"), count(&KpiFigures::newDeals));
    add(tr("New customers"), count(&KpiFigures::newCustomers));
    add(tr("Open pipeline"), money(&KpiFigures::pipelineOpenMinor));
    add(tr("Weighted pipeline"), money(&KpiFigures::pipelineWeightedMinor));
    add(tr("Activities done"), count(&KpiFigures::activitiesDone));
    add(tr("Overdue activities"), count(&KpiFigures::overdueActivities));
    row(
            tr("Customer satisfaction (1–5)"),
            [&c](const KpiFigures &k) { return c.score(k.csat, 2); },
            [](const KpiFigures &k) { return k.csat; });
    row(
            tr("Net promoter score"), [&c](const KpiFigures &k) { return c.score(k.nps, 0); },
            [](const KpiFigures &k) { return k.nps; });
    out.blocks.append(t);

    ReportChart wonLost;
    wonLost.title = tr("Deals won and lost by month");
    ReportSeries won {tr("Won"), {}, CellKind::Count, false, false};
    ReportSeries lost {tr("Lost"), {}, CellKind::Count, false, false};
    for (const KpiMonth &m : c.parts.months) {
        wonLost.categories.append(c.locale.toString(m.month.start(), u"MMM"_s));
        won.values.append(m.won);
        lost.values.append(m.lost);
    }
    wonLost.series = {won, lost};
    out.blocks.append(wonLost);
    return {};
}

// ---- Targets --------------------------------------------------------------------------------

QString TargetsSection::title() const
{
    return tr("Sales targets");
}

Status TargetsSection::build(const ReportContext &c, ReportSectionContent &out) const
{
    TargetService &targets = c.book.targets();
    auto all = targets.targets();
    if (!all) {
        return all.error();
    }
    ReportTable t;
    t.columns = {{tr("Target"), CellKind::Text},  {tr("Period"), CellKind::Text},
                 {tr("Scope"), CellKind::Text},   {tr("Goal"), CellKind::Count},
                 {tr("Actual"), CellKind::Count}, {tr("Attainment"), CellKind::Percent},
                 {tr("Status"), CellKind::Text}};
    t.emptyText = tr("No target was set for this quarter.");
    // Goal and actual are figures (money or a count): they keep their width and align right.
    // The quarter's own targets, each followed by its parts inside the quarter; their progress
    // read in one go.
    QList<Target> listed;
    QList<bool> isPart;
    QSet<qint64> shown;
    for (const Target &target : std::as_const(*all)) {
        if (target.period != c.period) {
            continue;
        }
        listed.append(target);
        isPart.append(false);
        shown.insert(target.id);
        for (const Target &child : std::as_const(*all)) {
            if (child.parentId == target.id && c.period.contains(child.startsOn)
                && !shown.contains(child.id)) {
                listed.append(child);
                isPart.append(true);
                shown.insert(child.id);
            }
        }
    }
    auto progress = targets.progressOf(listed, *all, c.now.to);
    if (!progress) {
        return progress.error();
    }
    for (qsizetype i = 0; i < listed.size(); ++i) {
        const Target &target = listed[i];
        const bool part = isPart[i];
        const TargetProgress *p = &progress->at(i);
        const QString name = part ? u"    "_s + target.name : target.name;
        const bool money = TargetText::isMoney(target.metric);
        const auto value = [&](qint64 v) {
            return money ? c.money(v)
                         : ReportCell {CellKind::Count,
                                       targets.formatValue(target.metric, v, c.locale),
                                       double(v),
                                       {},
                                       false};
        };
        t.rows.append({c.text(name), c.text(c.periodName(target.period)),
                       c.text(targets.scopeLabel(target.scope)), value(p->target), value(p->actual),
                       c.percent(p->target > 0 ? std::optional(p->attainment) : std::nullopt),
                       c.text(TargetText::name(p->status))});
    }
    out.blocks.append(t);

    // The burn-up of the company's revenue target: revenue added up week by week against the
    // straight line to the goal.
    const KpiFigures &k = c.now.kpis;
    if (!k.targetMinor) {
        return {};
    }
    ReportChart chart;
    chart.title = tr("Revenue burn-up");
    ReportSeries actual {tr("Revenue to date"), {}, CellKind::Money, true, false};
    ReportSeries pace {tr("Even pace to the target"), {}, CellKind::Money, true, false};
    const QDate start = c.period.start();
    const int days = c.period.days();
    for (QDate day = start.addDays(6);; day = day.addDays(7)) {
        const QDate point = std::min(day, c.period.end());
        qint64 sum = 0;
        for (const KpiDeal &d : c.parts.closed) {
            if (d.won && d.closedOn <= point) {
                sum += d.homeMinor;
            }
        }
        chart.categories.append(c.locale.toString(point, u"d MMM"_s));
        actual.values.append(point <= c.now.to ? c.major(sum) : 0);
        pace.values.append(c.major(*k.targetMinor) * double(start.daysTo(point) + 1)
                           / double(days));
        if (point == c.period.end()) {
            break;
        }
    }
    chart.series = {actual, pace};
    out.blocks.append(chart);
    return {};
}

} // namespace salesdesk
