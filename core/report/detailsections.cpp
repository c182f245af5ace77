// The quarterly report's detail: the sales process, customers, reps and the outlook.
#include "core/book/book.h"
#include "core/customers/customerservice.h"
#include "core/customers/feedback.h"
#include "core/customers/segmentservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/report/reportsections.h"
#include "core/team/commissionservice.h"
#include "core/team/teamservice.h"
#include "core/team/training.h"

#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

constexpr int biggest = 5; // wins, losses
constexpr int longList = 10; // customers, deals

// The deals with the highest values, most first.
QList<KpiDeal> topDeals(const QList<KpiDeal> &deals, bool won, int n)
{
    QList<KpiDeal> list;
    for (const KpiDeal &d : deals) {
        if (d.won == won) {
            list.append(d);
        }
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const KpiDeal &a, const KpiDeal &b) { return a.homeMinor > b.homeMinor; });
    return list.mid(0, n);
}

} // namespace

// ---- Sales process --------------------------------------------------------------------------

QString PipelineSection::title() const
{
    return tr("Sales process");
}

Status PipelineSection::build(const ReportContext &c, ReportSectionContent &out) const
{
    const FunnelReport &f = c.funnel;
    out.blocks.append(ReportHeading {tr("Funnel")});
    ReportTable funnel;
    funnel.columns = {{tr("Stage"), CellKind::Text},
                      {tr("Deals reaching it"), CellKind::Count},
                      {tr("Went on"), CellKind::Count},
                      {tr("Conversion"), CellKind::Percent},
                      {tr("Days in stage"), CellKind::Days}};
    funnel.emptyText = tr("No deal moved through the funnel in this quarter.");
    ReportChart chart;
    chart.kind = ReportChart::Kind::Bars;
    chart.title = tr("Funnel");
    ReportSeries reached {tr("Deals reaching the stage"), {}, CellKind::Count, false, false};
    for (const FunnelStage &s : f.stages) {
        funnel.rows.append(
                {c.text(s.name), c.count(s.entered), c.count(s.advanced),
                 c.percent(s.entered > 0 ? std::optional(s.conversion) : std::nullopt),
                 c.days(s.completedStays > 0 ? std::optional(s.avgDays) : std::nullopt)});
        chart.categories.append(s.name);
        reached.values.append(s.entered);
    }
    chart.series = {reached};
    out.blocks.append(funnel);
    if (!chart.isEmpty()) {
        out.blocks.append(chart);
    }
    if (f.bottleneck >= 0 && f.bottleneck < f.stages.size()) {
        const FunnelStage &s = f.stages.at(f.bottleneck);
        out.blocks.append(ReportParagraph {
                tr("Bottleneck: %1, where %2 of the deals went on (the lowest conversion).")
                        .arg(s.name, c.percentText(s.conversion))});
    }

    out.blocks.append(ReportHeading {tr("Pipeline by stage at the quarter's end")});
    ReportTable stages;
    stages.columns = {{tr("Stage"), CellKind::Text},
                      {tr("Deals"), CellKind::Count},
                      {tr("Value"), CellKind::Money},
                      {tr("Weighted"), CellKind::Money}};
    stages.emptyText = tr("No deal was open at the quarter's end.");
    ReportChart byStage;
    byStage.kind = ReportChart::Kind::Bars;
    byStage.title = tr("Pipeline by stage");
    ReportSeries value {tr("Value"), {}, CellKind::Money, false, false};
    ReportSeries weighted {tr("Weighted"), {}, CellKind::Money, false, false};
    int deals = 0;
    for (const KpiShare &s : c.parts.pipelineByStage) {
        stages.rows.append({c.text(c.stageName(s.id)), c.count(s.count), c.money(s.minor),
                            c.money(s.weightedMinor)});
        byStage.categories.append(c.stageName(s.id));
        value.values.append(c.major(s.minor));
        weighted.values.append(c.major(s.weightedMinor));
        deals += s.count;
    }
    if (!stages.rows.isEmpty()) {
        stages.rows.append({c.text(tr("Total")), c.count(deals),
                            c.money(c.now.kpis.pipelineOpenMinor),
                            c.money(c.now.kpis.pipelineWeightedMinor)});
        stages.lastRowIsTotal = true;
    }
    byStage.series = {value, weighted};
    out.blocks.append(stages);
    if (!byStage.isEmpty()) {
        out.blocks.append(byStage);
    }

    for (bool won : {true, false}) {
        out.blocks.append(ReportHeading {won ? tr("Biggest wins") : tr("Biggest losses")});
        ReportTable t;
        t.columns = {{tr("Deal"), CellKind::Text},
                     {tr("Customer"), CellKind::Text},
                     {tr("Owner"), CellKind::Text},
                     {tr("Value"), CellKind::Money},
                     {tr("Closed"), CellKind::Date}};
        if (!won) {
            t.columns.append({tr("Reason"), CellKind::Text});
        }
        t.emptyText = won ? tr("No deal was won in this quarter.")
                          : tr("No deal was lost in this quarter.");
        for (const KpiDeal &d : topDeals(c.parts.closed, won, biggest)) {
            QList<ReportCell> row {c.text(d.title), c.text(c.customerName(d.customerId)),
                                   c.text(c.repName(d.ownerId)), c.money(d.homeMinor),
                                   c.date(d.closedOn)};
            if (!won) {
                row.append(c.text(c.lostReasonName(d.lostReasonId)));
            }
            t.rows.append(row);
        }
        out.blocks.append(t);
    }

    // Lost reasons, most first, with the running share: the few reasons behind most losses.
    out.blocks.append(ReportHeading {tr("Lost reasons")});
    ReportTable reasons;
    reasons.columns = {{tr("Reason"), CellKind::Text},
                       {tr("Deals"), CellKind::Count},
                       {tr("Value"), CellKind::Money},
                       {tr("Share"), CellKind::Percent},
                       {tr("Cumulative share"), CellKind::Percent}};
    reasons.emptyText = tr("No deal was lost in this quarter.");
    ReportChart pareto;
    pareto.title = tr("Lost reasons (Pareto)");
    ReportSeries counts {tr("Deals lost"), {}, CellKind::Count, false, false};
    ReportSeries share {tr("Cumulative share"), {}, CellKind::Percent, true, true};
    const int lost = c.now.kpis.lostDeals;
    int running = 0;
    for (const KpiShare &r : c.parts.lostReasons) {
        running += r.count;
        const double part = lost > 0 ? double(r.count) / lost : 0;
        const double cumulative = lost > 0 ? double(running) / lost : 0;
        reasons.rows.append({c.text(c.lostReasonName(r.id)), c.count(r.count), c.money(r.minor),
                             c.percent(part), c.percent(cumulative)});
        pareto.categories.append(c.lostReasonName(r.id));
        counts.values.append(r.count);
        share.values.append(cumulative);
    }
    pareto.series = {counts, share};
    out.blocks.append(reasons);
    if (!pareto.isEmpty()) {
        out.blocks.append(pareto);
    }
    return {};
}

