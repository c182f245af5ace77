#pragma once

#include <QFileDevice>

namespace salesdesk {

// What SalesDesk writes — books, backups, exports, reports — holds a company's sales: a new
// file is readable and writable by its owner alone, whatever the umask; a file that existed
// keeps the mode its owner gave it.
inline bool makePrivateIfNew(QFileDevice &file, bool existed)
{
    return existed || file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace salesdesk
