#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace salesdesk {

// A year, quarter, month or ISO week, written "2026", "2026Q3", "2026-07", "2026-W27". A year
// and its quarters may start in another month than January (a fiscal year): the year that
// starts in April 2026 is written "FY2026-04", its second quarter (July to September)
// "FY2026-04Q2", and shown as "FY2026/27" and "FY2026/27 Q2". The text says the month, so a
// period means the same days whatever the company's year start is later set to.
class Period
{
public:
    enum class Kind { Year, Quarter, Month, Week };

    Period() = default;
    // The year (or its quarter) that starts on the first of `startMonth` of `year`.
    static Period year(int year, int startMonth = 1);
    static Period quarter(int year, int quarter, int startMonth = 1);
    static Period month(int year, int month);
    static Period week(int isoYear, int week);
    // The period of the given kind that contains `date`; years and quarters starting in
    // `startMonth`.
    static Period containing(Kind kind, const QDate &date, int startMonth = 1);
    // The written forms above; "FY2026" and "FY2026Q2" name the year that starts in
    // `startMonth` of 2026 (the company's), and plain "2026" is always the calendar year.
    static std::optional<Period> parse(QStringView text, int startMonth = 1);

    bool isValid() const { return m_year > 0; }
    Kind kind() const { return m_kind; }
    int yearNumber() const { return m_year; }
    int index() const { return m_index; } // quarter 1–4, month 1–12, week 1–53, 1 for a year
    // The month a year or quarter's year starts in (1 for calendar years, months and weeks).
    int startMonth() const { return m_startMonth; }

    QDate start() const;
    QDate end() const; // inclusive
    int days() const { return int(start().daysTo(end())) + 1; }
    bool contains(const QDate &date) const { return date >= start() && date <= end(); }
    QString toString() const; // the written form, read back by parse()
    // How the period is shown: toString(), but "FY2026/27" and "FY2026/27 Q2" for a year that
    // does not start in January.
    QString label() const;

    // The periods of `kind` that overlap this one, in order: a year's quarters or months, a
    // quarter's months, a month's (or quarter's) ISO weeks — including a week that straddles
    // the boundary, whose days outside are not this period's.
    QList<Period> children(Kind kind) const;
    // Days of `other` that fall inside this period.
    int overlapDays(const Period &other) const;
    // The same period one year earlier (a week keeps its number).
    Period yearBefore() const;

    friend bool operator==(const Period &, const Period &) = default;

private:
    Period(Kind kind, int year, int index, int startMonth = 1)
        : m_kind(kind)
        , m_year(year)
        , m_index(index)
        , m_startMonth(startMonth)
    { }

    Kind m_kind = Kind::Year;
    int m_year = 0;
    int m_index = 1;
    int m_startMonth = 1;
};

// Monday of ISO week `week` of ISO year `isoYear`.
QDate isoWeekStart(int isoYear, int week);
// Number of ISO weeks (52 or 53) in an ISO year.
int isoWeeksInYear(int isoYear);

} // namespace salesdesk
