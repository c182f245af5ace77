// Performance evaluation: scorecards of a hand-made quarter scored by hand.
#include "core/customers/customerservice.h"
#include "core/customers/feedback.h"
#include "core/evaluation/evaluationservice.h"
#include "core/evaluation/leaderboard.h"
#include "core/pipeline/pipelineservice.h"
#include "core/report/reportbuilder.h"
#include "core/targets/targetservice.h"
#include "core/team/teamservice.h"
#include "tests/support/testbook.h"

#include <QJsonDocument>

using namespace salesdesk;
using namespace Qt::Literals::StringLiterals;
using Catch::Detail::Approx;

namespace {

const Period Q3 = Period::quarter(2026, 3);
const QDate AsOf(2026, 10, 15);

// 60 % figures, 40 % ratings. Revenue against the rep's quota (capped at 120), the sales cycle
// against 30 days, lower is better (capped at 150), satisfaction against 4 of 5; teamwork 60 %,
// learning 40 %.
const QByteArray TemplateJson = R"({
  "name": "Hand-made",
  "quantitative_weight": 0.6,
  "kpis": [
    {"kpi": "revenue", "weight": 0.5, "target": "quota", "direction": "higher", "cap": 120},
    {"kpi": "avg_cycle_days", "weight": 0.3, "target": 30, "direction": "lower", "cap": 150},
    {"kpi": "csat", "weight": 0.2, "target": 4, "direction": "higher"}
  ],
  "criteria": [{"name": "Teamwork", "weight": 0.6}, {"name": "Learning", "weight": 0.4}],
  "grades": {"A": 90, "B": 75, "C": 60}
})";

QDateTime noon(int m, int d)
{
    return QDateTime(QDate(2026, m, d), QTime(12, 0)).toUTC();
}

// Ann: quota ¥100,000, won ¥150,000 in 30 days, her customer's feedback 5.
// Bob: quota ¥100,000, won ¥60,000 in 60 days, no feedback.
// Cy: no quota, won ¥80,000 in 15 days, his customer's feedback 3.
struct PerformanceBook
{
    PerformanceBook()
    {
        for (const QString &name : {u"Ann"_s, u"Bob"_s, u"Cy"_s}) {
            Rep r;
            r.name = name;
            r.hiredOn = QDate(2025, 1, 1);
            auto id = b->team().addRep(r);
            REQUIRE(id);
            reps.insert(name, *id);
        }
        win(u"Ann"_s, 150000, noon(7, 1), noon(7, 31));
        win(u"Bob"_s, 60000, noon(7, 1), noon(8, 30));
        win(u"Cy"_s, 80000, noon(7, 16), noon(7, 31));
        quota(u"Ann"_s, 100000);
        quota(u"Bob"_s, 100000);
        feedback(u"Ann"_s, 5);
        feedback(u"Cy"_s, 3);
    }
    void win(const QString &rep, qint64 yuan, const QDateTime &created, const QDateTime &won)
    {
        if (!customers.contains(rep)) {
            CustomerRecord record;
            record.customer.name = rep + u"'s customer"_s;
            record.customer.ownerId = reps[rep];
            auto customer = b->customers().add(record);
            REQUIRE(customer);
            customers.insert(rep, *customer);
        }
        Deal d;
        d.title = u"Order of "_s + rep;
        d.customerId = customers[rep];
        d.ownerId = reps[rep];
        d.valueMinor = yuan * 100;
        auto id = b->pipeline().addDeal(d, created);
        REQUIRE(id);
        REQUIRE(b->pipeline().moveDeal(*id, {0, DealStatus::Won, 0, {}}, won).ok());
    }
    void quota(const QString &rep, qint64 yuan)
    {
        Target t;
        t.name = rep + u" revenue"_s;
        t.metric = Metric::Revenue;
        t.scope = {ScopeKind::Rep, reps[rep], {}};
        t.period = Q3;
        t.value = yuan * 100;
        REQUIRE(b->targets().addTarget(t));
    }
    void feedback(const QString &rep, int satisfaction)
    {
        Feedback f;
        f.customerId = customers[rep];
        f.receivedOn = QDate(2026, 9, 1);
        f.satisfaction = satisfaction;
        REQUIRE(b->feedback().add(f));
    }
    void rate(const QString &rep, const QString &criterion, int rating)
    {
        REQUIRE(b->evaluation().rate(Q3, reps[rep], {criterion, rating, {}}).ok());
    }
    const Evaluation &of(const QList<Evaluation> &all, const QString &rep)
    {
        for (const Evaluation &e : all) {
            if (e.card.repId == reps[rep]) {
                return e;
            }
        }
        FAIL("no evaluation of " << rep.toStdString());
        return all.first();
    }

