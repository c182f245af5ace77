#include "core/market/marketrepository.h"

#include "core/common/dates.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

const QString competitorColumns = u"name, products, prices, positioning, strategy, strengths, "
                                  "weaknesses, threat, notes, created_at"_s;

void bindCompetitor(SqlQuery &q, const Competitor &c)
{
    q.bind(c.name.trimmed()).bindText(c.products).bindText(c.prices).bindText(c.positioning);
    q.bindText(c.strategy).bindText(c.strengths).bindText(c.weaknesses);
    q.bind(MarketText::code(c.threat)).bindText(c.notes).bind(toStoredTime(c.createdAt));
}

const QString factorColumns = u"kind, title, description, impact, likelihood, horizon, source, "
                              "noted_on, review_on, created_at"_s;

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(toStoredDate(d)) : QVariant();
}

} // namespace

SqlStatement MarketRepository::statement(Table table)
{
    switch (table) {
    case Table::Competitors:
        return {u"SELECT id, "_s + competitorColumns
                        + u" FROM competitors ORDER BY lower(name), id"_s,
                {}};
    case Table::Sizes:
        return {u"SELECT id, period, segment, value_minor, source, created_at "
                "FROM market_sizes ORDER BY period, segment"_s,
                {}};
    case Table::Shares:
        return {u"SELECT competitor_id, period, segment, share_ppm, source "
                "FROM competitor_shares ORDER BY competitor_id, period, segment"_s,
                {}};
    case Table::Factors:
        return {u"SELECT id, "_s + factorColumns
                        + u" FROM environment_factors ORDER BY noted_on DESC, id DESC"_s,
                {}};
    case Table::SwotPoints:
        break;
    }
    return {u"SELECT id, kind, text, position, created_at FROM swot_points "
            "ORDER BY position, id"_s,
            {}};
}

QList<SqlStatement> MarketRepository::registerReads()
{
    return {statement(Table::Competitors), statement(Table::Sizes), statement(Table::Shares),
            statement(Table::Factors), statement(Table::SwotPoints)};
}

Result<QList<Competitor>> MarketRepository::competitors() const
{
    SqlQuery q(m_statements, statement(Table::Competitors));
    return q.all([](SqlQuery &row) {
        Competitor c;
        c.id = row.value(0).toLongLong();
        c.name = row.value(1).toString();
        c.products = row.value(2).toString();
        c.prices = row.value(3).toString();
        c.positioning = row.value(4).toString();
        c.strategy = row.value(5).toString();
        c.strengths = row.value(6).toString();
        c.weaknesses = row.value(7).toString();
        c.threat = MarketText::threat(row.value(8).toString()).value_or(ThreatLevel::Medium);
        c.notes = row.value(9).toString();
        c.createdAt = fromStoredTime(row.value(10).toString());
        return c;
    });
}

Result<qint64> MarketRepository::insertCompetitor(const Competitor &c)
{
    SqlQuery q(m_statements, insertStatement(u"competitors"_s, competitorColumns, c.id > 0));
    bindCompetitor(q, c);
    if (c.id > 0) {
        q.bind(c.id);
    }
    return q.insert(c.id);
}

Status MarketRepository::updateCompetitor(const Competitor &c)
{
    SqlQuery q(m_statements, u"UPDATE competitors SET "_s + updateAssignments(competitorColumns)
                                     + u" WHERE id = ?"_s);
    bindCompetitor(q, c);
    q.bind(c.id);
    return q.exec();
}

Status MarketRepository::removeCompetitor(qint64 id)
{
    SqlQuery q(m_statements, u"DELETE FROM competitors WHERE id = ?"_s);
    q.bind(id);
    return q.exec();
}

Result<QHash<qint64, QList<qint64>>> MarketRepository::dealsByCompetitor() const
{
    SqlQuery q(m_statements, u"SELECT competitor_id, deal_id FROM deal_competitors "
                             "ORDER BY competitor_id, deal_id"_s);
    QHash<qint64, QList<qint64>> out;
    if (auto st = q.each([&](SqlQuery &row) {
            out[row.value(0).toLongLong()].append(row.value(1).toLongLong());
        });
        !st) {
        return st.error();
    }
    return out;
}

