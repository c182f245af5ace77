#pragma once

#include <QString>

namespace salesdesk {

// Which edit of a row was read: its version, raised by every change written to it, and who wrote
// the last one (the user on a team server; empty in a file). A change carries the version it
// was made against, and a row changed by someone else since is not overwritten unseen.
//
// Two reads of the same row compare equal whatever their versions: a version tells when a row
// was read, not what it holds.
struct RowVersion
{
    qint64 number = 0; // 0: not read from the book (a new row, or a change that checks nothing)
    QString changedBy;

    friend bool operator==(const RowVersion &, const RowVersion &) { return true; }
};

} // namespace salesdesk
