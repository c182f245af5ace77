#include "core/evaluation/scorecard.h"

#include "core/common/money.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

constexpr double kWeightTolerance = 1e-6;

struct KpiInfo
{
    ScoreKpi kpi;
    const char *code;
    const char *name;
};

const KpiInfo kInfo[] = {
        {ScoreKpi::Revenue, "revenue", QT_TRANSLATE_NOOP("ScorecardText", "Revenue")},
        {ScoreKpi::WonDeals, "won_deals", QT_TRANSLATE_NOOP("ScorecardText", "Won deals")},
        {ScoreKpi::WinRate, "win_rate", QT_TRANSLATE_NOOP("ScorecardText", "Win rate")},
        {ScoreKpi::AvgDeal, "avg_deal", QT_TRANSLATE_NOOP("ScorecardText", "Average deal")},
        {ScoreKpi::AvgCycleDays, "avg_cycle_days",
         QT_TRANSLATE_NOOP("ScorecardText", "Sales cycle (days)")},
        {ScoreKpi::ActivitiesDone, "activities_done",
         QT_TRANSLATE_NOOP("ScorecardText", "Activities done")},
        {ScoreKpi::NewCustomers, "new_customers",
         QT_TRANSLATE_NOOP("ScorecardText", "New customers")},
        {ScoreKpi::Csat, "csat", QT_TRANSLATE_NOOP("ScorecardText", "Customer satisfaction")},
        {ScoreKpi::Nps, "nps", QT_TRANSLATE_NOOP("ScorecardText", "Net promoter score")},
        {ScoreKpi::MarketShare, "market_share", QT_TRANSLATE_NOOP("ScorecardText", "Market share")},
        {ScoreKpi::Attainment, "attainment",
         QT_TRANSLATE_NOOP("ScorecardText", "Target attainment")},
        {ScoreKpi::Retention, "retention", QT_TRANSLATE_NOOP("ScorecardText", "Retention")},
        {ScoreKpi::CommissionCostRatio, "commission_cost_ratio",
         QT_TRANSLATE_NOOP("ScorecardText", "Commission cost ratio")},
};

// The standard template's name and criteria, kept in English in the book.
const char *const kBuiltInNames[] = {
        QT_TRANSLATE_NOOP("ScorecardText", "Sales rep, quarterly"),
        QT_TRANSLATE_NOOP("ScorecardText", "Teamwork"),
        QT_TRANSLATE_NOOP("ScorecardText", "Customer feedback"),
        QT_TRANSLATE_NOOP("ScorecardText", "Professionalism"),
        QT_TRANSLATE_NOOP("ScorecardText", "Learning"),
};

