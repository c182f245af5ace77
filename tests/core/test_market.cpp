// The market: competitors named by deals (and the free-text field they came from), how we
// fare against each, market size and share, the environment notebook and SWOT.
#include "core/kpi/kpiservice.h"
#include "core/market/marketservice.h"
#include "core/market/shareprojection.h"
#include "core/pipeline/pipelineservice.h"
#include "core/storage/readahead.h"
#include "tests/support/kpibook.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace salesdesk;
using namespace Qt::Literals::StringLiterals;
using Catch::Detail::Approx;

namespace {

Competitor named(const QString &name)
{
    Competitor c;
    c.name = name;
    return c;
}

SwotPoint point(SwotKind kind, const QString &text)
{
    SwotPoint p;
    p.kind = kind;
    p.text = text;
    return p;
}

void nameCompetitors(Book &book, qint64 dealId, const QStringList &names)
{
    auto d = book.pipeline().deal(dealId);
    REQUIRE(d);
    d->competitors = names;
    REQUIRE(book.pipeline().updateDeal(*d).ok());
}

// The deal of Book2026Q3 of that customer (each has one, Acme two: the later one).
qint64 dealOf(Book &book, const QString &customer)
{
    qint64 found = 0;
    const auto summaries = book.pipeline().dealSummaries();
    REQUIRE(summaries);
    for (const DealSummary &s : *summaries) {
        if (book.customers().customer(s.customerId)->name == customer) {
            found = s.id;
        }
    }
    REQUIRE(found > 0);
    return found;
}

} // namespace

TEST_CASE("Competitor names are read and written as one text")
{
    CHECK(PipelineText::competitorNames(u"Acme; beta；ACME ; ;Gamma, Inc."_s)
          == QStringList {u"Acme"_s, u"beta"_s, u"Gamma, Inc."_s});
    CHECK(PipelineText::competitorText({u"A"_s, u"B"_s}) == u"A; B"_s);
    CHECK(PipelineText::competitorNames(QString()).isEmpty());
}

TEST_CASE("The free-text competitor of a deal becomes a link to the register")
{
    TempDir dir;
    const QString path = dir.file(u"v10.salesdesk"_s);
    REQUIRE(QFile::copy(QStringLiteral(SALESDESK_TEST_DATA "/schema_v10.salesdesk"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    // Three of the deals name one competitor three ways; the earliest spells it "Acme".
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v10"_s);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(u"UPDATE deals SET competitor = NULL WHERE lower(competitor) = "
                       "'yonghui systems'"_s));
        REQUIRE(q.exec(u"CREATE TEMP TABLE firsts AS SELECT id FROM deals WHERE competitor IS "
                       "NULL ORDER BY created_at, id LIMIT 3"_s));
        REQUIRE(q.exec(u"UPDATE deals SET competitor = CASE id WHEN (SELECT min(id) FROM firsts) "
                       "THEN 'Acme' WHEN (SELECT max(id) FROM firsts) THEN 'acme' ELSE ' ACME ' "
                       "END WHERE id IN (SELECT id FROM firsts)"_s));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"v10"_s);

    auto book = Book::open(path);
    REQUIRE(book.ok());
    const MarketService &market = (*book)->market();
    // Four of the fixture's five names stay (13, 7, 12 and 6 deals); Yonghui's two deals now
    // name Acme's three ways.
    QStringList names;
    for (const Competitor &c : market.competitors()) {
        names.append(c.name);
    }
    CHECK(names
          == QStringList {u"Acme"_s, u"Kingsoft Solutions"_s, u"Local reseller"_s,
                          u"Orient Cloud"_s, u"Pinnacle Software"_s});
    CHECK(market.dealsOf(market.competitorNamed(u"ACME"_s)->id)->size() == 3);
    CHECK(market.dealsOf(market.competitorNamed(u"kingsoft solutions"_s)->id)->size() == 13);
    CHECK(market.dealsOf(market.competitorNamed(u"Orient Cloud"_s)->id)->size() == 12);
    // A deal reads its names back.
    const qint64 one = market.dealsOf(market.competitorNamed(u"Acme"_s)->id)->first();
    CHECK((*book)->pipeline().deal(one)->competitors == QStringList {u"Acme"_s});
}

