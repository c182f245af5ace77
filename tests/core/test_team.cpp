// The team module: commission statements, reversals and clawbacks, training effect and the
// hand-over of a leaving rep's work, each on a small book whose figures are worked out by hand
// in the comments.
#include "core/kpi/kpiservice.h"
#include "core/team/career.h"
#include "core/team/commissionservice.h"
#include "core/team/reassignment.h"
#include "core/team/training.h"
#include "tests/support/testbook.h"

using namespace salesdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

struct TeamBook : TestBook
{
    TeamBook()
        : TestBook(QDate(2026, 4, 1))
    { }

    static QDateTime at(int y, int m, int d)
    {
        return QDateTime(QDate(y, m, d), QTime(12, 0)).toUTC();
    }
    qint64 rep(const QString &name) { return *book->team().ensureRep(name); }
    qint64 deal(const QString &owner, qint64 yuan, const QDateTime &created,
                const QString &customer = u"Acme"_s, const QString &product = {})
    {
        Deal d;
        d.title = u"Order %1"_s.arg(++made);
        d.customerId = *book->customers().ensureCustomer(customer);
        d.ownerId = owner.isEmpty() ? 0 : rep(owner);
        d.valueMinor = yuan * 100;
        d.product = product;
        auto id = book->pipeline().addDeal(d, created);
        REQUIRE(id.ok());
        return *id;
    }
    qint64 won(const QString &owner, qint64 yuan, const QDateTime &when,
               const QString &product = {})
    {
        const qint64 id = deal(owner, yuan, when.addDays(-10), u"Acme"_s, product);
        REQUIRE(book->pipeline().moveDeal(id, {0, DealStatus::Won, 0, {}}, when).ok());
        return id;
    }
    qint64 lost(const QString &owner, const QDateTime &when)
    {
        const qint64 id = deal(owner, 1000, when.addDays(-10));
        REQUIRE(book->pipeline().moveDeal(id, {0, DealStatus::Lost, 0, {}}, when).ok());
        return id;
    }
    qint64 plan(const QString &name, CommissionMode mode, std::optional<qint64> capYuan = {},
                const QList<qint64> &reps = {})
    {
        CommissionTerms t;
        t.mode = mode;
        t.tiers = *CommissionText::parseTiers(u"0:5%,100%:8%,120%:10%"_s);
        t.quotaMinor = 100000 * 100;
        if (capYuan) {
            t.capMinor = *capYuan * 100;
        }
        auto id = book->commission().addPlan(name, t,
                                             reps.isEmpty() ? QList {rep(u"Ann"_s)} : reps);
        REQUIRE(id.ok());
        return *id;
    }
    CommissionStatement statement(const QString &period, const QDate &asOf,
                                  const QString &who = u"Ann"_s)
    {
        auto list = book->commission().statements(*Period::parse(period), rep(who), asOf);
        REQUIRE(list.ok());
        REQUIRE(list->size() == 1);
        return list->first();
    }
    // Ann's first quarter: quota ¥100,000; won ¥60,000 (20 Jan), ¥50,000 (10 Feb), ¥40,000 (1 Mar).
    QList<qint64> annQ1()
    {
        return {won(u"Ann"_s, 60000, at(2026, 1, 20)), won(u"Ann"_s, 50000, at(2026, 2, 10)),
                won(u"Ann"_s, 40000, at(2026, 3, 1))};
    }
    int made = 0;
};

QList<qint64> commissions(const CommissionStatement &s)
{
    QList<qint64> out;
    for (const auto &l : s.lines) {
        out.append(l.commissionMinor);
    }
    return out;
}

} // namespace

TEST_CASE("Marginal commission pays each slice at its tier's rate, line by line")
{
    TeamBook b;
    b.annQ1();
    b.plan(u"Marginal"_s, CommissionMode::Marginal);
    const auto s = b.statement(u"2026Q1"_s, QDate(2026, 3, 31));
    // 60,000 × 5 % = 3,000; 40,000 × 5 % + 10,000 × 8 % = 2,800;
    // 10,000 × 8 % + 30,000 × 10 % = 3,800. Total 9,600.
    CHECK(commissions(s) == QList<qint64> {300000, 280000, 380000});
    CHECK(s.payoutMinor == 960000);
    CHECK(s.creditedMinor == 15000000);
    CHECK(s.attainment == Approx(1.5));
    REQUIRE(s.lines[1].slices.size() == 2);
    CHECK(s.lines[1].slices[0].creditedMinor == 4000000);
    CHECK(s.lines[1].slices[1].creditedMinor == 1000000);
    CHECK(s.lines[2].tier == 3);
    CHECK_FALSE(s.settled);
}

