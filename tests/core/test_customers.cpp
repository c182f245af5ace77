// The customer record (profile, contacts, key dates, cadence, manual segment) saved as a whole,
// and merging two customers with everything they own, then taking the merge back.

#include "core/exchange/exporter.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "tests/support/testbook.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace salesdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Fixture : TestBook
{
    Database *db = &book->database();
    PipelineService *pipeline = &book->pipeline();
    SegmentService *segments = &book->segments();
    CustomerService *customers = &book->customers();

    QStringList exported(ImportEntity e) const
    {
        auto t = Exporter::table(*db, e);
        REQUIRE(t.ok());
        QStringList rows;
        for (const auto &row : t->rows) {
            QStringList cells;
            for (const auto &v : row) {
                cells.append(Exporter::text(v));
            }
            rows.append(cells.join(u'|'));
        }
        return rows;
    }
    int count(const QString &sql) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
};

Contact person(const char *name, const char *phone = "", bool primary = false)
{
    Contact c;
    c.name = QString::fromUtf8(name);
    c.phone = QString::fromUtf8(phone);
    c.primary = primary;
    return c;
}

} // namespace

TEST_CASE("A customer record is saved whole: profile, contacts, key dates, cadence, segment")
{
    Fixture book;
    const qint64 id = *book.customers->ensureCustomer(u"Hengda Machinery"_s);
    auto r = book.customers->record(id);
    REQUIRE(r.ok());
    CHECK(r->contacts.isEmpty());
    CHECK(r->cadenceDays == 0);
    CHECK_FALSE(r->segmentOverride.has_value());

    CustomerRecord changed = *r;
    changed.customer.kind = CustomerKind::Company;
    changed.customer.industry = u"Machinery"_s;
    changed.customer.tags = {u"key account"_s};
    changed.contacts = {person("Li Ming", "138 0000 0001"), person("Zhou Min")};
    KeyDate renewal;
    renewal.kind = KeyDate::Kind::Renewal;
    renewal.date = QDate(2027, 3, 1);
    renewal.remindDays = 30;
    changed.keyDates = {renewal};
    changed.cadenceDays = 10;
    changed.segmentOverride = Segment::HighValue;
    changed.overrideReason = u"Signs the group's framework contract"_s;
    REQUIRE(book.customers->save(changed).ok());

    auto saved = book.customers->record(id);
    REQUIRE(saved.ok());
    CHECK(saved->customer.industry == u"Machinery"_s);
    CHECK(saved->customer.tags == QStringList {u"key account"_s});
    REQUIRE(saved->contacts.size() == 2);
    CHECK(saved->contacts[0].name == u"Li Ming"_s);
    CHECK(saved->contacts[0].primary); // none was marked: the first becomes primary
    CHECK_FALSE(saved->contacts[1].primary);
    CHECK(saved->customer.contactPerson == u"Li Ming"_s); // the deals' contact
    CHECK(saved->customer.phone == u"138 0000 0001"_s);
    REQUIRE(saved->keyDates.size() == 1);
    CHECK(saved->keyDates[0].date == QDate(2027, 3, 1));
    CHECK(saved->cadenceDays == 10);
    CHECK(saved->segmentOverride == Segment::HighValue);
    auto history = book.segments->history(id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->at(0).manual);
    CHECK(history->at(0).reason == u"Signs the group's framework contract"_s);

    // Zhou Min becomes primary, Li Ming is removed, the renewal goes; the segment is cleared.
    CustomerRecord again = *saved;
    again.contacts = {again.contacts[1]};
    again.contacts[0].primary = true;
    again.keyDates.clear();
    again.segmentOverride.reset();
    REQUIRE(book.customers->save(again).ok());
    auto last = book.customers->record(id);
    REQUIRE(last->contacts.size() == 1);
    CHECK(last->contacts[0].id == saved->contacts[1].id); // the same row, not a new one
    CHECK(last->contacts[0].primary);
    CHECK(last->customer.contactPerson == u"Zhou Min"_s);
    CHECK(last->keyDates.isEmpty());
    CHECK_FALSE(last->segmentOverride.has_value());

    // Restoring the first state (what undo does) brings it back, ids of new rows aside.
    REQUIRE(book.customers->restore(*saved, last->customer.version).ok());
    auto restored = book.customers->record(id);
    CHECK(restored->contacts.size() == 2);
    CHECK(restored->contacts[0].id == saved->contacts[0].id);
    CHECK(restored->customer == saved->customer);

    SECTION("problems are sentences and nothing is written")
    {
        CustomerRecord bad = *saved;
        bad.customer.name = u"  "_s;
        bad.contacts = {person("A", "", true), person("B", "", true)};
        bad.segmentOverride = Segment::General;
        bad.overrideReason.clear();
        const QStringList p = book.customers->problems(bad);
        CHECK(p
              == QStringList {u"A customer needs a name."_s,
                              u"Only one contact can be the primary one."_s,
                              u"Say why this customer is put in another segment."_s});
        CHECK_FALSE(book.customers->save(bad).ok());
        CHECK(book.customers->record(id)->customer.name == u"Hengda Machinery"_s);
    }
}