TEST_CASE("Win rates and value lost against each competitor, by hand")
{
    Book2026Q3 b;
    b.fill();
    // Rival is met on Acme's Q3 deal (won, ¥10,000), Gamma's (lost 1 Sep, ¥5,000), Delta's
    // (open) and Epsilon's (lost 2 Oct, ¥8,000); Other only on Beta's (won, ¥30,000). Naming
    // "rival" a second time in another case adds nobody.
    nameCompetitors(*b, dealOf(*b, u"Acme"_s), {u"Rival"_s});
    nameCompetitors(*b, dealOf(*b, u"Gamma"_s), {u"rival"_s});
    nameCompetitors(*b, dealOf(*b, u"Delta"_s), {u"Rival"_s});
    nameCompetitors(*b, dealOf(*b, u"Epsilon"_s), {u"RIVAL"_s});
    nameCompetitors(*b, dealOf(*b, u"Beta"_s), {u"Other"_s});
    MarketService &market = b->market();
    REQUIRE(market.competitors().size() == 2);

    auto figures = market.figures(KpiSpan::between(QDate(2026, 7, 1), QDate(2026, 10, 15)),
                                  QDate(2026, 10, 15));
    REQUIRE(figures);
    REQUIRE(figures->size() == 2);
    const CompetitorFigures &rival = figures->at(0);
    CHECK(rival.name == u"Rival"_s);
    CHECK(rival.met == 4);
    CHECK(rival.won == 1);
    CHECK(rival.lost == 2);
    CHECK(rival.open == 1);
    CHECK(*rival.winRate == Approx(1.0 / 3.0));
    CHECK(rival.wonValueMinor == 1000000);
    CHECK(rival.lostValueMinor == 1300000);
    REQUIRE(rival.lostReasons.size() == 1);
    CHECK(rival.lostReasons[0].count == 2);
    REQUIRE(rival.trend.size() == 2);
    CHECK(rival.trend[0].quarter == Period::quarter(2026, 3));
    CHECK(rival.trend[0].won == 1);
    CHECK(rival.trend[0].lost == 1);
    CHECK(rival.trend[1].quarter == Period::quarter(2026, 4));
    CHECK(rival.trend[1].lost == 1);
    const CompetitorFigures &other = figures->at(1);
    CHECK(other.met == 1);
    CHECK(*other.winRate == Approx(1.0));
    CHECK(other.lostValueMinor == 0);

    // Removing a competitor unnames it on its deals; putting it back names it again.
    const Competitor removed = *market.competitorNamed(u"Rival"_s);
    auto deals = market.removeCompetitor(removed.id);
    REQUIRE(deals);
    CHECK(deals->size() == 4);
    CHECK(b->pipeline().deal(dealOf(*b, u"Gamma"_s))->competitors.isEmpty());
    REQUIRE(market.restoreCompetitor(removed, *deals).ok());
    CHECK(b->pipeline().deal(dealOf(*b, u"Gamma"_s))->competitors == QStringList {u"Rival"_s});
    CHECK(market.competitorNamed(u"rival"_s)->id == removed.id);

    // A second competitor of the same name, or one with a semicolon, is refused.
    CHECK_FALSE(market.addCompetitor(named(u"OTHER"_s)));
    CHECK_FALSE(market.addCompetitor(named(u"A; B"_s)));
}

