#include "core/exchange/csvtable.h"
#include "core/pipeline/pipelineservice.h"
#include "core/storage/booklock.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "tests/support/testbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtEndian>

#include <atomic>
#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace salesdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Runs SQL on a file without SalesDesk, to make foreign or tampered files.
void rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const auto &s : statements) {
            REQUIRE(q.exec(s));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

void requireRefusedUnchanged(const QString &path, const QString &messagePart)
{
    const QByteArray before = fileHash(path);
    const QStringList siblings = filesIn(QFileInfo(path).absolutePath());
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == Error::Kind::Data);
    INFO(db.message().toStdString());
    CHECK(db.message().contains(messagePart));
    CHECK(fileHash(path) == before);
    CHECK(filesIn(QFileInfo(path).absolutePath()) == siblings);
}

} // namespace

TEST_CASE("A new book has the latest schema, the method's stages and the chosen currency")
{
    TempDir dir;
    const QString path = dir.file(u"new.salesdesk"_s);
    auto book = Book::create(path, {u"Acme"_s, u"eur"_s, {}});
    REQUIRE(book.ok());
    CHECK((*book)->database().schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() == 18);

    const PipelineService &pipeline = (*book)->pipeline();
    CHECK((*book)->companyName() == u"Acme"_s);
    CHECK((*book)->currencies().home() == u"EUR"_s);
    const auto stages = pipeline.activeStages();
    REQUIRE(stages.size() == 5);
    CHECK(stages[0].displayName() == u"Lead"_s);
    CHECK(stages[0].probability == 10);
    CHECK(stages[1].displayName() == u"Initial contact"_s);
    CHECK(stages[1].probability == 20);
    CHECK(stages[2].displayName() == u"Needs analysis"_s);
    CHECK(stages[2].probability == 40);
    CHECK(stages[3].displayName() == u"Proposal & demo"_s);
    CHECK(stages[3].probability == 60);
    CHECK(stages[4].displayName() == u"Negotiation & contract"_s);
    CHECK(stages[4].probability == 80);
    QStringList reasons;
    for (const auto &r : pipeline.lostReasons()) {
        reasons.append(r.displayName());
    }
    CHECK(reasons
          == QStringList {u"Price"_s, u"Competitor"_s, u"No budget"_s, u"No decision"_s,
                          u"Timing"_s, u"Other"_s, u"Reversed after the win"_s});
    CHECK(pipeline.lostReasons().last().archived); // for reversals only, not offered by hand
}

TEST_CASE("Creating a book never overwrites a file")
{
    TempDir dir;
    const QString path = dir.file(u"exists.salesdesk"_s);
    writeBytes(path, "precious");
    auto db = Database::create(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == Error::Kind::User);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "precious");
}

