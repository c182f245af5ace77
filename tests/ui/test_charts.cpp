// The shared chart axes: the unit a reader of the language expects, round ticks with separators,
// and dates on month, quarter or week starts, checked on hand-made ranges.
#include "tests/support/catchqt.h"
#include "ui/common/chartaxes.h"

#include <QCategoryAxis>

#include <catch2/catch.hpp>

using namespace salesdesk::ui;
using namespace Qt::Literals::StringLiterals;

namespace {
const QLocale English(QLocale::English, QLocale::UnitedStates);
const QLocale Chinese(QLocale::Chinese, QLocale::China);
const QLocale German(QLocale::German, QLocale::Germany);
} // namespace

TEST_CASE("Amounts are scaled to the unit the language counts in")
{
    const auto check = [](double top, const QString &currency, const QLocale &locale,
                          double divisor, const QString &unit) {
        const charts::Scale s = charts::scaleFor(top, currency, locale);
        CAPTURE(top, currency, locale.name());
        CHECK(s.divisor == divisor);
        CHECK(s.unit == unit);
    };
    // English: units, thousands from 10,000, millions from 10,000,000.
    check(9999, u"CNY"_s, English, 1, u"CNY"_s);
    check(7420000, u"CNY"_s, English, 1e3, u"thousand CNY"_s);
    check(12000000, u"USD"_s, English, 1e6, u"million USD"_s);
    check(40000, QString(), English, 1e3, u"thousands"_s);
    check(800, QString(), English, 1, QString());
    // Chinese: 元 up to 100,000, then 万元, and 亿元 from 100,000,000; other currencies by name.
    check(99999, u"CNY"_s, Chinese, 1, u"元"_s);
    check(7420000, u"CNY"_s, Chinese, 1e4, u"万元"_s);
    check(250000000, u"CNY"_s, Chinese, 1e8, u"亿元"_s);
    check(500000, u"USD"_s, Chinese, 1e4, u"万美元"_s);
    check(40000, QString(), Chinese, 1, QString());
}

TEST_CASE("Value axes tick on round numbers from zero, with thousands separators")
{
    CHECK(charts::niceTicks(742, 5) == QList<double> {0, 200, 400, 600, 800});
    CHECK(charts::niceTicks(7.42, 5) == QList<double> {0, 2, 4, 6, 8});
    const QList<double> fifths = charts::niceTicks(1, 5);
    REQUIRE(fifths.size() == 6);
    CHECK(fifths[1] == Approx(0.2));
    CHECK(fifths[5] == Approx(1.0));
    CHECK(charts::niceTicks(2300, 4) == QList<double> {0, 1000, 2000, 3000});
    CHECK(charts::niceTicks(10, 2) == QList<double> {0, 5, 10});
    CHECK(charts::niceTicks(0, 5) == charts::niceTicks(1, 5)); // an empty chart still has a scale

    const auto labels = [](double top, const QLocale &locale, int ticks) {
        std::unique_ptr<QCategoryAxis> axis(charts::valueAxis(top, locale, ticks));
        CHECK(axis->min() == 0);
        return axis->categoriesLabels();
    };
    CHECK(labels(7420, English, 4)
          == QStringList {u"0"_s, u"2,000"_s, u"4,000"_s, u"6,000"_s, u"8,000"_s});
    CHECK(labels(7420, German, 4)
          == QStringList {u"0"_s, u"2.000"_s, u"4.000"_s, u"6.000"_s, u"8.000"_s});
    CHECK(labels(4.4, English, 2) == QStringList {u"0.0"_s, u"2.5"_s, u"5.0"_s});
    std::unique_ptr<QCategoryAxis> axis(charts::valueAxis(742, Chinese, 5));
    CHECK(axis->max() == 800);
}

TEST_CASE("Date axes label month, quarter or week starts, with the year where it changes")
{
    const auto labels = [](const QDate &from, const QDate &to, const QLocale &locale) {
        QStringList out;
        for (const auto &t : charts::dateTicks(from, to, locale)) {
            out.append(t.label);
        }
        return out;
    };
    // A year: its twelve months, no year needed.
    const QStringList year = labels({2026, 1, 1}, {2026, 12, 31}, English);
    CHECK(year.size() == 12);
    CHECK(year.first() == u"Jan"_s);
    CHECK(year.last() == u"Dec"_s);
    CHECK(labels({2026, 1, 1}, {2026, 3, 31}, Chinese)
          == QStringList {u"1月"_s, u"2月"_s, u"3月"_s});
    // Across a new year: the year on the first label and on January; the first month start
    // after the axis begins.
    CHECK(labels({2026, 10, 15}, {2027, 3, 31}, English)
          == QStringList {u"Nov 2026"_s, u"Dec"_s, u"Jan 2027"_s, u"Feb"_s, u"Mar"_s});
    CHECK(labels({2026, 11, 1}, {2027, 1, 31}, Chinese)
          == QStringList {u"2026年11月"_s, u"12月"_s, u"2027年1月"_s});
    // Two years: quarters.
    const QStringList quarters = labels({2025, 1, 1}, {2026, 12, 31}, English);
    CHECK(quarters
          == QStringList {u"Q1 2025"_s, u"Q2 2025"_s, u"Q3 2025"_s, u"Q4 2025"_s, u"Q1 2026"_s,
                          u"Q2 2026"_s, u"Q3 2026"_s, u"Q4 2026"_s});
    // A month: its Mondays; a week: each day.
    CHECK(labels({2026, 6, 1}, {2026, 6, 30}, English)
          == QStringList {u"1 Jun"_s, u"8 Jun"_s, u"15 Jun"_s, u"22 Jun"_s, u"29 Jun"_s});
    CHECK(labels({2026, 6, 1}, {2026, 6, 7}, Chinese).size() == 7);
    // On the axis, each label sits on its day.
    std::unique_ptr<QCategoryAxis> axis(charts::dateAxis({2026, 1, 1}, {2026, 12, 31}, English));
    CHECK(axis->categoriesLabels().size() == 12);
    CHECK(axis->endValue(u"Mar"_s) == charts::dateValue({2026, 3, 1}));
}
