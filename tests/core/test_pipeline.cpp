#include "core/customers/contacts.h"
#include "core/customers/customerrepository.h"
#include "core/pipeline/pipelinerepository.h"
#include "core/storage/transaction.h"
#include "tests/support/testbook.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace salesdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

struct Fixture : TestBook
{
    PipelineService *pipeline = &book->pipeline();
    CustomerService *customers = &book->customers();
    TeamService *team = &book->team();

    qint64 stage(int index) const { return pipeline->activeStages().at(index).id; }
    Deal draft(const QString &title, qint64 value = 100000)
    {
        Deal d;
        d.title = title;
        d.customerId = *customers->ensureCustomer(u"Customer of "_s + title);
        d.valueMinor = value;
        return d;
    }
};

} // namespace

TEST_CASE("Adding a deal stores it with its first stage in the history")
{
    Fixture book;
    QSignalSpy changed(book.pipeline, &PipelineService::dealChanged);
    Deal d = book.draft(u"ERP licence"_s, 12345600);
    d.ownerId = *book.team->ensureRep(u"Li Na"_s);
    d.expectedClose = QDate(2026, 3, 31);
    d.source = DealSource::Referral;
    d.competitors = {u"Orient Cloud"_s};
    auto id = book.pipeline->addDeal(d, utc("2026-01-05T09:30:00Z"));
    REQUIRE(id.ok());
    CHECK(changed.count() == 1);

    auto stored = book.pipeline->deal(*id);
    REQUIRE(stored.ok());
    CHECK(stored->title == u"ERP licence"_s);
    CHECK(stored->valueMinor == 12345600);
    CHECK(stored->currency == u"CNY"_s);
    CHECK(stored->stageId == book.stage(0));
    CHECK(stored->status == DealStatus::Open);
    CHECK(stored->source == DealSource::Referral);
    CHECK(stored->createdAt == utc("2026-01-05T09:30:00Z"));
    CHECK(stored->stageEnteredAt == utc("2026-01-05T09:30:00Z"));
    CHECK_FALSE(stored->closedAt.isValid());
    CHECK(book.team->repName(stored->ownerId) == u"Li Na"_s);
    CHECK(book.pipeline->probability(*stored) == 10);

    auto history = book.pipeline->history(*id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->at(0).stageId == book.stage(0));
    CHECK(history->at(0).status == DealStatus::Open);
    CHECK(history->at(0).enteredAt == utc("2026-01-05T09:30:00Z"));
}

