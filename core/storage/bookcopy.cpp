#include "core/storage/bookcopy.h"

#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

struct Table
{
    QString name;
    QStringList columns;
    bool hasId = false;
};

// The tables of the book and their columns, parents before the tables that refer to them, as
// the SQLite side (the file copied from or to) declares them: both sides were made by the same
// migrations.
Result<QList<Table>> tablesOf(const QSqlDatabase &file)
{
    SqlQuery names(file, u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                         "LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"_s);
    auto found = names.all([](SqlQuery &row) { return row.text(0); });
    if (!found) {
        return found.error();
    }
    QHash<QString, Table> tables;
    QHash<QString, QStringList> parents;
    for (const QString &name : std::as_const(*found)) {
        Table t {name, {}, false};
        SqlQuery columns(file, u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s);
        columns.bind(name);
        auto listed = columns.all([](SqlQuery &row) { return row.text(0); });
        if (!listed) {
            return listed.error();
        }
        t.columns = *listed;
        t.hasId = t.columns.contains(u"id"_s);
        tables.insert(name, t);
        SqlQuery keys(file, u"SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)"_s);
        keys.bind(name);
        auto referred = keys.all([](SqlQuery &row) { return row.text(0); });
        if (!referred) {
            return referred.error();
        }
        parents.insert(name, *referred);
    }
    // Depth first, parents first; a table referring to itself comes after itself.
    QList<Table> ordered;
    QSet<QString> placed;
    std::function<void(const QString &)> place = [&](const QString &name) {
        if (placed.contains(name) || !tables.contains(name)) {
            return;
        }
        placed.insert(name);
        for (const QString &parent : parents.value(name)) {
            place(parent);
        }
        ordered.append(tables.value(name));
    };
    for (const QString &name : std::as_const(*found)) {
        place(name);
    }
    return ordered;
}

// Rows of one statement: a server takes at most 65,535 values in one.
int rowsPerStatement(const Table &t)
{
    return int(std::min<qsizetype>(BulkRows, 30000 / std::max<qsizetype>(1, t.columns.size())));
}

Status emptyTables(Database &to, const QList<Table> &tables)
{
    if (to.engine() == Engine::PostgreSQL) {
        QStringList names;
        for (const Table &t : tables) {
            names.append(t.name);
        }
        SqlQuery truncate(to.connection(),
                          u"TRUNCATE "_s + names.join(u", "_s) + u" RESTART IDENTITY CASCADE"_s);
        return truncate.exec();
    }
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        SqlQuery remove(to.connection(), u"DELETE FROM "_s + it->name);
        if (auto st = remove.exec(); !st) {
            return st;
        }
    }
    return {};
}

Status copyTable(const Database &from, Database &to, const Table &t,
                 const std::atomic<bool> *cancelled, qint64 *written)
{
    const QString columns = t.columns.join(u", "_s);
    SqlQuery read(from.connection(), u"SELECT "_s + columns + u" FROM "_s + t.name
                                             + (t.hasId ? u" ORDER BY id"_s : QString()));
    if (auto st = read.exec(); !st) {
        return st;
    }
    const int perStatement = rowsPerStatement(t);
    const auto columnCount = int(t.columns.size());
    QList<QVariantList> pending;
    const auto flush = [&]() -> Status {
        if (pending.isEmpty()) {
            return {};
        }
        SqlQuery write(to.connection(),
                       insertStatement(t.name, columns, false, int(pending.size())));
        for (const QVariantList &row : std::as_const(pending)) {
            write.bindAll(row);
        }
        *written += pending.size();
        pending.clear();
        return write.exec();
    };
    while (read.next()) {
        QVariantList row;
        row.reserve(columnCount);
        for (int c = 0; c < columnCount; ++c) {
            row.append(read.value(c));
        }
        pending.append(std::move(row));
        if (pending.size() == perStatement) {
            if (cancelled && cancelled->load()) {
                return Error::user(QCoreApplication::translate("Database", "Cancelled."));
            }
            if (auto st = flush(); !st) {
                return st;
            }
        }
    }
    return flush();
}

// A server's identity columns go on from the largest id copied.
Status restartIdentities(Database &to, const QList<Table> &tables)
{
    for (const Table &t : tables) {
        if (!t.hasId) {
            continue;
        }
        SqlQuery restart(to.connection(),
                         u"SELECT setval(pg_get_serial_sequence(?, 'id'), coalesce(max(id), 0) + "
                         "1, false) FROM "_s
                                 + t.name
                                 + u" WHERE pg_get_serial_sequence(?, 'id') IS NOT NULL"_s);
        restart.bind(t.name).bind(t.name);
        if (auto st = restart.exec(); !st) {
            return st;
        }
    }
    return {};
}

} // namespace

Status copyBook(const Database &from, Database &to,
                const std::function<void(qint64, qint64)> &progress,
                const std::atomic<bool> *cancelled)
{
    if (from.schemaVersion() != Database::latestSchemaVersion()
        || to.schemaVersion() != Database::latestSchemaVersion()) {
        return Error::data(QCoreApplication::translate(
                "Database", "Both books must be at this SalesDesk's version to be copied: open "
                            "the older one in SalesDesk once first."));
    }
    const QSqlDatabase &file
            = from.engine() == Engine::SQLite ? from.connection() : to.connection();
    auto tables = tablesOf(file);
    if (!tables) {
        return tables.error();
    }
    qint64 total = 0;
    for (const Table &t : std::as_const(*tables)) {
        SqlQuery count(from.connection(), u"SELECT count(*) FROM "_s + t.name);
        auto rows = count.scalar();
        if (!rows) {
            return rows.error();
        }
        total += rows->toLongLong();
    }
    // A file is written without looking up each row's parents (they are all copied; the
    // check after says so); a server checks every row as it comes.
    if (to.engine() == Engine::SQLite) {
        if (auto st = to.setForeignKeyChecks(false); !st) {
            return st;
        }
    }
    Transaction tx(to.connection());
    if (!tx.active()) {
        return tx.beginStatus();
    }
    if (to.engine() == Engine::PostgreSQL) {
        // Keys that refer both ways (a team's lead is one of its reps) hold once all is in.
        SqlQuery deferred(to.connection(), u"SET CONSTRAINTS ALL DEFERRED"_s);
        if (auto st = deferred.exec(); !st) {
            return st;
        }
    }
    if (auto st = emptyTables(to, *tables); !st) {
        return st;
    }
    qint64 written = 0;
    for (const Table &t : std::as_const(*tables)) {
        if (auto st = copyTable(from, to, t, cancelled, &written); !st) {
            return st;
        }
        if (progress) {
            progress(written, total);
        }
    }
    if (to.engine() == Engine::PostgreSQL) {
        if (auto st = restartIdentities(to, *tables); !st) {
            return st;
        }
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    if (to.engine() == Engine::SQLite) {
        return to.setForeignKeyChecks(true);
    }
    return {};
}

} // namespace salesdesk
