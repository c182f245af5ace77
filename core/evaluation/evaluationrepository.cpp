#include "core/evaluation/evaluationrepository.h"

#include "core/common/dates.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

const QString measureColumns = u"title, scope_kind, rep_id, team_id, kpi, kind, training_id, "
                               "owner_id, starts_on, due_on, status, notes, created_at"_s;

void bindMeasure(SqlQuery &q, const ImprovementMeasure &m)
{
    q.bind(m.title.trimmed()).bind(MeasureText::code(m.scope)).bind(idOrNull(m.repId));
    q.bind(idOrNull(m.teamId)).bind(ScorecardText::code(m.kpi)).bind(MeasureText::code(m.kind));
    q.bind(idOrNull(m.trainingId)).bind(idOrNull(m.ownerId)).bind(toStoredDate(m.startsOn));
    // Notes may be empty, never NULL.
    const QString notes = m.notes.trimmed();
    q.bind(toStoredDate(m.dueOn))
            .bind(MeasureText::code(m.status))
            .bind(notes.isNull() ? u""_s : notes);
    q.bind(toStoredTime(m.createdAt));
}

} // namespace

Result<QList<QByteArray>> EvaluationRepository::templates() const
{
    SqlQuery q(m_statements, u"SELECT body FROM evaluation_templates ORDER BY lower(name)"_s);
    return q.all([](SqlQuery &row) { return row.value(0).toString().toUtf8(); });
}

Status EvaluationRepository::replaceTemplate(const QString &name, const QByteArray &json,
                                             const QDateTime &now)
{
    if (auto st = removeTemplate(name); !st) {
        return st;
    }
    SqlQuery q(m_statements, u"INSERT INTO evaluation_templates (name, body, created_at, "
                             "updated_at) VALUES (?, ?, ?, ?)"_s);
    q.bind(name.trimmed()).bind(QString::fromUtf8(json));
    q.bind(toStoredTime(now)).bind(toStoredTime(now));
    return q.exec();
}

Status EvaluationRepository::removeTemplate(const QString &name)
{
    SqlQuery q(m_statements, u"DELETE FROM evaluation_templates WHERE lower(name) = lower(?)"_s);
    q.bind(name.trimmed());
    return q.exec();
}

Result<QList<CriterionRating>> EvaluationRepository::ratings(const QString &period,
                                                             qint64 repId) const
{
    SqlQuery q(m_statements, u"SELECT criterion, rating, comment FROM evaluation_ratings "
                             "WHERE period = ? AND rep_id = ? ORDER BY criterion"_s);
    q.bind(period).bind(repId);
    return q.all([](SqlQuery &row) {
        return CriterionRating {row.value(0).toString(), int(row.value(1).toLongLong()),
                                row.value(2).toString()};
    });
}

Status EvaluationRepository::setRating(const QString &period, qint64 repId,
                                       const CriterionRating &rating, const QDateTime &now)
{
    SqlQuery q(m_statements,
               u"INSERT INTO evaluation_ratings (period, rep_id, criterion, rating, comment, "
               "rated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (period, rep_id, criterion) DO "
               "UPDATE SET rating = excluded.rating, comment = excluded.comment, rated_at = "
               "excluded.rated_at"_s);
    q.bind(period).bind(repId).bind(rating.criterion).bind(rating.rating);
    q.bind(rating.comment.isNull() ? u""_s : rating.comment).bind(toStoredTime(now));
    return q.exec();
}

Status EvaluationRepository::removeRating(const QString &period, qint64 repId,
                                          const QString &criterion)
{
    SqlQuery q(m_statements, u"DELETE FROM evaluation_ratings WHERE period = ? AND rep_id = ? "
                             "AND criterion = ?"_s);
    q.bind(period).bind(repId).bind(criterion);
    return q.exec();
}

namespace {

const QString evaluationColumns = u"id, period, rep_id, template, scorecard, finalized_at, "
                                  "reopened_at, reopen_reason"_s;

StoredEvaluation readEvaluation(SqlQuery &row)
{
    StoredEvaluation e;
    e.id = row.value(0).toLongLong();
    e.period = row.value(1).toString();
    e.repId = row.value(2).toLongLong();
    e.templateJson = row.value(3).toString().toUtf8();
    e.scorecardJson = row.value(4).toString().toUtf8();
    e.finalizedAt = fromStoredTime(row.value(5).toString());
    if (!row.value(6).isNull()) {
        e.reopenedAt = fromStoredTime(row.value(6).toString());
    }
    e.reopenReason = row.value(7).toString();
    return e;
}

} // namespace

Result<std::optional<StoredEvaluation>> EvaluationRepository::finalOf(const QString &period,
                                                                      qint64 repId) const
{
    SqlQuery q(m_statements, u"SELECT "_s + evaluationColumns
                                     + u" FROM evaluations WHERE period = ? AND rep_id = ? "
                                       "AND reopened_at IS NULL"_s);
    q.bind(period).bind(repId);
    auto rows = q.all(readEvaluation);
    if (!rows) {
        return rows.error();
    }
    return rows->isEmpty() ? std::optional<StoredEvaluation>()
                           : std::optional<StoredEvaluation>(rows->first());
}

