#pragma once

#include "common/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

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

} // namespace salesdesk