    TestBook b {AsOf};
    QHash<QString, qint64> reps;
    QHash<QString, qint64> customers;
};

} // namespace

TEST_CASE("A template file is read, and refused when a part's weights do not add up to 100 %")
{
    auto t = EvaluationTemplate::fromJson(TemplateJson);
    REQUIRE(t);
    CHECK(t->name == u"Hand-made"_s);
    CHECK(t->quantitativeWeight == 0.6);
    REQUIRE(t->kpis.size() == 3);
    CHECK_FALSE(t->kpis[0].target); // quota
    CHECK_FALSE(t->kpis[1].higherIsBetter);
    CHECK(t->kpis[1].cap == 150);
    CHECK(t->kpis[2].cap == 120); // the default
    // Written and read back, the same template.
    CHECK(*EvaluationTemplate::fromJson(QJsonDocument(t->toJson()).toJson()) == *t);

    QByteArray bad = TemplateJson;
    bad.replace("\"weight\": 0.2", "\"weight\": 0.1");
    auto refused = EvaluationTemplate::fromJson(bad);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::User);
    CHECK(refused.error().message.contains(u"90%"_s));
    bad = TemplateJson;
    bad.replace("\"weight\": 0.4}", "\"weight\": 0.5}");
    CHECK(EvaluationTemplate::fromJson(bad).error().message.contains(u"110%"_s));
    bad = TemplateJson;
    bad.replace("\"csat\"", "\"happiness\"");
    CHECK(EvaluationTemplate::fromJson(bad).error().message.contains(u"happiness"_s));
    bad = TemplateJson;
    bad.replace("\"target\": 4", "\"target\": \"quota\"");
    CHECK_FALSE(EvaluationTemplate::fromJson(bad)); // satisfaction has no rep's target
    CHECK(EvaluationTemplate::standard().validate().ok());
}

