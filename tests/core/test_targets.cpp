#include "tests/support/testbook.h"

#include <catch2/catch.hpp>

using namespace salesdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime noon(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(12, 0)).toUTC();
}

struct Fixture : TestBook
{
    PipelineService *pipeline = &book->pipeline();
    CustomerService *customers = &book->customers();
    TeamService *team = &book->team();
    TargetService *targets = &book->targets();
    qint64 customer = *customers->ensureCustomer(u"Customer"_s);

    // A deal created a week before `closed` and won on that day, worth `yuan`.
    qint64 won(int y, int m, int d, qint64 yuan, const QString &owner = {})
    {
        Deal deal;
        deal.title = u"Won %1-%2-%3"_s.arg(y).arg(m).arg(d);
        deal.customerId = customer;
        deal.valueMinor = yuan * 100;
        deal.ownerId = owner.isEmpty() ? 0 : *team->ensureRep(owner);
        auto id = pipeline->addDeal(deal, noon(y, m, d).addDays(-7));
        REQUIRE(id.ok());
        REQUIRE(pipeline->moveDeal(*id, {0, DealStatus::Won, 0, {}}, noon(y, m, d)).ok());
        return *id;
    }
    qint64 add(Metric metric, const QString &period, qint64 value, const TargetScope &scope = {})
    {
        Target t;
        t.name = u"Target"_s;
        t.metric = metric;
        t.period = *Period::parse(period);
        t.value = value;
        t.scope = scope;
        auto id = targets->addTarget(t);
        REQUIRE(id.ok());
        return *id;
    }
    QList<qint64> childValues(qint64 id)
    {
        const auto children = targets->children(id);
        REQUIRE(children.ok());
        QList<qint64> values;
        for (const auto &c : *children) {
            values.append(c.value);
        }
        return values;
    }
};

} // namespace

TEST_CASE("An even split into quarters adds up exactly")
{
    Fixture book;
    const qint64 year = book.add(Metric::Revenue, u"2026"_s, 100000001); // ¥1,000,000.01
    auto plan
            = book.targets->planSplit(year, TargetService::SplitInto::Quarters, SplitMethod::Even);
    REQUIRE(plan.ok());
    REQUIRE(plan->children.size() == 4);
    CHECK(plan->children[0].period.toString() == u"2026Q1"_s);
    CHECK(plan->children[0].startsOn == QDate(2026, 1, 1));
    CHECK(plan->children[3].endsOn == QDate(2026, 12, 31));
    REQUIRE(book.targets->applySplit(year, *plan).ok());
    // 100,000,001 fen in four: 25,000,000.25 each; the one fen left goes to the first.
    CHECK(book.childValues(year) == QList<qint64> {25000001, 25000000, 25000000, 25000000});
    CHECK(book.targets->target(year)->splitMethod == SplitMethod::Even);
    // Splitting again is refused.
    CHECK_FALSE(book.targets->planSplit(year, TargetService::SplitInto::Months, SplitMethod::Even)
                        .ok());
}

TEST_CASE("A company whose year starts in April: targets follow its year and quarters")
{
    Fixture book;
    REQUIRE(book->settings().set({{TargetService::yearStartKey(), u"4"_s}}).ok());
    CHECK(book.targets->yearStartMonth() == 4);
    book.won(2026, 3, 31, 5000); // the year before
    book.won(2026, 4, 1, 3000); // the first day of the year
    book.won(2027, 2, 10, 2000); // its fourth quarter
    book.won(2027, 4, 1, 7000); // the next year
    Target t;
    t.name = u"Revenue FY2026/27"_s;
    t.metric = Metric::Revenue;
    t.period = *Period::parse(u"FY2026", book.targets->yearStartMonth());
    t.value = 1200000; // ¥12,000
    const qint64 id = *book.targets->addTarget(t);
    CHECK(book.targets->target(id)->startsOn == QDate(2026, 4, 1));
    CHECK(book.targets->target(id)->endsOn == QDate(2027, 3, 31));
    auto progress = book.targets->progress(*book.targets->target(id), QDate(2027, 3, 31));
    REQUIRE(progress.ok());
    CHECK(progress->actual == 500000); // ¥3,000 + ¥2,000
    auto plan = book.targets->planSplit(id, TargetService::SplitInto::Quarters, SplitMethod::Even);
    REQUIRE(plan.ok());
    REQUIRE(plan->children.size() == 4);
    CHECK(plan->children[0].period.toString() == u"FY2026-04Q1"_s);
    CHECK(plan->children[0].name == u"Revenue FY2026/27 – FY2026/27 Q1"_s);
    CHECK(plan->children[3].startsOn == QDate(2027, 1, 1));
    REQUIRE(book.targets->applySplit(id, *plan).ok());
    CHECK(book.childValues(id) == QList<qint64> {300000, 300000, 300000, 300000});
    // Stored and read back as the same days, whatever the setting becomes.
    REQUIRE(book->settings().set({{TargetService::yearStartKey(), u"1"_s}}).ok());
    auto again = book.targets->children(id);
    REQUIRE(again.ok());
    CHECK(again->at(3).period == Period::quarter(2026, 4, 4));
    CHECK(again->at(3).endsOn == QDate(2027, 3, 31));
}

