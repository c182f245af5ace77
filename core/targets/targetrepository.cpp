#include "core/targets/targetrepository.h"

#include "core/pipeline/pipelinetypes.h"

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

const QString targetColumns = u"id, parent_id, name, metric, unit, scope_kind, scope_rep_id, "
                              "scope_text, period, starts_on, ends_on, value, original_value, "
                              "description, (SELECT name FROM objectives o WHERE o.id = "
                              "objective_id), locked, split_method, position, created_at, "
                              "updated_at"_s;

const QString targetWriteColumns = u"parent_id, name, metric, unit, scope_kind, scope_rep_id, "
                                   "scope_text, period, starts_on, ends_on, value, "
                                   "original_value, description, objective_id, locked, "
                                   "split_method, position, created_at, updated_at"_s;

Target readTarget(SqlQuery &q)
{
    Target t;
    t.id = q.value(0).toLongLong();
    t.parentId = q.value(1).toLongLong();
    t.name = q.value(2).toString();
    t.metric = TargetText::metric(q.value(3).toString()).value_or(Metric::Manual);
    t.unit = q.value(4).toString();
    t.scope.kind = TargetText::scopeKind(q.value(5).toString()).value_or(ScopeKind::Company);
    t.scope.repId = q.value(6).toLongLong();
    t.scope.text = q.value(7).toString();
    t.period = Period::parse(q.value(8).toString()).value_or(Period());
    t.startsOn = fromStoredDate(q.value(9).toString());
    t.endsOn = fromStoredDate(q.value(10).toString());
    t.value = q.value(11).toLongLong();
    t.originalValue = q.value(12).toLongLong();
    t.description = q.value(13).toString();
    t.objective = q.value(14).toString();
    t.locked = q.value(15).toBool();
    if (!q.value(16).isNull()) {
        t.splitMethod = TargetText::splitMethod(q.value(16).toString());
    }
    t.position = q.value(17).toInt();
    t.createdAt = fromStoredTime(q.value(18).toString());
    t.updatedAt = fromStoredTime(q.value(19).toString());
    return t;
}

// UTC bounds of a range of local dates, as stored text, for comparing with stored times.
std::pair<QString, QString> utcBounds(const QDate &from, const QDate &to)
{
    return {toStoredTime(from.startOfDay().toUTC()),
            toStoredTime(to.addDays(1).startOfDay().toUTC())};
}

// The team named by the one placeholder and every team under it (a team's target counts the reps
// of its sub-teams too).
QString teamTree()
{
    return u"(WITH RECURSIVE tree(id) AS (SELECT id FROM teams WHERE name = ? UNION "
           "SELECT t.id FROM teams t JOIN tree ON t.parent_id = tree.id) SELECT id FROM tree)"_s;
}

// The WHERE fragment that limits deals (alias d) to a scope, and binds its value.
QString dealScope(const TargetScope &scope)
{
    switch (scope.kind) {
    case ScopeKind::Company:
        return {};
    case ScopeKind::Rep:
        return u" AND d.owner_id = ?"_s;
    case ScopeKind::Product:
        return u" AND d.product = ?"_s;
    case ScopeKind::Team:
        return u" AND d.owner_id IN (SELECT r.id FROM reps r WHERE r.team_id IN "_s + teamTree()
               + u")"_s;
    }
    return {};
}

// The same for activities (alias a): a rep's own, a team's reps', or those on a product's deals.
QString activityScope(const TargetScope &scope)
{
    switch (scope.kind) {
    case ScopeKind::Company:
        return {};
    case ScopeKind::Rep:
        return u" AND a.rep_id = ?"_s;
    case ScopeKind::Product:
        return u" AND a.deal_id IN (SELECT d.id FROM deals d WHERE d.product = ?)"_s;
    case ScopeKind::Team:
        return u" AND a.rep_id IN (SELECT r.id FROM reps r WHERE r.team_id IN "_s + teamTree()
               + u")"_s;
    }
    return {};
}

// The value the scope's fragment (dealScope, activityScope) binds: none for the company.
QVariantList scopeValues(const TargetScope &scope)
{
    if (scope.kind == ScopeKind::Rep) {
        return {scope.repId};
    }
    if (scope.kind != ScopeKind::Company) {
        return {scope.text};
    }
    return {};
}

void bindScope(SqlQuery &q, const TargetScope &scope)
{
    q.bindAll(scopeValues(scope));
}

// A statement whose first two placeholders are a range's UTC bounds and whose last the scope's.
SqlStatement inRange(const QString &sql, const TargetScope &scope, const QDate &from,
                     const QDate &to)
{
    const auto [start, end] = utcBounds(from, to);
    return {sql, QVariantList {start, end} + scopeValues(scope)};
}

