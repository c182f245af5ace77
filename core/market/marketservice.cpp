#include "core/market/marketservice.h"

#include "core/common/dates.h"
#include "core/storage/database.h"
#include "core/storage/readahead.h"
#include "core/storage/transaction.h"
#include "core/targets/targetservice.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

MarketService::MarketService(Database &db, const KpiService &kpi, const TargetService &targets,
                             const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_kpi(kpi)
    , m_targets(targets)
    , m_clock(clock)
    , m_repo(db.connection())
{ }

Status MarketService::load()
{
    m_register.reset();
    return {};
}

const MarketService::Register &MarketService::read() const
{
    if (m_register) {
        return *m_register;
    }
    m_register.emplace();
    // On a server the five tables come in one exchange.
    const ReadAhead ahead(m_db.connection(), MarketRepository::registerReads());
    const auto take = [](auto result, auto &into, const char *what) {
        if (!result) {
            // Shown empty, and the log says why.
            qWarning("Could not read the market's %s: %s", what, qPrintable(result.message()));
            return;
        }
        into = std::move(result).value();
    };
    take(m_repo.competitors(), m_register->competitors, "competitors");
    take(m_repo.sizes(), m_register->sizes, "sizes");
    take(m_repo.shares(), m_register->shares, "shares");
    take(m_repo.factors(), m_register->factors, "factors");
    take(m_repo.swotPoints(), m_register->points, "SWOT points");
    return *m_register;
}

void MarketService::refreshCompetitors()
{
    // Nothing to compare with when the register was not read (no view shows it).
    if (!m_register) {
        return;
    }
    auto competitors = m_repo.competitors();
    if (competitors && *competitors != m_register->competitors) {
        m_register->competitors = std::move(*competitors);
        emit marketChanged();
    }
}

Status MarketService::changed()
{
    if (auto st = load(); !st) {
        return st;
    }
    emit marketChanged();
    return {};
}

// ---- competitors ----

const Competitor *MarketService::competitor(qint64 id) const
{
    for (const Competitor &c : read().competitors) {
        if (c.id == id) {
            return &c;
        }
    }
    return nullptr;
}

const Competitor *MarketService::competitorNamed(const QString &name) const
{
    for (const Competitor &c : read().competitors) {
        if (c.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return &c;
        }
    }
    return nullptr;
}

Status MarketService::validate(const Competitor &c)
{
    if (c.name.trimmed().isEmpty()) {
        return Error::user(tr("A competitor needs a name."));
    }
    if (c.name.contains(u';') || c.name.contains(u'；')) {
        return Error::user(tr("A competitor's name cannot hold a semicolon (it separates the "
                              "names a deal meets)."));
    }
    return {};
}

Result<qint64> MarketService::addCompetitor(const Competitor &competitor)
{
    if (auto st = validate(competitor); !st) {
        return st.error();
    }
    if (competitorNamed(competitor.name)) {
        return Error::user(
                tr("“%1” is in the competitor register already.").arg(competitor.name.trimmed()));
    }
    Competitor c = competitor;
    if (!c.createdAt.isValid()) {
        c.createdAt = m_clock.nowUtc();
    }
    auto id = m_repo.insertCompetitor(c);
    if (!id) {
        return id;
    }
    if (auto st = changed(); !st) {
        return st.error();
    }
    return id;
}

Status MarketService::updateCompetitor(const Competitor &competitor)
{
    if (auto st = validate(competitor); !st) {
        return st;
    }
    if (!this->competitor(competitor.id)) {
        return Error::user(tr("There is no competitor #%1.").arg(competitor.id));
    }
    if (const Competitor *same = competitorNamed(competitor.name);
        same && same->id != competitor.id) {
        return Error::user(
                tr("“%1” is in the competitor register already.").arg(competitor.name.trimmed()));
    }
    if (auto st = m_repo.updateCompetitor(competitor); !st) {
        return st;
    }
    return changed();
}

Result<QList<qint64>> MarketService::dealsOf(qint64 competitorId) const
{
    auto links = m_repo.dealsByCompetitor();
    if (!links) {
        return links.error();
    }
    return links->value(competitorId);
}

Result<QList<qint64>> MarketService::removeCompetitor(qint64 id)
{
    if (!competitor(id)) {
        return Error::user(tr("There is no competitor #%1.").arg(id));
    }
    auto deals = dealsOf(id);
    if (!deals) {
        return deals;
    }
    if (auto st = m_repo.removeCompetitor(id); !st) {
        return st.error();
    }
    if (auto st = changed(); !st) {
        return st.error();
    }
    return deals;
}

Status MarketService::restoreCompetitor(const Competitor &competitor, const QList<qint64> &dealIds)
{
    Transaction tx(m_db.connection());
    if (!tx.active()) {
        return tx.beginStatus();
    }
    auto id = m_repo.insertCompetitor(competitor);
    if (!id) {
        return id.error();
    }
    if (auto st = m_repo.linkDeals(*id, dealIds); !st) {
        return st;
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    return changed();
}

Result<QList<CompetitorFigures>> MarketService::figures(const KpiSpan &span,
                                                        const QDate &asOf) const
{
    auto parts = m_kpi.breakdown(span, TargetScope {}, asOf);
    if (!parts) {
        return parts.error();
    }
    auto links = m_repo.dealsByCompetitor();
    if (!links) {
        return links.error();
    }
    QHash<qint64, const KpiDeal *> closed;
    for (const KpiDeal &d : std::as_const(parts->closed)) {
        closed.insert(d.id, &d);
    }
    QSet<qint64> open;
    for (const KpiDeal &d : std::as_const(parts->open)) {
        open.insert(d.id);
    }
    const int yearStart = m_targets.yearStartMonth();
    QList<CompetitorFigures> out;
    for (const Competitor &c : read().competitors) {
        CompetitorFigures f;
        f.competitorId = c.id;
        f.name = c.name;
        QMap<QDate, QuarterRecord> quarters;
        for (qint64 dealId : links->value(c.id)) {
            if (open.contains(dealId)) {
                ++f.open;
                continue;
            }
            const KpiDeal *d = closed.value(dealId);
            if (!d) {
                continue;
            }
            const Period q = Period::containing(Period::Kind::Quarter, d->closedOn, yearStart);
            QuarterRecord &record = quarters[q.start()];
            record.quarter = q;
            if (d->won) {
                ++f.won;
                ++record.won;
                f.wonValueMinor += d->homeMinor;
                continue;
            }
            ++f.lost;
            ++record.lost;
            f.lostValueMinor += d->homeMinor;
            auto reason = std::find_if(f.lostReasons.begin(), f.lostReasons.end(),
                                       [&](const KpiShare &s) { return s.id == d->lostReasonId; });
            if (reason == f.lostReasons.end()) {
                f.lostReasons.append(KpiShare {d->lostReasonId, {}, 0, 0, 0});
                reason = f.lostReasons.end() - 1;
            }
            reason->count += 1;
            reason->minor += d->homeMinor;
        }
        f.met = f.won + f.lost + f.open;
        f.winRate = KpiService::winRate(f.won, f.lost);
        std::stable_sort(f.lostReasons.begin(), f.lostReasons.end(),
                         [](const KpiShare &a, const KpiShare &b) { return a.count > b.count; });
        f.trend = quarters.values();
        out.append(f);
    }
    std::stable_sort(
            out.begin(), out.end(),
            [](const CompetitorFigures &a, const CompetitorFigures &b) { return a.met > b.met; });
    return out;
}

// ---- market size and share ----

Result<qint64> MarketService::setSize(const MarketSize &size)
{
    if (!size.period.isValid()
        || (size.period.kind() != Period::Kind::Year
            && size.period.kind() != Period::Kind::Quarter)) {
        return Error::user(tr("A market size is of a year or a quarter."));
    }
    if (size.valueMinor <= 0) {
        return Error::user(tr("A market size is more than zero."));
    }
    if (size.source.trimmed().isEmpty()) {
        return Error::user(tr("Say where the market size comes from (a report, an association, "
                              "your own estimate)."));
    }
    MarketSize s = size;
    if (!s.createdAt.isValid()) {
        s.createdAt = m_clock.nowUtc();
    }
    auto id = m_repo.writeSize(s);
    if (!id) {
        return id;
    }
    if (auto st = changed(); !st) {
        return st.error();
    }
    return id;
}

Status MarketService::removeSize(qint64 id)
{
    if (auto st = m_repo.removeSize(id); !st) {
        return st;
    }
    return changed();
}

Status MarketService::setShare(const CompetitorShare &share)
{
    if (!competitor(share.competitorId)) {
        return Error::user(tr("There is no competitor #%1.").arg(share.competitorId));
    }
    if (share.sharePpm < 0 || share.sharePpm > 1000000) {
        return Error::user(tr("A share is from 0 to 100 %."));
    }
    if (!share.period.isValid()
        || (share.period.kind() != Period::Kind::Year
            && share.period.kind() != Period::Kind::Quarter)) {
        return Error::user(tr("A market share is of a year or a quarter."));
    }
    if (auto st = m_repo.writeShare(share); !st) {
        return st;
    }
    return changed();
}

Status MarketService::removeShare(qint64 competitorId, const Period &period, const QString &segment)
{
    if (auto st = m_repo.removeShare(competitorId, period, segment); !st) {
        return st;
    }
    return changed();
}

QList<MarketSize> MarketService::trendSizes() const
{
    std::optional<Period::Kind> kind;
    for (const MarketSize &s : read().sizes) {
        if (s.segment.isEmpty()) {
            kind = s.period.kind();
        }
    }
    QList<MarketSize> out;
    for (const MarketSize &s : read().sizes) {
        if (s.segment.isEmpty() && s.period.kind() == kind) {
            out.append(s);
        }
    }
    return out;
}

Result<QList<MarketShareFigures>> MarketService::shareTrend(const QDate &asOf) const
{
    QList<MarketShareFigures> out;
    for (const MarketSize &s : trendSizes()) {
        auto f = share(s.period, QString(), asOf);
        if (!f) {
            return f.error();
        }
        out.append(*f);
    }
    return out;
}

Result<MarketShareFigures> MarketService::share(const Period &period, const QString &segment,
                                                const QDate &asOf) const
{
    MarketShareFigures f;
    f.period = period;
    f.segment = segment.trimmed();
    TargetScope scope;
    if (!f.segment.isEmpty()) {
        auto products = m_kpi.products();
        if (!products) {
            return products.error();
        }
        const auto it = std::find_if(products->begin(), products->end(), [&](const QString &p) {
            return p.compare(f.segment, Qt::CaseInsensitive) == 0;
        });
        if (it == products->end()) {
            return Error::user(tr("Our revenue in “%1” cannot be told: a segment of the market "
                                  "is matched to the product of that name, and no deal has it.")
                                       .arg(f.segment));
        }
        scope = {ScopeKind::Product, 0, *it};
    }
    auto report = m_kpi.report(period, scope, asOf);
    if (!report) {
        return report.error();
    }
    f.ourRevenueMinor = report->kpis.revenueMinor;
    for (const MarketSize &s : read().sizes) {
        if (s.period == period && s.segment.compare(f.segment, Qt::CaseInsensitive) == 0) {
            f.marketSizeMinor = s.valueMinor;
            f.source = s.source;
            f.share = double(f.ourRevenueMinor) / double(s.valueMinor);
        }
    }
    for (const CompetitorShare &s : read().shares) {
        if (s.period == period && s.segment.compare(f.segment, Qt::CaseInsensitive) == 0) {
            f.competitorShares.append({s.competitorId, double(s.sharePpm) / 1e6});
        }
    }
    return f;
}

// ---- environment and SWOT ----

const EnvironmentFactor *MarketService::factor(qint64 id) const
{
    for (const EnvironmentFactor &f : read().factors) {
        if (f.id == id) {
            return &f;
        }
    }
    return nullptr;
}

Status MarketService::validate(const EnvironmentFactor &f)
{
    if (f.title.trimmed().isEmpty()) {
        return Error::user(tr("An environment factor needs a title."));
    }
    if (f.impact < -2 || f.impact > 2) {
        return Error::user(tr("The impact is from −2 (strongly against us) to +2 (strongly for "
                              "us)."));
    }
    if (f.likelihood < 0 || f.likelihood > 100) {
        return Error::user(tr("The likelihood is from 0 to 100 %."));
    }
    if (!f.notedOn.isValid()) {
        return Error::user(tr("An environment factor needs the day it was noted."));
    }
    if (f.reviewOn.isValid() && f.reviewOn < f.notedOn) {
        return Error::user(tr("The review (%1) cannot come before the day the factor was "
                              "noted (%2).")
                                   .arg(dateText(f.reviewOn), dateText(f.notedOn)));
    }
    return {};
}

Result<qint64> MarketService::addFactor(const EnvironmentFactor &factor)
{
    if (auto st = validate(factor); !st) {
        return st.error();
    }
    EnvironmentFactor f = factor;
    if (!f.createdAt.isValid()) {
        f.createdAt = m_clock.nowUtc();
    }
    auto id = m_repo.writeFactor(f, true);
    if (!id) {
        return id;
    }
    if (auto st = changed(); !st) {
        return st.error();
    }
    return id;
}

Status MarketService::updateFactor(const EnvironmentFactor &factor)
{
    if (auto st = validate(factor); !st) {
        return st;
    }
    if (!this->factor(factor.id)) {
        return Error::user(tr("There is no environment factor #%1.").arg(factor.id));
    }
    if (auto written = m_repo.writeFactor(factor, false); !written) {
        return written.error();
    }
    return changed();
}

Status MarketService::removeFactor(qint64 id)
{
    if (auto st = m_repo.removeFactor(id); !st) {
        return st;
    }
    return changed();
}

Result<qint64> MarketService::addSwotPoint(const SwotPoint &point)
{
    if (point.text.trimmed().isEmpty()) {
        return Error::user(tr("A SWOT point needs its text."));
    }
    SwotPoint p = point;
    if (!p.createdAt.isValid()) {
        p.createdAt = m_clock.nowUtc();
    }
    auto id = m_repo.writeSwotPoint(p, true);
    if (!id) {
        return id;
    }
    if (auto st = changed(); !st) {
        return st.error();
    }
    return id;
}

Status MarketService::updateSwotPoint(const SwotPoint &point)
{
    if (point.text.trimmed().isEmpty()) {
        return Error::user(tr("A SWOT point needs its text."));
    }
    if (auto written = m_repo.writeSwotPoint(point, false); !written) {
        return written.error();
    }
    return changed();
}

Status MarketService::removeSwotPoint(qint64 id)
{
    if (auto st = m_repo.removeSwotPoint(id); !st) {
        return st;
    }
    return changed();
}

QList<SwotEntry> MarketService::swot() const
{
    QList<SwotEntry> out;
    for (const SwotPoint &p : read().points) {
        out.append({p.kind, p.text, p.id, 0, 0});
    }
    QList<SwotEntry> fromFactors;
    for (const EnvironmentFactor &f : read().factors) {
        if (f.impact == 0) {
            continue;
        }
        fromFactors.append({f.impact > 0 ? SwotKind::Opportunity : SwotKind::Threat, f.title, 0,
                            f.id, std::abs(f.impact) * f.likelihood});
    }
    std::stable_sort(fromFactors.begin(), fromFactors.end(),
                     [](const SwotEntry &a, const SwotEntry &b) { return a.weight > b.weight; });
    out += fromFactors;
    std::stable_sort(out.begin(), out.end(),
                     [](const SwotEntry &a, const SwotEntry &b) { return a.kind < b.kind; });
    return out;
}

} // namespace salesdesk
