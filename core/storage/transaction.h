#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>

namespace salesdesk {

// Begins a transaction; rolls it back in the destructor unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool active() const { return m_active; }
    const Status &beginStatus() const { return m_begin; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Status m_begin;
};

} // namespace salesdesk
