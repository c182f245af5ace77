#pragma once

#include "core/common/result.h"
#include "core/storage/pgconnection.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVariant>

#include <algorithm>
#include <memory>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace salesdesk {

// The SQLite connection behind a Qt one (none when it is not SQLite's).
sqlite3 *handleOf(const QSqlDatabase &db);

// Which engine a book is kept in: a file of SQLite's, or a database on a PostgreSQL server
// (the team edition). The repositories' SQL is the same for both (pgdialect.h).
enum class Engine { SQLite, PostgreSQL };
Engine engineOf(const QSqlDatabase &db);
// Who writes through this connection, as a row's changed_by names them: the user a server knows
// the connection as; empty for a file (one user at a time).
QString editorName(const QSqlDatabase &db);

// Ids as one JSON array, "[3,1,2]", bound to a single placeholder and unpacked by SQLite:
// "id IN (SELECT value FROM json_each(?))" takes any number of them.
QString jsonIdArray(const QList<qint64> &ids);

// The last failure on `handle` as the user should hear it: a damaged file, a full disk, a file
// that cannot be read or written or is read-only (Error::data, with `what` SQLite said);
// anything else is Error::internal(`otherwise`).
Error sqliteFailure(sqlite3 *handle, const QString &what, const QString &otherwise);

// What a connection has seen of its book: it changes when this connection writes a row or another
// connection commits. Figures read under one stamp may be reused while the stamp stays the same.
// On a server it changes when this program writes there, and every two seconds (others' commits
// are not seen: asking would cost a trip).
struct ChangeStamp
{
    qint64 dataVersion = -1; // PRAGMA data_version: commits by other connections
    qint64 ownChanges = -1; // rows written through this connection
    bool operator==(const ChangeStamp &) const = default;
};

class StatementCache;
Result<ChangeStamp> changeStamp(StatementCache &statements);

// Prepared statements of one repository, kept for reuse: preparing costs more than running a
// small INSERT, and the demo generator and imports run the same ones hundreds of thousands of
// times. Must not outlive the connection (repositories live inside the services of one book).
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db)
        : m_db(std::move(db))
    { }
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    const QSqlDatabase &database() const { return m_db; }
    // The prepared statement for `sql`, or nullptr with `error` set.
    sqlite3_stmt *statement(const QString &sql, QString *error);

    // On PostgreSQL: the statement's text in PostgreSQL's dialect and, from its second use on,
    // the name it is prepared under on the server (empty the first time: sent whole); on the
    // second use `prepare` says to prepare it on the way, in the same exchange.
    struct ServerStatement
    {
        QByteArray name;
        QByteArray sql;
        bool prepare = false;
    };
    ServerStatement serverStatement(const QString &sql);
    // The statement is prepared on the server under `name` now: used from now on.
    void prepared(const QString &sql, const QByteArray &name);

private:
    QSqlDatabase m_db;
    QHash<QString, sqlite3_stmt *> m_statements;
    QHash<QString, ServerStatement> m_serverStatements;
};

// A statement's text (in SQLite's words) and the values of its placeholders: what a repository
// runs, named so that it can also be read ahead (readahead.h).
struct SqlStatement
{
    QString sql;
    QVariantList values;
};

