#include "core/customers/followups.h"
#include "core/customers/keydates.h"
#include "core/customers/segmentation.h"
#include "core/storage/readahead.h"
#include "core/storage/sqlquery.h"
#include "tests/support/testbook.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace salesdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

// Six customers as of 30 June 2026 (window: 1 July 2024 – 30 June 2026):
//   C1 won ¥1,000 (10 Jan 2025), ¥2,000 (10 Sep 2025), ¥3,000 (10 Mar 2026): ¥6,000 in 3
//   C2 won ¥8,000 once (1 May 2025)
//   C3 won ¥500 twice (1 Aug 2024, 1 Dec 2024)
//   C4 won ¥200 once, its first ever, on 20 May 2026
//   C5 never won, has an open deal
//   C6 nothing
QList<CustomerFacts> sixCustomers()
{
    const auto f = [](qint64 id, qint64 value, int count, QDate first, QDate last,
                      bool open = false) {
        return CustomerFacts {id, value, count, value, count, first, last, first, last, open};
    };
    return {f(1, 600000, 3, {2025, 1, 10}, {2026, 3, 10}),
            f(2, 800000, 1, {2025, 5, 1}, {2025, 5, 1}),
            f(3, 100000, 2, {2024, 8, 1}, {2024, 12, 1}),
            f(4, 20000, 1, {2026, 5, 20}, {2026, 5, 20}),
            f(5, 0, 0, {}, {}, true),
            f(6, 0, 0, {}, {})};
}

} // namespace

TEST_CASE("Segments, RFM scores and the at-risk flag of a hand-computed book")
{
    SegmentRules rules;
    rules.highValueShare = 0.5; // the top 2 of 4 buying customers by value: C2 and C1
    const auto result = computeSegments(sixCustomers(), QDate(2026, 6, 30), rules, {3},
                                        {{6, Segment::Potential}});
    REQUIRE(result.size() == 6);
    const auto seg = [&](int i) {
        return result[i].segment;
    };
    CHECK(seg(0) == Segment::HighValue); // top 2 and 3 won deals
    CHECK(seg(1) == Segment::General); // top 2 but only 1 won deal, no open deal, not new
    CHECK(seg(2) == Segment::General);
    CHECK(seg(3) == Segment::Potential); // first purchase 41 days ago
    CHECK(seg(4) == Segment::Potential); // open deal
    CHECK(seg(5) == Segment::Potential); // overridden
    CHECK(result[5].overridden);

    // Recency: 112, 425, 576 and 41 days; scored 1–5 among the 4 buying customers.
    CHECK(result[0].recencyDays == 112);
    CHECK(result[1].recencyDays == 425);
    CHECK(result[2].recencyDays == 576);
    CHECK(result[3].recencyDays == 41);
    CHECK(result[4].recencyDays == -1);
    // R (most recent best): C3 1, C2 2, C1 3, C4 4. F: C2 and C4 share 1, C3 3, C1 4.
    // M: C4 1, C3 2, C1 3, C2 4. Customers who bought nothing score 0.
    CHECK(QList<int> {result[0].r, result[1].r, result[2].r, result[3].r}
          == QList<int> {3, 2, 1, 4});
    CHECK(QList<int> {result[0].f, result[1].f, result[2].f, result[3].f}
          == QList<int> {4, 1, 3, 1});
    CHECK(QList<int> {result[0].m, result[1].m, result[2].m, result[3].m}
          == QList<int> {3, 4, 2, 1});
    CHECK(result[4].r == 0);
    CHECK(result[5].m == 0);

    // C3 was high-value before; it buys every 122 days and has not for 576 (> 2 × 122).
    CHECK(result[2].atRisk);
    CHECK_FALSE(result[0].atRisk); // C1 was not high-value before

    // With the default 20 %, only C2 is in the top, and one won deal is not enough.
    const auto strict = computeSegments(sixCustomers(), QDate(2026, 6, 30), SegmentRules {});
    CHECK(strict[0].segment == Segment::General);
    CHECK(strict[1].segment == Segment::General);
}