TEST_CASE("Deals that break the rules are refused with a reason")
{
    Fixture book;
    Deal noTitle = book.draft(u"x"_s);
    noTitle.title = u"  "_s;
    CHECK(book.pipeline->addDeal(noTitle).message() == u"A deal needs a title."_s);

    Deal negative = book.draft(u"Negative"_s, -1);
    CHECK(book.pipeline->addDeal(negative).message() == u"The value cannot be negative."_s);

    Deal early = book.draft(u"Early"_s);
    early.expectedClose = QDate(2025, 12, 31);
    auto refused = book.pipeline->addDeal(early, utc("2026-01-05T09:30:00Z"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().startsWith(u"The expected close date cannot be before"_s));

    Deal noCustomer = book.draft(u"Nobody"_s);
    noCustomer.customerId = 0;
    CHECK_FALSE(book.pipeline->addDeal(noCustomer).ok());
    CHECK(book.pipeline->dealSummaries()->isEmpty());
}

TEST_CASE("Every stage change is recorded in the stage history")
{
    Fixture book;
    auto id = book.pipeline->addDeal(book.draft(u"Moves"_s), utc("2026-01-05T09:00:00Z"));
    REQUIRE(id.ok());
    REQUIRE(book.pipeline
                    ->moveDeal(*id, {book.stage(2), DealStatus::Open, 0, {}},
                               utc("2026-01-08T09:00:00Z"))
                    .ok());
    // The same stage again is refused, and so is a move dated before the current stay.
    CHECK_FALSE(book.pipeline
                        ->moveDeal(*id, {book.stage(2), DealStatus::Open, 0, {}},
                                   utc("2026-01-09T09:00:00Z"))
                        .ok());
    CHECK_FALSE(book.pipeline
                        ->moveDeal(*id, {book.stage(3), DealStatus::Open, 0, {}},
                                   utc("2026-01-07T09:00:00Z"))
                        .ok());
    const qint64 price = book.pipeline->findLostReason(u"price"_s)->id;
    REQUIRE(book.pipeline
                    ->moveDeal(*id, {0, DealStatus::Lost, price, u"Too dear"_s},
                               utc("2026-01-20T09:00:00Z"))
                    .ok());

    auto deal = book.pipeline->deal(*id);
    REQUIRE(deal.ok());
    CHECK(deal->status == DealStatus::Lost);
    CHECK(deal->stageId == book.stage(2));
    CHECK(deal->lostReasonId == price);
    CHECK(deal->lostNote == u"Too dear"_s);
    CHECK(deal->closedAt == utc("2026-01-20T09:00:00Z"));
    CHECK(book.pipeline->probability(*deal) == 0);

    auto history = book.pipeline->history(*id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 3);
    CHECK(history->at(1).stageId == book.stage(2));
    CHECK(history->at(1).enteredAt == utc("2026-01-08T09:00:00Z"));
    CHECK(history->at(2).status == DealStatus::Lost);

    // Reopening puts it back in a stage and clears the loss.
    REQUIRE(book.pipeline
                    ->moveDeal(*id, {book.stage(1), DealStatus::Open, 0, {}},
                               utc("2026-02-01T09:00:00Z"))
                    .ok());
    deal = book.pipeline->deal(*id);
    CHECK(deal->status == DealStatus::Open);
    CHECK_FALSE(deal->closedAt.isValid());
    CHECK(deal->lostReasonId == 0);
    CHECK(book.pipeline->history(*id)->size() == 4);
    CHECK(book.pipeline->checkInvariants()->isEmpty());
}

TEST_CASE("A won deal enters after-sales service")
{
    Fixture book;
    auto id = book.pipeline->addDeal(book.draft(u"Win"_s), utc("2026-01-05T09:00:00Z"));
    REQUIRE(book.pipeline->moveDeal(*id, {0, DealStatus::Won, 0, {}}, utc("2026-02-05T09:00:00Z"))
                    .ok());
    auto deal = book.pipeline->deal(*id);
    CHECK(deal->status == DealStatus::Won);
    CHECK(deal->serviceStatus == ServiceStatus::Onboarding);
    CHECK(book.pipeline->probability(*deal) == 100);
}

TEST_CASE("Editing a deal keeps its dates — a changed stage counts as a move")
{
    Fixture book;
    auto id = book.pipeline->addDeal(book.draft(u"Edit me"_s), utc("2026-01-05T09:00:00Z"));
    Deal d = *book.pipeline->deal(*id);
    d.title = u"Edited"_s;
    d.probability = 35;
    d.stageId = book.stage(3);
    REQUIRE(book.pipeline->updateDeal(d, utc("2026-01-10T09:00:00Z")).ok());
    auto stored = book.pipeline->deal(*id);
    CHECK(stored->title == u"Edited"_s);
    CHECK(stored->createdAt == utc("2026-01-05T09:00:00Z"));
    CHECK(stored->stageEnteredAt == utc("2026-01-10T09:00:00Z"));
    CHECK(stored->updatedAt == utc("2026-01-10T09:00:00Z"));
    CHECK(book.pipeline->probability(*stored) == 35);
    CHECK(book.pipeline->history(*id)->size() == 2);
}

TEST_CASE("A snapshot restores a deal exactly, history and activities included")
{
    Fixture book;
    ActivityService &activities = book->activities();
    auto id = book.pipeline->addDeal(book.draft(u"Keep me"_s), utc("2026-01-05T09:00:00Z"));
    REQUIRE(book.pipeline
                    ->moveDeal(*id, {book.stage(1), DealStatus::Open, 0, {}},
                               utc("2026-01-06T09:00:00Z"))
                    .ok());
    Activity a;
    a.subject = u"Call back"_s;
    a.dueAt = QDateTime(QDate(2026, 1, 7), QTime(10, 0));
    a.dealId = *id;
    auto activityId = activities.addActivity(a);
    REQUIRE(activityId.ok());

    auto before = book.pipeline->snapshot(*id);
    REQUIRE(before.ok());
    CHECK(before->activityIds == QList<qint64> {*activityId});
    QSignalSpy removed(book.pipeline, &PipelineService::dealRemoved);
    REQUIRE(book.pipeline->removeDeal(*id).ok());
    CHECK(removed.count() == 1);
    CHECK_FALSE(book.pipeline->deal(*id).ok());
    CHECK(activities.activity(*activityId)->dealId == 0);

    REQUIRE(book.pipeline->restoreDeal(*id, *before).ok());
    auto after = book.pipeline->snapshot(*id);
    REQUIRE(after.ok());
    CHECK(*after == *before);
    CHECK(activities.activity(*activityId)->dealId == *id);
    CHECK(book.pipeline->checkInvariants()->isEmpty());
}

TEST_CASE("Stages can be renamed, reordered, added and archived")
{
    Fixture book;
    QList<Stage> stages = book.pipeline->stages();
    stages[0].customName = u"Enquiry"_s;
    std::swap(stages[1], stages[2]);
    Stage extra;
    extra.customName = u"Trial"_s;
    extra.probability = 50;
    extra.idleDays = 10;
    stages.insert(3, extra);
    stages[5].archived = true; // negotiation
    REQUIRE(book.pipeline->saveStages(stages).ok());
    QStringList names;
    for (const auto &s : book.pipeline->activeStages()) {
        names.append(s.displayName());
    }
    CHECK(names
          == QStringList {u"Enquiry"_s, u"Needs analysis"_s, u"Initial contact"_s, u"Trial"_s,
                          u"Proposal & demo"_s});
    CHECK(book.pipeline->findStage(u"trial"_s)->probability == 50);
    CHECK(book.pipeline->findStage(u"lead"_s)->displayName() == u"Enquiry"_s);

    // A stage with open deals cannot be archived.
    auto id = book.pipeline->addDeal(book.draft(u"Busy"_s));
    REQUIRE(id.ok());
    QList<Stage> again = book.pipeline->stages();
    again[0].archived = true;
    auto refused = book.pipeline->saveStages(again);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(u"open deal"_s));
}

