#include "ui/commands/targetcommands.h"

#include <QCoreApplication>

namespace salesdesk::ui::TargetCommands {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("TargetCommands", source);
}

TargetCommand::Apply restoreUnder(TargetService &service, qint64 rootId)
{
    return [&service, rootId](const auto &, const std::optional<TargetTree> &to) {
        return service.restore(rootId, to);
    };
}

// Runs `change` between two snapshots of the subtree under `rootId`.
Result<Ptr> around(TargetService &service, qint64 rootId, const QString &label,
                   const std::function<Status()> &change)
{
    return performSwap<std::optional<TargetTree>>(
            label,
            [&service, rootId]() -> Result<std::optional<TargetTree>> {
                auto tree = service.snapshot(rootId);
                if (!tree) {
                    return tree.error();
                }
                return std::optional<TargetTree>(*tree);
            },
            change, restoreUnder(service, rootId));
}

} // namespace

Result<Ptr> add(TargetService &service, const Target &target)
{
    auto id = service.addTarget(target);
    if (!id) {
        return id.error();
    }
    auto after = service.snapshot(*id);
    if (!after) {
        return after.error();
    }
    return std::make_unique<TargetCommand>(text("Add Target"), std::nullopt,
                                           std::optional<TargetTree>(*after),
                                           restoreUnder(service, *id));
}

Result<Ptr> split(TargetService &service, qint64 id, const TargetService::SplitPlan &plan)
{
    return around(service, id, text("Split Target"), [&]() -> Status {
        auto ids = service.applySplit(id, plan);
        return ids ? Status() : Status(ids.error());
    });
}

Result<Ptr> adjust(TargetService &service, qint64 id, qint64 value, const QString &reason,
                   bool respread, bool rebalance, const QDate &asOf)
{
    auto target = service.target(id);
    if (!target) {
        return target.error();
    }
    // Rebalancing changes the siblings too: the parent's subtree is what changes.
    const qint64 root = rebalance && target->parentId ? target->parentId : id;
    return around(service, root, text("Adjust Target"), [&] {
        return rebalance ? service.setChildValue(id, value, reason, true, {}, asOf)
                         : service.adjust(id, value, reason, respread, {}, asOf);
    });
}

Result<Ptr> setLocked(TargetService &service, qint64 id, bool locked)
{
    return around(service, id, locked ? text("Lock Target") : text("Unlock Target"),
                  [&] { return service.setLocked(id, locked); });
}

Result<Ptr> recordActual(TargetService &service, qint64 id, const QDate &asOf, qint64 value)
{
    return around(service, id, text("Record Actual"),
                  [&] { return service.setManualActual(id, asOf, value); });
}

Result<Ptr> remove(TargetService &service, qint64 id)
{
    auto before = service.snapshot(id);
    if (!before) {
        return before.error();
    }
    if (auto st = service.removeTarget(id); !st) {
        return st.error();
    }
    return std::make_unique<TargetCommand>(text("Delete Target"),
                                           std::optional<TargetTree>(*before), std::nullopt,
                                           restoreUnder(service, id));
}

qint64 rootId(const TargetCommand &command)
{
    const auto &tree = command.after() ? command.after() : command.before();
    return tree && !tree->targets.isEmpty() ? tree->targets.first().id : 0;
}

} // namespace salesdesk::ui::TargetCommands
