#pragma once

#include "core/common/result.h"

#include <QtGlobal>

namespace salesdesk::ui {

// Undo and redo replay a state that was valid moments ago; failing there means the file itself
// refused the write (disk full, file gone). The stack cannot stop for that, so it is logged.
inline void reportReplay(const Status &status)
{
    if (!status) {
        qWarning("Undo/redo failed: %s", qPrintable(status.message()));
    }
}

} // namespace salesdesk::ui