// The one number a statement counts.
Result<qint64> countOf(StatementCache &statements, const SqlStatement &statement)
{
    SqlQuery q(statements, statement);
    auto v = q.scalar();
    if (!v) {
        return v.error();
    }
    return v->toLongLong();
}

Result<qint64> countIn(StatementCache &statements, const QString &sql, const TargetScope &scope,
                       const QDate &from, const QDate &to)
{
    return countOf(statements, inRange(sql, scope, from, to));
}

} // namespace

// ---- TargetRepository ---------------------------------------------------------------------

SqlStatement TargetRepository::targetsStatement()
{
    return {u"SELECT "_s + targetColumns
                    + u" FROM targets ORDER BY parent_id IS NOT NULL, parent_id, position, id"_s,
            {}};
}

Result<QList<Target>> TargetRepository::targets() const
{
    SqlQuery q(m_statements, targetsStatement());
    return q.all(readTarget);
}

Result<Target> TargetRepository::target(qint64 id) const
{
    SqlQuery q(m_statements, u"SELECT "_s + targetColumns + u" FROM targets WHERE id = ?"_s);
    q.bind(id);
    return q.one(readTarget, Error::data(tr("There is no target #%1.").arg(id)));
}

Result<qint64> TargetRepository::insert(const Target &t, bool keepId)
{
    qint64 objectiveId = 0;
    if (!t.objective.isEmpty()) {
        auto id = ensureObjective(t.objective);
        if (!id) {
            return id;
        }
        objectiveId = *id;
    }
    SqlQuery q(m_statements, insertStatement(u"targets"_s, targetWriteColumns, keepId));
    q.bind(idOrNull(t.parentId)).bind(t.name).bind(TargetText::code(t.metric)).bindText(t.unit);
    q.bind(TargetText::code(t.scope.kind)).bind(idOrNull(t.scope.repId)).bindText(t.scope.text);
    q.bind(t.period.toString()).bind(toStoredDate(t.startsOn)).bind(toStoredDate(t.endsOn));
    q.bind(t.value).bind(t.originalValue).bindText(t.description).bind(idOrNull(objectiveId));
    q.bind(t.locked ? 1 : 0)
            .bind(t.splitMethod ? QVariant(TargetText::code(*t.splitMethod)) : QVariant());
    q.bind(t.position).bind(toStoredTime(t.createdAt)).bind(toStoredTime(t.updatedAt));
    if (keepId) {
        q.bind(t.id);
    }
    return q.insert(keepId ? t.id : 0);
}

Status TargetRepository::update(const Target &t)
{
    qint64 objectiveId = 0;
    if (!t.objective.isEmpty()) {
        auto id = ensureObjective(t.objective);
        if (!id) {
            return id.error();
        }
        objectiveId = *id;
    }
    SqlQuery q(m_statements,
               u"UPDATE targets SET name = ?, unit = ?, value = ?, original_value = ?, "
               "description = ?, objective_id = ?, locked = ?, split_method = ?, position = ?, "
               "updated_at = ? WHERE id = ?"_s);
    q.bind(t.name).bindText(t.unit).bind(t.value).bind(t.originalValue).bindText(t.description);
    q.bind(idOrNull(objectiveId)).bind(t.locked ? 1 : 0);
    q.bind(t.splitMethod ? QVariant(TargetText::code(*t.splitMethod)) : QVariant());
    q.bind(t.position).bind(toStoredTime(t.updatedAt)).bind(t.id);
    return q.exec();
}

Status TargetRepository::remove(qint64 id)
{
    SqlQuery q(m_statements, u"DELETE FROM targets WHERE id = ?"_s);
    q.bind(id);
    return q.exec();
}

Result<QList<TargetRevision>> TargetRepository::revisions(qint64 targetId) const
{
    SqlQuery q(m_statements, u"SELECT id, target_id, revised_at, old_value, new_value, reason "
                             "FROM target_revisions WHERE target_id = ? ORDER BY revised_at, id"_s);
    q.bind(targetId);
    return q.all([](SqlQuery &row) {
        return TargetRevision {row.value(0).toLongLong(),
                               row.value(1).toLongLong(),
                               fromStoredTime(row.value(2).toString()),
                               row.value(3).toLongLong(),
                               row.value(4).toLongLong(),
                               row.value(5).toString()};
    });
}

Result<qint64> TargetRepository::addRevision(const TargetRevision &r)
{
    SqlQuery q(m_statements, insertStatement(u"target_revisions"_s,
                                             u"target_id, revised_at, old_value, new_value, "
                                             "reason"_s,
                                             r.id > 0));
    q.bind(r.targetId).bind(toStoredTime(r.revisedAt)).bind(r.oldValue).bind(r.newValue);
    q.bind(r.reason);
    if (r.id > 0) {
        q.bind(r.id);
    }
    return q.insert(r.id);
}

