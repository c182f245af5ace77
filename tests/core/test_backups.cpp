#include "core/storage/backupshelf.h"
#include "tests/support/testbook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <catch2/catch.hpp>

using namespace salesdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QStringList isoDays(const QList<QDate> &days)
{
    QStringList out;
    for (const QDate &d : days) {
        out.append(d.toString(Qt::ISODate));
    }
    return out;
}

void addDeal(TestBook &book, const QString &title, const char *at)
{
    Deal d;
    d.title = title;
    d.customerId = *book->customers().ensureCustomer(u"Customer of "_s + title);
    REQUIRE(book->pipeline()
                    .addDeal(d, QDateTime::fromString(QString::fromLatin1(at), Qt::ISODate))
                    .ok());
}

} // namespace

TEST_CASE("Backups kept: the newest of each of the last 7 days that have one, then of 4 weeks")
{
    QList<QDate> every;
    for (QDate d = day("2026-10-01"); d <= day("2026-12-03"); d = d.addDays(1)) {
        every.append(d);
    }
    // Thursday 3 December: the seven days back to Friday 27 November; then the ISO weeks
    // 48 (23–29 Nov: its newest left is the 26th), 47 (the 22nd), 46 (the 15th), 45 (the 8th).
    CHECK(isoDays(BackupShelf::daysKept(every))
          == QStringList {u"2026-12-03"_s, u"2026-12-02"_s, u"2026-12-01"_s, u"2026-11-30"_s,
                          u"2026-11-29"_s, u"2026-11-28"_s, u"2026-11-27"_s, u"2026-11-26"_s,
                          u"2026-11-22"_s, u"2026-11-15"_s, u"2026-11-08"_s});

    // A laptop left shut for two months: the backups from before the gap are kept, as days.
    const QList<QDate> gap {day("2026-12-03"), day("2026-09-30"), day("2026-09-29"),
                            day("2026-09-28"), day("2026-09-25")};
    CHECK(isoDays(BackupShelf::daysKept(gap))
          == QStringList {u"2026-12-03"_s, u"2026-09-30"_s, u"2026-09-29"_s, u"2026-09-28"_s,
                          u"2026-09-25"_s});
    CHECK(BackupShelf::daysKept({}).isEmpty());
}

TEST_CASE("The day's backup is written beside the open book, replaced the same day, rotated",
          "[file]")
{
    // Customers are made at noon of the book's day; the deals later, at the times given.
    TestBook book(day("2026-11-01"), u"CNY"_s, u"Acme.salesdesk"_s);
    addDeal(book, u"First"_s, "2026-11-02T09:00:00Z");
    addDeal(book, u"Second"_s, "2026-11-03T10:30:00Z");

    const BackupShelf shelf(book.path());
    CHECK(shelf.folder() == book.dir.file(u"Acme backups"_s));
    CHECK(shelf.entries().isEmpty());

    // The book is open for writing (its lock held) while the copy is made.
    auto first = shelf.take(day("2026-11-02"));
    REQUIRE(first.ok());
    CHECK(first->path == book.dir.file(u"Acme backups/2026-11-02.salesdesk"_s));
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                        | QFile::WriteOther | QFile::ExeOther;
    CHECK((QFileInfo(first->path).permissions() & others) == 0);
    CHECK((QFileInfo(shelf.folder()).permissions() & others) == 0);
    auto held = BackupShelf::contents(first->path);
    REQUIRE(held.ok());
    CHECK(held->companyName == u"Test"_s);
    CHECK(held->deals == 2);
    CHECK(held->customers == 2);
    CHECK(held->lastChange == QDateTime(day("2026-11-03"), QTime(10, 30), Qt::UTC));

    // Later the same day: the day's copy is written again with what was added since.
    addDeal(book, u"Third"_s, "2026-11-04T08:00:00Z");
    REQUIRE(shelf.take(day("2026-11-02")).ok());
    REQUIRE(shelf.entries().size() == 1);
    CHECK(BackupShelf::contents(shelf.entries().first().path)->deals == 3);

    // Twelve days in a row, Monday 2 to Friday 13 November: the newest seven are kept as
    // dailies; of the five before (2–6 Nov, all ISO week 45) the newest, the 6th, as a weekly.
    for (QDate d = day("2026-11-03"); d <= day("2026-11-13"); d = d.addDays(1)) {
        REQUIRE(shelf.take(d).ok());
    }
    const auto entries = shelf.entries();
    QStringList days;
    for (const auto &e : entries) {
        days.append(e.day.toString(Qt::ISODate));
    }
    CHECK(days
          == QStringList {u"2026-11-13"_s, u"2026-11-12"_s, u"2026-11-11"_s, u"2026-11-10"_s,
                          u"2026-11-09"_s, u"2026-11-08"_s, u"2026-11-07"_s, u"2026-11-06"_s});
    CHECK(entries.first().kind == BackupShelf::Kind::Daily);
    CHECK(entries.last().kind == BackupShelf::Kind::Weekly);
    CHECK_FALSE(QFile::exists(book.dir.file(u"Acme backups/2026-11-05.salesdesk"_s)));
    // Files of the owner's own in the folder are left alone.
    QFile note(book.dir.file(u"Acme backups/read me.txt"_s));
    REQUIRE(note.open(QIODevice::WriteOnly));
    note.close();
    REQUIRE(shelf.take(day("2026-11-14")).ok());
    CHECK(QFile::exists(note.fileName()));
}

