#include "core/customers/customerservice.h"

#include "core/customers/segmentservice.h"
#include "core/pipeline/pipelinerepository.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/storage/transaction.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

Result<QList<qint64>> ids(const QSqlDatabase &db, const QString &sql, qint64 customerId)
{
    SqlQuery q(db, sql);
    q.bind(customerId);
    return q.all([](SqlQuery &row) { return row.value(0).toLongLong(); });
}

Status exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    SqlQuery q(db, sql);
    for (const QVariant &v : values) {
        q.bind(v);
    }
    return q.exec();
}

} // namespace

CustomerService::CustomerService(Database &db, SegmentService &segments)
    : m_db(db)
    , m_segments(segments)
{ }

Result<CustomerRecord> CustomerService::record(qint64 customerId) const
{
    const QSqlDatabase db = m_db.connection();
    PartyRepository parties(db);
    auto customer = parties.customer(customerId);
    if (!customer) {
        return customer.error();
    }
    if (!customer->has_value()) {
        return Error::user(tr("There is no customer #%1.").arg(customerId));
    }
    CustomerRecord r;
    r.customer = **customer;
    auto contacts = ContactRepository(db).contacts(customerId);
    auto dates = KeyDateRepository(db).keyDates(customerId);
    if (!contacts || !dates) {
        return !contacts ? contacts.error() : dates.error();
    }
    r.contacts = *contacts;
    r.keyDates = *dates;
    SqlQuery q(db, u"SELECT contact_every_days, segment_override, segment_override_reason "
                   "FROM customers WHERE id = ?"_s);
    q.bind(customerId);
    if (auto st = q.exec(); !st) {
        return st.error();
    }
    if (q.next()) {
        r.cadenceDays = q.value(0).toInt();
        r.segmentOverride = SegmentText::segment(q.value(1).toString());
        r.overrideReason = q.value(2).toString();
    }
    return r;
}

QStringList CustomerService::problems(const CustomerRecord &r) const
{
    QStringList p;
    if (r.customer.name.trimmed().isEmpty()) {
        p.append(tr("A customer needs a name."));
    }
    for (const Contact &c : r.contacts) {
        if (c.name.trimmed().isEmpty()) {
            p.append(tr("Every contact needs a name."));
            break;
        }
    }
    if (std::count_if(r.contacts.cbegin(), r.contacts.cend(),
                      [](const Contact &c) { return c.primary; })
        > 1) {
        p.append(tr("Only one contact can be the primary one."));
    }
    for (const KeyDate &d : r.keyDates) {
        if (!d.date.isValid()) {
            p.append(tr("Every key date needs a date."));
            break;
        }
    }
    if (r.cadenceDays < 0) {
        p.append(tr("The contact cadence is a number of days."));
    }
    if (r.segmentOverride && r.overrideReason.trimmed().isEmpty()) {
        p.append(tr("Say why this customer is put in another segment."));
    }
    return p;
}

Status CustomerService::write(const CustomerRecord &r)
{
    const QSqlDatabase db = m_db.connection();
    PartyRepository parties(db);
    ContactRepository contacts(db);
    KeyDateRepository keyDates(db);
    Customer c = r.customer;
    c.name = c.name.trimmed();
    if (auto st = parties.updateCustomer(c, false); !st) {
        return st;
    }
    if (auto st
        = exec(db,
               u"UPDATE customers SET contact_every_days = ?, segment_override = ?, "
               "segment_override_reason = ? WHERE id = ?"_s,
               {r.cadenceDays > 0 ? QVariant(r.cadenceDays) : QVariant(),
                r.segmentOverride ? QVariant(SegmentText::code(*r.segmentOverride)) : QVariant(),
                r.segmentOverride ? QVariant(r.overrideReason.trimmed()) : QVariant(), c.id});
        !st) {
        return st;
    }

    // Contacts: the record's list is the whole truth.
    auto stored = contacts.contacts(c.id);
    if (!stored) {
        return stored.error();
    }
    QSet<qint64> kept;
    for (const Contact &k : r.contacts) {
        kept.insert(k.id);
    }
    QSet<qint64> existing;
    for (const Contact &s : std::as_const(*stored)) {
        existing.insert(s.id);
        if (!kept.contains(s.id)) {
            if (auto st = contacts.remove(s.id); !st) {
                return st;
            }
        }
    }
    // No two primaries even for a moment: clear the flags, then write them.
    if (auto st = exec(db, u"UPDATE contacts SET is_primary = 0 WHERE customer_id = ?"_s, {c.id});
        !st) {
        return st;
    }
    const bool anyPrimary = std::any_of(r.contacts.cbegin(), r.contacts.cend(),
                                        [](const Contact &k) { return k.primary; });
    for (qsizetype i = 0; i < r.contacts.size(); ++i) {
        Contact k = r.contacts[i];
        k.customerId = c.id;
        k.name = k.name.trimmed();
        k.primary = k.primary || (!anyPrimary && i == 0);
        if (!k.createdAt.isValid()) {
            k.createdAt = QDateTime::currentDateTimeUtc();
        }
        if (k.id > 0 && existing.contains(k.id)) {
            if (auto st = contacts.update(k); !st) {
                return st;
            }
        } else if (auto id = contacts.insert(k, k.id > 0); !id) {
            return id.error();
        }
    }

    auto storedDates = keyDates.keyDates(c.id);
    if (!storedDates) {
        return storedDates.error();
    }
    QSet<qint64> keptDates, existingDates;
    for (const KeyDate &d : r.keyDates) {
        keptDates.insert(d.id);
    }
    for (const KeyDate &s : std::as_const(*storedDates)) {
        existingDates.insert(s.id);
        if (!keptDates.contains(s.id)) {
            if (auto st = keyDates.remove(s.id); !st) {
                return st;
            }
        }
    }
    for (KeyDate d : r.keyDates) {
        d.customerId = c.id;
        if (d.id > 0 && existingDates.contains(d.id)) {
            if (auto st = keyDates.update(d); !st) {
                return st;
            }
        } else if (auto id = keyDates.insert(d, d.id > 0); !id) {
            return id.error();
        }
    }
    return {};
}

