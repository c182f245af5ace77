#pragma once

#include "core/common/result.h"
#include "core/targets/targetservice.h"

#include <QUndoCommand>

#include <memory>
#include <optional>

namespace salesdesk::ui {

// Every target edit is performed through TargetService first, then pushed holding the
// affected subtree before and after; undo and redo put it back with TargetService::restore.
class TargetTreeCommand : public QUndoCommand
{
public:
    using Ptr = std::unique_ptr<TargetTreeCommand>;

    static Result<Ptr> add(TargetService &service, const Target &target);
    static Result<Ptr> split(TargetService &service, qint64 id,
                             const TargetService::SplitPlan &plan);
    // Adjusts a target (re-spreading over its parts when asked) or, with rebalance, one part
    // with its siblings absorbing the difference.
    static Result<Ptr> adjust(TargetService &service, qint64 id, qint64 value,
                              const QString &reason, bool respread, bool rebalance);
    static Result<Ptr> setLocked(TargetService &service, qint64 id, bool locked);
    static Result<Ptr> remove(TargetService &service, qint64 id);
    static Result<Ptr> recordActual(TargetService &service, qint64 id, const QDate &asOf,
                                    qint64 value);

    void undo() override;
    void redo() override;
    qint64 rootId() const { return m_rootId; }

private:
    TargetTreeCommand(TargetService &service, qint64 rootId, std::optional<TargetTree> before,
                      std::optional<TargetTree> after, const QString &text);
    // Runs `change` between two snapshots of the subtree under `rootId`.
    template<typename Change>
    static Result<Ptr> around(TargetService &service, qint64 rootId, const QString &text,
                              Change change);

    TargetService &m_service;
    qint64 m_rootId;
    std::optional<TargetTree> m_before;
    std::optional<TargetTree> m_after;
    bool m_done = true;
};

} // namespace salesdesk::ui
