#include "core/customers/customerservice.h"

#include "core/customers/segmentservice.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

using Holder = CustomerRepository::Holder;

CustomerService::CustomerService(Database &db, SegmentService &segments, const Clock &clock,
                                 QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_segments(segments)
    , m_clock(clock)
    , m_repo(db.connection())
    , m_contacts(db.connection())
    , m_keyDates(db.connection())
{ }

Status CustomerService::load()
{
    m_allRead = false;
    m_customers.clear();
    m_index.clear();
    m_oneByOne.clear();
    m_nameOneByOne.clear();
    m_names.reset();
    m_nameAt = 0;
    return {};
}

const QList<Customer> &CustomerService::customers() const
{
    return m_allRead ? m_customers : loadAll();
}

Status CustomerService::readAll() const
{
    customers();
    return m_readStatus;
}

const QList<Customer> &CustomerService::loadAll() const
{
    auto customers = m_repo.customers();
    m_readStatus = customers.ok() ? Status() : Status(customers.error());
    if (!customers) {
        // A view shows none and the log says why; readAll() gives the error to those who must
        // not take it for no customers.
        qWarning("Could not read the customers: %s", qPrintable(customers.error().message));
        return m_customers;
    }
    m_customers = std::move(customers).value();
    m_index.clear();
    m_index.reserve(m_customers.size());
    for (qsizetype i = 0; i < m_customers.size(); ++i) {
        m_index.insert(m_customers[i].id, i);
    }
    m_allRead = true;
    return m_customers;
}

Status CustomerService::reloadAndAnnounce()
{
    auto st = load();
    emit customersChanged();
    return st;
}

namespace {
// Past this many customers asked for one at a time, one read of them all is quicker.
constexpr size_t OneByOneLimit = 2000;

// The first of names (in id order) whose id is not below `id`.
template<typename Names>
auto firstFrom(Names &names, qint64 id)
{
    return std::lower_bound(
            names.begin(), names.end(), id,
            [](const std::pair<qint64, QString> &n, qint64 wanted) { return n.first < wanted; });
}
} // namespace

const Customer *CustomerService::customer(qint64 id) const
{
    if (!m_allRead && m_oneByOne.size() >= OneByOneLimit) {
        loadAll();
    }
    if (m_allRead) {
        const auto at = m_index.constFind(id);
        return at == m_index.cend() ? nullptr : &m_customers[*at];
    }
    auto at = m_oneByOne.find(id);
    if (at == m_oneByOne.end()) {
        auto read = m_repo.customer(id);
        if (!read) {
            qWarning("Could not read customer #%lld: %s", id, qPrintable(read.error().message));
            return nullptr;
        }
        at = m_oneByOne.emplace(id, std::move(read).value()).first;
    }
    return at->second ? &*at->second : nullptr;
}

bool CustomerService::exists(qint64 id) const
{
    if (m_allRead) {
        return m_index.contains(id);
    }
    if (const auto at = m_oneByOne.find(id); at != m_oneByOne.end()) {
        return at->second.has_value();
    }
    auto found = m_repo.exists(id);
    if (!found) {
        qWarning("Could not read customer #%lld: %s", id, qPrintable(found.error().message));
        return false;
    }
    return *found;
}

Result<QHash<qint64, qint64>> CustomerService::owners(const QList<qint64> &ids) const
{
    return m_repo.owners(ids);
}

void CustomerService::readAllNames() const
{
    if (m_allRead || m_names) {
        return;
    }
    auto names = m_repo.names();
    if (!names) {
        qWarning("Could not read the customers' names: %s", qPrintable(names.error().message));
        return;
    }
    m_names = std::move(names).value();
}

QString CustomerService::customerName(qint64 id) const
{
    if (!m_allRead && !m_names
        && m_oneByOne.size() + size_t(m_nameOneByOne.size()) >= OneByOneLimit) {
        readAllNames();
    }
    if (m_names && !m_allRead) {
        const auto &names = *m_names;
        // The one after the last asked for; where the id says it is when ids have no gaps (as
        // usual); else a binary search.
        const qint64 direct = names.isEmpty() ? -1 : id - names.first().first;
        if (m_nameAt + 1 < names.size() && names[m_nameAt + 1].first == id) {
            ++m_nameAt;
        } else if (direct >= 0 && direct < names.size() && names[direct].first == id) {
            m_nameAt = qsizetype(direct);
        } else if (m_nameAt >= names.size() || names[m_nameAt].first != id) {
            const auto at = firstFrom(names, id);
            if (at == names.cend() || at->first != id) {
                return {};
            }
            m_nameAt = at - names.cbegin();
        }
        return names[m_nameAt].second;
    }
    if (m_allRead) {
        const Customer *c = customer(id);
        return c ? c->name : QString();
    }
    if (const auto at = m_oneByOne.find(id); at != m_oneByOne.end()) {
        return at->second ? at->second->name : QString();
    }
    if (const auto at = m_nameOneByOne.constFind(id); at != m_nameOneByOne.cend()) {
        return *at;
    }
    auto read = m_repo.name(id);
    if (!read) {
        qWarning("Could not read customer #%lld: %s", id, qPrintable(read.error().message));
        return {};
    }
    m_nameOneByOne.insert(id, *read);
    return *read;
}

qint64 CustomerService::findCustomer(const QString &name) const
{
    const QString wanted = name.trimmed();
    if (m_allRead) {
        for (const auto &c : std::as_const(m_customers)) {
            if (c.name == wanted) {
                return c.id;
            }
        }
        for (const auto &c : std::as_const(m_customers)) {
            if (c.name.compare(wanted, Qt::CaseInsensitive) == 0) {
                return c.id;
            }
        }
        return 0;
    }
    auto found = m_repo.findByName(wanted);
    if (!found) {
        qWarning("Could not look for customer %s: %s", qPrintable(wanted),
                 qPrintable(found.error().message));
        return 0;
    }
    return *found;
}

Result<qint64> CustomerService::ensureCustomer(const QString &name)
{
    if (name.trimmed().isEmpty()) {
        return Error::user(tr("A deal needs a customer."));
    }
    if (qint64 id = findCustomer(name)) {
        return id;
    }
    Customer c;
    c.name = name.trimmed();
    c.createdAt = m_clock.nowUtc();
    auto id = m_repo.insert(c);
    if (!id) {
        return id;
    }
    c.id = *id;
    if (m_allRead) {
        m_index.insert(c.id, m_customers.size());
        m_customers.append(c);
    } else if (auto asked = m_oneByOne.find(c.id); asked != m_oneByOne.end() && !asked->second) {
        m_oneByOne.erase(asked); // asked for before it existed
    }
    m_nameOneByOne.remove(c.id);
    if (m_names) {
        if (const auto at = firstFrom(*m_names, c.id); at != m_names->end() && at->first == c.id) {
            at->second = c.name;
        } else {
            m_names->insert(at, {c.id, c.name});
        }
    }
    emit customersChanged();
    return id;
}

Result<CustomerRecord> CustomerService::record(qint64 customerId) const
{
    auto customer = m_repo.customer(customerId);
    if (!customer) {
        return customer.error();
    }
    if (!customer->has_value()) {
        return Error::user(tr("There is no customer #%1.").arg(customerId));
    }
    CustomerRecord r;
    r.customer = **customer;
    auto contacts = m_contacts.contacts(customerId);
    auto dates = m_keyDates.keyDates(customerId);
    auto plan = m_repo.plan(customerId);
    if (!contacts || !dates || !plan) {
        return !contacts ? contacts.error() : !dates ? dates.error() : plan.error();
    }
    r.contacts = *contacts;
    r.keyDates = *dates;
    r.cadenceDays = plan->cadenceDays;
    r.segmentOverride = plan->segmentOverride;
    r.overrideReason = plan->overrideReason;
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
    Customer c = r.customer;
    c.name = c.name.trimmed();
    if (auto st = m_repo.update(c, false); !st) {
        return st;
    }
    if (auto st = m_repo.setPlan(c.id, {r.cadenceDays, r.segmentOverride, r.overrideReason}); !st) {
        return st;
    }

    // Contacts: the record's list is the whole truth.
    auto stored = m_contacts.contacts(c.id);
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
            if (auto st = m_contacts.remove(s.id); !st) {
                return st;
            }
        }
    }
    // No two primaries even for a moment: clear the flags, then write them.
    if (auto st = m_repo.clearPrimary(c.id); !st) {
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
            k.createdAt = m_clock.nowUtc();
        }
        if (k.id > 0 && existing.contains(k.id)) {
            if (auto st = m_contacts.update(k); !st) {
                return st;
            }
        } else if (auto id = m_contacts.insert(k, k.id > 0); !id) {
            return id.error();
        }
    }

    auto storedDates = m_keyDates.keyDates(c.id);
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
            if (auto st = m_keyDates.remove(s.id); !st) {
                return st;
            }
        }
    }
    for (KeyDate d : r.keyDates) {
        d.customerId = c.id;
        if (d.id > 0 && existingDates.contains(d.id)) {
            if (auto st = m_keyDates.update(d); !st) {
                return st;
            }
        } else if (auto id = m_keyDates.insert(d, d.id > 0); !id) {
            return id.error();
        }
    }
    return {};
}