TEST_CASE("Flat commission pays the whole period at the rate of the tier reached")
{
    TeamBook b;
    b.annQ1();
    b.plan(u"Flat"_s, CommissionMode::Flat);
    const auto s = b.statement(u"2026Q1"_s, QDate(2026, 3, 31));
    // 150 % reaches the third tier: 150,000 × 10 % = 15,000 (6,000 + 5,000 + 4,000).
    CHECK(commissions(s) == QList<qint64> {600000, 500000, 400000});
    CHECK(s.payoutMinor == 1500000);
}

TEST_CASE("A retroactive plan pays marginal lines and tops them up to flat")
{
    TeamBook b;
    b.annQ1();
    b.plan(u"Retro"_s, CommissionMode::Retroactive);
    const auto s = b.statement(u"2026Q1"_s, QDate(2026, 3, 31));
    // 9,600 marginal + a true-up of 5,400 = 15,000, the flat figure.
    CHECK(commissions(s) == QList<qint64> {300000, 280000, 380000, 540000});
    CHECK(s.lines.last().kind == CommissionLine::Kind::TrueUp);
    CHECK(s.payoutMinor == 1500000);
}

TEST_CASE("A cap limits what a period pays")
{
    TeamBook b;
    b.annQ1();
    b.plan(u"Capped"_s, CommissionMode::Marginal, 8000);
    const auto s = b.statement(u"2026Q1"_s, QDate(2026, 3, 31));
    CHECK(s.commissionMinor == 960000);
    CHECK(s.capMinor == -160000);
    CHECK(s.lines.last().kind == CommissionLine::Kind::Cap);
    CHECK(s.payoutMinor == 800000);
}

TEST_CASE("The quota is the rep's revenue target of the period when the plan has none")
{
    TeamBook b;
    b.annQ1();
    Target t;
    t.name = u"Ann Q1"_s;
    t.metric = Metric::Revenue;
    t.scope = {ScopeKind::Rep, b.rep(u"Ann"_s), {}};
    t.period = *Period::parse(u"2026Q1"_s);
    t.value = 100000 * 100;
    REQUIRE(b->targets().addTarget(t).ok());
    CommissionTerms terms;
    terms.tiers = *CommissionText::parseTiers(u"0:5%,100%:8%,120%:10%"_s);
    REQUIRE(b->commission().addPlan(u"By target"_s, terms, {b.rep(u"Ann"_s)}).ok());
    const auto s = b.statement(u"2026Q1"_s, QDate(2026, 3, 31));
    CHECK(s.quotaMinor == 10000000);
    CHECK(s.payoutMinor == 960000);
}

TEST_CASE("Settling stores a statement, and a reversal within the window claws back in its own "
          "period")
{
    TeamBook b;
    const QList<qint64> deals = b.annQ1();
    b.plan(u"Marginal"_s, CommissionMode::Marginal);
    CommissionService &commission = b->commission();
    // Not before the quarter is over.
    CHECK_FALSE(commission.settle(*Period::parse(u"2026Q1"_s), 0, QDate(2026, 3, 30)).ok());
    auto settled = commission.settle(*Period::parse(u"2026Q1"_s), 0, QDate(2026, 4, 1));
    REQUIRE(settled.ok());
    REQUIRE(settled->size() == 1);
    CHECK(settled->first().settled);
    const auto before = b.statement(u"2026Q1"_s, QDate(2026, 4, 1));
    CHECK(before.settled);
    CHECK(before.payoutMinor == 960000);

    // Reversed on 15 Apr, 45 days after the 1 Mar win: inside the 90-day window.
    REQUIRE(commission.reverseDeal(deals[2], QDate(2026, 4, 15), u"Refunded"_s).ok());
    const auto q2 = b.statement(u"2026Q2"_s, QDate(2026, 6, 30));
    REQUIRE(q2.lines.size() == 1);
    CHECK(q2.lines[0].kind == CommissionLine::Kind::Clawback);
    CHECK(q2.lines[0].dealId == deals[2]);
    CHECK(q2.lines[0].commissionMinor == -380000);
    CHECK(q2.clawbackMinor == 380000);
    CHECK(q2.payoutMinor == -380000);

    // Q1's settled statement is as it was paid.
    const auto after = b.statement(u"2026Q1"_s, QDate(2026, 6, 30));
    CHECK(after.settled);
    CHECK(commissions(after) == commissions(before));
    CHECK(after.payoutMinor == 960000);
    // Q1's revenue changed: the deal is no longer won.
    auto kpi = b->kpi().report(*Period::parse(u"2026Q1"_s), TargetScope {}, QDate(2026, 6, 30));
    REQUIRE(kpi.ok());
    CHECK(kpi->kpis.revenueMinor == 11000000);
    auto deal = b->pipeline().deal(deals[2]);
    CHECK(deal->status == DealStatus::Lost);
    auto reversal = b->pipeline().reversal(deals[2]);
    REQUIRE(reversal.ok());
    REQUIRE(reversal->has_value());
    CHECK((*reversal)->wonAt == TeamBook::at(2026, 3, 1));
}

