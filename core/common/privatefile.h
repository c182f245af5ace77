#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <QStorageInfo>

namespace salesdesk {

// What SalesDesk writes — books, backups, exports, reports — holds a company's sales: a new
// file is readable and writable by its owner alone, whatever the umask; a file that existed
// keeps the mode its owner gave it.
inline bool makePrivateIfNew(QFileDevice &file, bool existed)
{
    return existed || file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// A file that could not be written (opened, written or committed): the disk's or the folder's
// trouble, not the user's wording of the command (exit 2), in plain words when the disk is full.
// `size`: about how much was to be written.
inline Error cannotWrite(const QString &path, const QFileDevice &file, qint64 size = 1 << 20)
{
    const QString name = QDir::toNativeSeparators(path);
    // Qt reports a write on a full disk (ENOSPC) as a resource error, but a flush when the file
    // is committed as an unknown one: the free space tells.
    const qint64 free = QStorageInfo(QFileInfo(path).absolutePath()).bytesAvailable();
    if (file.error() == QFileDevice::ResourceError || (free >= 0 && free < size + (64 << 10))) {
        return Error::data(QCoreApplication::translate("FileWrite", "Cannot write “%1”: the disk "
                                                                    "is full. Free some space "
                                                                    "and try again.")
                                   .arg(name));
    }
    return Error::data(QCoreApplication::translate("FileWrite", "Cannot write “%1”: %2")
                               .arg(name, file.errorString()));
}

} // namespace salesdesk
