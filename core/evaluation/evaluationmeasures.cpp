// EvaluationService: the improvement measures (绩效改进措施) and their effect.
#include "core/common/money.h"
#include "core/evaluation/evaluationservice.h"
#include "core/kpi/kpiservice.h"
#include "core/targets/targetservice.h"
#include "core/team/teamservice.h"

namespace salesdesk {

// ---- improvement measures ----

Result<QList<ImprovementMeasure>> EvaluationService::measures() const
{
    return m_repo.measures();
}

Status EvaluationService::check(const ImprovementMeasure &m) const
{
    QStringList problems = MeasureText::problems(m);
    if (m.repId && !m_team.rep(m.repId)) {
        problems.append(tr("The book has no rep #%1.").arg(m.repId));
    }
    if (m.ownerId && !m_team.rep(m.ownerId)) {
        problems.append(tr("The book has no rep #%1.").arg(m.ownerId));
    }
    if (m.teamId && !m_team.team(m.teamId)) {
        problems.append(tr("The book has no team #%1.").arg(m.teamId));
    }
    if (!problems.isEmpty()) {
        return Error::user(problems.join(u' '));
    }
    return {};
}

Result<qint64> EvaluationService::addMeasure(const ImprovementMeasure &m)
{
    if (auto st = check(m); !st) {
        return st.error();
    }
    ImprovementMeasure kept = m;
    if (!kept.createdAt.isValid()) {
        kept.createdAt = m_clock.nowUtc();
    }
    auto id = m_repo.insertMeasure(kept);
    if (!id) {
        return id.error();
    }
    emit evaluationChanged();
    return id;
}

Status EvaluationService::updateMeasure(const ImprovementMeasure &m)
{
    if (auto st = check(m); !st) {
        return st;
    }
    if (auto st = m_repo.updateMeasure(m); !st) {
        return st;
    }
    emit evaluationChanged();
    return {};
}

Status EvaluationService::removeMeasure(qint64 id)
{
    if (auto st = m_repo.removeMeasure(id); !st) {
        return st;
    }
    emit evaluationChanged();
    return {};
}

Result<MeasureEffect> EvaluationService::effect(const ImprovementMeasure &m, int days,
                                                const QDate &asOf) const
{
    MeasureEffect out;
    out.measureId = m.id;
    out.kpi = m.kpi;
    out.days = days;
    const QList<ScoreKpi> overDays {ScoreKpi::Revenue,      ScoreKpi::WonDeals,
                                    ScoreKpi::WinRate,      ScoreKpi::AvgDeal,
                                    ScoreKpi::AvgCycleDays, ScoreKpi::ActivitiesDone,
                                    ScoreKpi::NewCustomers};
    if (days < 7 || days > 366) {
        return Error::user(tr("The days before and after are 7 to 366."));
    }
    const double unit = double(currency::minorPerMajor(m_targets.homeCurrency()));
    TargetScope scope;
    if (m.scope == MeasureScope::Rep) {
        scope = {ScopeKind::Rep, m.repId, {}};
    } else if (m.scope == MeasureScope::Team) {
        scope = {ScopeKind::Team, 0, m_team.teamName(m.teamId)};
    }
    // Only the figures that add up over any stretch of days.
    const auto figure = [&](const KpiFigures &k) -> std::optional<double> {
        return overDays.contains(m.kpi) ? engineFigures(k).value(m.kpi) : std::nullopt;
    };
    const auto window = [&](const QDate &from, const QDate &to) -> Result<MeasureWindow> {
        MeasureWindow w;
        w.from = from;
        w.to = std::min(to, asOf);
        w.complete = asOf >= to;
        auto report = m_kpi.report(KpiSpan::between(from, w.to), scope, asOf);
        if (!report) {
            return report.error();
        }
        w.value = figure(report->kpis);
        w.deals = report->kpis.wonDeals + report->kpis.lostDeals;
        return w;
    };
    // The other reps: money and counts per rep, rates of their deals together.
    QList<qint64> subject;
    if (m.scope == MeasureScope::Rep) {
        subject = {m.repId};
    } else if (m.scope == MeasureScope::Team) {
        subject = m_team.repsOfTeam(m.teamId);
    }
    const auto others = [&](const QDate &from, const QDate &to) -> Result<MeasureWindow> {
        MeasureWindow w;
        w.from = from;
        w.to = std::min(to, asOf);
        w.complete = asOf >= to;
        const KpiSpan span = KpiSpan::between(from, w.to);
        auto company = m_kpi.breakdown(span, TargetScope(), asOf);
        if (!company) {
            return company.error();
        }
        auto reps = m_kpi.reps(span, asOf, *company);
        if (!reps) {
            return reps.error();
        }
        // The other reps on staff in the window, whether or not they closed anything.
        QList<qint64> staff = repsOnStaff(from, w.to, 0);
        staff.removeIf([&](qint64 id) { return subject.contains(id); });
        const int count = int(staff.size());
        int won = 0, lost = 0, activities = 0;
        qint64 revenue = 0;
        for (const RepFigures &r : std::as_const(*reps)) {
            if (!staff.contains(r.repId)) {
                continue;
            }
            won += r.wonDeals;
            lost += r.lostDeals;
            revenue += r.revenueMinor;
            activities += r.activitiesDone;
        }
        w.deals = won + lost;
        if (count == 0) {
            return w;
        }
        switch (m.kpi) {
        case ScoreKpi::Revenue:
            w.value = double(revenue) / unit / count;
            break;
        case ScoreKpi::WonDeals:
            w.value = double(won) / count;
            break;
        case ScoreKpi::WinRate:
            w.value = KpiService::winRate(won, lost);
            break;
        case ScoreKpi::AvgDeal:
            w.value = won > 0 ? std::optional<double>(double(revenue) / unit / won) : std::nullopt;
            break;
        case ScoreKpi::ActivitiesDone:
            w.value = double(activities) / count;
            break;
        default:
            break;
        }
        return w;
    };
    if (!overDays.contains(m.kpi)) {
        out.note = tr("%1 is a figure of a whole period, not measured over days.")
                           .arg(ScorecardText::name(m.kpi));
    }
    auto before = window(m.startsOn.addDays(-days), m.startsOn.addDays(-1));
    if (!before) {
        return before.error();
    }
    out.before = *before;
    const bool compared = m.scope != MeasureScope::Company;
    if (compared) {
        auto o = others(m.startsOn.addDays(-days), m.startsOn.addDays(-1));
        if (!o) {
            return o.error();
        }
        out.othersBefore = *o;
    }
    if (asOf > m.dueOn) {
        auto after = window(m.dueOn.addDays(1), m.dueOn.addDays(days));
        if (!after) {
            return after.error();
        }
        out.after = *after;
        if (compared) {
            auto o = others(m.dueOn.addDays(1), m.dueOn.addDays(days));
            if (!o) {
                return o.error();
            }
            out.othersAfter = *o;
        }
    } else if (out.note.isEmpty()) {
        out.note = tr("The measure is not due yet: there is no after.");
    }
    if (out.after && out.after->value && out.before.value) {
        const double change = *out.after->value - *out.before.value;
        if (!compared) {
            out.difference = change;
        } else if (out.othersAfter && out.othersAfter->value && out.othersBefore
                   && out.othersBefore->value) {
            out.difference = change - (*out.othersAfter->value - *out.othersBefore->value);
        }
    }
    return out;
}

} // namespace salesdesk
