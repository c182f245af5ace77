#pragma once

#include "core/common/result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace salesdesk {

class Database;

// Moving a book between a file and a server: every row of every table of `from` written into
// `to`, which is emptied first, in one transaction (all of it or nothing). Both are at the latest
// schema (opening a writer migrates it). Tables are written parents first; rows keep their ids,
// and a server's identity columns go on from the largest. `progress(done, total)` is told the
// rows written after each table. Cancelled (`cancelled` turned true), nothing is kept
// (Error::user "Cancelled.").
Status copyBook(const Database &from, Database &to,
                const std::function<void(qint64, qint64)> &progress = {},
                const std::atomic<bool> *cancelled = nullptr);

} // namespace salesdesk
