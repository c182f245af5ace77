// The team module's commands, run as a script would: the hand-made first quarter of the
// commission tests (tests/core/test_team.cpp) through the binary, JSON checked figure by figure.
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/tempdir.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

QString addWon(const QString &db, const QString &title, const QString &value, const QString &on)
{
    const Run add = salesdesk({u"deals"_s, u"add"_s, u"--db"_s, db, u"--title"_s, title,
                               u"--customer"_s, u"Acme"_s, u"--value"_s, value, u"--owner"_s,
                               u"Ann"_s, u"--created"_s, u"2026-01-02"_s, u"--json"_s});
    REQUIRE(add.code == 0);
    const QString id = QString::number(add.json().value(u"id"_s).toInt());
    REQUIRE(salesdesk({u"deals"_s, u"move"_s, u"--db"_s, db, u"--id"_s, id, u"--stage"_s, u"won"_s,
                       u"--date"_s, on})
                    .code
            == 0);
    return id;
}

QList<qint64> lineCommissions(const QJsonObject &rep)
{
    QList<qint64> out;
    for (const auto &l : rep.value(u"lines"_s).toArray()) {
        out.append(l.toObject().value(u"commission_minor"_s).toInteger());
    }
    return out;
}

} // namespace

TEST_CASE("commission previews, settles and claws back a reversed deal in the next quarter")
{
    TempDir dir;
    const QString db = dir.file(u"book.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, db, u"--currency"_s, u"CNY"_s}).code == 0);
    addWon(db, u"A"_s, u"60000"_s, u"2026-01-20"_s);
    addWon(db, u"B"_s, u"50000"_s, u"2026-02-10"_s);
    const QString c = addWon(db, u"C"_s, u"40000"_s, u"2026-03-01"_s);

    const Run refused = salesdesk({u"commission"_s, u"plans"_s, u"add"_s, u"--db"_s, db,
                                   u"--name"_s, u"Gap"_s, u"--tiers"_s, u"10%:5%,100%:8%"_s});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(u"0 %"_s));

    const Run plan = salesdesk({u"commission"_s, u"plans"_s, u"add"_s, u"--db"_s, db, u"--name"_s,
                                u"Standard"_s, u"--tiers"_s, u"0:5%,100%:8%,120%:10%"_s,
                                u"--mode"_s, u"marginal"_s, u"--quota"_s, u"100000"_s, u"--reps"_s,
                                u"Ann"_s, u"--json"_s});
    REQUIRE(plan.code == 0);
    CHECK(plan.json().value(u"id"_s).toInt() > 0);

    const Run preview = salesdesk({u"commission"_s, u"--db"_s, db, u"--period"_s, u"2026Q1"_s,
                                   u"--as-of"_s, u"2026-03-31"_s, u"--json"_s});
    REQUIRE(preview.code == 0);
    const QJsonObject out = preview.json();
    CHECK(out.value(u"period"_s).toString() == u"2026Q1"_s);
    CHECK(out.value(u"currency"_s).toString() == u"CNY"_s);
    const QJsonObject ann = out.value(u"reps"_s).toArray().first().toObject();
    CHECK(ann.value(u"rep"_s).toString() == u"Ann"_s);
    CHECK(ann.value(u"plan"_s).toString() == u"Standard"_s);
    CHECK(ann.value(u"quota_minor"_s).toInteger() == 10000000);
    CHECK(ann.value(u"credited_minor"_s).toInteger() == 15000000);
    CHECK(ann.value(u"attainment"_s).toDouble() == Approx(1.5));
    CHECK(ann.value(u"commission_minor"_s).toInteger() == 960000);
    CHECK(ann.value(u"payout_minor"_s).toInteger() == 960000);
    CHECK_FALSE(ann.value(u"settled"_s).toBool());
    CHECK(lineCommissions(ann) == QList<qint64> {300000, 280000, 380000});
    const QJsonObject second = ann.value(u"lines"_s).toArray().at(1).toObject();
    CHECK(second.value(u"tier"_s).toInt() == 2);
    CHECK(second.value(u"rate"_s).toDouble() == Approx(0.08));
    CHECK(second.value(u"title"_s).toString() == u"B"_s);

    // Settling waits for the quarter's end; then it is stored.
    CHECK(salesdesk({u"commission"_s, u"--db"_s, db, u"--period"_s, u"2026Q1"_s, u"--settle"_s,
                     u"--as-of"_s, u"2026-03-30"_s})
                  .code
          == 1);
    const Run settled = salesdesk({u"commission"_s, u"--db"_s, db, u"--period"_s, u"2026Q1"_s,
                                   u"--settle"_s, u"--as-of"_s, u"2026-04-01"_s, u"--json"_s});
    REQUIRE(settled.code == 0);
    CHECK(settled.json()
                  .value(u"reps"_s)
                  .toArray()
                  .first()
                  .toObject()
                  .value(u"settled"_s)
                  .toBool());

    REQUIRE(salesdesk({u"deals"_s, u"reverse"_s, u"--db"_s, db, u"--id"_s, c, u"--date"_s,
                       u"2026-04-15"_s, u"--reason"_s, u"Refunded"_s})
                    .code
            == 0);
    const Run q2 = salesdesk({u"commission"_s, u"--db"_s, db, u"--period"_s, u"2026Q2"_s,
                              u"--as-of"_s, u"2026-06-30"_s, u"--json"_s});
    REQUIRE(q2.code == 0);
    const QJsonObject annQ2 = q2.json().value(u"reps"_s).toArray().first().toObject();
    CHECK(annQ2.value(u"clawback_minor"_s).toInteger() == 380000);
    CHECK(annQ2.value(u"payout_minor"_s).toInteger() == -380000);
    const QJsonObject claw = annQ2.value(u"lines"_s).toArray().first().toObject();
    CHECK(claw.value(u"kind"_s).toString() == u"clawback"_s);
    CHECK(claw.value(u"deal_id"_s).toInt() == c.toInt());

    const Run q1 = salesdesk({u"commission"_s, u"--db"_s, db, u"--period"_s, u"2026Q1"_s,
                              u"--rep"_s, u"Ann"_s, u"--json"_s});
    REQUIRE(q1.code == 0);
    const QJsonObject annQ1 = q1.json().value(u"reps"_s).toArray().first().toObject();
    CHECK(lineCommissions(annQ1) == QList<qint64> {300000, 280000, 380000});
    CHECK(annQ1.value(u"payout_minor"_s).toInteger() == 960000);
    CHECK(salesdesk({u"check"_s, u"--db"_s, db}).code == 0);
}