TEST_CASE("Money splits in whole yuan unless the whole has fen")
{
    Fixture book;
    // ¥1,000,000 in three months: ¥333,333.33… each in fen would be 33,333,334 + 33,333,333 ×
    // 2; in whole yuan it is ¥333,334 + ¥333,333 + ¥333,333, still ¥1,000,000 in all.
    const qint64 quarter = book.add(Metric::Revenue, u"2026Q3"_s, 100000000);
    REQUIRE(book.targets
                    ->applySplit(quarter,
                                 *book.targets->planSplit(quarter, TargetService::SplitInto::Months,
                                                          SplitMethod::Even))
                    .ok());
    CHECK(book.childValues(quarter) == QList<qint64> {33333400, 33333300, 33333300});
    // Counts split in ones, as before.
    const qint64 deals = book.add(Metric::WonDeals, u"2026Q3"_s, 10);
    REQUIRE(book.targets
                    ->applySplit(deals,
                                 *book.targets->planSplit(deals, TargetService::SplitInto::Months,
                                                          SplitMethod::Even))
                    .ok());
    CHECK(book.childValues(deals) == QList<qint64> {4, 3, 3});
    // A re-spread to ¥1,200,000 stays in whole yuan too: shares 400,000.8, 399,999.6 and
    // 399,999.6 yuan; the floors leave two yuan, which go to the largest remainders (0.8, then
    // the first 0.6): ¥400,001, ¥400,000, ¥399,999.
    REQUIRE(book.targets->adjust(quarter, 120000000, u"Raise"_s, true, {}, QDate(2026, 6, 1)).ok());
    CHECK(book.childValues(quarter) == QList<qint64> {40000100, 40000000, 39999900});
}

TEST_CASE("A month splits into its ISO weeks by the days inside the month")
{
    Fixture book;
    const qint64 july = book.add(Metric::WonDeals, u"2026-07"_s, 1000);
    auto plan = book.targets->planSplit(july, TargetService::SplitInto::Weeks, SplitMethod::Even);
    REQUIRE(plan.ok());
    REQUIRE(plan->children.size() == 5);
    // Week 27 runs 29 June – 5 July: under July it covers 1–5 July only.
    CHECK(plan->children[0].period.toString() == u"2026-W27"_s);
    CHECK(plan->children[0].startsOn == QDate(2026, 7, 1));
    CHECK(plan->children[0].endsOn == QDate(2026, 7, 5));
    CHECK(plan->children[4].startsOn == QDate(2026, 7, 27));
    CHECK(plan->children[4].endsOn == QDate(2026, 7, 31));
    // 1000 by 5:7:7:7:5 days of 31: 161.29, 225.81 ×3, 161.29 → floors 161, 225, 225, 225,
    // 161 = 997; the three units left go to the three largest remainders (0.81 each).
    QList<qint64> values;
    for (const auto &c : plan->children) {
        values.append(c.value);
    }
    CHECK(values == QList<qint64> {161, 226, 226, 226, 161});
}

