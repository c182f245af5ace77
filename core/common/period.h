#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace salesdesk {

// A year, quarter, month or ISO week, written "2026", "2026Q3", "2026-07", "2026-W27".
class Period
{
public:
    enum class Kind { Year, Quarter, Month, Week };

    Period() = default;
    static Period year(int year);
    static Period quarter(int year, int quarter);
    static Period month(int year, int month);
    static Period week(int isoYear, int week);
    // The period of the given kind that contains `date`.
    static Period containing(Kind kind, const QDate &date);
    static std::optional<Period> parse(QStringView text);

    bool isValid() const { return m_year > 0; }
    Kind kind() const { return m_kind; }
    int yearNumber() const { return m_year; }
    int index() const { return m_index; } // quarter 1–4, month 1–12, week 1–53, 1 for a year

    QDate start() const;
    QDate end() const; // inclusive
    int days() const { return int(start().daysTo(end())) + 1; }
    bool contains(const QDate &date) const { return date >= start() && date <= end(); }
    QString toString() const;

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
    Period(Kind kind, int year, int index)
        : m_kind(kind)
        , m_year(year)
        , m_index(index)
    { }

    Kind m_kind = Kind::Year;
    int m_year = 0;
    int m_index = 1;
};

// Monday of ISO week `week` of ISO year `isoYear`.
QDate isoWeekStart(int isoYear, int week);
// Number of ISO weeks (52 or 53) in an ISO year.
int isoWeeksInYear(int isoYear);

} // namespace salesdesk