TEST_CASE("Merging two customers moves what they own, and unmerging puts it all back")
{
    Fixture book;
    auto &pipeline = *book.pipeline;
    // Kept: one deal, a primary contact; gone: two deals, two contacts, an activity, feedback,
    // a key date, a segment with history.
    const qint64 kept = *book.customers->ensureCustomer(u"Hengda"_s);
    const qint64 gone = *book.customers->ensureCustomer(u"Hengda Machinery Co."_s);
    Deal d;
    d.valueMinor = 100000;
    d.currency = u"CNY"_s;
    d.stageId = pipeline.activeStages().first().id;
    for (auto [title, customer] :
         {std::pair {u"Kept deal"_s, kept}, {u"Gone deal 1"_s, gone}, {u"Gone deal 2"_s, gone}}) {
        d.title = title;
        d.customerId = customer;
        REQUIRE(pipeline.addDeal(d).ok());
    }
    REQUIRE(kept > 0);
    REQUIRE(gone > 0);

    CustomerRecord k = *book.customers->record(kept);
    k.contacts = {person("Li Ming", "111", true)};
    REQUIRE(book.customers->save(k).ok());
    CustomerRecord g = *book.customers->record(gone);
    g.customer.industry = u"Machinery"_s;
    g.customer.tags = {u"east"_s};
    g.contacts = {person("Wang Fang", "222", true), person("Zhou Min", "333")};
    KeyDate date;
    date.kind = KeyDate::Kind::Birthday;
    date.date = QDate(1980, 5, 6);
    date.yearly = true;
    g.keyDates = {date};
    g.cadenceDays = 21;
    REQUIRE(book.customers->save(g).ok());
    Activity call;
    call.subject = u"Call"_s;
    call.customerId = gone;
    call.dueAt = QDateTime(QDate(2026, 9, 1), QTime(10, 0));
    REQUIRE(book->activities().addActivity(call).ok());
    Feedback f;
    f.customerId = gone;
    f.receivedOn = QDate(2026, 9, 2);
    f.satisfaction = 4;
    f.category = FeedbackCategory::Service;
    REQUIRE(book->feedback().add(f).ok());
    REQUIRE(book.segments->recompute(QDate(2026, 9, 3)).ok());

    QHash<ImportEntity, QStringList> before;
    for (auto e : {ImportEntity::Customers, ImportEntity::Contacts, ImportEntity::Deals,
                   ImportEntity::Activities}) {
        before.insert(e, book.exported(e));
    }
    const CustomerRecord keptBefore = *book.customers->record(kept);
    const CustomerRecord goneBefore = *book.customers->record(gone);
    const int historyBefore = book.count(u"SELECT count(*) FROM customer_segment_history"_s);

    auto merge = book.customers->merge(kept, gone);
    REQUIRE(merge.ok());
    CHECK(merge->deals.size() == 2);
    CHECK(book.count(u"SELECT count(*) FROM customers"_s) == 1);
    CHECK(book.count(u"SELECT count(*) FROM deals WHERE customer_id = %1"_s.arg(kept)) == 3);
    CHECK(book.count(u"SELECT count(*) FROM activities WHERE customer_id = %1"_s.arg(kept)) == 1);
    CHECK(book.count(u"SELECT count(*) FROM feedback WHERE customer_id = %1"_s.arg(kept)) == 1);
    auto merged = book.customers->record(kept);
    REQUIRE(merged.ok());
    CHECK(merged->customer.name == u"Hengda"_s);
    CHECK(merged->customer.industry == u"Machinery"_s); // was empty: taken from the gone one
    CHECK(merged->customer.tags == QStringList {u"east"_s});
    REQUIRE(merged->contacts.size() == 3);
    CHECK(merged->contacts[0].name == u"Li Ming"_s); // the kept primary stays primary
    CHECK(merged->contacts[0].primary);
    CHECK(std::count_if(merged->contacts.cbegin(), merged->contacts.cend(),
                        [](const Contact &c) { return c.primary; })
          == 1);
    CHECK(merged->keyDates.size() == 1);
    CHECK(merged->cadenceDays == 21);

    REQUIRE(book.customers->unmerge(*merge).ok());
    for (auto e : {ImportEntity::Customers, ImportEntity::Contacts, ImportEntity::Deals,
                   ImportEntity::Activities}) {
        INFO(ImportColumns::code(e).toStdString());
        CHECK(book.exported(e) == before[e]);
    }
    CHECK(*book.customers->record(kept) == keptBefore);
    CHECK(*book.customers->record(gone) == goneBefore);
    CHECK(book.count(u"SELECT count(*) FROM customer_segment_history"_s) == historyBefore);
    CHECK(book.count(u"SELECT count(*) FROM feedback WHERE customer_id = %1"_s.arg(gone)) == 1);
    REQUIRE(pipeline.load().ok());
    auto problems = pipeline.checkInvariants();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("A customer without history is deleted with its contacts, and comes back whole")
{
    Fixture book;
    const qint64 id = *book.customers->ensureCustomer(u"Mistyped Ltd"_s);
    CustomerRecord r = *book.customers->record(id);
    r.contacts = {person("Li Ming", "111", true), person("Zhou Min")};
    KeyDate renewal;
    renewal.date = QDate(2027, 1, 1);
    r.keyDates = {renewal};
    r.segmentOverride = Segment::Potential;
    r.overrideReason = u"Asked for a quote"_s;
    REQUIRE(book.customers->save(r).ok());
    const CustomerRecord before = *book.customers->record(id);
    const QStringList contactsBefore = book.exported(ImportEntity::Contacts);
    const int historyBefore = book.count(u"SELECT count(*) FROM customer_segment_history"_s);
    REQUIRE(historyBefore == 1);

    auto removal = book.customers->remove(id);
    REQUIRE(removal.ok());
    CHECK(book.count(u"SELECT count(*) FROM customers"_s) == 0);
    CHECK(book.count(u"SELECT count(*) FROM contacts"_s) == 0);
    CHECK(book.count(u"SELECT count(*) FROM customer_dates"_s) == 0);
    CHECK(book.count(u"SELECT count(*) FROM customer_segment_history"_s) == 0);

    REQUIRE(book.customers->restore(*removal).ok());
    CHECK(*book.customers->record(id) == before);
    CHECK(book.exported(ImportEntity::Contacts) == contactsBefore);
    CHECK(book.count(u"SELECT count(*) FROM customer_segment_history"_s) == historyBefore);

    // One with a deal is refused, with a sentence that says what to do instead.
    Deal d;
    d.title = u"Order"_s;
    d.customerId = id;
    d.currency = u"CNY"_s;
    d.stageId = book.pipeline->activeStages().first().id;
    REQUIRE(book.pipeline->addDeal(d).ok());
    auto refused = book.customers->remove(id);
    REQUIRE_FALSE(refused.ok());
    // (No translator in this test: the English plural forms come from the app's .qm.)
    CHECK(refused.message()
          == u"“Mistyped Ltd” has a history (1 deal(s)): merge it into another customer instead "
             "of deleting it."_s);
    CHECK(book.count(u"SELECT count(*) FROM customers"_s) == 1);
}

TEST_CASE("Customers are read when asked for, one by one or all at once, and agree either way")
{
    TempDir dir;
    const QString path = dir.file(u"many.salesdesk"_s);
    const Clock clock = Clock::fixedOn(QDate(2026, 5, 18));
    QList<qint64> ids;
    {
        auto created = Book::create(path, {u"Many"_s, u"CNY"_s, {}}, clock);
        REQUIRE(created.ok());
        Book &b = **created;
        // More than the service reads one at a time (2,000) before it reads every name at once.
        REQUIRE(b.inOneEdit([&]() -> Status {
            for (int i = 1; i <= 2100; ++i) {
                auto id = b.customers().ensureCustomer(u"Customer %1"_s.arg(i));
                if (!id) {
                    return id.error();
                }
                ids.append(*id);
            }
            return {};
        }));
    }
    // Asked one by one: the first 2,000 read alone, the rest from every name read at once.
    {
        auto opened = Book::open(path, Database::Access::ReadWrite, clock);
        REQUIRE(opened.ok());
        CustomerService &customers = (*opened)->customers();
        const Customer *first = customers.customer(ids.first());
        REQUIRE(first != nullptr);
        CHECK(first->name == u"Customer 1"_s);
        CHECK(customers.customer(ids.last() + 1) == nullptr);
        for (int i = 0; i < ids.size(); ++i) {
            INFO(i);
            REQUIRE(customers.customerName(ids[i]) == u"Customer %1"_s.arg(i + 1));
        }
        CHECK(customers.customerName(ids.last() + 1).isEmpty());
        // The first customer's record, read before the rest, is still where it was.
        CHECK(first->name == u"Customer 1"_s);
        // A customer added now is found by name, by id and in the whole list.
        auto added = customers.ensureCustomer(u"Customer 2101"_s);
        REQUIRE(added.ok());
        CHECK(*added == ids.last() + 1);
        CHECK(customers.customerName(*added) == u"Customer 2101"_s);
        REQUIRE(customers.customer(*added) != nullptr);
        CHECK(customers.findCustomer(u"customer 2101"_s) == *added);
        REQUIRE(customers.customers().size() == 2101);
        CHECK(customers.customers().last().name == u"Customer 2101"_s);
        // Once all are read, the names come from them.
        CHECK(customers.customerName(ids[5]) == u"Customer 6"_s);
    }
    // Asked for all at once first: the same customers.
    {
        auto opened = Book::open(path, Database::Access::ReadOnly, clock);
        REQUIRE(opened.ok());
        const CustomerService &customers = (*opened)->customers();
        REQUIRE(customers.customers().size() == 2101);
        CHECK(customers.customerName(ids[1999]) == u"Customer 2000"_s);
        REQUIRE(customers.customer(ids[2000]) != nullptr);
        CHECK(customers.customer(ids[2000])->name == u"Customer 2001"_s);
    }
    // Every name read at once, the ids with gaps (customers deleted) and asked for in every
    // order: in id order, backwards, jumping about, ids that are gone.
    {
        auto opened = Book::open(path, Database::Access::ReadWrite, clock);
        REQUIRE(opened.ok());
        CustomerService &customers = (*opened)->customers();
        for (const int gone : {0, 10, 11, 1500}) {
            REQUIRE(customers.remove(ids[gone]).ok());
        }
    }
    {
        auto opened = Book::open(path, Database::Access::ReadWrite, clock);
        REQUIRE(opened.ok());
        CustomerService &customers = (*opened)->customers();
        customers.readAllNames();
        const auto expected = [](int i) {
            return i == 0 || i == 10 || i == 11 || i == 1500 ? QString()
                                                             : u"Customer %1"_s.arg(i + 1);
        };
        int wrong = 0;
        for (int i = 0; i < ids.size(); ++i) {
            wrong += customers.customerName(ids[i]) != expected(i);
        }
        for (int i = int(ids.size()) - 1; i >= 0; --i) {
            wrong += customers.customerName(ids[i]) != expected(i);
        }
        for (int step = 0; step < 3000; ++step) {
            const int i = (step * 7919) % int(ids.size());
            wrong += customers.customerName(ids[i]) != expected(i);
        }
        CHECK(wrong == 0);
        CHECK(customers.customerName(0).isEmpty());
        CHECK(customers.customerName(ids.last() + 100).isEmpty());
        // Added after the names were read: found, and so are its neighbours.
        auto added = customers.ensureCustomer(u"Customer new"_s);
        REQUIRE(added.ok());
        CHECK(customers.customerName(*added) == u"Customer new"_s);
        CHECK(customers.customerName(ids[1499]) == u"Customer 1500"_s);
        CHECK(customers.customerName(ids[1501]) == u"Customer 1502"_s);
    }
}

TEST_CASE("A customer changed since it was read is not overwritten, and an undo over another's "
          "change is refused")
{
    TestBook book;
    CustomerService &customers = book->customers();
    const qint64 id = *customers.ensureCustomer(u"Acme"_s);
    const CustomerRecord read = *customers.record(id);
    CHECK(read.customer.version.number == 1);
    CustomerRecord mine = read;
    mine.customer.name = u"Acme Ltd"_s;
    REQUIRE(customers.save(mine).ok());
    const CustomerRecord saved = *customers.record(id);
    CHECK(saved.customer.version.number == 2);

    // A second edit of the record as first read: refused, and nothing of it written.
    CustomerRecord stale = read;
    stale.customer.industry = u"Retail"_s;
    const Status refused = customers.save(stale);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().conflict);
    INFO(refused.message().toStdString());
    CHECK(refused.message().contains(u"“Acme” was changed by"_s));
    CHECK(customers.record(id)->customer.name == u"Acme Ltd"_s);
    CHECK(customers.record(id)->customer.industry.isEmpty());

    // Undone: back to the name it had, the edit being undone having left version 2.
    REQUIRE(customers.restore(read, saved.customer.version).ok());
    CHECK(customers.record(id)->customer.name == u"Acme"_s);
    const RowVersion undone = customers.record(id)->customer.version;
    CHECK(undone.number == 3);

    // Ben changes the customer; redoing over his change is refused, his change kept.
    REQUIRE(SqlQuery(book->database().connection(),
                     u"UPDATE customers SET industry = 'Mining', row_version = row_version + 1, "
                     "changed_by = 'ben' WHERE id = %1"_s.arg(id))
                    .exec()
                    .ok());
    const Status redo = customers.restore(saved, undone);
    REQUIRE_FALSE(redo.ok());
    CHECK(redo.error().conflict);
    CHECK(redo.message().contains(u"changed by ben after your edit"_s));
    CHECK(customers.record(id)->customer.industry == u"Mining"_s);
    CHECK(customers.record(id)->customer.name == u"Acme"_s);
}

