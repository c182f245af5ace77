#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

namespace salesdesk {

class Book;

// Writes a believable demo company: customers (about 40 per 100 deals), 5–8 reps, deals spread
// over the last `years` years with monthly seasonality and growth, stage histories with
// realistic dwell times, won/lost outcomes with reasons, after-sales status and activities.
// The same options always give the same content.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    struct Options
    {
        int deals = 1000;
        quint32 seed = 1;
        int years = 3;
        QDate asOf; // "today" of the demo; the real today when invalid
        QString currency = QStringLiteral("CNY");
        QString companyName; // a fitting default when empty
        QString language = QStringLiteral("en"); // "en" or "zh_CN": the names in the data
    };
    struct Summary
    {
        int deals = 0;
        int customers = 0;
        int reps = 0;
        int activities = 0;
        int targets = 0;
        int feedback = 0;
    };
    // Called now and then with the deals written so far; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    static Result<Summary> generate(const QString &path, const Options &options,
                                    const Progress &progress = {});

private:
    // The book's clock reads the demo's today (10:00 UTC) while it is written.
    static Result<Summary> fill(Book &book, const Options &options, const Progress &progress);
    // This year's targets: revenue split seasonally into quarters and months and adjusted
    // once, revenue per rep for the current quarter, and won deals.
    static Status addTargets(Book &book, const Options &options, Summary &summary);
    // Feedback on won deals, some customers' own contact cadence, and segments computed a
    // quarter ago and on the demo's today.
    static Status addCustomerCare(Book &book, const Options &options, Summary &summary);
    static Status addProfiles(Book &book, const Options &options);
    static Status addTeam(Book &book, const Options &options);
    static Status addMarket(Book &book, const Options &options);
    // Last quarter's scorecards rated and finalised, and a few improvement measures.
    static Status addEvaluation(Book &book, const Options &options);
};

} // namespace salesdesk