// ---- Customers ------------------------------------------------------------------------------

QString CustomersSection::title() const
{
    return tr("Customer relationships");
}

Status CustomersSection::build(const ReportContext &c, ReportSectionContent &out) const
{
    SegmentService &segments = c.book.segments();
    auto atStart = segments.segmentsOn(c.period.start().addDays(-1));
    if (!atStart) {
        return atStart.error();
    }
    auto atEnd = segments.segmentsOn(c.now.to);
    if (!atEnd) {
        return atEnd.error();
    }
    // Archived customers are left out: their ids, rather than each customer read to ask.
    auto archived = c.book.customers().archivedIds();
    if (!archived) {
        return archived.error();
    }
    const QList<Segment> order {Segment::HighValue, Segment::Potential, Segment::General};
    QHash<int, int> counts;
    QHash<int, qint64> values;
    for (const CustomerSegment &s : std::as_const(*atEnd)) {
        if (archived->contains(s.customerId)) {
            continue;
        }
        counts[int(s.segment)] += 1;
        values[int(s.segment)] += s.monetary;
    }
    out.blocks.append(ReportHeading {tr("Segments at the quarter's end")});
    ReportTable table;
    table.columns = {{tr("Segment"), CellKind::Text},
                     {tr("Customers"), CellKind::Count},
                     {tr("Bought in the look-back window"), CellKind::Money}};
    ReportChart chart;
    chart.kind = ReportChart::Kind::Bars;
    chart.title = tr("Customers by segment");
    ReportSeries customers {tr("Customers"), {}, CellKind::Count, false, false};
    for (Segment s : order) {
        table.rows.append({c.text(SegmentText::name(s)), c.count(counts.value(int(s))),
                           c.money(values.value(int(s)))});
        chart.categories.append(SegmentText::name(s));
        customers.values.append(counts.value(int(s)));
    }
    chart.series = {customers};
    out.blocks.append(table);
    if (!chart.isEmpty()) {
        out.blocks.append(chart);
    }

    // Moves: the segment on the day before the quarter against the one on its last day.
    QHash<qint64, Segment> before;
    for (const CustomerSegment &s : std::as_const(*atStart)) {
        before.insert(s.customerId, s.segment);
    }
    QHash<std::pair<int, int>, int> moves;
    for (const CustomerSegment &s : std::as_const(*atEnd)) {
        const auto was = before.constFind(s.customerId);
        if (was != before.cend() && *was != s.segment) {
            moves[{int(*was), int(s.segment)}] += 1;
        }
    }
    out.blocks.append(ReportHeading {tr("Moves between segments in the quarter")});
    ReportTable moved;
    moved.columns = {{tr("From"), CellKind::Text},
                     {tr("To"), CellKind::Text},
                     {tr("Customers"), CellKind::Count}};
    moved.emptyText = tr("No customer changed segment in this quarter.");
    for (Segment from : order) {
        for (Segment to : order) {
            if (const int n = moves.value({int(from), int(to)}); n > 0) {
                moved.rows.append({c.text(SegmentText::name(from)), c.text(SegmentText::name(to)),
                                   c.count(n)});
            }
        }
    }
    out.blocks.append(moved);

    out.blocks.append(ReportHeading {tr("Top customers")});
    ReportTable top;
    top.columns = {{tr("Customer"), CellKind::Text},
                   {tr("Deals won"), CellKind::Count},
                   {tr("Revenue"), CellKind::Money},
                   {tr("Share of revenue"), CellKind::Percent}};
    top.emptyText = tr("No deal was won in this quarter.");
    const qint64 revenue = c.now.kpis.revenueMinor;
    for (const KpiShare &s : c.parts.revenueByCustomer.mid(0, longList)) {
        top.rows.append({c.text(c.customerName(s.id)), c.count(s.count), c.money(s.minor),
                         c.percent(revenue > 0 ? std::optional(double(s.minor) / double(revenue))
                                               : std::nullopt)});
    }
    out.blocks.append(top);

    // New customers: their first won deal closed in the quarter (the KPI's own count).
    auto newOnes = c.book.kpi().newCustomers(c.period, {}, c.asOf);
    if (!newOnes) {
        return newOnes.error();
    }
    QHash<qint64, qint64> quarterRevenue;
    for (const KpiShare &s : c.parts.revenueByCustomer) {
        quarterRevenue.insert(s.id, s.minor);
    }
    out.blocks.append(ReportHeading {tr("New customers")});
    ReportTable fresh;
    fresh.columns = {{tr("Customer"), CellKind::Text},
                     {tr("First purchase"), CellKind::Date},
                     {tr("Revenue in the quarter"), CellKind::Money}};
    fresh.emptyText = tr("No customer bought for the first time in this quarter.");
    for (const auto &[customer, day] : std::as_const(*newOnes)) {
        fresh.rows.append({c.text(c.customerName(customer)), c.date(day),
                           c.money(quarterRevenue.value(customer))});
    }
    out.blocks.append(fresh);

    out.blocks.append(ReportHeading {tr("Customers at risk")});
    ReportTable risk;
    risk.columns = {{tr("Customer"), CellKind::Text},
                    {tr("Days since the last purchase"), CellKind::Count},
                    {tr("Bought in the look-back window"), CellKind::Money}};
    risk.emptyText = tr("No high-value customer has gone quiet.");
    for (const CustomerSegment &s : std::as_const(*atEnd)) {
        if (s.atRisk && !archived->contains(s.customerId)) {
            risk.rows.append({c.text(c.customerName(s.customerId)), c.count(s.recencyDays),
                              c.money(s.monetary)});
        }
    }
    out.blocks.append(risk);

    // Satisfaction by month over the quarter and the one before: the trend.
    const QDate first = c.previous.start();
    auto feedback = c.book.feedback().feedback(first, c.now.to);
    if (!feedback) {
        return feedback.error();
    }
    out.blocks.append(ReportHeading {tr("Customer satisfaction by month")});
    ReportTable trend;
    trend.columns = {{tr("Month"), CellKind::Text},
                     {tr("Answers"), CellKind::Count},
                     {tr("Satisfaction (1–5)"), CellKind::Score},
                     {tr("Net promoter score"), CellKind::Score}};
    ReportChart csat;
    csat.title = tr("Customer satisfaction by month");
    ReportSeries score {tr("Satisfaction (1–5)"), {}, CellKind::Score, true, false};
    const int months = int(c.previous.children(Period::Kind::Month).size() + c.parts.months.size());
    for (const MonthlySatisfaction &m : satisfactionByMonth(*feedback, first, months)) {
        const Satisfaction &s = m.satisfaction;
        const QString month = c.locale.toString(m.month, u"MMM yyyy"_s);
        trend.rows.append({c.text(month), c.count(s.entries),
                           c.score(s.entries > 0 ? std::optional(s.csat) : std::nullopt, 2),
                           c.score(s.npsEntries > 0 ? std::optional(s.nps) : std::nullopt, 0)});
        csat.categories.append(month);
        score.values.append(s.entries > 0 ? s.csat : std::nan("")); // a gap, not a zero
    }
    csat.series = {score};
    out.blocks.append(trend);
    if (!csat.isEmpty()) {
        out.blocks.append(csat);
    }

    auto due = segments.followUps(c.now.to);
    if (!due) {
        return due.error();
    }
    out.blocks.append(ReportHeading {tr("Overdue follow-ups at the quarter's end")});
    ReportTable overdue;
    overdue.columns = {{tr("Customer"), CellKind::Text},
                       {tr("Segment"), CellKind::Text},
                       {tr("Due"), CellKind::Date},
                       {tr("Days overdue"), CellKind::Count}};
    overdue.emptyText = tr("Every customer was contacted on time.");
    QList<FollowUp> late;
    for (const FollowUp &u : std::as_const(*due)) {
        if (u.overdueDays > 0 && !archived->contains(u.customerId)) {
            late.append(u);
        }
    }
    if (late.size() > longList) {
        out.blocks.append(ReportParagraph {
                tr("%n customer(s) were overdue for a contact; the longest overdue:", nullptr,
                   int(late.size()))});
    }
    std::stable_sort(late.begin(), late.end(), [](const FollowUp &a, const FollowUp &b) {
        return a.overdueDays > b.overdueDays;
    });
    for (const FollowUp &u : late.mid(0, longList)) {
        overdue.rows.append({c.text(c.customerName(u.customerId)),
                             c.text(SegmentText::name(u.segment)), c.date(u.due),
                             c.count(u.overdueDays)});
    }
    out.blocks.append(overdue);
    return {};
}

