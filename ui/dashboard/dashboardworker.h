#pragma once

#include "core/common/clock.h"
#include "core/forecast/periodforecast.h"
#include "core/kpi/kpiservice.h"
#include "core/pipeline/funnel.h"
#include "ui/common/workerbook.h"

#include <QObject>

namespace salesdesk {
class Book;
}

namespace salesdesk::ui {

struct DashboardRequest
{
    int serial = 0;
    KpiSpan span; // a period, or a range of days the user picked
    KpiSpan compare;
    TargetScope scope;
    QDate asOf;
};

// Everything the dashboard shows, from the KPI engine: the period's figures and the compared
// period's, the breakdown behind the charts, the funnel and the customers by segment.
struct DashboardData
{
    DashboardRequest request;
    KpiReport now;
    KpiReport then;
    KpiBreakdown parts;
    FunnelReport funnel;
    QList<int> segments; // customers: high-value, potential, general
    // The statistical revenue forecast of the period while it runs (none once it is over, or
    // for a week or a range of days), and of each of its months not yet over.
    std::optional<forecast::PeriodForecast> forecast;
    QList<std::optional<double>> monthForecast; // minor units, one per parts.months
    QString error;
    qint64 elapsedMs = 0;
};

// Computes the dashboard on a thread of its own, from a read-only connection to the same file,
// so that the window never waits on a figure: every edit is committed at once, so the
// connection reads what the window has written.
class DashboardWorker : public QObject
{
    Q_OBJECT

public:
    DashboardWorker(QString path, const Clock &clock);
    ~DashboardWorker() override;

    void compute(const DashboardRequest &request); // on the worker's thread
    void close(); // on the worker's thread, before it ends

signals:
    void ready(const salesdesk::ui::DashboardData &data);

private:
    WorkerBook m_book;
};

// Computes the same data on the calling thread, from `book` (tests, and the worker's body).
DashboardData computeDashboard(Book &book, const DashboardRequest &request);

} // namespace salesdesk::ui

Q_DECLARE_METATYPE(salesdesk::ui::DashboardRequest)
Q_DECLARE_METATYPE(salesdesk::ui::DashboardData)
