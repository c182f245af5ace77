#include "core/common/dates.h"

#include <QHash>
#include <QTimeZone>

#include <limits>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

// The character at `i` of stored text, as UTF-16 or as the UTF-8 SQLite holds.
char16_t charAt(QStringView text, qsizetype i)
{
    return text[i].unicode();
}
char16_t charAt(QByteArrayView text, qsizetype i)
{
    return char16_t(uchar(text[i]));
}

// Reads `count` ASCII digits at `at`; -1 when one is not a digit.
template<typename Text>
int digits(Text text, qsizetype at, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = charAt(text, at + i);
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

// What toStoredTime writes, "2026-11-27T09:18:26Z", read directly: opening a book of 100,000
// deals parses half a million of these, and the general ISO parser is slow. The UTC day and
// the seconds into it; an invalid day when the text has another form.
template<typename Text>
std::pair<QDate, int> fixedStoredTime(Text text)
{
    if (text.size() == 20 && charAt(text, 4) == u'-' && charAt(text, 7) == u'-'
        && charAt(text, 10) == u'T' && charAt(text, 13) == u':' && charAt(text, 16) == u':'
        && charAt(text, 19) == u'Z') {
        const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        const QTime time(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2));
        if (date.isValid() && time.isValid()) {
            return {date, time.msecsSinceStartOfDay() / 1000};
        }
    }
    return {};
}

// The same as a QDateTime (Qt::UTC keeps it compact); invalid for another form.
template<typename Text>
QDateTime fixedStoredDateTime(Text text)
{
    const auto [date, seconds] = fixedStoredTime(text);
    return date.isValid()
                   ? QDateTime(date, QTime::fromMSecsSinceStartOfDay(seconds * 1000), Qt::UTC)
                   : QDateTime();
}

} // namespace

namespace {

constexpr int Changing = std::numeric_limits<int>::min();

// The seconds the user's clock is ahead of UTC throughout the UTC day `julianDay`, or Changing
// when the offset changes within it (a daylight-saving switch).
int offsetOnUtcDay(qint64 julianDay)
{
    thread_local QHash<qint64, int> offsetOfDay;
    auto offset = offsetOfDay.constFind(julianDay);
    if (offset == offsetOfDay.cend()) {
        const QDateTime start(QDate::fromJulianDay(julianDay), QTime(0, 0), Qt::UTC);
        const int first = start.toLocalTime().offsetFromUtc();
        const int last = start.addSecs(24 * 3600 - 1).toLocalTime().offsetFromUtc();
        offset = offsetOfDay.insert(julianDay, first == last ? first : Changing);
    }
    return *offset;
}

// The seconds the user's clock is ahead of UTC throughout the local day `julianDay`, or
// Changing when the offset changes within it.
int offsetOnLocalDay(qint64 julianDay)
{
    thread_local QHash<qint64, int> offsetOfDay;
    auto offset = offsetOfDay.constFind(julianDay);
    if (offset == offsetOfDay.cend()) {
        const QDate day = QDate::fromJulianDay(julianDay);
        const QDateTime start(day, QTime(0, 0));
        const QDateTime end(day, QTime(23, 59, 59));
        const int first = start.offsetFromUtc();
        const bool same = start.isValid() && end.isValid() && start.time() == QTime(0, 0)
                          && first == end.offsetFromUtc() && start.secsTo(end) == 24 * 3600 - 1;
        offset = offsetOfDay.insert(julianDay, same ? first : Changing);
    }
    return *offset;
}

} // namespace

QDateTime utcOfLocal(const QDate &date, const QTime &time)
{
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    if (const int offset = offsetOnLocalDay(date.toJulianDay()); offset != Changing) {
        return QDateTime(date, time, Qt::UTC).addSecs(-offset);
    }
    return QDateTime(date, time).toUTC();
}

QDate localDate(const QDateTime &t)
{
    if (!t.isValid()) {
        return {};
    }
    const QDateTime utc = t.toUTC();
    const int offset = offsetOnUtcDay(utc.date().toJulianDay());
    return offset == Changing ? utc.toLocalTime().date() : utc.addSecs(offset).date();
}

QDate localDateOfStored(QByteArrayView utf8)
{
    // The stored UTC day and the seconds into it, moved by the day's offset.
    if (const auto [day, seconds] = fixedStoredTime(utf8); day.isValid()) {
        if (const int offset = offsetOnUtcDay(day.toJulianDay()); offset != Changing) {
            const int local = seconds + offset;
            return day.addDays(local >= 0 ? local / 86400 : -1 - (-1 - local) / 86400);
        }
    }
    return localDate(fromStoredTime(utf8));
}

