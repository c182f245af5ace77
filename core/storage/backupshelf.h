#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>

namespace salesdesk {

// 自动备份: the rotating copies of a book kept in a folder beside it ("Acme backups" beside
// "Acme.salesdesk"), one file a day named by its day (2026-12-03.salesdesk). Kept: the newest
// backup of each of the last DailyKept days that have one, and before them the newest of each
// of WeeklyKept weeks. The rule counts backups, not calendar days, so a laptop left shut for
// two months still finds the last backups from before.
//
// Every function opens what it needs itself: take() runs on any thread while the book is open
// in the window (its own read-only connection).
class BackupShelf
{
    Q_DECLARE_TR_FUNCTIONS(BackupShelf)

public:
    static constexpr int DailyKept = 7;
    static constexpr int WeeklyKept = 4;

    enum class Kind { Daily, Weekly };

    struct Entry
    {
        QString path;
        QDate day;
        Kind kind = Kind::Daily;
        qint64 bytes = 0;
    };

    // What a backup holds, for choosing one.
    struct Contents
    {
        QString companyName;
        int deals = 0;
        int customers = 0;
        QDateTime lastChange; // UTC; the newest edit the copy holds; invalid for an empty book
    };

    explicit BackupShelf(const QString &bookPath);

    const QString &bookPath() const { return m_bookPath; }
    QString folder() const;
    // The backups on the shelf, newest first.
    QList<Entry> entries() const;

    // Writes the backup of `day` (replacing an earlier one of the same day), then removes the
    // ones the rule no longer keeps. Returns the new backup.
    // Stops, leaving the shelf as it was, when `cancelled` turns true (the window closing).
    Result<Entry> take(QDate day, const std::atomic<bool> *cancelled = nullptr) const;

    // The days of `days` the rule keeps, newest first.
    static QList<QDate> daysKept(QList<QDate> days);

    static Result<Contents> contents(const QString &backupPath);
    // Copies a backup to `target` (a new file, private to its owner) to be opened as a book:
    // the backup itself is never opened for writing.
    static Status copyTo(const QString &backupPath, const QString &target);

private:
    QString m_bookPath;
};

} // namespace salesdesk