TEST_CASE("A hand-made quarter is scored, graded and ranked as computed by hand")
{
    PerformanceBook p;
    const EvaluationTemplate t = *EvaluationTemplate::fromJson(TemplateJson);
    p.rate(u"Ann"_s, u"Teamwork"_s, 4);
    p.rate(u"Ann"_s, u"Learning"_s, 5);
    p.rate(u"Bob"_s, u"Teamwork"_s, 3);
    p.rate(u"Bob"_s, u"learning"_s, 3); // criteria match regardless of case
    p.rate(u"Cy"_s, u"Teamwork"_s, 4);

    auto all = p.b->evaluation().evaluate(Q3, t, 0, AsOf);
    INFO(all.message().toStdString());
    REQUIRE(all);
    REQUIRE(all->size() == 3);

    // Ann: revenue 150,000 ÷ 100,000 = 150 → capped 120; cycle 30 ÷ 30 = 100; satisfaction
    // 5 ÷ 4 = 125 → capped 120. Figures 0.5 × 120 + 0.3 × 100 + 0.2 × 120 = 114; ratings
    // 0.6 × 4/5 × 100 + 0.4 × 5/5 × 100 = 48 + 40 = 88; score 0.6 × 114 + 0.4 × 88 = 103.6: A.
    const Scorecard &ann = p.of(*all, u"Ann"_s).card;
    REQUIRE(ann.kpis.size() == 3);
    CHECK(ann.kpis[0].actual == 150000.0);
    CHECK(ann.kpis[0].target == 100000.0);
    CHECK(ann.kpis[0].score == 120.0);
    CHECK(ann.kpis[1].actual == 30.0);
    CHECK(ann.kpis[1].score == Approx(100));
    CHECK(ann.kpis[2].score == 120.0);
    CHECK(*ann.quantitative == Approx(114));
    CHECK(*ann.qualitative == Approx(88));
    CHECK(*ann.score == Approx(103.6));
    CHECK(ann.grade == u"A"_s);
    CHECK(ann.notes.isEmpty());

    // Bob: revenue 60; cycle 30 ÷ 60 = 50; no satisfaction: left out, revenue 0.5 ÷ 0.8 =
    // 0.625 and cycle 0.375: 37.5 + 18.75 = 56.25; ratings 60; 0.6 × 56.25 + 0.4 × 60 = 57.75: D.
    const Scorecard &bob = p.of(*all, u"Bob"_s).card;
    CHECK(bob.kpis[1].score == Approx(50));
    CHECK_FALSE(bob.kpis[2].actual);
    CHECK_FALSE(bob.kpis[2].leftOut.isEmpty());
    CHECK(bob.kpis[0].effectiveWeight == Approx(0.625));
    CHECK(bob.kpis[2].effectiveWeight == 0);
    CHECK(*bob.quantitative == Approx(56.25));
    CHECK(*bob.score == Approx(57.75));
    CHECK(bob.grade == u"D"_s);
    REQUIRE(bob.notes.size() == 1);
    CHECK(bob.notes[0].startsWith(u"Left out: Customer satisfaction"_s));

    // Cy: no quota, revenue left out; cycle 30 ÷ 15 = 200 → capped 150; satisfaction 3 ÷ 4 = 75;
    // weights 0.6 and 0.4: 90 + 30 = 120. Learning not rated: teamwork alone, 80.
    // 0.6 × 120 + 0.4 × 80 = 104: A.
    const Scorecard &cy = p.of(*all, u"Cy"_s).card;
    CHECK_FALSE(cy.kpis[0].target);
    CHECK(cy.kpis[1].score == 150.0);
    CHECK(cy.kpis[2].score == Approx(75));
    CHECK(*cy.quantitative == Approx(120));
    CHECK(*cy.qualitative == Approx(80));
    CHECK(*cy.score == Approx(104));
    CHECK(cy.grade == u"A"_s);
    CHECK(cy.notes.size() == 2);

    // Ranks: Cy 104, Ann 103.6, Bob 57.75.
    CHECK(cy.rank == 1);
    CHECK(ann.rank == 2);
    CHECK(bob.rank == 3);
    // A rating out of 1–5 is refused.
    CHECK_FALSE(p.b->evaluation().rate(Q3, p.reps[u"Ann"_s], {u"Teamwork"_s, 6, {}}).ok());
}

TEST_CASE("Each line's points add up to the score, and teams and the company are scored too")
{
    PerformanceBook p;
    const EvaluationTemplate t = *EvaluationTemplate::fromJson(TemplateJson);
    p.rate(u"Ann"_s, u"Teamwork"_s, 4);
    p.rate(u"Ann"_s, u"Learning"_s, 5);
    auto all = p.b->evaluation().evaluate(Q3, t, 0, AsOf);
    REQUIRE(all);
    // Ann (above): revenue 0.6 × 0.5 × 120 = 36, cycle 0.6 × 0.3 × 100 = 18, satisfaction
    // 0.6 × 0.2 × 120 = 14.4; teamwork 0.4 × 0.6 × 80 = 19.2, learning 0.4 × 0.4 × 100 = 16;
    // together 103.6.
    const Scorecard &ann = p.of(*all, u"Ann"_s).card;
    CHECK(ann.quantitativeShare == Approx(0.6));
    CHECK(ann.points(ann.kpis[0]) == Approx(36));
    CHECK(ann.points(ann.kpis[1]) == Approx(18));
    CHECK(ann.points(ann.kpis[2]) == Approx(14.4));
    CHECK(ann.points(ann.criteria[0]) == Approx(19.2));
    CHECK(ann.points(ann.criteria[1]) == Approx(16));
    // Bob is not rated: his figures alone count, all of the score.
    const Scorecard &bob = p.of(*all, u"Bob"_s).card;
    CHECK(bob.quantitativeShare == 1);
    CHECK(bob.points(bob.kpis[0]) + bob.points(bob.kpis[1]) == Approx(*bob.score));
    // Kept and read back, the share and so the points stay.
    CHECK(Scorecard::fromJson(ann.toJson()).quantitativeShare == Approx(0.6));

    // Team North (Ann and Bob), no team target: revenue left out; cycle (30 + 60) ÷ 2 = 45 days,
    // 30 ÷ 45 = 66.67; satisfaction Ann's customer's 5 → 125 → capped 120; weights 0.3 and 0.2
    // of 0.5: 0.6 × 66.67 + 0.4 × 120 = 88.0: B.
    // The company, target ¥250,000: revenue 290,000 ÷ 250,000 = 116; cycle (30 + 60 + 15) ÷ 3 =
    // 35 days, 30 ÷ 35 = 85.71; satisfaction (5 + 3) ÷ 2 = 4 → 100:
    // 0.5 × 116 + 0.3 × 85.71 + 0.2 × 100 = 103.71: A.
    REQUIRE(p.b->team().setTeam(p.reps[u"Ann"_s], u"North"_s).ok());
    REQUIRE(p.b->team().setTeam(p.reps[u"Bob"_s], u"North"_s).ok());
    Target company;
    company.name = u"Company revenue"_s;
    company.metric = Metric::Revenue;
    company.period = Q3;
    company.value = 250000 * 100;
    REQUIRE(p.b->targets().addTarget(company));
    auto scopes = p.b->evaluation().evaluateTeams(Q3, t, AsOf);
    INFO(scopes.message().toStdString());
    REQUIRE(scopes);
    REQUIRE(scopes->size() == 2);
    const Scorecard &north = scopes->at(0);
    CHECK(north.rep == u"Team North"_s);
    CHECK(north.kpis[0].actual == 210000.0);
    CHECK_FALSE(north.kpis[0].target);
    CHECK(north.kpis[1].actual == Approx(45));
    CHECK(north.kpis[2].actual == Approx(5));
    CHECK(*north.score == Approx(88.0));
    CHECK(north.grade == u"B"_s);
    CHECK(north.criteria.isEmpty());
    const Scorecard &all3 = scopes->at(1);
    CHECK(all3.rep == u"The company"_s);
    CHECK(all3.kpis[0].score == Approx(116));
    CHECK(all3.kpis[1].actual == Approx(35));
    CHECK(all3.kpis[2].actual == Approx(4));
    CHECK(*all3.score == Approx(0.5 * 116 + 0.3 * 3000.0 / 35 + 0.2 * 100));
    CHECK(all3.grade == u"A"_s);
}

