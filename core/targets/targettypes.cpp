#include "core/targets/targettypes.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

QList<Metric> TargetText::metrics()
{
    return {Metric::Revenue,     Metric::WonDeals, Metric::NewCustomers, Metric::Activities,
            Metric::AverageDeal, Metric::WinRate,  Metric::Manual};
}

QString TargetText::code(Metric m)
{
    switch (m) {
    case Metric::Revenue:
        return u"revenue"_s;
    case Metric::WonDeals:
        return u"won_deals"_s;
    case Metric::NewCustomers:
        return u"new_customers"_s;
    case Metric::Activities:
        return u"activities"_s;
    case Metric::AverageDeal:
        return u"avg_deal"_s;
    case Metric::WinRate:
        return u"win_rate"_s;
    case Metric::Manual:
        return u"manual"_s;
    }
    return {};
}

std::optional<Metric> TargetText::metric(const QString &code)
{
    for (auto m : metrics()) {
        if (TargetText::code(m) == code) {
            return m;
        }
    }
    return std::nullopt;
}

QString TargetText::name(Metric m)
{
    switch (m) {
    case Metric::Revenue:
        return tr("Revenue");
    case Metric::WonDeals:
        return tr("Won deals");
    case Metric::NewCustomers:
        return tr("New customers");
    case Metric::Activities:
        return tr("Completed activities");
    case Metric::AverageDeal:
        return tr("Average deal size");
    case Metric::WinRate:
        return tr("Win rate");
    case Metric::Manual:
        return tr("Entered by hand");
    }
    return {};
}

QString TargetText::code(ScopeKind k)
{
    switch (k) {
    case ScopeKind::Company:
        return u"company"_s;
    case ScopeKind::Team:
        return u"team"_s;
    case ScopeKind::Rep:
        return u"rep"_s;
    case ScopeKind::Product:
        return u"product"_s;
    }
    return {};
}

std::optional<ScopeKind> TargetText::scopeKind(const QString &code)
{
    for (auto k : {ScopeKind::Company, ScopeKind::Team, ScopeKind::Rep, ScopeKind::Product}) {
        if (TargetText::code(k) == code) {
            return k;
        }
    }
    return std::nullopt;
}

QString TargetText::code(TargetStatus s)
{
    switch (s) {
    case TargetStatus::NotStarted:
        return u"not_started"_s;
    case TargetStatus::OnTrack:
        return u"on_track"_s;
    case TargetStatus::AtRisk:
        return u"at_risk"_s;
    case TargetStatus::Behind:
        return u"behind"_s;
    case TargetStatus::Achieved:
        return u"achieved"_s;
    case TargetStatus::Missed:
        return u"missed"_s;
    }
    return {};
}

QString TargetText::statusExplained(const StatusThresholds &thresholds)
{
    return tr("Attainment: the actual as a share of the target. While the period runs, the "
              "status compares the actual with what was expected by now (the target spread over "
              "its period, or over its parts when it is split): on track from %1 %, at risk from "
              "%2 %, behind below. A running "
              "target whose projection (the actual plus the weighted open deals expected to "
              "close in its period) reaches the target is on track too, marked “*”. After the "
              "period: achieved or missed. Edit › Preferences changes the two percentages.")
            .arg(qRound(thresholds.onTrack * 100))
            .arg(qRound(thresholds.atRisk * 100));
}

QString TargetText::byPipeline()
{
    return tr("On track on the strength of the pipeline: the actual alone is behind, but the "
              "open deals expected to close in the period bring the projection to the goal.");
}

QString TargetText::name(TargetStatus s)
{
    switch (s) {
    case TargetStatus::NotStarted:
        return tr("Not started");
    case TargetStatus::OnTrack:
        return tr("On track");
    case TargetStatus::AtRisk:
        return tr("At risk");
    case TargetStatus::Behind:
        return tr("Behind");
    case TargetStatus::Achieved:
        return tr("Achieved");
    case TargetStatus::Missed:
        return tr("Missed");
    }
    return {};
}

QString TargetText::code(SplitMethod m)
{
    switch (m) {
    case SplitMethod::Even:
        return u"even"_s;
    case SplitMethod::Seasonal:
        return u"seasonal"_s;
    case SplitMethod::Weights:
        return u"weights"_s;
    case SplitMethod::Amounts:
        return u"amounts"_s;
    }
    return {};
}

std::optional<SplitMethod> TargetText::splitMethod(const QString &code)
{
    for (auto m :
         {SplitMethod::Even, SplitMethod::Seasonal, SplitMethod::Weights, SplitMethod::Amounts}) {
        if (TargetText::code(m) == code) {
            return m;
        }
    }
    return std::nullopt;
}

QString TargetText::name(SplitMethod m)
{
    switch (m) {
    case SplitMethod::Even:
        return tr("Even");
    case SplitMethod::Seasonal:
        return tr("Seasonal");
    case SplitMethod::Weights:
        return tr("Custom weights");
    case SplitMethod::Amounts:
        return tr("Typed amounts");
    }
    return {};
}

} // namespace salesdesk