TEST_CASE("The facts behind the segments count only deals won within the window")
{
    TestBook book;
    PipelineService &pipeline = book->pipeline();
    CustomerService &customers = book->customers();
    const auto deal = [&](const QString &customer, qint64 yuan, QDate on, DealStatus status) {
        Deal d;
        d.title = u"Deal"_s;
        d.customerId = *customers.ensureCustomer(customer);
        d.valueMinor = yuan * 100;
        auto id = pipeline.addDeal(d, QDateTime(on.addDays(-5), QTime(12, 0)).toUTC());
        REQUIRE(id.ok());
        if (status == DealStatus::Open) {
            return;
        }
        const qint64 reason
                = status == DealStatus::Lost ? pipeline.findLostReason(u"price"_s)->id : 0;
        REQUIRE(pipeline.moveDeal(*id, {0, status, reason, {}}, QDateTime(on, QTime(12, 0)).toUTC())
                        .ok());
    };
    // The window: 1 July 2024 to 30 June 2026.
    // A: won ¥300 before the window, ¥500 in it, ¥700 after it; lost ¥999 in it; one open.
    deal(u"A"_s, 300, {2024, 6, 1}, DealStatus::Won);
    deal(u"A"_s, 500, {2026, 1, 10}, DealStatus::Won);
    deal(u"A"_s, 700, {2026, 7, 2}, DealStatus::Won);
    deal(u"A"_s, 999, {2026, 2, 1}, DealStatus::Lost);
    deal(u"A"_s, 50, {2026, 6, 1}, DealStatus::Open);
    // B: no deals at all. C: won on the window's first and last days, and the day after.
    REQUIRE(customers.ensureCustomer(u"B"_s).ok());
    deal(u"C"_s, 100, {2024, 7, 1}, DealStatus::Won);
    deal(u"C"_s, 200, {2026, 6, 30}, DealStatus::Won);
    deal(u"C"_s, 400, {2026, 7, 1}, DealStatus::Won);

    SegmentService &segments = book->segments();
    auto facts = segments.facts({2026, 6, 30}, {2024, 7, 1});
    INFO(facts.message().toStdString());
    REQUIRE(facts.ok());
    REQUIRE(facts->size() == 3);
    const CustomerFacts a = facts->at(0), b = facts->at(1), c = facts->at(2);
    CHECK(a.customerId == customers.findCustomer(u"A"_s));
    CHECK(a.wonValue == 50000);
    CHECK(a.wonCount == 1);
    CHECK(a.firstWon == QDate(2024, 6, 1));
    CHECK(a.lastWon == QDate(2026, 1, 10));
    CHECK(a.firstWonInWindow == QDate(2026, 1, 10));
    CHECK(a.lastWonInWindow == QDate(2026, 1, 10));
    CHECK(a.hasOpenDeal);
    CHECK(b.customerId == customers.findCustomer(u"B"_s));
    CHECK(b.wonValue == 0);
    CHECK(b.wonCount == 0);
    CHECK_FALSE(b.firstWon.isValid());
    CHECK_FALSE(b.lastWonInWindow.isValid());
    CHECK_FALSE(b.hasOpenDeal);
    CHECK(c.wonValue == 30000);
    CHECK(c.wonCount == 2);
    CHECK(c.firstWon == QDate(2024, 7, 1));
    CHECK(c.lastWon == QDate(2026, 6, 30));
    CHECK(c.firstWonInWindow == QDate(2024, 7, 1));
    CHECK(c.lastWonInWindow == QDate(2026, 6, 30));
    CHECK_FALSE(c.hasOpenDeal);
}

