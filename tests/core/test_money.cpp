#include "core/common/money.h"

#include <catch2/catch.hpp>

using namespace salesdesk;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("Money parses amounts exactly into minor units")
{
    const QLocale c = QLocale::c();
    CHECK(Money::parse(u"1234.56"_s, u"CNY"_s, c)->minor() == 123456);
    CHECK(Money::parse(u"1,234.5"_s, u"CNY"_s, c)->minor() == 123450);
    CHECK(Money::parse(u"¥ 12"_s, u"CNY"_s, c)->minor() == 1200);
    CHECK(Money::parse(u"0.07"_s, u"USD"_s, c)->minor() == 7);
    CHECK(Money::parse(u"-5"_s, u"CNY"_s, c)->minor() == -500);
    CHECK(Money::parse(u"1000"_s, u"JPY"_s, c)->minor() == 1000);
    CHECK(Money::parse(u"1.2345"_s, u"KWD"_s, c)->minor() == 1235);
    // Half away from zero on the first dropped digit.
    CHECK(Money::parse(u"12.345"_s, u"CNY"_s, c)->minor() == 1235);
    CHECK(Money::parse(u"12.344"_s, u"CNY"_s, c)->minor() == 1234);
    CHECK(Money::parse(u"-12.345"_s, u"CNY"_s, c)->minor() == -1235);
    // A German-style locale writes the decimal comma.
    CHECK(Money::parse(u"1.234,50"_s, u"EUR"_s, QLocale(QLocale::German))->minor() == 123450);
}

TEST_CASE("Money refuses what is not an amount")
{
    const QLocale c = QLocale::c();
    CHECK_FALSE(Money::parse(QString(), u"CNY"_s, c).ok());
    CHECK_FALSE(Money::parse(u"abc"_s, u"CNY"_s, c).ok());
    CHECK_FALSE(Money::parse(u"1.2.3"_s, u"CNY"_s, c).ok());
    CHECK_FALSE(Money::parse(u"12e5"_s, u"CNY"_s, c).ok());
    CHECK_FALSE(Money::parse(u"1234567890123456"_s, u"CNY"_s, c).ok());
}

TEST_CASE("Money formats with the locale and the currency's decimals")
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    CHECK(Money(123456, u"CNY"_s).format(en) == u"¥1,234.56"_s);
    CHECK(Money(5, u"USD"_s).format(en) == u"$0.05"_s);
    CHECK(Money(-123456, u"USD"_s).format(en) == u"-$1,234.56"_s);
    CHECK(Money(1000, u"JPY"_s).format(en) == u"¥1,000"_s);
    CHECK(Money(100, u"XYZ"_s).format(en) == u"XYZ 1.00"_s);
    CHECK(Money(123456789, u"EUR"_s).format(QLocale(QLocale::German)) == u"€1.234.567,89"_s);
    CHECK(currency::formatWhole(218850049, u"CNY"_s, en) == u"¥2,188,500"_s);
    CHECK(currency::formatWhole(218850050, u"CNY"_s, en) == u"¥2,188,501"_s);
}

TEST_CASE("The default currency follows the locale")
{
    CHECK(currency::defaultFor(QLocale(QLocale::Chinese, QLocale::China)) == u"CNY"_s);
    CHECK(currency::defaultFor(QLocale(QLocale::English, QLocale::UnitedStates)) == u"USD"_s);
    CHECK(currency::defaultFor(QLocale(QLocale::German, QLocale::Germany)) == u"EUR"_s);
    CHECK(currency::defaultFor(QLocale::c()) == u"USD"_s);
    CHECK(currency::isValidCode(u"CNY"_s));
    CHECK_FALSE(currency::isValidCode(u"cny"_s));
    CHECK_FALSE(currency::isValidCode(u"YUAN"_s));
}

TEST_CASE("Currency codes are those of ISO 4217, with their names in the user's language")
{
    CHECK(currency::isValidCode(u"USD"_s));
    CHECK(currency::isValidCode(u"DEM"_s)); // historic: old files and imports may carry it
    CHECK_FALSE(currency::isValidCode(u"XYZ"_s));
    CHECK_FALSE(currency::isValidCode(u"RMB"_s));
    const QStringList current = currency::currentCodes();
    for (const char *code : {"CNY", "USD", "EUR", "JPY", "HKD", "XAF"}) {
        CHECK(current.contains(QString::fromLatin1(code)));
    }
    for (const char *code : {"DEM", "XAU", "XTS"}) { // replaced, a metal, a test code
        CHECK_FALSE(current.contains(QString::fromLatin1(code)));
    }
    CHECK(std::is_sorted(current.cbegin(), current.cend()));
    CHECK(currency::name(u"CNY"_s, QLocale(QLocale::Chinese, QLocale::China)) == u"人民币"_s);
    CHECK(currency::name(u"USD"_s, QLocale(QLocale::English, QLocale::UnitedStates))
          == u"US Dollar"_s);
    CHECK(currency::name(u"EUR"_s, QLocale(QLocale::English, QLocale::UnitedStates)) == u"Euro"_s);
}

TEST_CASE("Largest-remainder splits always add up to the whole")
{
    // ¥100.00 in three: 33.34 + 33.33 + 33.33; the first of equal remainders gets the fen.
    CHECK(splitLargestRemainder(10000, {1, 1, 1}) == QList<qint64> {3334, 3333, 3333});
    // 7 by 0.5/0.25/0.25: exact 3.5, 1.75, 1.75 → floors 3, 1, 1; the two units left go to the
    // largest remainders (0.75, 0.75), not to the 0.5.
    CHECK(splitLargestRemainder(7, {0.5, 0.25, 0.25}) == QList<qint64> {3, 2, 2});
    // 10 by 3:3:4 is exact.
    CHECK(splitLargestRemainder(10, {3, 3, 4}) == QList<qint64> {3, 3, 4});
    // All weights zero: even.
    CHECK(splitLargestRemainder(5, {0, 0}) == QList<qint64> {3, 2});
    // Negative totals mirror positive ones.
    CHECK(splitLargestRemainder(-10000, {1, 1, 1}) == QList<qint64> {-3334, -3333, -3333});
    CHECK(splitLargestRemainder(100, {}).isEmpty());

    const QList<double> weights = {0.9, 0.6, 1.1, 1.1, 1.0, 1.15, 0.9, 0.9, 1.1, 0.85, 1.2, 1.25};
    const auto months = splitLargestRemainder(1200000001, weights);
    qint64 sum = 0;
    for (auto m : months) {
        sum += m;
    }
    CHECK(sum == 1200000001);
}
