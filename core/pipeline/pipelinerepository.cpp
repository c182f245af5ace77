#include "core/pipeline/pipelinerepository.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(toStoredDate(d)) : QVariant();
}

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(toStoredTime(t)) : QVariant();
}

const QString dealColumns = u"id, title, customer_id, owner_id, value_minor, currency, "
                            "expected_close, stage_id, status, probability, source, product, "
                            "next_step, next_step_date, notes, lost_reason_id, "
                            "lost_note, service_status, stage_entered_at, created_at, "
                            "updated_at, closed_at, forecast_category, row_version, changed_by"_s;

Deal readDeal(SqlQuery &q)
{
    Deal d;
    d.id = q.value(0).toLongLong();
    d.title = q.value(1).toString();
    d.customerId = q.value(2).toLongLong();
    d.ownerId = q.value(3).toLongLong();
    d.valueMinor = q.value(4).toLongLong();
    d.currency = q.value(5).toString();
    d.expectedClose = fromStoredDate(q.value(6).toString());
    d.stageId = q.value(7).toLongLong();
    d.status = PipelineText::dealStatus(q.value(8).toString()).value_or(DealStatus::Open);
    if (!q.value(9).isNull()) {
        d.probability = q.value(9).toInt();
    }
    d.source = PipelineText::dealSource(q.value(10).toString());
    d.product = q.value(11).toString();
    d.nextStep = q.value(12).toString();
    d.nextStepDate = fromStoredDate(q.value(13).toString());
    d.notes = q.value(14).toString();
    d.lostReasonId = q.value(15).toLongLong();
    d.lostNote = q.value(16).toString();
    d.serviceStatus = PipelineText::serviceStatus(q.value(17).toString());
    d.stageEnteredAt = fromStoredTime(q.value(18).toString());
    d.createdAt = fromStoredTime(q.value(19).toString());
    d.updatedAt = fromStoredTime(q.value(20).toString());
    d.closedAt = fromStoredTime(q.value(21).toString());
    d.forecastCategory = PipelineText::forecastCategory(q.value(22).toString());
    d.version = {q.integer(23), q.text(24)};
    return d;
}

const QString summaryColumns = u"id, title, customer_id, owner_id, value_minor, currency, "
                               "expected_close, stage_id, status, probability, source, product, "
                               "next_step, next_step_date, service_status, stage_entered_at, "
                               "created_at, updated_at, closed_at"_s;

DealSummary readSummary(SqlQuery &q)
{
    DealSummary d;
    d.id = q.value(0).toLongLong();
    d.title = q.value(1).toString();
    d.customerId = q.value(2).toLongLong();
    d.ownerId = q.value(3).toLongLong();
    d.valueMinor = q.value(4).toLongLong();
    d.currency = q.value(5).toString();
    d.expectedClose = fromStoredDate(q.value(6).toString());
    d.stageId = q.value(7).toLongLong();
    d.status = PipelineText::dealStatus(q.value(8).toString()).value_or(DealStatus::Open);
    if (!q.value(9).isNull()) {
        d.probability = q.value(9).toInt();
    }
    d.source = PipelineText::dealSource(q.value(10).toString());
    d.product = q.value(11).toString();
    d.nextStep = q.value(12).toString();
    d.nextStepDate = fromStoredDate(q.value(13).toString());
    d.serviceStatus = PipelineText::serviceStatus(q.value(14).toString());
    d.stageEnteredAt = fromStoredTime(q.value(15).toString());
    d.createdAt = fromStoredTime(q.value(16).toString());
    d.updatedAt = fromStoredTime(q.value(17).toString());
    d.closedAt = fromStoredTime(q.value(18).toString());
    return d;
}

void bindDealFields(SqlQuery &q, const Deal &d)
{
    q.bind(d.title)
            .bind(d.customerId)
            .bind(idOrNull(d.ownerId))
            .bind(d.valueMinor)
            .bind(d.currency)
            .bind(dateOrNull(d.expectedClose))
            .bind(d.stageId)
            .bind(PipelineText::code(d.status))
            .bind(d.probability ? QVariant(*d.probability) : QVariant())
            .bindText(PipelineText::code(d.source))
            .bindText(d.product)
            .bindText(d.nextStep)
            .bind(dateOrNull(d.nextStepDate))
            .bindText(d.notes)
            .bind(idOrNull(d.lostReasonId))
            .bindText(d.lostNote)
            .bindText(PipelineText::code(d.serviceStatus))
            .bind(timeOrNull(d.stageEnteredAt))
            .bind(timeOrNull(d.createdAt))
            .bind(timeOrNull(d.updatedAt))
            .bind(timeOrNull(d.closedAt))
            .bind(d.forecastCategory == ForecastCategory::Pipeline
                          ? QVariant()
                          : QVariant(PipelineText::code(d.forecastCategory)));
}

