#pragma once

#include "core/common/result.h"
#include "core/targets/targetservice.h"
#include "ui/commands/undocommand.h"

#include <memory>
#include <optional>

namespace salesdesk::ui {

// A target's subtree (the target, its parts, revisions and hand-entered actuals) before and
// after an edit; undo and redo put it back with TargetService::restore.
using TargetCommand = SwapCommand<std::optional<TargetTree>>;

namespace TargetCommands {
using Ptr = std::unique_ptr<TargetCommand>;
Result<Ptr> add(TargetService &service, const Target &target);
Result<Ptr> split(TargetService &service, qint64 id, const TargetService::SplitPlan &plan);
// Adjusts a target (re-spreading over its parts when asked) or, with rebalance, one part with
// its siblings absorbing the difference; parts that ended before `asOf` keep their figures.
Result<Ptr> adjust(TargetService &service, qint64 id, qint64 value, const QString &reason,
                   bool respread, bool rebalance, const QDate &asOf = {});
Result<Ptr> setLocked(TargetService &service, qint64 id, bool locked);
Result<Ptr> remove(TargetService &service, qint64 id);
Result<Ptr> recordActual(TargetService &service, qint64 id, const QDate &asOf, qint64 value);
// The root of the subtree a command puts back.
qint64 rootId(const TargetCommand &command);
} // namespace TargetCommands

} // namespace salesdesk::ui