TEST_CASE("A version 1 book is backed up, then upgraded with its data")
{
    TempDir dir;
    const QString path = dir.file(u"old.salesdesk"_s);
    REQUIRE(QFile::copy(QStringLiteral(SALESDESK_TEST_DATA "/schema_v1.salesdesk"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = fileHash(path);

    auto book = Book::open(path);
    INFO(book.message().toStdString());
    REQUIRE(book.ok());
    CHECK((*book)->database().schemaVersion() == Database::latestSchemaVersion());
    const QString backup = (*book)->database().migrationBackupPath();
    REQUIRE_FALSE(backup.isEmpty());
    CHECK(backup.contains(u".v1-"_s));

    const PipelineService &pipeline = (*book)->pipeline();
    CHECK((*book)->companyName() == u"Version One Trading"_s);
    CHECK((*book)->currencies().home() == u"CNY"_s);
    // The contact typed on the customer became its primary contact (schema 5).
    const Customer *customer = (*book)->customers().customer(1);
    REQUIRE(customer != nullptr);
    CHECK(customer->contactPerson == u"Wang Wei"_s);
    CHECK(customer->phone == u"138 0000 0001"_s);
    CHECK(customer->email == u"wang@example.cn"_s);
    CHECK(customer->kind == CustomerKind::Company);
    auto deals = pipeline.dealSummaries();
    REQUIRE(deals.ok());
    REQUIRE(deals->size() == 3);
    auto lost = pipeline.deal(3);
    REQUIRE(lost.ok());
    CHECK(lost->status == DealStatus::Lost);
    CHECK(lost->lostNote == u"Went with a cheaper offer"_s);
    REQUIRE(lost->lostReasonId > 0);
    CHECK(pipeline.findLostReason(u"other"_s)->id == lost->lostReasonId);
    auto won = pipeline.deal(2);
    REQUIRE(won.ok());
    CHECK(won->serviceStatus == ServiceStatus::Onboarding);
    auto history = pipeline.history(3);
    REQUIRE(history.ok());
    CHECK(history->size() == 3);
    auto invariants = pipeline.checkInvariants();
    REQUIRE(invariants.ok());
    CHECK(invariants->isEmpty());

    // The backup is the old book, still at version 1 and readable.
    book.value().reset();
    rawSql(backup, {u"SELECT 1"_s});
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        raw.setDatabaseName(backup);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(u"PRAGMA user_version"_s));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        REQUIRE(q.exec(u"SELECT lost_reason FROM deals WHERE id = 3"_s));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == u"Went with a cheaper offer"_s);
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    CHECK(fileHash(path) != original);
}

TEST_CASE("A book from a newer SalesDesk is refused and left as it is")
{
    TempDir dir;
    const QString path = dir.file(u"newer.salesdesk"_s);
    REQUIRE(Database::create(path).ok());
    rawSql(path, {u"PRAGMA journal_mode = DELETE"_s, u"PRAGMA user_version = 99"_s});
    requireRefusedUnchanged(path, u"newer SalesDesk"_s);
}

TEST_CASE("Files that are not SalesDesk books are refused and left byte for byte")
{
    TempDir dir;

    SECTION("random bytes")
    {
        const QString path = dir.file(u"random.salesdesk"_s);
        QByteArray bytes(8192, Qt::Uninitialized);
        QRandomGenerator gen(42);
        for (auto &b : bytes) {
            b = char(gen.bounded(256));
        }
        writeBytes(path, bytes);
        requireRefusedUnchanged(path, u"not a SalesDesk data file"_s);
    }
    SECTION("an empty file")
    {
        const QString path = dir.file(u"empty.salesdesk"_s);
        writeBytes(path, QByteArray());
        requireRefusedUnchanged(path, u"empty"_s);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.file(u"foreign.salesdesk"_s);
        rawSql(path, {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s,
                      u"INSERT INTO notes (body) VALUES ('hello')"_s});
        requireRefusedUnchanged(path, u"another program"_s);
    }
    SECTION("a truncated book")
    {
        const QString full = dir.file(u"full.salesdesk"_s);
        {
            auto book = Book::create(full);
            REQUIRE(book.ok());
            for (int i = 0; i < 200; ++i) {
                Deal d;
                d.title = u"Deal %1 with a long title to fill pages"_s.arg(i);
                d.customerId = *(*book)->customers().ensureCustomer(u"Customer %1"_s.arg(i));
                d.valueMinor = 1000 * i;
                REQUIRE((*book)->pipeline().addDeal(d).ok());
            }
        }
        QFile f(full);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        REQUIRE(bytes.size() > 8192);
        const QString path = dir.file(u"truncated.salesdesk"_s);
        writeBytes(path, bytes.left(bytes.size() / 2));
        requireRefusedUnchanged(path, u"damaged"_s);
    }
    SECTION("a pipe, a folder: refused before they are opened (a pipe would hang)")
    {
        const QString pipe = dir.file(u"pipe.salesdesk"_s);
        REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
        auto db = Database::open(pipe);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().kind == Error::Kind::Data);
        CHECK(db.message().contains(u"not a file"_s));
        const QString folder = dir.file(u"folder.salesdesk"_s);
        REQUIRE(QDir().mkpath(folder));
        CHECK(Database::open(folder).message().contains(u"not a file"_s));
        auto csv = readCsvFile(pipe);
        REQUIRE_FALSE(csv.ok());
        CHECK(csv.message().contains(u"not a file"_s));
    }
    SECTION("a file that does not exist")
    {
        auto db = Database::open(dir.file(u"missing.salesdesk"_s));
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().kind == Error::Kind::Data); // the command line exits 2
        CHECK_FALSE(QFile::exists(dir.file(u"missing.salesdesk"_s)));
    }
}

