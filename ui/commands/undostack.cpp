#include "ui/commands/undostack.h"

#include "ui/commands/undocommand.h"

namespace salesdesk::ui {

UndoStack::UndoStack(QObject *parent)
    : QUndoStack(parent)
{
    // An undo runs command(index) and a redo command(index - 1) of the new index; a macro's
    // children replay inside it, so they are looked at too.
    connect(this, &QUndoStack::indexChanged, this, [this](int index) {
        for (int i : {index - 1, index}) {
            if (i >= 0 && i < count()) {
                check(command(i));
            }
        }
    });
}

void UndoStack::check(const QUndoCommand *command)
{
    for (int c = 0; c < command->childCount(); ++c) {
        check(command->child(c));
    }
    const auto *ours = dynamic_cast<const UndoCommand *>(command);
    if (!ours) {
        return;
    }
    if (const QString failure = ours->takeFailure(); !failure.isEmpty()) {
        emit replayFailed(command->text(), failure);
    }
}

} // namespace salesdesk::ui
