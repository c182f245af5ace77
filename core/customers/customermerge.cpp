// CustomerService's merges and deletions: what moves with a customer, and how undo puts it back.

#include "core/customers/customerservice.h"
#include "core/customers/segmentservice.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

using Holder = CustomerRepository::Holder;

Result<CustomerMerge> CustomerService::merge(qint64 keptId, qint64 goneId)
{
    if (keptId == goneId) {
        return Error::user(tr("Choose two different customers to merge."));
    }
    CustomerMerge m;
    auto kept = record(keptId);
    auto gone = record(goneId);
    if (!kept || !gone) {
        return !kept ? kept.error() : gone.error();
    }
    m.keptBefore = *kept;
    m.goneBefore = *gone;
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginStatus().error();
    }
    auto deals = m_repo.rowsOf(Holder::Deals, goneId);
    auto activities = m_repo.rowsOf(Holder::Activities, goneId);
    auto feedback = m_repo.rowsOf(Holder::Feedback, goneId);
    if (!deals || !activities || !feedback) {
        return Error::internal(tr("The customers could not be read."));
    }
    m.deals = *deals;
    m.activities = *activities;
    m.feedback = *feedback;
    auto segments = m_segments.rowsOf(goneId);
    if (!segments) {
        return segments.error();
    }
    m.goneSegments = *segments;
    for (const Holder holder : {Holder::Deals, Holder::Activities, Holder::Feedback,
                                Holder::KeyDates, Holder::Contacts}) {
        if (auto st = m_repo.moveAll(holder, goneId, keptId); !st) {
            return st.error();
        }
    }
    if (auto st = m_repo.remove(goneId); !st) {
        return st.error();
    }
    // The kept profile, completed from the gone one.
    auto merged = record(keptId);
    if (!merged) {
        return merged.error();
    }
    CustomerRecord r = *merged;
    Customer &c = r.customer;
    const Customer &g = m.goneBefore.customer;
    for (auto [field, from] : {std::pair {&c.industry, &g.industry},
                               {&c.region, &g.region},
                               {&c.address, &g.address},
                               {&c.source, &g.source}}) {
        if (field->isEmpty()) {
            *field = *from;
        }
    }
    if (c.serviceNotes.isEmpty()) {
        c.serviceNotes = g.serviceNotes;
    } else if (!g.serviceNotes.isEmpty() && g.serviceNotes != c.serviceNotes) {
        c.serviceNotes += u'\n' + g.serviceNotes;
    }
    for (const QString &tag : g.tags) {
        if (!c.tags.contains(tag, Qt::CaseInsensitive)) {
            c.tags.append(tag);
        }
    }
    if (c.ownerId == 0) {
        c.ownerId = g.ownerId;
    }
    if (g.createdAt.isValid() && g.createdAt < c.createdAt) {
        c.createdAt = g.createdAt;
        if (auto st = m_repo.setCreatedAt(keptId, c.createdAt); !st) {
            return st.error();
        }
    }
    // The kept customer's primary contact stays primary; without one, the gone one's.
    const bool keptHadPrimary
            = std::any_of(m.keptBefore.contacts.cbegin(), m.keptBefore.contacts.cend(),
                          [](const Contact &k) { return k.primary; });
    for (Contact &k : r.contacts) {
        const auto was = std::find_if(m.keptBefore.contacts.cbegin(), m.keptBefore.contacts.cend(),
                                      [&](const Contact &o) { return o.id == k.id; });
        const auto wasGone
                = std::find_if(m.goneBefore.contacts.cbegin(), m.goneBefore.contacts.cend(),
                               [&](const Contact &o) { return o.id == k.id; });
        k.primary = was != m.keptBefore.contacts.cend()
                            ? was->primary
                            : (!keptHadPrimary && wasGone != m.goneBefore.contacts.cend()
                               && wasGone->primary);
    }
    if (r.cadenceDays == 0) {
        r.cadenceDays = m.goneBefore.cadenceDays;
    }
    if (auto st = write(r); !st) {
        return st.error();
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    if (auto st = reloadAndAnnounce(); !st) {
        return st.error();
    }
    return m;
}

