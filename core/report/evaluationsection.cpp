// The quarterly report's performance evaluation section: scorecards and improvement measures.
#include "core/book/book.h"
#include "core/evaluation/evaluationservice.h"
#include "core/evaluation/leaderboard.h"
#include "core/kpi/kpiservice.h"
#include "core/report/reportsections.h"
#include "core/team/teamservice.h"

#include <algorithm>
#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

QString EvaluationSection::title() const
{
    return tr("Performance evaluation");
}

Status EvaluationSection::build(const ReportContext &c, ReportSectionContent &out) const
{
    EvaluationService &evaluation = c.book.evaluation();
    auto t = evaluation.templateNamed(EvaluationTemplate::standard().name);
    if (!t) {
        return t.error();
    }
    auto all = evaluation.evaluate(c.period, *t, 0, c.asOf);
    if (!all) {
        return all.error();
    }
    int finals = 0;
    for (const Evaluation &e : std::as_const(*all)) {
        finals += e.finalized ? 1 : 0;
    }
    out.blocks.append(ReportParagraph {
            tr("Scored with “%1”: %2 % the figures against their targets, %3 % the ratings of "
               "the criteria. %n of the evaluation(s) are final; the others are drafts as the "
               "book stands.",
               nullptr, finals)
                    .arg(ScorecardText::shown(t->name))
                    .arg(qRound(t->quantitativeWeight * 100))
                    .arg(qRound((1 - t->quantitativeWeight) * 100))});
    // The leaderboard: each rep beside the quarter before.
    auto before = evaluation.evaluate(KpiService::previous(c.period), *t, 0, c.asOf);
    if (!before) {
        return before.error();
    }
    ReportTable cards;
    cards.title = tr("Scorecards");
    cards.columns = {{tr("Rep"), CellKind::Text},      {tr("Figures"), CellKind::Score},
                     {tr("Ratings"), CellKind::Score}, {tr("Score"), CellKind::Score},
                     {tr("Grade"), CellKind::Text},    {tr("Rank"), CellKind::Count},
                     {tr("Change"), CellKind::Score},  {tr("State"), CellKind::Text}};
    cards.emptyText = tr("No rep was on staff in the quarter.");
    for (const LeaderboardRow &row : leaderboard(*all, *before)) {
        const Evaluation &e = row.evaluation;
        const QString state = !e.finalized ? tr("draft")
                              : e.live     ? tr("final (the book has changed since)")
                                           : tr("final");
        cards.rows.append({c.text(e.card.rep), c.score(e.card.quantitative, 1),
                           c.score(e.card.qualitative, 1), c.score(e.card.score, 1),
                           c.text(e.card.grade.isEmpty() ? u"–"_s : e.card.grade),
                           e.card.rank ? c.count(e.card.rank) : c.text(u"–"_s),
                           c.score(row.change, 1), c.text(state)});
    }
    out.blocks.append(cards);

    // The teams and the company, their figures against their own targets.
    auto teams = evaluation.evaluateTeams(c.period, *t, c.asOf);
    if (!teams) {
        return teams.error();
    }
    ReportTable scopes;
    scopes.title = tr("Teams and the company");
    scopes.columns = {{tr("Scorecard"), CellKind::Text},
                      {tr("Score"), CellKind::Score},
                      {tr("Grade"), CellKind::Text}};
    for (const Scorecard &card : std::as_const(*teams)) {
        scopes.rows.append({c.text(card.rep), c.score(card.score, 1),
                            c.text(card.grade.isEmpty() ? u"–"_s : card.grade)});
    }
    out.blocks.append(scopes);

    // Measures running in the quarter or still open at its end.
    auto measures = evaluation.measures();
    if (!measures) {
        return measures.error();
    }
    const TeamService &team = c.book.team();
    ReportTable table;
    table.title = tr("Improvement measures");
    table.columns = {{tr("Measure"), CellKind::Text}, {tr("For"), CellKind::Text},
                     {tr("KPI"), CellKind::Text},     {tr("Kind"), CellKind::Text},
                     {tr("Start"), CellKind::Date},   {tr("Due"), CellKind::Date},
                     {tr("Status"), CellKind::Text}};
    table.emptyText = tr("No improvement measure ran in the quarter.");
    const QDate end = c.period.end();
    for (const ImprovementMeasure &m : std::as_const(*measures)) {
        const bool open = m.status == MeasureStatus::Planned || m.status == MeasureStatus::Running;
        const bool during = m.startsOn <= end && m.dueOn >= c.period.start();
        if (!during && !(open && m.startsOn <= end)) {
            continue;
        }
        const QString forWhom = m.scope == MeasureScope::Rep    ? team.repName(m.repId)
                                : m.scope == MeasureScope::Team ? team.teamName(m.teamId)
                                                                : tr("The company");
        QString status = MeasureText::name(m.status);
        if (m.isOverdue(std::min(c.asOf, end))) {
            status = tr("%1, overdue").arg(status);
        }
        table.rows.append({c.text(m.title), c.text(forWhom), c.text(ScorecardText::name(m.kpi)),
                           c.text(MeasureText::name(m.kind)), c.date(m.startsOn), c.date(m.dueOn),
                           c.text(status)});
    }
    out.blocks.append(table);
    return {};
}

} // namespace salesdesk