TEST_CASE(
        "The leaderboard sets each rep beside the period before, with averages and grades counted")
{
    const auto evaluation = [](qint64 rep, std::optional<double> score, int rank,
                               const QString &grade, double revenueScore) {
        Evaluation e;
        e.card.repId = rep;
        e.card.rep = u"Rep %1"_s.arg(rep);
        e.card.score = score;
        e.card.rank = rank;
        e.card.grade = grade;
        KpiLine line;
        line.kpi = ScoreKpi::Revenue;
        line.score = revenueScore;
        e.card.kpis.append(line);
        return e;
    };
    const QList<Evaluation> before {evaluation(1, 80, 2, u"B"_s, 80),
                                    evaluation(2, 95, 1, u"A"_s, 100)};
    const QList<Evaluation> now {evaluation(1, 91.5, 1, u"A"_s, 110),
                                 evaluation(2, 70, 2, u"C"_s, 60),
                                 evaluation(3, 50, 3, u"D"_s, 40)};
    const QList<LeaderboardRow> rows = leaderboard(now, before);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].evaluation.card.repId == 1);
    CHECK(*rows[0].change == Approx(11.5));
    CHECK(rows[0].previousRank == 2);
    CHECK(*rows[1].change == Approx(-25));
    CHECK_FALSE(rows[2].change); // new
    // The team's revenue score: (110 + 60 + 40) ÷ 3 = 70.
    CHECK(averageKpiScores(now).value(ScoreKpi::Revenue) == Approx(70));
    const QMap<QString, int> grades = gradeCounts(now);
    CHECK(grades.value(u"A"_s) == 1);
    CHECK(grades.value(u"B"_s) == 0);
    CHECK(grades.value(u"C"_s) == 1);
    CHECK(grades.value(u"D"_s) == 1);
}