Result<std::optional<qint64>> TargetRepository::manualActual(qint64 targetId,
                                                             const QDate &asOf) const
{
    SqlQuery q(m_statements, u"SELECT value FROM target_actuals WHERE target_id = ? AND "
                             "as_of <= ? ORDER BY as_of DESC LIMIT 1"_s);
    q.bind(targetId).bind(toStoredDate(asOf));
    auto value = q.scalar();
    if (!value) {
        return value.error();
    }
    return value->isNull() ? std::nullopt : std::optional(value->toLongLong());
}

Status TargetRepository::setManualActual(qint64 targetId, const QDate &asOf, qint64 value)
{
    SqlQuery q(m_statements, u"INSERT INTO target_actuals (target_id, as_of, value) "
                             "VALUES (?, ?, ?) ON CONFLICT (target_id, as_of) DO UPDATE SET "
                             "value = excluded.value"_s);
    q.bind(targetId).bind(toStoredDate(asOf)).bind(value);
    return q.exec();
}

Result<QList<std::pair<QDate, qint64>>> TargetRepository::manualActuals(qint64 targetId) const
{
    SqlQuery q(m_statements,
               u"SELECT as_of, value FROM target_actuals WHERE target_id = ? ORDER BY as_of"_s);
    q.bind(targetId);
    return q.all([](SqlQuery &row) {
        return std::pair {fromStoredDate(row.value(0).toString()), row.value(1).toLongLong()};
    });
}

Result<QStringList> TargetRepository::objectives() const
{
    SqlQuery q(m_statements, u"SELECT name FROM objectives ORDER BY name"_s);
    return q.all([](SqlQuery &row) { return row.value(0).toString(); });
}

Result<qint64> TargetRepository::ensureObjective(const QString &name)
{
    {
        SqlQuery find(m_statements, u"SELECT id FROM objectives WHERE name = ?"_s);
        find.bind(name.trimmed());
        auto id = find.scalar();
        if (!id) {
            return id.error();
        }
        if (!id->isNull()) {
            return id->toLongLong();
        }
    }
    SqlQuery q(m_statements, u"INSERT INTO objectives (name) VALUES (?)"_s);
    q.bind(name.trimmed());
    return q.insert();
}

// ---- MetricRepository ---------------------------------------------------------------------

namespace {

// The sums of ask number `i`, one part of moneyOf's statement.
QString moneySql(qsizetype i, const QString &sums, const QString &from, const TargetScope &scope)
{
    return u"SELECT "_s + QString::number(i) + u", "_s + sums + from + dealScope(scope);
}

// Won deals: the home currency's sum and a count of the others; their rows to convert.
const QString wonSums = u"COALESCE(SUM(CASE WHEN d.currency = ? THEN d.value_minor END), 0), "
                        "COUNT(CASE WHEN d.currency <> ? THEN 1 END)"_s;
const QString wonFrom
        = u" FROM deals d WHERE d.status = 'won' AND d.closed_at >= ? AND d.closed_at < ?"_s;

// The money of several asks: one statement sums each ask's deals in the home currency and counts
// the others (`sums` + `from`, whose placeholders are the two currencies, then `bindRange`,
// then the scope's), numbered and joined by UNION ALL; the deals in other currencies, rare,
// are then read for the asks that have any (`columns` + `from`, read by `amount`), to be
// converted by the caller.
Result<QList<MetricRepository::Money>>
moneyOf(StatementCache &statements, const QList<MetricRepository::MoneyAsk> &asks,
        const QString &sums, const QString &columns, const QString &from, const QString &home,
        const std::function<void(SqlQuery &, const MetricRepository::MoneyAsk &)> &bindRange,
        MetricRepository::Amount (*amount)(SqlQuery &))
{
    QList<MetricRepository::Money> out(asks.size());
    QList<qint64> others(asks.size(), 0);
    // In slices well under SQLite's limit on placeholders (32,766).
    constexpr qsizetype Slice = 400;
    for (qsizetype first = 0; first < asks.size(); first += Slice) {
        const qsizetype last = std::min(asks.size(), first + Slice);
        QString sql;
        for (qsizetype i = first; i < last; ++i) {
            if (i > first) {
                sql += u" UNION ALL "_s;
            }
            sql += moneySql(i, sums, from, asks[i].scope);
        }
        const auto read = [&](SqlQuery &q) {
            for (qsizetype i = first; i < last; ++i) {
                q.bind(home).bind(home);
                bindRange(q, asks[i]);
                bindScope(q, asks[i].scope);
            }
            return q.each([&](SqlQuery &row) {
                out[row.integer(0)].home = row.integer(1);
                others[row.integer(0)] = row.integer(2);
            });
        };
        // One ask is a statement kept for the next time; a union of many is made once.
        Status st;
        if (last - first == 1) {
            SqlQuery q(statements, sql);
            st = read(q);
        } else {
            SqlQuery q(statements.database(), sql);
            st = read(q);
        }
        if (!st) {
            return st.error();
        }
    }
    for (qsizetype i = 0; i < asks.size(); ++i) {
        if (others[i] == 0) {
            continue;
        }
        SqlQuery q(statements, u"SELECT "_s + columns + from + dealScope(asks[i].scope)
                                       + u" AND d.currency <> ?"_s);
        bindRange(q, asks[i]);
        bindScope(q, asks[i].scope);
        q.bind(home);
        auto rows = q.all(amount);
        if (!rows) {
            return rows.error();
        }
        out[i].other = *rows;
    }
    return out;
}

} // namespace