TEST_CASE("A book whose schema was changed with another program is refused before any use")
{
    TempDir dir;
    const QString original = dir.file(u"original.salesdesk"_s);
    {
        auto book = Book::create(original);
        REQUIRE(book.ok());
        Deal d;
        d.title = u"Kiosk"_s;
        d.customerId = *(*book)->customers().ensureCustomer(u"Acme"_s);
        REQUIRE((*book)->pipeline().addDeal(d).ok());
    }
    const auto tampered = [&](const QString &name, const QStringList &statements) {
        const QString path = dir.file(name);
        REQUIRE(QFile::copy(original, path));
        rawSql(path, QStringList {u"PRAGMA foreign_keys = OFF"_s} + statements);
        return path;
    };

    SECTION("deals turned into a view that never ends (every command hung on it)")
    {
        const QString path = tampered(
                u"recursive.salesdesk"_s,
                {u"DROP TABLE deals"_s,
                 u"CREATE VIEW deals AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 "
                 "FROM r) SELECT n AS id, 'x' AS title FROM r"_s});
        requireRefusedUnchanged(path, u"“deals” is a view where SalesDesk keeps a table"_s);
        auto reader = Database::open(path, Database::Access::ReadOnly);
        REQUIRE_FALSE(reader.ok());
        CHECK(reader.error().kind == Error::Kind::Data);
        CHECK(reader.message().contains(u"changed with another program"_s));
    }
    SECTION("a trigger added")
    {
        const QString path = tampered(u"trigger.salesdesk"_s,
                                      {u"CREATE TRIGGER wipe AFTER INSERT ON deals BEGIN DELETE "
                                       "FROM customers; END"_s});
        requireRefusedUnchanged(path, u"a trigger “wipe” was added"_s);
    }
    SECTION("a constraint dropped, an index missing")
    {
        const QString path
                = tampered(u"redefined.salesdesk"_s,
                           {u"PRAGMA writable_schema = ON"_s,
                            u"UPDATE sqlite_master SET sql = replace(sql, 'NOT NULL', '') "
                            "WHERE name = 'customers'"_s,
                            u"PRAGMA writable_schema = OFF"_s, u"DROP INDEX deals_stage"_s});
        requireRefusedUnchanged(path, u"the table “customers” has been redefined"_s);
        CHECK(Database::open(path).message().contains(u"the index “deals_stage” is missing"_s));
    }
    SECTION("the owner's own table, view and index are no harm")
    {
        const QString path = tampered(
                u"extended.salesdesk"_s,
                {u"CREATE TABLE my_notes (body TEXT)"_s,
                 u"CREATE VIEW my_big_deals AS SELECT * FROM deals WHERE value_minor > 100"_s,
                 u"CREATE INDEX my_deals_title ON deals (title)"_s});
        auto db = Database::open(path);
        INFO(db.message().toStdString());
        CHECK(db.ok());
    }
}

