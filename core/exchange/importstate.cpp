#include "core/exchange/importrows.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::importing {

// Names compared without regard to case. toLower() rather than toCaseFolded(): the same for
// the names of customers, reps and stages, and it returns the string itself, unallocated, when
// nothing changes (a Chinese name, a lower-case code).
QString key(const QString &text)
{
    return text.trimmed().toLower();
}

// How deals and activities already in the book (or earlier in the file) are recognised.
QString dealKey(qint64 customerId, const QString &title)
{
    return QString::number(customerId) + u'\x1f' + key(title);
}

QString activityKey(const QString &subject, const QDate &due, qint64 customerId)
{
    return key(subject) + u'\x1f' + due.toString(Qt::ISODate) + u'\x1f'
           + QString::number(customerId);
}

QDateTime noonUtc(const QDate &date)
{
    return QDateTime(date, QTime(12, 0)).toUTC();
}

// Phone numbers compared by their digits, so "138 0000 0001" and "+86 13800000001" both end
// the same way: the last 11 digits (a Chinese mobile number, or a full number elsewhere).
QString phoneKey(const QString &phone)
{
    QString digits;
    for (QChar c : phone) {
        if (c.isDigit()) {
            digits.append(c);
        }
    }
    return digits.size() > 11 ? digits.right(11) : digits;
}

Status State::load()
{
    currency = currencies.home();
    auto all = stagesRepo.stages();
    if (!all) {
        return all.error();
    }
    for (const Stage &s : std::as_const(*all)) {
        if (s.archived) {
            continue;
        }
        stages.append(s);
        for (const QString &name : {s.code, s.customName, s.displayName()}) {
            if (!name.isEmpty()) {
                stageByName.insert(key(name), s.id);
            }
        }
    }
    if (stages.isEmpty()) {
        return Error::user(Importer::tr("The book has no stages to put deals in."));
    }
    auto reasons = stagesRepo.lostReasons();
    if (!reasons) {
        return reasons.error();
    }
    for (const LostReason &r : std::as_const(*reasons)) {
        for (const QString &name : {r.code, r.customName, r.displayName()}) {
            if (!name.isEmpty()) {
                lostReasonByName.insert(key(name), r.id);
            }
        }
        if (r.code == "other"_L1) {
            otherLostReason = r.id;
        }
    }
    auto reps = team.reps();
    if (!reps) {
        return reps.error();
    }
    for (const Rep &r : std::as_const(*reps)) {
        repByName.insert(key(r.name), r.id);
    }
    auto cs = customersRepo.customers();
    if (!cs) {
        return cs.error();
    }
    for (const Customer &c : std::as_const(*cs)) {
        rememberCustomer(c);
    }
    auto people = contacts.contacts();
    if (!people) {
        return people.error();
    }
    for (const Contact &c : std::as_const(*people)) {
        rememberContact(c);
    }
    if (options.entity == ImportEntity::Activities) {
        auto known = activities.activities(QDate(1900, 1, 1));
        if (!known) {
            return known.error();
        }
        for (const Activity &a : std::as_const(*known)) {
            activityByKey[activityKey(a.subject, a.dueAt.date(), a.customerId)].append(a.id);
        }
    }
    return {};
}

void State::rememberCustomer(const Customer &c)
{
    customers.insert(c.id, c);
    customerByName.insert(key(c.name), c.id);
    customerByExactName.insert(c.name, c.id);
    if (!c.email.isEmpty()) {
        customerByEmail.insert(key(c.email), c.id);
    }
    if (const QString p = phoneKey(c.phone); !p.isEmpty()) {
        customerByPhone.insert(p, c.id);
    }
}

namespace {

void indexContact(State::CustomerContacts &cc, qsizetype at, bool add)
{
    const Contact &c = cc.people.at(at);
    const auto keep = [&](QMultiHash<QString, qsizetype> &hash, const QString &k) {
        if (k.isEmpty()) {
            return;
        }
        if (add) {
            hash.insert(k, at);
        } else {
            hash.remove(k, at);
        }
    };
    keep(cc.byEmail, key(c.email));
    keep(cc.byPhone, phoneKey(c.phone));
    keep(cc.byName, key(c.name));
}

} // namespace

void State::claimContact(qint64 customerId, qint64 contactId)
{
    if (claimedContacts.contains(contactId)) {
        return;
    }
    claimedContacts.insert(contactId);
    auto &cc = contactsOf[customerId];
    if (const auto it = cc.at.constFind(contactId); it != cc.at.constEnd()) {
        indexContact(cc, *it, false);
    }
}

