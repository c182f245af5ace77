#include "core/team/commissionservice.h"

#include "core/common/dates.h"
#include "core/common/money.h"
#include "core/currency/currencyservice.h"
#include "core/kpi/kpiservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"
#include "core/targets/targetservice.h"
#include "core/team/teamservice.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

// What every statement of a period is computed from, read once for all reps.
struct CommissionService::Inputs
{
    Period period;
    QDate asOf;
    QHash<qint64, QList<CreditedDeal>> credited; // by rep, in the order they fill the tiers
    QList<Target> targets;
    QList<DealReversal> reversals; // dated in the period up to the as-of day
};

CommissionService::CommissionService(Database &db, TeamService &team, PipelineService &pipeline,
                                     TargetService &targets, const KpiService &kpi,
                                     const CurrencyService &currencies, const Clock &clock,
                                     QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_team(team)
    , m_pipeline(pipeline)
    , m_targets(targets)
    , m_kpi(kpi)
    , m_currencies(currencies)
    , m_clock(clock)
    , m_repo(db.connection())
{ }

Status CommissionService::load()
{
    m_plans.reset();
    return {};
}

const QList<CommissionPlan> &CommissionService::plans() const
{
    if (!m_plans) {
        auto read = m_repo.plans();
        if (!read) {
            // No plan shown and the log says why; a command asking for one says there is none.
            qWarning("Could not read the commission plans: %s", qPrintable(read.message()));
        }
        m_plans = read ? std::move(read).value() : QList<CommissionPlan>();
    }
    return *m_plans;
}

const CommissionPlan *CommissionService::plan(qint64 id) const
{
    for (const auto &p : plans()) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}

const CommissionPlan *CommissionService::findPlan(const QString &name) const
{
    for (const auto &p : plans()) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return &p;
        }
    }
    return nullptr;
}

const CommissionPlan *CommissionService::planOf(qint64 repId) const
{
    for (const auto &p : plans()) {
        if (p.repIds.contains(repId)) {
            return &p;
        }
    }
    return nullptr;
}

Result<qint64> CommissionService::addPlan(const QString &name, const CommissionTerms &termsIn,
                                          const QList<qint64> &repIds)
{
    if (name.trimmed().isEmpty()) {
        return Error::user(tr("A plan needs a name."));
    }
    if (findPlan(name)) {
        return Error::user(tr("There is already a plan called “%1”.").arg(name.trimmed()));
    }
    CommissionTerms terms = termsIn;
    std::sort(
            terms.tiers.begin(), terms.tiers.end(),
            [](const CommissionTier &a, const CommissionTier &b) { return a.fromPpm < b.fromPpm; });
    if (auto st = CommissionText::validate(terms); !st) {
        return st.error();
    }
    for (qint64 rep : repIds) {
        if (!m_team.rep(rep)) {
            return Error::user(tr("There is no sales rep #%1.").arg(rep));
        }
    }
    const QDateTime now = m_clock.nowUtc();
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginStatus().error();
    }
    auto id = m_repo.insertPlan(name.trimmed(), now);
    if (!id) {
        return id;
    }
    if (auto v = m_repo.insertVersion(*id, 1, terms, now); !v) {
        return v.error();
    }
    if (auto st = m_repo.assign(*id, repIds); !st) {
        return st.error();
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    if (auto st = load(); !st) {
        return st.error();
    }
    emit plansChanged();
    return id;
}

Status CommissionService::updatePlan(qint64 id, const QString &name, const CommissionTerms &termsIn)
{
    const CommissionPlan *current = plan(id);
    if (!current) {
        return Error::user(tr("There is no commission plan #%1.").arg(id));
    }
    if (name.trimmed().isEmpty()) {
        return Error::user(tr("A plan needs a name."));
    }
    if (const CommissionPlan *other = findPlan(name); other && other->id != id) {
        return Error::user(tr("There is already a plan called “%1”.").arg(name.trimmed()));
    }
    CommissionTerms terms = termsIn;
    std::sort(
            terms.tiers.begin(), terms.tiers.end(),
            [](const CommissionTier &a, const CommissionTier &b) { return a.fromPpm < b.fromPpm; });
    if (auto st = CommissionText::validate(terms); !st) {
        return st;
    }
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginStatus();
    }
    if (name.trimmed() != current->name) {
        if (auto st = m_repo.renamePlan(id, name.trimmed()); !st) {
            return st;
        }
    }
    if (!(terms == current->terms)) {
        if (auto v = m_repo.insertVersion(id, current->version + 1, terms, m_clock.nowUtc()); !v) {
            return v.error();
        }
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    if (auto st = load(); !st) {
        return st;
    }
    emit plansChanged();
    return {};
}

