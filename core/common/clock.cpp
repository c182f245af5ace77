#include "core/common/clock.h"

#include <QTimeZone>

namespace salesdesk {

Clock Clock::fixedAt(const QDateTime &moment)
{
    Clock c;
    c.m_fixed = moment.toUTC();
    c.m_fixed.setTime(
            QTime(c.m_fixed.time().hour(), c.m_fixed.time().minute(), c.m_fixed.time().second()));
    return c;
}

Clock Clock::fixedOn(const QDate &day)
{
    return fixedAt(QDateTime(day, QTime(12, 0)));
}

QDateTime Clock::nowUtc() const
{
    if (m_fixed.isValid()) {
        return m_fixed;
    }
    QDateTime t = QDateTime::currentDateTimeUtc();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t;
}

QDate Clock::today() const
{
    return m_fixed.isValid() ? m_fixed.toLocalTime().date() : QDate::currentDate();
}

} // namespace salesdesk