TEST_CASE("Segments are computed from the book, kept, and every change recorded")
{
    TestBook book;
    PipelineService &pipeline = book->pipeline();
    CustomerService &customers = book->customers();
    SegmentService &segments = book->segments();
    const auto won = [&](const QString &customer, qint64 yuan, QDate on) {
        Deal d;
        d.title = u"Deal"_s;
        d.customerId = *customers.ensureCustomer(customer);
        d.valueMinor = yuan * 100;
        auto id = pipeline.addDeal(d, QDateTime(on.addDays(-5), QTime(12, 0)).toUTC());
        REQUIRE(id.ok());
        REQUIRE(pipeline.moveDeal(*id, {0, DealStatus::Won, 0, {}},
                                  QDateTime(on, QTime(12, 0)).toUTC())
                        .ok());
    };
    won(u"Big"_s, 5000, {2026, 1, 10});
    won(u"Big"_s, 7000, {2026, 4, 10});
    won(u"Small"_s, 100, {2025, 2, 1});
    const qint64 big = customers.findCustomer(u"Big"_s);
    const qint64 small = customers.findCustomer(u"Small"_s);

    const ReadAhead::Tally before = ReadAhead::tally();
    auto first = segments.recompute(QDate(2026, 6, 30));
    INFO(first.message().toStdString());
    REQUIRE(first.ok());
    // The customers, their won and open deals and the segments kept: one exchange with a
    // server, and each answer used (in a file nothing is asked ahead).
    const ReadAhead::Tally after = ReadAhead::tally();
    CHECK(after.asked - before.asked == (TestBook::onServer() ? 3 : 0));
    CHECK(after.used - before.used == after.asked - before.asked);
    // Two buying customers: the top 20 % is one (Big), with 2 won deals → high-value.
    CHECK(first->at(0).segment == Segment::HighValue);
    CHECK(first->at(0).monetary == 1200000);
    CHECK(first->at(1).segment == Segment::General);
    auto history = segments.history(big);
    REQUIRE(history->size() == 1);
    CHECK(history->at(0).changedOn == QDate(2026, 6, 30));

    // Recomputing without changes records nothing new and is no news (the window recomputes
    // when told of a change), but dates every customer's segment.
    QSignalSpy changed(&segments, &SegmentService::segmentsChanged);
    REQUIRE(segments.recompute(QDate(2026, 7, 1)).ok());
    CHECK(changed.count() == 0);
    CHECK(segments.history(big)->size() == 1);
    SqlQuery dates(book->database().connection(),
                   u"SELECT DISTINCT computed_on FROM customer_segments ORDER BY 1"_s);
    auto computedOn = dates.all([](SqlQuery &row) { return row.value(0).toString(); });
    REQUIRE(computedOn.ok());
    CHECK(*computedOn == QStringList {u"2026-07-01"_s});

    // An override with a reason wins until cleared, and is recorded as manual.
    CHECK_FALSE(customers.setOverride(small, Segment::Potential, u" "_s).ok());
    REQUIRE(customers
                    .setOverride(small, Segment::Potential, u"Opening a second shop"_s,
                                 QDate(2026, 7, 2))
                    .ok());
    auto overridden = segments.recompute(QDate(2026, 7, 3));
    CHECK(overridden->at(1).segment == Segment::Potential);
    auto smallHistory = segments.history(small);
    REQUIRE(smallHistory->size() == 2);
    CHECK(smallHistory->at(1).manual);
    CHECK(smallHistory->at(1).reason == u"Opening a second shop"_s);
    REQUIRE(customers.setOverride(small, std::nullopt, QString()).ok());
    CHECK(segments.recompute(QDate(2026, 7, 4))->at(1).segment == Segment::General);
    CHECK(segments.history(small)->size() == 3);

    // The book's own rules: the top 100 % with one won deal makes Small high-value too, as
    // long as its deal falls inside a 24-month window (1 Feb 2025 is within 2026-07-05's).
    const CustomerRules rules = segments.rules();
    CHECK(rules == CustomerRules {}); // the defaults until changed
    CustomerRules generous = rules;
    generous.segments.highValueShare = 1.0;
    generous.segments.highValueMinWonDeals = 1;
    REQUIRE(segments.setRules(generous).ok());
    CHECK(segments.rules() == generous);
    changed.clear();
    auto underRules = segments.recompute(QDate(2026, 7, 5));
    REQUIRE(underRules.ok());
    CHECK(underRules->at(1).segment == Segment::HighValue);
    CHECK(changed.count() == 1); // Small's segment changed
    // A 12-month window leaves Small's 2025 deal out: general again.
    generous.segments.lookBackMonths = 12;
    REQUIRE(segments.setRules(generous).ok());
    CHECK(segments.recompute(QDate(2026, 7, 6))->at(1).segment == Segment::General);
    CustomerRules bad = generous;
    bad.segments.highValueShare = 0;
    bad.cadence.general = 0;
    CHECK(segments.problems(bad)
          == QStringList {u"The high-value share is more than 0 % and at most 100 %."_s,
                          u"Every cadence is at least one day."_s});
    CHECK_FALSE(segments.setRules(bad).ok());
    CHECK(segments.rules() == generous);
}

