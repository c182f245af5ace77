#pragma once

#include "core/evaluation/evaluationservice.h"
#include "ui/commands/undocommand.h"

#include <memory>
#include <optional>

namespace salesdesk::ui {

// Performance evaluation's edits before and after (nothing: it did not exist, or no longer
// does), put back through EvaluationService.
namespace EvaluationCommands {

// A rep's ratings of a period, all criteria at once (the rating form's OK).
Result<std::unique_ptr<SwapCommand<QList<CriterionRating>>>>
rate(EvaluationService &service, const Period &period, qint64 repId,
     const QList<CriterionRating> &ratings);

// Finalising (all reps not yet final, or one) and reopening change the period's kept
// evaluations; undo puts them back as they were.
Result<std::unique_ptr<SwapCommand<QList<StoredEvaluation>>>>
finalize(EvaluationService &service, const Period &period, const EvaluationTemplate &t,
         qint64 repId, const QDate &asOf);
Result<std::unique_ptr<SwapCommand<QList<StoredEvaluation>>>>
reopen(EvaluationService &service, const Period &period, qint64 repId, const QString &reason);

// The owner's template of a name (saving the standard one keeps the owner's version of it).
Result<std::unique_ptr<SwapCommand<std::optional<EvaluationTemplate>>>>
saveTemplate(EvaluationService &service, const EvaluationTemplate &t);
Result<std::unique_ptr<SwapCommand<std::optional<EvaluationTemplate>>>>
removeTemplate(EvaluationService &service, const QString &name);

Result<std::unique_ptr<SwapCommand<std::optional<ImprovementMeasure>>>>
saveMeasure(EvaluationService &service, const ImprovementMeasure &measure);
Result<std::unique_ptr<SwapCommand<std::optional<ImprovementMeasure>>>>
removeMeasure(EvaluationService &service, qint64 id);

} // namespace EvaluationCommands

} // namespace salesdesk::ui
