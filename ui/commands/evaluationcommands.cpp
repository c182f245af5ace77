#include "ui/commands/evaluationcommands.h"

#include <QCoreApplication>

namespace salesdesk::ui::EvaluationCommands {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("EvaluationCommands", source);
}

const CriterionRating *ratingOf(const QList<CriterionRating> &ratings, const QString &criterion)
{
    for (const CriterionRating &r : ratings) {
        if (r.criterion.compare(criterion, Qt::CaseInsensitive) == 0) {
            return &r;
        }
    }
    return nullptr;
}

std::optional<ImprovementMeasure> measureOf(const EvaluationService &service, qint64 id)
{
    auto all = service.measures();
    if (all) {
        for (const ImprovementMeasure &m : std::as_const(*all)) {
            if (m.id == id) {
                return m;
            }
        }
    }
    return std::nullopt;
}

using RecordsSwap = SwapCommand<QList<StoredEvaluation>>;
using TemplateSwap = SwapCommand<std::optional<EvaluationTemplate>>;
using MeasureSwap = SwapCommand<std::optional<ImprovementMeasure>>;

RecordsSwap::Apply recordsApply(EvaluationService &service, const Period &period)
{
    return [&service, period](const QList<StoredEvaluation> &, const QList<StoredEvaluation> &to) {
        return service.restoreRecords(period, to);
    };
}

Result<std::unique_ptr<RecordsSwap>> changeRecords(EvaluationService &service, const Period &period,
                                                   const QString &what,
                                                   const std::function<Status()> &change)
{
    return performSwap<QList<StoredEvaluation>>(
            what, [&service, period] { return service.records(period); }, change,
            recordsApply(service, period));
}

TemplateSwap::Apply templateApply(EvaluationService &service)
{
    return [&service](const std::optional<EvaluationTemplate> &from,
                      const std::optional<EvaluationTemplate> &to) -> Status {
        return to ? service.saveTemplate(*to) : service.removeTemplate(from->name);
    };
}

MeasureSwap::Apply measureApply(EvaluationService &service)
{
    return [&service](const std::optional<ImprovementMeasure> &from,
                      const std::optional<ImprovementMeasure> &to) -> Status {
        if (!to) {
            return service.removeMeasure(from->id);
        }
        if (from) {
            return service.updateMeasure(*to);
        }
        auto id = service.addMeasure(*to);
        return id ? Status() : Status(id.error());
    };
}

} // namespace

Result<std::unique_ptr<SwapCommand<QList<CriterionRating>>>>
rate(EvaluationService &service, const Period &period, qint64 repId,
     const QList<CriterionRating> &ratings)
{
    auto apply = [&service, period, repId](const QList<CriterionRating> &from,
                                           const QList<CriterionRating> &to) -> Status {
        for (const CriterionRating &r : from) {
            if (!ratingOf(to, r.criterion)) {
                if (auto st = service.clearRating(period, repId, r.criterion); !st) {
                    return st;
                }
            }
        }
        for (const CriterionRating &r : to) {
            const CriterionRating *was = ratingOf(from, r.criterion);
            if (was && was->rating == r.rating && was->comment == r.comment) {
                continue;
            }
            if (auto st = service.rate(period, repId, r); !st) {
                return st;
            }
        }
        return {};
    };
    auto before = service.ratings(period, repId);
    if (!before) {
        return before.error();
    }
    if (auto st = apply(*before, ratings); !st) {
        return st.error();
    }
    auto after = service.ratings(period, repId);
    if (!after) {
        return after.error();
    }
    return std::make_unique<SwapCommand<QList<CriterionRating>>>(
            text(QT_TRANSLATE_NOOP("EvaluationCommands", "Rate Criteria")), *before, *after, apply);
}

Result<std::unique_ptr<RecordsSwap>> finalize(EvaluationService &service, const Period &period,
                                              const EvaluationTemplate &t, qint64 repId,
                                              const QDate &asOf)
{
    return changeRecords(
            service, period,
            repId ? text(QT_TRANSLATE_NOOP("EvaluationCommands", "Finalise Evaluation"))
                  : text(QT_TRANSLATE_NOOP("EvaluationCommands", "Finalise Evaluations")),
            [&]() -> Status {
                auto done = service.finalize(period, t, repId, asOf);
                if (!done) {
                    return done.error();
                }
                if (*done == 0) {
                    return Error::user(QCoreApplication::translate(
                            "EvaluationCommands", "Every evaluation of the period is final."));
                }
                return {};
            });
}

Result<std::unique_ptr<RecordsSwap>> reopen(EvaluationService &service, const Period &period,
                                            qint64 repId, const QString &reason)
{
    return changeRecords(service, period,
                         text(QT_TRANSLATE_NOOP("EvaluationCommands", "Reopen Evaluation")),
                         [&] { return service.reopen(period, repId, reason); });
}

Result<std::unique_ptr<TemplateSwap>> saveTemplate(EvaluationService &service,
                                                   const EvaluationTemplate &t)
{
    auto before = service.savedTemplate(t.name);
    if (!before) {
        return before.error();
    }
    if (auto st = service.saveTemplate(t); !st) {
        return st.error();
    }
    return std::make_unique<TemplateSwap>(
            text(QT_TRANSLATE_NOOP("EvaluationCommands", "Save Scorecard Template")), *before, t,
            templateApply(service));
}

Result<std::unique_ptr<TemplateSwap>> removeTemplate(EvaluationService &service,
                                                     const QString &name)
{
    auto before = service.savedTemplate(name);
    if (!before) {
        return before.error();
    }
    if (!*before) {
        return Error::user(QCoreApplication::translate("EvaluationCommands",
                                                       "The standard template cannot be removed."));
    }
    if (auto st = service.removeTemplate(name); !st) {
        return st.error();
    }
    return std::make_unique<TemplateSwap>(
            text(QT_TRANSLATE_NOOP("EvaluationCommands", "Remove Scorecard Template")), *before,
            std::nullopt, templateApply(service));
}

Result<std::unique_ptr<MeasureSwap>> saveMeasure(EvaluationService &service,
                                                 const ImprovementMeasure &measure)
{
    if (measure.id > 0) {
        auto before = measureOf(service, measure.id);
        if (!before) {
            return Error::user(QCoreApplication::translate("EvaluationCommands",
                                                           "The measure is no longer there."));
        }
        if (auto st = service.updateMeasure(measure); !st) {
            return st.error();
        }
        return std::make_unique<MeasureSwap>(
                text(QT_TRANSLATE_NOOP("EvaluationCommands", "Edit Improvement Measure")), before,
                measureOf(service, measure.id), measureApply(service));
    }
    auto id = service.addMeasure(measure);
    if (!id) {
        return id.error();
    }
    return std::make_unique<MeasureSwap>(
            text(QT_TRANSLATE_NOOP("EvaluationCommands", "Add Improvement Measure")), std::nullopt,
            measureOf(service, *id), measureApply(service));
}

Result<std::unique_ptr<MeasureSwap>> removeMeasure(EvaluationService &service, qint64 id)
{
    auto before = measureOf(service, id);
    if (!before) {
        return Error::user(QCoreApplication::translate("EvaluationCommands",
                                                       "The measure is no longer there."));
    }
    if (auto st = service.removeMeasure(id); !st) {
        return st.error();
    }
    return std::make_unique<MeasureSwap>(
            text(QT_TRANSLATE_NOOP("EvaluationCommands", "Remove Improvement Measure")), before,
            std::nullopt, measureApply(service));
}

} // namespace salesdesk::ui::EvaluationCommands