QJsonValue orNull(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

std::optional<double> optionalDouble(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

} // namespace

// ---- ScorecardText ----

QList<ScoreKpi> ScorecardText::kpis()
{
    QList<ScoreKpi> out;
    for (const KpiInfo &i : kInfo) {
        out.append(i.kpi);
    }
    return out;
}

QString ScorecardText::code(ScoreKpi kpi)
{
    for (const KpiInfo &i : kInfo) {
        if (i.kpi == kpi) {
            return QString::fromLatin1(i.code);
        }
    }
    return {};
}

std::optional<ScoreKpi> ScorecardText::kpi(const QString &code)
{
    const QString c = code.trimmed().toLower();
    for (const KpiInfo &i : kInfo) {
        if (c == QLatin1StringView(i.code)) {
            return i.kpi;
        }
    }
    return std::nullopt;
}

QString ScorecardText::value(ScoreKpi kpi, std::optional<double> v, const QString &currency,
                             const QLocale &locale)
{
    if (!v) {
        return u"–"_s;
    }
    if (isMoney(kpi)) {
        return currency::formatWhole(
                qint64(std::llround(*v * double(currency::minorPerMajor(currency)))), currency,
                locale);
    }
    if (isFraction(kpi)) {
        return locale.toString(*v * 100, 'f', 1) + u" %"_s;
    }
    switch (kpi) {
    case ScoreKpi::AvgCycleDays:
        return tr("%1 days").arg(locale.toString(*v, 'f', 0));
    case ScoreKpi::Csat:
        return locale.toString(*v, 'f', 2);
    case ScoreKpi::Nps:
        return locale.toString(*v, 'f', 0);
    default:
        return locale.toString(*v, 'f', std::abs(*v - std::round(*v)) < 1e-9 ? 0 : 1);
    }
}

QString ScorecardText::name(ScoreKpi kpi)
{
    for (const KpiInfo &i : kInfo) {
        if (i.kpi == kpi) {
            return tr(i.name);
        }
    }
    return {};
}

bool ScorecardText::isFraction(ScoreKpi kpi)
{
    return kpi == ScoreKpi::WinRate || kpi == ScoreKpi::MarketShare || kpi == ScoreKpi::Attainment
           || kpi == ScoreKpi::Retention || kpi == ScoreKpi::CommissionCostRatio;
}

bool ScorecardText::hasQuota(ScoreKpi kpi)
{
    return kpi == ScoreKpi::Revenue || kpi == ScoreKpi::WonDeals || kpi == ScoreKpi::WinRate
           || kpi == ScoreKpi::AvgDeal || kpi == ScoreKpi::ActivitiesDone
           || kpi == ScoreKpi::NewCustomers;
}

bool ScorecardText::higherIsBetter(ScoreKpi kpi)
{
    return kpi != ScoreKpi::AvgCycleDays && kpi != ScoreKpi::CommissionCostRatio;
}

QString ScorecardText::shown(const QString &name)
{
    for (const char *builtIn : kBuiltInNames) {
        if (name == QLatin1StringView(builtIn)) {
            return tr(builtIn);
        }
    }
    return name;
}

QString ScorecardText::stored(const QString &typed)
{
    const QString t = typed.trimmed();
    for (const char *builtIn : kBuiltInNames) {
        if (t.compare(QLatin1StringView(builtIn), Qt::CaseInsensitive) == 0
            || t.compare(tr(builtIn), Qt::CaseInsensitive) == 0) {
            return QString::fromLatin1(builtIn);
        }
    }
    return t;
}

// ---- EvaluationTemplate ----

EvaluationTemplate EvaluationTemplate::standard()
{
    EvaluationTemplate t;
    t.name = QString::fromLatin1(kBuiltInNames[0]);
    t.quantitativeWeight = 0.7;
    t.kpis = {{ScoreKpi::Revenue, 0.5, std::nullopt, true, 120},
              {ScoreKpi::WinRate, 0.2, 0.25, true, 120},
              {ScoreKpi::Csat, 0.15, 4.0, true, 120},
              {ScoreKpi::AvgCycleDays, 0.15, 60.0, false, 120}};
    for (int i = 1; i <= 4; ++i) {
        t.criteria.append({QString::fromLatin1(kBuiltInNames[i]), 0.25});
    }
    return t;
}

Result<EvaluationTemplate> EvaluationTemplate::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        return Error::user(ScorecardText::tr("The template is not a JSON object: %1.")
                                   .arg(error.errorString()));
    }
    const QJsonObject o = doc.object();
    EvaluationTemplate t;
    t.name = o.value(u"name"_s).toString().trimmed();
    t.quantitativeWeight = o.value(u"quantitative_weight"_s).toDouble(0.7);
    for (const QJsonValue v : o.value(u"kpis"_s).toArray()) {
        const QJsonObject k = v.toObject();
        const auto kpi = ScorecardText::kpi(k.value(u"kpi"_s).toString());
        if (!kpi) {
            return Error::user(ScorecardText::tr("“%1” is not a KPI of the scorecard (%2).")
                                       .arg(k.value(u"kpi"_s).toString(), [] {
                                           QStringList codes;
                                           for (ScoreKpi c : ScorecardText::kpis()) {
                                               codes.append(ScorecardText::code(c));
                                           }
                                           return codes.join(u", "_s);
                                       }()));
        }
        TemplateKpi line;
        line.kpi = *kpi;
        line.weight = k.value(u"weight"_s).toDouble(-1);
        const QJsonValue target = k.value(u"target"_s);
        if (target.isDouble()) {
            line.target = target.toDouble();
        } else if (target.toString() != u"quota"_s) {
            return Error::user(ScorecardText::tr("The target of %1 is a number or \"quota\".")
                                       .arg(ScorecardText::code(*kpi)));
        } else if (!ScorecardText::hasQuota(*kpi)) {
            return Error::user(ScorecardText::tr("%1 has no target of the rep's to stand for "
                                                 "\"quota\": give a number.")
                                       .arg(ScorecardText::code(*kpi)));
        }
        const QString direction = k.value(u"direction"_s).toString();
        if (!direction.isEmpty() && direction != u"higher"_s && direction != u"lower"_s) {
            return Error::user(ScorecardText::tr("The direction of %1 is \"higher\" or \"lower\".")
                                       .arg(ScorecardText::code(*kpi)));
        }
        line.higherIsBetter = direction.isEmpty() ? ScorecardText::higherIsBetter(*kpi)
                                                  : direction == u"higher"_s;
        line.cap = k.value(u"cap"_s).toDouble(120);
        t.kpis.append(line);
    }
    for (const QJsonValue v : o.value(u"criteria"_s).toArray()) {
        const QJsonObject c = v.toObject();
        t.criteria.append(
                {c.value(u"name"_s).toString().trimmed(), c.value(u"weight"_s).toDouble(-1)});
    }
    const QJsonObject grades = o.value(u"grades"_s).toObject();
    t.gradeA = grades.value(u"A"_s).toDouble(90);
    t.gradeB = grades.value(u"B"_s).toDouble(75);
    t.gradeC = grades.value(u"C"_s).toDouble(60);
    if (auto st = t.validate(); !st) {
        return st.error();
    }
    return t;
}

