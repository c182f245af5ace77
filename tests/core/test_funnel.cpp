#include "tests/support/testbook.h"

#include <catch2/catch.hpp>

using namespace salesdesk;
using namespace Qt::Literals::StringLiterals;

namespace {
QDateTime day(int n)
{
    // Day n of January 2026, 09:00 where the user is: the funnel's dates are the user's days.
    return QDateTime(QDate(2026, 1, 1).addDays(n), QTime(9, 0)).toUTC();
}
} // namespace

// Hand-computed example, three stages A, B, C (the first three of a new book):
//   D1: A day 0, B day 2, C day 5, won day 9      furthest: won
//   D2: A day 0, B day 4, lost day 5               furthest: B
//   D3: A day 0, lost day 1                        furthest: A
//   D4: A day 0, still open                        furthest: A
//   D5: created in B day 0, C day 3, still open    furthest: C
// entered A = 5, moved on = 3 (D1, D2, D5) → 60 %
// entered B = 3, moved on = 2 (D1, D5)     → 66.7 %
// entered C = 2, moved on = 1 (D1 won)     → 50 %   ← the bottleneck
// days in A: 2, 4, 1 → 2.333; in B: 3, 1, 3 → 2.333; in C: 4 (D5 still there) → 4
// win rate: 1 won of 3 closed.
TEST_CASE("Funnel numbers of a hand-computed example")
{
    TestBook book;
    PipelineService &p = book->pipeline();
    // Keep three stages so the example stays small.
    QList<Stage> stages = p.stages();
    stages[3].archived = true;
    stages[4].archived = true;
    REQUIRE(p.saveStages(stages).ok());
    const qint64 a = p.activeStages()[0].id;
    const qint64 b = p.activeStages()[1].id;
    const qint64 c = p.activeStages()[2].id;
    const qint64 customer = *book->customers().ensureCustomer(u"C"_s);
    auto add = [&](const QString &title, qint64 stage, int createdDay) {
        Deal d;
        d.title = title;
        d.customerId = customer;
        d.stageId = stage;
        auto id = p.addDeal(d, day(createdDay));
        REQUIRE(id.ok());
        return *id;
    };
    auto move = [&](qint64 id, qint64 stage, DealStatus status, int when) {
        REQUIRE(p.moveDeal(id, {stage, status, 0, {}}, day(when)).ok());
    };
    const qint64 d1 = add(u"D1"_s, a, 0);
    move(d1, b, DealStatus::Open, 2);
    move(d1, c, DealStatus::Open, 5);
    move(d1, 0, DealStatus::Won, 9);
    const qint64 d2 = add(u"D2"_s, a, 0);
    move(d2, b, DealStatus::Open, 4);
    move(d2, 0, DealStatus::Lost, 5);
    const qint64 d3 = add(u"D3"_s, a, 0);
    move(d3, 0, DealStatus::Lost, 1);
    add(u"D4"_s, a, 0);
    const qint64 d5 = add(u"D5"_s, b, 0);
    move(d5, c, DealStatus::Open, 3);
    // Created outside the range: must not count.
    add(u"Later"_s, a, 40);

    auto report = p.funnel(QDate(2026, 1, 1), QDate(2026, 1, 31));
    REQUIRE(report.ok());
    REQUIRE(report->stages.size() == 3);
    CHECK(report->deals == 5);
    CHECK(report->won == 1);
    CHECK(report->lost == 2);
    CHECK(report->winRate == Approx(1.0 / 3.0));
    const auto &s = report->stages;
    CHECK(s[0].entered == 5);
    CHECK(s[0].advanced == 3);
    CHECK(s[0].conversion == Approx(0.6));
    CHECK(s[0].avgDays == Approx(7.0 / 3.0));
    CHECK(s[1].entered == 3);
    CHECK(s[1].advanced == 2);
    CHECK(s[1].conversion == Approx(2.0 / 3.0));
    CHECK(s[1].avgDays == Approx(7.0 / 3.0));
    CHECK(s[2].entered == 2);
    CHECK(s[2].advanced == 1);
    CHECK(s[2].conversion == Approx(0.5));
    CHECK(s[2].avgDays == Approx(4.0));
    CHECK(report->bottleneck == 2);

    auto all = p.funnel({}, {});
    REQUIRE(all.ok());
    CHECK(all->deals == 6);
    // All time reads the history in its index's order, a period through the deals' creation
    // times: the same rows, also for two moves in the same second (kept in the order made).
    const qint64 d6 = add(u"D6"_s, a, 1);
    move(d6, b, DealStatus::Open, 3);
    move(d6, c, DealStatus::Open, 3);
    move(d6, a, DealStatus::Open, 3);
    auto allTime = p.funnel({}, {});
    auto wide = p.funnel(QDate(2000, 1, 1), QDate(2100, 1, 1));
    REQUIRE(allTime.ok());
    REQUIRE(wide.ok());
    CHECK(allTime->deals == 7);
    CHECK(wide->deals == 7);
    for (int i = 0; i < 3; ++i) {
        INFO(i);
        CHECK(allTime->stages[i].entered == wide->stages[i].entered);
        CHECK(allTime->stages[i].advanced == wide->stages[i].advanced);
        CHECK(allTime->stages[i].completedStays == wide->stages[i].completedStays);
        CHECK(allTime->stages[i].avgDays == Approx(wide->stages[i].avgDays));
    }
    // D6 reached c: a, b and c each entered once more than in the first six deals.
    CHECK(allTime->stages[2].entered == 3);
}

TEST_CASE("A funnel with no deals has no bottleneck")
{
    const QList<Stage> stages = {{1, u"lead"_s, {}, 1, 10, 14, false},
                                 {2, u"initial_contact"_s, {}, 2, 20, 14, false}};
    const FunnelReport report = computeFunnel(stages, {});
    CHECK(report.deals == 0);
    CHECK(report.bottleneck == -1);
    CHECK(report.winRate == 0.0);
    CHECK(report.stages[0].conversion == 0.0);
}

TEST_CASE("Equal conversion: the stage where deals wait longer is the bottleneck")
{
    const QList<Stage> stages = {{1, u"lead"_s, {}, 1, 10, 14, false},
                                 {2, u"initial_contact"_s, {}, 2, 20, 14, false}};
    using R = DealRepository::FunnelRow;
    const QList<R> rows = {
            {1, 1, DealStatus::Open, day(0)}, {1, 2, DealStatus::Open, day(1)},
            {1, 2, DealStatus::Won, day(11)}, {2, 1, DealStatus::Open, day(0)},
            {2, 1, DealStatus::Lost, day(1)}, {3, 1, DealStatus::Open, day(0)},
            {3, 1, DealStatus::Lost, day(2)}, {4, 1, DealStatus::Open, day(0)},
            {4, 2, DealStatus::Open, day(1)}, {4, 2, DealStatus::Lost, day(4)},
    };
    // Lead: entered 4, moved on 2 (D1, D4) → 50 %, stays 1, 1, 2, 1 → 1.25 days.
    // Contact: entered 2, won 1 → 50 %, stays 10 and 3 → 6.5 days → the bottleneck.
    const FunnelReport report = computeFunnel(stages, rows);
    CHECK(report.stages[0].entered == 4);
    CHECK(report.stages[0].conversion == Approx(0.5));
    CHECK(report.stages[0].avgDays == Approx(1.25));
    CHECK(report.stages[1].entered == 2);
    CHECK(report.stages[1].conversion == Approx(0.5));
    CHECK(report.stages[1].avgDays == Approx(6.5));
    CHECK(report.winRate == Approx(0.25));
    CHECK(report.bottleneck == 1);
}
