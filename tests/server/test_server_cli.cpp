// The command line on a book kept on a PostgreSQL server gives what it gives on a file.

#include "tests/support/clirun.h"
#include "tests/support/serverdatabase.h"
#include "tests/support/tempdir.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Step
{
    QString name;
    QStringList args; // "DB" is replaced by the book's path or address
};

// New book, deals added and moved, a target set and split, deals imported, then every figure
// read: the sequence a company goes through in its first quarter, with the days pinned.
QList<Step> firstQuarter()
{
    QList<Step> steps;
    steps.append({u"new"_s,
                  {u"new"_s, u"DB"_s, u"--currency"_s, u"CNY"_s, u"--name"_s, u"Acme Trading"_s}});
    for (int i = 1; i <= 6; ++i) {
        steps.append({u"add %1"_s.arg(i),
                      {u"deals"_s, u"add"_s, u"--db"_s, u"DB"_s, u"--title"_s, u"Deal %1"_s.arg(i),
                       u"--customer"_s, u"Customer %1"_s.arg(i % 3), u"--value"_s,
                       QString::number(i * 1000 + 500), u"--owner"_s, u"Rep %1"_s.arg(i % 2),
                       u"--created"_s, u"2026-0%1-1%2"_s.arg(i % 3 + 4).arg(i), u"--close"_s,
                       u"2026-09-30"_s, u"--competitor"_s, u"Rival %1"_s.arg(i % 2), u"--json"_s}});
    }
    const auto move = [&](int id, const QString &stage, const QString &date,
                          const QStringList &more = {}) {
        steps.append({u"move %1"_s.arg(id),
                      QStringList {u"deals"_s, u"move"_s, u"--db"_s, u"DB"_s, u"--id"_s,
                                   QString::number(id), u"--stage"_s, stage, u"--date"_s, date}
                              + more});
    };
    move(1, u"won"_s, u"2026-07-10"_s);
    move(2, u"lost"_s, u"2026-08-01"_s, {u"--reason"_s, u"price"_s});
    move(3, u"proposal"_s, u"2026-07-03"_s);
    move(4, u"won"_s, u"2026-08-20"_s);
    steps.append({u"targets add"_s,
                  {u"targets"_s, u"add"_s, u"--db"_s, u"DB"_s, u"--metric"_s, u"revenue"_s,
                   u"--period"_s, u"2026"_s, u"--value"_s, u"600000"_s, u"--json"_s}});
    steps.append({u"targets split"_s,
                  {u"targets"_s, u"split"_s, u"--db"_s, u"DB"_s, u"--id"_s, u"1"_s, u"--into"_s,
                   u"quarters"_s, u"--as-of"_s, u"2026-09-15"_s, u"--json"_s}});
    steps.append({u"targets progress"_s,
                  {u"targets"_s, u"progress"_s, u"--db"_s, u"DB"_s, u"--period"_s, u"2026Q3"_s,
                   u"--as-of"_s, u"2026-09-15"_s, u"--json"_s}});
    steps.append({u"import"_s,
                  {u"import"_s, u"deals"_s,
                   QStringLiteral(SALESDESK_TEST_DATA) + u"/import_hubspot_deals.csv"_s, u"--db"_s,
                   u"DB"_s, u"--json"_s}});
    steps.append({u"deals list"_s, {u"deals"_s, u"list"_s, u"--db"_s, u"DB"_s, u"--json"_s}});
    steps.append({u"kpi"_s,
                  {u"kpi"_s, u"--db"_s, u"DB"_s, u"--period"_s, u"2026Q3"_s, u"--compare"_s,
                   u"previous"_s, u"--as-of"_s, u"2026-10-01"_s, u"--json"_s}});
    steps.append({u"funnel"_s,
                  {u"funnel"_s, u"--db"_s, u"DB"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
                   u"2026-12-31"_s, u"--json"_s}});
    steps.append({u"segments"_s,
                  {u"segments"_s, u"--db"_s, u"DB"_s, u"--as-of"_s, u"2026-10-01"_s, u"--json"_s}});
    return steps;
}

QList<Run> runAll(const QList<Step> &steps, const QString &db, const QString &home)
{
    QList<Run> runs;
    for (const Step &step : steps) {
        QStringList args = step.args;
        args.replaceInStrings(QRegularExpression(u"^DB$"_s), db);
        runs.append(salesdesk(args, home));
        INFO(step.name.toStdString() + " on " + db.toStdString() + ": "
             + runs.last().err.toStdString());
        REQUIRE(runs.last().code == 0);
    }
    return runs;
}