QDateTime fromStoredTime(const QString &text)
{
    if (text.isEmpty()) {
        return {};
    }
    if (QDateTime t = fixedStoredDateTime(QStringView(text)); t.isValid()) {
        return t;
    }
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

QDateTime fromStoredTime(QByteArrayView utf8)
{
    if (utf8.isEmpty()) {
        return {};
    }
    if (QDateTime t = fixedStoredDateTime(utf8); t.isValid()) {
        return t;
    }
    return fromStoredTime(QString::fromUtf8(utf8));
}

namespace {

// Writes the fixed ISO forms by hand: the demo generator and imports write millions, and
// QDateTime::toString goes through a printf.
void put(QChar *&out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

QString isoText(const QDate &date, const QTime &time, bool withTime, bool seconds, bool zulu)
{
    const qsizetype length = 10 + (withTime ? (seconds ? 9 : 6) : 0) + (zulu ? 1 : 0);
    QString text(length, Qt::Uninitialized);
    QChar *out = text.data();
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day); // one calendar computation, not three
    if (year < 0 || year > 9999) {
        return date.toString(Qt::ISODate);
    }
    put(out, year, 4);
    *out++ = u'-';
    put(out, month, 2);
    *out++ = u'-';
    put(out, day, 2);
    if (withTime) {
        *out++ = u'T';
        put(out, time.hour(), 2);
        *out++ = u':';
        put(out, time.minute(), 2);
        if (seconds) {
            *out++ = u':';
            put(out, time.second(), 2);
        }
    }
    if (zulu) {
        *out++ = u'Z';
    }
    return text;
}

} // namespace

QString toStoredTime(const QDateTime &t)
{
    if (!t.isValid()) {
        return {};
    }
    // The UTC day and time from the instant itself: cheaper than a UTC QDateTime's date() and
    // time(), and the demo and imports write millions.
    constexpr qint64 MSecsPerDay = 24 * 3600 * 1000;
    constexpr qint64 JulianDayOfEpoch = 2440588; // 1970-01-01
    const qint64 msecs = t.toMSecsSinceEpoch();
    qint64 days = msecs / MSecsPerDay;
    qint64 rest = msecs % MSecsPerDay;
    if (rest < 0) {
        --days;
        rest += MSecsPerDay;
    }
    return isoText(QDate::fromJulianDay(JulianDayOfEpoch + days),
                   QTime::fromMSecsSinceStartOfDay(int(rest)), true, true, true);
}

QString toStoredDate(const QDate &date)
{
    return date.isValid() ? isoText(date, {}, false, false, false) : QString();
}

QDate fromStoredDate(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

QDate fromStoredDate(QByteArrayView utf8)
{
    // "2026-11-27" read directly; any other form as the general parser reads it.
    if (utf8.size() == 10 && charAt(utf8, 4) == u'-' && charAt(utf8, 7) == u'-') {
        const QDate date(digits(utf8, 0, 4), digits(utf8, 5, 2), digits(utf8, 8, 2));
        if (date.isValid()) {
            return date;
        }
    }
    return utf8.isEmpty() ? QDate() : fromStoredDate(QString::fromUtf8(utf8));
}

QString toStoredLocalTime(const QDateTime &local)
{
    return local.isValid() ? isoText(local.date(), local.time(), true, false, false) : QString();
}

QDateTime fromStoredLocalTime(const QString &text)
{
    // The fixed form toStoredLocalTime writes, read without the general parser (see above).
    const QStringView view(text);
    if (text.size() == 16 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T'
        && text[13] == u':') {
        const QDate date(digits(view, 0, 4), digits(view, 5, 2), digits(view, 8, 2));
        const QTime time(digits(view, 11, 2), digits(view, 14, 2));
        if (date.isValid() && time.isValid()) {
            return QDateTime(date, time);
        }
    }
    return QDateTime::fromString(text, u"yyyy-MM-ddTHH:mm"_s);
}

QString dateFormat(const QLocale &locale)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        return locale.territory() == QLocale::UnitedStates ? u"MMM d, yyyy"_s : u"d MMM yyyy"_s;
    }
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s)) {
        format.replace(u"yy"_s, u"yyyy"_s);
    }
    return format;
}

QString dateText(const QDate &day, const QLocale &locale)
{
    return day.isValid() ? locale.toString(day, dateFormat(locale)) : QString();
}

QString dateTimeText(const QDateTime &when, const QLocale &locale)
{
    return when.isValid() ? dateText(when.date(), locale) + u' '
                                    + locale.toString(when.time(), QLocale::ShortFormat)
                          : QString();
}

} // namespace salesdesk