TEST_CASE("Activities fall into Today, This week and Overdue")
{
    const QDate today(2026, 11, 25); // a Wednesday
    auto make = [](QDate day, bool done) {
        Activity a;
        a.subject = u"x"_s;
        a.dueAt = QDateTime(day, QTime(9, 0));
        a.done = done;
        return a;
    };
    using W = ActivityService::Window;
    CHECK(ActivityService::weekStart(today) == QDate(2026, 11, 23));
    CHECK(ActivityService::inWindow(make(today, false), W::Today, today));
    CHECK_FALSE(ActivityService::inWindow(make(today.addDays(1), false), W::Today, today));
    CHECK(ActivityService::inWindow(make(QDate(2026, 11, 23), true), W::ThisWeek, today));
    CHECK(ActivityService::inWindow(make(QDate(2026, 11, 29), false), W::ThisWeek, today));
    CHECK_FALSE(ActivityService::inWindow(make(QDate(2026, 11, 30), false), W::ThisWeek, today));
    CHECK(ActivityService::inWindow(make(QDate(2026, 11, 20), false), W::Overdue, today));
    CHECK_FALSE(ActivityService::inWindow(make(QDate(2026, 11, 20), true), W::Overdue, today));
    CHECK_FALSE(ActivityService::inWindow(make(today, false), W::Overdue, today));
}

