#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/customers/contacts.h"
#include "core/customers/customer.h"
#include "core/customers/customerrepository.h"
#include "core/customers/followups.h"
#include "core/customers/keydates.h"
#include "core/customers/segmentation.h"
#include "core/customers/segmentservice.h"

#include <QHash>
#include <QObject>

#include <optional>
#include <unordered_map>

namespace salesdesk {

class Database;

// Everything about one customer that the customer editor changes at once: the profile, the
// contacts (the one marked primary is the customer's contact on deals), key dates, the contact
// cadence and a manual segment with its reason.
struct CustomerRecord
{
    Customer customer;
    QList<Contact> contacts;
    QList<KeyDate> keyDates;
    int cadenceDays = 0; // 0: the segment's cadence
    std::optional<Segment> segmentOverride;
    QString overrideReason;

    friend bool operator==(const CustomerRecord &, const CustomerRecord &) = default;
};

// What a merge changed, so that undo can put both customers back as they were.
struct CustomerMerge
{
    CustomerRecord keptBefore;
    CustomerRecord goneBefore;
    QList<qint64> deals, activities, feedback; // moved from the gone customer to the kept one
    SegmentRows goneSegments;
};

// A customer deleted, with what went with it.
struct CustomerRemoval
{
    CustomerRecord record;
    SegmentRows segments;
};

// 沟通计划 for a day: who is overdue, due that day and due later that week under their cadence
// (each group high-value customers first, then potential, then general; the longest waiting
// first within a segment), and the key dates within their days of warning. The Follow-ups view
// and `salesdesk followups` both show this list.
struct FollowUpPlan
{
    QDate asOf;
    QDate weekEnd; // the Sunday of asOf's week
    QList<FollowUp> overdue;
    QList<FollowUp> dueToday;
    QList<FollowUp> laterThisWeek;
    QList<std::pair<QDate, KeyDate>> keyDates; // the day each falls on, soonest first
};

// 客户关系: the book's customers and their contacts, key dates and contact plans. The one
// place that writes the customers, contacts and customer_dates tables.
class CustomerService : public QObject
{
    Q_OBJECT

public:
    CustomerService(Database &db, SegmentService &segments, const Clock &clock,
                    QObject *parent = nullptr);

    // Forgets what it had read of the customers (after an import or its undo, written past the
    // service): they are read again when next asked for.
    Status load();

    // Every customer, by id. Read on first use, not when the book opens: a book of a million
    // deals has some 400,000 customers, and most commands and views need a handful of them.
    const QList<Customer> &customers() const;
    // Reads every customer now unless read already: the error when the book cannot give them
    // (customers() then holds none), for a caller that must not take that for no customers.
    Status readAll() const;
    // One customer (read alone until many are asked for, then all at once); the pointer stays
    // good until the customers change.
    const Customer *customer(qint64 id) const;
    // Whether the customer is in the book, asked of the book when it is not read already (and
    // not counted among the customers read one by one).
    bool exists(qint64 id) const;
    // The owner (0 for none) of each of these customers that exists, read from the book.
    Result<QHash<qint64, qint64>> owners(const QList<qint64> &ids) const;
    // A customer's name (empty for none): one read alone, or from every name read at once when
    // many are asked for.
    QString customerName(qint64 id) const;
    // Every name read at once now: for a caller about to ask for the names of many customers
    // (a list of all of them), which would otherwise read the first 2,000 one by one.
    void readAllNames() const;
    // The names of these customers read in one question, for a caller about to show them (a
    // block of deals on the Board or the List): on a server, where each question is a trip
    // there and back, customerName() then asks nothing. Nothing is read in a file, where a
    // question costs microseconds, nor once all names are read.
    void readNames(const QList<qint64> &ids) const;
    // Every customer's id and name in id order, one at a time: for a list of all of them
    // written as it goes (a book of a million deals has 400,000).
    Status eachName(const std::function<void(qint64, QUtf8StringView)> &visit) const
    {
        return m_repo.eachName(visit);
    }
    // The ids of the customers `query` lists: by id, or by the text of `order` in the language
    // shown (numbers as numbers, case aside; ties by id). Read from the book each time, none
    // kept: a list of 400,000 customers holds their ids, not the customers.
    Result<QList<qint64>> listed(const CustomerListQuery &query,
                                 std::optional<CustomerField> order = std::nullopt,
                                 bool descending = false) const;
    // The id and name of each customer `query` lists, by id (names to complete, without the
    // rest of the customers).
    Result<QList<std::pair<qint64, QString>>> listedNames(const CustomerListQuery &query) const
    {
        return m_repo.listedTexts(query, CustomerField::Name);
    }
    // These customers as the book has them now, by id (a list's visible rows).
    Result<QList<Customer>> customersIn(const QList<qint64> &ids) const
    {
        return m_repo.customersIn(ids);
    }
    // The owners, regions and tags the customers have, and how many customers there are.
    Result<CustomerChoices> choices() const { return m_repo.choices(); }
    // The customer of that name: the first (by id) of exactly that name, else of that name case
    // aside; 0 when there is none. Asked of the book unless every customer is read already.
    qint64 findCustomer(const QString &name) const;
    // The customer of that name, added when new (with just its name).
    Result<qint64> ensureCustomer(const QString &name);

