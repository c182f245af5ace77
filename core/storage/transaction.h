#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>

namespace salesdesk {

// Begins a transaction; rolls it back in the destructor unless commit() succeeded. Inside a
// transaction already begun, it is a savepoint of it: its commit keeps its changes in the
// larger one, which still commits or rolls back as a whole.
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
    QString m_savepoint; // inside a larger transaction
    bool m_active = false;
    Status m_begin;
};

} // namespace salesdesk