TEST_CASE("Lost reasons are the book's own list")
{
    Fixture book;
    QList<LostReason> reasons = book.pipeline->lostReasons();
    REQUIRE(reasons.size() == 7); // the last, archived, is for reversed deals
    reasons[0].customName = u"Too expensive"_s; // price
    reasons[4].archived = true; // timing
    LostReason silent;
    silent.customName = u"Went silent"_s;
    reasons.insert(1, silent);
    REQUIRE(book.pipeline->saveLostReasons(reasons).ok());
    QStringList names;
    for (const auto &r : book.pipeline->lostReasons()) {
        names.append(r.displayName() + (r.archived ? u" (archived)"_s : QString()));
    }
    CHECK(names
          == QStringList {u"Too expensive"_s, u"Went silent"_s, u"Competitor"_s, u"No budget"_s,
                          u"No decision"_s, u"Timing (archived)"_s, u"Other"_s,
                          u"Reversed after the win (archived)"_s});
    CHECK(book.pipeline->findLostReason(u"price"_s)->displayName() == u"Too expensive"_s);

    // A reason that a lost deal gives can be archived but not removed.
    auto id = book.pipeline->addDeal(book.draft(u"Lost one"_s));
    const qint64 silentId = book.pipeline->findLostReason(u"Went silent"_s)->id;
    REQUIRE(book.pipeline->moveDeal(*id, {0, DealStatus::Lost, silentId, {}}).ok());
    QList<LostReason> without = book.pipeline->lostReasons();
    without.removeAt(1);
    auto refused = book.pipeline->saveLostReasons(without);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(u"Went silent"_s));
    CHECK(book.pipeline->lostReasons().size() == 8);
}

TEST_CASE("A customer's contact details can be changed")
{
    Fixture book;
    const qint64 id = *book.customers->ensureCustomer(u"Wuxi Tongli Machinery"_s);
    QSignalSpy changed(book.customers, &CustomerService::customersChanged);
    auto record = book.customers->record(id);
    REQUIRE(record.ok());
    Contact person;
    person.name = u"Gao Peng"_s;
    person.phone = u"139 1234 5678"_s;
    person.email = u"peng.gao@example.cn"_s;
    record->contacts = {person};
    REQUIRE(book.customers->save(*record).ok());
    CHECK(changed.count() == 1);
    CHECK(book.customers->customer(id)->phone == u"139 1234 5678"_s);

    // What was saved is what a fresh load reads back: the first contact became the primary.
    REQUIRE(book.customers->load().ok());
    CHECK(book.customers->customer(id)->contactPerson == u"Gao Peng"_s);
    CHECK(book.customers->customer(id)->email == u"peng.gao@example.cn"_s);
    record->customer.name = QString();
    CHECK_FALSE(book.customers->save(*record).ok());
}

