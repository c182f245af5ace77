#include "core/exchange/values.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

int monthFromName(QStringView name)
{
    static const QStringList months = {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                       u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    const QString key = name.left(3).toString().toLower();
    const auto at = months.indexOf(key);
    return at < 0 ? 0 : int(at) + 1;
}

int fullYear(int year, qsizetype digits)
{
    if (digits <= 2) {
        return year < 70 ? 2000 + year : 1900 + year;
    }
    return year;
}

// The three numeric parts of a d/m/y-like date, or nothing.
struct NumericDate
{
    int a = 0, b = 0, c = 0;
    qsizetype aDigits = 0, cDigits = 0;
};

std::optional<NumericDate> numericParts(const QString &text)
{
    // Hand-read, since every date cell of a file goes through here (twice): three groups of
    // digits split by '/', '.' or '-', then optionally a time ("14:30", "T08:30:00Z"…).
    NumericDate d;
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto number = [&](int &value, qsizetype maxDigits) -> qsizetype {
        const qsizetype start = i;
        value = 0;
        while (i < n && i - start < maxDigits && text[i] >= u'0' && text[i] <= u'9') {
            value = value * 10 + (text[i].unicode() - '0');
            ++i;
        }
        return i - start;
    };
    const auto separator = [&] {
        if (i < n && (text[i] == u'/' || text[i] == u'.' || text[i] == u'-')) {
            ++i;
            return true;
        }
        return false;
    };
    d.aDigits = number(d.a, 4);
    if (d.aDigits == 0 || !separator() || number(d.b, 2) == 0 || !separator()) {
        return std::nullopt;
    }
    d.cDigits = number(d.c, 4);
    if (d.cDigits == 0) {
        return std::nullopt;
    }
    if (i == n) {
        return d;
    }
    static const QRegularExpression time(
            uR"(^[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$)"_s);
    if (!time.match(QStringView(text).mid(i)).hasMatch()) {
        return std::nullopt;
    }
    return d;
}

} // namespace

Result<qint64> ImportValues::amount(const QString &input, int decimals)
{
    QString text = input.trimmed();
    if (text.isEmpty()) {
        return Error::data(tr("no amount"));
    }
    bool bracketed = false;
    if (text.startsWith(u'(') && text.endsWith(u')')) {
        bracketed = true; // accountants' negative: (5) is −5
        text = text.mid(1, text.size() - 2);
    }
    // A currency symbol or code may lead or trail ("$", "¥", "USD", "元", "US$"); between them
    // only digits, separators, spaces and apostrophes (Swiss thousands) are allowed.
    static const QRegularExpression shape(
            uR"(^([A-Z]{3}|RMB|US\$|HK\$|\p{Sc})?\s*([-\x{2212}]?)\s*(\p{Sc})?\s*([0-9][0-9.,'\s\x{00A0}\x{202F}]*)\s*(\p{Sc}|[A-Z]{3}|RMB|元|人民币)?$)"_s);
    const auto m = shape.match(text);
    if (!m.hasMatch()) {
        return Error::data(tr("“%1” is not an amount").arg(input));
    }
    if (bracketed && !m.captured(2).isEmpty()) {
        return Error::data(tr("“%1” is both in brackets and with a minus: write −5 or (5) for a "
                              "negative amount")
                                   .arg(input));
    }
    const bool negative = bracketed || !m.captured(2).isEmpty();
    QString kept;
    for (QChar ch : m.capturedView(4)) {
        if (ch.isDigit() || ch == u'.' || ch == u',') {
            kept.append(ch);
        }
    }
    // Which separator is the decimal mark?
    const qsizetype lastDot = kept.lastIndexOf(u'.');
    const qsizetype lastComma = kept.lastIndexOf(u',');
    qsizetype mark = std::max(lastDot, lastComma);
    if (mark >= 0) {
        const QChar sep = kept[mark];
        const qsizetype digitsAfter = kept.size() - mark - 1;
        const bool repeated = kept.count(sep) > 1;
        const bool otherBefore = kept.left(mark).contains(sep == u'.' ? u',' : u'.');
        if (repeated || (digitsAfter == 3 && !otherBefore && sep == u',')) {
            mark = -1; // "1,234,567" or "12,400": thousands only
        } else if (digitsAfter == 3 && !otherBefore && sep == u'.'
                   && kept.left(mark).toLongLong() != 0) {
            // "12.400": twelve and 0.4, or twelve thousand four hundred as written in much of
            // Europe. Neither is taken on a guess.
            return Error::data(tr("“%1” could be %2 or %3: write it without the dot, or with "
                                  "two decimals")
                                       .arg(input, kept.left(mark) + u'.' + kept.mid(mark + 1, 2),
                                            kept.left(mark) + kept.mid(mark + 1)));
        }
    }
    QString whole = mark >= 0 ? kept.left(mark) : kept;
    QString fraction = mark >= 0 ? kept.mid(mark + 1) : QString();
    if (fraction.contains(u'.') || fraction.contains(u',')) {
        return Error::data(tr("“%1” is not an amount").arg(input));
    }
    // Thousands separators group by three: "1,234,567" and "1.234,5" are amounts, "1.2.3" is not.
    if (whole.contains(u'.') || whole.contains(u',')) {
        const QStringList groups = whole.split(QRegularExpression(u"[.,]"_s));
        bool grouped = groups.first().size() >= 1 && groups.first().size() <= 3;
        for (qsizetype g = 1; g < groups.size(); ++g) {
            grouped = grouped && groups[g].size() == 3;
        }
        if (!grouped) {
            return Error::data(tr("“%1” is not an amount").arg(input));
        }
    }
    whole.remove(u'.').remove(u',');
    if (whole.isEmpty()) {
        whole = u"0"_s;
    }
    if (whole.size() > 15) {
        return Error::data(tr("“%1” is too large").arg(input));
    }
    // Round the fraction half away from zero to the currency's decimals.
    qint64 minor = whole.toLongLong();
    for (int i = 0; i < decimals; ++i) {
        minor = minor * 10 + (i < fraction.size() ? fraction[i].digitValue() : 0);
    }
    if (fraction.size() > decimals && fraction[decimals].digitValue() >= 5) {
        ++minor;
    }
    return negative ? -minor : minor;
}

