#include "core/kpi/kpiservice.h"
#include "tests/support/testbook.h"

using namespace salesdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime at(int y, int m, int d, int hour = 12)
{
    return QDateTime(QDate(y, m, d), QTime(hour, 0)).toUTC();
}

struct Book2026Q3 : TestBook
{
    Book2026Q3()
        : TestBook(QDate(2026, 10, 15))
    { }
    qint64 stage(const QString &code)
    {
        for (const Stage &s : book->pipeline().activeStages()) {
            if (s.code == code) {
                return s.id;
            }
        }
        FAIL("no stage " << code.toStdString());
        return 0;
    }
    qint64 deal(const QString &customer, qint64 yuan, const QDateTime &created)
    {
        Deal d;
        d.title = u"Deal %1"_s.arg(++made);
        d.customerId = *book->customers().ensureCustomer(customer);
        d.valueMinor = yuan * 100;
        auto id = book->pipeline().addDeal(d, created);
        REQUIRE(id.ok());
        return *id;
    }
    void move(qint64 id, const QString &stageCode, const QDateTime &when)
    {
        REQUIRE(book->pipeline()
                        .moveDeal(id, {stage(stageCode), DealStatus::Open, 0, {}}, when)
                        .ok());
    }
    void close(qint64 id, DealStatus status, const QDateTime &when)
    {
        REQUIRE(book->pipeline().moveDeal(id, {0, status, 0, {}}, when).ok());
    }
    int made = 0;
};

} // namespace