Result<QList<MetricRepository::Money>> MetricRepository::wonValues(const QList<MoneyAsk> &asks,
                                                                   const QString &home) const
{
    // Deals in other currencies convert at the rate of their own day.
    return moneyOf(
            m_statements, asks, wonSums, u"d.value_minor, d.currency, d.closed_at"_s, wonFrom, home,
            [](SqlQuery &q, const MoneyAsk &ask) {
                const auto [start, end] = utcBounds(ask.from, ask.to);
                q.bind(start).bind(end);
            },
            [](SqlQuery &row) {
                return Amount {row.integer(0), row.text(1), localDate(fromStoredTime(row.text(2))),
                               100};
            });
}

SqlStatement MetricRepository::wonValueStatement(const TargetScope &scope, const QDate &from,
                                                 const QDate &to, const QString &home)
{
    const auto [start, end] = utcBounds(from, to);
    return {moneySql(0, wonSums, wonFrom, scope),
            QVariantList {home, home, start, end} + scopeValues(scope)};
}

Result<MetricRepository::Money> MetricRepository::wonValue(const TargetScope &scope,
                                                           const QDate &from, const QDate &to,
                                                           const QString &home) const
{
    auto one = wonValues({{scope, from, to}}, home);
    if (!one) {
        return one.error();
    }
    return one->constFirst();
}

SqlStatement MetricRepository::countStatement(Metric metric, const TargetScope &scope,
                                              const QDate &from, const QDate &to)
{
    switch (metric) {
    case Metric::WonDeals:
        return inRange(u"SELECT COUNT(*) FROM deals d WHERE d.status = 'won' AND d.closed_at >= ? "
                       "AND d.closed_at < ?"_s
                               + dealScope(scope),
                       scope, from, to);
    case Metric::NewCustomers:
        // A customer is new in the range when their first won deal (in scope) closes in it.
        // The range is bound first, through a one-row table, to keep the placeholders in order.
        return inRange(u"WITH bounds (lo, hi) AS (SELECT ?, ?) SELECT COUNT(*) FROM (SELECT "
                       "d.customer_id, MIN(d.closed_at) AS first_won FROM deals d WHERE "
                       "d.status = 'won'"_s
                               + dealScope(scope)
                               + u" GROUP BY d.customer_id) f, bounds b WHERE f.first_won >= "
                                 "b.lo AND f.first_won < b.hi"_s,
                       scope, from, to);
    case Metric::Activities:
        // Through the index activities_done_due_rep for the range (with the rep, for a rep's
        // count).
        return inRange(u"SELECT COUNT(*) FROM activities a WHERE a.done = 1 AND "
                       "a.done_at >= ? AND a.done_at < ?"_s
                               + activityScope(scope),
                       scope, from, to);
    default:
        return {};
    }
}

Result<qint64> MetricRepository::actual(Metric metric, const TargetScope &scope, const QDate &from,
                                        const QDate &to) const
{
    const QString closedIn = u" AND d.closed_at >= ? AND d.closed_at < ?"_s;
    const auto scalar = [&](const QString &sql) {
        return countIn(m_statements, sql, scope, from, to);
    };
    switch (metric) {
    case Metric::Revenue:
    case Metric::AverageDeal:
    case Metric::Manual:
        return qint64(0); // money is added up by TargetService, in the home currency
    case Metric::WonDeals:
    case Metric::NewCustomers:
    case Metric::Activities:
        return countOf(m_statements, countStatement(metric, scope, from, to));
    case Metric::WinRate: {
        auto won = actual(Metric::WonDeals, scope, from, to);
        auto closed = scalar(u"SELECT COUNT(*) FROM deals d WHERE d.status IN ('won', 'lost')"_s
                             + closedIn + dealScope(scope));
        if (!won || !closed) {
            return !won ? won : closed;
        }
        return *closed > 0 ? (*won * PartsPerMillion + *closed / 2) / *closed : 0;
    }
    }
    return qint64(0);
}

