#include "sqlquery.h"

#include <QHash>
#include <QSqlError>

namespace salesdesk {

QSqlQuery *StatementCache::statement(const QString &sql, QString *error)
{
    auto it = m_statements.constFind(sql);
    if (it != m_statements.cend()) {
        return it->get();
    }
    auto query = std::make_shared<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        *error = query->lastError().text();
        return nullptr;
    }
    m_statements.insert(sql, query);
    return query.get();
}

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_owned(std::make_unique<QSqlQuery>(db))
    , m_query(m_owned.get())
    , m_sql(sql)
{
    m_query->setForwardOnly(true);
    if (!m_query->prepare(sql)) {
        m_prepared = Error::internal(QStringLiteral("Could not prepare “%1”: %2")
                                             .arg(sql.simplified(), m_query->lastError().text()));
    }
}

SqlQuery::SqlQuery(StatementCache &cache, const QString &sql)
    : m_sql(sql)
{
    QString error;
    m_query = cache.statement(sql, &error);
    if (!m_query) {
        m_prepared = Error::internal(
                QStringLiteral("Could not prepare “%1”: %2").arg(sql.simplified(), error));
    }
}

SqlQuery::~SqlQuery()
{
    if (m_query && !m_owned) {
        m_query->finish();
    }
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    if (m_query) {
        m_query->bindValue(m_nextBind++, value);
    }
    return *this;
}

SqlQuery &SqlQuery::bindText(const QString &value)
{
    return bind(value.isEmpty() ? QVariant() : QVariant(value));
}

Status SqlQuery::exec()
{
    if (!m_prepared) {
        return m_prepared;
    }
    if (!m_query->exec()) {
        return Error::internal(
                QStringLiteral("Database error in “%1”: %2")
                        .arg(m_sql.simplified().left(80), m_query->lastError().text()));
    }
    return {};
}

Result<QVariant> SqlQuery::scalar()
{
    if (auto st = exec(); !st) {
        return st.error();
    }
    return next() ? value(0) : QVariant();
}

Result<qint64> SqlQuery::insert(qint64 id)
{
    if (auto st = exec(); !st) {
        return st.error();
    }
    return id > 0 ? id : lastInsertId();
}

QString updateAssignments(const QString &columns)
{
    QStringList parts = columns.split(QStringLiteral(", "));
    for (auto &p : parts) {
        p += QStringLiteral(" = ?");
    }
    return parts.join(QStringLiteral(", "));
}

QString insertStatement(const QString &table, const QString &columns, bool withId)
{
    // A bulk write asks for the same few statements hundreds of thousands of times: each is
    // built once.
    thread_local QHash<QString, QString> built;
    QString key = table;
    key += u'|';
    key += columns;
    if (withId) {
        key += u'+';
    }
    if (const auto at = built.constFind(key); at != built.cend()) {
        return *at;
    }
    const qsizetype count = columns.count(u',') + 1 + (withId ? 1 : 0);
    QString placeholders = QStringLiteral("?");
    for (qsizetype i = 1; i < count; ++i) {
        placeholders += QStringLiteral(", ?");
    }
    const QString sql = QStringLiteral("INSERT INTO %1 (%2%3) VALUES (%4)")
                                .arg(table, columns, withId ? QStringLiteral(", id") : QString(),
                                     placeholders);
    built.insert(key, sql);
    return sql;
}

} // namespace salesdesk