TEST_CASE("A point in time falls on the user's local day, daylight saving included", "[localdate]")
{
    // Run on its own under TZ=Europe/Berlin as well (tests/CMakeLists.txt): there, 29 March
    // and 25 October 2026 switch between +1 and +2 hours within the day.
    if (qgetenv("TZ") == "Europe/Berlin") {
        REQUIRE(QDateTime(QDate(2026, 1, 15), QTime(12, 0)).offsetFromUtc() == 3600);
        REQUIRE(QDateTime(QDate(2026, 7, 15), QTime(12, 0)).offsetFromUtc() == 7200);
        // 22:59:59 UTC on 28 March is still that day in Berlin (+1), 23:00 already the next;
        // on 24 October (+2) the day ends at 21:59:59 UTC.
        CHECK(localDate(utc("2026-03-28T22:59:59Z")) == QDate(2026, 3, 28));
        CHECK(localDate(utc("2026-03-28T23:00:00Z")) == QDate(2026, 3, 29));
        CHECK(localDate(utc("2026-10-24T21:59:59Z")) == QDate(2026, 10, 24));
        CHECK(localDate(utc("2026-10-24T22:00:00Z")) == QDate(2026, 10, 25));
    }
    CHECK_FALSE(localDate(QDateTime()).isValid());
    // Every quarter of an hour of 2026 (and a second before each) lands on the day the C
    // library gives, from a QDateTime and from the stored text as SQLite holds it.
    int differences = 0;
    const QDateTime start = utc("2026-01-01T00:00:00Z");
    for (qint64 q = 0; q < 365 * 96; ++q) {
        for (const QDateTime &t : {start.addSecs(q * 900), start.addSecs(q * 900 - 1)}) {
            const QDate expected = t.toLocalTime().date();
            if (localDate(t) != expected
                || localDateOfStored(toStoredTime(t).toUtf8()) != expected) {
                ++differences;
            }
        }
    }
    CHECK(differences == 0);
    // Other forms of a stored time, read by the general parser.
    const QDateTime noon = utc("2026-07-15T12:00:00Z");
    CHECK(localDateOfStored("2026-07-15T12:00:00.000Z") == noon.toLocalTime().date());
    CHECK(localDateOfStored("2026-07-15T14:00:00+02:00") == noon.toLocalTime().date());
    CHECK_FALSE(localDateOfStored("").isValid());
    CHECK_FALSE(localDateOfStored("2026-02-30T12:00:00Z").isValid());

    // And back: every quarter of an hour of 2026's local wall times gives the instant Qt's own
    // conversion gives (the repeated hour included, the skipped one as Qt moves it).
    int wallDifferences = 0;
    for (qint64 q = 0; q < 365 * 96; ++q) {
        const QDateTime wall = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(q * 900);
        if (utcOfLocal(wall.date(), wall.time()) != QDateTime(wall.date(), wall.time()).toUTC()) {
            ++wallDifferences;
        }
    }
    CHECK(wallDifferences == 0);
    if (qgetenv("TZ") == "Europe/Berlin") {
        CHECK(utcOfLocal(QDate(2026, 7, 15), QTime(14, 0)) == utc("2026-07-15T12:00:00Z"));
        CHECK(utcOfLocal(QDate(2026, 10, 25), QTime(2, 30)) == utc("2026-10-25T01:30:00Z"));
    }
    CHECK_FALSE(utcOfLocal(QDate(), QTime(1, 0)).isValid());
}