// ---- Sales team -----------------------------------------------------------------------------

QString RepsSection::title() const
{
    return tr("Sales team");
}

Status RepsSection::build(const ReportContext &c, ReportSectionContent &out) const
{
    auto reps = c.book.kpi().reps(c.period, c.asOf, c.parts);
    if (!reps) {
        return reps.error();
    }
    ReportTable t;
    t.columns = {{tr("Rep"), CellKind::Text},           {tr("Revenue"), CellKind::Money},
                 {tr("Won"), CellKind::Count},          {tr("Win rate"), CellKind::Percent},
                 {tr("Average deal"), CellKind::Money}, {tr("Activities"), CellKind::Count},
                 {tr("Target"), CellKind::Money},       {tr("Attainment"), CellKind::Percent}};
    t.emptyText = tr("No rep closed a deal or did an activity in this quarter.");
    ReportChart chart;
    chart.kind = ReportChart::Kind::Bars;
    chart.title = tr("Revenue by rep");
    ReportSeries revenue {tr("Revenue"), {}, CellKind::Money, false, false};
    for (const RepFigures &r : std::as_const(*reps)) {
        t.rows.append({c.text(c.repName(r.repId)), c.money(r.revenueMinor), c.count(r.wonDeals),
                       c.percent(r.winRate), c.money(r.avgDealMinor), c.count(r.activitiesDone),
                       c.money(r.targetMinor), c.percent(r.attainment)});
        chart.categories.append(c.repName(r.repId));
        revenue.values.append(c.major(r.revenueMinor));
    }
    chart.series = {revenue};
    out.blocks.append(t);
    if (!chart.isEmpty()) {
        out.blocks.append(chart);
    }
    return {};
}