Result<qint64> CustomerService::add(const CustomerRecord &given)
{
    if (const QStringList p = problems(given); !p.isEmpty()) {
        return Error::user(p.join(u' '));
    }
    if (const qint64 same = findCustomer(given.customer.name); same && same != given.customer.id) {
        return Error::user(
                tr("There is already a customer called “%1”.").arg(given.customer.name.trimmed()));
    }
    CustomerRecord r = given;
    r.customer.name = r.customer.name.trimmed();
    if (!r.customer.createdAt.isValid()) {
        r.customer.createdAt = m_clock.nowUtc();
    }
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginStatus().error();
    }
    // The contacts come with the record, not from the customer's contact fields.
    Customer row = r.customer;
    row.contactPerson.clear();
    row.phone.clear();
    row.email.clear();
    auto id = m_repo.insert(row, false);
    if (!id) {
        return id;
    }
    r.customer.id = *id;
    if (auto st = write(r); !st) {
        return st.error();
    }
    if (r.segmentOverride) {
        if (auto st
            = m_segments.writeOverride(*id, r.segmentOverride, r.overrideReason, m_clock.today());
            !st) {
            return st.error();
        }
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    if (auto st = reloadAndAnnounce(); !st) {
        return st.error();
    }
    return id;
}

Status CustomerService::save(const CustomerRecord &r)
{
    if (const QStringList p = problems(r); !p.isEmpty()) {
        return Error::user(p.join(u' '));
    }
    if (const qint64 same = findCustomer(r.customer.name); same && same != r.customer.id) {
        return Error::user(
                tr("There is already a customer called “%1”.").arg(r.customer.name.trimmed()));
    }
    auto before = record(r.customer.id);
    if (!before) {
        return before.error();
    }
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginStatus();
    }
    if (auto st = write(r); !st) {
        return st;
    }
    // A new manual segment goes into the segment history too.
    if (r.segmentOverride != before->segmentOverride
        || (r.segmentOverride && r.overrideReason != before->overrideReason)) {
        if (auto st = m_segments.writeOverride(r.customer.id, r.segmentOverride, r.overrideReason,
                                               m_clock.today());
            !st) {
            return st;
        }
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    if (r.segmentOverride != before->segmentOverride) {
        emit m_segments.segmentsChanged();
    }
    return reloadAndAnnounce();
}