TEST_CASE("The List's deals are filtered and ordered by SQLite as the columns show them")
{
    Fixture book;
    REQUIRE(book.book->currencies()
                    .setRates({{u"USD"_s, QDate(2026, 1, 1), 7'000'000'000},
                               {u"USD"_s, QDate(2026, 6, 1), 8'000'000'000}})
                    .ok());
    // beta: ¥100 open in Lead (10 %), closes 1 Mar. Alpha: $50 open with 60 %, at today's rate
    // 8 = ¥400. gamma: ¥300 won on 1 Feb. Émile: $10 won on 2 Mar, at that day's rate 7 = ¥70;
    // no expected close.
    Deal beta = book.draft(u"beta"_s, 10000);
    beta.expectedClose = QDate(2026, 3, 1);
    beta.product = u"Pumps"_s;
    const qint64 b = *book.pipeline->addDeal(beta, utc("2026-01-05T09:00:00Z"));
    Deal alpha = book.draft(u"Alpha"_s, 5000);
    alpha.currency = u"USD"_s;
    alpha.probability = 60;
    alpha.expectedClose = QDate(2026, 2, 1);
    alpha.ownerId = *book.team->ensureRep(u"Zhou Min"_s);
    const qint64 a = *book.pipeline->addDeal(alpha, utc("2026-01-06T09:00:00Z"));
    Deal gamma = book.draft(u"gamma"_s, 30000);
    gamma.expectedClose = QDate(2026, 4, 1);
    const qint64 g = *book.pipeline->addDeal(gamma, utc("2026-01-07T09:00:00Z"));
    REQUIRE(book.pipeline->moveDeal(g, {0, DealStatus::Won, 0, {}}, utc("2026-02-01T09:00:00Z")));
    Deal emile = book.draft(u"Émile"_s, 1000);
    emile.currency = u"USD"_s;
    const qint64 e = *book.pipeline->addDeal(emile, utc("2026-01-08T09:00:00Z"));
    REQUIRE(book.pipeline->moveDeal(e, {0, DealStatus::Won, 0, {}}, utc("2026-03-02T09:00:00Z")));

    const QDateTime now = utc("2026-07-01T12:00:00Z");
    // Text in the order of the language shown, whatever the machine's.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::system()); });
    using Order = DealListQuery::Order;
    const auto ids = [&](DealListQuery query) {
        auto listed = book.pipeline->dealIds(query, now);
        INFO(listed.error().message.toStdString());
        REQUIRE(listed.ok());
        return *listed;
    };
    const auto by = [&](Order order, bool descending = false) {
        DealListQuery query;
        query.order = order;
        query.descending = descending;
        return ids(query);
    };
    CHECK(by(Order::Title) == QList<qint64> {a, b, e, g}); // é with e, case aside
    CHECK(by(Order::Value) == QList<qint64> {e, b, g, a}); // ¥70, ¥100, ¥300, ¥400
    CHECK(by(Order::Value, true) == QList<qint64> {a, g, b, e});
    CHECK(by(Order::Probability) == QList<qint64> {b, a, g, e}); // 10, 60, 100, 100 (by id)
    CHECK(by(Order::Weighted) == QList<qint64> {b, e, a, g}); // 10, 70, 240, 300
    CHECK(by(Order::ExpectedClose) == QList<qint64> {a, b, g, e}); // none last
    CHECK(by(Order::ExpectedClose, true) == QList<qint64> {e, g, b, a});
    CHECK(by(Order::Status) == QList<qint64> {b, a, g, e});
    CHECK(by(Order::Closed) == QList<qint64> {b, a, g, e}); // not closed first
    CHECK(by(Order::Owner) == QList<qint64> {b, g, e, a}); // no owner before Zhou Min
    CHECK(by(Order::Owner, true) == QList<qint64> {a, b, g, e}); // ties stay by id
    CHECK(by(Order::Customer) == QList<qint64> {a, b, e, g}); // "Customer of Alpha", …
    CHECK(by(Order::Title, true) == QList<qint64> {g, e, b, a});
    CHECK(by(Order::Product) == QList<qint64> {a, g, e, b}); // none first, then Pumps
    // Days in stage: beta 177 and Alpha 176 days by today; gamma 25 and Émile 53 when they won.
    CHECK(by(Order::DaysInStage) == QList<qint64> {g, e, a, b});

    DealListQuery query;
    query.order = Order::Title;
    query.search = u"ALP"_s;
    CHECK(ids(query) == QList<qint64> {a});
    query.search = u"customer of g"_s; // the customer's name
    CHECK(ids(query) == QList<qint64> {g});
    query.search = u"zhou"_s; // the owner's
    CHECK(ids(query) == QList<qint64> {a});
    query.search = u"pump"_s; // the product
    CHECK(ids(query) == QList<qint64> {b});
    query.search = u"ÉMI"_s;
    CHECK(ids(query) == QList<qint64> {e});
    query.search = u"émi"_s; // Unicode case folding
    CHECK(ids(query) == QList<qint64> {e});
    query.search = u"MILE"_s; // ASCII in text that is not
    CHECK(ids(query) == QList<qint64> {e});
    query.search.clear();
    query.status = DealStatus::Won;
    CHECK(ids(query) == QList<qint64> {e, g});
    query.status.reset();
    query.stageId = book.stage(0);
    CHECK(ids(query) == QList<qint64> {a, b}); // open in Lead
    query.stageId = 0;
    query.ownerId = alpha.ownerId;
    CHECK(ids(query) == QList<qint64> {a});
    query.ownerId = 0;
    query.ids = QList<qint64> {g, b};
    CHECK(ids(query) == QList<qint64> {b, g});

    // The open deals' totals from SQL: beta ¥100 at 10 %, Alpha $50 → ¥400 at 60 %; both have
    // been in Lead longer than its idle limit by now.
    const auto totals = *book.pipeline->openTotals(0, now);
    CHECK(totals.count == 2);
    CHECK(totals.value == 50000);
    CHECK(totals.weighted() == 25000); // (10,000 × 10 + 40,000 × 60) / 100
    CHECK(totals.idle == 2);
    const auto zhou = *book.pipeline->openTotals(alpha.ownerId, now);
    CHECK(zhou.count == 1);
    CHECK(zhou.value == 40000);

    // The rows themselves, read by id.
    CHECK(book.pipeline->dealSummaries(QList<qint64> {g, a})->size() == 2);
    // The Board's: open, or closed since the day given (gamma won before it); a column's.
    DealListQuery board;
    board.closedSince = utc("2026-03-01T00:00:00Z");
    CHECK(ids(board) == QList<qint64> {a, b, e});
    board.status = DealStatus::Won;
    CHECK(ids(board) == QList<qint64> {e});
    board.status = DealStatus::Open;
    CHECK(ids(board) == QList<qint64> {a, b});
    // Their totals by column: both open deals in Lead; Émile won for ¥70 at its day's rate.
    board.status.reset();
    const auto columns = *book.pipeline->totals(board, now);
    CHECK(columns.open.size() == 1);
    const DealTotals lead = columns.open.value(book.stage(0));
    CHECK(lead.count == 2);
    CHECK(lead.value == 50000);
    CHECK(lead.weighted() == 25000);
    CHECK(lead.idle == 2);
    CHECK(columns.won.count == 1);
    CHECK(columns.won.value == 7000);
    CHECK(columns.won.weighted() == 7000);
    CHECK(columns.won.idle == 0);
    CHECK(columns.lost.count == 0);
    board.ownerId = alpha.ownerId;
    const auto zhouColumns = *book.pipeline->totals(board, now);
    CHECK(zhouColumns.open.value(book.stage(0)).count == 1);
    CHECK(zhouColumns.won.count == 0);
}

TEST_CASE("Customers and deals and activities written many at a time read back as written")
{
    TestBook book(QDate(2026, 6, 30));
    const QSqlDatabase conn = book->database().connection();
    const QDateTime created(QDate(2026, 6, 1), QTime(9, 30), QTimeZone::utc());
    Transaction tx(conn);

    // 70 customers: one statement of 64 rows and one of 6; every other one with a contact.
    CustomerRepository customers(conn);
    const qint64 first = *customers.nextId();
    QList<Customer> many;
    for (int i = 0; i < 70; ++i) {
        Customer c;
        c.id = first + i;
        c.name = u"Customer %1"_s.arg(i);
        c.createdAt = created;
        if (i % 2 == 0) {
            c.contactPerson = u"Person %1"_s.arg(i);
            c.email = u"p%1@example.cn"_s.arg(i);
        }
        many.append(c);
    }
    REQUIRE(customers.insertMany(many).ok());
    const auto c68 = customers.customer(first + 68);
    REQUIRE(c68.ok());
    REQUIRE(c68->has_value());
    CHECK((*c68)->name == u"Customer 68"_s);
    CHECK((*c68)->contactPerson == u"Person 68"_s);
    CHECK((*c68)->email == u"p68@example.cn"_s);
    CHECK((*c68)->createdAt == created);
    CHECK((*customers.customer(first + 69))->contactPerson.isEmpty());
    ContactRepository contacts(conn);
    CHECK(contacts.contacts(first + 69)->isEmpty());
    CHECK(contacts.contacts(first + 68)->size() == 1);
    // The highest id given is kept: a later customer never takes a removed one's id.
    REQUIRE(customers.remove(first + 69).ok());
    CHECK(*customers.nextId() == first + 70);

    // Competitors: "Gamma" is in the register already; names match it without regard to case,
    // blanks are skipped and a competitor named twice by one deal is linked once.
    DealRepository deals(conn);
    const qint64 stage = book->pipeline().stages().first().id;
    const auto deal = [&](qint64 id, const QStringList &competitors) {
        Deal d;
        d.id = id;
        d.title = u"Deal %1"_s.arg(id);
        d.customerId = first;
        d.currency = u"CNY"_s;
        d.stageId = stage;
        d.createdAt = d.updatedAt = d.stageEnteredAt = created;
        d.competitors = competitors;
        return d;
    };
    const qint64 firstDeal = *deals.nextId();
    REQUIRE(deals.insert(deal(0, {u"Gamma"_s})).ok());
    REQUIRE(deals.insertMany({deal(firstDeal + 1, {u"Acme"_s, u" acme "_s, u" "_s, u"GAMMA"_s}),
                              deal(firstDeal + 2, {u"ACME"_s, u"Beta"_s})})
                    .ok());
    CHECK(*deals.competitors(firstDeal + 1) == QStringList {u"Acme"_s, u"Gamma"_s});
    CHECK(*deals.competitors(firstDeal + 2) == QStringList {u"Acme"_s, u"Beta"_s});
    QSqlQuery q(conn);
    REQUIRE(q.exec(u"SELECT count(*) FROM competitors"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3);

    // 65 activities of the second deal.
    ActivityRepository activities(conn);
    QList<Activity> planned;
    for (int i = 0; i < 65; ++i) {
        Activity a;
        a.kind = ActivityKind::Call;
        a.subject = u"Call %1"_s.arg(i);
        a.dueAt = QDateTime(QDate(2026, 6, 2).addDays(i), QTime(10, 0));
        a.dealId = firstDeal + 1;
        a.customerId = first;
        a.createdAt = created;
        planned.append(a);
    }
    REQUIRE(activities.insertMany(planned).ok());
    const auto ids = activities.idsForDeal(firstDeal + 1);
    REQUIRE(ids.ok());
    REQUIRE(ids->size() == 65);
    const auto last = activities.activity(ids->last());
    REQUIRE(last.ok());
    CHECK(last->subject == u"Call 64"_s);
    CHECK(last->dueAt == QDateTime(QDate(2026, 8, 5), QTime(10, 0)));
    CHECK(tx.commit().ok());
}

TEST_CASE("A deal for a customer the book does not have is refused and the book is unchanged")
{
    TestBook book(QDate(2026, 6, 30));
    Deal d;
    d.title = u"Nobody's"_s;
    d.customerId = 999;
    auto added = book->pipeline().addDeal(d);
    REQUIRE_FALSE(added.ok());
    CHECK(added.message() == u"There is no customer #999."_s);
    d.customerId = *book->customers().ensureCustomer(u"Somebody"_s);
    added = book->pipeline().addDeal(d);
    REQUIRE(added.ok());
    auto saved = book->pipeline().deal(*added);
    REQUIRE(saved.ok());
    Deal moved = *saved;
    moved.customerId = 998;
    const auto updated = book->pipeline().updateDeal(moved, saved->updatedAt);
    REQUIRE_FALSE(updated.ok());
    CHECK(updated.message() == u"There is no customer #998."_s);
    CHECK(book->pipeline().deal(*added)->customerId == d.customerId);
}
