#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

namespace salesdesk {
class Book;
} // namespace salesdesk

namespace salesdesk::ui {

// Looks once a minute, while a book is open, for what to remind the user of (core's
// Reminders: activities falling due, key dates coming up) and asks for each once. More than
// three at a time become one reminder that names the first three.
class ReminderWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ReminderWatcher(Book &book, QObject *parent = nullptr);

    // Looks now (the timer does so every minute).
    void check();

signals:
    void remind(const QString &title, const QString &text);

private:
    Book &m_book;
    QTimer m_timer;
    QSet<QString> m_given;
};

} // namespace salesdesk::ui