TEST_CASE("A reversal after the clawback window takes nothing back")
{
    TeamBook b;
    const QList<qint64> deals = b.annQ1();
    b.plan(u"Marginal"_s, CommissionMode::Marginal);
    REQUIRE(b->commission().settle(*Period::parse(u"2026Q1"_s), 0, QDate(2026, 4, 1)).ok());
    // 1 Mar to 1 Jul is 122 days: past the 90-day window.
    REQUIRE(b->commission().reverseDeal(deals[2], QDate(2026, 7, 1), u"Cancelled"_s).ok());
    const auto q3 = b.statement(u"2026Q3"_s, QDate(2026, 9, 30));
    CHECK(q3.lines.isEmpty());
    CHECK(q3.payoutMinor == 0);
}

TEST_CASE("A reversal dated in a settled period of the paid rep is refused")
{
    TeamBook b;
    const QList<qint64> deals = b.annQ1();
    b.plan(u"Marginal"_s, CommissionMode::Marginal);
    REQUIRE(b->commission().settle(*Period::parse(u"2026Q1"_s), 0, QDate(2026, 4, 1)).ok());
    const auto refused = b->commission().reverseDeal(deals[2], QDate(2026, 3, 20), u"Refunded"_s);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(u"2026Q1"_s));
    CHECK(b->pipeline().deal(deals[2])->status == DealStatus::Won);
}

TEST_CASE("A rate table that does not start at 0 or repeats a start is refused")
{
    TeamBook b;
    CommissionTerms t;
    t.tiers = *CommissionText::parseTiers(u"10%:5%,100%:8%"_s);
    auto refused = b->commission().addPlan(u"Gap"_s, t, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::User);
    t.tiers = *CommissionText::parseTiers(u"0:5%,100%:8%,100%:9%"_s);
    CHECK_FALSE(b->commission().addPlan(u"Twice"_s, t, {}).ok());
    CHECK_FALSE(CommissionText::parseTiers(u"0:5%,abc"_s).ok());
    CHECK(b->commission().plans().isEmpty());
}

