#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"

#include <QString>

#include <memory>

namespace salesdesk {
class Book;
}

namespace salesdesk::ui {

// A worker thread's own read-only connection to the window's book: opened on first use, and
// reloaded on every later one (names, stages and customers as the window has them now). Every
// edit in the window is committed at once, so the connection reads what the window wrote.
class WorkerBook
{
public:
    WorkerBook(QString path, const Clock &clock);
    ~WorkerBook();
    WorkerBook(const WorkerBook &) = delete;
    WorkerBook &operator=(const WorkerBook &) = delete;

    // The book, ready to read; on the worker's thread.
    Result<Book *> get();
    // Closes the connection; on the worker's thread, before it ends.
    void close();

private:
    QString m_path;
    Clock m_clock;
    std::unique_ptr<Book> m_book;
};

} // namespace salesdesk::ui
