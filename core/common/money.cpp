#include "core/common/money.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace currency {

int decimals(const QString &code)
{
    static const QHash<QString, int> exceptions = {
            {u"JPY"_s, 0}, {u"KRW"_s, 0}, {u"VND"_s, 0}, {u"CLP"_s, 0}, {u"ISK"_s, 0},
            {u"HUF"_s, 2}, {u"BHD"_s, 3}, {u"KWD"_s, 3}, {u"OMR"_s, 3}, {u"JOD"_s, 3},
            {u"TND"_s, 3}, {u"IQD"_s, 3}, {u"LYD"_s, 3},
    };
    return exceptions.value(code, 2);
}

qint64 minorPerMajor(const QString &code)
{
    qint64 factor = 1;
    for (int i = 0; i < decimals(code); ++i) {
        factor *= 10;
    }
    return factor;
}

QString symbol(const QString &code)
{
    static const QHash<QString, QString> symbols = {
            {u"CNY"_s, u"¥"_s},    {u"JPY"_s, u"¥"_s},  {u"USD"_s, u"$"_s},
            {u"EUR"_s, u"€"_s},    {u"GBP"_s, u"£"_s},  {u"HKD"_s, u"HK$"_s},
            {u"TWD"_s, u"NT$"_s},  {u"KRW"_s, u"₩"_s},  {u"INR"_s, u"₹"_s},
            {u"SGD"_s, u"S$"_s},   {u"AUD"_s, u"A$"_s}, {u"CAD"_s, u"CA$"_s},
            {u"CHF"_s, u"CHF "_s}, {u"RUB"_s, u"₽"_s},  {u"BRL"_s, u"R$"_s},
            {u"MOP"_s, u"MOP$"_s},
    };
    return symbols.value(code, code + u' ');
}

namespace {
// ISO 4217 codes as ICU knows them: `types` is a UCurrCurrencyType mask.
QStringList icuCodes(uint32_t types)
{
    QStringList codes;
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration *all = ucurr_openISOCurrencies(types, &status);
    if (U_FAILURE(status)) {
        return codes;
    }
    int32_t length = 0;
    while (const char *code = uenum_next(all, &length, &status)) {
        if (U_FAILURE(status)) {
            break;
        }
        codes.append(QString::fromLatin1(code, length));
    }
    uenum_close(all);
    codes.sort();
    return codes;
}
} // namespace

bool isValidCode(const QString &code)
{
    static const QStringList all = icuCodes(UCURR_ALL);
    return code.size() == 3 && std::binary_search(all.cbegin(), all.cend(), code);
}

QStringList currentCodes()
{
    // Legal tender today: common, not deprecated, and not the test or precious-metal codes.
    static const QStringList codes = [] {
        QStringList list = icuCodes(UCURR_COMMON | UCURR_NON_DEPRECATED);
        list.removeIf([](const QString &c) {
            return c.startsWith(u'X') && c != u"XAF"_s && c != u"XOF"_s && c != u"XCD"_s
                   && c != u"XPF"_s;
        });
        return list;
    }();
    return codes;
}

QString name(const QString &code, const QLocale &locale)
{
    const std::u16string iso = code.toStdU16String();
    if (iso.size() != 3) {
        return code;
    }
    const QByteArray localeName = locale.name().toLatin1();
    UBool isChoiceFormat = false;
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    const UChar *text
            = ucurr_getName(reinterpret_cast<const UChar *>(iso.c_str()), localeName.constData(),
                            UCURR_LONG_NAME, &isChoiceFormat, &length, &status);
    if (U_FAILURE(status) || !text || length == 0) {
        return code;
    }
    return QString(reinterpret_cast<const QChar *>(text), length);
}

QString defaultFor(const QLocale &locale)
{
    const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
    return isValidCode(code) ? code : u"USD"_s;
}

QString formatAmount(qint64 minor, const QString &code, const QLocale &locale)
{
    const qint64 factor = minorPerMajor(code);
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    QString text = locale.toString(qulonglong(magnitude / quint64(factor)));
    if (factor > 1) {
        const QString fraction
                = QString::number(magnitude % quint64(factor)).rightJustified(decimals(code), u'0');
        text += locale.decimalPoint() + fraction;
    }
    return negative ? locale.negativeSign() + text : text;
}