QString reportText(const QString &db, const QString &pdf, const QString &home)
{
    const Run report
            = salesdesk({u"report"_s, u"--db"_s, db, u"--period"_s, u"2026Q3"_s, u"--as-of"_s,
                         u"2026-10-01"_s, u"--language"_s, u"en"_s, u"--out"_s, pdf},
                        home);
    INFO(report.err.toStdString());
    REQUIRE(report.code == 0);
    const Run text = runProgram(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(text.code == 0);
    return QString::fromUtf8(text.out);
}

} // namespace

TEST_CASE("the same commands on a file and on a server give the same figures", "[server]")
{
    TempDir dir;
    ServerDatabase server;
    const QList<Step> steps = firstQuarter();
    const QList<Run> onFile = runAll(steps, dir.file(u"book.salesdesk"_s), dir.path());
    const QList<Run> onServer = runAll(steps, server.address(), dir.path());
    for (qsizetype i = 1; i < steps.size(); ++i) { // "new" prints where it made the book
        INFO(steps[i].name.toStdString());
        CHECK(QString::fromUtf8(onServer[i].out) == QString::fromUtf8(onFile[i].out));
    }

    // Figures worked out by hand: in 2026Q3 deals 1 (¥1,500) and 4 (¥4,500) were won, deal 2
    // lost; the year's ¥600,000 split evenly gives the quarter ¥150,000.
    const auto answer = [&](const QString &name) {
        const auto at = std::find_if(steps.cbegin(), steps.cend(),
                                     [&](const Step &s) { return s.name == name; });
        REQUIRE(at != steps.cend());
        return onServer[at - steps.cbegin()].json();
    };
    const QJsonObject quarter
            = answer(u"targets progress"_s).value(u"targets"_s).toArray().first().toObject();
    CHECK(quarter.value(u"actual"_s).toInteger() == 600000);
    CHECK(quarter.value(u"target"_s).toInteger() == 15000000);
    CHECK(answer(u"import"_s).value(u"imported"_s).toInt() == 3);
    const QJsonObject kpis = answer(u"kpi"_s).value(u"kpis"_s).toObject();
    CHECK(kpis.value(u"lost_deals"_s).toInt() == 1);
    CHECK(kpis.value(u"won_deals"_s).toInt() == 3); // 1 and 4, and one of the imported

    // The quarterly report reads the same figures: its text is the same, line for line.
    CHECK(reportText(server.address(), dir.file(u"server.pdf"_s), dir.path())
          == reportText(dir.file(u"book.salesdesk"_s), dir.file(u"file.pdf"_s), dir.path()));
}

TEST_CASE("a server book is made only in an empty database, and opened only when it is one",
          "[server]")
{
    TempDir dir;
    ServerDatabase server;
    const Run notYet = salesdesk(
            {u"kpi"_s, u"--db"_s, server.address(), u"--period"_s, u"2026Q3"_s}, dir.path());
    CHECK(notYet.code == 2);
    CHECK(notYet.err.contains(u"holds no SalesDesk book"_s));

    server.run(u"CREATE TABLE something_else (x int)"_s, true);
    const Run refused = salesdesk({u"new"_s, server.address()}, dir.path());
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(u"already holds tables"_s));

    server.run(u"DROP TABLE something_else"_s, true);
    REQUIRE(salesdesk({u"new"_s, server.address(), u"--currency"_s, u"EUR"_s}, dir.path()).code
            == 0);
    CHECK(server.run(u"SELECT version FROM schema_version"_s, true).next());
    const Run again = salesdesk({u"new"_s, server.address()}, dir.path());
    CHECK(again.code == 1);
    // Rotating copies are files beside a file; a server's book is copied out with --out.
    for (const QString &way : {u"--auto"_s, u"--list"_s}) {
        const Run shelf = salesdesk({u"backup"_s, u"--db"_s, server.address(), way}, dir.path());
        CHECK(shelf.code == 1);
        CHECK(shelf.err.contains(u"backup --out FILE"_s));
    }

    const Run wrongPort
            = salesdesk({u"kpi"_s, u"--db"_s, u"postgresql://salesdesk@127.0.0.1:1/nowhere"_s,
                         u"--period"_s, u"2026Q3"_s},
                        dir.path());
    CHECK(wrongPort.code == 2);
    CHECK(wrongPort.err.contains(u"Cannot connect to"_s));
}