TEST_CASE("A finalised evaluation never changes, and the book's later figures are shown beside it")
{
    PerformanceBook p;
    const EvaluationTemplate t = *EvaluationTemplate::fromJson(TemplateJson);
    EvaluationService &perf = p.b->evaluation();
    p.rate(u"Bob"_s, u"Teamwork"_s, 3);
    p.rate(u"Bob"_s, u"Learning"_s, 3);
    const qint64 bob = p.reps[u"Bob"_s];
    auto done = perf.finalize(Q3, t, bob, AsOf);
    REQUIRE(done);
    CHECK(*done == 1);
    CHECK(perf.finalize(Q3, t, bob, AsOf).error().kind == Error::Kind::User); // final already

    // Later: another ¥40,000 won for Bob in September, a rating changed — refused — and a new
    // template: the finalised scorecard stays as it was.
    p.win(u"Bob"_s, 40000, noon(9, 1), noon(9, 10));
    CHECK_FALSE(perf.rate(Q3, bob, {u"Teamwork"_s, 5, {}}).ok());
    EvaluationTemplate other = t;
    other.name = u"Other"_s;
    other.quantitativeWeight = 1;
    other.criteria.clear();
    auto all = perf.evaluate(Q3, other, 0, AsOf);
    REQUIRE(all);
    const Evaluation &e = p.of(*all, u"Bob"_s);
    CHECK(e.finalized);
    CHECK(e.card.templateName == u"Hand-made"_s);
    CHECK(e.card.kpis[0].actual == 60000.0);
    CHECK(*e.card.score == Approx(57.75));
    CHECK(e.card.grade == u"D"_s);
    // … and the figures the book gives now beside it: ¥100,000 (100) and a cycle of
    // (60 + 9) ÷ 2 = 34.5 days (30 ÷ 34.5 × 100).
    REQUIRE(e.live);
    CHECK(e.live->kpis[0].actual == 100000.0);
    CHECK(e.live->kpis[1].score == Approx(30 / 34.5 * 100));
    // Ann is a draft under the template asked for.
    CHECK_FALSE(p.of(*all, u"Ann"_s).finalized);
    CHECK(p.of(*all, u"Ann"_s).card.templateName == u"Other"_s);

    // Reopened with a reason, it is a draft again and can be rated.
    CHECK_FALSE(perf.reopen(Q3, bob, u" "_s).ok());
    REQUIRE(perf.reopen(Q3, bob, u"A late deal"_s).ok());
    CHECK(perf.rate(Q3, bob, {u"Teamwork"_s, 5, {}}).ok());
    auto again = perf.evaluate(Q3, t, bob, AsOf);
    REQUIRE(again);
    REQUIRE(again->size() == 1);
    CHECK_FALSE(again->first().finalized);
    CHECK(again->first().card.kpis[0].actual == 100000.0);
    CHECK(perf.reopen(Q3, bob, u"again"_s).error().kind == Error::Kind::User); // not final
}

TEST_CASE("Templates are saved by name, the standard one among them")
{
    TestBook b {AsOf};
    EvaluationService &perf = b->evaluation();
    auto list = perf.templates();
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    CHECK(list->first().name == u"Sales rep, quarterly"_s);
    EvaluationTemplate t = *EvaluationTemplate::fromJson(TemplateJson);
    REQUIRE(perf.saveTemplate(t).ok());
    t.gradeA = 95;
    REQUIRE(perf.saveTemplate(t).ok()); // replaces it
    list = perf.templates();
    REQUIRE(list->size() == 2);
    CHECK(perf.templateNamed(u"hand-made"_s)->gradeA == 95);
    CHECK(perf.templateNamed(u"nothing"_s).error().kind == Error::Kind::User);
    EvaluationTemplate broken = t;
    broken.kpis[0].weight = 0.9;
    CHECK_FALSE(perf.saveTemplate(broken).ok());
    REQUIRE(perf.removeTemplate(u"Hand-made"_s).ok());
    // The standard template keeps its English names, whatever the language a name is typed in.
    CHECK(ScorecardText::stored(u" teamwork "_s) == u"Teamwork"_s);
    CHECK(ScorecardText::stored(u"Grit"_s) == u"Grit"_s);
    CHECK(perf.templateNamed(u"sales rep, quarterly"_s)->criteria.first().name == u"Teamwork"_s);
    CHECK(perf.templates()->size() == 1);
}