QJsonObject EvaluationTemplate::toJson() const
{
    QJsonArray k;
    for (const TemplateKpi &line : kpis) {
        k.append(QJsonObject {
                {u"kpi"_s, ScorecardText::code(line.kpi)},
                {u"weight"_s, line.weight},
                {u"target"_s, line.target ? QJsonValue(*line.target) : QJsonValue(u"quota"_s)},
                {u"direction"_s, line.higherIsBetter ? u"higher"_s : u"lower"_s},
                {u"cap"_s, line.cap}});
    }
    QJsonArray c;
    for (const TemplateCriterion &criterion : criteria) {
        c.append(QJsonObject {{u"name"_s, criterion.name}, {u"weight"_s, criterion.weight}});
    }
    return {{u"name"_s, name},
            {u"quantitative_weight"_s, quantitativeWeight},
            {u"kpis"_s, k},
            {u"criteria"_s, c},
            {u"grades"_s, QJsonObject {{u"A"_s, gradeA}, {u"B"_s, gradeB}, {u"C"_s, gradeC}}}};
}

Status EvaluationTemplate::validate() const
{
    if (name.isEmpty()) {
        return Error::user(ScorecardText::tr("The template has no name."));
    }
    if (quantitativeWeight < 0 || quantitativeWeight > 1) {
        return Error::user(ScorecardText::tr("The figures' part of the score is between 0 and "
                                             "100 %."));
    }
    const auto percent = [](double w) -> QString {
        return QString::number(w * 100, 'g', 6) + u"%"_s;
    };
    double sum = 0;
    for (const TemplateKpi &k : kpis) {
        if (k.weight < 0) {
            return Error::user(ScorecardText::tr("The weight of %1 is missing or below zero.")
                                       .arg(ScorecardText::code(k.kpi)));
        }
        if (k.cap <= 0) {
            return Error::user(ScorecardText::tr("The cap of %1 has to be above zero.")
                                       .arg(ScorecardText::code(k.kpi)));
        }
        if (k.target && !std::isfinite(*k.target)) {
            return Error::user(ScorecardText::tr("The target of %1 is not a number.")
                                       .arg(ScorecardText::name(k.kpi)));
        }
        if (!k.target && !ScorecardText::hasQuota(k.kpi)) {
            return Error::user(ScorecardText::tr("%1 needs a target: a rep has no target of it.")
                                       .arg(ScorecardText::name(k.kpi)));
        }
        sum += k.weight;
    }
    if (kpis.isEmpty() ? quantitativeWeight > 0 : std::abs(sum - 1) > kWeightTolerance) {
        return Error::user(
                ScorecardText::tr("The KPIs' weights add up to %1, not 100%.").arg(percent(sum)));
    }
    sum = 0;
    QStringList names;
    for (const TemplateCriterion &c : criteria) {
        if (c.name.isEmpty()) {
            return Error::user(ScorecardText::tr("A criterion has no name."));
        }
        if (names.contains(c.name, Qt::CaseInsensitive)) {
            return Error::user(ScorecardText::tr("The criterion “%1” is named twice.").arg(c.name));
        }
        names.append(c.name);
        if (c.weight < 0) {
            return Error::user(
                    ScorecardText::tr("The weight of “%1” is missing or below zero.").arg(c.name));
        }
        sum += c.weight;
    }
    if (criteria.isEmpty() ? quantitativeWeight < 1 : std::abs(sum - 1) > kWeightTolerance) {
        return Error::user(ScorecardText::tr("The criteria's weights add up to %1, not 100%.")
                                   .arg(percent(sum)));
    }
    if (!(gradeA >= gradeB && gradeB >= gradeC && gradeC >= 0)) {
        return Error::user(ScorecardText::tr("The grade bands go down from A to C."));
    }
    return {};
}

