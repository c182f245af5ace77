// salesdesk evaluate: a hand-made quarter scored through the binary, finalised and reopened.
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/tempdir.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using Catch::Detail::Approx;

namespace {

// 80 % figures: revenue against the rep's quota (60 %, capped at 120) and the sales cycle
// against 30 days, lower is better (40 %, capped at 150); 20 % ratings, teamwork and learning
// alike.
const QByteArray Template = R"({"name": "Quarter", "quantitative_weight": 0.8,
 "kpis": [{"kpi": "revenue", "weight": 0.6, "target": "quota", "cap": 120},
          {"kpi": "avg_cycle_days", "weight": 0.4, "target": 30, "direction": "lower", "cap": 150}],
 "criteria": [{"name": "Teamwork", "weight": 0.5}, {"name": "Learning", "weight": 0.5}]})";

void write(const QString &path, const QByteArray &text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

void won(const QString &db, const QString &owner, const QString &value, const QString &created,
         const QString &closed)
{
    const Run add = salesdesk({u"deals"_s, u"add"_s, u"--db"_s, db, u"--title"_s, owner + value,
                               u"--customer"_s, owner + u" Co"_s, u"--owner"_s, owner, u"--value"_s,
                               value, u"--created"_s, created, u"--json"_s});
    REQUIRE(add.code == 0);
    REQUIRE(salesdesk({u"deals"_s, u"move"_s, u"--db"_s, db, u"--id"_s,
                       QString::number(add.json()[u"id"_s].toInteger()), u"--stage"_s, u"won"_s,
                       u"--date"_s, closed})
                    .code
            == 0);
}

} // namespace

