#include "core/demo/demogenerator.h"
#include "core/kpi/kpiservice.h"
#include "core/storage/readahead.h"
#include "core/storage/sqlquery.h"
#include "core/team/teamservice.h"
#include "tests/support/demobook.h"
#include "tests/support/kpibook.h"

#include <QTest>

using namespace salesdesk;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("The KPI engine gives the hand-computed figures of a quarter and the one before")
{
    Book2026Q3 b;
    b.fill();
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

TEST_CASE("A deal's own win probability weighs it in the stay it is still in, as on the Board")
{
    Book2026Q3 b;
    b.fill();
    // Delta (¥20,000) has been in Negotiation (80 %) since 5 Oct; its seller puts it at 50 %.
    const auto open = b->pipeline().dealSummaries(DealStatus::Open);
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    Deal delta = *b->pipeline().deal(open->first().id);
    delta.probability = 50;
    REQUIRE(b->pipeline().updateDeal(delta).ok());
    // While Q4 runs, Delta is in that stay: ¥20,000 × 50 % = ¥10,000, not ¥16,000, the same
    // figure as the status bar's and the Board's.
    auto q4 = b->kpi().report(Period::quarter(2026, 4), {}, QDate(2026, 10, 15));
    REQUIRE(q4.ok());
    CHECK(q4->kpis.pipelineOpenMinor == 2000000);
    CHECK(q4->kpis.pipelineWeightedMinor == 1000000);
    const auto totals = b->pipeline().openTotals(0, QDateTime(QDate(2026, 10, 15), QTime(12, 0)));
    REQUIRE(totals.ok());
    CHECK(totals->weighted() == 1000000);
    // At the end of Q3 it stood in Proposal, a stay it has left: that stage's 60 % still counts
    // (¥12,000, and Epsilon's ¥800).
    auto q3 = b->kpi().report(Period::quarter(2026, 3), {}, QDate(2026, 10, 15));
    REQUIRE(q3.ok());
    CHECK(q3->kpis.pipelineWeightedMinor == 1280000);
}

TEST_CASE("A KPI report asks a server its questions in one exchange, and uses every answer")
{
    Book2026Q3 b;
    b.fill();
    const auto asked = [&](const TargetScope &scope) {
        const ReadAhead::Tally before = ReadAhead::tally();
        auto q3 = b->kpi().report(Period::quarter(2026, 3), scope, QDate(2026, 10, 15));
        REQUIRE(q3.ok());
        const ReadAhead::Tally after = ReadAhead::tally();
        CHECK(after.used - before.used == after.asked - before.asked);
        return std::pair {after.asked - before.asked, q3->kpis.revenueMinor};
    };
    const int onServer = TestBook::onServer() ? 1 : 0;
    // The company's quarter: revenue, won, new customers, activities, lost, created, cycle
    // days, open deals, overdue activities, feedback, targets and the market size.
    CHECK(asked({}) == std::pair {12 * onServer, qint64(4000000)});
    // A rep's: no feedback or market size (the company's alone).
    const qint64 rep = b->pipeline().dealSummaries(DealStatus::Won)->first().ownerId;
    const TargetScope theirs {ScopeKind::Rep, rep, {}};
    const auto alone = asked(theirs);
    CHECK(alone.first == 10 * onServer);
    // While the company's rows are reused, a rep's created and open deals come from them.
    const auto reuse = b->kpi().reuse();
    const auto reused = asked(theirs);
    CHECK(reused.first == 8 * onServer);
    CHECK(reused.second == alone.second);
}

TEST_CASE("A product's figures are its deals' and a team without reps has none")
{
    Book2026Q3 b;
    b.fill();
    // Beta's ¥30,000 (won 15 Aug) is a widget; Acme's deal, which the activities belong to,
    // is not.
    qint64 beta = 0;
    const auto won = b->pipeline().dealSummaries(DealStatus::Won);
    REQUIRE(won.ok());
    for (const DealSummary &d : *won) {
        beta = d.valueMinor == 3000000 ? d.id : beta;
    }
    auto deal = b->pipeline().deal(beta);
    REQUIRE(deal.ok());
    deal->product = u"Widgets"_s;
    REQUIRE(b->pipeline().updateDeal(*deal).ok());
    auto widgets = b->kpi().report(Period::quarter(2026, 3),
                                   TargetScope {ScopeKind::Product, 0, u"Widgets"_s},
                                   QDate(2026, 10, 15));
    REQUIRE(widgets.ok());
    CHECK(widgets->kpis.revenueMinor == 3000000);
    CHECK(widgets->kpis.wonDeals == 1);
    CHECK(widgets->kpis.lostDeals == 0);
    CHECK(widgets->kpis.activitiesDone == 0);
    CHECK(widgets->kpis.overdueActivities == 0);
    CHECK_FALSE(widgets->kpis.csat); // satisfaction is the company's
    auto team = b->kpi().report(Period::quarter(2026, 3),
                                TargetScope {ScopeKind::Team, 0, u"Nobody"_s}, QDate(2026, 10, 15));
    REQUIRE(team.ok());
    CHECK(team->kpis.revenueMinor == 0);
    CHECK(team->kpis.overdueActivities == 0);
}

TEST_CASE("Reused company rows give each rep and team the figures of their own reading and follow "
          "changes")
{
    DemoGenerator::Options options;
    options.deals = 1500;
    options.seed = 11;
    options.asOf = QDate(2026, 11, 20);
    DemoBook demo(options);
    Book &book = *demo;
    const KpiService &kpi = book.kpi();
    const Period q3 = Period::quarter(2026, 3);
    // What a scope's breakdown and report say, as one comparable list of numbers.
    const auto figures = [&](const TargetScope &scope) {
        QList<qint64> all;
        auto parts = kpi.breakdown(q3, scope, options.asOf);
        auto report = kpi.report(q3, scope, options.asOf);
        REQUIRE(parts.ok());
        REQUIRE(report.ok());
        for (const KpiDeal &d : std::as_const(parts->closed)) {
            all << d.id << d.ownerId << d.homeMinor << (d.won ? 1 : 0);
        }
        all << -1;
        for (const KpiDeal &d : std::as_const(parts->open)) {
            all << d.id << d.ownerId << d.homeMinor << d.stageId << d.percent;
        }
        const KpiFigures &k = report->kpis;
        all << -2 << k.revenueMinor << k.wonDeals << k.lostDeals << k.newDeals
            << k.pipelineOpenMinor << k.pipelineWeightedMinor << k.overdueActivities;
        return all;
    };
    QList<TargetScope> scopes {TargetScope()};
    for (const Rep &r : book.team().reps()) {
        scopes.append({ScopeKind::Rep, r.id, {}});
    }
    REQUIRE(scopes.size() >= 3);
    // And each team: the deals of its reps and of the teams under it.
    int teams = 0;
    for (const Team &t : book.team().teams()) {
        scopes.append({ScopeKind::Team, 0, t.name});
        ++teams;
    }
    REQUIRE(teams >= 2);
    QList<QList<qint64>> alone;
    for (const TargetScope &scope : std::as_const(scopes)) {
        alone.append(figures(scope));
    }
    // A rep's deals are some of the company's, not all of them.
    CHECK(alone[1].size() < alone[0].size());
    {
        const auto reuse = kpi.reuse();
        // Reps first, then the company, then the reps again from what is kept.
        for (int round = 0; round < 2; ++round) {
            for (qsizetype i = scopes.size() - 1; i >= 0; --i) {
                INFO("scope " << i << " round " << round);
                CHECK(figures(scopes[i]) == alone[i]);
            }
        }
        // A deal closed in the quarter gains ¥1 through this connection, then another ¥1
        // through a second one: what is kept is read again each time.
        auto parts = kpi.breakdown(q3, {}, options.asOf);
        REQUIRE(parts.ok());
        REQUIRE_FALSE(parts->closed.isEmpty());
        const KpiDeal deal = parts->closed.first();
        SqlQuery own(book.database().connection(),
                     u"UPDATE deals SET value_minor = value_minor + 100 WHERE id = ?"_s);
        own.bind(deal.id);
        REQUIRE(own.exec().ok());
        const auto valueNow = [&] {
            auto again = kpi.breakdown(q3, {}, options.asOf);
            REQUIRE(again.ok());
            for (const KpiDeal &d : std::as_const(again->closed)) {
                if (d.id == deal.id) {
                    return d.homeMinor;
                }
            }
            FAIL("the deal is gone");
            return qint64(0);
        };
        CHECK(valueNow() == deal.homeMinor + 100);
        const QString theirs
                = u"UPDATE deals SET value_minor = value_minor + 100 WHERE id = %1"_s.arg(deal.id);
        if (demo.server) {
            // A server is not asked whether others wrote (a trip each time): what is kept is
            // read again after two seconds at most, as others' changes reach a window.
            demo.server->run(theirs, true);
            QTest::qWait(2100);
        } else {
            {
                QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"second writer"_s);
                other.setDatabaseName(book.path());
                REQUIRE(other.open());
                REQUIRE(SqlQuery(other, theirs).exec().ok());
                other.close();
            }
            QSqlDatabase::removeDatabase(u"second writer"_s);
        }
        CHECK(valueNow() == deal.homeMinor + 200);
    }
}
