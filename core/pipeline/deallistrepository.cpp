// The List's queries of DealRepository: which deals a DealListQuery selects, and in what order.

#include "core/pipeline/pipelinerepository.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

// "FROM deals d … WHERE …" for the deals `query` lists, its values appended to `values`.
// Customers and owners are searched by name once, not joined to every deal.
QString listedDeals(const DealListQuery &query, const QString &joins, QVariantList &values)
{
    QString sql = u" FROM deals d"_s + joins + u" WHERE 1 = 1"_s;
    if (query.ids) {
        sql += u" AND d.id IN (SELECT value FROM json_each(?))"_s;
        values.append(jsonIdArray(*query.ids));
    }
    if (query.status) {
        sql += u" AND d.status = ?"_s;
        values.append(PipelineText::code(*query.status));
    }
    if (query.stageId > 0) {
        sql += u" AND d.stage_id = ? AND d.status = 'open'"_s;
        values.append(query.stageId);
    }
    if (query.closedSince.isValid()) {
        // Each status reads its own index: (status, stage_id) or (status, closed_at).
        if (!query.status) {
            sql += u" AND (d.status = 'open' OR (d.status IN ('won', 'lost') AND d.closed_at >= "
                   "?))"_s;
            values.append(toStoredTime(query.closedSince.toUTC()));
        } else if (*query.status != DealStatus::Open) {
            sql += u" AND d.closed_at >= ?"_s;
            values.append(toStoredTime(query.closedSince.toUTC()));
        }
    }
    if (query.ownerId > 0) {
        sql += u" AND d.owner_id = ?"_s;
        values.append(query.ownerId);
    }
    if (!query.search.isEmpty()) {
        sql += u" AND (contains_text(d.title, ?) OR d.customer_id IN (SELECT id FROM customers "
               "WHERE contains_text(name, ?)) OR d.owner_id IN (SELECT id FROM reps WHERE "
               "contains_text(name, ?)) OR contains_text(d.product, ?) OR "
               "contains_text(d.next_step, ?))"_s;
        for (int i = 0; i < 5; ++i) {
            values.append(query.search);
        }
    }
    return sql;
}

} // namespace

Result<QList<std::pair<qint64, QString>>> DealRepository::texts(const DealListQuery &query) const
{
    using Order = DealListQuery::Order;
    QString text;
    QString joins;
    switch (query.order) {
    case Order::Customer:
        text = u"c.name"_s;
        joins = u" LEFT JOIN customers c ON c.id = d.customer_id"_s;
        break;
    case Order::Owner:
        text = u"r.name"_s;
        joins = u" LEFT JOIN reps r ON r.id = d.owner_id"_s;
        break;
    case Order::NextStep:
        text = u"d.next_step"_s;
        break;
    case Order::Product:
        text = u"d.product"_s;
        break;
    default:
        text = u"d.title"_s;
        break;
    }
    QVariantList values;
    const QString sql
            = u"SELECT d.id, "_s + text + listedDeals(query, joins, values) + u" ORDER BY d.id"_s;
    SqlQuery q(m_statements, sql);
    q.bindAll(values);
    QList<std::pair<qint64, QString>> rows;
    const auto st = q.each([&rows](SqlQuery &row) {
        rows.append({row.value(0).toLongLong(), row.value(1).toString()});
    });
    if (!st) {
        return st.error();
    }
    return rows;
}

