// EvaluationService's figures: what a scorecard weighs of a rep, a team or the company, from
// the KPI engine, the feedback and the commission statements, and their targets.
#include "core/common/money.h"
#include "core/customers/customerservice.h"
#include "core/customers/feedback.h"
#include "core/evaluation/evaluationservice.h"
#include "core/kpi/kpiservice.h"
#include "core/targets/targetservice.h"
#include "core/team/commissionservice.h"
#include "core/team/teamservice.h"

#include <QSet>

namespace salesdesk {

// ---- figures ----

QHash<ScoreKpi, std::optional<double>> EvaluationService::engineFigures(const KpiFigures &k) const
{
    const double unit = double(currency::minorPerMajor(m_targets.homeCurrency()));
    QHash<ScoreKpi, std::optional<double>> out;
    out[ScoreKpi::Revenue] = double(k.revenueMinor) / unit;
    out[ScoreKpi::WonDeals] = k.wonDeals;
    out[ScoreKpi::WinRate] = k.winRate;
    out[ScoreKpi::AvgDeal]
            = k.avgDealMinor ? std::optional<double>(double(*k.avgDealMinor) / unit) : std::nullopt;
    out[ScoreKpi::AvgCycleDays] = k.avgCycleDays;
    out[ScoreKpi::ActivitiesDone] = k.activitiesDone;
    out[ScoreKpi::NewCustomers] = k.newCustomers;
    out[ScoreKpi::MarketShare] = k.marketShare;
    out[ScoreKpi::Attainment] = k.attainment;
    return out;
}

Result<EvaluationService::PeriodInputs> EvaluationService::inputs(const Period &period,
                                                                  const QDate &asOf) const
{
    PeriodInputs in;
    auto feedback = m_feedback.feedback(period.start(), std::min(period.end(), asOf));
    if (!feedback) {
        return feedback.error();
    }
    in.feedback = *feedback;
    QList<qint64> givers;
    givers.reserve(in.feedback.size());
    for (const Feedback &f : std::as_const(in.feedback)) {
        givers.append(f.customerId);
    }
    auto owners = m_customers.owners(givers);
    if (!owners) {
        return owners.error();
    }
    in.feedbackOwner = std::move(owners).value();
    for (const auto &[p, won] : {std::pair {KpiService::previous(period), &in.wonBefore},
                                 std::pair {period, &in.wonNow}}) {
        auto closed = m_kpi.closedDeals(KpiSpan::of(p), TargetScope(), asOf);
        if (!closed) {
            return closed.error();
        }
        for (const KpiDeal &d : std::as_const(*closed)) {
            if (d.won) {
                won->append(d);
            }
        }
    }
    return in;
}

Result<QHash<ScoreKpi, std::optional<double>>> EvaluationService::actuals(const TargetScope &scope,
                                                                          const Period &period,
                                                                          const QDate &asOf,
                                                                          PeriodInputs &in) const
{
    // The reps whose customers, deals and statements count: the rep, the team's (and its
    // teams'), or all.
    QSet<qint64> reps;
    if (scope.kind == ScopeKind::Rep) {
        reps.insert(scope.repId);
    } else if (scope.kind == ScopeKind::Team) {
        for (qint64 id : m_team.repsOfTeam(m_team.findTeam(scope.text))) {
            reps.insert(id);
        }
    } else {
        for (const Rep &r : m_team.reps()) {
            reps.insert(r.id);
        }
    }
    const auto counts = [&](qint64 ownerId) {
        return scope.kind == ScopeKind::Company || reps.contains(ownerId);
    };
    auto report = m_kpi.report(period, scope, asOf);
    if (!report) {
        return report.error();
    }
    const KpiFigures &k = report->kpis;
    QHash<ScoreKpi, std::optional<double>> out = engineFigures(k);

    // Satisfaction of the rep's customers (the team's, all): the feedback they gave in the
    // period.
    QList<Feedback> theirs;
    for (const Feedback &f : std::as_const(in.feedback)) {
        if (const auto owner = in.feedbackOwner.constFind(f.customerId);
            owner != in.feedbackOwner.cend() && counts(*owner)) {
            theirs.append(f);
        }
    }
    const Satisfaction s = satisfactionOf(theirs);
    out[ScoreKpi::Csat] = s.entries > 0 ? std::optional<double>(s.csat) : std::nullopt;
    out[ScoreKpi::Nps] = s.npsEntries > 0 ? std::optional<double>(s.nps) : std::nullopt;

    // Retention: of the customers who bought from the rep in the period before, those who
    // bought again in this one.
    const auto buyers = [&](const QList<KpiDeal> &won) {
        QSet<qint64> ids;
        for (const KpiDeal &d : won) {
            if (counts(d.ownerId)) {
                ids.insert(d.customerId);
            }
        }
        return ids;
    };
    const QSet<qint64> before = buyers(in.wonBefore);
    const QSet<qint64> now = buyers(in.wonNow);
    out[ScoreKpi::Retention]
            = before.isEmpty()
                      ? std::nullopt
                      : std::optional<double>(double(QSet<qint64>(before).intersect(now).size())
                                              / double(before.size()));

    // Commission cost: what the reps' statements pay out of what they sold.
    // (A rep on no plan has no statement: the figure is missing, not an error.)
    qint64 payout = 0;
    bool stated = false;
    for (qint64 repId : std::as_const(reps)) {
        auto known = in.payouts.find(repId);
        if (known == in.payouts.end()) {
            auto statements = m_commission.statements(period, repId, asOf);
            if (!statements && statements.error().kind != Error::Kind::User) {
                return statements.error();
            }
            std::optional<qint64> paid;
            if (statements && !statements->isEmpty()) {
                paid = 0;
                for (const CommissionStatement &st : std::as_const(*statements)) {
                    *paid += st.payoutMinor;
                }
            }
            known = in.payouts.emplace(repId, paid).first;
        }
        if (known->second) {
            payout += *known->second;
            stated = true;
        }
    }
    out[ScoreKpi::CommissionCostRatio]
            = stated && k.revenueMinor > 0
                      ? std::optional<double>(double(payout) / double(k.revenueMinor))
                      : std::nullopt;
    return out;
}

Result<QHash<ScoreKpi, std::optional<double>>> EvaluationService::quotas(const TargetScope &scope,
                                                                         const Period &period) const
{
    auto all = m_targets.targets();
    if (!all) {
        return all.error();
    }
    const double unit = double(currency::minorPerMajor(m_targets.homeCurrency()));
    const QList<std::pair<ScoreKpi, Metric>> metrics {
            {ScoreKpi::Revenue, Metric::Revenue},
            {ScoreKpi::WonDeals, Metric::WonDeals},
            {ScoreKpi::WinRate, Metric::WinRate},
            {ScoreKpi::AvgDeal, Metric::AverageDeal},
            {ScoreKpi::ActivitiesDone, Metric::Activities},
            {ScoreKpi::NewCustomers, Metric::NewCustomers}};
    QHash<ScoreKpi, std::optional<double>> out;
    for (const auto &[kpi, metric] : metrics) {
        for (const Target &t : std::as_const(*all)) {
            const bool same = t.scope.kind == scope.kind
                              && (scope.kind != ScopeKind::Rep || t.scope.repId == scope.repId)
                              && (scope.kind != ScopeKind::Team
                                  || t.scope.text.compare(scope.text, Qt::CaseInsensitive) == 0);
            if (t.metric != metric || !same || !(t.period == period)) {
                continue;
            }
            out[kpi] = metric == Metric::WinRate     ? double(t.value) / double(PartsPerMillion)
                       : TargetText::isMoney(metric) ? double(t.value) / unit
                                                     : double(t.value);
        }
    }
    return out;
}

} // namespace salesdesk
