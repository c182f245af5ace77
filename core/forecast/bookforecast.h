#pragma once

#include "core/common/period.h"
#include "core/common/result.h"
#include "core/customers/segmentation.h"
#include "core/forecast/forecaster.h"
#include "core/forecast/seriesfile.h"
#include "core/targets/targettypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

#include <optional>

namespace salesdesk {
class KpiService;
class SegmentService;
class TargetService;
} // namespace salesdesk

namespace salesdesk::forecast {

// What the book's forecast is of: the KPI engine's revenue (won, in the home currency, minor
// units), won deals, or new customers, per month or quarter.
enum class BookMetric { Revenue, WonDeals, NewCustomers };

class BookForecastText
{
    Q_DECLARE_TR_FUNCTIONS(BookForecastText)

public:
    static QString code(BookMetric metric); // revenue, won_deals, new_customers
    static std::optional<BookMetric> metric(const QString &code);
    static QString name(BookMetric metric); // translated
};

struct BookForecastRequest
{
    BookMetric metric = BookMetric::Revenue;
    Period::Kind by = Period::Kind::Month; // Month or Quarter
    TargetScope scope; // company, a rep, a team or a product
    // Only these customers' deals and first wins (a customer segment's): no target is of them.
    std::optional<QSet<qint64>> customers;
    ForecastOptions options;
    QDate asOf; // the day counted to: the book's today, or the --as-of day
};

// One forecast period beside the revenue target of exactly that period and scope.
struct ForecastTarget
{
    Period period;
    std::optional<qint64> targetMinor;
    std::optional<qint64> gapMinor; // point forecast − target
};

struct BookForecast
{
    BookMetric metric = BookMetric::Revenue;
    TimeSeries history; // the finished periods, from the first with a closed deal
    // The period the as-of day is in — or, when that day is its last, the one after: the first
    // one forecast.
    Period running;
    double runningSoFar = 0; // its actual up to the as-of day
    // Periods running, running + 1, …; the running one is what it holds so far plus the
    // model's figure for it scaled to the days left.
    Forecast forecast;
    QList<ForecastTarget> targets; // revenue only, one per forecast period
};

// The history of up to ten years before the as-of day, by the KPI engine's figures (so the
// series adds up to what `salesdesk kpi` says of each period), forecast from the last
// finished period on. The period still running is the first one forecast; what it holds so
// far is given beside.
Result<BookForecast> forecastBook(const KpiService &kpi, const TargetService &targets,
                                  const BookForecastRequest &request);

// The customers of a segment on a day (by the book's rules and overrides, archived ones too:
// their revenue was real), for BookForecastRequest::customers.
Result<QSet<qint64>> customersOf(const SegmentService &segments, Segment segment, const QDate &day);

} // namespace salesdesk::forecast