TEST_CASE("After a clash, the user's changes go on top of the other person's")
{
    TestBook book;
    CustomerService &customers = book->customers();
    const qint64 id = *customers.ensureCustomer(u"Acme"_s);
    const CustomerRecord opened = *customers.record(id);
    // Ben sets the industry and the region meanwhile.
    REQUIRE(SqlQuery(book->database().connection(),
                     u"UPDATE customers SET industry = 'Mining', region = 'North', row_version = "
                     "row_version + 1, changed_by = 'ben' WHERE id = %1"_s.arg(id))
                    .exec()
                    .ok());
    // Mine: a new name and region, and a key date.
    CustomerRecord mine = opened;
    mine.customer.name = u"Acme Ltd"_s;
    mine.customer.region = u"East"_s;
    KeyDate renewal;
    renewal.note = u"Contract renewal"_s;
    renewal.date = QDate(2026, 9, 1);
    mine.keyDates = {renewal};
    REQUIRE(customers.save(mine).error().conflict);
    auto saved = customers.saveOnTop(opened, mine);
    INFO(saved.message().toStdString());
    REQUIRE(saved.ok());
    CHECK(saved->customer.name == u"Acme Ltd"_s);
    CHECK(saved->customer.region == u"East"_s); // both changed it: mine
    CHECK(saved->customer.industry == u"Mining"_s); // only Ben: his
    REQUIRE(saved->keyDates.size() == 1);
    CHECK(saved->keyDates[0].note == u"Contract renewal"_s);
    CHECK(saved->customer.version.number == opened.customer.version.number + 2);
}

