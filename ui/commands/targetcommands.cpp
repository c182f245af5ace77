#include "ui/commands/targetcommands.h"

#include "ui/commands/replay.h"

#include <QCoreApplication>

namespace salesdesk::ui {

TargetTreeCommand::TargetTreeCommand(TargetService &service, qint64 rootId,
                                     std::optional<TargetTree> before,
                                     std::optional<TargetTree> after, const QString &text)
    : m_service(service)
    , m_rootId(rootId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text);
}

template<typename Change>
Result<TargetTreeCommand::Ptr> TargetTreeCommand::around(TargetService &service, qint64 rootId,
                                                         const QString &text, Change change)
{
    auto before = service.snapshot(rootId);
    if (!before) {
        return before.error();
    }
    if (Status st = change(); !st) {
        return st.error();
    }
    auto after = service.snapshot(rootId);
    if (!after) {
        return after.error();
    }
    return Ptr(new TargetTreeCommand(service, rootId, *before, *after, text));
}

Result<TargetTreeCommand::Ptr> TargetTreeCommand::add(TargetService &service, const Target &target)
{
    auto id = service.addTarget(target);
    if (!id) {
        return id.error();
    }
    auto after = service.snapshot(*id);
    if (!after) {
        return after.error();
    }
    return Ptr(new TargetTreeCommand(service, *id, std::nullopt, *after,
                                     QCoreApplication::translate("TargetCommands", "Add Target")));
}

Result<TargetTreeCommand::Ptr> TargetTreeCommand::split(TargetService &service, qint64 id,
                                                        const TargetService::SplitPlan &plan)
{
    return around(service, id, QCoreApplication::translate("TargetCommands", "Split Target"),
                  [&]() -> Status {
                      auto ids = service.applySplit(id, plan);
                      return ids ? Status() : Status(ids.error());
                  });
}

Result<TargetTreeCommand::Ptr> TargetTreeCommand::adjust(TargetService &service, qint64 id,
                                                         qint64 value, const QString &reason,
                                                         bool respread, bool rebalance)
{
    auto target = service.target(id);
    if (!target) {
        return target.error();
    }
    // Rebalancing changes the siblings too: the parent's subtree is what changes.
    const qint64 root = rebalance && target->parentId ? target->parentId : id;
    return around(service, root, QCoreApplication::translate("TargetCommands", "Adjust Target"),
                  [&] {
                      return rebalance ? service.setChildValue(id, value, reason, true)
                                       : service.adjust(id, value, reason, respread);
                  });
}

Result<TargetTreeCommand::Ptr> TargetTreeCommand::setLocked(TargetService &service, qint64 id,
                                                            bool locked)
{
    return around(service, id,
                  locked ? QCoreApplication::translate("TargetCommands", "Lock Target")
                         : QCoreApplication::translate("TargetCommands", "Unlock Target"),
                  [&] { return service.setLocked(id, locked); });
}

Result<TargetTreeCommand::Ptr> TargetTreeCommand::recordActual(TargetService &service, qint64 id,
                                                               const QDate &asOf, qint64 value)
{
    return around(service, id, QCoreApplication::translate("TargetCommands", "Record Actual"),
                  [&] { return service.setManualActual(id, asOf, value); });
}

Result<TargetTreeCommand::Ptr> TargetTreeCommand::remove(TargetService &service, qint64 id)
{
    auto before = service.snapshot(id);
    if (!before) {
        return before.error();
    }
    if (auto st = service.removeTarget(id); !st) {
        return st.error();
    }
    return Ptr(
            new TargetTreeCommand(service, id, *before, std::nullopt,
                                  QCoreApplication::translate("TargetCommands", "Delete Target")));
}

void TargetTreeCommand::undo()
{
    reportReplay(m_service.restore(m_rootId, m_before));
    m_done = false;
}

void TargetTreeCommand::redo()
{
    if (m_done) {
        return;
    }
    reportReplay(m_service.restore(m_rootId, m_after));
    m_done = true;
}

} // namespace salesdesk::ui
