#include "core/evaluation/evaluationrepository.h"

#include "core/common/dates.h"

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

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
    SqlQuery q(m_statements, u"INSERT OR REPLACE INTO evaluation_ratings (period, rep_id, "
                             "criterion, rating, comment, rated_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.bind(period).bind(repId).bind(rating.criterion).bind(rating.rating);
    q.bind(rating.comment).bind(toStoredTime(now));
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

Result<std::optional<StoredEvaluation>> EvaluationRepository::finalOf(const QString &period,
                                                                      qint64 repId) const
{
    SqlQuery q(m_statements, u"SELECT id, template, scorecard, finalized_at FROM evaluations "
                             "WHERE period = ? AND rep_id = ? AND reopened_at IS NULL"_s);
    q.bind(period).bind(repId);
    auto rows = q.all([](SqlQuery &row) {
        return StoredEvaluation {row.value(0).toLongLong(), row.value(1).toString().toUtf8(),
                                 row.value(2).toString().toUtf8(),
                                 fromStoredTime(row.value(3).toString())};
    });
    if (!rows) {
        return rows.error();
    }
    return rows->isEmpty() ? std::optional<StoredEvaluation>()
                           : std::optional<StoredEvaluation>(rows->first());
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

} // namespace salesdesk
