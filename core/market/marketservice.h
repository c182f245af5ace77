#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/kpi/kpiservice.h"
#include "core/market/market.h"
#include "core/market/marketrepository.h"

#include <QObject>

#include <optional>

namespace salesdesk {

class Database;
class TargetService;

// One quarter of a competitor's record: deals won and lost against them, by close day.
struct QuarterRecord
{
    Period quarter;
    int won = 0;
    int lost = 0;
};

// How we fare against a competitor over a range of days: the deals naming them that closed in
// it (won, lost, and the win rate of those), those still open at its end, the value won and
// lost (home currency at the close day, as the KPI engine counts it), why we lost, and the
// record by quarter.
struct CompetitorFigures
{
    qint64 competitorId = 0;
    QString name;
    int met = 0; // won + lost + open
    int won = 0;
    int lost = 0;
    int open = 0;
    std::optional<double> winRate;
    qint64 wonValueMinor = 0;
    qint64 lostValueMinor = 0;
    QList<KpiShare> lostReasons; // id: the lost reason (0 none), most deals first
    QList<QuarterRecord> trend; // quarters with a deal closed, in order
};

// Our share of a market of a year or quarter: our revenue (the KPI engine's, for the company or,
// for a segment named like a product, that product) ÷ the recorded market size; and the
// competitors' recorded shares of it.
struct MarketShareFigures
{
    Period period;
    QString segment;
    qint64 ourRevenueMinor = 0;
    std::optional<qint64> marketSizeMinor;
    std::optional<double> share;
    QString source;
    QList<std::pair<qint64, double>> competitorShares; // competitor id, fraction
};

// 市场分析: the competitor register and how we fare against each, market sizes and shares,
// the environment notebook and the SWOT analysis. Every change emits marketChanged().
class MarketService : public QObject
{
    Q_OBJECT

public:
    MarketService(Database &db, const KpiService &kpi, const TargetService &targets,
                  const Clock &clock, QObject *parent = nullptr);

    // Forgets what was read: the register is read again when next asked for (not at the book's
    // opening, which on a server costs a trip per table for what few windows show).
    Status load();
    // Reads the register again after a deal was written (it may have named a new competitor);
    // tells the views only when the register changed.
    void refreshCompetitors();

    // ---- competitors ----
    const QList<Competitor> &competitors() const { return read().competitors; } // by name
    const Competitor *competitor(qint64 id) const;
    const Competitor *competitorNamed(const QString &name) const; // regardless of case
    Result<qint64> addCompetitor(const Competitor &competitor); // keeps a given id (undo)
    Status updateCompetitor(const Competitor &competitor);
    // Removes a competitor; the deals that named it no longer do. Returns those deals, so that
    // undo can name it on them again (restoreCompetitor).
    Result<QList<qint64>> removeCompetitor(qint64 id);
    Status restoreCompetitor(const Competitor &competitor, const QList<qint64> &dealIds);
    // The deals that name each competitor.
    Result<QList<qint64>> dealsOf(qint64 competitorId) const;
    // Every competitor's figures over the span, counted to `asOf`; the most deals met first.
    Result<QList<CompetitorFigures>> figures(const KpiSpan &span, const QDate &asOf) const;

    // ---- market size and share ----
    const QList<MarketSize> &sizes() const { return read().sizes; } // in time order
    // Records the size of a year or quarter (and segment), replacing one recorded before.
    Result<qint64> setSize(const MarketSize &size);
    Status removeSize(qint64 id);
    const QList<CompetitorShare> &shares() const { return read().shares; }
    Status setShare(const CompetitorShare &share);
    Status removeShare(qint64 competitorId, const Period &period, const QString &segment);
    Result<MarketShareFigures> share(const Period &period, const QString &segment,
                                     const QDate &asOf) const;
    // The sizes a share trend is made of: the whole market's, of the kind (year or quarter)
    // last recorded, in time order.
    QList<MarketSize> trendSizes() const;
    // The whole market's shares over time: one per trend size.
    Result<QList<MarketShareFigures>> shareTrend(const QDate &asOf) const;

    // ---- environment and SWOT ----
    const QList<EnvironmentFactor> &factors() const { return read().factors; } // newest first
    const EnvironmentFactor *factor(qint64 id) const;
    Result<qint64> addFactor(const EnvironmentFactor &factor); // keeps a given id (undo)
    Status updateFactor(const EnvironmentFactor &factor);
    Status removeFactor(qint64 id);
    const QList<SwotPoint> &swotPoints() const { return read().points; }
    Result<qint64> addSwotPoint(const SwotPoint &point);
    Status updateSwotPoint(const SwotPoint &point);
    Status removeSwotPoint(qint64 id);
    // The four quadrants: the owner's own points first (in their order), then the factors that
    // bear on us — a positive impact an opportunity, a negative one a threat — the weightiest
    // (|impact| × likelihood) first.
    QList<SwotEntry> swot() const;

signals:
    void marketChanged();

private:
    Status changed();
    static Status validate(const Competitor &c);
    static Status validate(const EnvironmentFactor &f);

    Database &m_db;
    const KpiService &m_kpi;
    const TargetService &m_targets;
    const Clock &m_clock;
    MarketRepository m_repo;
    // The register as read from the book, on first use.
    struct Register
    {
        QList<Competitor> competitors;
        QList<MarketSize> sizes;
        QList<CompetitorShare> shares;
        QList<EnvironmentFactor> factors;
        QList<SwotPoint> points;
    };
    const Register &read() const;
    mutable std::optional<Register> m_register;
};

} // namespace salesdesk
