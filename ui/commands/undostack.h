#pragma once

#include <QUndoStack>

namespace salesdesk::ui {

// The window's undo stack: after every undo and redo it asks the command that ran whether its
// replay failed, and says so (replayFailed), so the window can tell the user instead of only
// writing a warning to the log.
class UndoStack : public QUndoStack
{
    Q_OBJECT

public:
    explicit UndoStack(QObject *parent = nullptr);

signals:
    void replayFailed(const QString &command, const QString &message);

private:
    void check(const QUndoCommand *command);
};

} // namespace salesdesk::ui
