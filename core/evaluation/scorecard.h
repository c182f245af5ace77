#pragma once

#include "core/common/period.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace salesdesk {

// 销售绩效评估: the figures a scorecard can weigh, from the KPI engine (and, for satisfaction,
// the feedback of the rep's customers; for the commission cost ratio, the rep's statement).
enum class ScoreKpi {
    Revenue, // major units of the home currency
    WonDeals,
    WinRate, // fraction
    AvgDeal, // major units
    AvgCycleDays,
    ActivitiesDone,
    NewCustomers,
    Csat, // 1–5
    Nps, // −100…100
    MarketShare, // fraction
    Attainment, // fraction of the revenue target
    Retention, // fraction of the last period's buying customers who bought again
    CommissionCostRatio, // commission payout ÷ revenue
};

class ScorecardText
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardText)

public:
    static QList<ScoreKpi> kpis();
    static QString code(ScoreKpi kpi); // the KPI engine's key without _minor: "revenue"…
    static std::optional<ScoreKpi> kpi(const QString &code);
    static QString name(ScoreKpi kpi); // translated
    static bool isMoney(ScoreKpi kpi)
    {
        return kpi == ScoreKpi::Revenue || kpi == ScoreKpi::AvgDeal;
    }
    static bool isFraction(ScoreKpi kpi);
    // Whether a rep's target of the period can stand for the target ("quota").
    static bool hasQuota(ScoreKpi kpi);
    static bool higherIsBetter(ScoreKpi kpi); // the usual direction
    // A figure as a reader writes it: money in whole units of `currency`, fractions in per
    // cent, days, CSAT to one decimal; "–" for none.
    static QString value(ScoreKpi kpi, std::optional<double> v, const QString &currency,
                         const QLocale &locale = QLocale());
    // The standard template and its criteria are kept in the book by their English names, so
    // that ratings given in one language count in the other: `shown` is a name as the user
    // reads it, `stored` the name a typed one (in either language) is kept as.
    static QString shown(const QString &name);
    static QString stored(const QString &typed);
};

struct TemplateKpi
{
    ScoreKpi kpi = ScoreKpi::Revenue;
    double weight = 0; // of the quantitative part, 0–1
    std::optional<double> target; // none: the rep's target of the period ("quota")
    bool higherIsBetter = true;
    double cap = 120; // the most a KPI can score

    friend bool operator==(const TemplateKpi &, const TemplateKpi &) = default;
};

struct TemplateCriterion
{
    QString name;
    double weight = 0; // of the qualitative part, 0–1

    friend bool operator==(const TemplateCriterion &, const TemplateCriterion &) = default;
};

// What an evaluation weighs and how: the KPIs and criteria with their weights, the split
// between the two parts and the grade bands. Kept as the JSON of `salesdesk evaluate
// --template FILE` (docs/cli.md, "Performance evaluation").
struct EvaluationTemplate
{
    QString name;
    double quantitativeWeight = 0.7;
    QList<TemplateKpi> kpis;
    QList<TemplateCriterion> criteria;
    double gradeA = 90;
    double gradeB = 75;
    double gradeC = 60;

    // "Sales rep, quarterly": revenue against quota, win rate, satisfaction and the sales
    // cycle; teamwork, customer feedback, professionalism and learning; 70/30; A/B/C at 90/75/60.
    // Its names are English (ScorecardText::shown translates them).
    static EvaluationTemplate standard();
    // Reads a template file's JSON, checking it (validate()); money targets in major units.
    static Result<EvaluationTemplate> fromJson(const QByteArray &json);
    QJsonObject toJson() const;
    // Refuses weights that do not add up to 100 % in each part, a weight or cap below zero,
    // grade bands out of order, a name missing.
    Status validate() const;
    QString grade(double score) const; // "A"…"D"

    friend bool operator==(const EvaluationTemplate &, const EvaluationTemplate &) = default;
};

// One KPI of a scorecard: the figure, its target, the score (actual ÷ target × 100 for
// higher-is-better, target ÷ actual × 100 for lower-is-better, between 0 and the cap) and the
// weight it counts with once KPIs without data are left out and the rest rescaled.
struct KpiLine
{
    ScoreKpi kpi = ScoreKpi::Revenue;
    double weight = 0; // as the template gives it
    std::optional<double> actual;
    std::optional<double> target;
    std::optional<double> score;
    double effectiveWeight = 0; // 0 when left out
    QString leftOut; // why (translated), when left out

    friend bool operator==(const KpiLine &, const KpiLine &) = default;
};

struct CriterionLine
{
    QString name;
    double weight = 0;
    std::optional<int> rating; // 1–5
    QString comment;
    double effectiveWeight = 0;

    friend bool operator==(const CriterionLine &, const CriterionLine &) = default;
};

// A rep's qualitative rating of one criterion for a period.
struct CriterionRating
{
    QString criterion;
    int rating = 3;
    QString comment;
};

struct Scorecard
{
    qint64 repId = 0;
    QString rep;
    Period period;
    QString templateName;
    QList<KpiLine> kpis;
    QList<CriterionLine> criteria;
    std::optional<double> quantitative; // Σ effective weight × KPI score
    std::optional<double> qualitative; // Σ effective weight × rating ÷ 5 × 100
    std::optional<double> score;
    // The share the figures' part counts with: the template's split, 1 when no criterion is
    // rated, 0 when no KPI counts.
    double quantitativeShare = 0;
    QString grade; // empty without a score
    int rank = 0; // 1 = best; ties share a rank
    QStringList notes; // translated: what was left out and how the rest counts

    // Writes, in the reader's language, why each KPI left out was (no figure, no target, a
    // target of zero) and the notes on what was left out and how the rest counts.
    void explain();
    // The points a line adds to the score (the points of all lines add up to it): share ×
    // effective weight × KPI score; (1 − share) × effective weight × rating ÷ 5 × 100.
    double points(const KpiLine &line) const;
    double points(const CriterionLine &line) const;

    QJsonObject toJson() const;
    static Scorecard fromJson(const QJsonObject &o);
    friend bool operator==(const Scorecard &, const Scorecard &) = default;
};

// Scores a rep: `actuals` and `quotas` per KPI (none where the book has no figure or no target
// of the period). Score = split × quantitative + (1 − split) × qualitative; a part with nothing
// to count is left out and the score is the other part alone, and the notes say so.
Scorecard scoreRep(const EvaluationTemplate &t,
                   const QHash<ScoreKpi, std::optional<double>> &actuals,
                   const QHash<ScoreKpi, std::optional<double>> &quotas,
                   const QList<CriterionRating> &ratings);

// Ranks by score, best first; equal scores (to 1e-9) share the rank, the next one skips.
void rankScorecards(QList<Scorecard> &cards);

} // namespace salesdesk