TEST_CASE("A book whose committed pages are still in its -wal opens with all of them")
{
    TempDir dir;
    const QString path = dir.file(u"live.salesdesk"_s);
    const QString crashed = dir.file(u"crashed.salesdesk"_s);
    {
        auto book = Book::create(path);
        REQUIRE(book.ok());
        // A writer whose 300 committed deals are in the -wal only, killed while checkpointing:
        // the copies of the book and its -wal taken while it is open are what a kill leaves.
        SqlQuery off((*book)->database().connection(), u"PRAGMA wal_autocheckpoint = 0"_s);
        REQUIRE(off.exec().ok());
        for (int i = 0; i < 300; ++i) {
            Deal d;
            d.title = u"Deal %1 with a long title to fill pages"_s.arg(i);
            d.customerId = *(*book)->customers().ensureCustomer(u"Customer %1"_s.arg(i));
            d.valueMinor = 1000 * i;
            REQUIRE((*book)->pipeline().addDeal(d).ok());
        }
        REQUIRE(QFile::copy(path, crashed));
        REQUIRE(QFile::copy(path + u"-wal"_s, crashed + u"-wal"_s));
    }
    // The checkpoint had begun: the main file's header already counts pages its body does not
    // hold yet.
    QFile f(crashed);
    REQUIRE(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    const auto *header = reinterpret_cast<const uchar *>(bytes.constData());
    const quint32 pages = qFromBigEndian<quint32>(header + 28);
    qToBigEndian<quint32>(pages + 40, reinterpret_cast<uchar *>(bytes.data()) + 28);
    bytes.replace(92, 4, bytes.mid(24, 4)); // the page count is valid for this change
    f.seek(0);
    REQUIRE(f.write(bytes) == bytes.size());
    f.close();
    REQUIRE(QFileInfo(crashed + u"-wal"_s).size() > 32);

    auto db = Database::open(crashed);
    INFO(db.message().toStdString());
    REQUIRE(db.ok());
    SqlQuery count((*db)->connection(), u"SELECT count(*) FROM deals"_s);
    REQUIRE(count.exec().ok());
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 300);
}

TEST_CASE("A book damaged beyond what its -wal holds is refused, and left as it is")
{
    TempDir dir;
    const QString path = dir.file(u"live.salesdesk"_s);
    const QString broken = dir.file(u"broken.salesdesk"_s);
    {
        auto book = Book::create(path);
        REQUIRE(book.ok());
        for (int i = 0; i < 300; ++i) {
            Deal d;
            d.title = u"Deal %1 with a long title to fill pages"_s.arg(i);
            d.customerId = *(*book)->customers().ensureCustomer(u"Customer %1"_s.arg(i));
            REQUIRE((*book)->pipeline().addDeal(d).ok());
        }
        REQUIRE((*book)->database()
                        .connection()
                        .exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s)
                        .isActive());
        SqlQuery off((*book)->database().connection(), u"PRAGMA wal_autocheckpoint = 0"_s);
        REQUIRE(off.exec().ok());
        Deal d;
        d.title = u"One more"_s;
        d.customerId = *(*book)->customers().ensureCustomer(u"Customer 1"_s);
        REQUIRE((*book)->pipeline().addDeal(d).ok());
        // The book cut in half: pages the -wal does not hold are gone.
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        writeBytes(broken, f.readAll().left(int(f.size() / 2 / 4096) * 4096));
        REQUIRE(QFile::copy(path + u"-wal"_s, broken + u"-wal"_s));
    }
    const QByteArray before = fileHash(broken);
    auto db = Database::open(broken);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == Error::Kind::Data);
    INFO(db.message().toStdString());
    CHECK(db.message().contains(u"damaged"_s));
    CHECK(fileHash(broken) == before);
}

TEST_CASE("A reader sees what a -wal left by a crash holds without writing it into the book")
{
    TempDir dir;
    const QString path = dir.file(u"live.salesdesk"_s);
    const QString crashed = dir.file(u"crashed.salesdesk"_s);
    {
        auto book = Book::create(path);
        REQUIRE(book.ok());
        SqlQuery off((*book)->database().connection(), u"PRAGMA wal_autocheckpoint = 0"_s);
        REQUIRE(off.exec().ok());
        for (int i = 0; i < 20; ++i) {
            Deal d;
            d.title = u"Deal %1"_s.arg(i);
            d.customerId = *(*book)->customers().ensureCustomer(u"Customer %1"_s.arg(i));
            REQUIRE((*book)->pipeline().addDeal(d).ok());
        }
        // What a kill leaves: the book and its -wal as they are while it is open.
        REQUIRE(QFile::copy(path, crashed));
        REQUIRE(QFile::copy(path + u"-wal"_s, crashed + u"-wal"_s));
    }
    const QByteArray book = fileHash(crashed);
    const QByteArray wal = fileHash(crashed + u"-wal"_s);
    const auto deals = [](const Database &db) {
        SqlQuery count(db.connection(), u"SELECT count(*) FROM deals"_s);
        return count.exec() && count.next() ? count.value(0).toInt() : -1;
    };
    {
        auto reader = Database::open(crashed, Database::Access::ReadOnly);
        INFO(reader.message().toStdString());
        REQUIRE(reader.ok());
        CHECK(deals(**reader) == 20);
    }
    // check, list and export leave both files as they were: only a writer puts the -wal in.
    CHECK(fileHash(crashed) == book);
    CHECK(fileHash(crashed + u"-wal"_s) == wal);
    {
        auto writer = Database::open(crashed);
        REQUIRE(writer.ok());
        CHECK(deals(**writer) == 20);
    }
    CHECK_FALSE(QFile::exists(crashed + u"-wal"_s));
    CHECK(fileHash(crashed) != book);
}

