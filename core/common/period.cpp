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

Period Period::year(int year, int startMonth)
{
    return startMonth >= 1 && startMonth <= 12 ? Period(Kind::Year, year, 1, startMonth) : Period();
}

Period Period::quarter(int year, int quarter, int startMonth)
{
    return quarter >= 1 && quarter <= 4 && startMonth >= 1 && startMonth <= 12
                   ? Period(Kind::Quarter, year, quarter, startMonth)
                   : Period();
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

Period Period::containing(Kind kind, const QDate &date, int startMonth)
{
    // The year (starting in startMonth) the date falls in, and its months since the start.
    const int fiscalYear = date.month() >= startMonth ? date.year() : date.year() - 1;
    const int monthsIn = (date.month() - startMonth + 12) % 12;
    switch (kind) {
    case Kind::Year:
        return year(fiscalYear, startMonth);
    case Kind::Quarter:
        return quarter(fiscalYear, monthsIn / 3 + 1, startMonth);
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

std::optional<Period> Period::parse(QStringView text, int startMonth)
{
    // "FY2026-04", "FY2026-04Q2"; "FY2026", "FY2026Q2" in the year start given.
    static const QRegularExpression fiscal(u"^FY(\\d{4})(?:-(\\d{2}))?(?:Q([1-4]))?$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    if (const auto match = fiscal.match(text.trimmed().toString()); match.hasMatch()) {
        const int y = match.capturedView(1).toInt();
        const int start = match.hasCaptured(2) ? match.capturedView(2).toInt() : startMonth;
        if (y < 1900 || y > 9999) {
            return std::nullopt;
        }
        const Period p = match.hasCaptured(3) ? quarter(y, match.capturedView(3).toInt(), start)
                                              : year(y, start);
        return p.isValid() ? std::optional(p) : std::nullopt;
    }
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
        return {m_year, m_startMonth, 1};
    case Kind::Quarter:
        return QDate(m_year, m_startMonth, 1).addMonths(3 * (m_index - 1));
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
        return start().addYears(1).addDays(-1);
    case Kind::Quarter:
        return start().addMonths(3).addDays(-1);
    case Kind::Month:
        return QDate(m_year, m_index, 1).addMonths(1).addDays(-1);
    case Kind::Week:
        return start().addDays(6);
    }
    return {};
}

QString Period::toString() const
{
    if (m_startMonth != 1 && (m_kind == Kind::Year || m_kind == Kind::Quarter)) {
        const QString year = u"FY%1-%2"_s.arg(m_year).arg(m_startMonth, 2, 10, QChar(u'0'));
        return m_kind == Kind::Year ? year : year + u"Q%1"_s.arg(m_index);
    }
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

QString Period::label() const
{
    if (m_startMonth == 1 || (m_kind != Kind::Year && m_kind != Kind::Quarter)) {
        return toString();
    }
    const QString year = u"FY%1/%2"_s.arg(m_year).arg((m_year + 1) % 100, 2, 10, QChar(u'0'));
    return m_kind == Kind::Year ? year : year + u" Q%1"_s.arg(m_index);
}

QList<Period> Period::children(Kind kind) const
{
    QList<Period> out;
    if (!isValid() || int(kind) <= int(m_kind)) {
        return out;
    }
    Period p = containing(kind, start(), m_startMonth);
    while (p.isValid() && p.start() <= end()) {
        out.append(p);
        p = containing(kind, p.end().addDays(1), m_startMonth);
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
        return year(m_year - 1, m_startMonth);
    case Kind::Quarter:
        return quarter(m_year - 1, m_index, m_startMonth);
    case Kind::Month:
        return month(m_year - 1, m_index);
    case Kind::Week:
        return week(m_year - 1, std::min(m_index, isoWeeksInYear(m_year - 1)));
    }
    return {};
}

} // namespace salesdesk
