#pragma once

#include "core/common/result.h"
#include "core/customers/customer.h"
#include "core/customers/segmentation.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace salesdesk {

// The customers table, with each customer's primary contact read alongside.
class CustomerRepository
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRepository)

public:
    explicit CustomerRepository(QSqlDatabase db)
        : m_statements(std::move(db))
    { }
    Result<QList<Customer>> customers() const; // by id
    // At most `limit` customers after the id `afterId`, by id (a book's customers a page at a
    // time).
    Result<QList<Customer>> customers(qint64 afterId, int limit) const;
    Result<QList<std::pair<qint64, QString>>> names() const; // every customer's, in id order
    // Every customer's id and name (its UTF-8, valid during the call) in id order, one at a
    // time (none kept).
    Status eachName(const std::function<void(qint64, QUtf8StringView)> &visit) const;
    Result<QSet<qint64>> archivedIds() const;
    // The ids of the customers `query` lists, by id.
    Result<QList<qint64>> listedIds(const CustomerListQuery &query) const;
    // The id and the text of `field` of each customer `query` lists, by id.
    Result<QList<std::pair<qint64, QString>>> listedTexts(const CustomerListQuery &query,
                                                          CustomerField field) const;
    // These customers (those that exist), by id.
    Result<QList<Customer>> customersIn(const QList<qint64> &ids) const;
    Result<CustomerChoices> choices() const;
    Result<std::optional<Customer>> customer(qint64 id) const;
    // The customer's name; a null string when there is no such customer.
    Result<QString> name(qint64 id) const;
    // The names of those of these customers that exist.
    Result<QHash<qint64, QString>> namesOf(const QList<qint64> &ids) const;
    // The first customer (by id) named exactly `name`, else named so case aside; 0 for none.
    Result<qint64> findByName(const QString &name) const;
    Result<bool> exists(qint64 id) const;
    // The owner (0 for none) of each of these customers that exists.
    Result<QHash<qint64, qint64>> owners(const QList<qint64> &ids) const;
    // With `primaryContact` the customer's contact fields are written to its primary contact
    // too; without, the contacts are left to the caller. A customer without an id gets one no
    // customer ever had (undo may bring a deleted one back with its own).
    Result<qint64> insert(const Customer &customer, bool primaryContact = true);
    // Bulk writing (the demo): customers that carry ids the caller gave them from nextId(),
    // with their primary contacts, many to a statement.
    Result<qint64> nextId() const;
    Status insertMany(const QList<Customer> &customers);
    // Writes the customer, raising its version; refused (Error::editConflict, naming who) when
    // it carries a version someone else has changed since.
    Status update(const Customer &customer, bool primaryContact = true);
    // The customer's version as the book has it now.
    Result<RowVersion> version(qint64 id) const;
    // The profile alone (kind, industry, region, address, source, tags, owner, service notes,
    // archived): neither the name nor the primary contact is written.
    Status updateProfile(const Customer &customer);
    Status remove(qint64 id);
    Status setArchivedAt(qint64 id, const QDateTime &archivedAt); // invalid: active
    Status setCreatedAt(qint64 id, const QDateTime &createdAt);

    // The communication plan and manual segment kept on the customer row.
    struct Plan
    {
        int cadenceDays = 0;
        std::optional<Segment> segmentOverride;
        QString overrideReason;
    };
    Result<Plan> plan(qint64 id) const;
    Status setPlan(qint64 id, const Plan &plan);

    // The rows of other tables that name a customer, which go with it when it is merged.
    enum class Holder { Deals, Activities, Feedback, KeyDates, Contacts };
    Result<QList<qint64>> rowsOf(Holder holder, qint64 customerId) const;
    Result<int> countOf(Holder holder, qint64 customerId) const;
    // Every row of `from` to `to` (contacts lose their primary mark on the way).
    Status moveAll(Holder holder, qint64 from, qint64 to);
    // These rows back to `to`.
    Status moveRows(Holder holder, const QList<qint64> &ids, qint64 to);
    // No contact of the customer is primary (before the flags are written again).
    Status clearPrimary(qint64 customerId);

private:
    Status writeAtVersion(SqlQuery &update, const Customer &customer);
    // The highest id ever given, kept in the book.
    Status markLastId(qint64 id);
    Status writePrimaryContact(qint64 customerId, const Customer &customer);
    mutable StatementCache m_statements;
};

} // namespace salesdesk