// The columns written by INSERT and UPDATE, in the order bindDealFields binds them.
const QString dealWriteColumns = u"title, customer_id, owner_id, value_minor, currency, "
                                 "expected_close, stage_id, status, probability, source, product, "
                                 "next_step, next_step_date, notes, lost_reason_id, "
                                 "lost_note, service_status, stage_entered_at, created_at, "
                                 "updated_at, closed_at, forecast_category"_s;

Stage readStage(SqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toInt(),      q.value(4).toInt(),    q.value(5).toInt(),
            q.value(6).toBool()};
}

LostReason readLostReason(SqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toInt(), q.value(4).toBool()};
}

StageChange readStageChange(SqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
            PipelineText::dealStatus(q.value(3).toString()).value_or(DealStatus::Open),
            fromStoredTime(q.value(4).toString())};
}

} // namespace

// ---- StageRepository ----------------------------------------------------------------------

SqlStatement StageRepository::stagesStatement()
{
    return {u"SELECT id, code, name, position, probability, idle_days, archived "
            "FROM stages ORDER BY position, id"_s,
            {}};
}

SqlStatement StageRepository::lostReasonsStatement()
{
    return {u"SELECT id, code, name, position, archived FROM lost_reasons ORDER BY position, id"_s,
            {}};
}

Result<QList<Stage>> StageRepository::stages() const
{
    SqlQuery q(m_statements, stagesStatement());
    return q.all(readStage);
}

Result<QList<LostReason>> StageRepository::lostReasons() const
{
    SqlQuery q(m_statements, lostReasonsStatement());
    return q.all(readLostReason);
}

Result<qint64> StageRepository::insert(const Stage &s)
{
    SqlQuery q(m_statements, insertStatement(u"stages"_s,
                                             u"code, name, position, probability, idle_days, "
                                             "archived"_s,
                                             s.id > 0));
    q.bindText(s.code).bindText(s.customName).bind(s.position).bind(s.probability);
    q.bind(s.idleDays).bind(s.archived ? 1 : 0);
    if (s.id > 0) {
        q.bind(s.id);
    }
    return q.insert(s.id);
}

Status StageRepository::update(const Stage &s)
{
    SqlQuery q(m_statements, u"UPDATE stages SET name = ?, position = ?, probability = ?, "
                             "idle_days = ?, archived = ? WHERE id = ?"_s);
    q.bindText(s.customName).bind(s.position).bind(s.probability).bind(s.idleDays);
    q.bind(s.archived ? 1 : 0).bind(s.id);
    return q.exec();
}

Status StageRepository::remove(qint64 id)
{
    SqlQuery q(m_statements, u"DELETE FROM stages WHERE id = ?"_s);
    q.bind(id);
    return q.exec();
}

Result<int> StageRepository::dealCount(qint64 stageId) const
{
    SqlQuery q(m_statements,
               u"SELECT count(*) FROM deals WHERE stage_id = ? AND status = 'open'"_s);
    q.bind(stageId);
    auto count = q.scalar();
    if (!count) {
        return count.error();
    }
    return count->toInt();
}

Result<qint64> StageRepository::insertLostReason(const LostReason &r)
{
    SqlQuery q(m_statements,
               insertStatement(u"lost_reasons"_s, u"code, name, position, archived"_s, r.id > 0));
    q.bindText(r.code).bindText(r.customName).bind(r.position).bind(r.archived ? 1 : 0);
    if (r.id > 0) {
        q.bind(r.id);
    }
    return q.insert(r.id);
}

Status StageRepository::updateLostReason(const LostReason &r)
{
    SqlQuery q(m_statements,
               u"UPDATE lost_reasons SET name = ?, position = ?, archived = ? WHERE id = ?"_s);
    q.bindText(r.customName).bind(r.position).bind(r.archived ? 1 : 0).bind(r.id);
    return q.exec();
}

Status StageRepository::removeLostReason(qint64 id)
{
    SqlQuery q(m_statements, u"DELETE FROM lost_reasons WHERE id = ?"_s);
    q.bind(id);
    return q.exec();
}