namespace {

const QString openProbability = u"COALESCE(d.probability, s.probability)"_s;
const QString openDeals = u" FROM deals d JOIN stages s ON s.id = d.stage_id WHERE d.status = "
                          "'open' AND d.expected_close >= ? AND d.expected_close <= ?"_s;

} // namespace

Result<QList<MetricRepository::Money>> MetricRepository::openRevenue(const QList<MoneyAsk> &asks,
                                                                     const QString &home) const
{
    return moneyOf(
            m_statements, asks,
            u"COALESCE(SUM(CASE WHEN d.currency = ? THEN d.value_minor * "_s + openProbability
                    + u" END), 0), COUNT(CASE WHEN d.currency <> ? THEN 1 END)"_s,
            u"d.value_minor, d.currency, "_s + openProbability, openDeals, home,
            [](SqlQuery &q, const MoneyAsk &ask) {
                q.bind(toStoredDate(ask.from)).bind(toStoredDate(ask.to));
            },
            [](SqlQuery &row) {
                return Amount {row.integer(0), row.text(1), QDate(), int(row.integer(2))};
            });
}

Result<MetricRepository::Money> MetricRepository::openPipeline(Metric metric,
                                                               const TargetScope &scope,
                                                               const QDate &from, const QDate &to,
                                                               const QString &home) const
{
    if (metric == Metric::Revenue) {
        auto one = openRevenue({{scope, from, to}}, home);
        if (!one) {
            return one.error();
        }
        return one->constFirst();
    }
    Money money;
    if (metric != Metric::WonDeals) {
        return money;
    }
    // Deals, not money: each counts as one, weighted by its probability.
    SqlQuery q(m_statements, u"SELECT COALESCE(SUM("_s + openProbability + u"), 0)"_s + openDeals
                                     + dealScope(scope));
    q.bind(toStoredDate(from)).bind(toStoredDate(to));
    bindScope(q, scope);
    auto v = q.scalar();
    if (!v) {
        return v.error();
    }
    money.home = v->toLongLong();
    return money;
}

SqlStatement MetricRepository::marketSizeStatement(const QString &period, const QString &segment)
{
    return {u"SELECT value_minor FROM market_sizes WHERE period = ? AND "
            "lower(segment) = lower(coalesce(?, ''))"_s,
            {period, segment.isEmpty() ? QString() : segment}};
}

Result<std::optional<qint64>> MetricRepository::marketSize(const QString &period,
                                                           const QString &segment) const
{
    SqlQuery q(m_statements, marketSizeStatement(period, segment));
    std::optional<qint64> size;
    if (auto st = q.each([&](SqlQuery &row) { size = row.value(0).toLongLong(); }); !st) {
        return st.error();
    }
    return size;
}

SqlStatement MetricRepository::lostDealsStatement(const TargetScope &scope, const QDate &from,
                                                  const QDate &to)
{
    return inRange(u"SELECT COUNT(*) FROM deals d WHERE d.status = 'lost' AND d.closed_at >= ? "
                   "AND d.closed_at < ?"_s
                           + dealScope(scope),
                   scope, from, to);
}

Result<qint64> MetricRepository::lostDeals(const TargetScope &scope, const QDate &from,
                                           const QDate &to) const
{
    return countOf(m_statements, lostDealsStatement(scope, from, to));
}

Result<MetricRepository::Kept> MetricRepository::newDealsByOwner(const QDate &from,
                                                                 const QDate &to) const
{
    const auto [start, end] = utcBounds(from, to);
    SqlQuery q(m_statements, u"SELECT d.owner_id, COUNT(*) FROM deals d WHERE d.created_at >= ? "
                             "AND d.created_at < ? GROUP BY d.owner_id"_s);
    q.bind(start).bind(end);
    Kept k;
    if (auto st = q.each([&k](SqlQuery &row) { k.counts.insert(row.integer(0), row.integer(1)); });
        !st) {
        return st.error();
    }
    return k;
}

Result<qint64> MetricRepository::newDeals(const TargetScope &scope, const QDate &from,
                                          const QDate &to) const
{
    if (reusing(scope)) {
        // Every rep's count in one pass over the range (a rep's alone reads the same rows).
        auto found = kept(u"new %1 %2"_s.arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
                          [&] { return newDealsByOwner(from, to); });
        if (!found) {
            return found.error();
        }
        const QHash<qint64, qint64> &counts = (*found)->counts;
        qint64 sum = 0;
        if (scope.kind == ScopeKind::Company) {
            for (qint64 n : counts) {
                sum += n;
            }
            return sum;
        }
        auto theirs = owners(scope);
        if (!theirs) {
            return theirs.error();
        }
        for (qint64 owner : std::as_const(*theirs)) {
            sum += counts.value(owner);
        }
        return sum;
    }
    return countOf(m_statements, newDealsStatement(scope, from, to));
}

