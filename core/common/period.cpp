#include "core/common/period.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

QDate isoWeekStart(int isoYear, int week)
{
    // 4 January is always in week 1.
    const QDate jan4(isoYear, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1));
}

int isoWeeksInYear(int isoYear)
{
    // 28 December is always in the last week of its ISO year.
    return QDate(isoYear, 12, 28).weekNumber();
}

Period Period::year(int year)
{
    return {Kind::Year, year, 1};
}

Period Period::quarter(int year, int quarter)
{
    return quarter >= 1 && quarter <= 4 ? Period(Kind::Quarter, year, quarter) : Period();
}

Period Period::month(int year, int month)
{
    return month >= 1 && month <= 12 ? Period(Kind::Month, year, month) : Period();
}

Period Period::week(int isoYear, int week)
{
    return week >= 1 && week <= isoWeeksInYear(isoYear) ? Period(Kind::Week, isoYear, week)
                                                        : Period();
}

Period Period::containing(Kind kind, const QDate &date)
{
    switch (kind) {
    case Kind::Year:
        return year(date.year());
    case Kind::Quarter:
        return quarter(date.year(), (date.month() - 1) / 3 + 1);
    case Kind::Month:
        return month(date.year(), date.month());
    case Kind::Week: {
        int isoYear = 0;
        const int number = date.weekNumber(&isoYear);
        return week(isoYear, number);
    }
    }
    return {};
}

std::optional<Period> Period::parse(QStringView text)
{
    static const QRegularExpression pattern(u"^(\\d{4})(?:Q([1-4])|-(\\d{2})|-W(\\d{2}))?$"_s);
    const auto match = pattern.match(text.trimmed().toString());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const int y = match.capturedView(1).toInt();
    if (y < 1900 || y > 9999) {
        return std::nullopt;
    }
    Period p;
    if (match.hasCaptured(2)) {
        p = quarter(y, match.capturedView(2).toInt());
    } else if (match.hasCaptured(3)) {
        p = month(y, match.capturedView(3).toInt());
    } else if (match.hasCaptured(4)) {
        p = week(y, match.capturedView(4).toInt());
    } else {
        p = year(y);
    }
    return p.isValid() ? std::optional(p) : std::nullopt;
}

QDate Period::start() const
{
    switch (m_kind) {
    case Kind::Year:
        return {m_year, 1, 1};
    case Kind::Quarter:
        return {m_year, 3 * (m_index - 1) + 1, 1};
    case Kind::Month:
        return {m_year, m_index, 1};
    case Kind::Week:
        return isoWeekStart(m_year, m_index);
    }
    return {};
}

QDate Period::end() const
{
    switch (m_kind) {
    case Kind::Year:
        return {m_year, 12, 31};
    case Kind::Quarter:
        return QDate(m_year, 3 * m_index, 1).addMonths(1).addDays(-1);
    case Kind::Month:
        return QDate(m_year, m_index, 1).addMonths(1).addDays(-1);
    case Kind::Week:
        return start().addDays(6);
    }
    return {};
}

QString Period::toString() const
{
    switch (m_kind) {
    case Kind::Year:
        return QString::number(m_year);
    case Kind::Quarter:
        return u"%1Q%2"_s.arg(m_year).arg(m_index);
    case Kind::Month:
        return u"%1-%2"_s.arg(m_year).arg(m_index, 2, 10, QChar(u'0'));
    case Kind::Week:
        return u"%1-W%2"_s.arg(m_year).arg(m_index, 2, 10, QChar(u'0'));
    }
    return {};
}

QList<Period> Period::children(Kind kind) const
{
    QList<Period> out;
    if (!isValid() || int(kind) <= int(m_kind)) {
        return out;
    }
    Period p = containing(kind, start());
    while (p.isValid() && p.start() <= end()) {
        out.append(p);
        p = containing(kind, p.end().addDays(1));
    }
    return out;
}

int Period::overlapDays(const Period &other) const
{
    const QDate from = std::max(start(), other.start());
    const QDate to = std::min(end(), other.end());
    return from <= to ? int(from.daysTo(to)) + 1 : 0;
}

Period Period::yearBefore() const
{
    switch (m_kind) {
    case Kind::Year:
        return year(m_year - 1);
    case Kind::Quarter:
        return quarter(m_year - 1, m_index);
    case Kind::Month:
        return month(m_year - 1, m_index);
    case Kind::Week:
        return week(m_year - 1, std::min(m_index, isoWeeksInYear(m_year - 1)));
    }
    return {};
}

} // namespace salesdesk
