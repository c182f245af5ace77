// The demo company's targets for the year of its --as-of date.
#include "core/book/book.h"
#include "core/demo/demogenerator.h"
#include "core/kpi/kpiservice.h"
#include "core/targets/targetservice.h"
#include "core/team/teamservice.h"

#include <QTimeZone>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

Status DemoGenerator::addTargets(Book &book, const Options &options, Summary &summary)
{
    const QDateTime now = book.clock().nowUtc();
    const QDate asOf = options.asOf;
    const bool zh = options.language == u"zh_CN";
    TargetService &targets = book.targets();
    const QDateTime created = now.addMonths(-11); // when the year's targets were set
    const Period year = Period::year(asOf.year());
    const Period lastYear = year.yearBefore();
    const auto lastYearActual
            = [&](Metric metric, const TargetScope &scope, const Period &period) -> Result<qint64> {
        const Period before = period.yearBefore();
        return targets.measure(metric, scope, before.start(), before.end());
    };
    // Round up to a figure an owner would choose: whole ¥10,000s.
    const auto roundMoney = [](double minor) {
        return qint64(std::ceil(minor / 1'000'000.0)) * 1'000'000;
    };

    auto revenueLastYear = targets.measure(Metric::Revenue, {}, lastYear.start(), lastYear.end());
    if (!revenueLastYear) {
        return revenueLastYear.error();
    }
    Target revenue;
    revenue.name
            = zh ? u"%1 年销售额"_s.arg(year.yearNumber()) : u"Revenue %1"_s.arg(year.yearNumber());
    revenue.metric = Metric::Revenue;
    revenue.period = year;
    // A young or tiny book has little or no revenue last year: the target is then at least what
    // a rep is asked for in a quarter, so there is always something to split and to raise.
    revenue.value = roundMoney(std::max(double(*revenueLastYear) * 1.3, 10'000'000.0));
    revenue.description = zh ? u"在去年基础上增长三成，主要来自华东区域的老客户续约与新客户开发。"_s
                             : u"Grow 30 % on last year, mostly from renewals and new "
                               "customers in East China."_s;
    revenue.objective = zh ? u"拓展华东市场"_s : u"Grow East China region"_s;
    auto revenueId = targets.addTarget(revenue, created);
    if (!revenueId) {
        return revenueId.error();
    }
    auto quarters = targets.planSplit(*revenueId, TargetService::SplitInto::Quarters,
                                      SplitMethod::Seasonal, {}, asOf);
    if (!quarters) {
        return quarters.error();
    }
    auto quarterIds = targets.applySplit(*revenueId, *quarters, created);
    if (!quarterIds) {
        return quarterIds.error();
    }
    summary.targets += 1 + int(quarterIds->size());
    for (qint64 quarterId : std::as_const(*quarterIds)) {
        auto months = targets.planSplit(quarterId, TargetService::SplitInto::Months,
                                        SplitMethod::Seasonal, {}, asOf);
        if (!months) {
            return months.error();
        }
        auto monthIds = targets.applySplit(quarterId, *months, created);
        if (!monthIds) {
            return monthIds.error();
        }
        summary.targets += int(monthIds->size());
    }
    // Halfway through the year (or a week before the demo's today, when that is earlier) a new
    // distributor raised the target; the parts follow. Never dated after the demo's today.
    const QDateTime raisedAt
            = std::min(QDateTime(QDate(year.yearNumber(), 7, 1), QTime(9, 0), QTimeZone::utc()),
                       now.addDays(-7));
    if (raisedAt > created) {
        const qint64 raised = roundMoney(double(revenue.value) * 1.05);
        if (auto st = targets.adjust(*revenueId, raised,
                                     zh ? u"签下新的区域分销商，上调全年目标"_s
                                        : u"New regional distributor signed; raised the year's "
                                          "target"_s,
                                     true, raisedAt);
            !st) {
            return st;
        }
    }

    // Each rep's revenue target for the quarter just finished and the current one: last year's
    // same quarter plus 15 % (the finished one's scorecards weigh revenue against it).
    const Period current = Period::containing(Period::Kind::Quarter, asOf);
    for (const Period &quarter : {KpiService::previous(current), current}) {
        for (const auto &rep : book.team().reps()) {
            const TargetScope scope {ScopeKind::Rep, rep.id, {}};
            auto before = lastYearActual(Metric::Revenue, scope, quarter);
            if (!before) {
                return before.error();
            }
            Target t;
            t.name = zh ? u"%1 %2 销售额"_s.arg(rep.name, quarter.toString())
                        : u"%1 revenue %2"_s.arg(rep.name, quarter.toString());
            t.metric = Metric::Revenue;
            t.scope = scope;
            t.period = quarter;
            t.value = roundMoney(std::max(double(*before) * 1.15, 10'000'000.0));
            t.objective = revenue.objective;
            // The finished quarter's were set ten days before it began.
            const QDateTime set = quarter == current
                                          ? now.addDays(-40)
                                          : quarter.start().startOfDay().addDays(-10).toUTC();
            if (auto id = targets.addTarget(t, set); !id) {
                return id.error();
            }
            ++summary.targets;
        }
    }

    auto wonLastYear = targets.measure(Metric::WonDeals, {}, lastYear.start(), lastYear.end());
    if (!wonLastYear) {
        return wonLastYear.error();
    }
    Target won;
    won.name = zh ? u"%1 年赢单数"_s.arg(year.yearNumber())
                  : u"Won deals %1"_s.arg(year.yearNumber());
    won.metric = Metric::WonDeals;
    won.period = year;
    won.value = std::max<qint64>(10, std::llround(double(*wonLastYear) * 1.1));
    won.description = zh ? u"赢单数比去年多一成。"_s : u"A tenth more won deals than last year."_s;
    won.objective = revenue.objective;
    if (auto id = targets.addTarget(won, created); !id) {
        return id.error();
    }
    ++summary.targets;
    return {};
}

} // namespace salesdesk