Result<int> StageRepository::lostReasonUseCount(qint64 reasonId) const
{
    SqlQuery q(m_statements, u"SELECT count(*) FROM deals WHERE lost_reason_id = ?"_s);
    q.bind(reasonId);
    auto count = q.scalar();
    if (!count) {
        return count.error();
    }
    return count->toInt();
}

// ---- DealRepository -----------------------------------------------------------------------

Error DealRepository::noSuchDeal(qint64 id)
{
    return Error::data(tr("There is no deal #%1.").arg(id));
}

Result<RowVersion> DealRepository::version(qint64 id) const
{
    SqlQuery q(m_statements, u"SELECT row_version, changed_by FROM deals WHERE id = ?"_s);
    q.bind(id);
    return q.one(
            [](SqlQuery &row) {
                return RowVersion {row.integer(0), row.text(1)};
            },
            noSuchDeal(id));
}

Result<Deal> DealRepository::deal(qint64 id) const
{
    SqlQuery q(m_statements, u"SELECT "_s + dealColumns + u" FROM deals WHERE id = ?"_s);
    q.bind(id);
    auto d = q.one(readDeal, noSuchDeal(id));
    if (!d) {
        return d;
    }
    auto names = competitors(id);
    if (!names) {
        return names.error();
    }
    d->competitors = std::move(*names);
    return d;
}

Result<QStringList> DealRepository::competitors(qint64 dealId) const
{
    SqlQuery q(m_statements, u"SELECT c.name FROM deal_competitors dc "
                             "JOIN competitors c ON c.id = dc.competitor_id "
                             "WHERE dc.deal_id = ? ORDER BY lower(c.name)"_s);
    q.bind(dealId);
    return q.all([](SqlQuery &row) { return row.value(0).toString(); });
}

Result<QHash<qint64, ForecastCategory>> DealRepository::forecastCategories() const
{
    SqlQuery q(m_statements, u"SELECT id, forecast_category FROM deals WHERE status = 'open' "
                             "AND forecast_category IS NOT NULL"_s);
    QHash<qint64, ForecastCategory> out;
    if (auto st = q.each([&](SqlQuery &row) {
            out.insert(row.value(0).toLongLong(),
                       PipelineText::forecastCategory(row.value(1).toString()));
        });
        !st) {
        return st.error();
    }
    return out;
}

Result<qint64> DealRepository::competitorId(const QString &name, const QDateTime &now)
{
    // The register's competitor of that name, or a new one.
    SqlQuery add(m_statements, u"INSERT INTO competitors (name, created_at) VALUES (?, ?) "
                               "ON CONFLICT DO NOTHING"_s);
    add.bind(name).bind(toStoredTime(now));
    if (auto st = add.exec(); !st) {
        return st.error();
    }
    m_addedCompetitors = m_addedCompetitors || add.rowsAffected() > 0;
    SqlQuery find(m_statements, u"SELECT id FROM competitors WHERE lower(name) = lower(?)"_s);
    find.bind(name);
    auto id = find.scalar();
    if (!id) {
        return id.error();
    }
    return id->toLongLong();
}

Status DealRepository::setCompetitors(qint64 dealId, const QStringList &names, const QDateTime &now)
{
    SqlQuery clear(m_statements, u"DELETE FROM deal_competitors WHERE deal_id = ?"_s);
    clear.bind(dealId);
    if (auto st = clear.exec(); !st) {
        return st;
    }
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        if (name.isEmpty()) {
            continue;
        }
        auto competitor = competitorId(name, now);
        if (!competitor) {
            return competitor.error();
        }
        SqlQuery link(m_statements, u"INSERT INTO deal_competitors (deal_id, competitor_id) "
                                    "VALUES (?, ?) ON CONFLICT DO NOTHING"_s);
        link.bind(dealId).bind(*competitor);
        if (auto st = link.exec(); !st) {
            return st;
        }
    }
    return {};
}

Result<QList<StageChange>> DealRepository::history(qint64 dealId) const
{
    SqlQuery q(m_statements,
               u"SELECT id, deal_id, stage_id, status, entered_at FROM deal_stage_history "
               "WHERE deal_id = ? ORDER BY entered_at, id"_s);
    q.bind(dealId);
    return q.all(readStageChange);
}

SqlStatement DealRepository::historiesOfCustomerStatement(qint64 customerId)
{
    return {u"SELECT h.id, h.deal_id, h.stage_id, h.status, h.entered_at "
            "FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id "
            "WHERE d.customer_id = ? ORDER BY h.deal_id, h.entered_at, h.id"_s,
            {customerId}};
}

