// The pipeline forecast: won so far, the open deals expected in the period by stage and by the
// reps' forecast categories, slipped deals, win rates learned from the book, weekly snapshots
// and the accuracy of the calls once the period is over.
#include "core/forecast/pipelineforecast.h"
#include "core/pipeline/funnel.h"
#include "core/pipeline/pipelineservice.h"
#include "core/team/teamservice.h"
#include "tests/support/testbook.h"

using namespace salesdesk;
using namespace salesdesk::forecast;
using namespace Qt::Literals::StringLiterals;
using Catch::Detail::Approx;

TEST_CASE("Win rates are learned from the closed deals that reached each stage")
{
    Stage lead;
    lead.id = 1;
    lead.probability = 10;
    Stage proposal;
    proposal.id = 2;
    proposal.probability = 60;
    const auto at = [](int day) {
        return QDateTime(QDate(2026, 1, day), QTime(12, 0));
    };
    using Row = DealRepository::FunnelRow;
    const QList<Row> rows = {
            // Won after the proposal; lost in the lead stage; lost after the proposal; open.
            {1, 1, DealStatus::Open, at(1)}, {1, 2, DealStatus::Open, at(2)},
            {1, 2, DealStatus::Won, at(3)},  {2, 1, DealStatus::Open, at(1)},
            {2, 1, DealStatus::Lost, at(4)}, {3, 1, DealStatus::Open, at(1)},
            {3, 2, DealStatus::Open, at(5)}, {3, 2, DealStatus::Lost, at(6)},
            {4, 1, DealStatus::Open, at(7)},
    };
    const auto rates = computeStageWinRates({lead, proposal}, rows, 1);
    REQUIRE(rates.size() == 2);
    CHECK(rates[0].closed == 3);
    CHECK(rates[0].won == 1);
    CHECK(*rates[0].learned == Approx(1.0 / 3.0));
    CHECK(rates[0].configuredPercent == 10);
    CHECK(rates[1].closed == 2);
    CHECK(*rates[1].learned == Approx(0.5));
    // Too few closed deals to learn from: nothing learned.
    CHECK_FALSE(computeStageWinRates({lead, proposal}, rows, 4)[1].learned);
}

