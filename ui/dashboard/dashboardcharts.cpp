// DashboardPage: the charts, drawn from the figures the dashboard's thread computed.
#include "core/book/book.h"
#include "core/common/dates.h"
#include "core/currency/currencyservice.h"
#include "core/customers/segmentation.h"
#include "core/pipeline/pipelineservice.h"
#include "core/team/teamservice.h"
#include "ui/dashboard/dashboardchart.h"
#include "ui/dashboard/dashboardpage.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

using namespace dashboard;

namespace {

const QColor blue(0x1f, 0x5f, 0xa8);
const QColor orange(0xe0, 0x8a, 0x1e);
const QColor green(0x3a, 0x9a, 0x5b);
const QColor red(0xc0, 0x39, 0x2b);
const QColor grey(0x8a, 0x93, 0xa0);
constexpr int topBars = 8; // reps, products

} // namespace

void DashboardPage::showCharts()
{
    const QString home = m_book.currencies().home();
    const QLocale locale;
    const KpiBreakdown &parts = m_data.parts;
    const QString period = periodName(m_data.request.span);

    // Revenue by month against target, with the cumulative line.
    {
        QStringList months;
        DashboardChart::Series revenue {tr("Revenue"), {}, blue, false};
        DashboardChart::Series target {tr("Target"), {}, orange, true};
        DashboardChart::Series cumulative {tr("Cumulative"), {}, green, true};
        // The months still running or ahead: what the statistical forecast expects of each.
        DashboardChart::Series expected {tr("Forecast"), {}, blue.lighter(160), false};
        qint64 sum = 0;
        bool anyTarget = false, any = false, anyForecast = false;
        for (qsizetype i = 0; i < parts.months.size(); ++i) {
            const KpiMonth &m = parts.months[i];
            const std::optional<double> forecast = m_data.monthForecast.value(i);
            expected.values.append(forecast ? major(std::llround(*forecast)) : std::nan(""));
            anyForecast = anyForecast || forecast.has_value();
            months.append(locale.toString(m.month.start(), u"MMM"_s));
            revenue.values.append(major(m.revenueMinor));
            target.values.append(m.targetMinor ? major(*m.targetMinor) : std::nan(""));
            anyTarget = anyTarget || m.targetMinor.has_value();
            any = any || m.revenueMinor > 0;
            sum += m.revenueMinor;
            cumulative.values.append(major(sum));
        }
        const QString title = tr("Revenue by month against target");
        if (!any && !anyTarget) {
            chart(revenueChart)->showEmpty(title, tr("No deals won in %1 yet.").arg(period));
        } else {
            QList<DashboardChart::Series> series {revenue};
            if (anyForecast) {
                series.append(expected);
            }
            if (anyTarget) {
                series.append(target);
            }
            if (months.size() > 1) {
                series.append(cumulative);
            }
            chart(revenueChart)->show(title, months, series, false, home);
        }
    }
    // The funnel of the period.
    {
        QStringList stages;
        DashboardChart::Series reached {tr("Deals reaching the stage"), {}, blue, false};
        int total = 0;
        for (const FunnelStage &s : m_data.funnel.stages) {
            stages.append(s.name);
            reached.values.append(s.entered);
            total += s.entered;
        }
        const QString title = tr("Funnel (whole company)");
        if (total == 0) {
            chart(funnelChart)
                    ->showEmpty(title, tr("No deal moved through the stages in %1.").arg(period));
        } else {
            chart(funnelChart)->show(title, stages, {reached}, true, QString());
        }
    }
    // The open pipeline by stage at the period's end.
    {
        QStringList stages;
        m_stageIds.clear();
        DashboardChart::Series value {tr("Value"), {}, blue, false};
        DashboardChart::Series weighted {tr("Weighted"), {}, orange, false};
        for (const KpiShare &s : parts.pipelineByStage) {
            const Stage *stage = m_book.pipeline().stage(s.id);
            stages.append(stage ? stage->displayName() : QString());
            m_stageIds.append(s.id);
            value.values.append(major(s.minor));
            weighted.values.append(major(s.weightedMinor));
        }
        const QString title = tr("Open pipeline by stage at %1").arg(dateText(m_data.now.to));
        if (stages.isEmpty()) {
            chart(stageChart)->showEmpty(title, tr("No deal was open then."));
        } else {
            chart(stageChart)->show(title, stages, {value, weighted}, true, home);
        }
    }
    // Won and lost by month.
    {
        QStringList months;
        DashboardChart::Series won {tr("Won"), {}, green, false};
        DashboardChart::Series lost {tr("Lost"), {}, red, false};
        int any = 0;
        for (const KpiMonth &m : parts.months) {
            months.append(locale.toString(m.month.start(), u"MMM"_s));
            won.values.append(m.won);
            lost.values.append(m.lost);
            any += m.won + m.lost;
        }
        const QString title = tr("Deals won and lost by month");
        if (any == 0) {
            chart(wonLostChart)
                    ->showEmpty(title, tr("No deal was won or lost in %1 yet.").arg(period));
        } else {
            chart(wonLostChart)->show(title, months, {won, lost}, false, QString());
        }
    }
    // Lost reasons, most first, with the running share (Pareto).
    {
        QStringList reasons;
        m_reasonIds.clear();
        DashboardChart::Series count {tr("Deals lost"), {}, red, false};
        DashboardChart::Series share {tr("Cumulative share"), {}, grey, true};
        int lost = 0;
        for (const KpiShare &s : parts.lostReasons) {
            lost += s.count;
        }
        int running = 0;
        for (const KpiShare &s : parts.lostReasons) {
            reasons.append(KpiText::lostReasonName(m_book.pipeline(), s.id));
            m_reasonIds.append(s.id);
            running += s.count;
            count.values.append(s.count);
            share.values.append(double(running) / double(lost));
        }
        const QString title = tr("Why deals were lost");
        if (reasons.isEmpty()) {
            chart(reasonChart)->showEmpty(title, tr("No deal was lost in %1.").arg(period));
        } else {
            chart(reasonChart)->show(title, reasons, {count, share}, false, QString(), true);
        }
    }
    // Customers by segment at the period's end.
    {
        const QString title = tr("Customers by segment");
        const QList<Segment> order {Segment::HighValue, Segment::Potential, Segment::General};
        QStringList names;
        DashboardChart::Series customers {tr("Customers"), {}, blue, false};
        int total = 0;
        for (qsizetype i = 0; i < order.size(); ++i) {
            names.append(SegmentText::name(order[i]));
            customers.values.append(m_data.segments.value(i));
            total += m_data.segments.value(i);
        }
        if (total == 0) {
            chart(segmentChart)->showEmpty(title, tr("No customers yet."));
        } else {
            chart(segmentChart)->show(title, names, {customers}, false, QString());
        }
    }
    // Top reps and products by revenue.
    for (const bool reps : {true, false}) {
        const QList<KpiShare> &shares = reps ? parts.revenueByRep : parts.revenueByProduct;
        QStringList names;
        DashboardChart::Series revenue {tr("Revenue"), {}, reps ? blue : green, false};
        if (reps) {
            m_repIds.clear();
        } else {
            m_products.clear();
        }
        for (const KpiShare &s : shares.mid(0, topBars)) {
            if (reps) {
                names.append(KpiText::ownerName(m_book.team(), s.id));
                m_repIds.append(s.id);
            } else {
                names.append(KpiText::productName(s.key));
                m_products.append(s.key);
            }
            revenue.values.append(major(s.minor));
        }
        const QString title = reps ? tr("Top reps by revenue") : tr("Revenue by product");
        DashboardChart *c = chart(reps ? repChart : productChart);
        if (names.isEmpty()) {
            c->showEmpty(title, tr("No deals won in %1 yet.").arg(period));
        } else {
            c->show(title, names, {revenue}, true, home);
        }
    }
}

} // namespace salesdesk::ui