TEST_CASE("Names read together for a block of deals are the names read one by one")
{
    TestBook book;
    CustomerService &customers = book->customers();
    const qint64 a = *customers.ensureCustomer(u"Acme"_s);
    const qint64 b = *customers.ensureCustomer(u"北京贸易"_s);
    const qint64 gone = b + 1;
    // Repeated ids, none (0) and one that is not there, as a block of deals may have.
    customers.readNames({a, b, a, 0, gone});
    CHECK(customers.customerName(a) == u"Acme"_s);
    CHECK(customers.customerName(b) == u"北京贸易"_s);
    CHECK(customers.customerName(gone).isEmpty());
    CHECK(customers.customerName(0).isEmpty());
    // The id that was not there, now a customer's: its name, not what was read before.
    CHECK(*customers.ensureCustomer(u"Cathay"_s) == gone);
    CHECK(customers.customerName(gone) == u"Cathay"_s);
    customers.readNames({a, gone});
    CHECK(customers.customerName(gone) == u"Cathay"_s);
}

TEST_CASE("The customer list's choices are the owners, regions and tags the customers have")
{
    TestBook book;
    CustomerService &customers = book->customers();
    CHECK(customers.choices()->customers == 0);
    CHECK(customers.choices()->owners.isEmpty());
    Rep lin;
    lin.name = u"Lin"_s;
    const qint64 rep = *book->team().addRep(lin);
    const auto add = [&](const QString &name, const QString &region, const QStringList &tags,
                         qint64 owner) {
        CustomerRecord record;
        record.customer.name = name;
        record.customer.region = region;
        record.customer.tags = tags;
        record.customer.ownerId = owner;
        return *customers.add(record);
    };
    add(u"Anhui Foods"_s, u"华东"_s, {u"VIP"_s, u"wholesale"_s}, rep);
    add(u"Beijing Tools"_s, u"华北"_s, {u"vipx"_s}, 0);
    const qint64 c = add(u"Chengdu Tea"_s, u"华东"_s, {u"VIP"_s}, rep);
    add(u"Dalian Fish"_s, QString(), {}, rep);
    REQUIRE(customers.setArchived({c}, QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC)).ok());
    const auto choices = customers.choices();
    REQUIRE(choices);
    CHECK(choices->customers == 4);
    CHECK(choices->archived == 1);
    CHECK(choices->owners == QSet<qint64> {rep, 0});
    CHECK(choices->regions == QSet<QString> {u"华东"_s, u"华北"_s});
    CHECK(choices->tags == QSet<QString> {u"VIP"_s, u"wholesale"_s, u"vipx"_s});
}