TEST_CASE("Weighted splits and rates")
{
    Fixture book;
    const qint64 q3 = book.add(Metric::Revenue, u"2026Q3"_s, 1000000);
    auto plan = book.targets->planSplit(q3, TargetService::SplitInto::Months, SplitMethod::Weights,
                                        {1, 1, 2});
    REQUIRE(plan.ok());
    CHECK(plan->children[0].value == 250000);
    CHECK(plan->children[1].value == 250000);
    CHECK(plan->children[2].value == 500000);
    CHECK_FALSE(
            book.targets
                    ->planSplit(q3, TargetService::SplitInto::Months, SplitMethod::Weights, {1, 2})
                    .ok());
    // A rate is not divided: every month keeps the quarter's 30 %.
    const qint64 rate = book.add(Metric::WinRate, u"2026Q3"_s, 300000);
    auto rates = book.targets->planSplit(rate, TargetService::SplitInto::Months, SplitMethod::Even);
    REQUIRE(rates.ok());
    for (const auto &c : rates->children) {
        CHECK(c.value == 300000);
    }
}

TEST_CASE("A seasonal split follows the shares of past years, or falls back to even")
{
    Fixture book;
    // The book starts in December 2023, so 2024 and 2025 are complete years of history.
    Deal early;
    early.title = u"First enquiry"_s;
    early.customerId = book.customer;
    REQUIRE(book.pipeline->addDeal(early, noon(2023, 12, 1)).ok());
    // 2024: 100 in each quarter (25 % each). 2025: 100, 200, 300, 400 (10/20/30/40 %).
    for (int q = 0; q < 4; ++q) {
        book.won(2024, 3 * q + 2, 10, 100);
        book.won(2025, 3 * q + 2, 10, 100 * (q + 1));
    }
    const qint64 year = book.add(Metric::Revenue, u"2026"_s, 100000); // ¥1,000.00
    auto plan = book.targets->planSplit(year, TargetService::SplitInto::Quarters,
                                        SplitMethod::Seasonal, {}, QDate(2026, 2, 1));
    REQUIRE(plan.ok());
    CHECK(plan->method == SplitMethod::Seasonal);
    CHECK(plan->note.contains(u"2 complete year"_s));
    // Mean shares: 17.5 %, 22.5 %, 27.5 %, 32.5 % of 100,000 fen.
    QList<qint64> values;
    for (const auto &c : plan->children) {
        values.append(c.value);
    }
    CHECK(values == QList<qint64> {17500, 22500, 27500, 32500});

    // Without a complete year of history it is split evenly, and says so.
    Fixture fresh;
    const qint64 other = fresh.add(Metric::Revenue, u"2026"_s, 100000);
    auto even = fresh.targets->planSplit(other, TargetService::SplitInto::Quarters,
                                         SplitMethod::Seasonal, {}, QDate(2026, 2, 1));
    REQUIRE(even.ok());
    CHECK(even->method == SplitMethod::Even);
    CHECK_FALSE(even->note.isEmpty());
    CHECK(even->children[0].value == 25000);
}

TEST_CASE("Editing one part rebalances the unlocked others")
{
    // Pure arithmetic: 25/25/25/25 of 100, the last locked; the first set to 40 leaves 35 for
    // the two free parts: 17.5 each → 18 and 17 (the earlier takes the remainder).
    auto balanced
            = TargetMath::rebalance({25, 25, 25, 25}, {false, false, false, true}, 0, 40, 100);
    REQUIRE(balanced.ok());
    CHECK(*balanced == QList<qint64> {40, 18, 17, 25});
    CHECK_FALSE(
            TargetMath::rebalance({25, 25, 25, 25}, {false, true, true, true}, 0, 40, 100).ok());
    CHECK_FALSE(
            TargetMath::rebalance({25, 25, 25, 25}, {false, false, true, true}, 0, 90, 100).ok());

    Fixture book;
    const qint64 year = book.add(Metric::WonDeals, u"2026"_s, 100);
    auto plan
            = book.targets->planSplit(year, TargetService::SplitInto::Quarters, SplitMethod::Even);
    auto ids = book.targets->applySplit(year, *plan);
    REQUIRE(ids.ok());
    REQUIRE(book.targets->setLocked(ids->at(3), true).ok());
    REQUIRE(book.targets->setChildValue(ids->at(0), 40, u"Big order in January"_s, true).ok());
    CHECK(book.childValues(year) == QList<qint64> {40, 18, 17, 25});
    auto revisions = book.targets->revisions(ids->at(1));
    REQUIRE(revisions->size() == 1);
    CHECK(revisions->at(0).oldValue == 25);
    CHECK(revisions->at(0).newValue == 18);
    CHECK(revisions->at(0).reason.contains(u"Big order in January"_s));
    CHECK(book.targets->revisions(ids->at(3))->isEmpty());
}