Status CommissionService::assignReps(qint64 planId, const QList<qint64> &repIds)
{
    if (!plan(planId)) {
        return Error::user(tr("There is no commission plan #%1.").arg(planId));
    }
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginStatus();
    }
    if (auto st = m_repo.assign(planId, repIds); !st) {
        return st;
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    if (auto st = load(); !st) {
        return st;
    }
    emit plansChanged();
    return {};
}

Status CommissionService::removePlan(qint64 id)
{
    const CommissionPlan *p = plan(id);
    if (!p) {
        return Error::user(tr("There is no commission plan #%1.").arg(id));
    }
    auto paid = m_repo.planPaid(id);
    if (!paid) {
        return paid.error();
    }
    if (*paid) {
        return Error::user(tr("Commission was settled under “%1”; it stays, with the statements "
                              "paid under it. Move its reps to another plan instead.")
                                   .arg(p->name));
    }
    if (auto st = m_repo.removePlan(id); !st) {
        return st;
    }
    if (auto st = load(); !st) {
        return st;
    }
    emit plansChanged();
    return {};
}

Result<QList<CreditSplit>> CommissionService::splits(qint64 dealId) const
{
    return m_repo.splits(dealId);
}

Status CommissionService::setSplits(qint64 dealId, const QList<CreditSplit> &splits)
{
    qint64 total = 0;
    QList<qint64> seen;
    for (const auto &s : splits) {
        if (!m_team.rep(s.repId)) {
            return Error::user(tr("There is no sales rep #%1.").arg(s.repId));
        }
        if (seen.contains(s.repId)) {
            return Error::user(tr("%1 is named twice in the split.").arg(m_team.repName(s.repId)));
        }
        if (s.sharePpm <= 0) {
            return Error::user(tr("Each share of a split must be above 0 %."));
        }
        seen.append(s.repId);
        total += s.sharePpm;
    }
    if (!splits.isEmpty() && total != kPpm) {
        return Error::user(tr("The shares of a split must add up to 100 %; these add up to %1.")
                                   .arg(CommissionText::percentText(total)));
    }
    if (auto d = m_pipeline.dealSummary(dealId); !d) {
        return d.error();
    }
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginStatus();
    }
    if (auto st = m_repo.setSplits(dealId, splits); !st) {
        return st;
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    emit statementsChanged();
    return {};
}

Result<CommissionService::Inputs> CommissionService::inputs(const Period &period,
                                                            const QDate &asOf) const
{
    Inputs in;
    in.period = period;
    in.asOf = asOf;
    auto closed = m_kpi.closedDeals(KpiSpan::of(period), TargetScope {}, asOf);
    if (!closed) {
        return closed.error();
    }
    auto splits = m_repo.splits();
    if (!splits) {
        return splits.error();
    }
    QList<KpiDeal> won;
    for (const KpiDeal &d : std::as_const(*closed)) {
        if (d.won) {
            won.append(d);
        }
    }
    std::sort(won.begin(), won.end(), [](const KpiDeal &a, const KpiDeal &b) {
        return a.closedOn != b.closedOn ? a.closedOn < b.closedOn : a.id < b.id;
    });
    for (const KpiDeal &d : std::as_const(won)) {
        QList<CreditSplit> shares = splits->value(d.id);
        if (shares.isEmpty()) {
            if (d.ownerId <= 0) {
                continue;
            }
            shares.append({d.ownerId, kPpm});
        }
        QList<double> weights;
        for (const auto &s : std::as_const(shares)) {
            weights.append(double(s.sharePpm));
        }
        const QList<qint64> parts = splitLargestRemainder(d.homeMinor, weights);
        for (qsizetype i = 0; i < shares.size(); ++i) {
            in.credited[shares[i].repId].append(CreditedDeal {d.id, d.title, d.closedOn, d.product,
                                                              parts[i], shares[i].sharePpm});
        }
    }
    auto targets = m_targets.targets();
    if (!targets) {
        return targets.error();
    }
    in.targets = std::move(targets).value();
    auto reversals = m_pipeline.reversals(period.start(), std::min(period.end(), asOf));
    if (!reversals) {
        return reversals.error();
    }
    in.reversals = std::move(reversals).value();
    return in;
}

