#include "core/customers/customerrepository.h"

#include "core/common/dates.h"

#include <QCoreApplication>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

Customer readCustomer(SqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.contactPerson = q.value(2).toString();
    c.phone = q.value(3).toString();
    c.email = q.value(4).toString();
    c.createdAt = fromStoredTime(q.value(5).toString());
    c.kind = CustomerText::customerKind(q.value(6).toString());
    c.industry = q.value(7).toString();
    c.region = q.value(8).toString();
    c.address = q.value(9).toString();
    c.source = q.value(10).toString();
    c.tags = splitTags(q.value(11).toString());
    c.ownerId = q.value(12).toLongLong();
    c.serviceNotes = q.value(13).toString();
    c.archivedAt = fromStoredTime(q.value(14).toString());
    c.version = {q.integer(15), q.text(16)};
    return c;
}

// The columns readCustomer reads, from the customer and its primary contact.
const QString customerSelect
        = u"SELECT c.id, c.name, p.name, p.phone, p.email, c.created_at, c.kind, c.industry, "
          "c.region, c.address, c.source, c.tags, c.owner_id, c.service_notes, c.archived_at, "
          "c.row_version, c.changed_by FROM customers c "
          "LEFT JOIN contacts p ON p.customer_id = c.id AND p.is_primary = 1 "_s;

// The customer columns a Customer is made of, after id and name (without the primary contact).
constexpr auto CustomerProfileColumns
        = "kind, industry, region, address, source, tags, owner_id, service_notes, archived_at"_L1;

SqlQuery &bindProfile(SqlQuery &q, const Customer &c)
{
    return q.bind(CustomerText::code(c.kind))
            .bindText(c.industry)
            .bindText(c.region)
            .bindText(c.address)
            .bindText(c.source)
            .bindText(joinTags(c.tags))
            .bind(idOrNull(c.ownerId))
            .bindText(c.serviceNotes)
            .bind(c.archived() ? QVariant(toStoredTime(c.archivedAt)) : QVariant());
}

// The primary contact's customer, name (the customer's when no person is named), phone and
// email.
SqlQuery &bindPrimaryContact(SqlQuery &q, qint64 customerId, const Customer &c)
{
    return q.bind(customerId)
            .bind(c.contactPerson.isEmpty() ? c.name : c.contactPerson)
            .bindText(c.phone)
            .bindText(c.email);
}

QString contactCreatedAt(const Customer &c)
{
    return toStoredTime(c.createdAt.isValid() ? c.createdAt : QDateTime::currentDateTimeUtc());
}

} // namespace

Result<QList<Customer>> CustomerRepository::customers() const
{
    return customers(0, -1);
}

Result<QList<Customer>> CustomerRepository::customers(qint64 afterId, int limit) const
{
    SqlQuery q(m_statements, customerSelect + u"WHERE c.id > ? ORDER BY c.id LIMIT ?"_s);
    // A negative limit is none (the largest there is: both engines read it alike).
    q.bind(afterId).bind(limit < 0 ? std::numeric_limits<qint64>::max() : qint64(limit));
    return q.all(readCustomer);
}

Result<QList<Customer>> CustomerRepository::customersIn(const QList<qint64> &ids) const
{
    SqlQuery q(m_statements,
               customerSelect + u"WHERE c.id IN (SELECT value FROM json_each(?)) ORDER BY c.id"_s);
    q.bind(jsonIdArray(ids));
    return q.all(readCustomer);
}

Result<QList<std::pair<qint64, QString>>> CustomerRepository::names() const
{
    SqlQuery q(m_statements, u"SELECT id, name FROM customers ORDER BY id"_s);
    return q.all([](SqlQuery &row) { return std::pair(row.integer(0), row.text(1)); });
}

Status CustomerRepository::eachName(const std::function<void(qint64, QUtf8StringView)> &visit) const
{
    SqlQuery q(m_statements, u"SELECT id, name FROM customers ORDER BY id"_s);
    return q.each([&](SqlQuery &row) { visit(row.integer(0), QUtf8StringView(row.utf8(1))); });
}

Result<QSet<qint64>> CustomerRepository::archivedIds() const
{
    SqlQuery q(m_statements, u"SELECT id FROM customers WHERE archived_at IS NOT NULL"_s);
    if (auto st = q.exec(); !st) {
        return st.error();
    }
    QSet<qint64> ids;
    while (q.next()) {
        ids.insert(q.value(0).toLongLong());
    }
    return ids;
}