TEST_CASE("Follow-ups fall due one cadence after the last contact")
{
    const QDate asOf(2026, 6, 30);
    const QList<CustomerContact> customers = {
            {1, Segment::HighValue, 0, {2026, 6, 10}, {2025, 1, 1}}, // due 24 June: 6 days late
            {2, Segment::Potential, 0, {2026, 6, 20}, {2025, 1, 1}}, // due 20 July
            {3, Segment::General, 0, {}, {2026, 1, 1}}, // never: due 1 April, 90 late
            {4, Segment::General, 7, {2026, 6, 23}, {2025, 1, 1}}, // own cadence: due today
    };
    const auto due = computeFollowUps(customers, asOf);
    REQUIRE(due.size() == 4);
    CHECK(QList<qint64> {due[0].customerId, due[1].customerId, due[2].customerId, due[3].customerId}
          == QList<qint64> {3, 1, 4, 2});
    CHECK(due[0].due == QDate(2026, 4, 1));
    CHECK(due[0].overdueDays == 90);
    CHECK(due[1].due == QDate(2026, 6, 24));
    CHECK(due[1].overdueDays == 6);
    CHECK(due[1].cadenceDays == 14);
    CHECK(due[2].due == asOf);
    CHECK(due[2].overdueDays == 0);
    CHECK(due[3].due == QDate(2026, 7, 20));
}

TEST_CASE("Follow-ups read the last done activity and a customer's own cadence")
{
    TestBook book;
    CustomerService &customers = book->customers();
    ActivityService &activities = book->activities();
    SegmentService &segments = book->segments();
    const qint64 customer = *customers.ensureCustomer(u"Regular"_s);
    Activity call;
    call.subject = u"Call"_s;
    call.customerId = customer;
    call.dueAt = QDateTime(QDate(2026, 1, 10), QTime(9, 0));
    call.done = true;
    call.doneAt = QDateTime(QDate(2026, 1, 10), QTime(12, 0)).toUTC();
    REQUIRE(activities.addActivity(call).ok());
    // Never segmented: general, every 90 days → due 10 April.
    auto due = segments.followUps(QDate(2026, 3, 1));
    REQUIRE(due.ok());
    REQUIRE(due->size() == 1);
    CHECK(due->at(0).lastInteraction == QDate(2026, 1, 10));
    CHECK(due->at(0).due == QDate(2026, 4, 10));
    REQUIRE(customers.setContactCadence(customer, 30).ok());
    due = segments.followUps(QDate(2026, 3, 1));
    CHECK(due->at(0).due == QDate(2026, 2, 9));
    CHECK(due->at(0).overdueDays == 20);
    CHECK_FALSE(customers.setContactCadence(customer + 100, 30).ok());
    // Back to the segment's cadence, which the book sets to 45 days: due 24 February.
    REQUIRE(customers.setContactCadence(customer, 0).ok());
    CustomerRules rules;
    rules.cadence.general = 45;
    REQUIRE(segments.setRules(rules).ok());
    CHECK(segments.followUps(QDate(2026, 3, 1))->at(0).due == QDate(2026, 2, 24));
}