Result<QHash<qint64, QList<StageChange>>>
DealRepository::historiesOfCustomer(qint64 customerId) const
{
    SqlQuery q(m_statements, historiesOfCustomerStatement(customerId));
    QHash<qint64, QList<StageChange>> histories;
    if (auto st = q.each([&histories](SqlQuery &row) {
            StageChange change = readStageChange(row);
            histories[change.dealId].append(change);
        });
        !st) {
        return st.error();
    }
    return histories;
}

Result<QList<DealSummary>> DealRepository::summaries(std::optional<DealStatus> status,
                                                     qint64 stageId) const
{
    QString sql = u"SELECT "_s + summaryColumns + u" FROM deals WHERE 1 = 1"_s;
    if (status) {
        sql += u" AND status = ?"_s;
    }
    if (stageId > 0) {
        sql += u" AND stage_id = ?"_s;
    }
    sql += u" ORDER BY id"_s;
    SqlQuery q(m_statements, sql);
    if (status) {
        q.bind(PipelineText::code(*status));
    }
    if (stageId > 0) {
        q.bind(stageId);
    }
    return q.all(readSummary);
}

Result<QList<DealSummary>> DealRepository::summaries(const QList<qint64> &ids) const
{
    SqlQuery q(m_statements,
               u"SELECT "_s + summaryColumns
                       + u" FROM deals WHERE id IN (SELECT value FROM json_each(?))"_s);
    q.bindText(jsonIdArray(ids));
    return q.all(readSummary);
}

Result<bool> DealRepository::any() const
{
    SqlQuery q(m_statements, u"SELECT EXISTS (SELECT 1 FROM deals)"_s);
    auto value = q.scalar();
    if (!value) {
        return value.error();
    }
    return value->toBool();
}

Result<QHash<qint64, DealRepository::CustomerMarks>> DealRepository::customerMarks() const
{
    QHash<qint64, CustomerMarks> marks;
    // SQLite gives a bare column the value of the row MIN() chose.
    SqlQuery first(m_statements,
                   u"SELECT customer_id, owner_id, MIN(id) FROM deals GROUP BY customer_id"_s);
    if (auto st = first.exec(); !st) {
        return st.error();
    }
    while (first.next()) {
        marks[first.value(0).toLongLong()].firstOwnerId = first.value(1).toLongLong();
    }
    SqlQuery won(m_statements, u"SELECT customer_id, MAX(closed_at) FROM deals WHERE status = "
                               "'won' AND closed_at IS NOT NULL GROUP BY customer_id"_s);
    if (auto st = won.exec(); !st) {
        return st.error();
    }
    while (won.next()) {
        marks[won.value(0).toLongLong()].lastWonAt = fromStoredTime(won.value(1).toString());
    }
    return marks;
}

SqlStatement DealRepository::summariesForCustomerStatement(qint64 customerId)
{
    return {u"SELECT "_s + summaryColumns
                    + u" FROM deals WHERE customer_id = ? ORDER BY created_at DESC"_s,
            {customerId}};
}

Result<QList<DealSummary>> DealRepository::summariesForCustomer(qint64 customerId) const
{
    SqlQuery q(m_statements, summariesForCustomerStatement(customerId));
    return q.all(readSummary);
}

Result<DealSummary> DealRepository::summary(qint64 id) const
{
    SqlQuery q(m_statements, u"SELECT "_s + summaryColumns + u" FROM deals WHERE id = ?"_s);
    q.bind(id);
    return q.one(readSummary, noSuchDeal(id));
}

Result<qint64> DealRepository::insert(const Deal &d, bool keepId)
{
    SqlQuery q(m_statements, insertStatement(u"deals"_s, dealWriteColumns, keepId));
    bindDealFields(q, d);
    if (keepId) {
        q.bind(d.id);
    }
    auto id = q.insert(keepId ? d.id : 0);
    if (id && !d.competitors.isEmpty()) {
        if (auto st = setCompetitors(*id, d.competitors, d.updatedAt); !st) {
            return st.error();
        }
    }
    return id;
}

Result<qint64> DealRepository::nextId() const
{
    SqlQuery q(m_statements, u"SELECT coalesce(max(id), 0) + 1 FROM deals"_s);
    auto next = q.scalar();
    if (!next) {
        return next.error();
    }
    return next->toLongLong();
}

