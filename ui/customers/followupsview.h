#pragma once

#include <QDate>
#include <QDialog>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace salesdesk {
class Book;
} // namespace salesdesk

namespace salesdesk::ui {

class EmptyState;

// 沟通计划 in practice: the customers whose next contact is overdue, due today or due this
// week under their cadence, and the key dates (renewals, birthdays) coming up. One action logs
// a contact that happened (a done activity with its outcome), another schedules one.
class FollowUpsView : public QWidget
{
    Q_OBJECT

public:
    FollowUpsView(Book &book, QUndoStack *undoStack, QWidget *parent = nullptr);

    void reload();
    QTreeWidget *tree() const { return m_tree; }
    qint64 currentCustomer() const;
    // The operations behind the buttons; they open a dialog.
    void logContact(qint64 customerId);
    void schedule(qint64 customerId);

signals:
    void customerActivated(qint64 customerId);

private:
    void updateButtons();

    Book &m_book;
    QUndoStack *m_undoStack;
    QTreeWidget *m_tree;
    EmptyState *m_empty;
    QLabel *m_summary;
    QPushButton *m_log;
    QPushButton *m_schedule;
};

// What happened in a contact: how, when, with what outcome.
class LogContactDialog : public QDialog
{
    Q_OBJECT

public:
    LogContactDialog(const QString &customer, const QList<std::pair<QString, qint64>> &reps,
                     qint64 repId, const QDate &today, QWidget *parent = nullptr);
    int kind() const; // ActivityKind
    QString subject() const;
    QString outcome() const;
    QDate date() const;
    qint64 repId() const;

private:
    QComboBox *m_kind;
    QLineEdit *m_subject;
    QLineEdit *m_outcome;
    QDateEdit *m_date;
    QComboBox *m_rep;
};

} // namespace salesdesk::ui
