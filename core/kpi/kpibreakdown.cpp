// KpiService: the figures of a period taken apart (by month, rep, product, customer, lost
// reason and stage) and the reps side by side.
#include "core/common/dates.h"
#include "core/currency/currencyservice.h"
#include "core/kpi/kpiservice.h"
#include "core/pipeline/pipelineservice.h"
#include "core/targets/targetservice.h"

#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

// Most first; ties by id, then key, so the order never depends on a hash.
void sortByMinor(QList<KpiShare> &shares)
{
    std::sort(shares.begin(), shares.end(), [](const KpiShare &a, const KpiShare &b) {
        if (a.minor != b.minor) {
            return a.minor > b.minor;
        }
        if (a.count != b.count) {
            return a.count > b.count;
        }
        return a.id != b.id ? a.id < b.id : a.key < b.key;
    });
}

template<typename Key>
KpiShare &shareOf(QList<KpiShare> &shares, QHash<Key, qsizetype> &index, const Key &key)
{
    auto it = index.constFind(key);
    if (it == index.cend()) {
        it = index.insert(key, shares.size());
        shares.append(KpiShare {});
    }
    return shares[*it];
}

} // namespace

qint64 KpiService::homeMinor(qint64 minor, const QString &currency, const QDate &day) const
{
    return currency == m_currencies.home() ? minor : m_currencies.toHome(minor, currency, day);
}

KpiDeal KpiService::toKpiDeal(const MetricRepository::DealRow &row, const QDate &rateDay) const
{
    KpiDeal d;
    d.id = row.id;
    d.title = row.title;
    d.customerId = row.customerId;
    d.ownerId = row.ownerId;
    d.product = row.product;
    const QDate day = row.closedOn.isValid() ? row.closedOn : rateDay;
    d.homeMinor = homeMinor(row.minor, row.currency, day);
    d.createdOn = row.createdOn;
    d.closedOn = row.closedOn;
    d.expectedClose = row.expectedClose;
    d.won = row.won;
    d.lostReasonId = row.lostReasonId;
    d.stageId = row.stageId;
    d.percent = row.percent;
    return d;
}

Result<QList<KpiDeal>> KpiService::closedDeals(const KpiSpan &span, const TargetScope &scope,
                                               const QDate &asOf) const
{
    if (!span.isValid()) {
        return Error::user(tr("There is no such period."));
    }
    const auto [from, to] = range(span, asOf);
    QList<KpiDeal> deals;
    if (to < from) {
        return deals; // not begun
    }
    auto rows = m_metrics.closedDeals(scope, from, to);
    if (!rows) {
        return rows.error();
    }
    deals.reserve(rows->size());
    for (const auto &row : std::as_const(*rows)) {
        deals.append(toKpiDeal(row, to));
    }
    return deals;
}

Result<KpiClosedByMonth> KpiService::closedByMonth(const KpiSpan &span, const TargetScope &scope,
                                                   const QSet<qint64> &customers,
                                                   const QDate &asOf) const
{
    if (!span.isValid()) {
        return Error::user(tr("There is no such period."));
    }
    const auto [from, to] = range(span, asOf);
    KpiClosedByMonth out;
    if (to < from) {
        return out;
    }
    auto st = m_metrics.forEachClose(scope, from, to, [&](const MetricRepository::Close &c) {
        if (!customers.contains(c.customerId)) {
            return;
        }
        if (!out.firstClose.isValid() || c.closedOn < out.firstClose) {
            out.firstClose = c.closedOn;
        }
        if (c.won) {
            auto &[minor, deals] = out.won[QDate(c.closedOn.year(), c.closedOn.month(), 1)];
            minor += homeMinor(c.minor, c.currency, c.closedOn); // at its close day's rate
            deals += 1;
        }
    });
    if (!st) {
        return st.error();
    }
    return out;
}

Result<QDate> KpiService::firstClose(const KpiSpan &span, const TargetScope &scope,
                                     const QDate &asOf) const
{
    if (!span.isValid()) {
        return Error::user(tr("There is no such period."));
    }
    const auto [from, to] = range(span, asOf);
    if (to < from) {
        return QDate();
    }
    return m_metrics.firstClose(scope, from, to);
}

Result<KpiBreakdown> KpiService::breakdown(const Period &period, const TargetScope &scope,
                                           const QDate &asOf) const
{
    if (!period.isValid()) {
        return Error::user(tr("There is no such period."));
    }
    return breakdown(KpiSpan::of(period), scope, asOf);
}