TEST_CASE("Improvement measures are checked, kept by due day and marked overdue or due soon")
{
    PerformanceBook p;
    EvaluationService &evaluation = p.b->evaluation();
    ImprovementMeasure m;
    m.title = u"Weekly deal reviews with Bob"_s;
    m.scope = MeasureScope::Rep;
    m.repId = p.reps[u"Bob"_s];
    m.kpi = ScoreKpi::WinRate;
    m.kind = MeasureKind::Coaching;
    m.ownerId = p.reps[u"Ann"_s];
    m.startsOn = QDate(2026, 10, 1);
    m.dueOn = QDate(2026, 10, 20);
    auto id = evaluation.addMeasure(m);
    REQUIRE(id);
    ImprovementMeasure company = m;
    company.title = u"Shorter proposal template"_s;
    company.scope = MeasureScope::Company;
    company.repId = 0;
    company.kind = MeasureKind::Process;
    company.dueOn = QDate(2026, 10, 10);
    REQUIRE(evaluation.addMeasure(company));

    auto all = evaluation.measures();
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).title == u"Shorter proposal template"_s); // due first
    CHECK(all->at(1).id == *id);
    CHECK(all->at(1).ownerId == p.reps[u"Ann"_s]);
    // On 15 Oct: the company's is overdue, Bob's due within two weeks; done, neither.
    CHECK(all->at(0).isOverdue(AsOf));
    CHECK_FALSE(all->at(1).isOverdue(AsOf));
    CHECK(all->at(1).isDueSoon(AsOf));
    ImprovementMeasure done = all->at(0);
    done.status = MeasureStatus::Done;
    REQUIRE(evaluation.updateMeasure(done).ok());
    CHECK_FALSE(evaluation.measures()->at(0).isOverdue(AsOf));

    // Refused: no title, a rep's measure without the rep, due before the start, a program on
    // a measure that is not training.
    ImprovementMeasure bad = m;
    bad.title.clear();
    CHECK_FALSE(evaluation.addMeasure(bad));
    bad = m;
    bad.repId = 0;
    CHECK_FALSE(evaluation.addMeasure(bad));
    bad = m;
    bad.dueOn = QDate(2026, 9, 1);
    CHECK(evaluation.addMeasure(bad).error().message.contains(u"before the start"_s));
    bad = m;
    bad.trainingId = 1;
    CHECK_FALSE(evaluation.addMeasure(bad));
    REQUIRE(evaluation.removeMeasure(*id).ok());
    CHECK(evaluation.measures()->size() == 1);
}

TEST_CASE("The report's evaluation section ranks the scorecards and lists the quarter's measures")
{
    PerformanceBook p;
    // The owner's own version of the standard template: the hand-made one.
    EvaluationTemplate t = *EvaluationTemplate::fromJson(TemplateJson);
    t.name = EvaluationTemplate::standard().name;
    REQUIRE(p.b->evaluation().saveTemplate(t).ok());
    p.rate(u"Ann"_s, u"Teamwork"_s, 4);
    p.rate(u"Ann"_s, u"Learning"_s, 5);
    p.rate(u"Bob"_s, u"Teamwork"_s, 3);
    p.rate(u"Bob"_s, u"Learning"_s, 3);
    p.rate(u"Cy"_s, u"Teamwork"_s, 4);
    REQUIRE(p.b->evaluation().finalize(Q3, t, p.reps[u"Bob"_s], AsOf));
    ImprovementMeasure m;
    m.title = u"Weekly deal reviews"_s;
    m.repId = p.reps[u"Bob"_s];
    m.startsOn = QDate(2026, 9, 1);
    m.dueOn = QDate(2026, 9, 20);
    REQUIRE(p.b->evaluation().addMeasure(m));
    m.title = u"Next year's plan"_s;
    m.startsOn = QDate(2026, 11, 1);
    m.dueOn = QDate(2026, 12, 1);
    REQUIRE(p.b->evaluation().addMeasure(m)); // after the quarter: not in it

    ReportBuilder builder(*p.b.book);
    ReportRequest request;
    request.period = Q3;
    request.asOf = AsOf;
    request.sections = {u"evaluation"_s};
    auto doc = builder.build(request);
    REQUIRE(doc.ok());
    REQUIRE(doc->sections.size() == 1);
    QList<const ReportTable *> tables;
    for (const ReportBlock &block : doc->sections[0].blocks) {
        if (const auto *table = std::get_if<ReportTable>(&block)) {
            tables.append(table);
        }
    }
    REQUIRE(tables.size() == 3);
    // By rank: Cy 104 (A), Ann 103.6 (A), Bob 57.75 (D, final); nobody scored in Q2: no change.
    const ReportTable &cards = *tables[0];
    REQUIRE(cards.rows.size() == 3);
    CHECK(cards.rows[0][0].text == u"Cy"_s);
    CHECK(cards.rows[0][3].number == Approx(104));
    CHECK(cards.rows[1][0].text == u"Ann"_s);
    CHECK(cards.rows[1][4].text == u"A"_s);
    CHECK(cards.rows[2][0].text == u"Bob"_s);
    CHECK(cards.rows[2][3].number == Approx(57.75));
    CHECK(cards.rows[2][4].text == u"D"_s);
    CHECK(cards.rows[2][5].number == 3);
    CHECK(cards.rows[2][6].missing);
    CHECK(cards.rows[2][7].text == u"final"_s);
    CHECK(cards.rows[0][7].text == u"draft"_s);
    // The company under the owner's template: no company target (revenue left out); cycle
    // (30 + 60 + 15) ÷ 3 = 35 days against 30 → 85.71, satisfaction (5 + 3) ÷ 2 = 4 → 100;
    // (0.3 × 85.71 + 0.2 × 100) ÷ 0.5 = 91.43: A.
    const ReportTable &scopes = *tables[1];
    REQUIRE(scopes.rows.size() == 1);
    CHECK(scopes.rows[0][0].text == u"The company"_s);
    CHECK(scopes.rows[0][1].number == Approx((0.3 * 3000.0 / 35 + 0.2 * 100) / 0.5));
    CHECK(scopes.rows[0][2].text == u"A"_s);
    const ReportTable &measures = *tables[2];
    REQUIRE(measures.rows.size() == 1);
    CHECK(measures.rows[0][0].text == u"Weekly deal reviews"_s);
    CHECK(measures.rows[0][1].text == u"Bob"_s);
    CHECK(measures.rows[0][6].text == u"Planned, overdue"_s);
}