Result<CommissionStatement> CommissionService::preview(const Inputs &in, const CommissionPlan &plan,
                                                       qint64 repId) const
{
    CommissionStatement s;
    s.repId = repId;
    s.period = in.period;
    s.planId = plan.id;
    s.planName = plan.name;
    s.planVersionId = plan.versionId;
    s.planVersion = plan.version;
    s.currency = m_currencies.home();
    s.quotaMinor = plan.terms.quotaMinor;
    if (!s.quotaMinor) {
        s.quotaMinor = KpiService::revenueTarget(in.targets, in.period,
                                                 TargetScope {ScopeKind::Rep, repId, {}});
    }
    const QList<CreditedDeal> deals = in.credited.value(repId);
    s.lines = commissionLines(plan.terms, s.quotaMinor, deals);

    // Team pools: a share of each pool of the rep's teams (the rep's own and those above it).
    const Rep *rep = m_team.rep(repId);
    for (const CommissionPool &pool : plan.terms.pools) {
        if (!rep || !m_team.teamTreeIds(pool.teamId).contains(rep->teamId)) {
            continue;
        }
        const QList<qint64> members = m_team.repsOfTeam(pool.teamId);
        QList<double> weights;
        qint64 teamCredited = 0;
        for (qint64 member : members) {
            qint64 credited = 0;
            for (const auto &d : in.credited.value(member)) {
                credited += d.creditedMinor;
            }
            weights.append(double(credited));
            teamCredited += credited;
        }
        if (teamCredited <= 0) {
            continue;
        }
        if (pool.fromPpm > 0) {
            const auto target = KpiService::revenueTarget(
                    in.targets, in.period,
                    TargetScope {ScopeKind::Team, 0, m_team.teamName(pool.teamId)});
            if (!target || *target <= 0
                || double(teamCredited) * kPpm < double(*target) * double(pool.fromPpm)) {
                continue;
            }
        }
        const QList<qint64> parts = splitLargestRemainder(pool.amountMinor, weights);
        const qint64 mine = parts.value(members.indexOf(repId));
        if (mine != 0) {
            CommissionLine line;
            line.kind = CommissionLine::Kind::Pool;
            line.title = CommissionText::name(CommissionLine::Kind::Pool);
            line.commissionMinor = mine;
            line.note = m_team.teamName(pool.teamId);
            s.lines.append(line);
        }
    }

    // Clawbacks: commission settled on deals reversed in this period, within the window.
    for (const DealReversal &r : in.reversals) {
        auto paid = m_repo.paidLines(r.dealId);
        if (!paid) {
            return paid.error();
        }
        for (const auto &p : std::as_const(*paid)) {
            if (p.repId != repId || p.closedOn.daysTo(r.reversedOn) > p.clawbackDays) {
                continue;
            }
            auto deal = m_pipeline.dealSummary(r.dealId);
            CommissionLine line;
            line.kind = CommissionLine::Kind::Clawback;
            line.dealId = r.dealId;
            line.title = deal ? deal->title : tr("Deal #%1").arg(r.dealId);
            line.closedOn = p.closedOn;
            line.commissionMinor = -p.commissionMinor;
            line.note = tr("Paid in %1; reversed on %2: %3")
                                .arg(p.period, dateText(r.reversedOn), r.reason);
            s.lines.append(line);
        }
    }
    totalStatement(s, plan.terms.capMinor);
    return s;
}

Result<QList<CommissionStatement>> CommissionService::statements(const Period &period, qint64 repId,
                                                                 const QDate &asOfIn) const
{
    if (!period.isValid()) {
        return Error::user(tr("There is no such period."));
    }
    const QDate asOf = asOfIn.isValid() ? asOfIn : m_clock.today();
    auto settled = m_repo.settled(period.toString());
    if (!settled) {
        return settled.error();
    }
    QHash<qint64, CommissionStatement> byRep;
    for (auto &s : settled.value()) {
        s.period = period;
        byRep.insert(s.repId, s);
    }
    QList<qint64> reps;
    for (const Rep &r : m_team.reps()) {
        if ((repId == 0 || r.id == repId) && (byRep.contains(r.id) || planOf(r.id))) {
            reps.append(r.id);
        }
    }
    if (repId != 0 && reps.isEmpty()) {
        return Error::user(tr("%1 is not on a commission plan.").arg(m_team.repName(repId)));
    }
    std::optional<Inputs> in;
    QList<CommissionStatement> out;
    for (qint64 rep : std::as_const(reps)) {
        if (byRep.contains(rep)) {
            out.append(byRep.value(rep));
            continue;
        }
        if (!in) {
            auto read = inputs(period, asOf);
            if (!read) {
                return read.error();
            }
            in = std::move(read).value();
        }
        auto s = preview(*in, *planOf(rep), rep);
        if (!s) {
            return s.error();
        }
        out.append(std::move(s).value());
    }
    return out;
}

