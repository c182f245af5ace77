// salesdesk competitors and market: the register, how we fare, market size and share.
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/tempdir.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

TEST_CASE("Deals name competitors, and competitors and market share answer from the book")
{
    TempDir dir;
    const QString db = dir.file(u"m.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, db, u"--currency"_s, u"CNY"_s}).code == 0);
    // One deal won in 2026Q3 for ¥1,000 against Rival and Other, one lost against rival.
    const Run a = salesdesk({u"deals"_s, u"add"_s, u"--db"_s, db, u"--title"_s, u"A"_s,
                             u"--customer"_s, u"Acme"_s, u"--value"_s, u"1000"_s, u"--created"_s,
                             u"2026-07-01"_s, u"--competitor"_s, u"Rival"_s, u"--competitor"_s,
                             u"Other"_s, u"--json"_s});
    REQUIRE(a.code == 0);
    const QString first = QString::number(a.json()[u"id"_s].toInteger());
    const Run b = salesdesk({u"deals"_s, u"add"_s, u"--db"_s, db, u"--title"_s, u"B"_s,
                             u"--customer"_s, u"Beta"_s, u"--value"_s, u"500"_s, u"--created"_s,
                             u"2026-07-02"_s, u"--competitor"_s, u"rival"_s, u"--json"_s});
    REQUIRE(b.code == 0);
    const QString second = QString::number(b.json()[u"id"_s].toInteger());
    REQUIRE(salesdesk({u"deals"_s, u"move"_s, u"--db"_s, db, u"--id"_s, first, u"--stage"_s,
                       u"won"_s, u"--date"_s, u"2026-07-10"_s})
                    .code
            == 0);
    REQUIRE(salesdesk({u"deals"_s, u"move"_s, u"--db"_s, db, u"--id"_s, second, u"--stage"_s,
                       u"lost"_s, u"--reason"_s, u"competitor"_s, u"--date"_s, u"2026-07-20"_s})
                    .code
            == 0);

    const Run c = salesdesk({u"competitors"_s, u"--db"_s, db, u"--from"_s, u"2026-01-01"_s,
                             u"--to"_s, u"2026-09-30"_s, u"--json"_s});
    REQUIRE(c.code == 0);
    const QJsonArray list = c.json()[u"competitors"_s].toArray();
    REQUIRE(list.size() == 2);
    CHECK(list[0][u"name"_s].toString() == u"Rival"_s);
    CHECK(list[0][u"deals"_s].toInt() == 2);
    CHECK(list[0][u"won"_s].toInt() == 1);
    CHECK(list[0][u"lost"_s].toInt() == 1);
    CHECK(list[0][u"win_rate"_s].toDouble() == 0.5);
    CHECK(list[0][u"lost_value_minor"_s].toInteger() == 50000);
    CHECK(list[1][u"name"_s].toString() == u"Other"_s);
    CHECK(list[1][u"win_rate"_s].toDouble() == 1.0);

    // The register refuses a name it has in another case.
    CHECK(salesdesk({u"competitors"_s, u"add"_s, u"--db"_s, db, u"--name"_s, u"RIVAL"_s}).code
          == 1);
    CHECK(salesdesk({u"competitors"_s, u"add"_s, u"--db"_s, db, u"--name"_s, u"Third"_s,
                     u"--threat"_s, u"high"_s})
                  .code
          == 0);

    // Market share: no size yet, then ¥10,000 for the quarter: 10 %.
    const Run none = salesdesk({u"market"_s, u"share"_s, u"--db"_s, db, u"--period"_s, u"2026Q3"_s,
                                u"--as-of"_s, u"2026-10-01"_s, u"--json"_s});
    REQUIRE(none.code == 0);
    CHECK(none.json()[u"share"_s].isNull());
    CHECK(salesdesk({u"market"_s, u"size"_s, u"--db"_s, db, u"--period"_s, u"2026-07"_s,
                     u"--value"_s, u"10000"_s, u"--source"_s, u"X"_s})
                  .code
          == 1);
    REQUIRE(salesdesk({u"market"_s, u"size"_s, u"--db"_s, db, u"--period"_s, u"2026Q3"_s,
                       u"--value"_s, u"10000"_s, u"--source"_s, u"Association"_s})
                    .code
            == 0);
    const Run share = salesdesk({u"market"_s, u"share"_s, u"--db"_s, db, u"--period"_s, u"2026Q3"_s,
                                 u"--as-of"_s, u"2026-10-01"_s, u"--json"_s});
    REQUIRE(share.code == 0);
    CHECK(share.json()[u"our_revenue_minor"_s].toInteger() == 100000);
    CHECK(share.json()[u"market_size_minor"_s].toInteger() == 1000000);
    CHECK(share.json()[u"share"_s].toDouble() == 0.1);
    // A competitor's estimated share sits beside ours.
    CHECK(salesdesk({u"competitors"_s, u"share"_s, u"--db"_s, db, u"--name"_s, u"rival"_s,
                     u"--period"_s, u"2026Q3"_s, u"--share"_s, u"140%"_s})
                  .code
          == 1);
    REQUIRE(salesdesk({u"competitors"_s, u"share"_s, u"--db"_s, db, u"--name"_s, u"rival"_s,
                       u"--period"_s, u"2026Q3"_s, u"--share"_s, u"12.5%"_s})
                    .code
            == 0);
    const Run both = salesdesk({u"market"_s, u"share"_s, u"--db"_s, db, u"--period"_s, u"2026Q3"_s,
                                u"--as-of"_s, u"2026-10-01"_s, u"--json"_s});
    REQUIRE(both.json()[u"competitors"_s].toArray().size() == 1);
    CHECK(both.json()[u"competitors"_s][0][u"name"_s].toString() == u"Rival"_s);
    CHECK(both.json()[u"competitors"_s][0][u"share"_s].toDouble() == 0.125);
    const Run kpi = salesdesk({u"kpi"_s, u"--db"_s, db, u"--period"_s, u"2026Q3"_s, u"--as-of"_s,
                               u"2026-10-01"_s, u"--json"_s});
    CHECK(kpi.json()[u"kpis"_s][u"market_share"_s].toDouble() == 0.1);

    // The trend: sizes of ¥10,000 for the three quarters before (where we sold nothing) and
    // Rival at 20 %, 17.5 %, 15 %, then 12.5 %. Ours 0, 0, 0, 10 % rises 3⅓ points a quarter;
    // Rival's falls 2.5 points.
    const QStringList before {u"2025Q4"_s, u"2026Q1"_s, u"2026Q2"_s};
    const QStringList rivalShares {u"20%"_s, u"17.5%"_s, u"15%"_s};
    for (int i = 0; i < 3; ++i) {
        REQUIRE(salesdesk({u"market"_s, u"size"_s, u"--db"_s, db, u"--period"_s, before[i],
                           u"--value"_s, u"10000"_s, u"--source"_s, u"Association"_s})
                        .code
                == 0);
        REQUIRE(salesdesk({u"competitors"_s, u"share"_s, u"--db"_s, db, u"--name"_s, u"Rival"_s,
                           u"--period"_s, before[i], u"--share"_s, rivalShares[i]})
                        .code
                == 0);
    }
    const Run trend = salesdesk({u"market"_s, u"trend"_s, u"--db"_s, db, u"--horizon"_s, u"2"_s,
                                 u"--as-of"_s, u"2026-10-01"_s, u"--json"_s});
    REQUIRE(trend.code == 0);
    const QJsonArray lines = trend.json()[u"lines"_s].toArray();
    REQUIRE(lines.size() == 2);
    CHECK(lines[0][u"us"_s].toBool());
    CHECK(lines[0][u"recorded"_s].toArray().size() == 4);
    const QJsonArray ours = lines[0][u"projected"_s].toArray();
    REQUIRE(ours.size() == 2);
    CHECK(ours[0][u"period"_s].toString() == u"2026Q4"_s);
    CHECK(ours[0][u"share"_s].toDouble() == Approx(0.1 + 0.1 / 3));
    CHECK(ours[1][u"share"_s].toDouble() == Approx(0.1 + 0.2 / 3));
    CHECK(lines[1][u"name"_s].toString() == u"Rival"_s);
    const QJsonArray rivals = lines[1][u"projected"_s].toArray();
    REQUIRE(rivals.size() == 2);
    CHECK(rivals[0][u"share"_s].toDouble() == Approx(0.10));
    CHECK(rivals[1][u"share"_s].toDouble() == Approx(0.075));
    CHECK(salesdesk({u"market"_s, u"trend"_s, u"--db"_s, db, u"--horizon"_s, u"0"_s}).code == 1);

    // The deal export writes the names as one text.
    const QString csv = dir.file(u"deals.csv"_s);
    REQUIRE(salesdesk({u"export"_s, u"deals"_s, u"--db"_s, db, u"--out"_s, csv}).code == 0);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().contains("Other; Rival"));
}
