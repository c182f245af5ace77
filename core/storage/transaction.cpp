#include "core/storage/transaction.h"

#include "core/storage/sqlquery.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <sqlite3.h>

namespace salesdesk {

namespace {

// Whether the connection is inside a transaction already (the engine's own answer).
bool inTransaction(const QSqlDatabase &db)
{
    if (sqlite3 *h = handleOf(db)) {
        return sqlite3_get_autocommit(h) == 0;
    }
    pg_conn *server = pg::handleOf(db);
    return server && pg::inTransaction(server);
}

// Why the last statement on `db` failed, as the user should hear it.
Error failureOf(const QSqlDatabase &db, const QString &what, const QString &otherwise)
{
    if (pg_conn *server = pg::handleOf(db)) {
        return pg::failure(server, nullptr, otherwise);
    }
    return sqliteFailure(handleOf(db), what, otherwise);
}

bool run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql);
}

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (inTransaction(m_db)) {
        // Inside a larger edit (a command that adds a customer, a rep and a deal as one): a
        // savepoint, which the larger edit commits or takes back as a whole.
        static std::atomic<int> counter {0};
        m_savepoint = QStringLiteral("sd_%1").arg(++counter);
        m_active = run(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else {
        m_active = m_db.transaction();
    }
    if (!m_active) {
        m_begin = failureOf(
                m_db, m_db.lastError().text(),
                QStringLiteral("Could not start a transaction: %1").arg(m_db.lastError().text()));
    }
}

Transaction::~Transaction()
{
    if (!m_active) {
        return;
    }
    if (m_savepoint.isEmpty()) {
        m_db.rollback();
    } else {
        run(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint);
        run(m_db, QStringLiteral("RELEASE ") + m_savepoint);
    }
}

Status Transaction::commit()
{
    if (!m_active) {
        return m_begin.ok() ? Error::internal(QStringLiteral("Transaction committed twice."))
                            : m_begin;
    }
    if (!m_savepoint.isEmpty()) {
        m_active = false;
        if (!run(m_db, QStringLiteral("RELEASE ") + m_savepoint)) {
            return failureOf(m_db, m_db.lastError().text(),
                             QStringLiteral("Could not save the change."));
        }
        return {};
    }
    if (!m_db.commit()) {
        const QString text = m_db.lastError().text();
        // Read before the rollback replaces it: why the commit failed.
        Error failed
                = failureOf(m_db, text, QStringLiteral("Could not save the change: %1").arg(text));
        m_db.rollback();
        m_active = false;
        return failed;
    }
    m_active = false;
    return {};
}

} // namespace salesdesk