TEST_CASE("A second writer gets a clear 'already open' message")
{
    TempDir dir;
    const QString path = dir.file(u"shared.salesdesk"_s);
    auto first = Database::create(path);
    REQUIRE(first.ok());
    auto second = Database::open(path);
    REQUIRE_FALSE(second.ok());
    CHECK(second.message().contains(u"already open"_s));
    // A reader (backup, check) does not need the lock.
    auto reader = Database::open(path, Database::Access::ReadOnly);
    CHECK(reader.ok());
    reader.value().reset();
    first.value().reset();
    CHECK(Database::open(path).ok());
}

TEST_CASE("The lock belongs to the file: a hard or symbolic link to an open book is refused")
{
    TempDir dir;
    const QString path = dir.file(u"book.salesdesk"_s);
    auto first = Database::create(path);
    REQUIRE(first.ok());
    QDir().mkpath(dir.file(u"elsewhere"_s));
    const QString hard = dir.file(u"elsewhere/same.salesdesk"_s);
    const QString soft = dir.file(u"elsewhere/pointer.salesdesk"_s);
    REQUIRE(::link(QFile::encodeName(path).constData(), QFile::encodeName(hard).constData()) == 0);
    REQUIRE(QFile::link(path, soft));
    for (const QString &other : {hard, soft}) {
        auto second = Database::open(other);
        REQUIRE_FALSE(second.ok());
        CHECK(second.error().kind == Error::Kind::Data);
        CHECK(second.message().contains(u"already open"_s));
    }
    // Through the symbolic link the note of who holds it is found too.
    CHECK(Database::open(soft).message().contains(
            u"process %1"_s.arg(QCoreApplication::applicationPid())));
    first.value().reset();
    // Closed: each path opens it again, one at a time.
    for (const QString &other : {hard, soft, path}) {
        auto again = Database::open(other);
        INFO(again.message().toStdString());
        CHECK(again.ok());
    }
}

TEST_CASE("A lock note left by a crash, empty or not, never locks the book out")
{
    TempDir dir;
    const QString path = dir.file(u"book.salesdesk"_s);
    REQUIRE(Database::create(path).ok());
    for (const QByteArray &left : {QByteArray(), QByteArray("4242\nsomewhere\n")}) {
        writeBytes(path + u".lock"_s, left);
        auto db = Database::open(path);
        INFO(db.message().toStdString());
        REQUIRE(db.ok());
        CHECK((*db)->tookOverStaleLock());
        db.value().reset();
        CHECK_FALSE(QFile::exists(path + u".lock"_s));
        auto clean = Database::open(path);
        REQUIRE(clean.ok());
        CHECK_FALSE((*clean)->tookOverStaleLock());
    }
}

TEST_CASE("A reader tells a live writer's lock from none, and its asking never keeps a writer out")
{
    TempDir dir;
    const QString path = dir.file(u"book.salesdesk"_s);
    REQUIRE(Database::create(path).ok());
    CHECK_FALSE(BookLock::writerAlive(path));
    {
        auto writer = Database::open(path);
        REQUIRE(writer.ok());
        // Asked from the writer's own process too (the window's dashboard and backups).
        CHECK(BookLock::writerAlive(path));
        CHECK(BookLock::writerAlive(dir.file(u"."_s) + u"/book.salesdesk"_s));
    }
    CHECK_FALSE(BookLock::writerAlive(path));
    CHECK_FALSE(BookLock::writerAlive(dir.file(u"missing.salesdesk"_s)));

    // A reader asking over and over while a writer opens and closes the book: the writer is
    // never told the book is open elsewhere.
    std::atomic<bool> stop = false;
    std::thread asker([&] {
        while (!stop) {
            (void)BookLock::writerAlive(path);
        }
    });
    int refused = 0;
    for (int i = 0; i < 200; ++i) {
        auto lock = BookLock::take(path, false);
        refused += lock.ok() ? 0 : 1;
    }
    stop = true;
    asker.join();
    CHECK(refused == 0);
}