Result<QList<StoredEvaluation>> EvaluationRepository::records(const QString &period) const
{
    SqlQuery q(m_statements, u"SELECT "_s + evaluationColumns
                                     + u" FROM evaluations WHERE period = ? ORDER BY id"_s);
    q.bind(period);
    return q.all(readEvaluation);
}

Status EvaluationRepository::insertRecord(const StoredEvaluation &e)
{
    SqlQuery q(m_statements, u"INSERT INTO evaluations ("_s + evaluationColumns
                                     + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bind(e.id).bind(e.period).bind(e.repId).bind(QString::fromUtf8(e.templateJson));
    q.bind(QString::fromUtf8(e.scorecardJson)).bind(toStoredTime(e.finalizedAt));
    q.bind(e.reopenedAt.isValid() ? QVariant(toStoredTime(e.reopenedAt)) : QVariant());
    q.bind(e.reopenedAt.isValid() ? QVariant(e.reopenReason) : QVariant());
    return q.exec();
}

Status EvaluationRepository::setReopened(qint64 id, const QDateTime &at, const QString &reason)
{
    SqlQuery q(m_statements,
               u"UPDATE evaluations SET reopened_at = ?, reopen_reason = ? WHERE id = ?"_s);
    q.bind(at.isValid() ? QVariant(toStoredTime(at)) : QVariant());
    q.bind(at.isValid() ? QVariant(reason) : QVariant()).bind(id);
    return q.exec();
}

Status EvaluationRepository::removeRecord(qint64 id)
{
    SqlQuery q(m_statements, u"DELETE FROM evaluations WHERE id = ?"_s);
    q.bind(id);
    return q.exec();
}

Status EvaluationRepository::insertFinal(const QString &period, qint64 repId,
                                         const QByteArray &templateJson,
                                         const QByteArray &scorecardJson, const QDateTime &now)
{
    SqlQuery q(m_statements, u"INSERT INTO evaluations (period, rep_id, template, scorecard, "
                             "finalized_at) VALUES (?, ?, ?, ?, ?)"_s);
    q.bind(period).bind(repId).bind(QString::fromUtf8(templateJson));
    q.bind(QString::fromUtf8(scorecardJson)).bind(toStoredTime(now));
    return q.exec();
}

Result<int> EvaluationRepository::reopen(const QString &period, qint64 repId, const QString &reason,
                                         const QDateTime &now)
{
    SqlQuery q(m_statements, u"UPDATE evaluations SET reopened_at = ?, reopen_reason = ? "
                             "WHERE period = ? AND rep_id = ? AND reopened_at IS NULL"_s);
    q.bind(toStoredTime(now)).bind(reason).bind(period).bind(repId);
    if (auto st = q.exec(); !st) {
        return st.error();
    }
    return q.rowsAffected();
}

Result<QList<ImprovementMeasure>> EvaluationRepository::measures() const
{
    SqlQuery q(m_statements, u"SELECT id, "_s + measureColumns
                                     + u" FROM improvement_measures ORDER BY due_on, id"_s);
    return q.all([](SqlQuery &row) {
        ImprovementMeasure m;
        m.id = row.value(0).toLongLong();
        m.title = row.value(1).toString();
        m.scope = MeasureText::scope(row.value(2).toString()).value_or(MeasureScope::Company);
        m.repId = row.value(3).toLongLong();
        m.teamId = row.value(4).toLongLong();
        m.kpi = ScorecardText::kpi(row.value(5).toString()).value_or(ScoreKpi::Revenue);
        m.kind = MeasureText::kind(row.value(6).toString()).value_or(MeasureKind::Other);
        m.trainingId = row.value(7).toLongLong();
        m.ownerId = row.value(8).toLongLong();
        m.startsOn = fromStoredDate(row.value(9).toString());
        m.dueOn = fromStoredDate(row.value(10).toString());
        m.status = MeasureText::status(row.value(11).toString()).value_or(MeasureStatus::Planned);
        m.notes = row.value(12).toString();
        m.createdAt = fromStoredTime(row.value(13).toString());
        return m;
    });
}

Result<qint64> EvaluationRepository::insertMeasure(const ImprovementMeasure &m)
{
    SqlQuery q(m_statements, insertStatement(u"improvement_measures"_s, measureColumns, m.id > 0));
    bindMeasure(q, m);
    if (m.id > 0) {
        q.bind(m.id);
    }
    return q.insert(m.id);
}

Status EvaluationRepository::updateMeasure(const ImprovementMeasure &m)
{
    SqlQuery q(m_statements, u"UPDATE improvement_measures SET "_s
                                     + updateAssignments(measureColumns) + u" WHERE id = ?"_s);
    bindMeasure(q, m);
    q.bind(m.id);
    return q.exec();
}

Status EvaluationRepository::removeMeasure(qint64 id)
{
    SqlQuery q(m_statements, u"DELETE FROM improvement_measures WHERE id = ?"_s);
    q.bind(id);
    return q.exec();
}

} // namespace salesdesk