SqlStatement MetricRepository::newDealsStatement(const TargetScope &scope, const QDate &from,
                                                 const QDate &to)
{
    return inRange(u"SELECT COUNT(*) FROM deals d WHERE d.created_at >= ? AND d.created_at < ?"_s
                           + dealScope(scope),
                   scope, from, to);
}

SqlStatement MetricRepository::wonCycleDaysStatement(const TargetScope &scope, const QDate &from,
                                                     const QDate &to)
{
    return inRange(u"SELECT d.created_at, d.closed_at FROM deals d WHERE d.status = 'won' AND "
                   "d.closed_at >= ? AND d.closed_at < ?"_s
                           + dealScope(scope),
                   scope, from, to);
}

Result<QList<int>> MetricRepository::wonCycleDays(const TargetScope &scope, const QDate &from,
                                                  const QDate &to) const
{
    SqlQuery q(m_statements, wonCycleDaysStatement(scope, from, to));
    return q.all([](SqlQuery &row) {
        return int(localDate(fromStoredTime(row.value(0).toString()))
                           .daysTo(localDate(fromStoredTime(row.value(1).toString()))));
    });
}

namespace {

const QString dealRowColumns = u"d.id, d.title, d.customer_id, d.owner_id, d.product, "
                               "d.value_minor, d.currency, d.created_at, d.closed_at, "
                               "d.expected_close, d.status, d.lost_reason_id"_s;

MetricRepository::DealRow readDealRow(SqlQuery &row)
{
    MetricRepository::DealRow d;
    d.id = row.value(0).toLongLong();
    d.title = row.value(1).toString();
    d.customerId = row.value(2).toLongLong();
    d.ownerId = row.value(3).toLongLong();
    d.product = row.value(4).toString();
    d.minor = row.value(5).toLongLong();
    d.currency = row.value(6).toString();
    d.createdOn = localDate(fromStoredTime(row.value(7).toString()));
    if (!row.value(8).isNull()) {
        d.closedOn = localDate(fromStoredTime(row.value(8).toString()));
    }
    d.expectedClose = fromStoredDate(row.value(9).toString());
    d.won = row.value(10).toString() == u"won"_s;
    d.lostReasonId = row.value(11).toLongLong();
    return d;
}

} // namespace

bool MetricRepository::reusing(const TargetScope &scope) const
{
    // A rep's rows are the company's of that owner, a team's those of its reps; a product's
    // are read as asked.
    return m_reuse > 0 && scope.kind != ScopeKind::Product;
}

Result<QSet<qint64>> MetricRepository::owners(const TargetScope &scope) const
{
    if (scope.kind != ScopeKind::Team) {
        return QSet<qint64> {scope.repId};
    }
    // The team's reps and those of the teams under it.
    SqlQuery q(m_statements, u"SELECT r.id FROM reps r WHERE r.team_id IN "_s + teamTree());
    q.bind(scope.text);
    QSet<qint64> reps;
    auto st = q.each([&reps](SqlQuery &row) { reps.insert(row.integer(0)); });
    if (!st) {
        return st.error();
    }
    return reps;
}

void MetricRepository::beginReuse() const
{
    ++m_reuse;
}

void MetricRepository::endReuse() const
{
    if (--m_reuse == 0) {
        m_kept.clear();
    }
}

template<typename Read>
Result<const MetricRepository::Kept *> MetricRepository::kept(const QString &key,
                                                              const Read &read) const
{
    auto stamp = changeStamp(m_statements);
    if (!stamp) {
        return stamp.error();
    }
    auto at = std::find_if(m_kept.begin(), m_kept.end(),
                           [&key](const Kept &k) { return k.key == key; });
    if (at != m_kept.end() && at->stamp == *stamp) {
        return &*at;
    }
    if (at != m_kept.end()) {
        m_kept.erase(at);
    }
    Result<Kept> made = read();
    if (!made) {
        return made.error();
    }
    // A few periods' worth: a scorecard compares two, a dashboard a span and the one before.
    constexpr qsizetype MostKept = 6;
    if (m_kept.size() == MostKept) {
        m_kept.removeFirst();
    }
    made->key = key;
    made->stamp = *stamp;
    m_kept.append(std::move(made).value());
    return &m_kept.constLast();
}

template<typename Read>
Result<QList<MetricRepository::DealRow>>
MetricRepository::reused(const QString &key, const TargetScope &scope, const Read &read) const
{
    auto found = kept(key, [&]() -> Result<Kept> {
        auto rows = read();
        if (!rows) {
            return rows.error();
        }
        Kept k;
        k.rows = std::move(rows).value();
        return k;
    });
    if (!found) {
        return found.error();
    }
    const QList<DealRow> &rows = (*found)->rows;
    if (scope.kind == ScopeKind::Company) {
        return rows;
    }
    auto owned = owners(scope);
    if (!owned) {
        return owned.error();
    }
    QList<DealRow> theirs;
    for (const DealRow &d : rows) {
        if (owned->contains(d.ownerId)) {
            theirs.append(d);
        }
    }
    return theirs;
}