Status CustomerService::save(const CustomerRecord &r)
{
    if (const QStringList p = problems(r); !p.isEmpty()) {
        return Error::user(p.join(u' '));
    }
    auto before = record(r.customer.id);
    if (!before) {
        return before.error();
    }
    {
        Transaction tx(m_db.connection());
        if (!tx.active()) {
            return tx.beginStatus();
        }
        if (auto st = write(r); !st) {
            return st;
        }
        if (auto st = tx.commit(); !st) {
            return st;
        }
    }
    // A new manual segment goes into the segment history too.
    if (r.segmentOverride != before->segmentOverride
        || (r.segmentOverride && r.overrideReason != before->overrideReason)) {
        return m_segments.setOverride(r.customer.id, r.segmentOverride, r.overrideReason);
    }
    return {};
}

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
    const QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginStatus().error();
    }
    auto deals = ids(db, u"SELECT id FROM deals WHERE customer_id = ? ORDER BY id"_s, goneId);
    auto activities
            = ids(db, u"SELECT id FROM activities WHERE customer_id = ? ORDER BY id"_s, goneId);
    auto feedback = ids(db, u"SELECT id FROM feedback WHERE customer_id = ? ORDER BY id"_s, goneId);
    if (!deals || !activities || !feedback) {
        return Error::internal(tr("The customers could not be read."));
    }
    m.deals = *deals;
    m.activities = *activities;
    m.feedback = *feedback;
    auto segments = segmentRows(goneId);
    if (!segments) {
        return segments.error();
    }
    m.goneSegments = *segments;
    for (const QString &table : {u"deals"_s, u"activities"_s, u"feedback"_s, u"customer_dates"_s}) {
        if (auto st
            = exec(db, u"UPDATE "_s + table + u" SET customer_id = ? WHERE customer_id = ?"_s,
                   {keptId, goneId});
            !st) {
            return st.error();
        }
    }
    if (auto st = exec(db,
                       u"UPDATE contacts SET customer_id = ?, is_primary = 0 "
                       "WHERE customer_id = ?"_s,
                       {keptId, goneId});
        !st) {
        return st.error();
    }
    if (auto st = exec(db, u"DELETE FROM customers WHERE id = ?"_s, {goneId}); !st) {
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
        if (auto st = exec(db, u"UPDATE customers SET created_at = ? WHERE id = ?"_s,
                           {toStoredTime(c.createdAt), keptId});
            !st) {
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
    return m;
}

Status CustomerService::unmerge(const CustomerMerge &m)
{
    const QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginStatus();
    }
    const qint64 goneId = m.goneBefore.customer.id;
    const qint64 keptId = m.keptBefore.customer.id;
    // Back under their own customer before the records are written.
    const auto moveBack = [&](const QString &table, const QList<qint64> &rows) -> Status {
        for (qint64 id : rows) {
            if (auto st = exec(db, u"UPDATE "_s + table + u" SET customer_id = ? WHERE id = ?"_s,
                               {goneId, id});
                !st) {
                return st;
            }
        }
        return {};
    };
    if (auto st = insertCustomerRow(m.goneBefore.customer); !st) {
        return st;
    }
    QList<qint64> contactIds, dateIds;
    for (const Contact &c : m.goneBefore.contacts) {
        contactIds.append(c.id);
    }
    for (const KeyDate &d : m.goneBefore.keyDates) {
        dateIds.append(d.id);
    }
    for (const auto &[table, rows] : {std::pair {u"deals"_s, m.deals},
                                      {u"activities"_s, m.activities},
                                      {u"feedback"_s, m.feedback},
                                      {u"contacts"_s, contactIds},
                                      {u"customer_dates"_s, dateIds}}) {
        if (auto st = moveBack(table, rows); !st) {
            return st;
        }
    }
    if (auto st = write(m.goneBefore); !st) {
        return st;
    }
    if (auto st = write(m.keptBefore); !st) {
        return st;
    }
    if (auto st = exec(db, u"UPDATE customers SET created_at = ? WHERE id = ?"_s,
                       {toStoredTime(m.keptBefore.customer.createdAt), keptId});
        !st) {
        return st;
    }
    if (auto st = putBack(goneId, m.goneSegments); !st) {
        return st;
    }
    return tx.commit();
}