QString EvaluationTemplate::grade(double score) const
{
    return score >= gradeA ? u"A"_s : score >= gradeB ? u"B"_s : score >= gradeC ? u"C"_s : u"D"_s;
}

// ---- Scorecard ----

QJsonObject Scorecard::toJson() const
{
    QJsonArray k;
    for (const KpiLine &line : kpis) {
        k.append(QJsonObject {{u"kpi"_s, ScorecardText::code(line.kpi)},
                              {u"actual"_s, orNull(line.actual)},
                              {u"target"_s, orNull(line.target)},
                              {u"score"_s, orNull(line.score)},
                              {u"weight"_s, line.weight},
                              {u"effective_weight"_s, line.effectiveWeight},
                              {u"left_out"_s, line.leftOut}});
    }
    QJsonArray c;
    for (const CriterionLine &line : criteria) {
        c.append(QJsonObject {{u"criterion"_s, line.name},
                              {u"rating"_s, line.rating ? QJsonValue(*line.rating) : QJsonValue()},
                              {u"weight"_s, line.weight},
                              {u"effective_weight"_s, line.effectiveWeight},
                              {u"comment"_s, line.comment}});
    }
    return {{u"rep"_s, rep},
            {u"period"_s, period.toString()},
            {u"template"_s, templateName},
            {u"quantitative"_s, orNull(quantitative)},
            {u"qualitative"_s, orNull(qualitative)},
            {u"score"_s, orNull(score)},
            {u"quantitative_share"_s, quantitativeShare},
            {u"grade"_s, grade.isEmpty() ? QJsonValue() : QJsonValue(grade)},
            {u"rank"_s, rank},
            {u"kpis"_s, k},
            {u"criteria"_s, c},
            {u"notes"_s, QJsonArray::fromStringList(notes)}};
}