Status DealRepository::insertMany(const QList<Deal> &deals)
{
    if (auto st = insertInBatches(m_statements, deals, u"deals"_s, dealWriteColumns, true,
                                  [](SqlQuery &q, const Deal &d) {
                                      bindDealFields(q, d);
                                      q.bind(d.id);
                                  });
        !st) {
        return st;
    }
    // The competitors they name: each name looked up (or added) once, the links many to a
    // statement. The deals are new, so they have no links yet.
    QHash<QString, qint64> competitorIds;
    QList<std::pair<qint64, qint64>> links;
    for (const Deal &d : deals) {
        const qsizetype first = links.size();
        for (const QString &raw : d.competitors) {
            const QString name = raw.trimmed();
            if (name.isEmpty()) {
                continue;
            }
            qint64 competitor = competitorIds.value(name);
            if (competitor == 0) {
                auto id = competitorId(name, d.updatedAt);
                if (!id) {
                    return id.error();
                }
                competitor = *id;
                competitorIds.insert(name, competitor);
            }
            // Two spellings of one competitor link it once.
            if (std::none_of(links.cbegin() + first, links.cend(),
                             [&](const auto &link) { return link.second == competitor; })) {
                links.append({d.id, competitor});
            }
        }
    }
    return insertInBatches(m_statements, links, u"deal_competitors"_s, u"deal_id, competitor_id"_s,
                           false, [](SqlQuery &q, const std::pair<qint64, qint64> &link) {
                               q.bind(link.first).bind(link.second);
                           });
}

Status DealRepository::appendHistoryMany(const QList<StageChange> &changes)
{
    return insertInBatches(m_statements, changes, u"deal_stage_history"_s,
                           u"deal_id, stage_id, status, entered_at"_s, false,
                           [](SqlQuery &q, const StageChange &c) {
                               q.bind(c.dealId).bind(c.stageId).bind(PipelineText::code(c.status));
                               q.bind(toStoredTime(c.enteredAt));
                           });
}

Error DealRepository::changedSince(const Deal &d, const RowVersion &now)
{
    const QString who = now.changedBy.isEmpty() ? tr("someone else") : now.changedBy;
    return Error::editConflict(tr("“%1” was changed by %2 since you opened it, so your change was "
                                  "not saved. Reload it to see theirs, or apply yours on top.")
                                       .arg(d.title, who));
}

Status DealRepository::update(const Deal &d, bool competitorsToo)
{
    // Against the version it was read at, when it carries one: a row someone else changed
    // since is left as they left it.
    SqlQuery q(m_statements, u"UPDATE deals SET "_s + updateAssignments(dealWriteColumns)
                                     + u", row_version = row_version + 1, changed_by = ? WHERE "
                                       "id = ? AND (? = 0 OR row_version = ?)"_s);
    bindDealFields(q, d);
    q.bindText(editorName(m_statements.database()));
    q.bind(d.id).bind(d.version.number).bind(d.version.number);
    if (auto st = q.exec(); !st) {
        return st;
    }
    if (q.rowsAffected() != 1) {
        auto now = version(d.id);
        if (!now) {
            return now.error();
        }
        return changedSince(d, *now);
    }
    return competitorsToo ? setCompetitors(d.id, d.competitors, d.updatedAt) : Status();
}

Status DealRepository::remove(qint64 id)
{
    SqlQuery q(m_statements, u"DELETE FROM deals WHERE id = ?"_s);
    q.bind(id);
    return q.exec();
}

Result<qint64> DealRepository::appendHistory(const StageChange &c)
{
    SqlQuery q(m_statements, insertStatement(u"deal_stage_history"_s,
                                             u"deal_id, stage_id, status, entered_at"_s, c.id > 0));
    q.bind(c.dealId).bind(c.stageId).bind(PipelineText::code(c.status));
    q.bind(toStoredTime(c.enteredAt));
    if (c.id > 0) {
        q.bind(c.id);
    }
    return q.insert(c.id);
}

Status DealRepository::replaceHistory(qint64 dealId, const QList<StageChange> &history)
{
    SqlQuery del(m_statements, u"DELETE FROM deal_stage_history WHERE deal_id = ?"_s);
    del.bind(dealId);
    if (auto st = del.exec(); !st) {
        return st;
    }
    for (StageChange c : history) {
        c.dealId = dealId;
        if (auto r = appendHistory(c); !r) {
            return r.error();
        }
    }
    return {};
}

