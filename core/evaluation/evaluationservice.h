#pragma once

#include "core/common/clock.h"
#include "core/customers/feedback.h"
#include "core/evaluation/evaluationrepository.h"
#include "core/evaluation/scorecard.h"
#include "core/kpi/kpiservice.h"
#include "core/targets/targettypes.h"

#include <QDateTime>
#include <QObject>

#include <map>

namespace salesdesk {

class CommissionService;
class CustomerService;
class Database;
class FeedbackService;
class KpiService;
struct KpiFigures;
class TargetService;
class TeamService;

// A rep's evaluation of a period: the scorecard as it stands (a draft, computed from the book
// and the ratings) or as it was finalised; for a finalised one whose figures the book now gives
// otherwise, the scorecard the book would give today.
struct Evaluation
{
    Scorecard card;
    bool finalized = false;
    QDateTime finalizedAt; // UTC
    std::optional<Scorecard> live; // finalised, and changed since
};

// 销售绩效评估: scorecards of the reps from the KPI engine's figures and the owner's ratings,
// templates, finalised evaluations that never change and their reopening. Every change emits
// evaluationChanged().
class EvaluationService : public QObject
{
    Q_OBJECT

public:
    EvaluationService(Database &db, const KpiService &kpi, const TargetService &targets,
                      const TeamService &team, const CustomerService &customers,
                      const FeedbackService &feedback, const CommissionService &commission,
                      const Clock &clock, QObject *parent = nullptr);

    // ---- templates: the standard one, then the owner's (by name) ----
    Result<QList<EvaluationTemplate>> templates() const;
    // A template by name, regardless of case ("Sales rep, quarterly" is the standard one unless
    // the owner saved one of that name).
    Result<EvaluationTemplate> templateNamed(const QString &name) const;
    // The owner's own template of that name, if saved (the standard one only when the owner
    // saved their version of it).
    Result<std::optional<EvaluationTemplate>> savedTemplate(const QString &name) const;
    // Saves a template (checked), replacing the owner's one of that name.
    Status saveTemplate(const EvaluationTemplate &t);
    Status removeTemplate(const QString &name);

    // ---- the figures a scorecard weighs ----
    // The scope's own target of exactly the period for each KPI that can have one.
    Result<QHash<ScoreKpi, std::optional<double>>> quotas(const TargetScope &scope,
                                                          const Period &period) const;

    // ---- ratings of the qualitative criteria ----
    Result<QList<CriterionRating>> ratings(const Period &period, qint64 repId) const;
    // Rates a criterion 1–5 (replacing an earlier rating); refused once the evaluation is final.
    Status rate(const Period &period, qint64 repId, const CriterionRating &rating);
    // Takes a rating back (undo of a first rating).
    Status clearRating(const Period &period, qint64 repId, const QString &criterion);

    // ---- evaluations ----
    // The reps on staff on some day of [from, to] — one marked inactive only with a leaving
    // day in it — or just `repId`: those a period's evaluation scores, in its order.
    QList<qint64> repsOnStaff(const QDate &from, const QDate &to, qint64 repId = 0) const;
    // The reps on staff in the period (or only `repId`), each scored with `t` — or with the
    // template it was finalised with — ranked by score.
    Result<QList<Evaluation>> evaluate(const Period &period, const EvaluationTemplate &t,
                                       qint64 repId, const QDate &asOf) const;
    // The scorecards of each team and then the company for the period: the template's KPIs
    // against the team's (company's) own targets, the figures alone, always live.
    Result<QList<Scorecard>> evaluateTeams(const Period &period, const EvaluationTemplate &t,
                                           const QDate &asOf) const;
    // Keeps the scorecards of the reps (or only `repId`) not yet final as they are now.
    // Returns how many were finalised.
    Result<int> finalize(const Period &period, const EvaluationTemplate &t, qint64 repId,
                         const QDate &asOf);
    // Opens a finalised evaluation again, recording when and why (the old one is kept).
    Status reopen(const Period &period, qint64 repId, const QString &reason);
    // The period's kept evaluations, final and reopened (what undo of finalising and reopening
    // puts back), and putting them back exactly: the others removed, the missing ones added
    // with their ids, each final or reopened as given.
    Result<QList<StoredEvaluation>> records(const Period &period) const;
    Status restoreRecords(const Period &period, const QList<StoredEvaluation> &records);

    // ---- improvement measures (绩效改进措施) ----
    Result<QList<ImprovementMeasure>> measures() const; // by due day
    // Adds a measure (checked: title, the rep or team it is for, dates, a training program
    // only for training), keeping a given id (redo); dated now when it has no creation time.
    Result<qint64> addMeasure(const ImprovementMeasure &m);
    Status updateMeasure(const ImprovementMeasure &m);
    Status removeMeasure(qint64 id);
    // The measure's KPI over `days` days before its start and after its due day (counted to
    // `asOf`), beside the other reps' (per rep for counts and money). Revenue, won deals, win
    // rate, average deal, sales cycle, activities and new customers; the others are figures of
    // a period and are not measured over days.
    Result<MeasureEffect> effect(const ImprovementMeasure &m, int days, const QDate &asOf) const;

signals:
    void evaluationChanged();

private:
    // What every scorecard of a period reads, read once for all of them: the period's
    // feedback, the won deals of the period and of the one before (retention), and each rep's
    // commission payout as it is asked for (none: no statement).
    struct PeriodInputs
    {
        QList<Feedback> feedback;
        QHash<qint64, qint64> feedbackOwner; // the owner of each customer who gave feedback
        QList<KpiDeal> wonNow;
        QList<KpiDeal> wonBefore;
        std::map<qint64, std::optional<qint64>> payouts;
    };
    Result<PeriodInputs> inputs(const Period &period, const QDate &asOf) const;
    // The figure of each KPI in the period of a rep, a team or the company, counted to `asOf`:
    // money in major units; none where there is nothing to count (no deal closed, no
    // feedback, no statement…).
    Result<QHash<ScoreKpi, std::optional<double>>> actuals(const TargetScope &scope,
                                                           const Period &period, const QDate &asOf,
                                                           PeriodInputs &in) const;
    struct Final
    {
        qint64 id = 0;
        EvaluationTemplate used;
        Scorecard card;
        QDateTime at;
    };
    Result<std::optional<Final>> finalOf(const Period &period, qint64 repId) const;
    Result<Scorecard> draft(const Period &period, const EvaluationTemplate &t, qint64 repId,
                            const QDate &asOf, PeriodInputs &in) const;
    // The KPI engine's figures of a scorecard, money in major units.
    QHash<ScoreKpi, std::optional<double>> engineFigures(const KpiFigures &k) const;
    Status check(const ImprovementMeasure &m) const;

    Database &m_db;
    const KpiService &m_kpi;
    const TargetService &m_targets;
    const TeamService &m_team;
    const CustomerService &m_customers;
    const FeedbackService &m_feedback;
    const CommissionService &m_commission;
    Clock m_clock;
    EvaluationRepository m_repo;
};

} // namespace salesdesk
