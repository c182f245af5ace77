#pragma once

#include "core/kpi/kpiservice.h"

#include <QCoreApplication>

namespace salesdesk {

class PipelineService;
class TeamService;

// The figures a dashboard tile shows, each with its name, how it is computed and which way is
// good: one wording for the tiles' titles and tooltips and the report's key figures.
enum class Kpi {
    Revenue,
    WonDeals,
    WinRate,
    AverageDeal,
    SalesCycle,
    NewCustomers,
    WeightedPipeline,
    OverdueActivities,
    Csat,
    Nps,
    MarketShare,
};

class KpiText
{
    Q_DECLARE_TR_FUNCTIONS(KpiText)

public:
    static QList<Kpi> all();
    static QString name(Kpi kpi);
    // How the figure is computed, in a sentence or two (docs/cli.md, "The KPI engine").
    static QString explained(Kpi kpi);
    // True when a rise is good news (revenue); false when it is bad (overdue activities, a
    // longer sales cycle).
    static bool higherIsBetter(Kpi kpi);
    static bool isMoney(Kpi kpi);
    // The figure, or nothing when it cannot be had (no deal closed, no feedback).
    static std::optional<double> value(const KpiFigures &figures, Kpi kpi);
    // The relative change from `before` to `now`; nothing without a base to compare with.
    static std::optional<double> change(std::optional<double> now, std::optional<double> before);

    // What a share of a breakdown is called: a rep ("(no owner)" for 0), a product ("(no
    // product)" for none), a lost reason ("(no reason given)" for 0).
    static QString ownerName(const TeamService &team, qint64 repId);
    static QString productName(const QString &product);
    static QString lostReasonName(const PipelineService &pipeline, qint64 reasonId);
};

} // namespace salesdesk