Result<QString> CustomerRepository::name(qint64 id) const
{
    SqlQuery q(m_statements, u"SELECT name FROM customers WHERE id = ?"_s);
    q.bind(id);
    auto names = q.all([](SqlQuery &row) { return row.text(0); });
    if (!names) {
        return names.error();
    }
    return names->isEmpty() ? QString() : names->first();
}

Result<QHash<qint64, QString>> CustomerRepository::namesOf(const QList<qint64> &ids) const
{
    SqlQuery q(m_statements, u"SELECT id, name FROM customers WHERE id IN "
                             "(SELECT value FROM json_each(?))"_s);
    q.bind(jsonIdArray(ids));
    QHash<qint64, QString> names;
    names.reserve(ids.size());
    if (auto st = q.each([&names](SqlQuery &row) { names.insert(row.integer(0), row.text(1)); });
        !st) {
        return st.error();
    }
    return names;
}

Result<qint64> CustomerRepository::findByName(const QString &name) const
{
    // The exact name through the index on names; the case-aside match needs every name (one
    // scan, in the book, not in memory).
    SqlQuery exact(m_statements, u"SELECT id FROM customers WHERE name = ? ORDER BY id LIMIT 1"_s);
    exact.bind(name);
    auto ids = exact.all([](SqlQuery &row) { return row.integer(0); });
    if (!ids) {
        return ids.error();
    }
    if (!ids->isEmpty()) {
        return ids->first();
    }
    if (name.isEmpty()) {
        return 0;
    }
    SqlQuery similar(m_statements,
                     u"SELECT id, name FROM customers WHERE contains_text(name, ?) ORDER BY id"_s);
    similar.bind(name);
    qint64 found = 0;
    auto st = similar.each([&](SqlQuery &row) {
        if (found == 0 && row.text(1).compare(name, Qt::CaseInsensitive) == 0) {
            found = row.integer(0);
        }
    });
    if (!st) {
        return st.error();
    }
    return found;
}

Result<std::optional<Customer>> CustomerRepository::customer(qint64 id) const
{
    SqlQuery q(m_statements, customerSelect + u"WHERE c.id = ?"_s);
    q.bind(id);
    auto rows = q.all(readCustomer);
    if (!rows) {
        return rows.error();
    }
    return rows->isEmpty() ? std::optional<Customer>() : std::optional<Customer>(rows->first());
}

Result<bool> CustomerRepository::exists(qint64 id) const
{
    SqlQuery q(m_statements, u"SELECT EXISTS (SELECT 1 FROM customers WHERE id = ?)"_s);
    q.bind(id);
    auto found = q.scalar();
    if (!found) {
        return found.error();
    }
    return found->toBool();
}

Result<QHash<qint64, qint64>> CustomerRepository::owners(const QList<qint64> &ids) const
{
    SqlQuery q(m_statements, u"SELECT id, coalesce(owner_id, 0) FROM customers WHERE id IN "
                             "(SELECT value FROM json_each(?))"_s);
    q.bind(jsonIdArray(ids));
    if (auto st = q.exec(); !st) {
        return st.error();
    }
    QHash<qint64, qint64> owners;
    owners.reserve(ids.size());
    while (q.next()) {
        owners.insert(q.integer(0), q.integer(1));
    }
    return owners;
}

Result<qint64> CustomerRepository::nextId() const
{
    // A new customer never takes the id of one deleted or merged away: undo may bring that one
    // back with its own id. The highest id ever given is kept in the book.
    SqlQuery next(m_statements, u"SELECT max(coalesce((SELECT max(id) FROM customers), 0), "
                                "coalesce((SELECT CAST(value AS INTEGER) FROM book_properties "
                                "WHERE key = 'last_customer_id'), 0)) + 1"_s);
    auto n = next.scalar();
    if (!n) {
        return n.error();
    }
    return n->toLongLong();
}

Status CustomerRepository::markLastId(qint64 id)
{
    SqlQuery mark(m_statements, u"INSERT INTO book_properties (key, value) "
                                "VALUES ('last_customer_id', ?) ON CONFLICT (key) DO UPDATE "
                                "SET value = excluded.value"_s);
    mark.bind(QString::number(id));
    return mark.exec();
}

Result<qint64> CustomerRepository::insert(const Customer &c, bool primaryContact)
{
    qint64 newId = c.id;
    if (newId <= 0) {
        auto next = nextId();
        if (!next) {
            return next;
        }
        newId = *next;
    }
    SqlQuery q(m_statements,
               insertStatement(u"customers"_s, u"name, created_at, "_s + CustomerProfileColumns,
                               true));
    q.bind(c.name).bind(toStoredTime(c.createdAt));
    bindProfile(q, c);
    q.bind(newId);
    auto id = q.insert(newId);
    if (!id) {
        return id;
    }
    if (newId != c.id) {
        if (auto st = markLastId(newId); !st) {
            return st.error();
        }
    }
    if (!primaryContact) {
        return id;
    }
    if (auto st = writePrimaryContact(*id, c); !st) {
        return st.error();
    }
    return id;
}

