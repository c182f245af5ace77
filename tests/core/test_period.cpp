#include "core/common/period.h"

#include <catch2/catch.hpp>

using namespace salesdesk;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("Periods parse and print in the four forms")
{
    CHECK(Period::parse(u"2026")->toString() == u"2026"_s);
    CHECK(Period::parse(u"2026Q3")->toString() == u"2026Q3"_s);
    CHECK(Period::parse(u"2026-07")->toString() == u"2026-07"_s);
    CHECK(Period::parse(u"2026-W27")->toString() == u"2026-W27"_s);
    CHECK_FALSE(Period::parse(u"2026Q5").has_value());
    CHECK_FALSE(Period::parse(u"2026-13").has_value());
    CHECK_FALSE(Period::parse(u"2026-W54").has_value());
    CHECK_FALSE(Period::parse(u"2025-W53").has_value()); // 2025 has 52 ISO weeks
    CHECK(Period::parse(u"2026-W53").has_value()); // 2026 has 53
    CHECK_FALSE(Period::parse(u"July").has_value());
}

TEST_CASE("Periods know their days")
{
    const Period q1 = *Period::parse(u"2026Q1");
    CHECK(q1.start() == QDate(2026, 1, 1));
    CHECK(q1.end() == QDate(2026, 3, 31));
    CHECK(q1.days() == 90);
    CHECK(Period::parse(u"2024-02")->days() == 29);
    CHECK(Period::parse(u"2026")->days() == 365);
    // ISO week 1 of 2026 starts on Monday 29 December 2025.
    const Period w1 = *Period::parse(u"2026-W01");
    CHECK(w1.start() == QDate(2025, 12, 29));
    CHECK(w1.end() == QDate(2026, 1, 4));
    CHECK(Period::containing(Period::Kind::Week, QDate(2026, 1, 1)) == w1);
    CHECK(Period::containing(Period::Kind::Quarter, QDate(2026, 8, 15)).toString() == u"2026Q3"_s);
}

TEST_CASE("A month's weeks include the ones that straddle its edges")
{
    // July 2026: Wednesday 1st to Friday 31st. ISO weeks 27 (29 Jun–5 Jul) to 31 (27 Jul–2 Aug).
    const Period july = *Period::parse(u"2026-07");
    const QList<Period> weeks = july.children(Period::Kind::Week);
    REQUIRE(weeks.size() == 5);
    CHECK(weeks.first().toString() == u"2026-W27"_s);
    CHECK(weeks.last().toString() == u"2026-W31"_s);
    // Days inside July: 5 (1–5 Jul), 7, 7, 7, 5 (27–31 Jul) = 31.
    QList<int> days;
    for (const auto &w : weeks) {
        days.append(july.overlapDays(w));
    }
    CHECK(days == QList<int> {5, 7, 7, 7, 5});
}

TEST_CASE("A year splits into quarters and months, a quarter into months")
{
    const Period year = *Period::parse(u"2026");
    const QList<Period> quarters = year.children(Period::Kind::Quarter);
    REQUIRE(quarters.size() == 4);
    CHECK(quarters[3].toString() == u"2026Q4"_s);
    CHECK(year.children(Period::Kind::Month).size() == 12);
    const QList<Period> months = quarters[1].children(Period::Kind::Month);
    REQUIRE(months.size() == 3);
    CHECK(months[0].toString() == u"2026-04"_s);
    CHECK(months[2].toString() == u"2026-06"_s);
    CHECK(quarters[0].children(Period::Kind::Year).isEmpty());
    CHECK(Period::parse(u"2026Q2")->yearBefore().toString() == u"2025Q2"_s);
}

TEST_CASE("A year that starts in April: its days, quarters, months and written forms")
{
    const Period fy = Period::year(2026, 4);
    CHECK(fy.start() == QDate(2026, 4, 1));
    CHECK(fy.end() == QDate(2027, 3, 31));
    CHECK(fy.days() == 365);
    CHECK(fy.toString() == u"FY2026-04"_s);
    CHECK(fy.label() == u"FY2026/27"_s);
    const Period q2 = Period::quarter(2026, 2, 4);
    CHECK(q2.start() == QDate(2026, 7, 1));
    CHECK(q2.end() == QDate(2026, 9, 30));
    CHECK(q2.toString() == u"FY2026-04Q2"_s);
    CHECK(q2.label() == u"FY2026/27 Q2"_s);
    // February 2027 is in the fourth quarter of the year that began in April 2026.
    CHECK(Period::containing(Period::Kind::Year, QDate(2027, 2, 15), 4) == fy);
    CHECK(Period::containing(Period::Kind::Quarter, QDate(2027, 2, 15), 4)
          == Period::quarter(2026, 4, 4));
    CHECK(Period::containing(Period::Kind::Quarter, QDate(2026, 4, 1), 4).index() == 1);
    const auto quarters = fy.children(Period::Kind::Quarter);
    REQUIRE(quarters.size() == 4);
    CHECK(quarters[0].start() == QDate(2026, 4, 1));
    CHECK(quarters[3].start() == QDate(2027, 1, 1));
    CHECK(quarters[3].end() == QDate(2027, 3, 31));
    const auto months = fy.children(Period::Kind::Month);
    REQUIRE(months.size() == 12);
    CHECK(months.first() == Period::month(2026, 4));
    CHECK(months.last() == Period::month(2027, 3));
    CHECK(q2.children(Period::Kind::Month)
          == QList<Period> {Period::month(2026, 7), Period::month(2026, 8),
                            Period::month(2026, 9)});
    CHECK(fy.yearBefore() == Period::year(2025, 4));
    // Written forms read back; "FY2026" is the company's year, plain "2026" the calendar's.
    CHECK(Period::parse(u"FY2026-04") == fy);
    CHECK(Period::parse(u"FY2026-04Q2") == q2);
    CHECK(Period::parse(u"fy2026q2", 4) == q2);
    CHECK(Period::parse(u"FY2026", 10)->start() == QDate(2026, 10, 1));
    CHECK(Period::parse(u"2026", 4) == Period::year(2026));
    CHECK(Period::parse(u"FY2026") == Period::year(2026)); // January: the calendar year
    CHECK(Period::year(2026, 1).toString() == u"2026"_s);
    CHECK_FALSE(Period::parse(u"FY2026-13").has_value());
    CHECK_FALSE(Period::parse(u"FY2026-04Q5").has_value());
    // A year across a 29 February.
    CHECK(Period::year(2027, 3).days() == 366);
}
