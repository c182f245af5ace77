#include "core/storage/backupshelf.h"

#include "core/common/dates.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

// A backup's file name is its day: 2026-12-03.salesdesk.
QDate dayOf(const QString &fileName)
{
    static const QRegularExpression pattern(u"^(\\d{4}-\\d{2}-\\d{2})\\.salesdesk$"_s);
    const auto match = pattern.match(fileName);
    return match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
}

int weekKey(QDate day)
{
    int year = 0;
    const int week = day.weekNumber(&year);
    return year * 100 + week;
}

} // namespace

BackupShelf::BackupShelf(const QString &bookPath)
    : m_bookPath(QFileInfo(bookPath).absoluteFilePath())
{ }

QString BackupShelf::folder() const
{
    // Not translated: the same book finds its backups whatever the language of the day.
    const QFileInfo book(m_bookPath);
    return book.absoluteDir().filePath(book.completeBaseName() + u" backups"_s);
}

QList<QDate> BackupShelf::daysKept(QList<QDate> days)
{
    std::sort(days.begin(), days.end(), std::greater<>());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    QList<QDate> kept = days.mid(0, DailyKept);
    QSet<int> weeks;
    for (qsizetype i = DailyKept; i < days.size() && weeks.size() < WeeklyKept; ++i) {
        // Newest first: the first backup met in a week is its newest.
        if (!weeks.contains(weekKey(days[i]))) {
            weeks.insert(weekKey(days[i]));
            kept.append(days[i]);
        }
    }
    return kept;
}

QList<BackupShelf::Entry> BackupShelf::entries() const
{
    QList<Entry> found;
    const QDir dir(folder());
    for (const QFileInfo &file : dir.entryInfoList({u"*.salesdesk"_s}, QDir::Files)) {
        const QDate day = dayOf(file.fileName());
        if (day.isValid()) {
            found.append({file.absoluteFilePath(), day, Kind::Daily, file.size()});
        }
    }
    std::sort(found.begin(), found.end(),
              [](const Entry &a, const Entry &b) { return a.day > b.day; });
    for (qsizetype i = DailyKept; i < found.size(); ++i) {
        found[i].kind = Kind::Weekly;
    }
    return found;
}

Result<BackupShelf::Entry> BackupShelf::take(QDate day, const std::atomic<bool> *cancelled) const
{
    const QString dir = folder();
    if (!QFileInfo(dir).isDir()) {
        if (!QDir().mkpath(dir)) {
            return Error::data(
                    tr("Cannot make the backup folder “%1”.").arg(QDir::toNativeSeparators(dir)));
        }
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    const QString target = QDir(dir).filePath(day.toString(Qt::ISODate) + u".salesdesk"_s);
    {
        // A reader of its own: the window's connection stays free, and a reader never writes
        // into the book.
        auto db = Database::open(m_bookPath, Database::Access::ReadOnly);
        if (!db) {
            return db.error();
        }
        if (auto st = (*db)->backupTo(target, cancelled); !st) {
            return st.error();
        }
    }
    QList<QDate> days;
    const QList<Entry> all = entries();
    for (const Entry &e : all) {
        days.append(e.day);
    }
    const QList<QDate> kept = daysKept(days);
    for (const Entry &e : all) {
        if (!kept.contains(e.day)) {
            QFile::remove(e.path);
        }
    }
    // What is left is the kept days, newest first: the first DailyKept of them are dailies.
    const qsizetype at = kept.indexOf(day);
    if (at < 0) {
        return Error::internal(tr("The backup “%1” was written but is gone.")
                                       .arg(QDir::toNativeSeparators(target)));
    }
    return Entry {target, day, at < DailyKept ? Kind::Daily : Kind::Weekly,
                  QFileInfo(target).size()};
}

Result<BackupShelf::Contents> BackupShelf::contents(const QString &backupPath)
{
    auto db = Database::open(backupPath, Database::Access::ReadOnly);
    if (!db) {
        return db.error();
    }
    const QSqlDatabase connection = (*db)->connection();
    Contents contents;
    SqlQuery name(connection, u"SELECT value FROM book_properties WHERE key = 'company.name'"_s);
    if (auto st = name.exec(); !st) {
        return st.error();
    }
    if (name.next()) {
        contents.companyName = name.value(0).toString();
    }
    SqlQuery counts(connection, u"SELECT (SELECT count(*) FROM deals), "
                                "(SELECT count(*) FROM customers)"_s);
    if (auto st = counts.exec(); !st) {
        return st.error();
    }
    if (counts.next()) {
        contents.deals = counts.value(0).toInt();
        contents.customers = counts.value(1).toInt();
    }
    // Stored times are ISO text in UTC, so the greatest text is the newest time.
    SqlQuery last(connection, u"SELECT max(t) FROM ("
                              "SELECT max(updated_at) AS t FROM deals "
                              "UNION ALL SELECT max(created_at) FROM activities "
                              "UNION ALL SELECT max(created_at) FROM customers "
                              "UNION ALL SELECT max(created_at) FROM contacts "
                              "UNION ALL SELECT max(created_at) FROM feedback "
                              "UNION ALL SELECT max(updated_at) FROM targets) AS times"_s);
    if (auto st = last.exec(); !st) {
        return st.error();
    }
    if (last.next() && !last.value(0).isNull()) {
        contents.lastChange = fromStoredTime(last.value(0).toString());
    }
    return contents;
}

Status BackupShelf::copyTo(const QString &backupPath, const QString &target)
{
    if (QFileInfo::exists(target)) {
        return Error::user(tr("“%1” already exists; choose another name.")
                                   .arg(QDir::toNativeSeparators(target)));
    }
    // A backup is a whole book in one file (no -wal: nothing writes to it after take()), so a
    // copy of its bytes is a book; one from an older SalesDesk is updated when it is opened.
    const QString part = target + u".part"_s;
    QFile::remove(part);
    QFile source(backupPath);
    if (!source.copy(part)) {
        QFile::remove(part);
        return Error::data(tr("Cannot copy “%1” to “%2”: %3")
                                   .arg(QDir::toNativeSeparators(backupPath),
                                        QDir::toNativeSeparators(target), source.errorString()));
    }
    QFile::setPermissions(part, QFile::ReadOwner | QFile::WriteOwner);
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        return Error::data(tr("Cannot write “%1”.").arg(QDir::toNativeSeparators(target)));
    }
    return {};
}

} // namespace salesdesk
