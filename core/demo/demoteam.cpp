#include "core/book/book.h"
#include "core/demo/demogenerator.h"
#include "core/kpi/kpiservice.h"
#include "core/team/career.h"
#include "core/team/commissionservice.h"
#include "core/team/teamservice.h"
#include "core/team/training.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

// The team around the demo's reps: a sales department with two regional teams and their leads,
// roles, regions, hire dates and levels; a negotiation course four months ago that half of them
// attended; an incentive plan for everyone with a quota near their usual quarter, and last
// quarter's commission settled.
Status DemoGenerator::addTeam(Book &book, const Options &options)
{
    const bool zh = options.language == u"zh_CN";
    TeamService &team = book.team();
    const QList<Rep> reps = team.reps();
    if (reps.isEmpty()) {
        return {};
    }
    const auto tr2 = [zh](const char *en, const char *cn) {
        return zh ? QString::fromUtf8(cn) : QString::fromUtf8(en);
    };
    auto department = team.addTeam({0, tr2("Sales", "销售部"), 0, 0});
    if (!department) {
        return department.error();
    }
    auto east = team.addTeam({0, tr2("East", "华东组"), *department, 0});
    auto north = east ? team.addTeam({0, tr2("North", "华北组"), *department, 0})
                      : Result<qint64>(east.error());
    if (!north) {
        return north.error();
    }
    const QDate today = options.asOf;
    const QStringList levels = {tr2("Junior", "初级"), tr2("Senior", "高级"), tr2("Lead", "资深")};
    for (int i = 0; i < reps.size(); ++i) {
        Rep r = reps[i];
        const bool first = i == 0;
        r.teamId = first ? *department : (i % 2 ? *east : *north);
        r.role = first ? RepRole::Manager : (i <= 2 ? RepRole::TeamLead : RepRole::Rep);
        r.managerId = first ? 0 : reps[0].id;
        r.region = first ? QString() : (i % 2 ? tr2("Shanghai", "上海") : tr2("Beijing", "北京"));
        r.hiredOn = today.addMonths(-(60 - 7 * i)).addDays(-3 * i);
        r.level = levels[first ? 2 : (i <= 2 ? 1 : 0)];
        r.email = u"rep%1@example.com"_s.arg(i + 1);
        if (auto st = team.updateRep(r); !st) {
            return st;
        }
    }
    for (qint64 teamId : {*east, *north}) {
        Team t = *team.team(teamId);
        for (int i = 1; i <= 2 && i < reps.size(); ++i) {
            if ((i % 2 ? *east : *north) == teamId) {
                t.leadId = reps[i].id;
            }
        }
        if (auto st = team.updateTeam(t); !st) {
            return st;
        }
    }

    // The ladder, the leads' promotions two years after they came, and an award last quarter.
    CareerService &career = book.career();
    if (auto st = career.setLevels(
                {{0, levels[0], 0, std::nullopt, {}},
                 {0, levels[1], 24, kPpm, {}},
                 {0, levels[2], 48, kPpm * 11 / 10, tr2("Coaches the others", "带教新人")}});
        !st) {
        return st;
    }
    for (int i = 1; i <= 2 && i < reps.size(); ++i) {
        Rep r = *team.rep(reps[i].id);
        const QString reached = r.level;
        r.level = levels[0];
        if (auto st = team.updateRep(r); !st) {
            return st;
        }
        const QDate on = r.hiredOn.addYears(2);
        if (auto id = career.promote(
                    {0, r.id, {}, reached, on, tr2("Two strong years", "连续两年业绩突出")});
            !id) {
            return id.error();
        }
    }
    const Period lastQuarter
            = KpiService::previous(Period::containing(Period::Kind::Quarter, today));
    if (auto best = book.kpi().reps(lastQuarter, today); best && !best->isEmpty()) {
        if (auto id
            = career.addAward({0,
                               best->first().repId,
                               tr2("Top seller %1", "%1 销售冠军").arg(lastQuarter.toString()),
                               lastQuarter.end().addDays(5),
                               {}});
            !id) {
            return id.error();
        }
    }

    TrainingProgram course;
    course.title = tr2("Negotiating on value", "价值谈判");
    course.topic = TrainingTopic::Skills;
    course.trainer = tr2("Ms Zhao", "赵老师");
    course.startsOn = today.addMonths(-4);
    course.endsOn = course.startsOn.addDays(1);
    course.hours = 12;
    course.costMinor = 800000;
    for (int i = 1; i < reps.size(); i += 2) {
        course.participants.append({reps[i].id, true, 70.0 + 5 * (i % 5)});
    }
    if (auto id = book.training().addProgram(course); !id) {
        return id.error();
    }

    // A quota near each rep's usual quarter: the last year's won revenue per rep and quarter,
    // rounded to a thousand of the currency.
    auto year = book.kpi().report(KpiSpan::between(today.addYears(-1), today.addDays(-1)),
                                  TargetScope {}, today);
    if (!year) {
        return year.error();
    }
    const qint64 perQuarter = year->kpis.revenueMinor / 4 / std::max<qsizetype>(1, reps.size());
    const qint64 thousand = 1000 * 100;
    CommissionTerms terms;
    terms.mode = CommissionMode::Marginal;
    terms.tiers = {{0, 30000}, {1000000, 50000}, {1200000, 70000}};
    terms.quotaMinor = std::max(thousand, (perQuarter + thousand / 2) / thousand * thousand);
    terms.clawbackDays = 90;
    QList<qint64> ids;
    for (const Rep &r : reps) {
        ids.append(r.id);
    }
    if (auto plan = book.commission().addPlan(tr2("Standard", "标准方案"), terms, ids); !plan) {
        return plan.error();
    }
    const Period last = KpiService::previous(Period::containing(Period::Kind::Quarter, today));
    auto settled = book.commission().settle(last, 0, today);
    return settled ? Status() : Status(settled.error());
}

} // namespace salesdesk