// A prepared statement with positional bound values whose result is always checked and turned
// into a Status with a readable message. Repositories use this, never bare SQL calls. It speaks
// to SQLite directly (through the connection Qt opened): QSqlQuery's binding costs more than a
// small INSERT itself. A statement borrowed from a StatementCache is reset when this goes away,
// so no read stays open. On PostgreSQL the same statement goes to the server through libpq
// (pgconnection.h), translated once into its dialect, and its whole answer comes back at once.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);
    SqlQuery(StatementCache &cache, const QString &sql);
    // The statement with its values bound.
    SqlQuery(StatementCache &cache, const SqlStatement &statement);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    // Binds the next placeholder: a string as text, integers and booleans as integers, a
    // floating-point number as real, a null or invalid variant as NULL, a byte array as a blob,
    // anything else as its text.
    SqlQuery &bind(const QVariant &value);
    // The same without a QVariant, for writers of many rows: text (a null string as NULL),
    // integers (booleans as 0 and 1) and reals.
    SqlQuery &bind(const QString &text);
    template<typename Integer>
        requires std::is_integral_v<Integer>
    SqlQuery &bind(Integer integer)
    {
        return bindInteger(qint64(integer));
    }
    template<typename Real>
        requires std::is_floating_point_v<Real>
    SqlQuery &bind(Real real)
    {
        return bindReal(double(real));
    }
    // Binds a NULL for an empty string.
    SqlQuery &bindText(const QString &value);
    // Binds each of `values` in turn, as bind(QVariant) does.
    SqlQuery &bindAll(const QVariantList &values);
    Status exec();
    bool next();

    // Runs the statement and reads every row with `read(*this)`.
    template<typename Read>
    auto all(Read read) -> Result<QList<std::invoke_result_t<Read, SqlQuery &>>>
    {
        if (auto st = exec(); !st) {
            return st.error();
        }
        QList<std::invoke_result_t<Read, SqlQuery &>> rows;
        while (next()) {
            rows.append(read(*this));
        }
        if (!m_stepError.ok()) {
            return m_stepError.error();
        }
        return rows;
    }
    // Runs the statement and hands every row to `visit(*this)`, keeping nothing: for a reader
    // that folds rows into totals of its own.
    template<typename Visit>
    Status each(Visit visit)
    {
        if (auto st = exec(); !st) {
            return st;
        }
        while (next()) {
            visit(*this);
        }
        return m_stepError;
    }
    // Runs the statement and reads its first row, or fails with `missing`.
    template<typename Read>
    auto one(Read read, const Error &missing) -> Result<std::invoke_result_t<Read, SqlQuery &>>
    {
        if (auto st = exec(); !st) {
            return st.error();
        }
        if (!next()) {
            return m_stepError.ok() ? missing : m_stepError.error();
        }
        return read(*this);
    }
    // Runs a query whose answer is the first column of its first row ("SELECT count(*) …").
    Result<QVariant> scalar();
    // Runs an INSERT: returns `id` when one was given (a row put back with its old id), else
    // the new row's id (on PostgreSQL, given back by the INSERT itself: the table has an `id`).
    Result<qint64> insert(qint64 id = 0);
    // A column of the current row: an integer as qint64, a real as double, text as QString, a
    // blob as QByteArray, NULL as an invalid QVariant.
    QVariant value(int column) const;
    // The same column read as what the caller knows it holds, without a QVariant: an integer
    // (0 for NULL), text from its UTF-8 (a null string for NULL). For readers of many rows.
    qint64 integer(int column) const;
    QString text(int column) const;
    // Text as SQLite holds it (UTF-8), valid until the next row: for comparing, not keeping.
    QByteArrayView utf8(int column) const;
    qint64 lastInsertId() const;
    int rowsAffected() const;

private:
    Error failure(const QString &what) const;
    Error prepareFailure(const QString &what) const;

    SqlQuery &bindInteger(qint64 integer);
    SqlQuery &bindReal(double real);
    int bindUtf8(int at, const QString &text);
    void bound(int rc);

    bool onServer() const { return m_server != nullptr; }
    void bindOnServer(QByteArray text);

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    // On PostgreSQL: the connection, the statement's name when the server holds it prepared
    // (else it is sent whole each time), its text, the values bound, the answer and the row read.
    pg_conn *m_server = nullptr;
    StatementCache *m_cache = nullptr; // the statement's, when it came from one
    // Runs `statement` (this one, or a form of it: `sql` in SQLite's words) with the values
    // bound, keeping its answer.
    Status runOnServer(const StatementCache::ServerStatement &statement, const QString &sql);
    StatementCache::ServerStatement m_serverStatement;
    pg::Params m_params;
    pg::ResultPtr m_result;
    bool m_answeredAhead = false; // the last answer was read ahead (readahead.h)
    int m_row = -1;
    // The bound text as UTF-8, kept while the statement may read it (bound without a copy).
    QList<QByteArray> m_texts;
    bool m_owned = false;
    QString m_sql;
    Status m_prepared;
    Status m_stepError;
    int m_nextBind = 0;
    bool m_rowPending = false; // exec() stepped onto the first row; next() hands it out
    // The statement ran to its end: stepping it again would run it again from the start
    // (SQLite resets a finished statement by itself).
    bool m_done = false;
};

// "INSERT INTO table (columns[, id]) VALUES (?, …)": with the id column for a row put back with
// its old id (undo of a delete).
// With `rows` > 1, one statement inserts that many rows ("VALUES (?, ?), (?, ?)…"): bulk
// writes run far fewer statements.
QString insertStatement(const QString &table, const QString &columns, bool withId, int rows = 1);
// The rows of one statement of a bulk write: a statement's own cost (its checks' lookup
// tables made and cleared, its reset) spread over many rows.
constexpr qsizetype BulkRows = 256;
// Writes `items` a statement of many rows at a time (`bind` binds one item's columns in the
// order of `columns`, then its id when `withId`): a bulk write runs one statement for dozens of
// rows. Each statement is kept in `cache` for the next call.
template<typename T, typename Bind>
Status insertInBatches(StatementCache &cache, const QList<T> &items, const QString &table,
                       const QString &columns, bool withId, Bind bind)
{
    qsizetype at = 0;
    while (at < items.size()) {
        const int rows = int(std::min(BulkRows, items.size() - at));
        SqlQuery q(cache, insertStatement(table, columns, withId, rows));
        for (int r = 0; r < rows; ++r) {
            bind(q, items[at + r]);
        }
        if (auto st = q.exec(); !st) {
            return st;
        }
        at += rows;
    }
    return {};
}
// "a = ?, b = ?" for an UPDATE of the given comma-separated columns.
QString updateAssignments(const QString &columns);
// A foreign key to bind: NULL for 0 (no row).
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace salesdesk