Status CustomerRepository::insertMany(const QList<Customer> &customers)
{
    if (customers.isEmpty()) {
        return {};
    }
    if (auto st = insertInBatches(m_statements, customers, u"customers"_s,
                                  u"name, created_at, "_s + CustomerProfileColumns, true,
                                  [](SqlQuery &q, const Customer &c) {
                                      q.bind(c.name).bind(toStoredTime(c.createdAt));
                                      bindProfile(q, c).bind(c.id);
                                  });
        !st) {
        return st;
    }
    // Their primary contacts: the new customers have none yet.
    QList<const Customer *> withContact;
    withContact.reserve(customers.size());
    for (const Customer &c : customers) {
        if (!c.contactPerson.isEmpty() || !c.phone.isEmpty() || !c.email.isEmpty()) {
            withContact.append(&c);
        }
    }
    if (auto st
        = insertInBatches(m_statements, withContact, u"contacts"_s,
                          u"customer_id, name, phone, email, is_primary, created_at"_s, false,
                          [](SqlQuery &q, const Customer *c) {
                              bindPrimaryContact(q, c->id, *c).bind(1).bind(contactCreatedAt(*c));
                          });
        !st) {
        return st;
    }
    const auto last
            = std::max_element(customers.cbegin(), customers.cend(),
                               [](const Customer &a, const Customer &b) { return a.id < b.id; });
    return markLastId(last->id);
}

Status CustomerRepository::writePrimaryContact(qint64 customerId, const Customer &c)
{
    if (c.contactPerson.isEmpty() && c.phone.isEmpty() && c.email.isEmpty()) {
        SqlQuery q(m_statements,
                   u"DELETE FROM contacts WHERE customer_id = ? AND is_primary = 1"_s);
        q.bind(customerId);
        return q.exec();
    }
    SqlQuery q(m_statements,
               u"INSERT INTO contacts (customer_id, name, phone, email, is_primary, created_at) "
               "VALUES (?, ?, ?, ?, 1, ?) "
               "ON CONFLICT (customer_id) WHERE is_primary = 1 DO UPDATE "
               "SET name = excluded.name, phone = excluded.phone, email = excluded.email"_s);
    bindPrimaryContact(q, customerId, c).bind(contactCreatedAt(c));
    return q.exec();
}

Result<RowVersion> CustomerRepository::version(qint64 id) const
{
    SqlQuery q(m_statements, u"SELECT row_version, changed_by FROM customers WHERE id = ?"_s);
    q.bind(id);
    return q.one(
            [](SqlQuery &row) {
                return RowVersion {row.integer(0), row.text(1)};
            },
            Error::data(tr("There is no customer #%1.").arg(id)));
}

Status CustomerRepository::writeAtVersion(SqlQuery &q, const Customer &c)
{
    if (auto st = q.exec(); !st) {
        return st;
    }
    if (q.rowsAffected() == 1) {
        return {};
    }
    auto now = version(c.id);
    if (!now) {
        return now.error();
    }
    const QString who = now->changedBy.isEmpty() ? tr("someone else") : now->changedBy;
    return Error::editConflict(tr("“%1” was changed by %2 since you opened it, so your change was "
                                  "not saved. Open it again to see theirs, then make yours.")
                                       .arg(c.name, who));
}

// Against the version the customer was read at, when it carries one: a row someone else changed
// since is left as they left it (as DealRepository::update).
Status CustomerRepository::update(const Customer &c, bool primaryContact)
{
    SqlQuery q(m_statements, u"UPDATE customers SET name = ?, "_s
                                     + updateAssignments(CustomerProfileColumns)
                                     + u", row_version = row_version + 1, changed_by = ? WHERE "
                                       "id = ? AND (? = 0 OR row_version = ?)"_s);
    q.bind(c.name);
    bindProfile(q, c).bindText(editorName(m_statements.database()));
    q.bind(c.id).bind(c.version.number).bind(c.version.number);
    if (auto st = writeAtVersion(q, c); !st) {
        return st;
    }
    return primaryContact ? writePrimaryContact(c.id, c) : Status();
}