TEST_CASE("Adjustments keep the original and every revision, and can re-spread")
{
    Fixture book;
    const qint64 year = book.add(Metric::WonDeals, u"2026"_s, 1000);
    auto plan
            = book.targets->planSplit(year, TargetService::SplitInto::Quarters, SplitMethod::Even);
    auto ids = book.targets->applySplit(year, *plan);
    REQUIRE(ids.ok());
    REQUIRE(book.targets->setLocked(ids->at(0), true).ok());
    CHECK_FALSE(book.targets->adjust(year, 1200, u" "_s).ok()); // a reason is required
    REQUIRE(book.targets->adjust(year, 1200, u"New distributor signed"_s, true, noon(2026, 4, 2))
                    .ok());
    auto t = book.targets->target(year);
    CHECK(t->value == 1200);
    CHECK(t->originalValue == 1000);
    auto revisions = book.targets->revisions(year);
    REQUIRE(revisions->size() == 1);
    CHECK(revisions->at(0).oldValue == 1000);
    CHECK(revisions->at(0).newValue == 1200);
    CHECK(revisions->at(0).reason == u"New distributor signed"_s);
    CHECK(revisions->at(0).revisedAt == noon(2026, 4, 2));
    // Q1 (locked) stays 250; 950 over the other three: 316.67 each → 317, 317, 316.
    CHECK(book.childValues(year) == QList<qint64> {250, 317, 317, 316});
    REQUIRE(book.targets->adjust(year, 1100, u"Distributor delayed"_s).ok());
    CHECK(book.targets->revisions(year)->size() == 2);
    CHECK(book.childValues(year) == QList<qint64> {250, 317, 317, 316}); // not re-spread
}

TEST_CASE("Progress and every status at chosen dates")
{
    Fixture book;
    // Q1 2026, ¥9,000 in 90 days. Won: ¥3,000 on 20 Jan, ¥2,000 on 10 Feb.
    const qint64 id = book.add(Metric::Revenue, u"2026Q1"_s, 900000);
    book.won(2026, 1, 20, 3000);
    book.won(2026, 2, 10, 2000);
    const Target t = *book.targets->target(id);
    const auto at = [&](int y, int m, int d) {
        return *book.targets->progress(t, QDate(y, m, d));
    };

    CHECK(at(2025, 12, 31).status == TargetStatus::NotStarted);
    // 30 January: 30 of 90 days → ¥3,000 expected; ¥3,000 done → on track.
    auto jan30 = at(2026, 1, 30);
    CHECK(jan30.actual == 300000);
    CHECK(jan30.expectedToDate == 300000);
    CHECK(jan30.status == TargetStatus::OnTrack);
    CHECK_FALSE(jan30.onTrackByPipeline);
    // 28 February: 59 days → ¥5,900 expected; ¥5,000 done = 84.7 % → at risk.
    auto feb28 = at(2026, 2, 28);
    CHECK(feb28.expectedToDate == 590000);
    CHECK(feb28.status == TargetStatus::AtRisk);
    // 10 March: 69 days → ¥6,900 expected; ¥5,000 = 72.5 % → behind.
    auto mar10 = at(2026, 3, 10);
    CHECK(mar10.expectedToDate == 690000);
    CHECK(mar10.status == TargetStatus::Behind);
    CHECK(mar10.projected == 500000);
    CHECK(mar10.attainment == Approx(5.0 / 9.0));

    // Open: ¥5,000 in Proposal & demo (60 %) expected 25 March, ¥3,000 of it weighted: the
    // projection, ¥8,000, stays short of ¥9,000, so the status still follows the pace.
    Deal open;
    open.title = u"Open"_s;
    open.customerId = book.customer;
    open.valueMinor = 500000;
    open.stageId = book.pipeline->activeStages().at(3).id;
    open.expectedClose = QDate(2026, 3, 25);
    REQUIRE(book.pipeline->addDeal(open, noon(2026, 1, 5)).ok());
    mar10 = at(2026, 3, 10);
    CHECK(mar10.projected == 500000 + 300000);
    CHECK(mar10.status == TargetStatus::Behind);
    // A second such deal, and one expected in April (outside the quarter, not counted): the
    // projection reaches ¥11,000 ≥ ¥9,000, so both dates are on track on the pipeline's strength.
    REQUIRE(book.pipeline->addDeal(open, noon(2026, 1, 5)).ok());
    open.expectedClose = QDate(2026, 4, 15);
    REQUIRE(book.pipeline->addDeal(open, noon(2026, 1, 5)).ok());
    mar10 = at(2026, 3, 10);
    CHECK(mar10.projected == 500000 + 600000);
    CHECK(mar10.status == TargetStatus::OnTrack);
    CHECK(mar10.onTrackByPipeline);
    feb28 = at(2026, 2, 28);
    CHECK(feb28.status == TargetStatus::OnTrack);
    CHECK(feb28.onTrackByPipeline);
    // After the quarter without reaching it: missed, whatever was in the pipeline.
    CHECK(at(2026, 4, 2).status == TargetStatus::Missed);
    // ¥4,000 more on 15 March reaches ¥9,000: achieved from then on.
    book.won(2026, 3, 15, 4000);
    CHECK(at(2026, 3, 20).status == TargetStatus::Achieved);
    CHECK(at(2026, 3, 20).actual == 900000);
}

