#include "core/customers/customerservice.h"

#include "core/customers/segmentservice.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

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
    m_namesReadTogether = 0;
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
// Past this many customers asked for one at a time, one read of them all is quicker: in a file
// after thousands, on a server (where each question is a trip there and back) after a few.
size_t oneByOneLimit(const Database &db)
{
    return db.engine() == Engine::PostgreSQL ? 16 : 2000;
}

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
    if (!m_allRead && m_oneByOne.size() >= oneByOneLimit(m_db)) {
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

void CustomerService::readNames(const QList<qint64> &ids) const
{
    if (m_allRead || m_names || m_db.engine() != Engine::PostgreSQL) {
        return;
    }
    QList<qint64> unknown;
    QSet<qint64> seen;
    for (const qint64 id : ids) {
        if (id > 0 && !m_oneByOne.contains(id) && !m_nameOneByOne.contains(id)
            && !seen.contains(id)) {
            seen.insert(id);
            unknown.append(id);
        }
    }
    if (unknown.isEmpty()) {
        return;
    }
    auto names = m_repo.namesOf(unknown);
    if (!names) {
        qWarning("Could not read the customers' names: %s", qPrintable(names.error().message));
        return;
    }
    for (const qint64 id : std::as_const(unknown)) {
        // Null: no such customer (as one read alone would say).
        m_nameOneByOne.insert(id, names->value(id));
        ++m_namesReadTogether;
    }
}

QString CustomerService::customerName(qint64 id) const
{
    if (!m_allRead && !m_names
        && m_oneByOne.size() + size_t(m_nameOneByOne.size() - m_namesReadTogether)
                   >= oneByOneLimit(m_db)) {
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
    r.customer.version = {}; // the row just made, whatever version the record was read at
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

Status CustomerService::restore(const CustomerRecord &record, const RowVersion &left)
{
    auto now = m_repo.version(record.customer.id);
    if (!now) {
        return now.error();
    }
    if (left.number > 0 && now->number != left.number
        && now->changedBy != editorName(m_db.connection())) {
        return Error::editConflict(
                tr("“%1” was changed by %2 after your edit, so undoing it would undo theirs as "
                   "well: it was not undone.")
                        .arg(record.customer.name,
                             now->changedBy.isEmpty() ? tr("someone else") : now->changedBy));
    }
    CustomerRecord put = record;
    put.customer.version.number = now->number; // as it is now, checked as it is written
    return save(put);
}

namespace {
// `now`'s field takes `mine`'s when the user changed it from `before`.
template<typename T>
void takeChanged(T &now, const T &before, const T &mine)
{
    if (!(mine == before)) {
        now = mine;
    }
}
} // namespace

Result<CustomerRecord> CustomerService::saveOnTop(const CustomerRecord &before,
                                                  const CustomerRecord &mine)
{
    auto current = record(mine.customer.id);
    if (!current) {
        return current.error();
    }
    CustomerRecord put = *current;
    Customer &c = put.customer;
    const Customer &b = before.customer;
    const Customer &m = mine.customer;
    takeChanged(c.name, b.name, m.name);
    takeChanged(c.kind, b.kind, m.kind);
    takeChanged(c.industry, b.industry, m.industry);
    takeChanged(c.region, b.region, m.region);
    takeChanged(c.address, b.address, m.address);
    takeChanged(c.source, b.source, m.source);
    takeChanged(c.tags, b.tags, m.tags);
    takeChanged(c.ownerId, b.ownerId, m.ownerId);
    takeChanged(c.serviceNotes, b.serviceNotes, m.serviceNotes);
    takeChanged(c.archivedAt, b.archivedAt, m.archivedAt);
    // The contacts carry the primary one (the customer's contact person, phone and email).
    takeChanged(put.contacts, before.contacts, mine.contacts);
    takeChanged(put.keyDates, before.keyDates, mine.keyDates);
    takeChanged(put.cadenceDays, before.cadenceDays, mine.cadenceDays);
    if (mine.segmentOverride != before.segmentOverride
        || mine.overrideReason != before.overrideReason) {
        put.segmentOverride = mine.segmentOverride;
        put.overrideReason = mine.overrideReason;
    }
    if (auto st = save(put); !st) {
        return st.error();
    }
    return record(mine.customer.id);
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

} // namespace salesdesk