TEST_CASE("The pipeline forecast sums the period's open deals by stage and category")
{
    TestBook b; // Monday 18 May 2026, in 2026Q2
    const qint64 ann = *b->team().ensureRep(u"Ann"_s);
    const qint64 bob = *b->team().ensureRep(u"Bob"_s);
    const qint64 customer = *b->customers().ensureCustomer(u"Acme"_s);
    PipelineService &pipeline = b->pipeline();
    const auto stage = [&](const QString &code) {
        for (const Stage &s : pipeline.activeStages()) {
            if (s.code == code) {
                return s.id;
            }
        }
        return qint64(0);
    };
    const auto deal = [&](qint64 owner, qint64 yuan, const QString &stageCode,
                          const QDate &expected, ForecastCategory category) {
        Deal d;
        d.title = u"Deal %1"_s.arg(yuan);
        d.customerId = customer;
        d.ownerId = owner;
        d.valueMinor = yuan * 100;
        d.stageId = stage(stageCode);
        d.expectedClose = expected;
        d.forecastCategory = category;
        auto id = pipeline.addDeal(d, QDateTime(QDate(2026, 4, 1), QTime(12, 0)));
        REQUIRE(id);
        return *id;
    };
    // Won in the quarter: ¥10,000 (Ann).
    const qint64 won = deal(ann, 10000, u"lead"_s, QDate(2026, 4, 10), ForecastCategory::Pipeline);
    REQUIRE(pipeline.moveDeal(won, {0, DealStatus::Won, 0, {}},
                              QDateTime(QDate(2026, 4, 10), QTime(12, 0)))
                    .ok());
    // Expected in the quarter: Ann's ¥20,000 proposal (commit) and ¥4,000 lead (omitted), Bob's
    // ¥10,000 lead (best case). Slipped: Bob's ¥5,000 negotiation expected 10 May. After the
    // quarter: Ann's ¥8,000 proposal expected 15 July.
    const qint64 commit
            = deal(ann, 20000, u"proposal"_s, QDate(2026, 6, 15), ForecastCategory::Commit);
    const qint64 best = deal(bob, 10000, u"lead"_s, QDate(2026, 6, 30), ForecastCategory::BestCase);
    deal(ann, 4000, u"lead"_s, QDate(2026, 6, 1), ForecastCategory::Omitted);
    deal(bob, 5000, u"negotiation"_s, QDate(2026, 5, 10), ForecastCategory::Pipeline);
    deal(ann, 8000, u"proposal"_s, QDate(2026, 7, 15), ForecastCategory::Commit);
    CHECK(pipeline.deal(commit)->forecastCategory == ForecastCategory::Commit);

    PipelineForecaster &forecaster = b->pipelineForecast();
    auto f = forecaster.forecast(Period::quarter(2026, 2), QDate(2026, 5, 18));
    REQUIRE(f);
    const PipelineTotals &t = f->company;
    CHECK(t.wonMinor == 1000000);
    CHECK(t.commitMinor == 2000000);
    CHECK(t.bestCaseMinor == 1000000);
    CHECK(t.pipelineMinor == 0);
    CHECK(t.omittedMinor == 400000);
    CHECK(t.expectedDeals == 3);
    // 20,000 × 60 % + 10,000 × 10 % + 4,000 × 10 % = 13,400; nothing closed to learn from, so
    // the learned figure falls back to the configured one.
    CHECK(t.weightedMinor == 1340000);
    CHECK(t.learnedMinor == 1340000);
    CHECK(t.slippedDeals == 1);
    CHECK(t.slippedMinor == 500000);
    CHECK(t.commitForecast() == 3000000);
    CHECK(t.bestCaseForecast() == 4000000);
    REQUIRE(f->reps.size() == 2);
    CHECK(f->reps[0].first == ann); // ¥30,000 best case against Bob's ¥10,000
    CHECK(f->reps[0].second.commitMinor == 2000000);
    CHECK(f->reps[1].second.slippedMinor == 500000);
    CHECK(f->deals.size() == 4); // three expected, then the slipped one
    CHECK(f->deals.last().slipped);

    // One snapshot a week, per rep.
    auto kept = forecaster.takeSnapshot(QDate(2026, 5, 18));
    REQUIRE(kept);
    CHECK(*kept == 2);
    CHECK(*forecaster.takeSnapshot(QDate(2026, 5, 20)) == 0);
    CHECK(forecaster.snapshots(Period::quarter(2026, 2))->size() == 2);

    // Not over yet: no accuracy. Then Ann wins her commit (her call was right) and Bob wins his
    // best case (he called ¥0 and won ¥10,000).
    CHECK_FALSE(forecaster.accuracy(Period::quarter(2026, 2), QDate(2026, 6, 1)));
    REQUIRE(pipeline.moveDeal(commit, {0, DealStatus::Won, 0, {}},
                              QDateTime(QDate(2026, 6, 10), QTime(12, 0)))
                    .ok());
    REQUIRE(pipeline.moveDeal(best, {0, DealStatus::Won, 0, {}},
                              QDateTime(QDate(2026, 6, 20), QTime(12, 0)))
                    .ok());
    auto accuracy = forecaster.accuracy(Period::quarter(2026, 2), QDate(2026, 7, 5));
    REQUIRE(accuracy);
    REQUIRE(accuracy->size() == 3);
    const ForecastAccuracy &company = accuracy->at(0);
    CHECK(company.repId == -1);
    CHECK(company.actualMinor == 4000000);
    CHECK(*company.meanAbsoluteError == Approx(0.25)); // called 30,000, won 40,000
    CHECK(*company.bias == Approx(-0.25));
    for (const ForecastAccuracy &a : *accuracy) {
        if (a.repId == ann) {
            CHECK(*a.meanAbsoluteError == Approx(0.0));
        } else if (a.repId == bob) {
            CHECK(*a.meanAbsoluteError == Approx(1.0));
            CHECK(*a.bias == Approx(-1.0));
        }
    }
}