Scorecard Scorecard::fromJson(const QJsonObject &o)
{
    Scorecard s;
    s.rep = o.value(u"rep"_s).toString();
    s.period = Period::parse(o.value(u"period"_s).toString()).value_or(Period());
    s.templateName = o.value(u"template"_s).toString();
    s.quantitative = optionalDouble(o.value(u"quantitative"_s));
    s.qualitative = optionalDouble(o.value(u"qualitative"_s));
    s.score = optionalDouble(o.value(u"score"_s));
    if (o.contains(u"quantitative_share"_s)) {
        s.quantitativeShare = o.value(u"quantitative_share"_s).toDouble();
    } else if (s.quantitative && s.qualitative && std::abs(*s.quantitative - *s.qualitative) > 1e-9
               && s.score) {
        // Kept before the share was: score = share × quantitative + (1 − share) × qualitative.
        s.quantitativeShare = (*s.score - *s.qualitative) / (*s.quantitative - *s.qualitative);
    } else {
        s.quantitativeShare = s.quantitative && !s.qualitative ? 1.0 : s.quantitative ? 0.7 : 0.0;
    }
    s.grade = o.value(u"grade"_s).toString();
    s.rank = o.value(u"rank"_s).toInt();
    for (const QJsonValue v : o.value(u"kpis"_s).toArray()) {
        const QJsonObject k = v.toObject();
        KpiLine line;
        line.kpi = ScorecardText::kpi(k.value(u"kpi"_s).toString()).value_or(ScoreKpi::Revenue);
        line.actual = optionalDouble(k.value(u"actual"_s));
        line.target = optionalDouble(k.value(u"target"_s));
        line.score = optionalDouble(k.value(u"score"_s));
        line.weight = k.value(u"weight"_s).toDouble();
        line.effectiveWeight = k.value(u"effective_weight"_s).toDouble();
        line.leftOut = k.value(u"left_out"_s).toString();
        s.kpis.append(line);
    }
    for (const QJsonValue v : o.value(u"criteria"_s).toArray()) {
        const QJsonObject c = v.toObject();
        CriterionLine line;
        line.name = c.value(u"criterion"_s).toString();
        if (c.value(u"rating"_s).isDouble()) {
            line.rating = c.value(u"rating"_s).toInt();
        }
        line.weight = c.value(u"weight"_s).toDouble();
        line.effectiveWeight = c.value(u"effective_weight"_s).toDouble();
        line.comment = c.value(u"comment"_s).toString();
        s.criteria.append(line);
    }
    // The words are written again in the reader's language (the kept ones are in the
    // language of whoever finalised).
    s.explain();
    return s;
}