TEST_CASE("CSAT is the mean score and NPS promoters minus detractors")
{
    TestBook book;
    CustomerService &customers = book->customers();
    FeedbackService &feedback = book->feedback();
    const qint64 a = *customers.ensureCustomer(u"A"_s);
    const qint64 b = *customers.ensureCustomer(u"B"_s);
    const auto add = [&](qint64 customer, QDate on, int score, std::optional<int> nps) {
        Feedback f;
        f.customerId = customer;
        f.receivedOn = on;
        f.category = FeedbackCategory::Service;
        f.satisfaction = score;
        f.nps = nps;
        REQUIRE(feedback.add(f).ok());
    };
    // Q1: scores 5, 4, 2, 5 → CSAT 4.0; recommendation 10, 9, 3 (one without) → 2 promoters,
    // 1 detractor of 3 → NPS +1/3. A Q2 entry does not count.
    add(a, {2026, 1, 15}, 5, 10);
    add(a, {2026, 2, 15}, 4, 9);
    add(b, {2026, 3, 1}, 2, 3);
    add(b, {2026, 3, 20}, 5, std::nullopt);
    add(a, {2026, 4, 2}, 1, 0);
    auto q1 = feedback.satisfaction({2026, 1, 1}, {2026, 3, 31});
    REQUIRE(q1.ok());
    CHECK(q1->entries == 4);
    CHECK(q1->csat == Approx(4.0));
    CHECK(q1->npsEntries == 3);
    CHECK(q1->nps == Approx(1.0 / 3.0));
    // Customer A over the half year: 5, 4, 1 → 3.333; NPS (10, 9, 0): 2 − 1 of 3.
    auto aHalf = feedback.satisfaction({2026, 1, 1}, {2026, 6, 30}, a);
    CHECK(aHalf->csat == Approx(10.0 / 3.0));
    CHECK(aHalf->nps == Approx(1.0 / 3.0));
    Feedback bad;
    bad.customerId = a;
    bad.receivedOn = {2026, 1, 1};
    bad.satisfaction = 6;
    CHECK_FALSE(feedback.add(bad).ok());
    CHECK(feedback.satisfaction({2027, 1, 1}, {2027, 12, 31})->csat == 0.0);
}

TEST_CASE("satisfaction month by month counts each month's feedback and leaves empty months empty")
{
    const auto entry = [](QDate on, int score) {
        Feedback f;
        f.receivedOn = on;
        f.satisfaction = score;
        return f;
    };
    // Nov 2025: 4 and 2 → 3.0; Dec 2025: none; Jan 2026: 5 → 5.0. October and February fall
    // outside the three months that start in November (asked with a mid-month date).
    const QList<Feedback> all {entry({2025, 10, 31}, 1), entry({2025, 11, 1}, 4),
                               entry({2025, 11, 30}, 2), entry({2026, 1, 9}, 5),
                               entry({2026, 2, 1}, 1)};
    const auto months = satisfactionByMonth(all, {2025, 11, 17}, 3);
    REQUIRE(months.size() == 3);
    CHECK(months[0].month == QDate(2025, 11, 1));
    CHECK(months[0].satisfaction.entries == 2);
    CHECK(months[0].satisfaction.csat == Approx(3.0));
    CHECK(months[1].month == QDate(2025, 12, 1));
    CHECK(months[1].satisfaction.entries == 0);
    CHECK(months[2].month == QDate(2026, 1, 1));
    CHECK(months[2].satisfaction.entries == 1);
    CHECK(months[2].satisfaction.csat == Approx(5.0));
    CHECK(satisfactionByMonth(all, {2025, 11, 1}, 0).isEmpty());
}

TEST_CASE("Key dates come round, yearly ones every year, and remind ahead")
{
    KeyDate renewal;
    renewal.date = QDate(2026, 12, 1);
    renewal.remindDays = 30;
    CHECK(renewal.nextOccurrence(QDate(2026, 11, 27)) == QDate(2026, 12, 1));
    CHECK_FALSE(renewal.nextOccurrence(QDate(2026, 12, 2)).isValid()); // one-off, passed
    CHECK(renewal.remindOn(QDate(2026, 11, 1))); // 30 days ahead
    CHECK_FALSE(renewal.remindOn(QDate(2026, 10, 31))); // 31 days ahead
    CHECK(renewal.remindOn(QDate(2026, 12, 1))); // the day itself

    KeyDate birthday;
    birthday.date = QDate(1984, 2, 29);
    birthday.yearly = true;
    birthday.remindDays = 7;
    CHECK(birthday.nextOccurrence(QDate(2026, 1, 10)) == QDate(2026, 2, 28));
    CHECK(birthday.nextOccurrence(QDate(2027, 3, 1)) == QDate(2028, 2, 29));
    CHECK(birthday.nextOccurrence(QDate(2026, 2, 28)) == QDate(2026, 2, 28));
    CHECK(birthday.remindOn(QDate(2026, 2, 21)));
    CHECK_FALSE(birthday.remindOn(QDate(2026, 2, 20)));
}