TEST_CASE("deals split refuses shares that do not add up to 100 percent")
{
    TempDir dir;
    const QString db = dir.file(u"book.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, db}).code == 0);
    const QString id = addWon(db, u"A"_s, u"1000"_s, u"2026-01-20"_s);
    REQUIRE(salesdesk({u"deals"_s, u"add"_s, u"--db"_s, db, u"--title"_s, u"x"_s, u"--customer"_s,
                       u"Acme"_s, u"--value"_s, u"1"_s, u"--owner"_s, u"Bob"_s})
                    .code
            == 0);
    const Run bad = salesdesk({u"deals"_s, u"split"_s, u"--db"_s, db, u"--id"_s, id, u"--rep"_s,
                               u"Ann=60%"_s, u"--rep"_s, u"Bob=30%"_s});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(u"100 %"_s));
    CHECK(salesdesk({u"deals"_s, u"split"_s, u"--db"_s, db, u"--id"_s, id, u"--rep"_s, u"Ann=60%"_s,
                     u"--rep"_s, u"Bob=40%"_s})
                  .code
          == 0);
}

TEST_CASE("training add, enroll and effect give the before and after figures")
{
    TempDir dir;
    const QString db = dir.file(u"book.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, db, u"--currency"_s, u"CNY"_s}).code == 0);
    // Ann: won ¥10,000 on 10 Mar (before) and ¥30,000 on 10 Apr (after); Bob won ¥5,000 on
    // 12 Mar and nothing after.
    addWon(db, u"A"_s, u"10000"_s, u"2026-03-10"_s);
    addWon(db, u"B"_s, u"30000"_s, u"2026-04-10"_s);
    const Run bob = salesdesk({u"deals"_s, u"add"_s, u"--db"_s, db, u"--title"_s, u"C"_s,
                               u"--customer"_s, u"Beta"_s, u"--value"_s, u"5000"_s, u"--owner"_s,
                               u"Bob"_s, u"--created"_s, u"2026-03-01"_s, u"--json"_s});
    REQUIRE(salesdesk({u"deals"_s, u"move"_s, u"--db"_s, db, u"--id"_s,
                       QString::number(bob.json().value(u"id"_s).toInt()), u"--stage"_s, u"won"_s,
                       u"--date"_s, u"2026-03-12"_s})
                    .code
            == 0);
    const Run add = salesdesk({u"training"_s, u"add"_s, u"--db"_s, db, u"--topic"_s, u"skills"_s,
                               u"--start"_s, u"2026-04-01"_s, u"--end"_s, u"2026-04-02"_s,
                               u"--hours"_s, u"12"_s, u"--cost"_s, u"3000"_s, u"--trainer"_s,
                               u"Ms Zhao"_s, u"--json"_s});
    REQUIRE(add.code == 0);
    const QString id = QString::number(add.json().value(u"id"_s).toInt());
    REQUIRE(salesdesk({u"training"_s, u"enroll"_s, u"--db"_s, db, u"--id"_s, id, u"--rep"_s,
                       u"Ann"_s, u"--score"_s, u"85"_s})
                    .code
            == 0);
    CHECK(salesdesk({u"training"_s, u"enroll"_s, u"--db"_s, db, u"--id"_s, id, u"--rep"_s,
                     u"Nobody"_s})
                  .code
          == 1);
    const Run effect
            = salesdesk({u"training"_s, u"effect"_s, u"--db"_s, db, u"--id"_s, id, u"--days"_s,
                         u"30"_s, u"--as-of"_s, u"2026-06-01"_s, u"--json"_s});
    REQUIRE(effect.code == 0);
    const QJsonObject e = effect.json();
    // Before: 2 Mar – 31 Mar; after: 3 Apr – 2 May.
    CHECK(e.value(u"before"_s).toObject().value(u"from"_s).toString() == u"2026-03-02"_s);
    CHECK(e.value(u"after"_s).toObject().value(u"from"_s).toString() == u"2026-04-03"_s);
    const QJsonObject ann = e.value(u"participants"_s).toArray().first().toObject();
    CHECK(ann.value(u"rep"_s).toString() == u"Ann"_s);
    CHECK(ann.value(u"before"_s).toObject().value(u"won"_s).toInt() == 1);
    CHECK(ann.value(u"before"_s).toObject().value(u"revenue_minor"_s).toInteger() == 1000000);
    CHECK(ann.value(u"after"_s).toObject().value(u"revenue_minor"_s).toInteger() == 3000000);
    CHECK(ann.value(u"after"_s).toObject().value(u"win_rate"_s).toDouble() == Approx(1.0));
    CHECK(ann.value(u"after"_s).toObject().value(u"too_few"_s).toBool());
    const QJsonObject others = e.value(u"others"_s).toObject();
    CHECK(others.value(u"reps"_s).toArray().size() == 1);
    CHECK(others.value(u"before"_s).toObject().value(u"revenue_minor"_s).toInteger() == 500000);
    CHECK(others.value(u"after"_s).toObject().value(u"won"_s).toInt() == 0);
    CHECK(e.value(u"win_rate_difference"_s).isNull()); // too few deals to tell
}

TEST_CASE("team reassign hands a rep's open deals over")
{
    TempDir dir;
    const QString db = dir.file(u"book.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, db}).code == 0);
    for (const QString &t : {u"x"_s, u"y"_s}) {
        REQUIRE(salesdesk({u"deals"_s, u"add"_s, u"--db"_s, db, u"--title"_s, t, u"--customer"_s,
                           u"Acme"_s, u"--value"_s, u"1"_s, u"--owner"_s, u"Ann"_s})
                        .code
                == 0);
    }
    REQUIRE(salesdesk({u"deals"_s, u"add"_s, u"--db"_s, db, u"--title"_s, u"z"_s, u"--customer"_s,
                       u"Acme"_s, u"--value"_s, u"1"_s, u"--owner"_s, u"Bob"_s})
                    .code
            == 0);
    const Run run = salesdesk({u"team"_s, u"reassign"_s, u"--db"_s, db, u"--from"_s, u"Ann"_s,
                               u"--to"_s, u"Bob"_s, u"--json"_s});
    REQUIRE(run.code == 0);
    CHECK(run.json().value(u"deals"_s).toInt() == 2);
    const Run again = salesdesk(
            {u"team"_s, u"reassign"_s, u"--db"_s, db, u"--from"_s, u"Ann"_s, u"--to"_s, u"Bob"_s});
    CHECK(again.code == 1); // nothing left to hand over
}
