// The book file under hostile conditions, through the command line as a user meets them: a
// folder nobody may write to, a schema changed with another program.

#include "tests/support/clirun.h"
#include "tests/support/tempdir.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

// Runs salesdesk as a user for whom the permission bits count: root ignores them, so as root
// the command runs as "nobody" (setpriv is part of every Debian system).
Run asOrdinaryUser(const QStringList &args, const QString &home)
{
    if (::geteuid() != 0) {
        return salesdesk(args, home);
    }
    return runProgram(u"setpriv"_s,
                      QStringList {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                                   QStringLiteral(SALESDESK_BINARY)}
                              + args,
                      home);
}

void allowEveryone(const QString &path, QFileDevice::Permissions extra = {})
{
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                | QFile::ReadGroup | QFile::ExeGroup
                                                | QFile::ReadOther | QFile::ExeOther | extra));
}

} // namespace

TEST_CASE("A book in a read-only folder is checked, listed, exported and backed up, and a writer "
          "is told it is read-only",
          "[file]")
{
    TempDir dir;
    // Open to the ordinary user: the outputs go to `out`, HOME is `home`.
    allowEveryone(dir.path());
    const QString out = dir.file(u"out"_s);
    const QString home = dir.file(u"home"_s);
    const QString folder = dir.file(u"readonly"_s);
    for (const QString &d : {out, home, folder}) {
        REQUIRE(QDir().mkpath(d));
        allowEveryone(d, QFile::WriteGroup | QFile::WriteOther);
    }
    const QString book = folder + u"/shop.salesdesk"_s;
    REQUIRE(salesdesk({u"new"_s, book, u"--currency"_s, u"CNY"_s}).code == 0);
    REQUIRE(salesdesk({u"deals"_s, u"add"_s, u"--db"_s, book, u"--title"_s, u"Kiosk"_s,
                       u"--customer"_s, u"Acme"_s, u"--value"_s, u"1200"_s})
                    .code
            == 0);
    REQUIRE(QFile::setPermissions(book, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                                | QFile::ReadOther));
    allowEveryone(folder); // and from now on nobody but root may write in it
    const QByteArray before = fileHash(book);

    const Run check = asOrdinaryUser({u"check"_s, u"--db"_s, book}, home);
    INFO(check.err.toStdString());
    CHECK(check.code == 0);
    CHECK(check.out.contains("ok"));

    const Run list = asOrdinaryUser({u"deals"_s, u"list"_s, u"--db"_s, book, u"--json"_s}, home);
    CHECK(list.code == 0);
    CHECK(list.out.contains("Kiosk"));

    const Run exported = asOrdinaryUser(
            {u"export"_s, u"deals"_s, u"--db"_s, book, u"--out"_s, out + u"/deals.csv"_s}, home);
    INFO(exported.err.toStdString());
    CHECK(exported.code == 0);
    QFile csv(out + u"/deals.csv"_s);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(csv.readAll().contains("Kiosk"));

    const QString copy = out + u"/copy.salesdesk"_s;
    const Run backup = asOrdinaryUser({u"backup"_s, u"--db"_s, book, u"--out"_s, copy}, home);
    INFO(backup.err.toStdString());
    CHECK(backup.code == 0);
    CHECK(salesdesk({u"check"_s, u"--db"_s, copy}).code == 0);

    const Run add = asOrdinaryUser({u"deals"_s, u"add"_s, u"--db"_s, book, u"--title"_s,
                                    u"Second"_s, u"--customer"_s, u"Acme"_s, u"--value"_s, u"10"_s},
                                   home);
    INFO(add.err.toStdString());
    CHECK(add.code == 2);
    CHECK(add.err.contains(u"read-only"_s));
    CHECK(add.err.contains(u"save a copy elsewhere"_s));
    CHECK_FALSE(add.err.contains(u"damaged"_s));

    // Nothing was made beside the book, and the book is as it was.
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden) == QStringList {u"shop.salesdesk"_s});
    CHECK(fileHash(book) == before);
    allowEveryone(folder, QFile::WriteGroup); // so that the folder can be removed
}

TEST_CASE("Every command refuses a book whose deals became a never-ending view, with exit 2",
          "[file]")
{
    TempDir dir;
    const QString book = dir.file(u"tampered.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, book}).code == 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(book);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(u"DROP TABLE deals"_s));
        REQUIRE(q.exec(u"CREATE VIEW deals AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT "
                       "n + 1 FROM r) SELECT n AS id FROM r"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    const QByteArray before = fileHash(book);
    for (const QStringList &command :
         {QStringList {u"check"_s}, QStringList {u"deals"_s, u"list"_s},
          QStringList {u"kpi"_s, u"--period"_s, u"2026Q3"_s},
          QStringList {u"export"_s, u"deals"_s, u"--out"_s, dir.file(u"d.csv"_s)}}) {
        const Run run = salesdesk(command + QStringList {u"--db"_s, book});
        INFO(command.join(u' ').toStdString() << ": " << run.err.toStdString());
        CHECK(run.code == 2);
        CHECK(run.err.contains(u"changed with another program"_s));
    }
    CHECK(fileHash(book) == before);
}

TEST_CASE("backup --auto keeps the day's rotating copy beside the book, backup --list lists them",
          "[file]")
{
    TempDir dir;
    const QString book = dir.file(u"shop.salesdesk"_s);
    REQUIRE(salesdesk({u"new"_s, book, u"--currency"_s, u"CNY"_s}).code == 0);
    REQUIRE(salesdesk({u"deals"_s, u"add"_s, u"--db"_s, book, u"--title"_s, u"Kiosk"_s,
                       u"--customer"_s, u"Acme"_s, u"--value"_s, u"1200"_s})
                    .code
            == 0);
    CHECK(salesdesk({u"backup"_s, u"--db"_s, book}).code == 1);
    CHECK(salesdesk({u"backup"_s, u"--db"_s, book, u"--auto"_s, u"--list"_s}).code == 1);

    for (const char *day : {"2026-11-01", "2026-11-02"}) {
        const Run taken = salesdesk({u"backup"_s, u"--db"_s, book, u"--auto"_s, u"--as-of"_s,
                                     QString::fromLatin1(day), u"--json"_s});
        REQUIRE(taken.code == 0);
        CHECK(taken.json().value(u"path"_s).toString()
              == dir.file(u"shop backups/"_s + QString::fromLatin1(day) + u".salesdesk"_s));
    }
    const Run listed = salesdesk({u"backup"_s, u"--db"_s, book, u"--list"_s, u"--json"_s});
    REQUIRE(listed.code == 0);
    const QJsonArray backups = listed.json().value(u"backups"_s).toArray();
    REQUIRE(backups.size() == 2);
    CHECK(backups[0].toObject().value(u"day"_s).toString() == u"2026-11-02"_s);
    CHECK(backups[0].toObject().value(u"kind"_s).toString() == u"daily"_s);
    CHECK(backups[0].toObject().value(u"deals"_s).toInt() == 1);
    CHECK(backups[0].toObject().value(u"customers"_s).toInt() == 1);
    CHECK(backups[1].toObject().value(u"day"_s).toString() == u"2026-11-01"_s);
    // Each copy is a whole book.
    CHECK(salesdesk({u"check"_s, u"--db"_s, backups[1].toObject().value(u"path"_s).toString()}).code
          == 0);
}