TEST_CASE("evaluate scores a hand-made quarter from a template file, and finalised it stays")
{
    TempDir dir;
    const QString db = dir.file(u"p.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, db, u"--currency"_s, u"CNY"_s}).code == 0);
    // Ann: ¥150,000 won in 30 days against a ¥100,000 quota; Bob: ¥60,000 in 60 days, the same.
    won(db, u"Ann"_s, u"150000"_s, u"2026-07-01"_s, u"2026-07-31"_s);
    won(db, u"Bob"_s, u"60000"_s, u"2026-07-01"_s, u"2026-08-30"_s);
    for (const QString &rep : {u"Ann"_s, u"Bob"_s}) {
        REQUIRE(salesdesk({u"targets"_s, u"add"_s, u"--db"_s, db, u"--name"_s, rep + u" Q3"_s,
                           u"--metric"_s, u"revenue"_s, u"--scope"_s, u"rep:"_s + rep,
                           u"--period"_s, u"2026Q3"_s, u"--value"_s, u"100000"_s})
                        .code
                == 0);
    }
    const auto rate = [&](const QString &rep, const QString &criterion, const QString &rating) {
        return salesdesk({u"evaluate"_s, u"rate"_s, u"--db"_s, db, u"--period"_s, u"2026Q3"_s,
                          u"--rep"_s, rep, u"--criterion"_s, criterion, u"--rating"_s, rating})
                .code;
    };
    REQUIRE(rate(u"Ann"_s, u"Teamwork"_s, u"4"_s) == 0);
    REQUIRE(rate(u"Ann"_s, u"Learning"_s, u"5"_s) == 0);
    REQUIRE(rate(u"Bob"_s, u"Teamwork"_s, u"3"_s) == 0);
    REQUIRE(rate(u"Bob"_s, u"Learning"_s, u"3"_s) == 0);
    CHECK(rate(u"Bob"_s, u"Learning"_s, u"6"_s) == 1);
    const QString file = dir.file(u"quarter.json"_s);
    write(file, Template);
    const QStringList evaluate {u"evaluate"_s,   u"--db"_s,       db,   u"--period"_s,
                                u"2026Q3"_s,     u"--template"_s, file, u"--as-of"_s,
                                u"2026-10-15"_s, u"--json"_s};

    const Run r = salesdesk(evaluate);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.json()[u"template"_s].toString() == u"Quarter"_s);
    const QJsonArray reps = r.json()[u"reps"_s].toArray();
    REQUIRE(reps.size() == 2);
    // Ann: revenue 150 % → 120, cycle 30 ÷ 30 → 100: 0.6 × 120 + 0.4 × 100 = 112; ratings
    // (80 + 100) ÷ 2 = 90; 0.8 × 112 + 0.2 × 90 = 107.6: A, first.
    const QJsonObject ann = reps[0].toObject();
    CHECK(ann[u"rep"_s].toString() == u"Ann"_s);
    CHECK(ann[u"quantitative"_s].toDouble() == Approx(112));
    CHECK(ann[u"qualitative"_s].toDouble() == Approx(90));
    CHECK(ann[u"score"_s].toDouble() == Approx(107.6));
    CHECK(ann[u"grade"_s].toString() == u"A"_s);
    CHECK(ann[u"rank"_s].toInt() == 1);
    CHECK_FALSE(ann[u"finalized"_s].toBool());
    const QJsonArray kpis = ann[u"kpis"_s].toArray();
    REQUIRE(kpis.size() == 2);
    CHECK(kpis[0][u"kpi"_s].toString() == u"revenue"_s);
    CHECK(kpis[0][u"actual"_s].toDouble() == 150000);
    CHECK(kpis[0][u"target"_s].toDouble() == 100000);
    CHECK(kpis[0][u"score"_s].toDouble() == 120);
    CHECK(kpis[0][u"weight"_s].toDouble() == 0.6);
    CHECK(kpis[1][u"actual"_s].toDouble() == 30);
    CHECK(ann[u"criteria"_s][1][u"criterion"_s].toString() == u"Learning"_s);
    CHECK(ann[u"criteria"_s][1][u"rating"_s].toInt() == 5);
    // Bob: revenue 60, cycle 30 ÷ 60 → 50: 36 + 20 = 56; ratings 60; 44.8 + 12 = 56.8: D.
    const QJsonObject bob = reps[1].toObject();
    CHECK(bob[u"score"_s].toDouble() == Approx(56.8));
    CHECK(bob[u"grade"_s].toString() == u"D"_s);
    CHECK(bob[u"rank"_s].toInt() == 2);
    // Nobody was scored in the quarter before: no change.
    CHECK(bob[u"change"_s].isNull());
    CHECK(bob[u"previous_rank"_s].isNull());
    // No teams: the company alone, against no company target (revenue left out), the cycle
    // (30 + 60) ÷ 2 = 45 days against 30: 66.7, C.
    const QJsonArray teams = r.json()[u"teams"_s].toArray();
    REQUIRE(teams.size() == 1);
    CHECK(teams[0][u"scope"_s].toString() == u"company"_s);
    CHECK(teams[0][u"kpis"_s][0][u"target"_s].isNull());
    CHECK(teams[0][u"score"_s].toDouble() == Approx(3000.0 / 45));
    CHECK(teams[0][u"grade"_s].toString() == u"C"_s);

    // A template whose KPI weights add up to 90 % is refused.
    QByteArray bad = Template;
    bad.replace("\"weight\": 0.4", "\"weight\": 0.3");
    write(file, bad);
    const Run refused = salesdesk(evaluate);
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(u"90%"_s));
    write(file, Template);

    // Bob's evaluation finalised; a late win for him in September changes the book, not it.
    QStringList finalize = evaluate;
    finalize << u"--rep"_s << u"Bob"_s << u"--finalize"_s;
    REQUIRE(salesdesk(finalize).code == 0);
    CHECK(salesdesk(finalize).code == 1); // final already
    won(db, u"Bob"_s, u"40000"_s, u"2026-09-01"_s, u"2026-09-10"_s);
    CHECK(rate(u"Bob"_s, u"Teamwork"_s, u"5"_s) == 1);
    const Run after = salesdesk(evaluate);
    REQUIRE(after.code == 0);
    const QJsonObject kept = after.json()[u"reps"_s][1].toObject();
    CHECK(kept[u"finalized"_s].toBool());
    CHECK(kept[u"score"_s].toDouble() == Approx(56.8));
    CHECK(kept[u"kpis"_s][0][u"actual"_s].toDouble() == 60000);
    CHECK(kept[u"changed"_s].toBool());
    CHECK(kept[u"now"_s][u"kpis"_s][0][u"actual"_s].toDouble() == 100000);

    // Reopened with a reason, it is a draft with the book's figures again.
    CHECK(salesdesk({u"evaluate"_s, u"reopen"_s, u"--db"_s, db, u"--period"_s, u"2026Q3"_s,
                     u"--rep"_s, u"Bob"_s})
                  .code
          == 1);
    REQUIRE(salesdesk({u"evaluate"_s, u"reopen"_s, u"--db"_s, db, u"--period"_s, u"2026Q3"_s,
                       u"--rep"_s, u"Bob"_s, u"--reason"_s, u"A late deal"_s})
                    .code
            == 0);
    const Run reopened = salesdesk(evaluate);
    CHECK_FALSE(reopened.json()[u"reps"_s][1][u"finalized"_s].toBool());
    CHECK(reopened.json()[u"reps"_s][1][u"kpis"_s][0][u"actual"_s].toDouble() == 100000);

    // The template saved in the book, then named.
    REQUIRE(salesdesk({u"evaluate"_s, u"templates"_s, u"--db"_s, db, u"--add"_s, file}).code == 0);
    QStringList byName = evaluate;
    byName[byName.indexOf(file)] = u"quarter"_s;
    const Run named = salesdesk(byName);
    REQUIRE(named.code == 0);
    CHECK(named.json()[u"template"_s].toString() == u"Quarter"_s);
    CHECK(salesdesk({u"evaluate"_s, u"--db"_s, db, u"--period"_s, u"2026-W27"_s}).code == 1);
}