Status CustomerService::unmerge(const CustomerMerge &m)
{
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginStatus();
    }
    const qint64 goneId = m.goneBefore.customer.id;
    const qint64 keptId = m.keptBefore.customer.id;
    // The gone customer's row first, then its rows back under it, then both records.
    Customer row = m.goneBefore.customer;
    row.contactPerson.clear(); // the contacts come back with their own ids
    row.phone.clear();
    row.email.clear();
    if (auto id = m_repo.insert(row, false); !id) {
        return id.error();
    }
    QList<qint64> contactIds, dateIds;
    for (const Contact &c : m.goneBefore.contacts) {
        contactIds.append(c.id);
    }
    for (const KeyDate &d : m.goneBefore.keyDates) {
        dateIds.append(d.id);
    }
    for (const auto &[holder, rows] : {std::pair {Holder::Deals, m.deals},
                                       {Holder::Activities, m.activities},
                                       {Holder::Feedback, m.feedback},
                                       {Holder::Contacts, contactIds},
                                       {Holder::KeyDates, dateIds}}) {
        if (auto st = m_repo.moveRows(holder, rows, goneId); !st) {
            return st;
        }
    }
    // Both as they were before the merge, whatever versions the merge left (an undo of the
    // merge puts back what it changed; merges are an owner's tidying, not a shared edit).
    for (CustomerRecord before : {m.goneBefore, m.keptBefore}) {
        before.customer.version = {};
        if (auto st = write(before); !st) {
            return st;
        }
    }
    if (auto st = m_repo.setCreatedAt(keptId, m.keptBefore.customer.createdAt); !st) {
        return st;
    }
    if (auto st = m_segments.putBack(goneId, m.goneSegments); !st) {
        return st;
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    return reloadAndAnnounce();
}

Result<CustomerRemoval> CustomerService::remove(qint64 customerId)
{
    auto record = this->record(customerId);
    if (!record) {
        return record.error();
    }
    int owned[3] = {0, 0, 0};
    const Holder holders[3] = {Holder::Deals, Holder::Activities, Holder::Feedback};
    for (int i = 0; i < 3; ++i) {
        auto n = m_repo.countOf(holders[i], customerId);
        if (!n) {
            return n.error();
        }
        owned[i] = *n;
    }
    if (owned[0] + owned[1] + owned[2] > 0) {
        QStringList what;
        if (owned[0] > 0) {
            what.append(tr("%n deal(s)", nullptr, owned[0]));
        }
        if (owned[1] > 0) {
            what.append(tr("%n activity(ies)", nullptr, owned[1]));
        }
        if (owned[2] > 0) {
            what.append(tr("%n piece(s) of feedback", nullptr, owned[2]));
        }
        return Error::user(tr("“%1” has a history (%2): merge it into another customer instead "
                              "of deleting it.")
                                   .arg(record->customer.name, what.join(u", "_s)));
    }
    CustomerRemoval removal;
    removal.record = *record;
    auto segments = m_segments.rowsOf(customerId);
    if (!segments) {
        return segments.error();
    }
    removal.segments = *segments;
    // Contacts, key dates and segment rows go with the customer (ON DELETE CASCADE).
    if (auto st = m_repo.remove(customerId); !st) {
        return st.error();
    }
    if (auto st = reloadAndAnnounce(); !st) {
        return st.error();
    }
    return removal;
}

Status CustomerService::restore(const CustomerRemoval &removal)
{
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginStatus();
    }
    Customer row = removal.record.customer;
    row.contactPerson.clear(); // the contacts come back with their own ids
    row.phone.clear();
    row.email.clear();
    if (auto id = m_repo.insert(row, false); !id) {
        return id.error();
    }
    CustomerRecord back = removal.record;
    back.customer.version = {}; // the row just made again
    if (auto st = write(back); !st) {
        return st;
    }
    if (auto st = m_segments.putBack(removal.record.customer.id, removal.segments); !st) {
        return st;
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    return reloadAndAnnounce();
}

} // namespace salesdesk