// ---- Incentives and training ------------------------------------------------------------------

QString IncentivesSection::title() const
{
    return tr("Incentives and training");
}

Status IncentivesSection::build(const ReportContext &c, ReportSectionContent &out) const
{
    auto statements = c.book.commission().statements(c.period, 0, c.asOf);
    if (!statements) {
        return statements.error();
    }
    ReportTable t;
    t.title = tr("Commission statements");
    t.columns = {{tr("Rep"), CellKind::Text},
                 {tr("Plan"), CellKind::Text},
                 {tr("Quota"), CellKind::Money},
                 {tr("Credited"), CellKind::Money},
                 {tr("Attainment"), CellKind::Percent},
                 {tr("Commission"), CellKind::Money},
                 {tr("SPIFFs and bonus"), CellKind::Money},
                 {tr("Cap"), CellKind::Money},
                 {tr("Clawback"), CellKind::Money},
                 {tr("Payout"), CellKind::Money},
                 {tr("Status"), CellKind::Text}};
    t.emptyText = tr("No rep is on an incentive plan.");
    qint64 credited = 0, commission = 0, extras = 0, cap = 0, clawback = 0, payout = 0;
    for (const CommissionStatement &s : std::as_const(*statements)) {
        t.rows.append({c.text(c.repName(s.repId)), c.text(s.planName), c.money(s.quotaMinor),
                       c.money(s.creditedMinor), c.percent(s.attainment),
                       c.money(s.commissionMinor), c.money(s.extrasMinor), c.money(s.capMinor),
                       c.money(-s.clawbackMinor), c.money(s.payoutMinor),
                       c.text(s.settled ? tr("settled") : tr("preview"))});
        credited += s.creditedMinor;
        commission += s.commissionMinor;
        extras += s.extrasMinor;
        cap += s.capMinor;
        clawback += s.clawbackMinor;
        payout += s.payoutMinor;
    }
    if (!t.rows.isEmpty()) {
        t.rows.append({c.text(tr("Total")), c.text({}), c.text({}), c.money(credited), c.text({}),
                       c.money(commission), c.money(extras), c.money(cap), c.money(-clawback),
                       c.money(payout), c.text({})});
        t.lastRowIsTotal = true;
    }
    out.blocks.append(t);

    ReportTable training;
    training.title = tr("Training");
    training.columns = {{tr("Program"), CellKind::Text}, {tr("From"), CellKind::Date},
                        {tr("To"), CellKind::Date},      {tr("Attended"), CellKind::Count},
                        {tr("Hours"), CellKind::Score},  {tr("Cost"), CellKind::Money}};
    training.emptyText = tr("No training program ran in this quarter.");
    for (const TrainingProgram &p : c.book.training().programs()) {
        if (p.endsOn < c.period.start() || p.startsOn > c.period.end()) {
            continue;
        }
        int attended = 0;
        for (const auto &person : p.participants) {
            attended += person.attended ? 1 : 0;
        }
        training.rows.append({c.text(p.displayTitle()), c.date(p.startsOn), c.date(p.endsOn),
                              c.count(attended), c.score(p.hours, 1), c.money(p.costMinor)});
    }
    out.blocks.append(training);
    return {};
}

