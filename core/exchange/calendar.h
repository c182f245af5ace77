#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDate>

namespace salesdesk {

class Book;

// The book's dates as an iCalendar file (RFC 5545) that Outlook, Thunderbird or a phone
// imports: one event per open activity due in the range (at its local wall time, half an hour
// long) and one all-day event per time a customer's key date falls in the range (with an alarm
// the key date's days of warning ahead). Events keep their UIDs from one export to the next, so
// importing a newer file updates them instead of doubling them. File › Export Calendar and
// `salesdesk calendar` both write this.
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)

public:
    int activities = 0;
    int keyDates = 0;
    QByteArray ics;

    // From `from` to `to`, both days included.
    static Result<CalendarExport> build(Book &book, const QDate &from, const QDate &to);
    // Writes `ics` to `path` whole or not at all.
    Status write(const QString &path) const;
};

} // namespace salesdesk