Result<QList<CommissionStatement>> CommissionService::settle(const Period &period, qint64 repId,
                                                             const QDate &asOfIn)
{
    const QDate asOf = asOfIn.isValid() ? asOfIn : m_clock.today();
    if (period.isValid() && asOf < period.end()) {
        return Error::user(tr("%1 runs until %2; settle it once it is over (a preview is there "
                              "any time).")
                                   .arg(period.label(), dateText(period.end())));
    }
    auto all = statements(period, repId, asOf);
    if (!all) {
        return all;
    }
    if (all->isEmpty()) {
        return Error::user(tr("No sales rep is on a commission plan."));
    }
    const QDateTime now = m_clock.nowUtc();
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginStatus().error();
    }
    for (CommissionStatement &s : all.value()) {
        if (s.settled) {
            continue;
        }
        auto overlap = m_repo.settledOverlapping(s.repId, period.start(), period.end());
        if (!overlap) {
            return overlap.error();
        }
        if (!overlap->isEmpty()) {
            return Error::user(tr("%1's commission is settled for %2, which overlaps %3; a day "
                                  "is paid once.")
                                       .arg(m_team.repName(s.repId), overlap->join(u", "_s),
                                            period.toString()));
        }
        s.settled = true;
        s.settledAt = now;
        auto id = m_repo.saveStatement(s);
        if (!id) {
            return id.error();
        }
        s.id = *id;
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    emit statementsChanged();
    return all;
}

ExportTable CommissionService::table(const QList<CommissionStatement> &statements) const
{
    const int decimals = currency::decimals(m_currencies.home());
    const auto amount = [decimals](qint64 minor) {
        return QVariant::fromValue(ExportTable::Amount {minor, decimals});
    };
    ExportTable t;
    t.header = {tr("Rep"),  tr("Period"),  tr("Plan"),       tr("Version"),   tr("Status"),
                tr("Line"), tr("Deal ID"), tr("Title"),      tr("Closed on"), tr("Credited"),
                tr("Tier"), tr("Rate"),    tr("Commission"), tr("Note")};
    for (const CommissionStatement &s : statements) {
        const QString status = s.settled ? tr("settled") : tr("preview");
        const QList<QVariant> head {m_team.repName(s.repId), s.period.toString(), s.planName,
                                    s.planVersion, status};
        for (const CommissionLine &l : s.lines) {
            QList<QVariant> row = head;
            row << CommissionText::name(l.kind) << (l.dealId > 0 ? QVariant(l.dealId) : QVariant())
                << l.title << (l.closedOn.isValid() ? QVariant(l.closedOn) : QVariant())
                << amount(l.creditedMinor) << (l.tier > 0 ? QVariant(l.tier) : QVariant())
                << (l.tier > 0 ? QVariant(CommissionText::percentText(l.ratePpm)) : QVariant())
                << amount(l.commissionMinor) << (l.slices.size() > 1 ? slicesText(l) : l.note);
            t.rows.append(row);
        }
        QList<QVariant> total = head;
        total << tr("Payout") << QVariant() << QVariant() << QVariant() << amount(s.creditedMinor)
              << QVariant() << QVariant() << amount(s.payoutMinor) << QVariant();
        t.rows.append(total);
    }
    return t;
}

QString CommissionService::slicesText(const CommissionLine &line) const
{
    QStringList parts;
    for (const auto &s : line.slices) {
        parts.append(tr("%1 at %2")
                             .arg(currency::formatAmount(s.creditedMinor, m_currencies.home()),
                                  CommissionText::percentText(s.ratePpm)));
    }
    return parts.join(u" + "_s);
}

Status CommissionService::reverseDeal(qint64 dealId, const QDate &day, const QString &reason)
{
    auto paid = m_repo.paidLines(dealId);
    if (!paid) {
        return paid.error();
    }
    for (const auto &p : std::as_const(*paid)) {
        if (!day.isValid() || p.closedOn.daysTo(day) > p.clawbackDays) {
            continue;
        }
        auto overlap = m_repo.settledOverlapping(p.repId, day, day);
        if (!overlap) {
            return overlap.error();
        }
        if (!overlap->isEmpty()) {
            return Error::user(
                    tr("%1's commission for %2 is settled, so the %3 paid on this deal "
                       "could not be taken back then. Date the reversal after %2.")
                            .arg(m_team.repName(p.repId), overlap->first(),
                                 currency::formatAmount(p.commissionMinor, m_currencies.home())));
        }
    }
    if (auto st = m_pipeline.reverseDeal(dealId, day, reason); !st) {
        return st;
    }
    emit statementsChanged();
    return {};
}

} // namespace salesdesk