TEST_CASE("A measure's effect: its KPI before the start and after the due day, beside the others")
{
    PerformanceBook p;
    // After Bob's coaching (1–10 Sep): Bob wins ¥40,000 on 20 Sep, Ann ¥10,000 on 25 Sep.
    p.win(u"Bob"_s, 40000, noon(9, 12), noon(9, 20));
    p.win(u"Ann"_s, 10000, noon(9, 12), noon(9, 25));
    ImprovementMeasure m;
    m.title = u"Coaching"_s;
    m.repId = p.reps[u"Bob"_s];
    m.kpi = ScoreKpi::Revenue;
    m.startsOn = QDate(2026, 9, 1);
    m.dueOn = QDate(2026, 9, 10);
    auto effect = p.b->evaluation().effect(m, 30, AsOf);
    REQUIRE(effect);
    // Before: 2–31 Aug, Bob's ¥60,000 (won 30 Aug), one deal; Ann and Cy nothing (0 a rep).
    CHECK(effect->before.from == QDate(2026, 8, 2));
    CHECK(effect->before.to == QDate(2026, 8, 31));
    CHECK(effect->before.value == 60000.0);
    CHECK(effect->before.deals == 1);
    REQUIRE(effect->othersBefore);
    CHECK(effect->othersBefore->value == 0.0);
    // After: 11 Sep – 10 Oct, Bob ¥40,000; the others ¥10,000 over two reps: ¥5,000 a rep.
    REQUIRE(effect->after);
    CHECK(effect->after->to == QDate(2026, 10, 10));
    CHECK(effect->after->complete);
    CHECK(effect->after->value == 40000.0);
    REQUIRE(effect->othersAfter);
    CHECK(effect->othersAfter->value == 5000.0);
    CHECK(effect->othersAfter->deals == 1);
    // (40,000 − 60,000) − (5,000 − 0) = −25,000.
    CHECK(effect->difference == -25000.0);

    // Not due yet on 5 Sep: no after; a period's figure is not measured over days.
    auto early = p.b->evaluation().effect(m, 30, QDate(2026, 9, 5));
    REQUIRE(early);
    CHECK_FALSE(early->after);
    CHECK_FALSE(early->difference);
    m.kpi = ScoreKpi::Retention;
    auto retention = p.b->evaluation().effect(m, 30, AsOf);
    REQUIRE(retention);
    CHECK_FALSE(retention->before.value);
    CHECK(retention->note.contains(u"Retention"_s));
    CHECK_FALSE(p.b->evaluation().effect(m, 3, AsOf));
}
