#pragma once

#include <QWidget>

class QAction;
class QChartView;
class QListWidget;
class QTableWidget;
class QUndoStack;

namespace salesdesk {
class Book;
}

namespace salesdesk::ui {

// The environment notebook: the factors, newest first, and a matrix of impact against
// likelihood, each factor a dot (those for us above the line, against us below).
class EnvironmentView : public QWidget
{
    Q_OBJECT

public:
    EnvironmentView(Book &book, QUndoStack *undo, QWidget *parent = nullptr);
    QList<QAction *> actions() const { return {m_add, m_edit, m_remove}; }
    QTableWidget *table() const { return m_table; }
    void refresh();

private:
    qint64 selectedId() const;
    void edit(qint64 id);
    void remove();
    void showMatrix();

    Book &m_book;
    QUndoStack *m_undo;
    QTableWidget *m_table;
    QChartView *m_matrix;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
};

// SWOT: strengths and weaknesses the owner writes, opportunities and threats from the
// environment factors (and the owner's own), each quadrant a list.
class SwotView : public QWidget
{
    Q_OBJECT

public:
    SwotView(Book &book, QUndoStack *undo, QWidget *parent = nullptr);
    void refresh();
    QListWidget *quadrant(int kind) const { return m_lists.value(kind); }

private:
    void add(int kind);
    void remove(int kind);

    Book &m_book;
    QUndoStack *m_undo;
    QList<QListWidget *> m_lists; // by SwotKind
};

} // namespace salesdesk::ui