Result<SegmentRows> CustomerService::segmentRows(qint64 customerId) const
{
    const QSqlDatabase db = m_db.connection();
    SegmentRows rows;
    SqlQuery q(db, u"SELECT segment, at_risk, computed_on FROM customer_segments "
                   "WHERE customer_id = ?"_s);
    q.bind(customerId);
    if (auto st = q.exec(); !st) {
        return st.error();
    }
    if (q.next()) {
        rows.segment = q.value(0).toString();
        rows.atRisk = q.value(1).toBool();
        rows.computedOn = q.value(2).toString();
    }
    SqlQuery h(db, u"SELECT id, segment, changed_on, manual, reason FROM "
                   "customer_segment_history WHERE customer_id = ? ORDER BY id"_s);
    h.bind(customerId);
    auto history = h.all([](SqlQuery &row) {
        return SegmentRows::History {row.value(0).toLongLong(), row.value(1).toString(),
                                     row.value(2).toString(), row.value(4).toString(),
                                     row.value(3).toBool()};
    });
    if (!history) {
        return history.error();
    }
    rows.history = *history;
    return rows;
}

Status CustomerService::putBack(qint64 customerId, const SegmentRows &rows)
{
    const QSqlDatabase db = m_db.connection();
    if (!rows.segment.isEmpty()) {
        if (auto st = exec(db,
                           u"INSERT INTO customer_segments (customer_id, segment, at_risk, "
                           "computed_on) VALUES (?, ?, ?, ?)"_s,
                           {customerId, rows.segment, rows.atRisk ? 1 : 0, rows.computedOn});
            !st) {
            return st;
        }
    }
    for (const auto &h : rows.history) {
        if (auto st = exec(db,
                           u"INSERT INTO customer_segment_history (id, customer_id, segment, "
                           "changed_on, manual, reason) VALUES (?, ?, ?, ?, ?, ?)"_s,
                           {h.id, customerId, h.segment, h.changedOn, h.manual ? 1 : 0,
                            h.reason.isEmpty() ? QVariant() : QVariant(h.reason)});
            !st) {
            return st;
        }
    }
    return {};
}

Status CustomerService::insertCustomerRow(const Customer &customer)
{
    Customer c = customer;
    c.contactPerson.clear(); // the contacts come back with their own ids
    c.phone.clear();
    c.email.clear();
    auto id = PartyRepository(m_db.connection()).insertCustomer(c, false);
    return id ? Status() : Status(id.error());
}

Result<CustomerRemoval> CustomerService::remove(qint64 customerId)
{
    auto record = this->record(customerId);
    if (!record) {
        return record.error();
    }
    const QSqlDatabase db = m_db.connection();
    int owned[3] = {0, 0, 0};
    const QString tables[3] = {u"deals"_s, u"activities"_s, u"feedback"_s};
    for (int i = 0; i < 3; ++i) {
        SqlQuery q(db, u"SELECT count(*) FROM "_s + tables[i] + u" WHERE customer_id = ?"_s);
        q.bind(customerId);
        auto n = q.scalar();
        if (!n) {
            return n.error();
        }
        owned[i] = n->toInt();
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
    auto segments = segmentRows(customerId);
    if (!segments) {
        return segments.error();
    }
    removal.segments = *segments;
    if (auto st = exec(db, u"DELETE FROM customers WHERE id = ?"_s, {customerId}); !st) {
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
    CustomerRecord record = removal.record;
    if (auto st = insertCustomerRow(record.customer); !st) {
        return st;
    }
    if (auto st = write(record); !st) {
        return st;
    }
    if (auto st = putBack(record.customer.id, removal.segments); !st) {
        return st;
    }
    return tx.commit();
}

} // namespace salesdesk