void State::rememberContact(const Contact &c, bool claim)
{
    auto &cc = contactsOf[c.customerId];
    const bool claimedBefore = claimedContacts.contains(c.id);
    qsizetype at = cc.at.value(c.id, -1);
    if (at >= 0) {
        if (!claimedBefore) {
            indexContact(cc, at, false);
        }
        cc.primaries -= cc.people.at(at).primary ? 1 : 0;
        cc.people[at] = c;
    } else {
        at = cc.people.size();
        cc.people.append(c);
        cc.at.insert(c.id, at);
    }
    cc.primaries += c.primary ? 1 : 0;
    if (claim) {
        claimedContacts.insert(c.id);
    } else if (!claimedBefore) {
        indexContact(cc, at, true);
    }
    if (!c.email.isEmpty()) {
        customerByEmail.insert(key(c.email), c.customerId);
    }
    if (const QString p = phoneKey(c.phone); !p.isEmpty()) {
        customerByPhone.insert(p, c.customerId);
    }
}

Status State::loadDeals(qint64 customerId)
{
    if (customerId <= 0 || dealsLoaded.contains(customerId)) {
        return {};
    }
    dealsLoaded.insert(customerId);
    auto theirs = deals.summariesForCustomer(customerId);
    if (!theirs) {
        return theirs.error();
    }
    // Oldest first, as exports list them.
    for (auto d = theirs->crbegin(); d != theirs->crend(); ++d) {
        bookDeals[dealKey(customerId, d->title)].append({d->id, d->createdAt.toUTC()});
    }
    return {};
}

Result<qint64> State::claimDeal(qint64 customerId, const QString &title,
                                const std::optional<QDateTime> &created)
{
    if (auto st = loadDeals(customerId); !st) {
        return st.error();
    }
    const auto found = bookDeals.find(dealKey(customerId, title));
    if (found == bookDeals.end()) {
        return qint64(0);
    }
    QList<BookDeal> &candidates = *found;
    const QDate createdOn = created ? created->toUTC().date() : QDate();
    const auto match = std::find_if(candidates.begin(), candidates.end(), [&](const BookDeal &d) {
        return !created || d.createdAt.date() == createdOn;
    });
    if (match == candidates.end()) {
        return qint64(0);
    }
    const qint64 id = match->id;
    candidates.erase(match);
    return id;
}

Result<qint64> State::dealOf(qint64 customerId, const QString &title, const QDate &due,
                             const std::optional<QDateTime> &created)
{
    if (auto st = loadDeals(customerId); !st) {
        return st.error();
    }
    const QList<BookDeal> candidates = bookDeals.value(dealKey(customerId, title));
    if (candidates.isEmpty()) {
        return qint64(0);
    }
    if (created) {
        for (const BookDeal &d : candidates) {
            if (d.createdAt == *created) {
                return d.id;
            }
        }
    }
    // Oldest first: the last made by the due day, else the first.
    qint64 id = candidates.constFirst().id;
    for (const BookDeal &d : candidates) {
        if (d.createdAt.date() <= due) {
            id = d.id;
        }
    }
    return id;
}

Result<qint64> State::owner(const Row &row)
{
    const QString name = row.text(Field::Owner);
    if (name.isEmpty()) {
        return qint64(0);
    }
    if (qint64 id = repByName.value(key(name))) {
        return id;
    }
    qint64 id = nextFakeId--;
    if (write) {
        Rep rep;
        rep.name = name;
        rep.createdAt = now;
        auto made = team.insertRep(rep);
        if (!made) {
            return made;
        }
        id = *made;
        journal.reps.append(id);
    }
    repByName.insert(key(name), id);
    return id;
}

Result<qint64> State::customer(const Row &row, const QString &name, bool create)
{
    if (qint64 id = findCustomer(name)) {
        return id;
    }
    if (!create) {
        return qint64(0);
    }
    Customer c;
    c.name = name;
    c.contactPerson = row.contactName();
    c.phone = row.text(Field::Phone);
    c.email = row.text(Field::Email);
    c.createdAt = now;
    c.id = nextFakeId--;
    if (write) {
        auto made = customersRepo.insert(c);
        if (!made) {
            return made;
        }
        c.id = *made;
        journal.customers.append(c.id);
        dealsLoaded.insert(c.id); // a customer made now has no deals in the book to read
    }
    rememberCustomer(c);
    return c.id;
}

} // namespace salesdesk::importing