std::optional<QString> ImportValues::currencyOf(const QString &text)
{
    static const QRegularExpression code(u"(?:^|[^A-Z])([A-Z]{3})(?:[^A-Z]|$)"_s);
    if (const auto m = code.match(text); m.hasMatch() && m.captured(1) != "RMB"_L1) {
        return m.captured(1);
    }
    static const QList<std::pair<QString, QString>> symbols = {
            {u"US$"_s, u"USD"_s},    {u"HK$"_s, u"HKD"_s}, {u"RMB"_s, u"CNY"_s},
            {u"人民币"_s, u"CNY"_s}, {u"元"_s, u"CNY"_s},  {u"¥"_s, u"CNY"_s},
            {u"￥"_s, u"CNY"_s},     {u"€"_s, u"EUR"_s},   {u"£"_s, u"GBP"_s},
            {u"$"_s, u"USD"_s},
    };
    for (const auto &[symbol, currency] : symbols) {
        if (text.contains(symbol)) {
            return currency;
        }
    }
    return std::nullopt;
}

DateOrder ImportValues::detectOrder(const QStringList &values)
{
    bool dayFirst = false, monthFirst = false, yearFirst = false, numeric = false;
    for (const QString &v : values) {
        const auto parts = numericParts(v.trimmed());
        if (!parts) {
            continue;
        }
        numeric = true;
        if (parts->aDigits >= 3) {
            yearFirst = true;
        } else if (parts->a > 12) {
            dayFirst = true;
        } else if (parts->b > 12) {
            monthFirst = true;
        }
    }
    if (!numeric || (yearFirst && !dayFirst && !monthFirst)) {
        return DateOrder::YearFirst;
    }
    if (dayFirst && !monthFirst) {
        return DateOrder::DayFirst;
    }
    if (monthFirst && !dayFirst) {
        return DateOrder::MonthFirst;
    }
    return DateOrder::Ambiguous;
}

Result<QDate> ImportValues::date(const QString &input, DateOrder order)
{
    const QString text = input.trimmed();
    const auto invalid = [&] {
        return Error::data(tr("“%1” is not a date").arg(input));
    };
    if (auto p = numericParts(text)) {
        int y = 0, m = 0, d = 0;
        if (p->aDigits >= 3) {
            y = p->a, m = p->b, d = p->c;
        } else {
            const int year = fullYear(p->c, p->cDigits);
            if (order == DateOrder::DayFirst) {
                y = year, m = p->b, d = p->a;
            } else if (order == DateOrder::MonthFirst) {
                y = year, m = p->a, d = p->b;
            } else {
                return Error::data(tr("“%1” could be day/month or month/day").arg(input));
            }
        }
        const QDate date(y, m, d);
        if (!date.isValid()) {
            return invalid();
        }
        return date;
    }
    static const QRegularExpression chinese(uR"(^(\d{4})年(\d{1,2})月(\d{1,2})日)"_s);
    if (const auto m = chinese.match(text); m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return date.isValid() ? Result<QDate>(date) : Result<QDate>(invalid());
    }
    // "Sep 12, 2026", "September 12 2026"
    static const QRegularExpression monthFirstWords(
            uR"(^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4}))"_s);
    // "12 Sep 2026", "12-Sep-2026"
    static const QRegularExpression dayFirstWords(
            uR"(^(\d{1,2})[\s\-]([A-Za-z]{3,9})\.?[\s\-,]+(\d{2,4}))"_s);
    int y = 0, m = 0, d = 0;
    if (const auto mm = monthFirstWords.match(text); mm.hasMatch()) {
        m = monthFromName(mm.capturedView(1));
        d = mm.captured(2).toInt();
        y = mm.captured(3).toInt();
    } else if (const auto dm = dayFirstWords.match(text); dm.hasMatch()) {
        d = dm.captured(1).toInt();
        m = monthFromName(dm.capturedView(2));
        y = fullYear(dm.captured(3).toInt(), dm.capturedLength(3));
    } else {
        return invalid();
    }
    const QDate date(y, m, d);
    return m > 0 && date.isValid() ? Result<QDate>(date) : Result<QDate>(invalid());
}

QString ImportValues::name(DateOrder order)
{
    switch (order) {
    case DateOrder::Auto:
        return tr("Automatic");
    case DateOrder::YearFirst:
        return tr("Year first (2026-09-12)");
    case DateOrder::DayFirst:
        return tr("Day first (12/09/2026)");
    case DateOrder::MonthFirst:
        return tr("Month first (09/12/2026)");
    case DateOrder::Ambiguous:
        return tr("Undecided");
    }
    return {};
}

std::optional<bool> ImportValues::flag(const QString &input)
{
    const QString t = input.trimmed().toLower();
    static const QStringList yes = {u"1"_s,    u"yes"_s,       u"y"_s,  u"true"_s,   u"x"_s,
                                    u"done"_s, u"completed"_s, u"是"_s, u"已完成"_s, u"完成"_s};
    static const QStringList no
            = {u""_s, u"0"_s, u"no"_s, u"n"_s, u"false"_s, u"open"_s, u"否"_s, u"未完成"_s};
    if (yes.contains(t)) {
        return true;
    }
    if (no.contains(t)) {
        return false;
    }
    return std::nullopt;
}

} // namespace salesdesk
