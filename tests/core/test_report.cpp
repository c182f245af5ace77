#include "core/demo/demogenerator.h"
#include "core/exchange/reportworkbook.h"
#include "core/market/marketservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/report/reportbuilder.h"
#include "tests/support/demobook.h"
#include "tests/support/kpibook.h"

#include <QRegularExpression>

#include <minizip/unzip.h>

using namespace salesdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

const Period q3 = Period::quarter(2026, 3);
const QDate asOf(2026, 10, 15);

QByteArray entry(const QString &zip, const char *name)
{
    unzFile f = unzOpen(QFile::encodeName(zip).constData());
    REQUIRE(f != nullptr);
    QByteArray data;
    if (unzLocateFile(f, name, 0) == UNZ_OK && unzOpenCurrentFile(f) == UNZ_OK) {
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(f, buffer, sizeof buffer)) > 0) {
            data.append(buffer, n);
        }
        unzCloseCurrentFile(f);
    }
    unzClose(f);
    return data;
}

const ReportTable *firstTable(const ReportSectionContent &section)
{
    for (const ReportBlock &b : section.blocks) {
        if (const auto *t = std::get_if<ReportTable>(&b)) {
            return t;
        }
    }
    return nullptr;
}

const ReportSectionContent *sectionOf(const ReportDocument &doc, const QString &code)
{
    for (const ReportSectionContent &s : doc.sections) {
        if (s.code == code) {
            return &s;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("The KPI breakdown of the hand-made quarter by month and stage and customer and reason")
{
    Book2026Q3 b;
    b.fill();
    auto parts = b->kpi().breakdown(q3, {}, asOf);
    REQUIRE(parts.ok());
    REQUIRE(parts->months.size() == 3);
    // Acme's ¥10,000 on 10 Jul, Beta's ¥30,000 on 15 Aug, Gamma lost on 1 Sep.
    CHECK(parts->months[0].month == Period::month(2026, 7));
    CHECK(parts->months[0].revenueMinor == 1000000);
    CHECK(parts->months[0].won == 1);
    CHECK(parts->months[1].revenueMinor == 3000000);
    CHECK(parts->months[2].revenueMinor == 0);
    CHECK(parts->months[2].lost == 1);
    CHECK_FALSE(parts->months[0].targetMinor); // only the quarter has a target
    CHECK(parts->closed.size() == 3);
    // Open at the quarter's end: Epsilon a lead (10 %), Delta in Proposal (60 %), in pipeline
    // order.
    REQUIRE(parts->pipelineByStage.size() == 2);
    CHECK(parts->pipelineByStage[0].id == b.stage(u"lead"_s));
    CHECK(parts->pipelineByStage[0].minor == 800000);
    CHECK(parts->pipelineByStage[0].weightedMinor == 80000);
    CHECK(parts->pipelineByStage[1].id == b.stage(u"proposal"_s));
    CHECK(parts->pipelineByStage[1].minor == 2000000);
    CHECK(parts->pipelineByStage[1].weightedMinor == 1200000);
    REQUIRE(parts->revenueByCustomer.size() == 2);
    CHECK(parts->revenueByCustomer[0].id == b->customers().findCustomer(u"Beta"_s));
    CHECK(parts->revenueByCustomer[0].minor == 3000000);
    REQUIRE(parts->revenueByProduct.size() == 1);
    CHECK(parts->revenueByProduct[0].key.isEmpty());
    CHECK(parts->revenueByProduct[0].count == 2);
    REQUIRE(parts->lostReasons.size() == 1);
    const LostReason *other = nullptr; // lost without a reason: "other"
    for (const LostReason &r : b->pipeline().lostReasons()) {
        other = r.id == parts->lostReasons[0].id ? &r : other;
    }
    REQUIRE(other);
    CHECK(other->code == u"other"_s);
    CHECK(parts->lostReasons[0].count == 1);
    // The one new customer of the quarter: Beta, first won on 15 August.
    auto fresh = b->kpi().newCustomers(q3, {}, asOf);
    REQUIRE(fresh.ok());
    REQUIRE(fresh->size() == 1);
    CHECK(fresh->first().first == b->customers().findCustomer(u"Beta"_s));
    CHECK(fresh->first().second == QDate(2026, 8, 15));
    CHECK(parts->lostReasons[0].minor == 500000);
}

TEST_CASE("The breakdown adds up to the KPIs and each rep's figures are the rep's KPIs")
{
    DemoGenerator::Options options;
    options.deals = 1500;
    options.seed = 11;
    options.asOf = QDate(2026, 11, 20);
    DemoBook demo(options);
    Book &book = *demo;
    const KpiService &kpi = book.kpi();
    auto total = kpi.report(q3, {}, options.asOf);
    auto parts = kpi.breakdown(q3, {}, options.asOf);
    REQUIRE(total.ok());
    REQUIRE(parts.ok());
    qint64 revenue = 0, open = 0, weighted = 0, byRep = 0;
    int won = 0, lost = 0;
    for (const KpiMonth &m : parts->months) {
        revenue += m.revenueMinor;
        won += m.won;
        lost += m.lost;
    }
    for (const KpiShare &s : parts->pipelineByStage) {
        open += s.minor;
        weighted += s.weightedMinor;
    }
    for (const KpiShare &s : parts->revenueByRep) {
        byRep += s.minor;
    }
    CHECK(total->kpis.revenueMinor > 0);
    CHECK(revenue == total->kpis.revenueMinor);
    CHECK(byRep == total->kpis.revenueMinor);
    CHECK(won == total->kpis.wonDeals);
    CHECK(lost == total->kpis.lostDeals);
    CHECK(open == total->kpis.pipelineOpenMinor);
    // Weighted per stage is rounded per stage: within a unit per stage of the whole.
    CHECK(std::abs(weighted - total->kpis.pipelineWeightedMinor)
          <= qint64(parts->pipelineByStage.size()));

    auto reps = kpi.reps(q3, options.asOf);
    REQUIRE(reps.ok());
    REQUIRE(reps->size() >= 2);
    for (const RepFigures &r : std::as_const(*reps)) {
        auto own = kpi.report(q3, TargetScope {ScopeKind::Rep, r.repId, {}}, options.asOf);
        REQUIRE(own.ok());
        INFO("rep " << r.repId);
        CHECK(r.revenueMinor == own->kpis.revenueMinor);
        CHECK(r.wonDeals == own->kpis.wonDeals);
        CHECK(r.lostDeals == own->kpis.lostDeals);
        CHECK(r.winRate == own->kpis.winRate);
        CHECK(r.avgDealMinor == own->kpis.avgDealMinor);
        CHECK(r.activitiesDone == own->kpis.activitiesDone);
        CHECK(r.targetMinor == own->kpis.targetMinor);
    }
}

TEST_CASE("The quarterly report's content: its sections with the KPIs' own figures in plain "
          "sentences")
{
    Book2026Q3 b;
    b.fill();
    ReportBuilder builder(*b.book);
    CHECK(builder.codes()
          == QStringList {u"summary"_s, u"kpis"_s, u"targets"_s, u"pipeline"_s, u"customers"_s,
                          u"reps"_s, u"incentives"_s, u"market"_s, u"evaluation"_s, u"outlook"_s});
    ReportRequest request;
    request.period = q3;
    request.asOf = asOf;
    QList<int> steps;
    auto doc = builder.build(request, [&steps](int done, int) {
        steps.append(done);
        return true;
    });
    REQUIRE(doc.ok());
    CHECK(steps == QList<int> {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}); // figures, 10 sections, done
    CHECK(doc->periodLabel == u"Q3 2026"_s);
    CHECK(doc->sections.size() == 10);

    const ReportSectionContent *summary = sectionOf(*doc, u"summary"_s);
    REQUIRE(summary);
    REQUIRE(std::holds_alternative<ReportParagraph>(summary->blocks.first()));
    // ¥40,000 of ¥50,000 (80 %); Q2 had ¥4,000 (up 900 %); Q3 2025 nothing (no comparison).
    CHECK(std::get<ReportParagraph>(summary->blocks.first()).text
          == u"Revenue was ¥40,000, 80 % of the ¥50,000 target, up 900 % on the previous "
             "quarter."_s);

    const ReportTable *kpis = firstTable(*sectionOf(*doc, u"kpis"_s));
    REQUIRE(kpis);
    REQUIRE(kpis->rows.size() == 16);
    const QList<ReportCell> &revenue = kpis->rows[0];
    CHECK(revenue[1].kind == CellKind::Money);
    CHECK(revenue[1].number == 40000.0);
    CHECK(revenue[1].text == u"¥40,000"_s);
    CHECK(revenue[2].text == u"¥4,000"_s);
    CHECK(revenue[3].number == Approx(9.0)); // +900 %
    CHECK(revenue[4].text == u"¥0"_s);
    CHECK(revenue[5].missing); // no change from nothing
    const QList<ReportCell> &nps = kpis->rows[15];
    CHECK(nps[1].text == u"0"_s); // promoters and detractors even: 0, never "-0"
    CHECK(nps[2].missing);

    const ReportTable *targets = firstTable(*sectionOf(*doc, u"targets"_s));
    REQUIRE(targets);
    REQUIRE(targets->rows.size() == 1);
    CHECK(targets->rows[0][3].text == u"¥50,000"_s);
    CHECK(targets->rows[0][4].text == u"¥40,000"_s);
    CHECK(targets->rows[0][5].number == Approx(0.8));
}

TEST_CASE("The market section: share and its trend, competitors, factors and the forecast as seen "
          "at the quarter's end")
{
    Book2026Q3 b;
    b.fill();
    MarketService &market = b->market();
    // The market: ¥500,000 in Q2 (our ¥4,000: 0.8 %), ¥1,000,000 in Q3 (our ¥40,000: 4 %);
    // Rival 20 % then 18 %.
    for (const auto &[quarter, yuan] : {std::pair {2, 500000}, std::pair {3, 1000000}}) {
        MarketSize size;
        size.period = Period::quarter(2026, quarter);
        size.valueMinor = qint64(yuan) * 100;
        size.source = u"Association report"_s;
        REQUIRE(market.setSize(size));
    }
    Competitor rival;
    rival.name = u"Rival"_s;
    rival.threat = ThreatLevel::High;
    auto rivalId = market.addCompetitor(rival);
    REQUIRE(rivalId);
    for (const auto &[quarter, ppm] : {std::pair {2, 200000}, std::pair {3, 180000}}) {
        CompetitorShare theirs;
        theirs.competitorId = *rivalId;
        theirs.period = Period::quarter(2026, quarter);
        theirs.sharePpm = ppm;
        REQUIRE(market.setShare(theirs).ok());
    }
    // Gamma's ¥5,000 deal, lost on 1 Sep, was lost to Rival.
    PipelineService &pipeline = b->pipeline();
    auto closed = pipeline.dealSummaries(DealStatus::Lost);
    REQUIRE(closed);
    qint64 gamma = 0;
    for (const DealSummary &d : std::as_const(*closed)) {
        gamma = d.valueMinor == 500000 ? d.id : gamma;
    }
    auto deal = pipeline.deal(gamma);
    REQUIRE(deal);
    deal->competitors = {u"Rival"_s};
    REQUIRE(pipeline.updateDeal(*deal, deal->updatedAt).ok());
    // Two factors: −2 at 60 % outweighs +1 at 90 %.
    EnvironmentFactor subsidy;
    subsidy.kind = FactorKind::Political;
    subsidy.title = u"Equipment subsidy"_s;
    subsidy.impact = 1;
    subsidy.likelihood = 90;
    subsidy.notedOn = QDate(2026, 8, 1);
    REQUIRE(market.addFactor(subsidy));
    EnvironmentFactor priceWar = subsidy;
    priceWar.kind = FactorKind::Competitors;
    priceWar.title = u"Price war"_s;
    priceWar.impact = -2;
    priceWar.likelihood = 60;
    REQUIRE(market.addFactor(priceWar));

    ReportBuilder builder(*b.book);
    ReportRequest request;
    request.period = q3;
    request.asOf = asOf;
    request.sections = {u"market"_s};
    auto doc = builder.build(request);
    REQUIRE(doc.ok());
    const ReportSectionContent *section = sectionOf(*doc, u"market"_s);
    REQUIRE(section);
    QList<const ReportTable *> tables;
    QStringList paragraphs;
    for (const ReportBlock &block : section->blocks) {
        if (const auto *t = std::get_if<ReportTable>(&block)) {
            tables.append(t);
        } else if (const auto *p = std::get_if<ReportParagraph>(&block)) {
            paragraphs.append(p->text);
        }
    }
    REQUIRE(paragraphs.size() == 2);
    CHECK(paragraphs[0]
          == u"Our revenue of ¥40,000 was 4.0 % of a market of ¥1,000,000 (Association report)."_s);
    REQUIRE(tables.size() == 4);

    // Shares: Q2 and Q3 as recorded, then two quarters of trend (two figures: flat).
    const ReportTable &shares = *tables[0];
    REQUIRE(shares.columns.size() == 5);
    CHECK(shares.columns[4].header == u"Rival"_s);
    REQUIRE(shares.rows.size() == 4);
    CHECK(shares.rows[0][0].text == u"Q2 2026"_s);
    CHECK(shares.rows[0][3].number == Approx(0.008));
    CHECK(shares.rows[0][4].number == Approx(0.20));
    CHECK(shares.rows[1][1].number == 1000000.0);
    CHECK(shares.rows[1][2].number == 40000.0);
    CHECK(shares.rows[1][3].text == u"4.0 %"_s);
    CHECK(shares.rows[2][0].text == u"Q4 2026 (trend)"_s);
    CHECK(shares.rows[2][1].missing);
    CHECK(shares.rows[3][3].number == Approx(0.04));
    CHECK(shares.rows[3][4].number == Approx(0.18));

    // Against Rival: one deal, lost, ¥5,000.
    const ReportTable &rivals = *tables[1];
    REQUIRE(rivals.rows.size() == 1);
    CHECK(rivals.rows[0][0].text == u"Rival"_s);
    CHECK(rivals.rows[0][1].text == u"High"_s);
    CHECK(rivals.rows[0][2].number == 1);
    CHECK(rivals.rows[0][4].number == 1);
    CHECK(rivals.rows[0][5].number == 0.0);
    CHECK(rivals.rows[0][6].number == 5000.0);

    // The price war (2 × 60) before the subsidy (1 × 90).
    const ReportTable &factors = *tables[2];
    REQUIRE(factors.rows.size() == 2);
    CHECK(factors.rows[0][0].text == u"Price war"_s);
    CHECK(factors.rows[0][2].number == -2);
    CHECK(factors.rows[1][3].number == Approx(0.9));

    // The forecast from the history to 30 Sep (Q2 ¥4,000, Q3 ¥40,000; two values: naive),
    // whatever day after it the report is made: ¥40,000 for each of the next four quarters.
    INFO(paragraphs[1].toStdString());
    CHECK(paragraphs[1].startsWith(u"Revenue forecast by quarter from the history to Sep 30, 2026: "
                                   "Naive."_s));
    const ReportTable &ahead = *tables[3];
    REQUIRE(ahead.rows.size() == 4);
    CHECK(ahead.rows[0][0].text == u"Q4 2026"_s);
    CHECK(ahead.rows[0][1].number == 40000.0);
    CHECK(ahead.rows[3][0].text == u"Q3 2027"_s);
    CHECK(ahead.rows[0][4].missing); // no target for Q4
}

TEST_CASE("A report of chosen sections — an unknown section and a cancel are refused")
{
    Book2026Q3 b;
    b.fill();
    ReportBuilder builder(*b.book);
    ReportRequest request;
    request.period = q3;
    request.asOf = asOf;
    request.sections = {u"pipeline"_s, u"summary"_s};
    auto doc = builder.build(request);
    REQUIRE(doc.ok());
    REQUIRE(doc->sections.size() == 2);
    CHECK(doc->sections[0].code == u"summary"_s); // report order, not the order asked
    CHECK(doc->sections[1].code == u"pipeline"_s);

    request.sections = {u"pipeline"_s, u"forecast"_s};
    auto unknown = builder.build(request);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(u"forecast"_s));

    request.sections = {};
    auto cancelled = builder.build(request, [](int done, int) { return done < 3; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().message.contains(u"cancelled"_s));

    CHECK(ReportBuilder::lastFinishedQuarter(QDate(2026, 10, 1), 1) == q3);
    CHECK(ReportBuilder::lastFinishedQuarter(QDate(2026, 9, 30), 1) == Period::quarter(2026, 2));
    CHECK(ReportBuilder::lastFinishedQuarter(QDate(2026, 1, 5), 1) == Period::quarter(2025, 4));
}

TEST_CASE("The report workbook has a sheet per section with typed cells and native charts and is "
          "written in one step")
{
    Book2026Q3 b;
    b.fill();
    ReportBuilder builder(*b.book);
    ReportRequest request;
    request.period = q3;
    request.asOf = asOf;
    auto doc = builder.build(request);
    REQUIRE(doc.ok());
    TempDir dir;
    const QString xlsx = dir.file(u"q3.xlsx"_s);
    REQUIRE(writeReportWorkbook(*doc, xlsx).ok());
    CHECK_FALSE(QFile::exists(xlsx + u".part"_s));

    const QByteArray workbook = entry(xlsx, "xl/workbook.xml");
    CHECK(workbook.count("<sheet ") == 10);
    CHECK(workbook.indexOf("name=\"Executive summary\"")
          < workbook.indexOf("name=\"Key figures\""));
    CHECK_FALSE(entry(xlsx, "xl/charts/chart1.xml").isEmpty());
    // Key figures: B2 is this quarter's revenue, a number (no t="s"), in the currency format.
    const QByteArray sheet = entry(xlsx, "xl/worksheets/sheet2.xml");
    const QRegularExpression b2(QStringLiteral("<c r=\"B2\" s=\"(\\d+)\"><v>([^<]+)</v></c>"));
    const auto m = b2.match(QString::fromUtf8(sheet));
    REQUIRE(m.hasMatch());
    CHECK(m.captured(2) == u"40000"_s);
    CHECK(sheet.contains("<pane ySplit=\"1\""));
    const QByteArray styles = entry(xlsx, "xl/styles.xml");
    CHECK(styles.contains("formatCode=\"&quot;¥&quot;#,##0.00\""));
    CHECK(styles.contains("formatCode=\"0.0%\""));

    // A folder that is not there: an error, and no file.
    const QString nowhere = dir.file(u"missing/q3.xlsx"_s);
    CHECK_FALSE(writeReportWorkbook(*doc, nowhere).ok());
    CHECK_FALSE(QFile::exists(nowhere));
}