Status MarketRepository::linkDeals(qint64 competitorId, const QList<qint64> &dealIds)
{
    for (qint64 deal : dealIds) {
        SqlQuery q(m_statements, u"INSERT INTO deal_competitors (deal_id, competitor_id) "
                                 "SELECT id, ? FROM deals WHERE id = ? ON CONFLICT DO NOTHING"_s);
        q.bind(competitorId).bind(deal);
        if (auto st = q.exec(); !st) {
            return st;
        }
    }
    return {};
}

Result<QList<MarketSize>> MarketRepository::sizes() const
{
    SqlQuery q(m_statements, statement(Table::Sizes));
    auto rows = q.all([](SqlQuery &row) {
        MarketSize s;
        s.id = row.value(0).toLongLong();
        s.period = Period::parse(row.value(1).toString()).value_or(Period());
        s.segment = row.value(2).toString();
        s.valueMinor = row.value(3).toLongLong();
        s.source = row.value(4).toString();
        s.createdAt = fromStoredTime(row.value(5).toString());
        return s;
    });
    if (rows) {
        // In time order (the text of a fiscal period does not sort by its days).
        std::stable_sort(rows->begin(), rows->end(), [](const MarketSize &a, const MarketSize &b) {
            return a.period.start() < b.period.start();
        });
    }
    return rows;
}

Result<qint64> MarketRepository::writeSize(const MarketSize &s)
{
    // A segment bound as NULL (an empty text) is the whole market: ''.
    SqlQuery clear(m_statements, u"DELETE FROM market_sizes WHERE period = ? AND "
                                 "lower(segment) = lower(coalesce(?, ''))"_s);
    clear.bind(s.period.toString()).bindText(s.segment.trimmed());
    if (auto st = clear.exec(); !st) {
        return st.error();
    }
    SqlQuery q(m_statements,
               u"INSERT INTO market_sizes (period, segment, value_minor, source, "
               "created_at%1) VALUES (?, coalesce(?, ''), ?, ?, ?%2)"_s.arg(
                       s.id > 0 ? u", id"_s : QString(), s.id > 0 ? u", ?"_s : QString()));
    q.bind(s.period.toString()).bindText(s.segment.trimmed()).bind(s.valueMinor);
    q.bind(s.source.trimmed()).bind(toStoredTime(s.createdAt));
    if (s.id > 0) {
        q.bind(s.id);
    }
    return q.insert(s.id);
}

Status MarketRepository::removeSize(qint64 id)
{
    SqlQuery q(m_statements, u"DELETE FROM market_sizes WHERE id = ?"_s);
    q.bind(id);
    return q.exec();
}

Result<QList<CompetitorShare>> MarketRepository::shares() const
{
    SqlQuery q(m_statements, statement(Table::Shares));
    return q.all([](SqlQuery &row) {
        CompetitorShare s;
        s.competitorId = row.value(0).toLongLong();
        s.period = Period::parse(row.value(1).toString()).value_or(Period());
        s.segment = row.value(2).toString();
        s.sharePpm = row.value(3).toLongLong();
        s.source = row.value(4).toString();
        return s;
    });
}

Status MarketRepository::writeShare(const CompetitorShare &s)
{
    SqlQuery q(m_statements,
               u"INSERT INTO competitor_shares (competitor_id, period, segment, share_ppm, "
               "source) VALUES (?, ?, coalesce(?, ''), ?, ?) ON CONFLICT (competitor_id, period, "
               "segment) DO UPDATE SET share_ppm = excluded.share_ppm, source = "
               "excluded.source"_s);
    q.bind(s.competitorId).bind(s.period.toString()).bindText(s.segment.trimmed());
    q.bind(s.sharePpm).bindText(s.source.trimmed());
    return q.exec();
}