QString formatWhole(qint64 minor, const QString &code, const QLocale &locale)
{
    const qint64 factor = minorPerMajor(code);
    const qint64 half = factor / 2;
    const qint64 major = minor >= 0 ? (minor + half) / factor : -((-minor + half) / factor);
    const QString digits = locale.toString(major < 0 ? -major : major);
    return (major < 0 ? locale.negativeSign() : QString()) + symbol(code) + digits;
}

} // namespace currency

QString Money::format(const QLocale &locale) const
{
    const QString amount
            = currency::formatAmount(m_minor < 0 ? -m_minor : m_minor, m_currency, locale);
    const QString sign = m_minor < 0 ? locale.negativeSign() : QString();
    return sign + currency::symbol(m_currency) + amount;
}

Result<Money> Money::parse(const QString &input, const QString &code, const QLocale &locale)
{
    QString text = input.trimmed();
    const QString sym = currency::symbol(code).trimmed();
    if (!sym.isEmpty() && text.startsWith(sym)) {
        text = text.mid(sym.size());
    }
    if (text.startsWith(code)) {
        text = text.mid(code.size());
    }
    text = text.trimmed();
    bool negative = false;
    if (text.startsWith(u'-') || text.startsWith(locale.negativeSign())) {
        negative = true;
        text = text.mid(1).trimmed();
    }
    if (text.isEmpty()) {
        return Error::user(tr("No amount given."));
    }

    // Accept the locale's decimal point and, always, '.'; drop group separators and spaces.
    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    QString digitsBefore;
    QString digitsAfter;
    bool seenPoint = false;
    // '.' also works as the decimal point unless the locale groups digits with it ("1.234,50").
    const bool dotIsPoint = point == u"."_s || group != u"."_s;
    const bool commaIsGroup = point != u","_s;
    for (const QChar c : std::as_const(text)) {
        if (c.isDigit()) {
            (seenPoint ? digitsAfter : digitsBefore) += QChar(u'0' + c.digitValue());
        } else if ((QString(c) == point || (c == u'.' && dotIsPoint)) && !seenPoint) {
            seenPoint = true;
        } else if (QString(c) == group || (c == u',' && commaIsGroup) || c.isSpace()
                   || c == u'\'') {
            if (seenPoint) {
                return Error::user(tr("\"%1\" is not an amount.").arg(input));
            }
        } else {
            return Error::user(tr("\"%1\" is not an amount.").arg(input));
        }
    }
    if (digitsBefore.isEmpty() && digitsAfter.isEmpty()) {
        return Error::user(tr("\"%1\" is not an amount.").arg(input));
    }
    if (digitsBefore.size() > 15) {
        return Error::user(tr("\"%1\" is too large an amount.").arg(input));
    }
    const int places = currency::decimals(code);
    const qint64 major = digitsBefore.isEmpty() ? 0 : digitsBefore.toLongLong();
    qint64 fraction = 0;
    for (int i = 0; i < places; ++i) {
        fraction = fraction * 10 + (i < digitsAfter.size() ? digitsAfter.at(i).digitValue() : 0);
    }
    // Round half away from zero on the first dropped digit.
    if (digitsAfter.size() > places && digitsAfter.at(places).digitValue() >= 5) {
        fraction += 1;
    }
    qint64 minor = major * currency::minorPerMajor(code) + fraction;
    return Money(negative ? -minor : minor, code);
}

QList<qint64> splitLargestRemainder(qint64 total, const QList<double> &weights)
{
    const qsizetype n = weights.size();
    QList<qint64> parts(n, 0);
    if (n == 0) {
        return parts;
    }
    const bool negative = total < 0;
    const qint64 magnitude = negative ? -total : total;

    QList<long double> w(n);
    long double sum = 0;
    for (qsizetype i = 0; i < n; ++i) {
        w[i] = weights[i] > 0 ? weights[i] : 0;
        sum += w[i];
    }
    if (sum <= 0) {
        std::fill(w.begin(), w.end(), 1.0L);
        sum = n;
    }

    QList<long double> remainders(n);
    qint64 assigned = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const long double exact = static_cast<long double>(magnitude) * w[i] / sum;
        const long double floored = std::floor(exact);
        parts[i] = static_cast<qint64>(floored);
        remainders[i] = exact - floored;
        assigned += parts[i];
    }

    QList<qsizetype> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return remainders[a] > remainders[b] + 1e-12L;
    });
    qint64 left = magnitude - assigned;
    for (qsizetype k = 0; left > 0; k = (k + 1) % n, --left) {
        parts[order[k]] += 1;
    }
    if (negative) {
        for (auto &p : parts) {
            p = -p;
        }
    }
    return parts;
}

} // namespace salesdesk
