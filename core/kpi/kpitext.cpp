#include "core/kpi/kpitext.h"

#include "core/pipeline/pipelineservice.h"
#include "core/team/teamservice.h"

#include <cmath>

namespace salesdesk {

QList<Kpi> KpiText::all()
{
    return {Kpi::Revenue,    Kpi::WonDeals,     Kpi::WinRate,          Kpi::AverageDeal,
            Kpi::SalesCycle, Kpi::NewCustomers, Kpi::WeightedPipeline, Kpi::OverdueActivities,
            Kpi::Csat,       Kpi::Nps,          Kpi::MarketShare};
}

QString KpiText::name(Kpi kpi)
{
    switch (kpi) {
    case Kpi::Revenue:
        return tr("Revenue");
    case Kpi::WonDeals:
        return tr("Deals won");
    case Kpi::WinRate:
        return tr("Win rate");
    case Kpi::AverageDeal:
        return tr("Average deal");
    case Kpi::SalesCycle:
        return tr("Sales cycle");
    case Kpi::NewCustomers:
        return tr("New customers");
    case Kpi::WeightedPipeline:
        return tr("Weighted pipeline");
    case Kpi::OverdueActivities:
        return tr("Overdue activities");
    case Kpi::Csat:
        return tr("Customer satisfaction");
    case Kpi::Nps:
        return tr("Net promoter score");
    case Kpi::MarketShare:
        return tr("Market share");
    }
    return {};
}

QString KpiText::explained(Kpi kpi)
{
    switch (kpi) {
    case Kpi::Revenue:
        return tr("The value of the deals won with a close date in the period, in the home "
                  "currency (at each deal's close-day rate), against the revenue target of "
                  "exactly this period when there is one.");
    case Kpi::WonDeals:
        return tr("Deals marked won with a close date in the period.");
    case Kpi::WinRate:
        return tr("Deals won ÷ (won + lost) among the deals closed in the period; none when no "
                  "deal closed.");
    case Kpi::AverageDeal:
        return tr("Revenue ÷ deals won in the period, rounded to the cent.");
    case Kpi::SalesCycle:
        return tr("The mean number of whole days from a deal's creation to its close, over the "
                  "deals won in the period. Shorter is better.");
    case Kpi::NewCustomers:
        return tr("Customers whose first won deal closed in the period.");
    case Kpi::WeightedPipeline:
        return tr("The deals open at the end of the period (or today while it runs), by their "
                  "stage history, each weighted by the win probability of the stage it was in "
                  "then, or by its own while it is still in that stage and one is set (as on "
                  "the Board).");
    case Kpi::OverdueActivities:
        return tr("Activities due before the day (today while the period runs, else the day "
                  "after it ends) and not done by then. Fewer is better.");
    case Kpi::Csat:
        return tr("The mean satisfaction (1–5) of the feedback received in the period.");
    case Kpi::Nps:
        return tr("Net promoter score of the feedback in the period: % promoters (9–10) − % "
                  "detractors (0–6), from −100 to 100.");
    case Kpi::MarketShare:
        return tr("Revenue ÷ the size of the market recorded for exactly this year or quarter "
                  "(Market › Market Size and Share); none without one.");
    }
    return {};
}

bool KpiText::higherIsBetter(Kpi kpi)
{
    return kpi != Kpi::SalesCycle && kpi != Kpi::OverdueActivities;
}

bool KpiText::isMoney(Kpi kpi)
{
    return kpi == Kpi::Revenue || kpi == Kpi::AverageDeal || kpi == Kpi::WeightedPipeline;
}

std::optional<double> KpiText::value(const KpiFigures &k, Kpi kpi)
{
    const auto money = [](std::optional<qint64> v) {
        return v ? std::optional<double>(double(*v)) : std::nullopt;
    };
    switch (kpi) {
    case Kpi::Revenue:
        return double(k.revenueMinor);
    case Kpi::WonDeals:
        return double(k.wonDeals);
    case Kpi::WinRate:
        return k.winRate;
    case Kpi::AverageDeal:
        return money(k.avgDealMinor);
    case Kpi::SalesCycle:
        return k.avgCycleDays;
    case Kpi::NewCustomers:
        return double(k.newCustomers);
    case Kpi::WeightedPipeline:
        return double(k.pipelineWeightedMinor);
    case Kpi::OverdueActivities:
        return double(k.overdueActivities);
    case Kpi::Csat:
        return k.csat;
    case Kpi::Nps:
        return k.nps;
    case Kpi::MarketShare:
        return k.marketShare;
    }
    return std::nullopt;
}

QString KpiText::ownerName(const TeamService &team, qint64 repId)
{
    return repId == 0 ? tr("(no owner)") : team.repName(repId);
}

QString KpiText::productName(const QString &product)
{
    return product.isEmpty() ? tr("(no product)") : product;
}

QString KpiText::lostReasonName(const PipelineService &pipeline, qint64 reasonId)
{
    if (reasonId == 0) {
        return tr("(no reason given)");
    }
    const LostReason *reason = pipeline.lostReason(reasonId);
    return reason ? reason->displayName() : QString();
}

std::optional<double> KpiText::change(std::optional<double> now, std::optional<double> before)
{
    if (!now || !before || *before == 0) {
        return std::nullopt;
    }
    return (*now - *before) / std::abs(*before);
}

} // namespace salesdesk
