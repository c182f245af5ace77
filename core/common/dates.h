#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace salesdesk {

// UTC timestamps as ISO-8601 text ("2026-11-27T09:18:26Z") and back.
QString toStoredTime(const QDateTime &utc);
QDateTime fromStoredTime(const QString &text);
QString toStoredDate(const QDate &date);
QDate fromStoredDate(const QString &text);
// The user's day at a point in time: `t.toLocalTime().date()`, without asking the C library
// for every value (glibc looks at /etc/localtime again on each conversion, 1.5 µs a time).
// The offset from UTC is asked twice per UTC day met, at its start and end, and remembered
// for the thread; a day whose offset changes (a daylight-saving switch) is converted exactly.
// A change of the computer's time zone is seen by the next process.
QDate localDate(const QDateTime &t);
// Local wall time without a zone ("2026-11-27T10:00").
QString toStoredLocalTime(const QDateTime &local);
QDateTime fromStoredLocalTime(const QString &text);

} // namespace salesdesk
