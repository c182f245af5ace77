#pragma once

#include "core/book/reminders.h"
#include "ui/common/workerbook.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

class QThread;

namespace salesdesk {
class Book;
} // namespace salesdesk

namespace salesdesk::ui {

// Works out what is due (core's Reminders) from a read-only connection of its own, on the
// watcher's thread: at a million deals that is a tenth of a second or more each minute.
class ReminderWorker : public QObject
{
    Q_OBJECT

public:
    ReminderWorker(QString path, const Clock &clock);

    void look(const QDateTime &now); // on the worker's thread
    void close(); // on the worker's thread, before it ends

signals:
    void found(const QList<salesdesk::Reminder> &due);
    void failed(const QString &message);

private:
    WorkerBook m_book;
};

// Looks once a minute, while a book is open, for what to remind the user of (core's
// Reminders: activities falling due, key dates coming up) and asks for each once. More than
// three at a time become one reminder that names the first three. The looking is done on a
// thread of its own; the window is never kept waiting for it.
class ReminderWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ReminderWatcher(Book &book, QObject *parent = nullptr);
    ~ReminderWatcher() override;

    // Looks now (the timer does so every minute); checked() follows.
    void check();

signals:
    void remind(const QString &title, const QString &text);
    // A look is over (whether or not it found anything new).
    void checked();

private:
    void take(const QList<Reminder> &due);

    Book &m_book;
    QTimer m_timer;
    QThread *m_thread;
    ReminderWorker *m_worker;
    QSet<QString> m_given;
    bool m_looking = false;
    bool m_again = false; // asked to look while looking
};

} // namespace salesdesk::ui