TEST_CASE("Credit splits must add up to 100 percent and share the deal's credit")
{
    TeamBook b;
    const qint64 deal = b.won(u"Ann"_s, 50000, TeamBook::at(2026, 2, 1));
    const qint64 ann = b.rep(u"Ann"_s);
    const qint64 bob = b.rep(u"Bob"_s);
    CommissionService &commission = b->commission();
    auto refused = commission.setSplits(deal, {{ann, 600000}, {bob, 300000}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(u"90%"_s));
    CHECK_FALSE(commission.setSplits(deal, {{ann, 500000}, {ann, 500000}}).ok());
    REQUIRE(commission.setSplits(deal, {{ann, 600000}, {bob, 400000}}).ok());
    b.plan(u"Both"_s, CommissionMode::Marginal, std::nullopt, {ann, bob});
    // 60 % of 50,000 = 30,000 at 5 % = 1,500; 40 % = 20,000 at 5 % = 1,000.
    const auto a = b.statement(u"2026Q1"_s, QDate(2026, 3, 31), u"Ann"_s);
    const auto o = b.statement(u"2026Q1"_s, QDate(2026, 3, 31), u"Bob"_s);
    CHECK(a.creditedMinor == 3000000);
    CHECK(a.payoutMinor == 150000);
    CHECK(o.creditedMinor == 2000000);
    CHECK(o.payoutMinor == 100000);
}

TEST_CASE("SPIFFs and a threshold bonus are lines of their own")
{
    TeamBook b;
    b.won(u"Ann"_s, 60000, TeamBook::at(2026, 1, 20), u"Pro"_s);
    b.won(u"Ann"_s, 50000, TeamBook::at(2026, 2, 10));
    CommissionTerms t;
    t.tiers = *CommissionText::parseTiers(u"0:5%"_s);
    t.quotaMinor = 100000 * 100;
    t.spiffs.insert(u"Pro"_s, 500 * 100);
    t.bonusMinor = 1000 * 100;
    t.bonusFromPpm = kPpm; // at 100 %
    REQUIRE(b->commission().addPlan(u"Extras"_s, t, {b.rep(u"Ann"_s)}).ok());
    const auto s = b.statement(u"2026Q1"_s, QDate(2026, 3, 31));
    // 110,000 × 5 % = 5,500; SPIFF 500; bonus 1,000 (110 % ≥ 100 %).
    CHECK(s.commissionMinor == 550000);
    CHECK(s.extrasMinor == 150000);
    CHECK(s.payoutMinor == 700000);
}

TEST_CASE("Editing a plan adds a version and a settled statement keeps the one it was paid under")
{
    TeamBook b;
    b.annQ1();
    const qint64 id = b.plan(u"Marginal"_s, CommissionMode::Marginal);
    REQUIRE(b->commission().settle(*Period::parse(u"2026Q1"_s), 0, QDate(2026, 4, 1)).ok());
    CommissionTerms changed = b->commission().plan(id)->terms;
    changed.mode = CommissionMode::Flat;
    REQUIRE(b->commission().updatePlan(id, u"Marginal"_s, changed).ok());
    CHECK(b->commission().plan(id)->version == 2);
    const auto q1 = b.statement(u"2026Q1"_s, QDate(2026, 6, 30));
    CHECK(q1.planVersion == 1);
    CHECK(q1.payoutMinor == 960000);
    CHECK_FALSE(b->commission().removePlan(id).ok());
}

TEST_CASE("Commission lines round half away from zero")
{
    CHECK(applyPpm(1, 500000) == 1); // 0.5 → 1
    CHECK(applyPpm(-1, 500000) == -1);
    CHECK(applyPpm(3, 500000) == 2); // 1.5 → 2
    CHECK(applyPpm(12345, 75000) == 926); // 925.875
    CHECK(CommissionText::percentText(75000) == u"7.5%"_s);
    CHECK(CommissionText::parsePercent(u"12.25%"_s) == 122500);
}

TEST_CASE("Training effect compares attendees before and after with the others")
{
    TeamBook b;
    b.setToday(QDate(2026, 6, 1));
    const auto at = [](int m, int d) {
        return TeamBook::at(2026, m, d);
    };
    // A one-day program on 1 Apr; 30-day windows: 2 Mar – 31 Mar and 2 Apr – 1 May.
    // Ann (attended): before won 2 (¥10,000 each), lost 3; after won 4, lost 1.
    for (int i = 0; i < 2; ++i) {
        b.won(u"Ann"_s, 10000, at(3, 5 + i));
    }
    for (int i = 0; i < 3; ++i) {
        b.lost(u"Ann"_s, at(3, 10 + i));
    }
    for (int i = 0; i < 4; ++i) {
        b.won(u"Ann"_s, 10000, at(4, 5 + i));
    }
    b.lost(u"Ann"_s, at(4, 20));
    // On the program's day itself: in neither window.
    b.won(u"Ann"_s, 99000, at(4, 1));
    // Bob: before won 1 (¥10,000), lost 4; after won 2 (¥10,000 each), lost 3.
    b.won(u"Bob"_s, 10000, at(3, 6));
    for (int i = 0; i < 4; ++i) {
        b.lost(u"Bob"_s, at(3, 15 + i));
    }
    for (int i = 0; i < 2; ++i) {
        b.won(u"Bob"_s, 10000, at(4, 10 + i));
    }
    for (int i = 0; i < 3; ++i) {
        b.lost(u"Bob"_s, at(4, 15 + i));
    }
    // Cy: before won 2 (¥10,000 each), lost 3; after won 2, lost 3.
    for (int i = 0; i < 2; ++i) {
        b.won(u"Cy"_s, 10000, at(3, 20 + i));
        b.won(u"Cy"_s, 10000, at(4, 20 + i));
    }
    for (int i = 0; i < 3; ++i) {
        b.lost(u"Cy"_s, at(3, 25 + i));
        b.lost(u"Cy"_s, at(4, 25 + i));
    }
    // Ann did six activities in the before window.
    for (int i = 0; i < 6; ++i) {
        Activity a;
        a.subject = u"Call"_s;
        a.repId = b.rep(u"Ann"_s);
        a.dueAt = QDateTime(QDate(2026, 3, 3 + i), QTime(10, 0));
        a.done = true;
        a.doneAt = at(3, 3 + i);
        REQUIRE(b->activities().addActivity(a).ok());
    }
    TrainingProgram p;
    p.topic = TrainingTopic::Skills;
    p.startsOn = QDate(2026, 4, 1);
    p.participants = {{b.rep(u"Ann"_s), true, 88.0}};
    auto id = b->training().addProgram(p);
    REQUIRE(id.ok());
    CHECK(b->training().program(*id)->endsOn == QDate(2026, 4, 1));

    auto e = b->training().effect(*id, 30, QDate(2026, 6, 1));
    REQUIRE(e.ok());
    CHECK(e->beforeFrom == QDate(2026, 3, 2));
    CHECK(e->beforeTo == QDate(2026, 3, 31));
    CHECK(e->afterFrom == QDate(2026, 4, 2));
    CHECK(e->afterTo == QDate(2026, 5, 1));
    CHECK(e->afterComplete);
    REQUIRE(e->participants.size() == 1);
    const TrainingSide &ann = e->participants[0].second;
    CHECK(ann.before.won == 2);
    CHECK(ann.before.lost == 3);
    CHECK(*ann.before.winRate == Approx(0.4));
    CHECK(ann.before.revenueMinor == 2000000);
    CHECK(ann.before.activities == 6);
    CHECK(ann.before.activitiesPerWeek == Approx(1.4)); // 6 × 7 ÷ 30
    CHECK(ann.after.won == 4);
    CHECK(ann.after.lost == 1);
    CHECK(*ann.after.winRate == Approx(0.8));
    CHECK(ann.after.revenueMinor == 4000000);
    CHECK(*ann.after.avgDealMinor == 1000000);

    CHECK(e->others.before.reps == 2);
    CHECK(e->others.before.won == 3);
    CHECK(e->others.before.lost == 7);
    CHECK(*e->others.before.winRate == Approx(0.3));
    CHECK(e->others.before.revenueMinor == 3000000);
    CHECK(e->others.after.won == 4);
    CHECK(e->others.after.lost == 6);
    CHECK(e->others.after.revenueMinor == 4000000);
    // (0.8 − 0.4) − (0.4 − 0.3) = 0.3; revenue per rep +100 % against +33.3 %.
    REQUIRE(e->winRateDifference);
    CHECK(*e->winRateDifference == Approx(0.3));
    REQUIRE(e->revenueDifference);
    CHECK(*e->revenueDifference == Approx(1.0 - 1.0 / 3.0));
    CHECK_FALSE(e->others.before.tooFew());

    // Too early to tell: the program ended today.
    CHECK_FALSE(b->training().effect(*id, 30, QDate(2026, 4, 1)).ok());
}

TEST_CASE("Handing a leaving rep's work over moves open deals, customers and planned activities, "
          "and undoes as one")
{
    TeamBook b;
    const qint64 ann = b.rep(u"Ann"_s);
    const qint64 bob = b.rep(u"Bob"_s);
    const qint64 cy = b.rep(u"Cy"_s);
    const qint64 open1 = b.deal(u"Ann"_s, 1000, TeamBook::at(2026, 3, 1), u"Acme"_s);
    const qint64 open2 = b.deal(u"Ann"_s, 2000, TeamBook::at(2026, 3, 2), u"Beta"_s);
    const qint64 closed = b.won(u"Ann"_s, 3000, TeamBook::at(2026, 3, 3));
    CustomerRecord record = *b->customers().record(b->customers().findCustomer(u"Acme"_s));
    record.customer.ownerId = ann;
    REQUIRE(b->customers().save(record).ok());
    const Customer acme = record.customer;
    Activity planned;
    planned.subject = u"Visit"_s;
    planned.repId = ann;
    planned.customerId = acme.id;
    planned.dueAt = QDateTime(QDate(2026, 4, 10), QTime(9, 0));
    const qint64 todo = *b->activities().addActivity(planned);
    Activity done = planned;
    done.done = true;
    done.doneAt = TeamBook::at(2026, 3, 20);
    const qint64 past = *b->activities().addActivity(done);

    // Acme's work to Cy, the rest to Bob.
    ReassignRequest r;
    r.fromRepId = ann;
    r.toRepId = bob;
    r.byCustomer.insert(acme.id, cy);
    auto moved = b->team().reassign(r);
    REQUIRE(moved.ok());
    REQUIRE(b->reload().ok());
    CHECK(moved->count(Reassignment::Table::Deal) == 2);
    CHECK(moved->count(Reassignment::Table::Customer) == 1);
    CHECK(moved->count(Reassignment::Table::Activity) == 1);
    CHECK(b->pipeline().deal(open1)->ownerId == cy);
    CHECK(b->pipeline().deal(open2)->ownerId == bob);
    CHECK(b->pipeline().deal(closed)->ownerId == ann); // history stays the rep's
    CHECK(b->customers().customer(acme.id)->ownerId == cy);
    CHECK(b->activities().activity(todo)->repId == cy);
    CHECK(b->activities().activity(past)->repId == ann);
    auto events = b->pipeline().events(open2);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 1);
    CHECK(events->first().kind == DealEvent::Kind::Reassigned);
    CHECK(events->first().fromRepId == ann);
    CHECK(events->first().toRepId == bob);

    REQUIRE(b->team().undoReassign(*moved).ok());
    REQUIRE(b->reload().ok());
    CHECK(b->pipeline().deal(open1)->ownerId == ann);
    CHECK(b->pipeline().deal(open2)->ownerId == ann);
    CHECK(b->customers().customer(acme.id)->ownerId == ann);
    CHECK(b->activities().activity(todo)->repId == ann);
    CHECK(b->pipeline().events(open2)->isEmpty());

    Reassignment again = *moved;
    REQUIRE(b->team().redoReassign(again).ok());
    CHECK(again.eventIds == moved->eventIds);
    REQUIRE(b->reload().ok());
    CHECK(b->pipeline().deal(open2)->ownerId == bob);
    CHECK(b->pipeline().events(open2)->size() == 1);
}

