#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace salesdesk {

// UTC timestamps as ISO-8601 text ("2026-11-27T09:18:26Z") and back.
QString toStoredTime(const QDateTime &utc);
QDateTime fromStoredTime(const QString &text);
// The same from the UTF-8 text as SQLite holds it (no string made).
QDateTime fromStoredTime(QByteArrayView utf8);
QString toStoredDate(const QDate &date);
QDate fromStoredDate(const QString &text);
QDate fromStoredDate(QByteArrayView utf8);
// The user's day at a point in time: `t.toLocalTime().date()`, without asking the C library
// for every value (glibc looks at /etc/localtime again on each conversion, 1.5 µs a time).
// The offset from UTC is asked twice per UTC day met, at its start and end, and remembered
// for the thread; a day whose offset changes (a daylight-saving switch) is converted exactly.
// A change of the computer's time zone is seen by the next process.
QDate localDate(const QDateTime &t);
// The user's day at a stored UTC time as SQLite holds it: localDate(fromStoredTime(utf8)),
// without the QDateTime between (the segments read one for each of 300,000 won deals).
QDate localDateOfStored(QByteArrayView utf8);
// The instant a local wall time stands for: `QDateTime(date, time).toUTC()`, with the offset of
// the local day asked once per day met (as localDate does); on a day the clocks change, Qt's own
// conversion (a time in the hour that repeats is taken as the second of the two).
QDateTime utcOfLocal(const QDate &date, const QTime &time);
// Local wall time without a zone ("2026-11-27T10:00").
QString toStoredLocalTime(const QDateTime &local);
QDateTime fromStoredLocalTime(const QString &text);

// How SalesDesk writes a day for the user, in tables, fields and messages alike: the language's
// medium form with a four-digit year ("Dec 9, 2026" in American English, "9 Dec 2026" in other
// English, "2026/12/9" in Chinese), never the two-digit year of QLocale::ShortFormat
// ("12/9/26").
QString dateFormat(const QLocale &locale = QLocale());
QString dateText(const QDate &day, const QLocale &locale = QLocale());
// A day and a time of day ("Dec 9, 2026 10:00").
QString dateTimeText(const QDateTime &when, const QLocale &locale = QLocale());

} // namespace salesdesk
