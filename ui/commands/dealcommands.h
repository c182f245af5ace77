#pragma once

#include "core/customers/customerservice.h"
#include "core/pipeline/activityservice.h"
#include "core/pipeline/pipelineservice.h"
#include "ui/commands/undocommand.h"

#include <memory>
#include <optional>

namespace salesdesk::ui {

// A deal before and after an edit (nothing: it did not exist, or no longer does). Undo and redo
// put a snapshot back through PipelineService::restoreDeal, which emits the usual signals.
using DealCommand = SwapCommand<std::optional<DealSnapshot>>;

namespace DealCommands {
Result<std::unique_ptr<DealCommand>> add(PipelineService &service, const Deal &deal);
Result<std::unique_ptr<DealCommand>> edit(PipelineService &service, const Deal &deal);
// The change from `opened` to `edited` put on top of someone else's since (a team server).
Result<std::unique_ptr<DealCommand>> editOnTop(PipelineService &service, const Deal &opened,
                                               const Deal &edited);
Result<std::unique_ptr<DealCommand>> move(PipelineService &service, qint64 id,
                                          const DealMove &move);
Result<std::unique_ptr<DealCommand>> remove(PipelineService &service, qint64 id);
} // namespace DealCommands

// Activities work the same way.
using ActivityCommand = SwapCommand<std::optional<Activity>>;

namespace ActivityCommands {
enum class Kind { Add, Edit, Complete, Reopen, Delete };
Result<std::unique_ptr<ActivityCommand>> perform(ActivityService &service, Kind kind,
                                                 const Activity &activity);
} // namespace ActivityCommands

// The stage list and the lost reasons as a whole (add, rename, reorder, archive).
struct StageLists
{
    QList<Stage> stages;
    QList<LostReason> reasons;
};
Result<std::unique_ptr<SwapCommand<StageLists>>>
editStages(PipelineService &service, const QList<Stage> &stages, const QList<LostReason> &reasons);

// A customer's primary contact (name, phone, email) as the deal editor shows it.
Result<std::unique_ptr<SwapCommand<CustomerRecord>>>
editPrimaryContact(CustomerService &service, qint64 customerId, const Customer &details);

} // namespace salesdesk::ui