Result<QList<MetricRepository::DealRow>>
MetricRepository::closedDeals(const TargetScope &scope, const QDate &from, const QDate &to) const
{
    if (reusing(scope)) {
        return reused(u"closed %1 %2"_s.arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
                      scope, [&] { return readClosed(TargetScope(), from, to); });
    }
    return readClosed(scope, from, to);
}

Result<QList<MetricRepository::DealRow>> MetricRepository::openAt(const TargetScope &scope,
                                                                  const QDateTime &moment) const
{
    if (reusing(scope)) {
        return reused(u"open %1"_s.arg(moment.toMSecsSinceEpoch()), scope,
                      [&] { return readOpen(TargetScope(), moment); });
    }
    return readOpen(scope, moment);
}

Result<QList<MetricRepository::DealRow>>
MetricRepository::readClosed(const TargetScope &scope, const QDate &from, const QDate &to) const
{
    const auto [start, end] = utcBounds(from, to);
    SqlQuery q(m_statements, u"SELECT "_s + dealRowColumns
                                     + u" FROM deals d WHERE d.status IN ('won', 'lost') AND "
                                       "d.closed_at >= ? AND d.closed_at < ?"_s
                                     + dealScope(scope) + u" ORDER BY d.closed_at, d.id"_s);
    q.bind(start).bind(end);
    bindScope(q, scope);
    return q.all(readDealRow);
}

Status MetricRepository::forEachClose(const TargetScope &scope, const QDate &from, const QDate &to,
                                      const std::function<void(const Close &)> &visit) const
{
    const auto [start, end] = utcBounds(from, to);
    // Read from the index deals_closed_value alone (but for a product's deals).
    SqlQuery q(m_statements, u"SELECT d.customer_id, d.status, d.closed_at, d.value_minor, "
                             "d.currency FROM deals d WHERE d.status IN ('won', 'lost') AND "
                             "d.closed_at >= ? AND d.closed_at < ?"_s
                                     + dealScope(scope));
    q.bind(start).bind(end);
    bindScope(q, scope);
    Close c;
    return q.each([&](SqlQuery &row) {
        c.customerId = row.integer(0);
        c.won = row.utf8(1) == "won";
        c.closedOn = localDate(fromStoredTime(row.text(2)));
        c.minor = row.integer(3);
        c.currency = row.text(4);
        visit(c);
    });
}

SqlStatement MetricRepository::openAtStatement(const TargetScope &scope, const QDateTime &moment)
{
    // Each deal's last stage-history row before the moment says where it stood then. A deal
    // whose last close came before the moment was not open at it: its history is not read
    // (closed_at is the time of the last close; a deal reopened since has none). Its win
    // probability is its stage's then; in the stay it is still in (open, and entered its stage
    // then), its own when one is set, as the Board and the targets weigh it now.
    return {u"WITH m (at) AS (SELECT ?) SELECT "_s + dealRowColumns
                    + u", s.id, CASE WHEN d.status = 'open' AND h.entered_at = "
                      "d.stage_entered_at THEN COALESCE(d.probability, s.probability) ELSE "
                      "s.probability END FROM deals d JOIN m ON true JOIN "
                      "deal_stage_history h ON "
                      "h.id = (SELECT h2.id FROM deal_stage_history h2 WHERE h2.deal_id = d.id "
                      "AND h2.entered_at < m.at ORDER BY h2.entered_at DESC, h2.id DESC LIMIT "
                      "1) JOIN stages s ON s.id = h.stage_id WHERE h.status = 'open' AND "
                      "d.created_at < m.at AND (d.closed_at IS NULL OR d.closed_at >= m.at)"_s
                    + dealScope(scope) + u" ORDER BY d.id"_s,
            QVariantList {toStoredTime(moment.toUTC())} + scopeValues(scope)};
}

Result<QList<MetricRepository::DealRow>> MetricRepository::readOpen(const TargetScope &scope,
                                                                    const QDateTime &moment) const
{
    SqlQuery q(m_statements, openAtStatement(scope, moment));
    return q.all([](SqlQuery &row) {
        DealRow d = readDealRow(row);
        // Open at the moment: a close that came later is not part of it.
        d.closedOn = {};
        d.won = false;
        d.lostReasonId = 0;
        d.stageId = row.value(12).toLongLong();
        d.percent = row.value(13).toInt();
        return d;
    });
}

