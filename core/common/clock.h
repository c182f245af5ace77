#pragma once

#include <QDate>
#include <QDateTime>

namespace salesdesk {

// What "now" and "today" are for a book. The system clock by default; a fixed moment for tests
// and for anything that must give the same answer on every day it runs (a demo's --as-of).
// Services ask the book's clock instead of QDateTime::currentDateTimeUtc().
class Clock
{
public:
    Clock() = default;
    // A clock that always reads `moment` (taken as UTC when it has no zone).
    static Clock fixedAt(const QDateTime &moment);
    // Noon of `day` in local time: a day's figures without a risk of crossing midnight.
    static Clock fixedOn(const QDate &day);

    bool isFixed() const { return m_fixed.isValid(); }
    // Now in UTC, whole seconds (stored times have whole seconds).
    QDateTime nowUtc() const;
    // The user's local date now.
    QDate today() const;

private:
    QDateTime m_fixed;
};

} // namespace salesdesk