TEST_CASE("A team's target counts the reps of its sub-teams")
{
    TeamBook b;
    TeamService &team = b->team();
    const qint64 ann = b.rep(u"Ann"_s);
    const qint64 bob = b.rep(u"Bob"_s);
    REQUIRE(team.setTeam(ann, u"East"_s).ok());
    REQUIRE(team.setTeam(bob, u"Shanghai"_s).ok());
    Team shanghai = *team.team(team.findTeam(u"Shanghai"_s));
    shanghai.parentId = team.findTeam(u"East"_s);
    REQUIRE(team.updateTeam(shanghai).ok());
    // East cannot go under its own sub-team.
    Team east = *team.team(team.findTeam(u"East"_s));
    east.parentId = shanghai.id;
    CHECK_FALSE(team.updateTeam(east).ok());
    CHECK(team.repsOfTeam(east.id) == QList<qint64> {ann, bob});

    b.won(u"Ann"_s, 10000, TeamBook::at(2026, 2, 1));
    b.won(u"Bob"_s, 20000, TeamBook::at(2026, 2, 2));
    b.won(u"Cy"_s, 40000, TeamBook::at(2026, 2, 3));
    auto east1 = b->kpi().report(*Period::parse(u"2026Q1"_s),
                                 TargetScope {ScopeKind::Team, 0, u"East"_s}, QDate(2026, 3, 31));
    REQUIRE(east1.ok());
    CHECK(east1->kpis.revenueMinor == 3000000);
    auto sh = b->kpi().report(*Period::parse(u"2026Q1"_s),
                              TargetScope {ScopeKind::Team, 0, u"Shanghai"_s}, QDate(2026, 3, 31));
    CHECK(sh->kpis.revenueMinor == 2000000);
}