TEST_CASE("measures add, list and status")
{
    TempDir dir;
    const QString db = dir.file(u"m.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, db, u"--currency"_s, u"CNY"_s}).code == 0);
    won(db, u"Bob"_s, u"1000"_s, u"2026-07-01"_s, u"2026-07-05"_s);
    const Run add = salesdesk({u"measures"_s, u"add"_s, u"--db"_s, db, u"--title"_s,
                               u"Coaching on discovery calls"_s, u"--kpi"_s, u"win_rate"_s,
                               u"--kind"_s, u"coaching"_s, u"--rep"_s, u"Bob"_s, u"--start"_s,
                               u"2026-10-01"_s, u"--due"_s, u"2026-10-20"_s, u"--json"_s});
    INFO(add.err.toStdString());
    REQUIRE(add.code == 0);
    const QString id = QString::number(add.json()[u"id"_s].toInteger());
    CHECK(salesdesk({u"measures"_s, u"add"_s, u"--db"_s, db, u"--title"_s, u"X"_s, u"--kpi"_s,
                     u"win_rate"_s, u"--kind"_s, u"magic"_s, u"--start"_s, u"2026-10-01"_s,
                     u"--due"_s, u"2026-10-20"_s})
                  .code
          == 1);
    CHECK(salesdesk({u"measures"_s, u"add"_s, u"--db"_s, db, u"--title"_s, u"X"_s, u"--kpi"_s,
                     u"win_rate"_s, u"--kind"_s, u"process"_s, u"--start"_s, u"2026-10-01"_s,
                     u"--due"_s, u"2026-09-20"_s})
                  .code
          == 1);

    const QStringList list {u"measures"_s, u"--db"_s,       db,
                            u"--as-of"_s,  u"2026-10-25"_s, u"--json"_s};
    const Run r = salesdesk(list);
    REQUIRE(r.code == 0);
    const QJsonArray measures = r.json()[u"measures"_s].toArray();
    REQUIRE(measures.size() == 1);
    CHECK(measures[0][u"rep"_s].toString() == u"Bob"_s);
    CHECK(measures[0][u"scope"_s].toString() == u"rep"_s);
    CHECK(measures[0][u"kpi"_s].toString() == u"win_rate"_s);
    CHECK(measures[0][u"status"_s].toString() == u"planned"_s);
    CHECK(measures[0][u"overdue"_s].toBool());
    REQUIRE(salesdesk({u"measures"_s, u"status"_s, u"--db"_s, db, u"--id"_s, id, u"--set"_s,
                       u"done"_s})
                    .code
            == 0);
    const QJsonObject done = salesdesk(list).json()[u"measures"_s][0].toObject();
    CHECK(done[u"status"_s].toString() == u"done"_s);
    CHECK_FALSE(done[u"overdue"_s].toBool());
    CHECK(salesdesk({u"measures"_s, u"status"_s, u"--db"_s, db, u"--id"_s, u"99"_s, u"--set"_s,
                     u"done"_s})
                  .code
          == 1);

    // Its effect on Bob's win rate: before (1 Sep – 30 Sep) nothing closed; after (21 Oct –
    // 19 Nov) a win and a loss: 50 %.
    won(db, u"Bob"_s, u"2000"_s, u"2026-10-22"_s, u"2026-10-25"_s);
    const Run lost = salesdesk({u"deals"_s, u"add"_s, u"--db"_s, db, u"--title"_s, u"Lost one"_s,
                                u"--customer"_s, u"Bob Co"_s, u"--owner"_s, u"Bob"_s, u"--value"_s,
                                u"500"_s, u"--created"_s, u"2026-10-22"_s, u"--json"_s});
    REQUIRE(lost.code == 0);
    REQUIRE(salesdesk({u"deals"_s, u"move"_s, u"--db"_s, db, u"--id"_s,
                       QString::number(lost.json()[u"id"_s].toInteger()), u"--stage"_s, u"lost"_s,
                       u"--date"_s, u"2026-10-30"_s})
                    .code
            == 0);
    const Run effect
            = salesdesk({u"measures"_s, u"effect"_s, u"--db"_s, db, u"--id"_s, id, u"--days"_s,
                         u"30"_s, u"--as-of"_s, u"2026-12-01"_s, u"--json"_s});
    INFO(effect.err.toStdString());
    REQUIRE(effect.code == 0);
    CHECK(effect.json()[u"kpi"_s].toString() == u"win_rate"_s);
    CHECK(effect.json()[u"before"_s][u"from"_s].toString() == u"2026-09-01"_s);
    CHECK(effect.json()[u"before"_s][u"value"_s].isNull());
    CHECK(effect.json()[u"after"_s][u"from"_s].toString() == u"2026-10-21"_s);
    CHECK(effect.json()[u"after"_s][u"value"_s].toDouble() == 0.5);
    CHECK(effect.json()[u"after"_s][u"deals"_s].toInt() == 2);
    CHECK(effect.json()[u"after"_s][u"complete"_s].toBool());
    CHECK(effect.json()[u"difference"_s].isNull());
}