Result<QList<qint64>> DealRepository::ids(const DealListQuery &query, const OrderContext &context,
                                          QList<qint64> *stageIds) const
{
    using Order = DealListQuery::Order;
    QVariantList values; // in the order of the ?s below
    const bool byStage = query.order == Order::Stage || query.order == Order::Probability
                         || query.order == Order::Weighted;
    QString sql = (stageIds ? u"SELECT d.id, d.stage_id"_s : u"SELECT d.id"_s)
                  + listedDeals(query,
                                byStage ? u" LEFT JOIN stages s ON s.id = d.stage_id"_s : QString(),
                                values);

    // The value in the home currency, rounded as CurrencyService::toHome rounds it: the rate of
    // the day (today while open, the closing day once closed), or the first rate before any.
    const auto homeValue = [&]() -> QString {
        values.append(context.home);
        values.append(toStoredDate(context.today));
        QString scale = u"0"_s; // no rate, no value: as toHome
        if (!context.scale.isEmpty()) {
            scale = u"CASE d.currency"_s;
            // The factor is a fraction: said so, or PostgreSQL would take it for an integer.
            for (auto it = context.scale.cbegin(); it != context.scale.cend(); ++it) {
                scale += u" WHEN ? THEN CAST(? AS DOUBLE PRECISION)"_s;
                values.append(it.key());
                values.append(it.value());
            }
            scale += u" ELSE 0 END"_s;
        }
        return u"(CASE WHEN d.currency = ? THEN d.value_minor ELSE ROUND(d.value_minor * ("
               "SELECT COALESCE((SELECT rate_nano FROM exchange_rates x WHERE x.currency = "
               "d.currency AND x.valid_from <= CASE d.status WHEN 'open' THEN ? ELSE "
               "date(d.closed_at, 'localtime') END ORDER BY x.valid_from DESC LIMIT 1), "
               "(SELECT rate_nano FROM exchange_rates x WHERE x.currency = d.currency "
               "ORDER BY x.valid_from LIMIT 1), 0)) * "_s
               + scale + u") END)"_s;
    };
    const QString probability = u"(CASE d.status WHEN 'won' THEN 100 WHEN 'lost' THEN 0 ELSE "
                                "COALESCE(d.probability, s.probability, 0) END)"_s;
    const auto ranked = [&](const QString &column, const QStringList &codes) -> QString {
        QString key = u"CASE COALESCE("_s + column + u", '')"_s;
        for (qsizetype i = 0; i < codes.size(); ++i) {
            key += u" WHEN ? THEN "_s + QString::number(i);
            values.append(codes[i]);
        }
        return key + u" ELSE "_s + QString::number(codes.size()) + u" END"_s;
    };
    // Each order is a list of keys; descending reverses each, ties stay by id.
    QStringList keys;
    switch (query.order) {
    case Order::Title:
    case Order::Customer:
    case Order::Owner:
    case Order::NextStep:
    case Order::Product:
        // Ordering a million deals through a collation took SQLite seconds: text is ordered by
        // PipelineService from texts().
        return Error::internal(u"Deals are ordered by text from DealRepository::texts()."_s);
    case Order::Stage:
        keys = {u"CASE d.status WHEN 'open' THEN COALESCE(s.position, 0) WHEN 'won' THEN 1001 "
                "ELSE 1002 END"_s};
        break;
    case Order::Status:
        keys = {u"CASE d.status WHEN 'open' THEN 0 WHEN 'won' THEN 1 ELSE 2 END"_s};
        break;
    case Order::Value:
        keys = {homeValue()};
        break;
    case Order::Probability:
        keys = {probability};
        break;
    case Order::Weighted:
        keys = {homeValue() + u" * "_s + probability};
        break;
    case Order::ExpectedClose:
        keys = {u"d.expected_close IS NULL"_s, u"d.expected_close"_s};
        break;
    case Order::NextStepDate:
        keys = {u"d.next_step_date IS NULL"_s, u"d.next_step_date"_s};
        break;
    case Order::DaysInStage:
        // Whole days between the UTC dates, as QDateTime::daysTo counts them.
        keys = {u"COALESCE(julianday(substr(CASE d.status WHEN 'open' THEN ? ELSE d.closed_at "
                "END, 1, 10)) - julianday(substr(d.stage_entered_at, 1, 10)), 0)"_s};
        values.append(toStoredTime(context.now.toUTC()));
        break;
    case Order::Source:
        keys = {ranked(u"d.source"_s, context.sourceCodes)};
        break;
    case Order::Service:
        keys = {ranked(u"d.service_status"_s, context.serviceCodes)};
        break;
    case Order::Created:
        keys = {u"d.created_at"_s};
        break;
    case Order::Closed:
        keys = {u"d.closed_at"_s};
        break;
    }
    // Empty values first, as SQLite orders them (PostgreSQL would put them last).
    for (QString &key : keys) {
        key += query.descending ? u" DESC NULLS LAST"_s : u" NULLS FIRST"_s;
    }
    sql += u" ORDER BY "_s + keys.join(u", "_s) + u", d.id"_s;

    SqlQuery q(m_statements, sql);
    q.bindAll(values);
    QList<qint64> ids;
    if (auto st = q.each([&ids, stageIds](SqlQuery &row) {
            ids.append(row.integer(0));
            if (stageIds) {
                stageIds->append(row.integer(1));
            }
        });
        !st) {
        return st.error();
    }
    return ids;
}

Result<QList<DealRepository::DealGroup>> DealRepository::groups(const DealListQuery &query,
                                                                const QString &home,
                                                                const QDate &today,
                                                                int *foreignCount) const
{
    // Idle: open, and more whole days in the stage than its limit, i.e. entered before today less
    // the limit (PipelineService::isIdle, counted by UTC dates as QDateTime::daysTo counts them).
    QVariantList values {toStoredDate(today)};
    QString sql = u"SELECT d.status, d.stage_id, COALESCE(d.probability, -1), COUNT(*), "
                  "SUM(d.value_minor), SUM(d.status = 'open' AND s.idle_days > 0 AND "
                  "substr(d.stage_entered_at, 1, 10) < date(?, '-' || s.idle_days || ' days'))"_s
                  + listedDeals(query, u" LEFT JOIN stages s ON s.id = d.stage_id"_s, values)
                  // Most deals are in the home currency: its index would read them all.
                  + u" AND +d.currency = ? GROUP BY d.status, d.stage_id, d.probability"_s;
    values.append(home);
    // And how many are in other currencies, in the same question (the row of stage -1):
    // most books have none, and then nothing more is asked.
    sql += u" UNION ALL SELECT '', -1, -1, COUNT(*), 0, 0"_s + listedDeals(query, {}, values)
           + u" AND d.currency <> ?"_s;
    values.append(home);
    SqlQuery q(m_statements, sql);
    q.bindAll(values);
    auto rows = q.all([](SqlQuery &row) {
        return DealGroup {
                PipelineText::dealStatus(row.value(0).toString()).value_or(DealStatus::Open),
                row.value(1).toLongLong(),
                int(row.value(2).toLongLong()),
                int(row.value(3).toLongLong()),
                row.value(4).toLongLong(),
                int(row.value(5).toLongLong())};
    });
    if (rows) {
        for (qsizetype i = rows->size() - 1; i >= 0; --i) {
            if (rows->at(i).stageId == -1) {
                *foreignCount = rows->takeAt(i).count;
            }
        }
    }
    return rows;
}

Result<QList<DealSummary>> DealRepository::foreign(const DealListQuery &query,
                                                   const QString &home) const
{
    QVariantList values;
    const QString sql
            = u"SELECT d.id"_s + listedDeals(query, {}, values) + u" AND d.currency <> ?"_s;
    values.append(home);
    SqlQuery q(m_statements, sql);
    q.bindAll(values);
    QList<qint64> ids;
    if (auto st = q.each([&ids](SqlQuery &row) { ids.append(row.value(0).toLongLong()); }); !st) {
        return st.error();
    }
    return ids.isEmpty() ? QList<DealSummary>() : summaries(ids);
}

} // namespace salesdesk
