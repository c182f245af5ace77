#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

class QAbstractAxis;
class QCategoryAxis;

namespace salesdesk::ui::charts {

// Axes every chart of SalesDesk shares, so an owner reads amounts and dates the same way on
// every chart: round ticks, thousands separators, a unit in the title, months on month starts.

// The unit amounts are shown in, chosen from the largest value: in Chinese 元, 万元 (from
// 100,000) or 亿元 (from 100,000,000); in other languages units, thousands (from 10,000) or
// millions (from 10,000,000). `currency` empty: plain numbers (thousands, 万…).
struct Scale
{
    double divisor = 1;
    QString unit; // "thousand CNY", "万元", "CNY", "" for plain numbers below the first step
};
Scale scaleFor(double top, const QString &currency, const QLocale &locale = QLocale());

// Tick values from 0 to the first round value at or above `top`, in steps of 1, 2, 2.5 or 5
// times a power of ten, at most `maxTicks` of them past 0.
QList<double> niceTicks(double top, int maxTicks = 5);

// A value axis from 0 whose labels are the ticks with thousands separators ("8,000", "8 000",
// "8,000.5"), the way QValueAxis's printf format cannot write them.
QCategoryAxis *valueAxis(double top, const QLocale &locale = QLocale(), int maxTicks = 5);

// Where a date axis over [from, to] puts its labels: on week starts (Mondays) for up to five
// weeks, month starts for up to 13 months, quarter starts beyond; labels in the language's
// short form ("Mar", "3月"), with the year where the axis crosses one. Each label is unique.
struct DateTick
{
    QDate date;
    QString label;
};
QList<DateTick> dateTicks(const QDate &from, const QDate &to, const QLocale &locale = QLocale());
// A date axis in msecs since the epoch (QDateTime::toMSecsSinceEpoch of the day's start), with
// dateTicks' labels.
QCategoryAxis *dateAxis(const QDate &from, const QDate &to, const QLocale &locale = QLocale());
// The x value of a day on dateAxis.
double dateValue(const QDate &day);

} // namespace salesdesk::ui::charts
