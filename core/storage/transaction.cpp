#include "core/storage/transaction.h"

#include <QSqlError>

namespace salesdesk {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active) {
        m_begin = Error::internal(
                QStringLiteral("Could not start a transaction: %1").arg(m_db.lastError().text()));
    }
}

Transaction::~Transaction()
{
    if (m_active) {
        m_db.rollback();
    }
}

Status Transaction::commit()
{
    if (!m_active) {
        return m_begin.ok() ? Error::internal(QStringLiteral("Transaction committed twice."))
                            : m_begin;
    }
    if (!m_db.commit()) {
        const QString text = m_db.lastError().text();
        m_db.rollback();
        m_active = false;
        return Error::internal(QStringLiteral("Could not save the change: %1").arg(text));
    }
    m_active = false;
    return {};
}

} // namespace salesdesk