TEST_CASE("A competitor a deal names joins the register shown, and a move leaves the names alone")
{
    Book2026Q3 b;
    b.fill();
    MarketService &market = b->market();
    REQUIRE(market.competitors().isEmpty()); // the register read, as a view shown reads it
    QSignalSpy changed(&market, &MarketService::marketChanged);
    const qint64 delta = dealOf(*b, u"Delta"_s);
    nameCompetitors(*b, delta, {u"Rival"_s});
    CHECK(changed.size() == 1);
    REQUIRE(market.competitors().size() == 1);
    CHECK(market.competitors().first().name == u"Rival"_s);
    // Named again in another case, or a deal moved: the register is as it was, nothing said.
    nameCompetitors(*b, dealOf(*b, u"Beta"_s), {u"RIVAL"_s});
    REQUIRE(b->pipeline().moveDeal(delta, {b.stage(u"proposal"_s), DealStatus::Open, 0, {}}).ok());
    CHECK(changed.size() == 1);
    CHECK(market.competitors().size() == 1);
    CHECK(b->pipeline().deal(delta)->competitors == QStringList {u"Rival"_s});
    CHECK(b->pipeline().deal(dealOf(*b, u"Beta"_s))->competitors == QStringList {u"Rival"_s});
    CHECK(market.dealsOf(market.competitors().first().id)->size() == 2);
}

TEST_CASE("Market share is our revenue over the recorded market size")
{
    Book2026Q3 b;
    b.fill();
    MarketService &market = b->market();
    // 2026Q3: ¥10,000 + ¥30,000 won of a ¥1,000,000 market: 4 %.
    MarketSize size;
    size.period = Period::quarter(2026, 3);
    size.valueMinor = 100000000;
    size.source = u"Association report"_s;
    REQUIRE(market.setSize(size));
    auto share = market.share(Period::quarter(2026, 3), QString(), QDate(2026, 10, 15));
    REQUIRE(share);
    CHECK(share->ourRevenueMinor == 4000000);
    CHECK(share->marketSizeMinor == 100000000);
    CHECK(*share->share == Approx(0.04));
    // The KPI engine says the same of the quarter, nothing of a month or a quarter without a
    // size.
    const KpiService &kpi = b->kpi();
    CHECK(*kpi.report(Period::quarter(2026, 3), {}, QDate(2026, 10, 15))->kpis.marketShare
          == Approx(0.04));
    CHECK_FALSE(kpi.report(Period::month(2026, 8), {}, QDate(2026, 10, 15))->kpis.marketShare);
    CHECK_FALSE(kpi.report(Period::quarter(2026, 2), {}, QDate(2026, 10, 15))->kpis.marketShare);
    // A new size of the same quarter replaces the old one.
    size.valueMinor = 200000000;
    REQUIRE(market.setSize(size));
    CHECK(market.sizes().size() == 1);
    CHECK(*market.share(Period::quarter(2026, 3), QString(), QDate(2026, 10, 15))->share
          == Approx(0.02));
    // A competitor's estimated share is kept beside ours.
    auto rival = market.addCompetitor(named(u"Rival"_s));
    REQUIRE(rival);
    CompetitorShare theirs;
    theirs.competitorId = *rival;
    theirs.period = Period::quarter(2026, 3);
    theirs.sharePpm = 250000;
    REQUIRE(market.setShare(theirs).ok());
    share = market.share(Period::quarter(2026, 3), QString(), QDate(2026, 10, 15));
    REQUIRE(share->competitorShares.size() == 1);
    CHECK(share->competitorShares[0].second == Approx(0.25));
    // Refused: a month, nothing, no source; a segment no product is called.
    MarketSize bad = size;
    bad.period = Period::month(2026, 8);
    CHECK_FALSE(market.setSize(bad));
    bad = size;
    bad.valueMinor = 0;
    CHECK_FALSE(market.setSize(bad));
    bad = size;
    bad.source.clear();
    CHECK_FALSE(market.setSize(bad));
    CHECK_FALSE(market.share(Period::quarter(2026, 3), u"Robots"_s, QDate(2026, 10, 15)));
}

