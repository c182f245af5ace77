#pragma once

#include "core/team/training.h"
#include "ui/team/teamdialogs.h"

#include <QWidget>

class QAction;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QUndoStack;

namespace salesdesk {
class Book;
}

namespace salesdesk::ui {

// A training program and who took part (enrolled, attended, assessment score).
class TrainingDialog : public SaveDialog
{
    Q_OBJECT

public:
    TrainingDialog(Book &book, const TrainingProgram &program, QWidget *parent = nullptr);
    Result<TrainingProgram> program() const;

private:
    Book &m_book;
    TrainingProgram m_program;
    QLineEdit *m_title;
    QComboBox *m_topic;
    QLineEdit *m_trainer;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QDoubleSpinBox *m_hours;
    QLineEdit *m_cost;
    QPlainTextEdit *m_notes;
    QTableWidget *m_people;
};

// 销售培训: the programs, newest first; the selected one's participants and its effect, before
// and after, against the reps who did not attend.
class TrainingView : public QWidget
{
    Q_OBJECT

public:
    TrainingView(Book &book, QUndoStack *undo, QWidget *parent = nullptr);
    QList<QAction *> actions() const;
    void reload();
    qint64 currentProgramId() const;
    void selectProgram(qint64 id);

    void newProgram();
    void editProgram();
    void removeProgram();

private:
    void showEffect();

    Book &m_book;
    QUndoStack *m_undo;
    QTableWidget *m_programs;
    QTableWidget *m_effect;
    QLabel *m_effectTitle;
    QLabel *m_effectNote;
    QSpinBox *m_days;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_remove;
};

} // namespace salesdesk::ui