// ---- Outlook --------------------------------------------------------------------------------

QString OutlookSection::title() const
{
    return tr("Outlook");
}

Status OutlookSection::build(const ReportContext &c, ReportSectionContent &out) const
{
    const Period next = Period::containing(Period::Kind::Quarter, c.period.end().addDays(1),
                                           c.period.startMonth());
    QList<KpiDeal> expected;
    for (const KpiDeal &d : c.parts.open) {
        if (d.expectedClose.isValid() && next.contains(d.expectedClose)) {
            expected.append(d);
        }
    }
    qint64 value = 0, hundredths = 0;
    for (const KpiDeal &d : std::as_const(expected)) {
        value += d.homeMinor;
        hundredths += d.homeMinor * d.percent;
    }
    out.blocks.append(ReportParagraph {
            tr("%n open deal(s) are expected to close in %1, worth %2; weighted by the "
               "probability of their stage, %3.",
               nullptr, int(expected.size()))
                    .arg(c.periodName(next), c.moneyText(value),
                         c.moneyText((hundredths + 50) / 100))});

    ReportTable months;
    months.columns = {{tr("Month"), CellKind::Text},
                      {tr("Deals"), CellKind::Count},
                      {tr("Value"), CellKind::Money},
                      {tr("Weighted"), CellKind::Money}};
    ReportChart chart;
    chart.title = tr("Expected to close, by month");
    ReportSeries all {tr("Value"), {}, CellKind::Money, false, false};
    ReportSeries weighted {tr("Weighted"), {}, CellKind::Money, false, false};
    for (const Period &m : next.children(Period::Kind::Month)) {
        int n = 0;
        qint64 v = 0, h = 0;
        for (const KpiDeal &d : std::as_const(expected)) {
            if (m.contains(d.expectedClose)) {
                ++n;
                v += d.homeMinor;
                h += d.homeMinor * d.percent;
            }
        }
        const QString name = c.periodName(m);
        months.rows.append({c.text(name), c.count(n), c.money(v), c.money((h + 50) / 100)});
        chart.categories.append(name);
        all.values.append(c.major(v));
        weighted.values.append(c.major((h + 50) / 100));
    }
    months.rows.append({c.text(tr("Total")), c.count(expected.size()), c.money(value),
                        c.money((hundredths + 50) / 100)});
    months.lastRowIsTotal = true;
    chart.series = {all, weighted};
    out.blocks.append(months);
    if (!chart.isEmpty()) {
        out.blocks.append(chart);
    }

    out.blocks.append(ReportHeading {tr("Largest deals expected")});
    ReportTable deals;
    deals.columns = {{tr("Deal"), CellKind::Text},   {tr("Customer"), CellKind::Text},
                     {tr("Stage"), CellKind::Text},  {tr("Expected close"), CellKind::Date},
                     {tr("Value"), CellKind::Money}, {tr("Probability"), CellKind::Percent}};
    deals.emptyText = tr("No open deal is expected to close then.");
    std::stable_sort(expected.begin(), expected.end(),
                     [](const KpiDeal &a, const KpiDeal &b) { return a.homeMinor > b.homeMinor; });
    for (const KpiDeal &d : expected.mid(0, longList)) {
        deals.rows.append({c.text(d.title), c.text(c.customerName(d.customerId)),
                           c.text(c.stageName(d.stageId)), c.date(d.expectedClose),
                           c.money(d.homeMinor), c.percent(d.percent / 100.0)});
    }
    out.blocks.append(deals);
    return {};
}

} // namespace salesdesk
