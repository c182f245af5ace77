#include "sqlquery.h"

#include <QSqlError>

namespace salesdesk {

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
        m_prepared = Error::internal(QStringLiteral("Could not prepare “%1”: %2")
                                             .arg(sql.simplified(), m_query.lastError().text()));
    }
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    m_query.addBindValue(value);
    return *this;
}

SqlQuery &SqlQuery::bindText(const QString &value)
{
    m_query.addBindValue(value.isEmpty() ? QVariant() : QVariant(value));
    return *this;
}

Status SqlQuery::exec()
{
    if (!m_prepared) {
        return m_prepared;
    }
    if (!m_query.exec()) {
        return Error::internal(
                QStringLiteral("Database error in “%1”: %2")
                        .arg(m_sql.simplified().left(80), m_query.lastError().text()));
    }
    return {};
}

} // namespace salesdesk