TEST_CASE("A new book and its lock note are readable by their owner alone")
{
    TempDir dir;
    const QString path = dir.file(u"book.salesdesk"_s);
    const mode_t before = ::umask(022);
    auto db = Database::create(path);
    ::umask(before);
    REQUIRE(db.ok());
    CHECK(QFile::permissions(path)
          == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(QFile::permissions(path + u".lock"_s)
          == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
}

TEST_CASE("A backup of a live book is a complete, healthy book")
{
    TempDir dir;
    const QString path = dir.file(u"live.salesdesk"_s);
    auto book = Book::create(path, {u"Live"_s, u"CNY"_s, {}});
    REQUIRE(book.ok());
    Deal d;
    d.title = u"Backed up"_s;
    d.customerId = *(*book)->customers().ensureCustomer(u"Someone"_s);
    REQUIRE((*book)->pipeline().addDeal(d).ok());

    const QString copy = dir.file(u"copy.salesdesk"_s);
    REQUIRE((*book)->database().backupTo(copy).ok());
    CHECK_FALSE((*book)->database().backupTo(path).ok());
    auto reopened = Book::open(copy, Database::Access::ReadOnly);
    REQUIRE(reopened.ok());
    auto problems = (*reopened)->database().integrityProblems();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    CHECK((*reopened)->companyName() == u"Live"_s);
    CHECK((*reopened)->pipeline().dealSummaries()->size() == 1);
}

TEST_CASE("Indexes dropped for a bulk load are made again as they were")
{
    TempDir dir;
    const QString path = dir.file(u"bulk.salesdesk"_s);
    {
        auto db = Database::create(path);
        REQUIRE(db.ok());
        auto dropped = db.value()->dropIndexes({u"deals"_s, u"activities"_s});
        REQUIRE(dropped.ok());
        // Those of CREATE INDEX only: eight on deals, four on activities (schema 16).
        CHECK(dropped->size() == 12);
        CHECK(dropped->contains(u"CREATE INDEX deals_product ON deals (product)"_s));
        SqlQuery left(db.value()->connection(),
                      u"SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND sql IS NOT "
                      "NULL AND tbl_name IN ('deals', 'activities')"_s);
        CHECK(left.scalar()->toInt() == 0);
        REQUIRE(db.value()->makeIndexes(*dropped).ok());
    }
    // The schema check finds every index where it belongs.
    auto reopened = Database::open(path);
    INFO(reopened.message().toStdString());
    CHECK(reopened.ok());
}

TEST_CASE("Foreign-key checks switched off for a bulk load are on again after it")
{
    TempDir dir;
    auto db = Database::create(dir.file(u"keys.salesdesk"_s));
    REQUIRE(db.ok());
    const QSqlDatabase connection = db.value()->connection();
    const auto addFor = [&](qint64 customer) {
        SqlQuery q(connection, u"INSERT INTO contacts (customer_id, name, created_at) VALUES "
                               "(?, 'Li', '2026-01-01T00:00:00Z')"_s);
        q.bind(customer);
        return q.exec();
    };
    CHECK_FALSE(addFor(4242).ok()); // no such customer
    REQUIRE(db.value()->setForeignKeyChecks(false).ok());
    CHECK(addFor(4242).ok());
    REQUIRE(db.value()->setForeignKeyChecks(true).ok());
    CHECK_FALSE(addFor(4243).ok());
    // The row written meanwhile is what the integrity check is there to find.
    auto problems = db.value()->integrityProblems();
    REQUIRE(problems.ok());
    CHECK(problems->size() == 1);
}

TEST_CASE("A book of every released schema version opens, migrated, and checks clean")
{
    // Each fixture was written by the SalesDesk of its version (tests/data/make_schema_*.sh).
    // A new migration needs a fixture of the version it makes, or this test fails.
    for (int version = 1; version <= Database::latestSchemaVersion(); ++version) {
        CAPTURE(version);
        TempDir dir;
        const QString fixture
                = QStringLiteral(SALESDESK_TEST_DATA "/schema_v%1.salesdesk").arg(version);
        REQUIRE(QFile::exists(fixture));
        const QString path = dir.file(u"old.salesdesk"_s);
        REQUIRE(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        // What the old file holds, read before it is migrated.
        int deals = 0, customers = 0;
        QString company;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"before"_s);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(u"PRAGMA user_version"_s));
            REQUIRE(q.next());
            CHECK(q.value(0).toInt() == version);
            REQUIRE(q.exec(u"SELECT (SELECT count(*) FROM deals), (SELECT count(*) FROM "
                           "customers), (SELECT value FROM book_properties WHERE key IN "
                           "('company_name', 'company.name'))"_s));
            REQUIRE(q.next());
            deals = q.value(0).toInt();
            customers = q.value(1).toInt();
            company = q.value(2).toString();
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"before"_s);
        REQUIRE(deals > 0);

        auto book = Book::open(path);
        INFO(book.message().toStdString());
        REQUIRE(book.ok());
        Book &b = **book;
        CHECK(b.database().schemaVersion() == Database::latestSchemaVersion());
        CHECK(b.database().migrationBackupPath().isEmpty()
              == (version == Database::latestSchemaVersion()));
        auto integrity = b.database().integrityProblems();
        REQUIRE(integrity.ok());
        CHECK(integrity->isEmpty());
        auto invariants = b.pipeline().checkInvariants();
        REQUIRE(invariants.ok());
        CHECK(invariants->isEmpty());
        CHECK(b.pipeline().dealSummaries()->size() == deals);
        CHECK(b.customers().customers().size() == customers);
        CHECK(b.companyName() == company);
        CHECK(b.currencies().home() == u"CNY"_s);
        CHECK_FALSE(b.team().reps().isEmpty());
        // Every figure can be computed on it.
        CHECK(b.segments().recompute(QDate(2026, 6, 30)).ok());
        CHECK(b.targets().progressAll(QString(), QDate(2026, 6, 30)).ok());
        CHECK(b.customers().followUpPlan(QDate(2026, 6, 30)).ok());
    }
}