TEST_CASE("The KPI engine gives the hand-computed figures of a quarter and the one before")
{
    Book2026Q3 b;
    // Acme: created 20 Jun, won 10 Jul (20 days), ¥10,000; its first win was 30 Jun (¥4,000,
    // created 10 Apr: 81 days), so Acme is not new in Q3.
    const qint64 first = b.deal(u"Acme"_s, 4000, at(2026, 4, 10));
    b.close(first, DealStatus::Won, at(2026, 6, 30));
    const qint64 a = b.deal(u"Acme"_s, 10000, at(2026, 6, 20));
    b.close(a, DealStatus::Won, at(2026, 7, 10));
    // Beta: created 1 Jul, won 15 Aug (45 days), ¥30,000: a new customer.
    const qint64 beta = b.deal(u"Beta"_s, 30000, at(2026, 7, 1));
    b.close(beta, DealStatus::Won, at(2026, 8, 15));
    // Lost on 1 Sep.
    const qint64 c = b.deal(u"Gamma"_s, 5000, at(2026, 7, 5));
    b.close(c, DealStatus::Lost, at(2026, 9, 1));
    // Open at the quarter's end in Proposal (60 %), moved on to Negotiation (80 %) after it.
    const qint64 d = b.deal(u"Delta"_s, 20000, at(2026, 8, 1));
    b.move(d, u"proposal"_s, at(2026, 9, 10));
    b.move(d, u"negotiation"_s, at(2026, 10, 5));
    // A lead (10 %) at the quarter's end, lost after it.
    const qint64 e = b.deal(u"Epsilon"_s, 8000, at(2026, 9, 20));
    b.close(e, DealStatus::Lost, at(2026, 10, 2));
    // Activities: one done in Q3; one due 25 Sep still open (overdue at the quarter's end); one
    // due 28 Sep done on 3 Oct (overdue at the end, though done since).
    const auto activity = [&](const QDateTime &due, const QDateTime &done) {
        Activity x;
        x.subject = u"Call"_s;
        x.customerId = b->pipeline().dealSummary(a)->customerId;
        x.dueAt = due;
        x.done = done.isValid();
        x.doneAt = done;
        REQUIRE(b->activities().addActivity(x).ok());
    };
    activity(QDateTime(QDate(2026, 8, 3), QTime(10, 0)), at(2026, 8, 3));
    activity(QDateTime(QDate(2026, 9, 25), QTime(10, 0)), {});
    activity(QDateTime(QDate(2026, 9, 28), QTime(10, 0)), at(2026, 10, 3));
    // Feedback in Q3: 4 and 2 (CSAT 3.0); NPS 9 (a promoter) and 5 (a detractor): 0.
    for (const auto &[day, csat, nps] :
         {std::tuple {QDate(2026, 8, 10), 4, 9}, std::tuple {QDate(2026, 9, 10), 2, 5}}) {
        Feedback f;
        f.customerId = b->pipeline().dealSummary(a)->customerId;
        f.receivedOn = day;
        f.satisfaction = csat;
        f.nps = nps;
        REQUIRE(b->feedback().add(f).ok());
    }
    // The company's revenue target of exactly 2026Q3: ¥50,000.
    Target t;
    t.name = u"Revenue 2026Q3"_s;
    t.metric = Metric::Revenue;
    t.period = Period::quarter(2026, 3);
    t.value = 5000000;
    REQUIRE(b->targets().addTarget(t).ok());

    auto q3 = b->kpi().report(Period::quarter(2026, 3), {}, QDate(2026, 10, 15));
    REQUIRE(q3.ok());
    const KpiFigures &k = q3->kpis;
    CHECK(q3->from == QDate(2026, 7, 1));
    CHECK(q3->to == QDate(2026, 9, 30));
    CHECK(k.revenueMinor == 4000000); // ¥10,000 + ¥30,000
    CHECK(k.wonDeals == 2);
    CHECK(k.lostDeals == 1);
    REQUIRE(k.winRate);
    CHECK(*k.winRate == Approx(2.0 / 3.0));
    CHECK(k.avgDealMinor == 2000000);
    REQUIRE(k.avgCycleDays);
    CHECK(*k.avgCycleDays == Approx(32.5)); // (20 + 45) / 2
    CHECK(k.newDeals == 4); // Beta, Gamma, Delta, Epsilon
    CHECK(k.newCustomers == 1); // Beta
    CHECK(k.pipelineOpenMinor == 2800000); // Delta ¥20,000 + Epsilon ¥8,000
    CHECK(k.pipelineWeightedMinor == 1280000); // ¥12,000 + ¥800
    CHECK(k.activitiesDone == 1);
    CHECK(k.overdueActivities == 2);
    REQUIRE(k.csat);
    CHECK(*k.csat == Approx(3.0));
    REQUIRE(k.nps);
    CHECK(*k.nps == Approx(0.0));
    CHECK(k.targetMinor == 5000000);
    REQUIRE(k.attainment);
    CHECK(*k.attainment == Approx(0.8));
    // The quarter before: ¥4,000 won on 30 Jun after 81 days; Acme's deal of 20 Jun was a lead
    // (10 %) at its end.
    CHECK(KpiService::previous(Period::quarter(2026, 3)) == Period::quarter(2026, 2));
    auto q2 = b->kpi().report(Period::quarter(2026, 2), {}, QDate(2026, 10, 15));
    REQUIRE(q2.ok());
    CHECK(q2->kpis.revenueMinor == 400000);
    CHECK(q2->kpis.wonDeals == 1);
    CHECK(q2->kpis.lostDeals == 0);
    CHECK(*q2->kpis.winRate == Approx(1.0));
    CHECK(*q2->kpis.avgCycleDays == Approx(81.0));
    CHECK(q2->kpis.newDeals == 2);
    CHECK(q2->kpis.newCustomers == 1); // Acme's first win
    CHECK(q2->kpis.pipelineOpenMinor == 1000000);
    CHECK(q2->kpis.pipelineWeightedMinor == 100000);
    CHECK_FALSE(q2->kpis.csat);
    CHECK_FALSE(q2->kpis.targetMinor);
    CHECK_FALSE(q2->kpis.attainment);
    // A running quarter counts to the as-of day: Q4 by 15 October has lost Epsilon, won none.
    auto q4 = b->kpi().report(Period::quarter(2026, 4), {}, QDate(2026, 10, 15));
    REQUIRE(q4.ok());
    CHECK(q4->to == QDate(2026, 10, 15));
    CHECK(q4->kpis.wonDeals == 0);
    CHECK(q4->kpis.lostDeals == 1);
    CHECK(*q4->kpis.winRate == Approx(0.0));
    CHECK_FALSE(q4->kpis.avgDealMinor); // none won: no average, not ¥0
    CHECK(q4->kpis.pipelineOpenMinor == 2000000); // Delta, now in Negotiation
    CHECK(q4->kpis.pipelineWeightedMinor == 1600000);
    CHECK(q4->kpis.overdueActivities == 1); // 25 Sep still open on 15 Oct
}