TEST_CASE("A backup opens as a copy: a new private file, never over an existing one", "[file]")
{
    TestBook book(day("2026-11-13"), u"CNY"_s, u"Acme.salesdesk"_s);
    addDeal(book, u"Kept"_s, "2026-11-02T09:00:00Z");
    const BackupShelf shelf(book.path());
    auto taken = shelf.take(day("2026-11-13"));
    REQUIRE(taken.ok());
    addDeal(book, u"After the backup"_s, "2026-11-13T15:00:00Z");

    CHECK(BackupShelf::copyTo(taken->path, book.path()).error().kind == Error::Kind::User);
    const QString copy = book.dir.file(u"Acme restored.salesdesk"_s);
    REQUIRE(BackupShelf::copyTo(taken->path, copy).ok());
    CHECK((QFileInfo(copy).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    auto restored = Book::open(copy);
    REQUIRE(restored.ok());
    REQUIRE((*restored)->pipeline().dealSummaries()->size() == 1);
    CHECK((*restored)->pipeline().dealSummaries()->first().title == u"Kept"_s);
    CHECK(book->pipeline().dealSummaries()->size() == 2); // the book itself as it was
}

TEST_CASE("A backup that cannot be written says why and leaves no partial file", "[file]")
{
    TestBook book(day("2026-11-13"), u"CNY"_s, u"Acme.salesdesk"_s);
    // A file where the folder would be.
    QFile blocker(book.dir.file(u"Acme backups"_s));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto refused = BackupShelf(book.path()).take(day("2026-11-13"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(u"backup folder"_s));
    CHECK(refused.error().kind == Error::Kind::Data);
}

TEST_CASE("A backup told to stop leaves the shelf as it was, with no partial file", "[file]")
{
    TestBook book(day("2026-11-13"), u"CNY"_s, u"Acme.salesdesk"_s);
    addDeal(book, u"Kept"_s, "2026-11-02T09:00:00Z");
    const BackupShelf shelf(book.path());
    std::atomic<bool> cancelled = false;
    REQUIRE(shelf.take(day("2026-11-13"), &cancelled).ok());
    const qint64 bytes = shelf.entries().first().bytes;

    // The window closing while the day's copy is written again.
    addDeal(book, u"After"_s, "2026-11-13T15:00:00Z");
    cancelled = true;
    auto stopped = shelf.take(day("2026-11-13"), &cancelled);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().kind == Error::Kind::User);
    CHECK(stopped.message() == u"Cancelled."_s);
    REQUIRE(shelf.entries().size() == 1);
    CHECK(shelf.entries().first().bytes == bytes);
    CHECK(BackupShelf::contents(shelf.entries().first().path)->deals == 1);
    CHECK(QDir(shelf.folder()).entryList(QDir::Files) == QStringList {u"2026-11-13.salesdesk"_s});
}