Status CustomerRepository::updateProfile(const Customer &c)
{
    SqlQuery q(m_statements, u"UPDATE customers SET "_s + updateAssignments(CustomerProfileColumns)
                                     + u", row_version = row_version + 1, changed_by = ? WHERE "
                                       "id = ? AND (? = 0 OR row_version = ?)"_s);
    bindProfile(q, c).bindText(editorName(m_statements.database()));
    q.bind(c.id).bind(c.version.number).bind(c.version.number);
    return writeAtVersion(q, c);
}

Status CustomerRepository::setArchivedAt(qint64 id, const QDateTime &archivedAt)
{
    SqlQuery q(m_statements, u"UPDATE customers SET archived_at = ? WHERE id = ?"_s);
    q.bind(archivedAt.isValid() ? QVariant(toStoredTime(archivedAt)) : QVariant()).bind(id);
    return q.exec();
}

Status CustomerRepository::remove(qint64 id)
{
    SqlQuery q(m_statements, u"DELETE FROM customers WHERE id = ?"_s);
    q.bind(id);
    return q.exec();
}

Status CustomerRepository::setCreatedAt(qint64 id, const QDateTime &createdAt)
{
    SqlQuery q(m_statements, u"UPDATE customers SET created_at = ? WHERE id = ?"_s);
    q.bind(toStoredTime(createdAt)).bind(id);
    return q.exec();
}

Result<CustomerRepository::Plan> CustomerRepository::plan(qint64 id) const
{
    SqlQuery q(m_statements, u"SELECT contact_every_days, segment_override, "
                             "segment_override_reason FROM customers WHERE id = ?"_s);
    q.bind(id);
    return q.one(
            [](SqlQuery &row) {
                return Plan {row.value(0).toInt(), SegmentText::segment(row.value(1).toString()),
                             row.value(2).toString()};
            },
            Error::user(QCoreApplication::translate("CustomerService", "There is no customer #%1.")
                                .arg(id)));
}

Status CustomerRepository::setPlan(qint64 id, const Plan &p)
{
    SqlQuery q(m_statements, u"UPDATE customers SET contact_every_days = ?, segment_override = ?, "
                             "segment_override_reason = ? WHERE id = ?"_s);
    q.bind(p.cadenceDays > 0 ? QVariant(p.cadenceDays) : QVariant());
    q.bind(p.segmentOverride ? QVariant(SegmentText::code(*p.segmentOverride)) : QVariant());
    q.bindText(p.segmentOverride ? p.overrideReason.trimmed() : QString()).bind(id);
    return q.exec();
}

namespace {

QString tableOf(CustomerRepository::Holder holder)
{
    using H = CustomerRepository::Holder;
    switch (holder) {
    case H::Deals:
        return u"deals"_s;
    case H::Activities:
        return u"activities"_s;
    case H::Feedback:
        return u"feedback"_s;
    case H::KeyDates:
        return u"customer_dates"_s;
    case H::Contacts:
        return u"contacts"_s;
    }
    return {};
}

} // namespace

Result<QList<qint64>> CustomerRepository::rowsOf(Holder holder, qint64 customerId) const
{
    SqlQuery q(m_statements,
               u"SELECT id FROM "_s + tableOf(holder) + u" WHERE customer_id = ? ORDER BY id"_s);
    q.bind(customerId);
    return q.all([](SqlQuery &row) { return row.value(0).toLongLong(); });
}

Result<int> CustomerRepository::countOf(Holder holder, qint64 customerId) const
{
    SqlQuery q(m_statements,
               u"SELECT count(*) FROM "_s + tableOf(holder) + u" WHERE customer_id = ?"_s);
    q.bind(customerId);
    auto n = q.scalar();
    if (!n) {
        return n.error();
    }
    return n->toInt();
}

Status CustomerRepository::moveAll(Holder holder, qint64 from, qint64 to)
{
    SqlQuery q(m_statements,
               u"UPDATE "_s + tableOf(holder) + u" SET customer_id = ?"_s
                       + (holder == Holder::Contacts ? u", is_primary = 0"_s : QString())
                       + u" WHERE customer_id = ?"_s);
    q.bind(to).bind(from);
    return q.exec();
}

Status CustomerRepository::moveRows(Holder holder, const QList<qint64> &ids, qint64 to)
{
    for (qint64 id : ids) {
        SqlQuery q(m_statements,
                   u"UPDATE "_s + tableOf(holder) + u" SET customer_id = ? WHERE id = ?"_s);
        q.bind(to).bind(id);
        if (auto st = q.exec(); !st) {
            return st;
        }
    }
    return {};
}

Status CustomerRepository::clearPrimary(qint64 customerId)
{
    SqlQuery q(m_statements, u"UPDATE contacts SET is_primary = 0 WHERE customer_id = ?"_s);
    q.bind(customerId);
    return q.exec();
}

} // namespace salesdesk