TEST_CASE("A rep's career record: tenure, the last four quarters' attainment and the next level")
{
    TeamBook b;
    b.setToday(QDate(2026, 5, 18));
    const qint64 ann = b.rep(u"Ann"_s);
    Rep r = *b->team().rep(ann);
    r.hiredOn = QDate(2024, 1, 15);
    r.level = u"Junior"_s;
    REQUIRE(b->team().updateRep(r).ok());
    // Q4 2025: ¥80,000 of a ¥100,000 target; Q1 2026: ¥120,000 of ¥100,000. Average 100 %.
    for (const auto &[period, yuan] : {std::pair {u"2025Q4"_s, 80000}, {u"2026Q1"_s, 120000}}) {
        Target t;
        t.name = u"Ann "_s + period;
        t.metric = Metric::Revenue;
        t.scope = {ScopeKind::Rep, ann, {}};
        t.period = *Period::parse(period);
        t.value = 100000 * 100;
        REQUIRE(b->targets().addTarget(t).ok());
        b.won(u"Ann"_s, yuan, TeamBook::at(t.period.start().year(), t.period.start().month(), 20));
    }
    CareerService &career = b->career();
    auto ladder = CareerService::parseLadder(u"Junior, Senior:24m:100%, Lead:48m:110%"_s);
    REQUIRE(ladder.ok());
    REQUIRE(career.setLevels(*ladder).ok());
    CHECK_FALSE(CareerService::parseLadder(u"Senior:two years"_s).ok());
    REQUIRE(career.addAward({0, ann, u"Top seller"_s, QDate(2026, 4, 2), u"Q1"_s}).ok());

    auto rec = career.record(ann, QDate(2026, 5, 18));
    REQUIRE(rec.ok());
    CHECK(rec->tenureMonths == 28);
    REQUIRE(rec->attainments.size() == 2);
    CHECK(rec->attainments[0].first == u"2025Q4"_s);
    CHECK(rec->attainments[0].second == Approx(0.8));
    CHECK(*rec->averageAttainment == Approx(1.0));
    REQUIRE(rec->next);
    CHECK(rec->next->name == u"Senior"_s);
    CHECK(rec->tenureMet == true);
    CHECK(rec->attainmentMet == true);
    CHECK(rec->awards.size() == 1);

    auto id = career.promote({0, ann, {}, u"Senior"_s, QDate(2026, 5, 18), u"Met the bar"_s});
    REQUIRE(id.ok());
    CHECK(b->team().rep(ann)->level == u"Senior"_s);
    auto after = career.record(ann, QDate(2026, 5, 18));
    REQUIRE(after->promotions.size() == 1);
    CHECK(after->promotions[0].fromLevel == u"Junior"_s);
    CHECK(after->next->name == u"Lead"_s);
    CHECK(after->tenureMet == false);
    REQUIRE(career.removePromotion(after->promotions[0]).ok());
    CHECK(b->team().rep(ann)->level == u"Junior"_s);
}