Status CustomerService::setOverride(qint64 customerId, std::optional<Segment> segment,
                                    const QString &reason, const QDate &on)
{
    if (segment && reason.trimmed().isEmpty()) {
        return Error::user(tr("Say why this customer is put in another segment."));
    }
    auto plan = m_repo.plan(customerId);
    if (!plan) {
        return plan.error();
    }
    plan->segmentOverride = segment;
    plan->overrideReason = segment ? reason.trimmed() : QString();
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginStatus();
    }
    if (auto st = m_repo.setPlan(customerId, *plan); !st) {
        return st;
    }
    if (auto st = m_segments.writeOverride(customerId, segment, reason,
                                           on.isValid() ? on : m_clock.today());
        !st) {
        return st;
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    emit m_segments.segmentsChanged();
    return {};
}

Status CustomerService::setContactCadence(qint64 customerId, int days)
{
    if (days < 0) {
        return Error::user(tr("A contact cadence is a number of days."));
    }
    auto plan = m_repo.plan(customerId);
    if (!plan) {
        return plan.error();
    }
    plan->cadenceDays = days;
    return m_repo.setPlan(customerId, *plan);
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
    if (auto st = write(m.goneBefore); !st) {
        return st;
    }
    if (auto st = write(m.keptBefore); !st) {
        return st;
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
    if (auto st = write(removal.record); !st) {
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

Status CustomerService::setArchived(const QList<qint64> &customerIds, const QDateTime &at)
{
    QHash<qint64, QDateTime> states;
    for (qint64 id : customerIds) {
        const Customer *c = customer(id);
        states.insert(id, at.isValid() && c && c->archived() ? c->archivedAt : at);
    }
    return restoreArchived(states);
}

bool CustomerService::isArchived(qint64 customerId) const
{
    const Customer *c = customer(customerId);
    return c && c->archived();
}

Result<QSet<qint64>> CustomerService::archivedIds() const
{
    return m_repo.archivedIds();
}

Status CustomerService::restoreArchived(const QHash<qint64, QDateTime> &archivedAt)
{
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginStatus();
    }
    for (auto it = archivedAt.cbegin(); it != archivedAt.cend(); ++it) {
        if (!customer(it.key())) {
            return Error::user(tr("There is no customer #%1.").arg(it.key()));
        }
        if (auto st = m_repo.setArchivedAt(it.key(), it.value()); !st) {
            return st;
        }
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    return reloadAndAnnounce();
}

Result<QList<KeyDate>> CustomerService::keyDates() const
{
    return m_keyDates.keyDates(0);
}

Result<FollowUpPlan> CustomerService::followUpPlan(const QDate &asOf) const
{
    auto all = m_segments.followUps(asOf);
    if (!all) {
        return all.error();
    }
    // Archived customers are few: their ids, rather than every customer read to ask each.
    auto archived = archivedIds();
    if (!archived) {
        return archived.error();
    }
    FollowUpPlan plan;
    plan.asOf = asOf;
    plan.weekEnd = asOf.addDays(7 - asOf.dayOfWeek());
    // followUps() is earliest due first; a stable sort by segment keeps that order within one.
    QList<FollowUp> due;
    for (const FollowUp &f : std::as_const(*all)) {
        if (f.due <= plan.weekEnd && !archived->contains(f.customerId)) {
            due.append(f);
        }
    }
    std::stable_sort(due.begin(), due.end(), [](const FollowUp &a, const FollowUp &b) {
        return int(a.segment) < int(b.segment);
    });
    for (const FollowUp &f : std::as_const(due)) {
        (f.due < asOf    ? plan.overdue
         : f.due == asOf ? plan.dueToday
                         : plan.laterThisWeek)
                .append(f);
    }
    auto coming = keyDatesComingUp(asOf);
    if (!coming) {
        return coming.error();
    }
    plan.keyDates = std::move(coming).value();
    return plan;
}

Result<QList<std::pair<QDate, KeyDate>>> CustomerService::keyDatesComingUp(const QDate &asOf) const
{
    auto archived = archivedIds();
    if (!archived) {
        return archived.error();
    }
    auto coming = m_keyDates.comingUp(asOf);
    if (!coming) {
        return coming.error();
    }
    coming->removeIf(
            [&](const auto &dated) { return archived->contains(dated.second.customerId); });
    return coming;
}

} // namespace salesdesk