TEST_CASE("A customer is found by its name case aside without reading every customer")
{
    TestBook book;
    CustomerService &customers = book->customers();
    const qint64 acme = *customers.ensureCustomer(u"ACME"_s);
    const qint64 sale = *customers.ensureCustomer(u"50% Off_Shop"_s);
    const qint64 bakery = *customers.ensureCustomer(u"Émile Bakery"_s);
    const auto findAll = [&] {
        CHECK(customers.findCustomer(u"ACME"_s) == acme);
        CHECK(customers.findCustomer(u" acme "_s) == acme);
        CHECK(customers.findCustomer(u"50% Off_Shop"_s) == sale);
        CHECK(customers.findCustomer(u"50x Off_Shop"_s) == 0); // no wildcards
        CHECK(customers.findCustomer(u"émile bakery"_s) == bakery);
        CHECK(customers.findCustomer(u"Emile Bakery"_s) == 0);
        CHECK(customers.findCustomer(u"Acm"_s) == 0);
        CHECK(customers.findCustomer(QString()) == 0);
    };
    findAll();
    // A name met again is the same customer, whatever its case.
    CHECK(*customers.ensureCustomer(u"acme"_s) == acme);
    // The same answers once every customer is read.
    REQUIRE(customers.readAll().ok());
    findAll();
}

