#pragma once

struct sqlite3;

namespace salesdesk {

// What SalesDesk adds to SQLite on every connection, so that a list of a million rows can be
// searched by SQLite the way the views match text:
//   contains_text(text, needle)  1 when `text` contains `needle` without regard to case
//                                (Unicode case folding, as Qt::CaseInsensitive), else 0;
//                                NULL text contains nothing.
void registerSqlFunctions(sqlite3 *handle);

} // namespace salesdesk
