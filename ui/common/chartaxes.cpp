#include "ui/common/chartaxes.h"

#include "core/common/money.h"

#include <QCategoryAxis>
#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui::charts {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ChartAxes)
};

bool isChinese(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

// The decimals a tick step needs: none for 1, 2, 5…; one for 2.5 or 0.5; two for 0.25.
int decimalsOf(double step)
{
    for (int d = 0; d < 6; ++d) {
        const double scaled = step * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-9) {
            return d;
        }
    }
    return 6;
}

} // namespace

Scale scaleFor(double top, const QString &currency, const QLocale &locale)
{
    top = std::abs(top);
    if (isChinese(locale)) {
        // Chinese counts in 万 (10⁴) and 亿 (10⁸); yuan are 元, other currencies go by name.
        const QString name = currency.isEmpty()     ? QString()
                             : currency == u"CNY"_s ? u"元"_s
                                                    : currency::name(currency, locale);
        if (top >= 1e8) {
            return {1e8, u"亿"_s + name};
        }
        if (top >= 1e5) {
            return {1e4, u"万"_s + name};
        }
        return {1, name};
    }
    if (top >= 1e7) {
        return {1e6,
                currency.isEmpty() ? Text::tr("millions") : Text::tr("million %1").arg(currency)};
    }
    if (top >= 1e4) {
        return {1e3,
                currency.isEmpty() ? Text::tr("thousands") : Text::tr("thousand %1").arg(currency)};
    }
    return {1, currency};
}

QList<double> niceTicks(double top, int maxTicks)
{
    maxTicks = std::max(1, maxTicks);
    if (!(top > 0)) {
        top = 1;
    }
    const double rough = top / maxTicks;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power * 10;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * power >= rough - 1e-12 * power) {
            step = m * power;
            break;
        }
    }
    QList<double> ticks;
    const int count = int(std::ceil(top / step - 1e-9));
    for (int i = 0; i <= count; ++i) {
        ticks.append(i * step);
    }
    return ticks;
}

QCategoryAxis *valueAxis(double top, const QLocale &locale, int maxTicks)
{
    const QList<double> ticks = niceTicks(top, maxTicks);
    const double step = ticks.size() > 1 ? ticks[1] : 1;
    const int decimals = decimalsOf(step);
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // A category ends at each tick and is labelled there; the first, ending at 0, labels 0.
    axis->setStartValue(-step / 1000.0);
    for (double t : ticks) {
        axis->append(locale.toString(t, 'f', decimals), t);
    }
    axis->setRange(0, ticks.last());
    return axis;
}

double dateValue(const QDate &day)
{
    return double(day.startOfDay().toMSecsSinceEpoch());
}

QList<DateTick> dateTicks(const QDate &from, const QDate &to, const QLocale &locale)
{
    QList<DateTick> ticks;
    if (!from.isValid() || !to.isValid() || to < from) {
        return ticks;
    }
    const qint64 days = from.daysTo(to);
    const bool crossesYear = from.year() != to.year();
    if (days <= 35) {
        // Week starts (Mondays), or every day of a single week.
        const bool daily = days <= 7;
        QDate d = from;
        while (!daily && d.dayOfWeek() != 1) {
            d = d.addDays(1);
        }
        for (; d <= to; d = d.addDays(daily ? 1 : 7)) {
            ticks.append({d, locale.toString(d, isChinese(locale) ? u"M月d日"_s : u"d MMM"_s)});
        }
        return ticks;
    }
    const bool quarters = days > 400;
    QDate d(from.year(), from.month(), 1);
    if (d < from) {
        d = d.addMonths(1);
    }
    while (quarters && (d.month() - 1) % 3 != 0) {
        d = d.addMonths(1);
    }
    for (; d <= to; d = d.addMonths(quarters ? 3 : 1)) {
        QString label;
        if (quarters) {
            label = isChinese(locale) ? u"%1年第%2季度"_s.arg(d.year()).arg((d.month() + 2) / 3)
                                      : u"Q%1 %2"_s.arg((d.month() + 2) / 3).arg(d.year());
        } else {
            // The year on the first label and on each January when the axis crosses a year.
            const bool withYear = crossesYear && (ticks.isEmpty() || d.month() == 1);
            label = isChinese(locale) ? (withYear ? u"%1年%2月"_s.arg(d.year()).arg(d.month())
                                                  : u"%1月"_s.arg(d.month()))
                                      : locale.toString(d, withYear ? u"MMM yyyy"_s : u"MMM"_s);
        }
        ticks.append({d, label});
    }
    // A label is a category's name: the same one twice would be dropped.
    QSet<QString> seen;
    for (DateTick &t : ticks) {
        while (seen.contains(t.label)) {
            t.label += u' ';
        }
        seen.insert(t.label);
    }
    return ticks;
}

QCategoryAxis *dateAxis(const QDate &from, const QDate &to, const QLocale &locale)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(dateValue(from) - 1);
    for (const DateTick &t : dateTicks(from, to, locale)) {
        axis->append(t.label, dateValue(t.date));
    }
    axis->setRange(dateValue(from), dateValue(to));
    return axis;
}

} // namespace salesdesk::ui::charts
