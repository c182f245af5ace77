#pragma once

#include <QByteArray>
#include <QString>

namespace salesdesk::pg {

// The repositories write their SQL once, as SQLite reads it; these give PostgreSQL's reading of
// it, for the few spellings where the two engines truly differ. Everything else (joins,
// aggregates, CASE, COALESCE, substr, ||, ON CONFLICT …) is the same on both.

// A statement: `?` and `?N` placeholders become `$N` (outside quotes and comments), a list of
// ids in one JSON array ("IN (SELECT value FROM json_each(?))") is unpacked by PostgreSQL's own
// JSON functions, `a IS ?` / `a IS NOT ?` compare with NULLs as SQLite does, and
// group_concat() is string_agg(), and SQLite's planner hints (a unary plus: an index not to use;
// CROSS JOIN … ON: the order to join in) go.
QByteArray statement(const QString &sql);

// A migration script: SQLite's INTEGER PRIMARY KEY (a row id given by the engine) is an identity
// column, integers are 64-bit as in SQLite, REAL is double precision, WITHOUT ROWID (a
// storage choice PostgreSQL has no need of) goes, and foreign keys may be deferred to the end
// of a transaction (copyBook does).
QString schemaScript(const QString &script);

} // namespace salesdesk::pg