    Result<CustomerRecord> record(qint64 customerId) const;
    // A customer's contacts and key dates alone, as record() has them (a view of the customer
    // that has the rest already).
    Result<QList<Contact>> contactsOf(qint64 customerId) const
    {
        return m_contacts.contacts(customerId);
    }
    Result<QList<KeyDate>> keyDatesOf(qint64 customerId) const
    {
        return m_keyDates.keyDates(customerId);
    }
    // What contactsOf() and keyDatesOf() read, for reading it ahead (ReadAhead).
    static QList<SqlStatement> customerReads(qint64 customerId)
    {
        return {ContactRepository::contactsStatement(customerId),
                KeyDateRepository::keyDatesStatement(customerId)};
    }
    // The problems of a record in sentences, empty when it can be saved.
    QStringList problems(const CustomerRecord &record) const;
    // Adds a customer with its profile, contacts, key dates, cadence and manual segment, in one
    // step: a failure leaves nothing behind. A record with an id keeps it (redo of an add).
    Result<qint64> add(const CustomerRecord &record);
    // Checks and writes a whole record: contacts and key dates not in it are removed, those
    // with id 0 added. The first contact becomes primary when none is marked. A new manual
    // segment goes into the segment history in the same step.
    // A record read at a version someone else has changed since is refused
    // (Error::editConflict, naming who): nothing of it is written.
    Status save(const CustomerRecord &record);
    // Puts a record back as an undo or redo does: refused when someone else changed the
    // customer after the edit being undone left it at `left`, rather than undoing their change.
    Status restore(const CustomerRecord &record, const RowVersion &left);
    // After a clash: what the user changed between `before` (the record they opened) and
    // `mine` (what they saved), put on the customer as it is now — each field and each part
    // (contacts, key dates, cadence, segment) they changed takes theirs, the rest stays as the
    // other person left it. Returns the record saved.
    Result<CustomerRecord> saveOnTop(const CustomerRecord &before, const CustomerRecord &mine);

    // A manual segment that wins over the rules until cleared (nullopt clears it), recorded in
    // the segment history on `on` (today when invalid).
    Status setOverride(qint64 customerId, std::optional<Segment> segment, const QString &reason,
                       const QDate &on = {});
    // A customer's own contact cadence in days; 0 returns it to its segment's.
    Status setContactCadence(qint64 customerId, int days);

    // Moves the deals, contacts, activities, feedback and key dates of `gone` to `kept`, fills
    // the kept profile's empty fields from the gone one, adds its tags, and deletes `gone`.
    Result<CustomerMerge> merge(qint64 kept, qint64 gone);
    Status unmerge(const CustomerMerge &merge);

    // Deletes a customer that has no deals, activities or feedback (those are history: merge the
    // customer into another instead); its contacts and key dates go with it.
    Result<CustomerRemoval> remove(qint64 customerId);
    Status restore(const CustomerRemoval &removal);

    // Archives customers (at `at`, UTC; one archived already keeps its day) or brings them back
    // (`at` invalid), in one step. Their deals, activities, feedback and segment history stay:
    // figures still count them.
    Status setArchived(const QList<qint64> &customerIds, const QDateTime &at);
    // Whether the customer is archived: out of the lists, follow-ups, calendar and reminders.
    bool isArchived(qint64 customerId) const;
    // The archived customers' ids, read from the book (they are few): for a pass over every
    // customer, where asking isArchived() of each would read them all.
    Result<QSet<qint64>> archivedIds() const;
    // Puts each customer's archive state back as it was (undo of setArchived).
    Status restoreArchived(const QHash<qint64, QDateTime> &archivedAt);

    // Every key date of every customer, by date.
    Result<QList<KeyDate>> keyDates() const;
    // The key dates to be reminded of on `asOf`, with the day each falls on, soonest first;
    // archived customers' are left out.
    Result<QList<std::pair<QDate, KeyDate>>> keyDatesComingUp(const QDate &asOf) const;

    // Who to contact around `asOf` under the communication plans, and the key dates coming up
    // (archived customers are left out).
    Result<FollowUpPlan> followUpPlan(const QDate &asOf) const;

signals:
    // Customers were added, changed, merged or removed.
    void customersChanged();

private:
    Status write(const CustomerRecord &record);
    Status reloadAndAnnounce();
    const QList<Customer> &loadAll() const;
    mutable Status m_readStatus; // of the last reading of them all

    Database &m_db;
    SegmentService &m_segments;
    const Clock &m_clock;
    CustomerRepository m_repo;
    ContactRepository m_contacts;
    KeyDateRepository m_keyDates;
    // Read on demand (hence mutable): all of them, or those asked for one by one before that.
    mutable bool m_allRead = false;
    mutable QList<Customer> m_customers;
    mutable QHash<qint64, qsizetype> m_index; // id → position in m_customers
    mutable std::unordered_map<qint64, std::optional<Customer>> m_oneByOne; // stable addresses
    // Names asked for one at a time (a Board's cards), apart from the customers: a list of
    // names never makes the next customer asked for read them all. Null: no such customer.
    mutable QHash<qint64, QString> m_nameOneByOne;
    mutable qsizetype m_namesReadTogether = 0; // of m_nameOneByOne, not counted as one by one
    // Every customer's name, read at once when many names are asked for (a list of a million
    // deals' customers): a tenth of the memory of the whole customers.
    // They are kept in id order and looked up from where the last one was found: lists ask for
    // them in id order (400,000 names in a row), where a hash's lookups missed the cache.
    mutable std::optional<QList<std::pair<qint64, QString>>> m_names;
    mutable qsizetype m_nameAt = 0;
};

} // namespace salesdesk
