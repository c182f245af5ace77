#pragma once

#include "core/common/result.h"

#include <QUndoCommand>

#include <functional>
#include <memory>
#include <utility>

namespace salesdesk::ui {

// Merge ids (QUndoCommand::id) of edits that fold into one undo step when the same thing is
// changed again right away, one enum so no two kinds share an id (Tiled's undocommands.h).
enum class MergeId {
    None = -1,
    Settings = 1, // the same settings of the book changed again (Preferences, Properties)
};

// Every edit on the undo stack. An edit is performed through its service before it is pushed,
// so a refused edit never reaches the stack and the user sees why at once; QUndoStack::push
// then calls redo(), which has nothing left to do. After that, undo() and redo() replay the
// edit. A replay that fails (the disk is full, the file went away) is kept for the window,
// which tells the user (UndoStack::replayFailed).
class UndoCommand : public QUndoCommand
{
public:
    explicit UndoCommand(const QString &text)
        : QUndoCommand(text)
    { }

    void undo() final { remember(replayUndo()); }
    void redo() final
    {
        if (m_performed) {
            m_performed = false; // the push after the edit itself
            return;
        }
        remember(replayRedo());
    }
    // What the last replay's failure said, once; empty when it went well.
    QString takeFailure() const { return std::exchange(m_failure, QString()); }

protected:
    virtual Status replayUndo() = 0;
    virtual Status replayRedo() = 0;

private:
    void remember(const Status &status)
    {
        if (!status) {
            qWarning("Undo/redo failed: %s", qPrintable(status.message()));
            m_failure = status.message();
        }
    }

    bool m_performed = true;
    mutable QString m_failure;
};

// "Set a value / swap a snapshot", the model of Tiled's ChangeValue: the state of something
// before and after an edit, and one function that puts a state in place (given the one it
// replaces). Undo puts `before` back, redo `after`. Commands with the same merge id and key
// fold into one step, keeping the first `before` and the last `after`.
template<typename State>
class SwapCommand : public UndoCommand
{
public:
    using Apply = std::function<Status(const State &from, const State &to)>;

    SwapCommand(const QString &text, State before, State after, Apply apply,
                MergeId merge = MergeId::None, QString mergeKey = {})
        : UndoCommand(text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_apply(std::move(apply))
        , m_merge(merge)
        , m_mergeKey(std::move(mergeKey))
    { }

    const State &before() const { return m_before; }
    const State &after() const { return m_after; }
    int id() const override { return int(m_merge); }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const SwapCommand *>(other);
        if (!next || next->m_merge != m_merge || next->m_mergeKey != m_mergeKey) {
            return false;
        }
        m_after = next->m_after;
        return true;
    }

protected:
    Status replayUndo() override { return m_apply(m_after, m_before); }
    Status replayRedo() override { return m_apply(m_before, m_after); }

private:
    State m_before;
    State m_after;
    Apply m_apply;
    MergeId m_merge;
    QString m_mergeKey;
};

// Performs an edit between two snapshots and returns the command that undoes and redoes it:
// `snapshot` reads the state, `change` makes the edit (its failure is returned, nothing is
// pushed), `apply` puts a state back.
template<typename State>
Result<std::unique_ptr<SwapCommand<State>>>
performSwap(const QString &text, const std::function<Result<State>()> &snapshot,
            const std::function<Status()> &change, const typename SwapCommand<State>::Apply &apply,
            MergeId merge = MergeId::None, const QString &mergeKey = {})
{
    auto before = snapshot();
    if (!before) {
        return before.error();
    }
    if (auto st = change(); !st) {
        return st.error();
    }
    auto after = snapshot();
    if (!after) {
        return after.error();
    }
    return std::make_unique<SwapCommand<State>>(text, std::move(before).value(),
                                                std::move(after).value(), apply, merge, mergeKey);
}

} // namespace salesdesk::ui