TEST_CASE("A seasonally split year expects what its parts expect")
{
    Fixture book;
    const qint64 year = book.add(Metric::WonDeals, u"2026"_s, 100);
    auto plan = book.targets->planSplit(year, TargetService::SplitInto::Quarters,
                                        SplitMethod::Weights, {10, 20, 30, 40});
    REQUIRE(book.targets->applySplit(year, *plan).ok());
    // 15 May 2026: Q1 (10) has passed; Q2 (20) is 45 of 91 days in → 9.89; 19.89 → 20,
    // where an even year would expect 100 × 135/365 = 37.
    auto p = book.targets->progress(*book.targets->target(year), QDate(2026, 5, 15));
    REQUIRE(p.ok());
    CHECK(p->expectedToDate == 20);
}

TEST_CASE("The SMART check warns when the growth asked for exceeds the best on record")
{
    Fixture book;
    Deal early;
    early.title = u"First enquiry"_s;
    early.customerId = book.customer;
    REQUIRE(book.pipeline->addDeal(early, noon(2023, 12, 1)).ok());
    book.won(2024, 6, 1, 100);
    book.won(2025, 6, 1, 120); // +20 % on 2024
    Target t;
    t.name = u"Revenue 2026"_s;
    t.metric = Metric::Revenue;
    t.period = *Period::parse(u"2026");
    t.startsOn = t.period.start();
    t.endsOn = t.period.end();
    t.value = 15000; // ¥150: +25 % on 2025
    auto check = book.targets->smartCheck(t, QDate(2026, 6, 1));
    REQUIRE(check.ok());
    CHECK_FALSE(check->achievable.ok);
    CHECK(check->achievable.hint.contains(u"25.0 %"_s));
    CHECK(check->achievable.hint.contains(u"20.0 %"_s));
    CHECK_FALSE(check->specific.ok); // no description
    CHECK_FALSE(check->relevant.ok); // no objective
    CHECK(check->timeBound.ok);
    // Its days with four-digit years, never "1/1/26".
    CHECK(check->timeBound.hint.contains(u"2026"_s));
    t.value = 14000; // +16.7 %: within what was done before
    t.description = u"Grow with the new product line"_s;
    t.objective = u"Grow East China region"_s;
    check = book.targets->smartCheck(t, QDate(2026, 6, 1));
    CHECK(check->achievable.ok);
    CHECK(check->achievable.known);
    CHECK(check->specific.ok);
    CHECK(check->relevant.ok);

    // A goal of nothing is never called achievable.
    t.value = 0;
    check = book.targets->smartCheck(t, QDate(2026, 6, 1));
    CHECK_FALSE(check->achievable.ok);
    CHECK(check->achievable.known);
    CHECK(check->achievable.hint.contains(u"zero"_s));
    // Without a complete same period last year there is no growth to quote and no verdict.
    t.value = 15000;
    t.period = *Period::parse(u"2027");
    t.startsOn = t.period.start();
    t.endsOn = t.period.end();
    check = book.targets->smartCheck(t, QDate(2026, 6, 1));
    CHECK_FALSE(check->achievable.known);
    CHECK_FALSE(check->achievable.hint.contains(u"%"_s));
}

