#pragma once

#include "core/common/result.h"
#include "core/storage/sqlquery.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace salesdesk {

// A person at a customer. The primary one is the customer's contact on deals.
struct Contact
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString name;
    QString role;
    QString phone;
    QString email;
    QString wechat;
    QString notes;
    bool primary = false;
    QDateTime createdAt; // UTC

    friend bool operator==(const Contact &, const Contact &) = default;
};

class ContactRepository
{
public:
    explicit ContactRepository(QSqlDatabase db)
        : m_statements(std::move(db))
    { }
    // Contacts of one customer (primary first), or of every customer when 0, by customer.
    Result<QList<Contact>> contacts(qint64 customerId = 0) const;
    // What contacts() runs, for reading it ahead (ReadAhead).
    static SqlStatement contactsStatement(qint64 customerId);
    // With keepId the contact's id is kept (undo of a delete puts the same row back).
    Result<qint64> insert(const Contact &contact, bool keepId = false);
    Status update(const Contact &contact);
    Status remove(qint64 id);

private:
    mutable StatementCache m_statements;
};

} // namespace salesdesk
