#pragma once

#include "core/evaluation/measures.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QSpinBox;
class QTableWidget;
class QTreeWidget;
class QUndoStack;

namespace salesdesk {
class Book;
}

namespace salesdesk::ui {

// 绩效改进措施: the improvement measures on a board by status (planned, running, done,
// dropped), overdue and due-soon ones marked; the selected one's effect — its KPI before the
// start and after the due day beside the other reps'. Every edit is undoable.
class MeasuresView : public QWidget
{
    Q_OBJECT

public:
    MeasuresView(Book &book, QUndoStack *undo, QWidget *parent = nullptr);
    QList<QAction *> actions() const;
    void reload();
    qint64 currentMeasureId() const;
    void selectMeasure(qint64 id);

    // Opens the measure dialog on `draft` (a new measure unless it has an id).
    void editMeasure(const ImprovementMeasure &draft);
    void newMeasure();
    void editCurrent();
    void removeCurrent();
    void setStatus(MeasureStatus status);

private:
    void showEffect();
    const ImprovementMeasure *current() const;
    QString forWhom(const ImprovementMeasure &m) const;

    Book &m_book;
    QUndoStack *m_undo;
    QList<ImprovementMeasure> m_all;
    QTreeWidget *m_board;
    QCheckBox *m_closed;
    QLabel *m_effectTitle;
    QTableWidget *m_effect;
    QLabel *m_effectNote;
    QSpinBox *m_days;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_remove;
    QAction *m_start;
    QAction *m_done;
    QAction *m_drop;
};

} // namespace salesdesk::ui