Scorecard scoreRep(const EvaluationTemplate &t,
                   const QHash<ScoreKpi, std::optional<double>> &actuals,
                   const QHash<ScoreKpi, std::optional<double>> &quotas,
                   const QList<CriterionRating> &ratings)
{
    Scorecard card;
    card.templateName = t.name;
    double counted = 0;
    for (const TemplateKpi &k : t.kpis) {
        KpiLine line;
        line.kpi = k.kpi;
        line.weight = k.weight;
        line.actual = actuals.value(k.kpi);
        line.target = k.target ? k.target : quotas.value(k.kpi);
        if (!line.actual || !line.target || (k.higherIsBetter && *line.target <= 0)) {
            // left out (explain() says why)
        } else if (k.higherIsBetter) {
            line.score = std::clamp(*line.actual / *line.target * 100, 0.0, k.cap);
        } else if (*line.actual <= 0) {
            line.score = k.cap; // nothing at all of a lower-is-better figure beats any target
        } else {
            line.score = std::clamp(*line.target / *line.actual * 100, 0.0, k.cap);
        }
        counted += line.score ? k.weight : 0;
        card.kpis.append(line);
    }
    if (counted > 0) {
        double sum = 0;
        for (KpiLine &line : card.kpis) {
            if (line.score) {
                line.effectiveWeight = line.weight / counted;
                sum += line.effectiveWeight * *line.score;
            }
        }
        card.quantitative = sum;
    }

    double rated = 0;
    for (const TemplateCriterion &c : t.criteria) {
        CriterionLine line;
        line.name = c.name;
        line.weight = c.weight;
        for (const CriterionRating &r : ratings) {
            if (r.criterion.compare(c.name, Qt::CaseInsensitive) == 0) {
                line.rating = r.rating;
                line.comment = r.comment;
            }
        }
        rated += line.rating ? c.weight : 0;
        card.criteria.append(line);
    }
    if (rated > 0) {
        double sum = 0;
        for (CriterionLine &line : card.criteria) {
            if (line.rating) {
                line.effectiveWeight = line.weight / rated;
                sum += line.effectiveWeight * *line.rating / 5.0 * 100;
            }
        }
        card.qualitative = sum;
    }
    if (card.quantitative && card.qualitative) {
        card.quantitativeShare = t.quantitativeWeight;
        card.score = t.quantitativeWeight * *card.quantitative
                     + (1 - t.quantitativeWeight) * *card.qualitative;
    } else if (card.quantitative) {
        card.quantitativeShare = 1;
        card.score = card.quantitative;
    } else if (card.qualitative) {
        card.score = card.qualitative;
    }
    if (card.score) {
        card.grade = t.grade(*card.score);
    }
    card.explain();
    return card;
}

void Scorecard::explain()
{
    QStringList leftOut;
    for (KpiLine &line : kpis) {
        line.leftOut.clear();
        if (line.score) {
            continue;
        }
        line.leftOut = !line.actual   ? ScorecardText::tr("no figure in the period")
                       : !line.target ? ScorecardText::tr("no target of the rep's for the period")
                                      : ScorecardText::tr("a target of zero");
        leftOut.append(
                ScorecardText::tr("%1 (%2)").arg(ScorecardText::name(line.kpi), line.leftOut));
    }
    notes.clear();
    if (!leftOut.isEmpty()) {
        notes.append(ScorecardText::tr("Left out: %1; the other KPIs' weights are scaled up to "
                                       "100 %.")
                             .arg(leftOut.join(u"; "_s)));
    }
    QStringList unrated;
    for (const CriterionLine &line : std::as_const(criteria)) {
        if (!line.rating) {
            unrated.append(ScorecardText::shown(line.name));
        }
    }
    if (qualitative && !unrated.isEmpty()) {
        notes.append(ScorecardText::tr("Not rated yet: %1; the rated criteria's weights are "
                                       "scaled up to 100 %.")
                             .arg(unrated.join(u", "_s)));
    }
    if (quantitative && !qualitative && !criteria.isEmpty()) {
        notes.append(ScorecardText::tr("No criterion is rated yet: the score is the figures' part "
                                       "alone."));
    } else if (!quantitative && qualitative) {
        notes.append(ScorecardText::tr("No KPI has a figure and a target: the score is the "
                                       "ratings' part alone."));
    }
}

double Scorecard::points(const KpiLine &line) const
{
    return line.score ? quantitativeShare * line.effectiveWeight * *line.score : 0.0;
}

double Scorecard::points(const CriterionLine &line) const
{
    return line.rating ? (1 - quantitativeShare) * line.effectiveWeight * *line.rating / 5.0 * 100
                       : 0.0;
}

void rankScorecards(QList<Scorecard> &cards)
{
    QList<double> scores;
    for (const Scorecard &c : cards) {
        if (c.score) {
            scores.append(*c.score);
        }
    }
    for (Scorecard &c : cards) {
        c.rank = 0;
        if (!c.score) {
            continue;
        }
        int better = 0;
        for (double s : std::as_const(scores)) {
            better += s > *c.score + 1e-9 ? 1 : 0;
        }
        c.rank = better + 1;
    }
}

} // namespace salesdesk
