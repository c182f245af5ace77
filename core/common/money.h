#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace salesdesk {

// An amount as an integer count of the currency's minor units (fen, cents) plus its
// ISO 4217 code. Never a double: sums and splits must be exact.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    Money() = default;
    Money(qint64 minor, QString currency)
        : m_minor(minor)
        , m_currency(std::move(currency))
    { }

    qint64 minor() const { return m_minor; }
    const QString &currency() const { return m_currency; }

    // Human-readable amount with the currency symbol, in the given locale's number format.
    QString format(const QLocale &locale = QLocale()) const;

    // Parses "1234.5", "1,234.50", "¥1 234,50" (in the locale's conventions) into minor units.
    // Rounds half away from zero beyond the currency's decimals.
    static Result<Money> parse(const QString &text, const QString &currency,
                               const QLocale &locale = QLocale::c());

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

namespace currency {
// Number of decimals of the minor unit (2 for CNY/USD/EUR, 0 for JPY/KRW, 3 for KWD…).
int decimals(const QString &code);
// 10^decimals(code)
qint64 minorPerMajor(const QString &code);
// A short symbol for display ("¥", "$", "€"); the code itself when none is known.
QString symbol(const QString &code);
// True for a code of ISO 4217, current or historic ("CNY", "USD"; not "XYZ" or "cny").
bool isValidCode(const QString &code);
// The currencies in use today, by code: what a new company can choose as its home currency.
QStringList currentCodes();
// The currency's name in a language ("Chinese Yuan", "人民币"); the code when ICU has none.
QString name(const QString &code, const QLocale &locale = QLocale());
// The currency of a locale (CNY for zh_CN); USD when the locale has none (the C locale).
QString defaultFor(const QLocale &locale);
// Formats minor units without a symbol ("1,234.50").
QString formatAmount(qint64 minor, const QString &code, const QLocale &locale = QLocale());
// Formats with the symbol, rounded to whole major units ("¥2,188,501"), for totals and charts.
QString formatWhole(qint64 minor, const QString &code, const QLocale &locale = QLocale());
} // namespace currency

// Splits a total into parts proportional to weights so that the parts add up exactly to the
// total (largest-remainder method): each part gets the floor of its exact share and the units
// left over go, one each, to the parts with the largest fractional remainders; ties go to the
// earlier part. All weights zero splits evenly. Negative weights count as zero.
QList<qint64> splitLargestRemainder(qint64 total, const QList<double> &weights);

} // namespace salesdesk