TEST_CASE("A team pool is split by share of the team's credited revenue once the team reaches its "
          "target")
{
    TeamBook b;
    const qint64 ann = b.rep(u"Ann"_s);
    const qint64 bob = b.rep(u"Bob"_s);
    REQUIRE(b->team().setTeam(ann, u"East"_s).ok());
    REQUIRE(b->team().setTeam(bob, u"East"_s).ok());
    b.won(u"Ann"_s, 30000, TeamBook::at(2026, 2, 1));
    b.won(u"Bob"_s, 10000, TeamBook::at(2026, 2, 2));
    CommissionTerms t;
    t.tiers = *CommissionText::parseTiers(u"0:5%"_s);
    t.quotaMinor = 100000 * 100;
    t.pools = {{b->team().findTeam(u"East"_s), 1000 * 100, kPpm}}; // at 100 % of the target
    REQUIRE(b->commission().addPlan(u"Pool"_s, t, {ann, bob}).ok());
    // No team target yet: no pool.
    CHECK(b.statement(u"2026Q1"_s, QDate(2026, 3, 31)).extrasMinor == 0);
    Target target;
    target.name = u"East Q1"_s;
    target.metric = Metric::Revenue;
    target.scope = {ScopeKind::Team, 0, u"East"_s};
    target.period = *Period::parse(u"2026Q1"_s);
    target.value = 40000 * 100; // reached exactly
    REQUIRE(b->targets().addTarget(target).ok());
    // ¥1,000 split 30,000 : 10,000 = ¥750 and ¥250.
    CHECK(b.statement(u"2026Q1"_s, QDate(2026, 3, 31), u"Ann"_s).extrasMinor == 75000);
    CHECK(b.statement(u"2026Q1"_s, QDate(2026, 3, 31), u"Bob"_s).extrasMinor == 25000);
}