TEST_CASE("a book copied up to a server and backed up to a file keeps every figure", "[server]")
{
    TempDir dir;
    ServerDatabase server;
    const QString original = dir.file(u"demo.salesdesk"_s);
    REQUIRE(salesdesk({u"demo"_s, u"--out"_s, original, u"--deals"_s, u"600"_s, u"--as-of"_s,
                       u"2026-11-15"_s},
                      dir.path())
                    .code
            == 0);

    const Run copied = salesdesk(
            {u"copy"_s, u"--db"_s, original, u"--to"_s, server.address(), u"--json"_s}, dir.path());
    INFO(copied.err.toStdString());
    REQUIRE(copied.code == 0);
    CHECK(copied.json().value(u"rows"_s).toInteger() > 600);
    // Rows keep their ids, and new ones go on from the largest.

    const Run added = salesdesk({u"deals"_s, u"add"_s, u"--db"_s, server.address(), u"--title"_s,
                                 u"After the move"_s, u"--customer"_s, u"New Co."_s, u"--value"_s,
                                 u"100"_s, u"--json"_s},
                                dir.path());
    REQUIRE(added.code == 0);
    CHECK(added.json().value(u"id"_s).toInteger() == 601);

    // A second copy onto the book there only when asked to.
    const Run again
            = salesdesk({u"copy"_s, u"--db"_s, original, u"--to"_s, server.address()}, dir.path());
    CHECK(again.code == 1);
    CHECK(again.err.contains(u"--replace"_s));
    REQUIRE(salesdesk({u"copy"_s, u"--db"_s, original, u"--to"_s, server.address(), u"--replace"_s},
                      dir.path())
                    .code
            == 0);
    QSqlQuery deals = server.run(u"SELECT count(*), max(id) FROM deals"_s, true);
    REQUIRE(deals.next());
    CHECK(deals.value(0).toInt() == 600); // the deal added since is gone with the old book
    CHECK(deals.value(1).toInt() == 600);

    const QString backup = dir.file(u"back.salesdesk"_s);
    const Run backedUp
            = salesdesk({u"backup"_s, u"--db"_s, server.address(), u"--out"_s, backup}, dir.path());
    INFO(backedUp.err.toStdString());
    REQUIRE(backedUp.code == 0);
    const Run checked = salesdesk({u"check"_s, u"--db"_s, backup}, dir.path());
    INFO(checked.err.toStdString());
    CHECK(checked.code == 0);

    const QList<QStringList> figures {
            {u"kpi"_s, u"--period"_s, u"2026Q3"_s, u"--as-of"_s, u"2026-10-01"_s, u"--json"_s},
            {u"targets"_s, u"progress"_s, u"--period"_s, u"2026Q3"_s, u"--as-of"_s, u"2026-10-01"_s,
             u"--json"_s},
            {u"segments"_s, u"--as-of"_s, u"2026-10-01"_s, u"--json"_s},
            {u"deals"_s, u"list"_s, u"--json"_s},
            // and every other module's figures
            {u"funnel"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-11-15"_s, u"--json"_s},
            {u"followups"_s, u"--as-of"_s, u"2026-11-15"_s, u"--json"_s},
            {u"customers"_s, u"list"_s, u"--json"_s},
            {u"competitors"_s, u"--json"_s},
            {u"forecast"_s, u"--as-of"_s, u"2026-11-15"_s, u"--json"_s},
            {u"forecast"_s, u"pipeline"_s, u"--as-of"_s, u"2026-11-15"_s, u"--json"_s},
            {u"evaluate"_s, u"--period"_s, u"2026Q3"_s, u"--json"_s},
            {u"measures"_s, u"list"_s, u"--json"_s},
            {u"training"_s, u"list"_s, u"--json"_s},
            {u"commission"_s, u"--period"_s, u"2026-10"_s, u"--json"_s},
            {u"settings"_s, u"--json"_s}};
    for (const QStringList &command : figures) {
        INFO(command.join(u' ').toStdString());
        const Run fromFile = salesdesk(command + QStringList {u"--db"_s, original}, dir.path());
        const Run fromServer
                = salesdesk(command + QStringList {u"--db"_s, server.address()}, dir.path());
        const Run fromBackup = salesdesk(command + QStringList {u"--db"_s, backup}, dir.path());
        REQUIRE(fromFile.code == 0);
        CHECK(fromFile.out.size() > 100);
        CHECK(fromServer.out == fromFile.out);
        CHECK(fromBackup.out == fromFile.out);
    }
    // The export reads every module's rows with a query of its own.
    for (const QString &table : {u"deals"_s, u"customers"_s, u"contacts"_s, u"activities"_s}) {
        INFO(table.toStdString());
        const QString fromFile = dir.file(table + u"-file.csv"_s);
        const QString fromServer = dir.file(table + u"-server.csv"_s);
        REQUIRE(salesdesk({u"export"_s, table, u"--out"_s, fromFile, u"--db"_s, original},
                          dir.path())
                        .code
                == 0);
        const Run exported = salesdesk(
                {u"export"_s, table, u"--out"_s, fromServer, u"--db"_s, server.address()},
                dir.path());
        INFO(exported.err.toStdString());
        REQUIRE(exported.code == 0);
        CHECK(fileHash(fromServer) == fileHash(fromFile));
    }
}
