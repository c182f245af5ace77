// salesdesk forecast: any series from a CSV file, and the book's own.
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/tempdir.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

QString writeSeries(const TempDir &dir, const QString &name, const QByteArray &text)
{
    QFile f(dir.file(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return f.fileName();
}

} // namespace

TEST_CASE("forecast --input gives periods, intervals and a backtest as JSON")
{
    TempDir dir;
    // Quarterly 2020Q1…2024Q4: a season of +10/−5/0/−5 on a rising line.
    QByteArray text = "period,value\n";
    const int season[] = {10, -5, 0, -5};
    for (int i = 0; i < 20; ++i) {
        text += QByteArray::number(2020 + i / 4) + 'Q' + QByteArray::number(i % 4 + 1) + ','
                + QByteArray::number(100 + 2 * i + season[i % 4]) + '\n';
    }
    const QString path = writeSeries(dir, u"q.csv"_s, text);
    const Run r = salesdesk({u"forecast"_s, u"--input"_s, path, u"--horizon"_s, u"6"_s,
                             u"--method"_s, u"snaive"_s, u"--json"_s});
    REQUIRE(r.code == 0);
    const QJsonObject o = r.json();
    CHECK(o[u"method"_s].toString() == u"snaive"_s);
    CHECK(o[u"frequency"_s].toString() == u"quarterly"_s);
    const QJsonArray f = o[u"forecast"_s].toArray();
    REQUIRE(f.size() == 6);
    // The last year was 132 + 10, 134 − 5, 136, 138 − 5: seasonal naive repeats it.
    CHECK(f[0][u"period"_s].toString() == u"2025Q1"_s);
    CHECK(f[0][u"point"_s].toDouble() == 142);
    CHECK(f[3][u"point"_s].toDouble() == 133);
    CHECK(f[4][u"period"_s].toString() == u"2026Q1"_s);
    CHECK(f[4][u"point"_s].toDouble() == 142);
    // Every value is 8 above the one a year before: σ̂ = 8; the second year is σ̂·√2.
    CHECK(f[0][u"lo95"_s].toDouble() == Catch::Detail::Approx(142 - 1.959964 * 8));
    CHECK(f[4][u"hi80"_s].toDouble() == Catch::Detail::Approx(142 + 1.281552 * 8 * 1.4142136));
    const QJsonObject b = o[u"backtest"_s].toObject();
    CHECK(b[u"mase"_s].toDouble() == Catch::Detail::Approx(1));
    CHECK(b[u"snaive_mase"_s].toDouble() == Catch::Detail::Approx(1));
    CHECK(b.contains(u"smape"_s));

    // auto says what it compared.
    const Run a = salesdesk({u"forecast"_s, u"--input"_s, path, u"--json"_s});
    REQUIRE(a.code == 0);
    CHECK(a.json()[u"candidates"_s].toArray().size() == 3);
    CHECK(a.json()[u"forecast"_s].toArray().size() == 12);
}

TEST_CASE("forecast --input refuses bad files with exit 2 and the line named")
{
    TempDir dir;
    const QList<std::pair<QByteArray, QString>> bad = {
            {"period,value\n", u"no rows"_s},
            {"period,value\n2025-01,5\n2025-02,five\n", u"Line 3"_s},
            {"period,value\n2025-03,5\n2025-02,6\n", u"Line 3"_s},
            {"period,value\n2025-01,5\n2025Q1,6\n", u"Line 3"_s},
    };
    for (const auto &[text, says] : bad) {
        const Run r = salesdesk({u"forecast"_s, u"--input"_s, writeSeries(dir, u"b.csv"_s, text)});
        CHECK(r.code == 2);
        CHECK(r.err.contains(says));
    }
    const Run method = salesdesk(
            {u"forecast"_s, u"--input"_s, u"x.csv"_s, u"--method"_s, u"crystal-ball"_s});
    CHECK(method.code == 1);
    CHECK(method.err.contains(u"theta"_s));
    const Run ets
            = salesdesk({u"forecast"_s, u"--input"_s, u"x.csv"_s, u"--method"_s, u"ets:QQQ"_s});
    CHECK(ets.code == 1);
}

TEST_CASE("forecast on the book: history from the KPI engine, targets beside")
{
    TempDir dir;
    const QString db = dir.file(u"demo.salesdesk"_s);
    REQUIRE(salesdesk({u"demo"_s, u"--out"_s, db, u"--deals"_s, u"300"_s, u"--as-of"_s,
                       u"2026-06-30"_s})
                    .code
            == 0);
    const Run r = salesdesk({u"forecast"_s, u"--db"_s, db, u"--as-of"_s, u"2026-06-30"_s, u"--by"_s,
                             u"quarter"_s, u"--horizon"_s, u"4"_s, u"--json"_s});
    REQUIRE(r.code == 0);
    const QJsonObject o = r.json();
    CHECK(o[u"metric"_s].toString() == u"revenue"_s);
    CHECK(o[u"unit"_s].toString() == u"minor"_s);
    // 30 June closes 2026Q2: it is history, and 2026Q3 the first quarter forecast.
    CHECK(o[u"running"_s][u"period"_s].toString() == u"2026Q3"_s);
    CHECK(o[u"running"_s][u"so_far"_s].toDouble() == 0);
    const QJsonArray f = o[u"forecast"_s].toArray();
    REQUIRE(f.size() == 4);
    CHECK(f[0][u"period"_s].toString() == u"2026Q3"_s);
    CHECK(f[0].toObject().contains(u"target_minor"_s));
    // The history's last quarter is what `salesdesk kpi` says of it.
    const QJsonArray history = o[u"history"_s].toArray();
    REQUIRE(!history.isEmpty());
    CHECK(history.last()[u"period"_s].toString() == u"2026Q2"_s);
    const Run kpi = salesdesk({u"kpi"_s, u"--db"_s, db, u"--period"_s, u"2026Q2"_s, u"--as-of"_s,
                               u"2026-06-30"_s, u"--json"_s});
    REQUIRE(kpi.code == 0);
    CHECK(qint64(history.last()[u"value"_s].toDouble())
          == kpi.json()[u"kpis"_s][u"revenue_minor"_s].toInteger());

    // The team's capacity beside the demand: four quarters measured, the demo's reps on staff.
    const QJsonObject capacity = o[u"capacity"_s].toObject();
    CHECK(capacity[u"periods"_s].toInt() == 4);
    CHECK(capacity[u"reps_now"_s].toInt() > 0);
    CHECK(capacity[u"capacity"_s].toDouble()
          == Approx(capacity[u"per_rep"_s].toDouble() * capacity[u"reps_now"_s].toInt()));
    CHECK(capacity[u"load"_s].toDouble()
          == Approx(f[0][u"point"_s].toDouble() / capacity[u"capacity"_s].toDouble()));

    // The targets' forecast is the same figure: the company's 2026Q3 revenue target ("Revenue
    // 2026 – 2026Q3"; the reps' targets start with their names). Those over have none.
    const Run targets = salesdesk({u"targets"_s, u"progress"_s, u"--db"_s, db, u"--as-of"_s,
                                   u"2026-06-30"_s, u"--forecast"_s, u"--json"_s});
    REQUIRE(targets.code == 0);
    int running = 0;
    for (const QJsonValue t : targets.json()[u"targets"_s].toArray()) {
        const QString period = t[u"period"_s].toString();
        INFO(t[u"name"_s].toString().toStdString());
        if (period == u"2026Q1"_s || period == u"2026Q2"_s || period == u"2026-06"_s) {
            CHECK(t[u"forecast"_s].isNull()); // over
        }
        if (period == u"2026Q3"_s && t[u"name"_s].toString().startsWith(u"Revenue"_s)) {
            const QJsonObject fc = t[u"forecast"_s].toObject();
            CHECK(fc[u"point"_s].toInteger() == std::llround(f[0][u"point"_s].toDouble()));
            CHECK(fc[u"gap"_s].toInteger()
                  == fc[u"point"_s].toInteger() - t[u"target"_s].toInteger());
            ++running;
        }
    }
    CHECK(running == 1);

    // The three customer segments part the company's history: each period's revenue is theirs
    // added up.
    QHash<QString, double> bySegments;
    for (const QString &segment : {u"high_value"_s, u"potential"_s, u"general"_s}) {
        const Run part = salesdesk({u"forecast"_s, u"--db"_s, db, u"--as-of"_s, u"2026-06-30"_s,
                                    u"--by"_s, u"quarter"_s, u"--horizon"_s, u"2"_s, u"--segment"_s,
                                    segment, u"--json"_s});
        INFO(segment.toStdString() << " " << part.err.toStdString());
        REQUIRE(part.code == 0);
        CHECK(part.json()[u"segment"_s].toString() == segment);
        CHECK(part.json()[u"capacity"_s].isNull());
        CHECK_FALSE(part.json()[u"forecast"_s][0].toObject().contains(u"target_minor"_s));
        for (const QJsonValue h : part.json()[u"history"_s].toArray()) {
            bySegments[h[u"period"_s].toString()] += h[u"value"_s].toDouble();
        }
    }
    for (const QJsonValue h : history) {
        CHECK(bySegments.value(h[u"period"_s].toString()) == h[u"value"_s].toDouble());
    }
    CHECK(salesdesk({u"forecast"_s, u"--db"_s, db, u"--segment"_s, u"vip"_s}).code == 1);

    const Run text = salesdesk({u"forecast"_s, u"--db"_s, db, u"--as-of"_s, u"2026-06-30"_s,
                                u"--metric"_s, u"won_deals"_s, u"--horizon"_s, u"3"_s});
    REQUIRE(text.code == 0);
    CHECK(text.out.contains("Backtest"));
}

TEST_CASE("forecast pipeline sums the reps' forecast categories and keeps a weekly snapshot")
{
    TempDir dir;
    const QString db = dir.file(u"p.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, db, u"--currency"_s, u"CNY"_s}).code == 0);
    const Run a = salesdesk({u"deals"_s, u"add"_s, u"--db"_s, db, u"--title"_s, u"A"_s,
                             u"--customer"_s, u"Acme"_s, u"--value"_s, u"2000"_s, u"--stage"_s,
                             u"proposal"_s, u"--close"_s, u"2026-09-10"_s, u"--created"_s,
                             u"2026-07-01"_s, u"--json"_s});
    REQUIRE(a.code == 0);
    const QString id = QString::number(a.json()[u"id"_s].toInteger());
    CHECK(salesdesk(
                  {u"deals"_s, u"category"_s, u"--db"_s, db, u"--id"_s, id, u"--set"_s, u"sure"_s})
                  .code
          == 1);
    REQUIRE(salesdesk({u"deals"_s, u"category"_s, u"--db"_s, db, u"--id"_s, id, u"--set"_s,
                       u"commit"_s})
                    .code
            == 0);
    const QStringList args
            = {u"forecast"_s, u"pipeline"_s, u"--db"_s,       db,         u"--period"_s,
               u"2026Q3"_s,   u"--as-of"_s,  u"2026-07-15"_s, u"--json"_s};
    const Run r = salesdesk(args + QStringList {u"--snapshot"_s});
    REQUIRE(r.code == 0);
    const QJsonObject o = r.json();
    CHECK(o[u"commit_minor"_s].toInteger() == 200000);
    CHECK(o[u"weighted_minor"_s].toInteger() == 120000); // ¥2,000 at the proposal's 60 %
    CHECK(o[u"commit_forecast_minor"_s].toInteger() == 200000);
    CHECK(o[u"deals"_s].toArray().size() == 1);
    CHECK(o[u"deals"_s][0][u"category"_s].toString() == u"commit"_s);
    CHECK(o[u"snapshot_rows"_s].toInt() == 1);
    CHECK(salesdesk(args + QStringList {u"--snapshot"_s}).json()[u"snapshot_rows"_s].toInt() == 0);
    // Not over: no accuracy yet (exit 1).
    CHECK(salesdesk({u"forecast"_s, u"accuracy"_s, u"--db"_s, db, u"--period"_s, u"2026Q3"_s,
                     u"--as-of"_s, u"2026-07-15"_s})
                  .code
          == 1);
    // A closed deal has no category.
    REQUIRE(salesdesk({u"deals"_s, u"move"_s, u"--db"_s, db, u"--id"_s, id, u"--stage"_s, u"won"_s,
                       u"--date"_s, u"2026-08-01"_s})
                    .code
            == 0);
    CHECK(salesdesk({u"deals"_s, u"category"_s, u"--db"_s, db, u"--id"_s, id, u"--set"_s,
                     u"commit"_s})
                  .code
          == 1);
    const Run acc = salesdesk({u"forecast"_s, u"accuracy"_s, u"--db"_s, db, u"--period"_s,
                               u"2026Q3"_s, u"--as-of"_s, u"2026-10-01"_s, u"--json"_s});
    REQUIRE(acc.code == 0);
    // The one week's call was ¥2,000, and ¥2,000 was won.
    CHECK(acc.json()[u"reps"_s][0][u"mean_absolute_error"_s].toDouble() == 0);
}