Result<QList<DealRepository::FunnelRow>> DealRepository::funnelRows(const QDateTime &from,
                                                                    const QDateTime &to) const
{
    QList<FunnelRow> rows;
    if (auto st = eachFunnelRow(from, to, [&rows](const FunnelRow &row) { rows.append(row); });
        !st) {
        return st.error();
    }
    return rows;
}

Status DealRepository::eachFunnelRow(const QDateTime &from, const QDateTime &to,
                                     const std::function<void(const FunnelRow &)> &take) const
{
    // Deals created in a period are found through their creation times, and their history
    // sorted. From the start of time, most of the history is wanted: it is read in the order of
    // its index (deal, time, then id as the rows were written), each deal looked up by id,
    // which spares sorting millions of rows (a million deals' history: 2.4 s -> 1.3 s).
    const bool allHistory = from <= QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc());
    SqlQuery q(m_statements, u"SELECT h.deal_id, h.stage_id, h.status, h.entered_at "
                             "FROM deal_stage_history h "_s
                                     + (allHistory ? u"CROSS JOIN"_s : u"JOIN"_s)
                                     + u" deals d ON d.id = h.deal_id "
                                       "WHERE d.created_at >= ? AND d.created_at < ? "
                                       "ORDER BY h.deal_id, h.entered_at, h.id"_s);
    q.bind(toStoredTime(from)).bind(toStoredTime(to));
    return q.each([&take](SqlQuery &row) {
        const QByteArrayView status = row.utf8(2);
        take({row.integer(0), row.integer(1),
              status == "won"    ? DealStatus::Won
              : status == "lost" ? DealStatus::Lost
                                 : DealStatus::Open,
              fromStoredTime(row.utf8(3))});
    });
}

Result<QList<DealRepository::FunnelValue>>
DealRepository::funnelValues(const QDateTime &from, const QDateTime &to, const QString &home) const
{
    // Texts only for the few deals that need them: 100,000 strings cost more than the query.
    SqlQuery q(m_statements,
               u"SELECT id, value_minor, CASE WHEN currency = ? THEN NULL ELSE currency END, "
               "CASE WHEN currency = ? THEN NULL ELSE closed_at END FROM deals "
               "WHERE created_at >= ? AND created_at < ?"_s);
    q.bind(home).bind(home).bind(toStoredTime(from)).bind(toStoredTime(to));
    return q.all([](SqlQuery &row) {
        FunnelValue v {row.value(0).toLongLong(), row.value(1).toLongLong(), {}, {}};
        if (const QVariant currency = row.value(2); !currency.isNull()) {
            v.currency = currency.toString();
            v.closedAt = row.value(3).toString();
        }
        return v;
    });
}

Result<QStringList> DealRepository::invariantProblems() const
{
    // Each query returns (deal id, what is wrong) for deals breaking one rule.
    const QList<std::pair<QString, QString>> rules = {
            {u"SELECT id FROM deals d WHERE NOT EXISTS "
             "(SELECT 1 FROM deal_stage_history h WHERE h.deal_id = d.id)"_s,
             u"deal #%1 has no stage history"_s},
            {u"SELECT d.id FROM deals d WHERE d.stage_entered_at <> "
             "(SELECT max(h.entered_at) FROM deal_stage_history h WHERE h.deal_id = d.id)"_s,
             u"deal #%1: the time it entered its stage differs from its stage history"_s},
            {u"SELECT d.id FROM deals d WHERE d.status <> (SELECT h.status FROM "
             "deal_stage_history h WHERE h.deal_id = d.id ORDER BY h.entered_at DESC, h.id DESC "
             "LIMIT 1)"_s,
             u"deal #%1: its status differs from the last entry of its stage history"_s},
            {u"SELECT id FROM deals WHERE (status = 'open') <> (closed_at IS NULL)"_s,
             u"deal #%1: only closed deals may have a closing time"_s},
            {u"SELECT id FROM deals WHERE status = 'lost' AND lost_reason_id IS NULL"_s,
             u"deal #%1 is lost without a reason"_s},
            {u"SELECT id FROM deals WHERE updated_at < created_at"_s,
             u"deal #%1 was updated before it was created"_s},
    };
    QStringList problems;
    for (const auto &[sql, text] : rules) {
        SqlQuery q(m_statements, sql + u" LIMIT 100"_s);
        auto ids = q.all([](SqlQuery &row) { return row.value(0).toLongLong(); });
        if (!ids) {
            return ids.error();
        }
        for (qint64 id : std::as_const(*ids)) {
            problems.append(text.arg(id));
        }
    }
    return problems;
}

} // namespace salesdesk
