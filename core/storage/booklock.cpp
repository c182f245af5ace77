#include "core/storage/booklock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// The note: "<pid>\n<host>\n".
QString noteText()
{
    return u"%1\n%2\n"_s.arg(QCoreApplication::applicationPid()).arg(QSysInfo::machineHostName());
}

} // namespace

QString BookLock::cannotWriteBeside(const QString &path, int error)
{
    if (error == ENOSPC || error == EDQUOT) {
        return tr("Cannot open “%1” to change it: the disk is full. Free some space and try "
                  "again; the book is as it was.")
                .arg(nativeName(path));
    }
    if (error == EACCES || error == EPERM || error == EROFS) {
        return tr("“%1” is read-only here. SalesDesk can show, check, export and back it up; to "
                  "change it, save a copy elsewhere (salesdesk backup --db FILE --out COPY) and "
                  "open the copy.")
                .arg(nativeName(path));
    }
    return tr("Cannot open “%1” to change it: %2")
            .arg(nativeName(path), QString::fromLocal8Bit(std::strerror(error)));
}

bool BookLock::readOnlyHere(const QString &path)
{
    const auto denied = [](const QString &name, int mode) {
        return ::access(QFile::encodeName(name).constData(), mode) != 0
               && (errno == EACCES || errno == EPERM || errno == EROFS);
    };
    // The writer writes the book and makes its -wal, -shm and lock note beside it.
    const QFileInfo info(path);
    return info.exists()
           && (denied(info.absoluteFilePath(), W_OK) || denied(info.absolutePath(), W_OK | X_OK));
}

Result<std::unique_ptr<BookLock>> BookLock::take(const QString &path, bool create)
{
    // The book itself, through any symbolic links (a new one: its folder's real place).
    const QFileInfo info(path);
    const QString folder = QDir(info.absolutePath()).canonicalPath();
    const QString canonical
            = create ? (folder.isEmpty() ? QString() : folder + u'/' + info.fileName())
                     : info.canonicalFilePath();
    if (canonical.isEmpty()) {
        return Error::data(tr("“%1” does not exist.").arg(nativeName(path)));
    }
    const QByteArray name = QFile::encodeName(canonical);
    const int flags = create ? O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC : O_RDONLY | O_CLOEXEC;
    const int fd = ::open(name.constData(), flags, 0600);
    if (fd < 0) {
        const int error = errno;
        if (create && error == EEXIST) {
            return Error::user(tr("“%1” already exists; SalesDesk will not overwrite it.")
                                       .arg(nativeName(path)));
        }
        if (create && (error == EACCES || error == EPERM || error == EROFS)) {
            return Error::user(
                    tr("Cannot create “%1”: its folder may not be written.").arg(nativeName(path)));
        }
        return Error::data(cannotWriteBeside(path, error));
    }
    std::unique_ptr<BookLock> lock(new BookLock);
    lock->m_fd = fd;
    lock->m_notePath = canonical + u".lock"_s;
    // A reader asking whether a writer is alive (writerAlive) holds a shared lock for a few
    // microseconds: a refusal is only believed when it lasts.
    bool held = ::flock(fd, LOCK_EX | LOCK_NB) != 0;
    for (int attempt = 0; held && errno == EWOULDBLOCK && attempt < 10; ++attempt) {
        ::usleep(5000);
        held = ::flock(fd, LOCK_EX | LOCK_NB) != 0;
    }
    if (held) {
        // Held: say by whom, as the note has it.
        QFile note(lock->m_notePath);
        QStringList who;
        if (note.open(QIODevice::ReadOnly)) {
            who = QString::fromUtf8(note.read(1024)).split(u'\n');
        }
        lock->m_notePath.clear(); // not ours to remove
        const QString pid = who.value(0).trimmed();
        const QString host = who.value(1).trimmed();
        return Error::data(pid.isEmpty()
                                   ? tr("“%1” is already open in another SalesDesk. Close it there "
                                        "first, or open a copy.")
                                             .arg(nativeName(path))
                                   : tr("“%1” is already open in another SalesDesk (process %2 on "
                                        "%3). Close it there first, or open a copy.")
                                             .arg(nativeName(path), pid, host));
    }
    // Ours: a note left behind is from a SalesDesk that ended without closing the book.
    lock->m_stale = QFileInfo::exists(lock->m_notePath);
    const int noteFd = ::open(QFile::encodeName(lock->m_notePath).constData(),
                              O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    const QByteArray text = noteText().toUtf8();
    int error = noteFd < 0 ? errno : 0;
    if (noteFd >= 0 && ::write(noteFd, text.constData(), size_t(text.size())) != text.size()) {
        error = errno != 0 ? errno : ENOSPC; // a short write: no room for the rest
    }
    if (noteFd >= 0) {
        ::fchmod(noteFd, 0600); // a note left from before keeps its old mode otherwise
        ::close(noteFd);
    }
    if (error != 0) {
        ::close(fd);
        lock->m_fd = -1;
        if (noteFd < 0) {
            lock->m_notePath.clear();
        }
        return Error::data(cannotWriteBeside(path, error));
    }
    return lock;
}

bool BookLock::writerAlive(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    // flock locks belong to an open file, so this asks even the process that holds the lock.
    const bool alive = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd); // and with it the shared lock, when it was granted
    return alive;
}

BookLock::~BookLock()
{
    if (!m_notePath.isEmpty()) {
        QFile::remove(m_notePath);
    }
    if (m_fd >= 0) {
        ::close(m_fd); // and the system lets go of the lock
    }
}

} // namespace salesdesk
