#pragma once

#include "core/pipeline/pipelineservice.h"
#include "core/team/career.h"
#include "core/team/commissionservice.h"
#include "core/team/reassignment.h"
#include "core/team/teamservice.h"
#include "core/team/training.h"
#include "ui/commands/undocommand.h"

#include <memory>
#include <optional>

namespace salesdesk {
class Book;
}

namespace salesdesk::ui {

// Reps, teams, training programs and incentive plans before and after an edit (nothing: it did
// not exist, or no longer does), put back through their services.
namespace TeamCommands {
Result<std::unique_ptr<SwapCommand<std::optional<Rep>>>> saveRep(TeamService &service,
                                                                 const Rep &rep);
Result<std::unique_ptr<SwapCommand<std::optional<Team>>>> saveTeam(TeamService &service,
                                                                   const Team &team);
Result<std::unique_ptr<SwapCommand<std::optional<Team>>>> removeTeam(TeamService &service,
                                                                     qint64 id);
Result<std::unique_ptr<SwapCommand<std::optional<TrainingProgram>>>>
saveProgram(TrainingService &service, const TrainingProgram &program);
Result<std::unique_ptr<SwapCommand<std::optional<TrainingProgram>>>>
removeProgram(TrainingService &service, qint64 id);

// A plan's name, terms and reps. Undoing an edit of the terms adds the earlier terms as a new
// version: versions are a record of what was in force, and a settled statement names its own.
struct PlanState
{
    QString name;
    CommissionTerms terms;
    QList<qint64> repIds;
};
Result<std::unique_ptr<SwapCommand<std::optional<PlanState>>>>
savePlan(CommissionService &service, qint64 id, const PlanState &plan);
// A won deal reversed (CommissionService::reverseDeal); undo puts the deal back as it was.
Result<std::unique_ptr<SwapCommand<std::optional<DealSnapshot>>>>
reverseDeal(CommissionService &commission, PipelineService &pipeline, qint64 dealId,
            const QDate &day, const QString &reason);
Result<std::unique_ptr<SwapCommand<QList<CreditSplit>>>>
setSplits(CommissionService &service, qint64 dealId, const QList<CreditSplit> &splits);
// Awards, promotions and the ladder (职业发展).
Result<std::unique_ptr<SwapCommand<std::optional<Award>>>> addAward(CareerService &service,
                                                                    const Award &award);
Result<std::unique_ptr<SwapCommand<std::optional<Promotion>>>> promote(CareerService &service,
                                                                       const Promotion &promotion);
Result<std::unique_ptr<SwapCommand<QList<CareerLevel>>>>
setLadder(CareerService &service, const QList<CareerLevel> &levels);
} // namespace TeamCommands

// Hands a rep's work over (TeamService::reassign) and reloads the book; undo puts every row back in
// one step.
class ReassignCommand : public UndoCommand
{
public:
    static Result<std::unique_ptr<ReassignCommand>> perform(Book &book,
                                                            const ReassignRequest &request);
    const Reassignment &done() const { return m_done; }

protected:
    Status replayUndo() override;
    Status replayRedo() override;

private:
    ReassignCommand(Book &book, Reassignment done, const QString &text);

    Book &m_book;
    Reassignment m_done;
};

} // namespace salesdesk::ui
