// Roles enforced by the server: what a rep or a manager sees, through SalesDesk and through SQL.

#include "tests/support/clirun.h"
#include "tests/support/serverdatabase.h"
#include "tests/support/tempdir.h"

#include <QJsonArray>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList titles(const Run &list)
{
    QStringList names;
    for (const QJsonValue &d : list.json().value(u"deals"_s).toArray()) {
        names.append(d.toObject().value(u"title"_s).toString());
    }
    names.sort();
    return names;
}

// Plain SQL as `user`, as psql or any other program would send it.
struct SqlAs
{
    QSqlDatabase db;
    SqlAs(const ServerDatabase &server, const QString &user)
    {
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"as-"_s + user);
        const QUrl url(server.addressAs(user));
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(user);
        db.setDatabaseName(server.name());
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
    }
    ~SqlAs()
    {
        const QString name = db.connectionName();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    QVariant one(const QString &sql)
    {
        QSqlQuery q(db);
        INFO(sql.toStdString() + ": " + q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0);
    }
    bool runs(const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql);
    }
};

} // namespace

TEST_CASE("a rep sees and changes only their own deals, through SalesDesk and through SQL",
          "[server]")
{
    TempDir dir;
    ServerDatabase server;
    const QString book = server.address();
    REQUIRE(salesdesk({u"new"_s, book, u"--currency"_s, u"CNY"_s}, dir.path()).code == 0);
    // Two teams: North (Amy, Ann) led by Nora, South (Bert).
    for (const auto &[title, owner] : {std::pair {u"Amy 1"_s, u"Amy"_s},
                                       {u"Amy 2"_s, u"Amy"_s},
                                       {u"Ann 1"_s, u"Ann"_s},
                                       {u"Bert 1"_s, u"Bert"_s},
                                       {u"Nora 1"_s, u"Nora"_s}}) {
        REQUIRE(salesdesk({u"deals"_s, u"add"_s, u"--db"_s, book, u"--title"_s, title,
                           u"--customer"_s, title + u" Co."_s, u"--value"_s, u"1000"_s,
                           u"--owner"_s, owner, u"--created"_s, u"2026-06-01"_s},
                          dir.path())
                        .code
                == 0);
    }
    server.run(u"INSERT INTO teams (name) VALUES ('North'), ('South')"_s, true);
    server.run(u"UPDATE reps SET team_id = (SELECT t.id FROM teams t WHERE t.name = CASE WHEN "
               "reps.name = 'Bert' THEN 'South' ELSE 'North' END)"_s,
               true);
    server.run(u"UPDATE teams SET lead_id = (SELECT id FROM reps WHERE name = 'Nora') WHERE "
               "name = 'North'"_s,
               true);
    REQUIRE(salesdesk({u"targets"_s, u"add"_s, u"--db"_s, book, u"--metric"_s, u"revenue"_s,
                       u"--period"_s, u"2026"_s, u"--value"_s, u"50000"_s, u"--scope"_s,
                       u"rep:Amy"_s},
                      dir.path())
                    .code
            == 0);
    REQUIRE(salesdesk({u"targets"_s, u"add"_s, u"--db"_s, book, u"--metric"_s, u"revenue"_s,
                       u"--period"_s, u"2026"_s, u"--value"_s, u"90000"_s},
                      dir.path())
                    .code
            == 0);

    const QString amy = server.name() + u"_amy"_s;
    const QString nora = server.name() + u"_nora"_s;
    server.forgetRoleAfter(amy);
    server.forgetRoleAfter(nora);
    server.forgetRoleAfter(server.name() + u"_rep"_s);
    server.forgetRoleAfter(server.name() + u"_manager"_s);
    const Run added = salesdesk({u"users"_s, u"add"_s, u"--db"_s, book, u"--name"_s, amy,
                                 u"--role"_s, u"rep"_s, u"--rep"_s, u"Amy"_s},
                                dir.path());
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    REQUIRE(salesdesk({u"users"_s, u"add"_s, u"--db"_s, book, u"--name"_s, nora, u"--role"_s,
                       u"manager"_s, u"--rep"_s, u"Nora"_s},
                      dir.path())
                    .code
            == 0);
    CHECK(salesdesk({u"users"_s, u"add"_s, u"--db"_s, book, u"--name"_s, u"x"_s, u"--role"_s,
                     u"rep"_s},
                    dir.path())
                  .code
          == 1); // a rep needs --rep

    // Through SalesDesk.
    const Run asAmy = salesdesk(
            {u"deals"_s, u"list"_s, u"--db"_s, server.addressAs(amy), u"--json"_s}, dir.path());
    INFO(asAmy.err.toStdString());
    REQUIRE(asAmy.code == 0);
    CHECK(titles(asAmy) == QStringList {u"Amy 1"_s, u"Amy 2"_s});
    const Run asNora = salesdesk(
            {u"deals"_s, u"list"_s, u"--db"_s, server.addressAs(nora), u"--json"_s}, dir.path());
    REQUIRE(asNora.code == 0);
    CHECK(titles(asNora) == QStringList {u"Amy 1"_s, u"Amy 2"_s, u"Ann 1"_s, u"Nora 1"_s});
    const Run owner = salesdesk({u"deals"_s, u"list"_s, u"--db"_s, book, u"--json"_s}, dir.path());
    CHECK(titles(owner).size() == 5);
    // Her figures are her own: ¥2,000 of open pipeline, not ¥5,000.
    const Run kpi = salesdesk({u"kpi"_s, u"--db"_s, server.addressAs(amy), u"--period"_s, u"2026"_s,
                               u"--as-of"_s, u"2026-12-01"_s, u"--json"_s},
                              dir.path());
    REQUIRE(kpi.code == 0);
    CHECK(kpi.json().value(u"kpis"_s).toObject().value(u"pipeline_open_minor"_s).toInteger()
          == 200000);
    // A deal of another rep cannot be moved by her.
    const Run move = salesdesk({u"deals"_s, u"move"_s, u"--db"_s, server.addressAs(amy), u"--id"_s,
                                u"4"_s, u"--stage"_s, u"won"_s},
                               dir.path());
    CHECK(move.code == 2);
    // A deal she adds without naming an owner is hers (the server takes no deal of nobody's
    // from her); then one for Bert is refused.
    const Run mine = salesdesk({u"deals"_s, u"add"_s, u"--db"_s, server.addressAs(amy),
                                u"--title"_s, u"Amy 3"_s, u"--customer"_s, u"Amy's customer"_s,
                                u"--value"_s, u"500"_s, u"--created"_s, u"2026-06-02"_s},
                               dir.path());
    INFO(mine.err.toStdString());
    CHECK(mine.code == 0);
    const Run hers = salesdesk(
            {u"deals"_s, u"list"_s, u"--db"_s, server.addressAs(amy), u"--json"_s}, dir.path());
    CHECK(titles(hers) == QStringList {u"Amy 1"_s, u"Amy 2"_s, u"Amy 3"_s});
    CHECK(salesdesk({u"deals"_s, u"add"_s, u"--db"_s, server.addressAs(amy), u"--title"_s,
                     u"For Bert"_s, u"--customer"_s, u"Amy's customer"_s, u"--value"_s, u"500"_s,
                     u"--owner"_s, u"Bert"_s},
                    dir.path())
                  .code
          == 2);
    // The owner's own deals still need no owner.
    CHECK(salesdesk({u"deals"_s, u"add"_s, u"--db"_s, book, u"--title"_s, u"Nobody's"_s,
                     u"--customer"_s, u"Walk-in"_s, u"--value"_s, u"100"_s, u"--created"_s,
                     u"2026-06-02"_s},
                    dir.path())
                  .code
          == 0);

    // Through plain SQL, as psql would.
    SqlAs sql(server, amy);
    CHECK(sql.one(u"SELECT count(*) FROM deals"_s).toInt() == 3);
    CHECK(sql.one(u"SELECT count(*) FROM customers"_s).toInt() == 3);
    CHECK(sql.one(u"SELECT count(*) FROM deal_stage_history"_s).toInt() == 3);
    CHECK(sql.one(u"SELECT count(*) FROM targets"_s).toInt() == 1); // her own, not the company's
    CHECK(sql.one(u"WITH changed AS (UPDATE deals SET title = title || '!' RETURNING id) SELECT "
                  "count(*) FROM changed"_s)
                  .toInt()
          == 3);
    CHECK_FALSE(sql.runs(u"UPDATE targets SET name = 'mine'"_s)); // read only
    CHECK_FALSE(sql.runs(u"INSERT INTO deals (title, customer_id, owner_id, value_minor, "
                         "currency, stage_id, created_at, updated_at, stage_entered_at) SELECT "
                         "'Stolen', 1, id, 1, 'CNY', 1, '2026-01-01', '2026-01-01', "
                         "'2026-01-01' FROM reps WHERE name = 'Bert'"_s));
    CHECK_FALSE(sql.runs(u"UPDATE book_users SET kind = 'owner'"_s));
    CHECK(server.run(u"SELECT count(*) FROM deals WHERE title LIKE 'Bert%' AND title NOT LIKE "
                     "'%!'"_s,
                     true)
                  .next());
}