Result<QList<std::pair<qint64, QDateTime>>>
MetricRepository::firstWins(const TargetScope &scope, const QDate &from, const QDate &to) const
{
    const auto [start, end] = utcBounds(from, to);
    SqlQuery q(m_statements, u"WITH bounds (lo, hi) AS (SELECT ?, ?) SELECT f.customer_id, "
                             "f.first_won FROM (SELECT d.customer_id, MIN(d.closed_at) AS "
                             "first_won FROM deals d WHERE d.status = 'won'"_s
                                     + dealScope(scope)
                                     + u" GROUP BY d.customer_id) f, bounds b WHERE f.first_won "
                                       ">= b.lo AND f.first_won < b.hi ORDER BY f.first_won, "
                                       "f.customer_id"_s);
    q.bind(start).bind(end);
    bindScope(q, scope);
    return q.all([](SqlQuery &row) {
        return std::pair {row.value(0).toLongLong(), fromStoredTime(row.value(1).toString())};
    });
}

Result<QHash<qint64, qint64>> MetricRepository::activitiesByRep(const QDate &from,
                                                                const QDate &to) const
{
    const auto [start, end] = utcBounds(from, to);
    SqlQuery q(m_statements, u"SELECT COALESCE(a.rep_id, 0), COUNT(*) FROM activities a WHERE "
                             "a.done = 1 AND a.done_at >= ? AND a.done_at < ? GROUP BY 1"_s);
    q.bind(start).bind(end);
    if (auto st = q.exec(); !st) {
        return st.error();
    }
    QHash<qint64, qint64> counts;
    while (q.next()) {
        counts.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    return counts;
}

Result<qint64> MetricRepository::overdueActivities(const TargetScope &scope, const QDate &day) const
{
    // Due before the day began and not done by then: not done yet, or done on the day or
    // after. Two branches, so that each reads its own index (activities_due,
    // activities_done_due_rep).
    return countOf(m_statements, overdueActivitiesStatement(scope, day));
}

SqlStatement MetricRepository::overdueActivitiesStatement(const TargetScope &scope,
                                                          const QDate &day)
{
    const QString dayText = toStoredDate(day);
    return {u"SELECT COUNT(*) FROM activities a WHERE ((a.done = 0 AND a.due_at < ?) "
            "OR (a.done = 1 AND a.done_at >= ? AND a.due_at < ?))"_s
                    + activityScope(scope),
            QVariantList {dayText, toStoredTime(day.startOfDay().toUTC()), dayText}
                    + scopeValues(scope)};
}

Result<QDate> MetricRepository::firstDealDate() const
{
    SqlQuery q(m_statements, u"SELECT MIN(created_at) FROM deals"_s);
    auto v = q.scalar();
    if (!v) {
        return v.error();
    }
    return v->isNull() ? QDate() : localDate(fromStoredTime(v->toString()));
}

Result<QDate> MetricRepository::firstClose(const TargetScope &scope, const QDate &from,
                                           const QDate &to) const
{
    const auto [start, end] = utcBounds(from, to);
    // One step down the (status, closed_at) index for each status: `status IN (...)` would
    // read every close of the range to sort them.
    QString first;
    for (const QString &status : {u"won"_s, u"lost"_s}) {
        SqlQuery q(m_statements, u"SELECT d.closed_at FROM deals d WHERE d.status = ? AND "
                                 "d.closed_at >= ? AND d.closed_at < ?"_s
                                         + dealScope(scope) + u" ORDER BY d.closed_at LIMIT 1"_s);
        q.bind(status).bind(start).bind(end);
        bindScope(q, scope);
        auto v = q.scalar();
        if (!v) {
            return v.error();
        }
        if (!v->isNull() && (first.isEmpty() || v->toString() < first)) {
            first = v->toString();
        }
    }
    return first.isEmpty() ? QDate() : localDate(fromStoredTime(first));
}

Result<QStringList> MetricRepository::products() const
{
    // One step through the (product) index per name, from each name to the next, rather than
    // every deal: a book has a handful of products and may have a million deals.
    SqlQuery q(m_statements,
               u"WITH RECURSIVE p (name) AS (SELECT MIN(product) FROM deals WHERE product > '' "
               "UNION ALL SELECT (SELECT MIN(product) FROM deals WHERE product > p.name) FROM p "
               "WHERE p.name IS NOT NULL) SELECT name FROM p WHERE name IS NOT NULL"_s);
    return q.all([](SqlQuery &row) { return row.value(0).toString(); });
}

Result<QStringList> MetricRepository::teams() const
{
    SqlQuery q(m_statements, u"SELECT t.name FROM teams t WHERE EXISTS (SELECT 1 FROM reps r "
                             "WHERE r.team_id = t.id) ORDER BY t.name"_s);
    return q.all([](SqlQuery &row) { return row.value(0).toString(); });
}

} // namespace salesdesk
