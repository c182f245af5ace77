#pragma once

#include "core/common/result.h"
#include "core/customers/contacts.h"
#include "core/customers/keydates.h"
#include "core/customers/segmentation.h"
#include "core/pipeline/pipelinetypes.h"

#include <QCoreApplication>

#include <optional>

namespace salesdesk {

class Database;
class SegmentService;

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

// A customer's rows in customer_segments and customer_segment_history, which go with it when
// it is deleted and come back with it on undo.
struct SegmentRows
{
    QString segment; // empty when never computed
    bool atRisk = false;
    QString computedOn;
    struct History
    {
        qint64 id;
        QString segment, changedOn, reason;
        bool manual;
    };
    QList<History> history;
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

class CustomerService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerService)

public:
    CustomerService(Database &db, SegmentService &segments);

    Result<CustomerRecord> record(qint64 customerId) const;
    // Checks and writes a whole record: contacts and key dates not in it are removed, those
    // with id 0 added. The first contact becomes primary when none is marked.
    Status save(const CustomerRecord &record);
    // The problems of a record in sentences, empty when it can be saved.
    QStringList problems(const CustomerRecord &record) const;

    // Moves the deals, contacts, activities, feedback and key dates of `gone` to `kept`, fills
    // the kept profile's empty fields from the gone one, adds its tags, and deletes `gone`.
    Result<CustomerMerge> merge(qint64 kept, qint64 gone);
    Status unmerge(const CustomerMerge &merge);

    // Deletes a customer that has no deals, activities or feedback (those are history: merge the
    // customer into another instead); its contacts and key dates go with it.
    Result<CustomerRemoval> remove(qint64 customerId);
    Status restore(const CustomerRemoval &removal);

private:
    Status write(const CustomerRecord &record);
    Result<SegmentRows> segmentRows(qint64 customerId) const;
    Status putBack(qint64 customerId, const SegmentRows &rows);
    // Inserts the customer row of a record with its id (its contacts and key dates are added
    // by write()).
    Status insertCustomerRow(const Customer &customer);

    Database &m_db;
    SegmentService &m_segments;
};

} // namespace salesdesk