Status MarketRepository::removeShare(qint64 competitorId, const Period &period,
                                     const QString &segment)
{
    SqlQuery q(m_statements, u"DELETE FROM competitor_shares WHERE competitor_id = ? AND "
                             "period = ? AND segment = coalesce(?, '')"_s);
    q.bind(competitorId).bind(period.toString()).bindText(segment.trimmed());
    return q.exec();
}

Result<QList<EnvironmentFactor>> MarketRepository::factors() const
{
    SqlQuery q(m_statements, statement(Table::Factors));
    return q.all([](SqlQuery &row) {
        EnvironmentFactor f;
        f.id = row.value(0).toLongLong();
        f.kind = MarketText::factorKind(row.value(1).toString()).value_or(FactorKind::Economic);
        f.title = row.value(2).toString();
        f.description = row.value(3).toString();
        f.impact = int(row.value(4).toLongLong());
        f.likelihood = int(row.value(5).toLongLong());
        f.horizon = MarketText::horizon(row.value(6).toString()).value_or(Horizon::Medium);
        f.source = row.value(7).toString();
        f.notedOn = fromStoredDate(row.value(8).toString());
        f.reviewOn = fromStoredDate(row.value(9).toString());
        f.createdAt = fromStoredTime(row.value(10).toString());
        return f;
    });
}

Result<qint64> MarketRepository::writeFactor(const EnvironmentFactor &f, bool insert)
{
    SqlQuery q(m_statements,
               insert ? insertStatement(u"environment_factors"_s, factorColumns, f.id > 0)
                      : u"UPDATE environment_factors SET "_s + updateAssignments(factorColumns)
                                + u" WHERE id = ?"_s);
    q.bind(MarketText::code(f.kind)).bind(f.title.trimmed()).bindText(f.description);
    q.bind(f.impact).bind(f.likelihood).bind(MarketText::code(f.horizon)).bindText(f.source);
    q.bind(toStoredDate(f.notedOn)).bind(dateOrNull(f.reviewOn)).bind(toStoredTime(f.createdAt));
    if (!insert || f.id > 0) {
        q.bind(f.id);
    }
    if (insert) {
        return q.insert(f.id);
    }
    if (auto st = q.exec(); !st) {
        return st.error();
    }
    return f.id;
}

Status MarketRepository::removeFactor(qint64 id)
{
    SqlQuery q(m_statements, u"DELETE FROM environment_factors WHERE id = ?"_s);
    q.bind(id);
    return q.exec();
}

Result<QList<SwotPoint>> MarketRepository::swotPoints() const
{
    SqlQuery q(m_statements, statement(Table::SwotPoints));
    return q.all([](SqlQuery &row) {
        SwotPoint p;
        p.id = row.value(0).toLongLong();
        p.kind = MarketText::swotKind(row.value(1).toString()).value_or(SwotKind::Strength);
        p.text = row.value(2).toString();
        p.position = int(row.value(3).toLongLong());
        p.createdAt = fromStoredTime(row.value(4).toString());
        return p;
    });
}

Result<qint64> MarketRepository::writeSwotPoint(const SwotPoint &p, bool insert)
{
    const QString columns = u"kind, text, position, created_at"_s;
    SqlQuery q(m_statements, insert ? insertStatement(u"swot_points"_s, columns, p.id > 0)
                                    : u"UPDATE swot_points SET "_s + updateAssignments(columns)
                                              + u" WHERE id = ?"_s);
    q.bind(MarketText::code(p.kind)).bind(p.text.trimmed()).bind(p.position);
    q.bind(toStoredTime(p.createdAt));
    if (!insert || p.id > 0) {
        q.bind(p.id);
    }
    if (insert) {
        return q.insert(p.id);
    }
    if (auto st = q.exec(); !st) {
        return st.error();
    }
    return p.id;
}

Status MarketRepository::removeSwotPoint(qint64 id)
{
    SqlQuery q(m_statements, u"DELETE FROM swot_points WHERE id = ?"_s);
    q.bind(id);
    return q.exec();
}

} // namespace salesdesk