Result<KpiBreakdown> KpiService::breakdown(const KpiSpan &span, const TargetScope &scope,
                                           const QDate &asOf) const
{
    if (!span.isValid()) {
        return Error::user(tr("There is no such period."));
    }
    const auto [from, to] = range(span, asOf);
    KpiBreakdown b;
    auto targets = m_targets.targets();
    if (!targets) {
        return targets.error();
    }
    // The calendar months the span touches.
    QList<Period> months;
    for (Period m = Period::containing(Period::Kind::Month, span.start); m.start() <= span.end;
         m = Period::containing(Period::Kind::Month, m.end().addDays(1))) {
        months.append(m);
    }
    for (const Period &m : months) {
        b.months.append({m, 0, 0, 0, revenueTarget(*targets, m, scope)});
    }
    if (to < from) {
        return b; // not begun
    }
    auto closed = closedDeals(span, scope, asOf);
    if (!closed) {
        return closed.error();
    }
    auto open = m_metrics.openAt(scope, to.addDays(1).startOfDay());
    if (!open) {
        return open.error();
    }
    QHash<qint64, qsizetype> reps, customers, reasons, stages;
    QHash<QString, qsizetype> products;
    b.closed = std::move(closed).value();
    for (const KpiDeal &deal : std::as_const(b.closed)) {
        for (KpiMonth &m : b.months) {
            if (m.month.contains(deal.closedOn)) {
                (deal.won ? m.won : m.lost) += 1;
                m.revenueMinor += deal.won ? deal.homeMinor : 0;
                break;
            }
        }
        if (!deal.won) {
            KpiShare &reason = shareOf(b.lostReasons, reasons, deal.lostReasonId);
            reason.id = deal.lostReasonId;
            reason.minor += deal.homeMinor;
            reason.count += 1;
            continue;
        }
        for (auto [list, index, id] :
             {std::tuple {&b.revenueByRep, &reps, deal.ownerId},
              std::tuple {&b.revenueByCustomer, &customers, deal.customerId}}) {
            KpiShare &share = shareOf(*list, *index, id);
            share.id = id;
            share.minor += deal.homeMinor;
            share.count += 1;
        }
        KpiShare &product = shareOf(b.revenueByProduct, products, deal.product);
        product.key = deal.product;
        product.minor += deal.homeMinor;
        product.count += 1;
    }
    QHash<qint64, qint64> hundredths;
    b.open.reserve(open->size());
    for (const auto &row : std::as_const(*open)) {
        const KpiDeal deal = toKpiDeal(row, to);
        b.open.append(deal);
        KpiShare &stage = shareOf(b.pipelineByStage, stages, deal.stageId);
        stage.id = deal.stageId;
        stage.minor += deal.homeMinor;
        stage.count += 1;
        hundredths[deal.stageId] += deal.homeMinor * deal.percent;
    }
    for (KpiShare &stage : b.pipelineByStage) {
        stage.weightedMinor = (hundredths.value(stage.id) + 50) / 100;
    }
    sortByMinor(b.revenueByRep);
    sortByMinor(b.revenueByCustomer);
    sortByMinor(b.revenueByProduct);
    std::sort(b.lostReasons.begin(), b.lostReasons.end(), [](const KpiShare &a, const KpiShare &c) {
        return a.count != c.count ? a.count > c.count : a.id < c.id;
    });
    // Pipeline order: the stages' positions (archived stages keep theirs).
    QHash<qint64, int> position;
    for (const Stage &s : m_pipeline.stages()) {
        position.insert(s.id, s.position);
    }
    std::sort(b.pipelineByStage.begin(), b.pipelineByStage.end(),
              [&position](const KpiShare &a, const KpiShare &c) {
                  const int pa = position.value(a.id), pc = position.value(c.id);
                  return pa != pc ? pa < pc : a.id < c.id;
              });
    return b;
}

Result<QList<std::pair<qint64, QDate>>>
KpiService::newCustomers(const KpiSpan &span, const TargetScope &scope, const QDate &asOf) const
{
    const auto [from, to] = range(span, asOf);
    QList<std::pair<qint64, QDate>> list;
    if (to < from) {
        return list;
    }
    auto wins = m_metrics.firstWins(scope, from, to);
    if (!wins) {
        return wins.error();
    }
    for (const auto &[customer, at] : std::as_const(*wins)) {
        list.append({customer, localDate(at)});
    }
    return list;
}

Result<QList<RepFigures>> KpiService::reps(const KpiSpan &span, const QDate &asOf) const
{
    auto parts = breakdown(span, TargetScope {}, asOf);
    if (!parts) {
        return parts.error();
    }
    return reps(span, asOf, *parts);
}

Result<QList<RepFigures>> KpiService::reps(const KpiSpan &span, const QDate &asOf,
                                           const KpiBreakdown &company) const
{
    const Period &period = span.period;
    auto targets = m_targets.targets();
    if (!targets) {
        return targets.error();
    }
    const auto [from, to] = range(span, asOf);
    QHash<qint64, RepFigures> byRep;
    const auto rep = [&byRep](qint64 id) -> RepFigures & {
        RepFigures &f = byRep[id];
        f.repId = id;
        return f;
    };
    for (const KpiDeal &deal : std::as_const(company.closed)) {
        if (deal.ownerId == 0) {
            continue; // nobody's: counted for the company only
        }
        RepFigures &f = rep(deal.ownerId);
        if (deal.won) {
            f.revenueMinor += deal.homeMinor;
            f.wonDeals += 1;
        } else {
            f.lostDeals += 1;
        }
    }
    for (const Target &t : std::as_const(*targets)) {
        if (period.isValid() && t.metric == Metric::Revenue && t.scope.kind == ScopeKind::Rep
            && t.period == period) {
            rep(t.scope.repId).targetMinor = t.value;
        }
    }
    if (to >= from) {
        // Reps who worked without closing count too: activities are asked per rep.
        auto worked = m_metrics.activitiesByRep(from, to);
        if (!worked) {
            return worked.error();
        }
        for (auto it = worked->cbegin(); it != worked->cend(); ++it) {
            if (it.key() != 0) {
                rep(it.key()).activitiesDone = int(it.value());
            }
        }
    }
    QList<RepFigures> list;
    list.reserve(byRep.size());
    for (RepFigures f : std::as_const(byRep)) {
        f.winRate = winRate(f.wonDeals, f.lostDeals);
        f.avgDealMinor = averageDeal(f.revenueMinor, f.wonDeals);
        if (f.targetMinor && *f.targetMinor > 0) {
            f.attainment = double(f.revenueMinor) / double(*f.targetMinor);
        }
        list.append(f);
    }
    std::sort(list.begin(), list.end(), [](const RepFigures &a, const RepFigures &b) {
        return a.revenueMinor != b.revenueMinor ? a.revenueMinor > b.revenueMinor
                                                : a.repId < b.repId;
    });
    return list;
}

} // namespace salesdesk
