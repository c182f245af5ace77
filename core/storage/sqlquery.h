#pragma once

#include "common/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <memory>
#include <type_traits>

namespace salesdesk {

// Prepared statements of one repository, kept for reuse: preparing costs more than running a
// small INSERT, and the demo generator and imports run the same ones hundreds of thousands of
// times. Must not outlive the connection (repositories live inside the services of one book).
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db)
        : m_db(std::move(db))
    { }
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    const QSqlDatabase &database() const { return m_db; }
    // The prepared statement for `sql`, or nullptr with `error` set.
    QSqlQuery *statement(const QString &sql, QString *error);

private:
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

// A prepared statement with positional bound values whose exec() result is always checked and
// turned into a Status with a readable message. Repositories use this, never bare
// QSqlQuery::exec. A statement borrowed from a StatementCache is reset when this goes away, so
// no read stays open.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);
    SqlQuery(StatementCache &cache, const QString &sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    SqlQuery &bind(const QVariant &value);
    // Binds a NULL for an empty string.
    SqlQuery &bindText(const QString &value);
    Status exec();
    bool next() { return m_query && m_query->next(); }

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
        return rows;
    }
    // Runs the statement and reads its first row, or fails with `missing`.
    template<typename Read>
    auto one(Read read, const Error &missing) -> Result<std::invoke_result_t<Read, SqlQuery &>>
    {
        if (auto st = exec(); !st) {
            return st.error();
        }
        if (!next()) {
            return missing;
        }
        return read(*this);
    }
    // Runs a query whose answer is the first column of its first row ("SELECT count(*) …").
    Result<QVariant> scalar();
    // Runs an INSERT: returns `id` when one was given (a row put back with its old id), else
    // the new row's id.
    Result<qint64> insert(qint64 id = 0);
    QVariant value(int column) const { return m_query->value(column); }
    qint64 lastInsertId() const { return m_query->lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query->numRowsAffected(); }

private:
    std::unique_ptr<QSqlQuery> m_owned;
    QSqlQuery *m_query = nullptr;
    QString m_sql;
    Status m_prepared;
    int m_nextBind = 0;
};

// "INSERT INTO table (columns[, id]) VALUES (?, …)": with the id column for a row put back with
// its old id (undo of a delete).
QString insertStatement(const QString &table, const QString &columns, bool withId);
// "a = ?, b = ?" for an UPDATE of the given comma-separated columns.
QString updateAssignments(const QString &columns);
// A foreign key to bind: NULL for 0 (no row).
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace salesdesk