TEST_CASE("Targets per rep count only that rep's deals")
{
    Fixture book;
    book.won(2026, 2, 1, 1000, u"Li Na"_s);
    book.won(2026, 2, 2, 500, u"Wang Fang"_s);
    const qint64 li = *book.team->ensureRep(u"Li Na"_s);
    const qint64 id = book.add(Metric::Revenue, u"2026Q1"_s, 200000, {ScopeKind::Rep, li, {}});
    auto p = book.targets->progress(*book.targets->target(id), QDate(2026, 3, 31));
    CHECK(p->actual == 100000);
    CHECK(p->attainment == Approx(0.5));
    const qint64 all = book.add(Metric::WonDeals, u"2026Q1"_s, 4);
    CHECK(book.targets->progress(*book.targets->target(all), QDate(2026, 3, 31))->actual == 2);
}

TEST_CASE("Many targets' progress at once is each target's own, in their order")
{
    Fixture book;
    REQUIRE(book.book->currencies().setRates({{u"USD"_s, QDate(2026, 1, 1), 7'000'000'000}}).ok());
    book.won(2026, 2, 1, 1000, u"Li Na"_s);
    book.won(2026, 2, 2, 500, u"Wang Fang"_s);
    // $100 won by Li Na on 3 February: ¥700 at that day's rate.
    Deal dollars;
    dollars.title = u"Dollars"_s;
    dollars.customerId = book.customer;
    dollars.valueMinor = 10000;
    dollars.currency = u"USD"_s;
    dollars.ownerId = *book.team->ensureRep(u"Li Na"_s);
    const qint64 d = *book.pipeline->addDeal(dollars, noon(2026, 1, 27));
    REQUIRE(book.pipeline->moveDeal(d, {0, DealStatus::Won, 0, {}}, noon(2026, 2, 3)).ok());
    // Open: ¥5,000 in Proposal & demo (60 %) of Wang Fang's, expected 25 March.
    Deal open;
    open.title = u"Open"_s;
    open.customerId = book.customer;
    open.valueMinor = 500000;
    open.stageId = book.pipeline->activeStages().at(3).id;
    open.expectedClose = QDate(2026, 3, 25);
    open.ownerId = *book.team->ensureRep(u"Wang Fang"_s);
    REQUIRE(book.pipeline->addDeal(open, noon(2026, 1, 5)).ok());

    const qint64 li = *book.team->ensureRep(u"Li Na"_s);
    const qint64 wang = *book.team->ensureRep(u"Wang Fang"_s);
    const QList<qint64> ids {
            book.add(Metric::Revenue, u"2026Q1"_s, 900000),
            book.add(Metric::Revenue, u"2026Q1"_s, 200000, {ScopeKind::Rep, li, {}}),
            book.add(Metric::Revenue, u"2026Q1"_s, 200000, {ScopeKind::Rep, wang, {}}),
            book.add(Metric::WonDeals, u"2026Q1"_s, 4),
            book.add(Metric::Revenue, u"2026Q2"_s, 100000), // not started on 10 March
    };
    auto all = book.targets->targets();
    REQUIRE(all.ok());
    QList<Target> asked;
    for (const qint64 id : ids) {
        asked.append(*book.targets->target(id));
    }
    const QDate mar10(2026, 3, 10);
    auto many = book.targets->progressOf(asked, *all, mar10);
    REQUIRE(many.ok());
    REQUIRE(many->size() == ids.size());
    // Won by 10 March: ¥1,000 + ¥500 + ¥700; Li Na ¥1,700, Wang Fang ¥500; three deals.
    CHECK(many->at(0).actual == 220000);
    CHECK(many->at(1).actual == 170000);
    CHECK(many->at(2).actual == 50000);
    CHECK(many->at(3).actual == 3);
    CHECK(many->at(4).actual == 0);
    // Wang Fang's open ¥5,000 at 60 %: ¥3,000 more in her projection and the company's.
    CHECK(many->at(0).projected == 220000 + 300000);
    CHECK(many->at(1).projected == 170000);
    CHECK(many->at(2).projected == 50000 + 300000);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        INFO("target " << i);
        auto one = book.targets->progress(asked[i], mar10);
        REQUIRE(one.ok());
        CHECK(many->at(i).targetId == ids[i]);
        CHECK(one->actual == many->at(i).actual);
        CHECK(one->projected == many->at(i).projected);
        CHECK(one->expectedToDate == many->at(i).expectedToDate);
        CHECK(one->status == many->at(i).status);
    }
}

TEST_CASE("A target's subtree is restored exactly from a snapshot")
{
    Fixture book;
    const qint64 year = book.add(Metric::WonDeals, u"2026"_s, 100);
    auto before = book.targets->snapshot(year);
    REQUIRE(before.ok());
    CHECK(before->targets.size() == 1);
    auto plan
            = book.targets->planSplit(year, TargetService::SplitInto::Quarters, SplitMethod::Even);
    REQUIRE(book.targets->applySplit(year, *plan).ok());
    // Adjusted before the year starts: every quarter follows.
    REQUIRE(book.targets->adjust(year, 120, u"More"_s, true, {}, QDate(2026, 1, 1)).ok());
    auto after = book.targets->snapshot(year);
    REQUIRE(after.ok());
    CHECK(after->targets.size() == 5);
    CHECK(after->revisions.size() == 5); // the year and its four quarters

    REQUIRE(book.targets->restore(year, *before).ok());
    CHECK(*book.targets->snapshot(year) == *before);
    CHECK(book.targets->children(year)->isEmpty());
    REQUIRE(book.targets->restore(year, *after).ok());
    CHECK(*book.targets->snapshot(year) == *after);
    REQUIRE(book.targets->restore(year, std::nullopt).ok());
    CHECK(book.targets->targets()->isEmpty());
}

TEST_CASE("A hand-entered target takes the latest actual recorded up to a date")
{
    Fixture book;
    const qint64 id = book.add(Metric::Manual, u"2026Q1"_s, 10);
    REQUIRE(book.targets->setManualActual(id, QDate(2026, 2, 1), 3).ok());
    REQUIRE(book.targets->setManualActual(id, QDate(2026, 3, 1), 7).ok());
    const Target t = *book.targets->target(id);
    CHECK(book.targets->progress(t, QDate(2026, 1, 15))->actual == 0);
    CHECK(book.targets->progress(t, QDate(2026, 2, 20))->actual == 3);
    CHECK(book.targets->progress(t, QDate(2026, 3, 31))->actual == 7);
    CHECK(book.targets->progress(t, QDate(2026, 4, 1))->status == TargetStatus::Missed);
    const qint64 revenue = book.add(Metric::Revenue, u"2026Q1"_s, 100);
    CHECK_FALSE(book.targets->setManualActual(revenue, QDate(2026, 2, 1), 3).ok());
}

TEST_CASE("Each metric is computed from the book for the period")
{
    Fixture book;
    // Customer A: first won in 2025, again in February 2026 → not new in 2026Q1.
    // Customer B: first won in March 2026 → new. A lost deal in January 2026.
    const qint64 a = book.customer;
    const qint64 b = *book.customers->ensureCustomer(u"B"_s);
    book.won(2025, 11, 3, 100);
    book.won(2026, 2, 10, 300);
    book.customer = b;
    book.won(2026, 3, 5, 600);
    book.customer = a;
    Deal lost;
    lost.title = u"Lost"_s;
    lost.customerId = a;
    auto lostId = book.pipeline->addDeal(lost, noon(2026, 1, 2));
    REQUIRE(book.pipeline->moveDeal(*lostId, {0, DealStatus::Lost, 0, {}}, noon(2026, 1, 20)).ok());
    ActivityService &activities = book->activities();
    for (int day : {5, 6, 40}) {
        Activity act;
        act.subject = u"Call"_s;
        act.dueAt = QDateTime(QDate(2026, 1, 1).addDays(day), QTime(9, 0));
        auto id = activities.addActivity(act);
        REQUIRE(id.ok());
        Activity done = *activities.activity(*id);
        done.done = true;
        done.doneAt = noon(2026, 1, 1).addDays(day);
        REQUIRE(activities.updateActivity(done).ok());
    }
    const auto actual = [&](Metric m) {
        const qint64 id = book.add(m, u"2026Q1"_s, 1);
        return book.targets->progress(*book.targets->target(id), QDate(2026, 3, 31))->actual;
    };
    CHECK(actual(Metric::Revenue) == 90000); // ¥300 + ¥600
    CHECK(actual(Metric::WonDeals) == 2);
    CHECK(actual(Metric::NewCustomers) == 1); // B only
    CHECK(actual(Metric::AverageDeal) == 45000); // ¥900 / 2
    CHECK(actual(Metric::WinRate) == 666667); // 2 won of 3 closed, in ppm
    CHECK(actual(Metric::Activities) == 3);
}

TEST_CASE("Re-spreading a year carries on down to its months")
{
    Fixture book;
    const qint64 year = book.add(Metric::WonDeals, u"2026"_s, 1200);
    auto quarters = book.targets->applySplit(
            year,
            *book.targets->planSplit(year, TargetService::SplitInto::Quarters, SplitMethod::Even));
    REQUIRE(quarters.ok());
    for (qint64 q : *quarters) {
        REQUIRE(book.targets
                        ->applySplit(q,
                                     *book.targets->planSplit(q, TargetService::SplitInto::Months,
                                                              SplitMethod::Even))
                        .ok());
    }
    // Doubled before the year begins: every quarter and month doubles.
    REQUIRE(book.targets->adjust(year, 2400, u"Doubled"_s, true, {}, QDate(2025, 12, 1)).ok());
    CHECK(book.childValues(year) == QList<qint64> {600, 600, 600, 600});
    CHECK(book.childValues(quarters->at(2)) == QList<qint64> {200, 200, 200});
    CHECK(book.targets->revisions(book.targets->children(quarters->at(2))->at(0).id)->size() == 1);

    // Raised to 3,000 on 15 August: Q1, Q2 and July have ended and keep their figures. The
    // 1,800 left goes to Q3 and Q4 by their shares (900 each); in Q3, July keeps 200 and August
    // and September share 700 (350 each); Q4's months get 300 each.
    const QDate august15(2026, 8, 15);
    auto preview = book.targets->previewAdjust(year, 3000, true, false, august15);
    REQUIRE(preview.ok());
    REQUIRE(preview->size() == 4);
    using Kept = TargetService::PartChange::Kept;
    CHECK(preview->at(0).kept == Kept::Ended);
    CHECK(preview->at(1).kept == Kept::Ended);
    CHECK(preview->at(2).kept == Kept::No);
    CHECK(preview->at(2).after == 900);
    REQUIRE(book.targets->adjust(year, 3000, u"Distributor signed"_s, true, {}, august15).ok());
    CHECK(book.childValues(year) == QList<qint64> {600, 600, 900, 900});
    CHECK(book.childValues(quarters->at(0)) == QList<qint64> {200, 200, 200});
    CHECK(book.childValues(quarters->at(2)) == QList<qint64> {200, 350, 350});
    CHECK(book.childValues(quarters->at(3)) == QList<qint64> {300, 300, 300});
    // When every part has ended there is nowhere for a change to go.
    auto late = book.targets->adjust(year, 3300, u"Too late"_s, true, {}, QDate(2027, 1, 5));
    CHECK_FALSE(late.ok());
    CHECK(late.message().contains(u"ended"_s));
}

TEST_CASE("New customers count per rep")
{
    Fixture book;
    book.won(2026, 2, 1, 100, u"Li Na"_s); // the customer's first won deal: Li Na's
    book.won(2026, 2, 5, 100, u"Wang Fang"_s); // not a first for the customer
    book.customer = *book.customers->ensureCustomer(u"Second"_s);
    book.won(2026, 3, 1, 100, u"Wang Fang"_s); // first for "Second"
    const qint64 li = *book.team->ensureRep(u"Li Na"_s);
    const qint64 wang = *book.team->ensureRep(u"Wang Fang"_s);
    const auto count = [&](qint64 rep) {
        const qint64 id = book.add(Metric::NewCustomers, u"2026Q1"_s, 1, {ScopeKind::Rep, rep, {}});
        return book.targets->progress(*book.targets->target(id), QDate(2026, 3, 31))->actual;
    };
    CHECK(count(li) == 1);
    // Within Wang Fang's own deals, both customers' first wins are his.
    CHECK(count(wang) == 2);
}
