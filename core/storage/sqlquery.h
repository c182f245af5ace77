#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace salesdesk {

// A prepared statement with positional bound values whose exec() result is always checked and
// turned into a Status with a readable message. Repositories use this, never bare QSqlQuery::exec.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);

    SqlQuery &bind(const QVariant &value);
    // Binds a NULL for an empty string.
    SqlQuery &bindText(const QString &value);
    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &raw() { return m_query; }

private:
    QSqlQuery m_query;
    QString m_sql;
    Status m_prepared;
};

} // namespace salesdesk
