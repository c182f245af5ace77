// The demo company's performance evaluation: the last quarter rated and finalised, and a few
// improvement measures.
#include "core/book/book.h"
#include "core/demo/demogenerator.h"
#include "core/evaluation/evaluationservice.h"
#include "core/kpi/kpiservice.h"
#include "core/targets/targetservice.h"
#include "core/team/training.h"

#include <algorithm>

namespace salesdesk {

// Each rep on staff last quarter rated on the standard criteria (3 to 5, varying by rep and
// criterion) and the quarter finalised; the weakest rep coached on the win rate since; the
// negotiation course as a training measure; a process change running now.
Status DemoGenerator::addEvaluation(Book &book, const Options &options)
{
    const bool zh = options.language == u"zh_CN";
    const auto tr2 = [zh](const char *en, const char *cn) {
        return zh ? QString::fromUtf8(cn) : QString::fromUtf8(en);
    };
    const QDate today = options.asOf;
    const Period running
            = Period::containing(Period::Kind::Quarter, today, book.targets().yearStartMonth());
    const Period last = KpiService::previous(running);
    EvaluationService &evaluation = book.evaluation();
    const EvaluationTemplate standard = EvaluationTemplate::standard();
    // Rated one by one; the scorecards are computed once, when the quarter is finalised.
    const QList<qint64> staff = evaluation.repsOnStaff(last.start(), last.end());
    // What the owner wrote beside a 3, a 4 and a 5.
    const QStringList comments {
            tr2("Does what is asked; could speak up more in the weekly meeting",
                "完成分内工作；周会上可以多发表意见"),
            tr2("Reliable; customers mention quick answers", "可靠；客户提到回复及时"),
            tr2("Stood out this quarter: helped colleagues close two deals",
                "本季度表现突出：帮助同事拿下两笔订单")};
    for (qsizetype r = 0; r < staff.size(); ++r) {
        for (qsizetype c = 0; c < standard.criteria.size(); ++c) {
            const int rating = 3 + int((r + 2 * c) % 3);
            if (auto st
                = evaluation.rate(last, staff.at(r),
                                  {standard.criteria[c].name, rating, comments.at(rating - 3)});
                !st) {
                return st;
            }
        }
    }
    auto finals = evaluation.finalize(last, standard, 0, today);
    if (!finals) {
        return finals.error();
    }
    auto scored = evaluation.evaluate(last, standard, 0, today);
    if (!scored) {
        return scored.error();
    }

    // The weakest scorecard of last quarter: coached on the win rate since.
    const auto weakest = std::max_element(
            scored->cbegin(), scored->cend(),
            [](const Evaluation &a, const Evaluation &b) { return a.card.rank < b.card.rank; });
    if (weakest != scored->cend()) {
        ImprovementMeasure coaching;
        coaching.title = tr2("Weekly deal reviews", "每周商机复盘");
        coaching.scope = MeasureScope::Rep;
        coaching.repId = weakest->card.repId;
        coaching.kpi = ScoreKpi::WinRate;
        coaching.kind = MeasureKind::Coaching;
        coaching.startsOn = last.end().addDays(7);
        coaching.dueOn = coaching.startsOn.addDays(60);
        coaching.status
                = coaching.startsOn <= today ? MeasureStatus::Running : MeasureStatus::Planned;
        coaching.notes = tr2("Go through every open deal above the average size together.",
                             "一起过一遍所有高于平均金额的进行中商机。");
        if (auto id = evaluation.addMeasure(coaching); !id) {
            return id.error();
        }
    }
    if (!book.training().programs().isEmpty()) {
        const TrainingProgram &course = book.training().programs().first();
        ImprovementMeasure training;
        training.title = course.displayTitle();
        training.scope = MeasureScope::Company;
        training.kpi = ScoreKpi::WinRate;
        training.kind = MeasureKind::Training;
        training.trainingId = course.id;
        training.startsOn = course.startsOn;
        training.dueOn = course.endsOn;
        training.status = MeasureStatus::Done;
        if (auto id = evaluation.addMeasure(training); !id) {
            return id.error();
        }
    }
    ImprovementMeasure process;
    process.title = tr2("A shorter proposal template", "更简洁的方案报价模板");
    process.scope = MeasureScope::Company;
    process.kpi = ScoreKpi::AvgCycleDays;
    process.kind = MeasureKind::Process;
    process.startsOn = today.addDays(-20);
    process.dueOn = today.addDays(10);
    process.status = MeasureStatus::Running;
    if (auto id = evaluation.addMeasure(process); !id) {
        return id.error();
    }
    return {};
}

} // namespace salesdesk