TEST_CASE("The SWOT analysis puts the owner's points beside the weightiest factors")
{
    TestBook b;
    MarketService &market = b->market();
    auto factor = [&](const QString &title, int impact, int likelihood) {
        EnvironmentFactor f;
        f.kind = FactorKind::Economic;
        f.title = title;
        f.impact = impact;
        f.likelihood = likelihood;
        f.notedOn = QDate(2026, 5, 1);
        REQUIRE(market.addFactor(f));
    };
    factor(u"Subsidies for small firms"_s, 1, 90); // weight 90
    factor(u"New industrial park"_s, 2, 50); // weight 100
    factor(u"Rising rents"_s, -1, 80);
    factor(u"A new standard"_s, 0, 100); // neither
    REQUIRE(market.addSwotPoint(point(SwotKind::Strength, u"Fast delivery"_s)));
    REQUIRE(market.addSwotPoint(point(SwotKind::Weakness, u"Small team"_s)));
    const auto swot = market.swot();
    QStringList texts;
    for (const SwotEntry &e : swot) {
        texts.append(MarketText::code(e.kind) + u":"_s + e.text);
    }
    CHECK(texts
          == QStringList {u"strength:Fast delivery"_s, u"weakness:Small team"_s,
                          u"opportunity:New industrial park"_s,
                          u"opportunity:Subsidies for small firms"_s, u"threat:Rising rents"_s});
    // Bad factors are refused.
    EnvironmentFactor f;
    f.title = u"X"_s;
    f.notedOn = QDate(2026, 5, 1);
    f.impact = 3;
    CHECK_FALSE(market.addFactor(f));
    f.impact = 0;
    f.likelihood = 101;
    CHECK_FALSE(market.addFactor(f));
    f.likelihood = 50;
    f.reviewOn = QDate(2026, 4, 1);
    CHECK_FALSE(market.addFactor(f));
}

TEST_CASE("Share trends are carried on at their average change per period")
{
    const QList<Period> quarters {Period::quarter(2025, 3), Period::quarter(2025, 4),
                                  Period::quarter(2026, 1), Period::quarter(2026, 2)};
    const std::array<double, 4> ours {0.10, 0.12, 0.14, 0.16};
    QList<MarketShareFigures> trend;
    for (int i = 0; i < 4; ++i) {
        MarketShareFigures f;
        f.period = quarters[i];
        f.share = ours[size_t(i)];
        // Rival: 30 %, nothing, 28 %, 27 % — its last run is two quarters long.
        if (i != 1) {
            f.competitorShares.append({1, std::array {0.30, 0.0, 0.28, 0.27}[size_t(i)]});
        }
        // Fading: 5 %, 3 %, 1 %, 0.5 % — falls 1.5 points a quarter, to nothing.
        f.competitorShares.append({2, std::array {0.05, 0.03, 0.01, 0.005}[size_t(i)]});
        if (i == 3) {
            f.competitorShares.append({3, 0.2}); // one figure: not carried on
        }
        trend.append(f);
    }
    const auto lines = projectShares(trend, 2);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].competitorId == 0);
    CHECK(lines[0].model == u"Drift"_s);
    REQUIRE(lines[0].projected.size() == 2);
    CHECK(lines[0].projected[0].first == Period::quarter(2026, 3));
    CHECK(lines[0].projected[0].second == Approx(0.18));
    CHECK(lines[0].projected[1].first == Period::quarter(2026, 4));
    CHECK(lines[0].projected[1].second == Approx(0.20));
    // Two consecutive figures are too few for a trend: the last one, flat.
    CHECK(lines[1].competitorId == 1);
    CHECK(lines[1].recorded.size() == 2);
    CHECK(lines[1].model == u"Naive"_s);
    CHECK(lines[1].projected[1].second == Approx(0.27));
    // 0.5 % − 1.5 points is below nothing: 0.
    CHECK(lines[2].projected[0].second == Approx(0.0));
    CHECK(lines[3].recorded.size() == 1);
    CHECK(lines[3].projected.isEmpty());
}

TEST_CASE("The market register is read in one exchange with a server, each table used")
{
    TestBook book;
    MarketService &market = book->market();
    Competitor rival;
    rival.name = u"Rival"_s;
    REQUIRE(market.addCompetitor(rival).ok());
    REQUIRE(market.load().ok()); // read again when next asked
    const ReadAhead::Tally before = ReadAhead::tally();
    REQUIRE(market.competitors().size() == 1);
    const ReadAhead::Tally after = ReadAhead::tally();
    CHECK(market.competitors().first().name == u"Rival"_s);
    CHECK(after.asked - before.asked == (TestBook::onServer() ? 5 : 0));
    CHECK(after.used - before.used == after.asked - before.asked);
}