TEST_CASE("A customer's page is read in one exchange with a server, and reads the same as without")
{
    Fixture book;
    PipelineService &pipeline = *book.pipeline;
    const qint64 id = *book.customers->ensureCustomer(u"Hengda"_s);
    const qint64 other = *book.customers->ensureCustomer(u"Other"_s);
    for (const qint64 customer : {id, other}) {
        Deal d;
        d.title = u"Deal"_s;
        d.customerId = customer;
        d.valueMinor = 500000;
        const qint64 deal = *pipeline.addDeal(d, QDateTime(QDate(2026, 3, 1), QTime(12, 0)));
        REQUIRE(pipeline.moveDeal(deal, {0, DealStatus::Won, 0, {}},
                                  QDateTime(QDate(2026, 4, 1), QTime(12, 0)))
                        .ok());
    }
    CustomerRecord r = *book.customers->record(id);
    r.contacts = {person("Li Ming", "111", true), person("Zhou Min", "333")};
    KeyDate date;
    date.kind = KeyDate::Kind::Renewal;
    date.date = QDate(2026, 12, 1);
    r.keyDates = {date};
    REQUIRE(book.customers->save(r).ok());
    Activity call;
    call.subject = u"Call"_s;
    call.customerId = id;
    call.dueAt = QDateTime(QDate(2026, 5, 1), QTime(10, 0));
    REQUIRE(book->activities().addActivity(call).ok());
    Feedback f;
    f.customerId = id;
    f.receivedOn = QDate(2026, 5, 2);
    f.satisfaction = 5;
    f.category = FeedbackCategory::Service;
    REQUIRE(book->feedback().add(f).ok());
    REQUIRE(book.segments->recompute(QDate(2026, 5, 18)).ok());

    // What the page shows, read through the services.
    const auto read = [&] {
        QStringList seen;
        const QDate today(2026, 5, 18);
        const auto deals = pipeline.dealsOfCustomer(id);
        const auto histories = pipeline.historiesOfCustomer(id);
        const auto activities = book->activities().activitiesOfCustomer(id);
        const auto feedback = book->feedback().feedbackOf(id);
        const auto contacts = book.customers->contactsOf(id);
        const auto dates = book.customers->keyDatesOf(id);
        const auto facts = book.segments->facts(today, book.segments->windowStart(today), id);
        const auto history = book.segments->history(id);
        REQUIRE(deals);
        REQUIRE(histories);
        REQUIRE(activities);
        REQUIRE(feedback);
        REQUIRE(contacts);
        REQUIRE(dates);
        REQUIRE(facts);
        REQUIRE(history);
        for (const DealSummary &d : *deals) {
            seen.append(u"deal %1 %2"_s.arg(d.id).arg(d.valueMinor));
        }
        for (const auto &changes : *histories) {
            seen.append(u"stages %1"_s.arg(changes.size()));
        }
        for (const Activity &a : *activities) {
            seen.append(u"activity "_s + a.subject);
        }
        for (const Feedback &fb : *feedback) {
            seen.append(u"feedback %1"_s.arg(fb.satisfaction));
        }
        for (const Contact &c : *contacts) {
            seen.append(u"contact "_s + c.name);
        }
        for (const KeyDate &k : *dates) {
            seen.append(u"date "_s + k.date.toString(Qt::ISODate));
        }
        for (const CustomerFacts &bought : *facts) {
            seen.append(u"facts %1 %2"_s.arg(bought.customerId).arg(bought.lifetimeValue));
        }
        for (const auto &h : *history) {
            seen.append(u"segment %1"_s.arg(int(h.segment)));
        }
        return seen;
    };
    const QStringList alone = read();
    CHECK(alone.size() == 9);
    CHECK(alone.contains(u"facts %1 500000"_s.arg(id)));
    CHECK(alone.contains(u"contact Zhou Min"_s));

    const auto ahead = book->readAheadOfCustomer(id);
    CHECK(read() == alone);
    // Nine statements, asked at once on a server and every one of them used.
    CHECK(ahead->asked() == (TestBook::onServer() ? 9 : 0));
    CHECK(ahead->used() == ahead->asked());
}
