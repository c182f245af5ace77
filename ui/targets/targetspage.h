#pragma once

#include "core/targets/targettypes.h"

#include <QWidget>

#include <optional>

class QAction;
class QDateEdit;
class QTimer;
class QTreeView;
class QUndoStack;

namespace salesdesk {
class Book;
} // namespace salesdesk

namespace salesdesk::ui {

class EmptyState;
class TargetDetail;
class TargetModel;

// Sales targets (销售目标): the tree of targets with their progress, and one target in depth.
class TargetsPage : public QWidget
{
    Q_OBJECT

public:
    TargetsPage(Book &book, QUndoStack *undoStack, QWidget *parent = nullptr);

    QList<QAction *> targetActions() const;
    // The tree's rows, read first if they are due (the page reads them when shown).
    TargetModel *model();
    QTreeView *tree() const { return m_tree; }
    qint64 currentTargetId() const;
    // A copy of the selected target: the model's rows are replaced when it reloads (a command
    // ran, or something changed while a dialog was open), so no pointer into them is kept.
    std::optional<Target> currentTarget() const;
    void selectTarget(qint64 id);

    void newTarget();
    void splitTarget();
    void adjustTarget();
    void toggleLocked();
    void deleteTarget();
    void recordActual();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void ensureLoaded();
    void updateActions();
    void updateEmptyState();
    void showError(const QString &text);

    Book &m_book;
    QUndoStack *m_undo;
    TargetModel *m_model;
    QTreeView *m_tree;
    EmptyState *m_empty;
    TargetDetail *m_detail;
    QDateEdit *m_asOf;
    QTimer *m_refresh;
    bool m_stale = false;
    bool m_loadedOnce = false;
    QAction *m_new;
    QAction *m_split;
    QAction *m_adjust;
    QAction *m_lock;
    QAction *m_delete;
    QAction *m_record;
};

} // namespace salesdesk::ui
