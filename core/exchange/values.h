#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace salesdesk {

// How the numeric dates of one column are written. Decided from the whole column: a first part
// above 12 means day first, a second part above 12 means month first; a column that never shows
// either is Ambiguous and the user is asked.
enum class DateOrder { Auto, YearFirst, DayFirst, MonthFirst, Ambiguous };

class ImportValues
{
    Q_DECLARE_TR_FUNCTIONS(ImportValues)

public:
    // An amount as it comes out of a spreadsheet or CRM, in minor units of a currency with
    // `decimals` decimals: "$12,400.00", "¥1,234.50", "1.234,50 €", "1 234,5", "(300)",
    // "-12.5", "12400". The decimal mark is the last '.' or ',' unless it is followed by
    // exactly three digits and another separator of the same kind came before.
    static Result<qint64> amount(const QString &text, int decimals);

    // The currency an amount names by symbol or code ("¥12" → CNY, "€3" → EUR, "12 USD" →
    // USD), or nothing.
    static std::optional<QString> currencyOf(const QString &text);

    // The order used by a column of dates (ISO dates are YearFirst).
    static DateOrder detectOrder(const QStringList &values);
    // A date in ISO ("2026-09-12", also with a time), numeric d/m/y or m/d/y by `order`
    // ('/', '.', '-' separated, 2- or 4-digit years), "Sep 12, 2026", "12 Sep 2026",
    // "September 12 2026", "2026年9月12日" or "2026/9/12".
    static Result<QDate> date(const QString &text, DateOrder order);
    static QString name(DateOrder order);

    // "yes", "true", "1", "x", "是", "done"… → true; "no", "0", "" … → false.
    static std::optional<bool> flag(const QString &text);
};

} // namespace salesdesk
