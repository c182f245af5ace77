#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace salesdesk {

// One writer per book file, whatever path it is opened by. The lock is an advisory lock
// (flock) on the file itself, so every hard link and symbolic link to the book shares it, and
// the system lets go of it when the process ends, however it ends: a crash never leaves the
// book locked. Beside the book, "<book>.lock" notes who holds it (process and host) for the
// message a second writer gets; a note whose writer is gone is stale and simply replaced.
class BookLock
{
    Q_DECLARE_TR_FUNCTIONS(BookLock)

public:
    // Locks the book at `path`; with `create`, the file is made (empty, readable by its owner
    // alone) and must not exist. Refused with a message (Error::data) when another SalesDesk
    // holds the book or the file cannot be opened.
    static Result<std::unique_ptr<BookLock>> take(const QString &path, bool create);
    ~BookLock();
    BookLock(const BookLock &) = delete;
    BookLock &operator=(const BookLock &) = delete;

    // Why a book cannot be opened to change it, from the errno of a file beside it (or of the
    // book itself) that could not be made: read-only, a full disk, or what the system says.
    static QString cannotWriteBeside(const QString &path, int error);

    // Whether this user cannot change the book where it is: the file or its folder may not be
    // written (permissions, read-only media). False for a book that does not exist.
    static bool readOnlyHere(const QString &path);

    // Whether a SalesDesk — this process or another — holds the book open to change it. A
    // reader beside a live writer finds a -wal that is the writer's own, not one left by a crash.
    static bool writerAlive(const QString &path);

    // A note was left by a SalesDesk that ended without closing the book (it was replaced).
    bool tookOverStale() const { return m_stale; }

private:
    BookLock() = default;

    int m_fd = -1;
    QString m_notePath;
    bool m_stale = false;
};

} // namespace salesdesk
