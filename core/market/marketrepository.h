#pragma once

#include "core/common/result.h"
#include "core/market/market.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>

namespace salesdesk {

// The rows of the market: competitors and the deals that name them, market sizes and
// competitors' shares, environment factors and SWOT points. Writes with an id put a row back
// with that id (undo of a removal).
class MarketRepository
{
    Q_DECLARE_TR_FUNCTIONS(MarketRepository)

public:
    explicit MarketRepository(QSqlDatabase db)
        : m_statements(std::move(db))
    { }

    Result<QList<Competitor>> competitors() const; // by name
    Result<qint64> insertCompetitor(const Competitor &c);
    Status updateCompetitor(const Competitor &c);
    Status removeCompetitor(qint64 id);
    // Deal ids by competitor id: which deals name whom.
    Result<QHash<qint64, QList<qint64>>> dealsByCompetitor() const;
    Status linkDeals(qint64 competitorId, const QList<qint64> &dealIds);

    Result<QList<MarketSize>> sizes() const; // by period, then segment
    Result<qint64> writeSize(const MarketSize &s); // replaces the size of that period and segment
    Status removeSize(qint64 id);

    Result<QList<CompetitorShare>> shares() const;
    Status writeShare(const CompetitorShare &s); // replaces that of its period and segment
    Status removeShare(qint64 competitorId, const Period &period, const QString &segment);

    Result<QList<EnvironmentFactor>> factors() const; // newest first
    Result<qint64> writeFactor(const EnvironmentFactor &f, bool insert);
    Status removeFactor(qint64 id);

    Result<QList<SwotPoint>> swotPoints() const; // by kind, then position
    Result<qint64> writeSwotPoint(const SwotPoint &p, bool insert);
    Status removeSwotPoint(qint64 id);

    // What competitors(), sizes(), shares(), factors() and swotPoints() run, for reading the
    // whole register ahead (ReadAhead).
    enum class Table { Competitors, Sizes, Shares, Factors, SwotPoints };
    static SqlStatement statement(Table table);
    static QList<SqlStatement> registerReads();

private:
    mutable StatementCache m_statements;
};

} // namespace salesdesk