TEST_CASE("Schema 6 turns the team names of version 5 into teams and keeps the segment rules")
{
    TempDir dir;
    const QString path = dir.file(u"teams.salesdesk"_s);
    REQUIRE(QFile::copy(QStringLiteral(SALESDESK_TEST_DATA "/schema_v5.salesdesk"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    // Version 5 kept a rep's team as free text and the rules under their old names.
    rawSql(path, {u"UPDATE reps SET team = ' East ' WHERE id IN (1, 2)"_s,
                  u"UPDATE reps SET team = 'West' WHERE id = 3"_s,
                  u"INSERT INTO book_properties (key, value) VALUES "
                  "('segment_lookback_months', '12'), ('cadence_general_days', '45')"_s});
    auto book = Book::open(path);
    REQUIRE(book.ok());
    const TeamService &team = (*book)->team();
    CHECK(team.teamNames() == QStringList {u"East"_s, u"West"_s});
    const qint64 east = team.findTeam(u"East"_s);
    CHECK(team.rep(1)->teamId == east);
    CHECK(team.rep(2)->teamId == east);
    CHECK(team.rep(3)->teamId == team.findTeam(u"West"_s));
    CHECK(team.rep(4)->teamId == 0);
    CHECK(team.rep(1)->role == RepRole::Rep);
    const CustomerRules rules = (*book)->segments().rules();
    CHECK(rules.segments.lookBackMonths == 12);
    CHECK(rules.cadence.general == 45);
    CHECK(rules.cadence.potential == 30);
}
