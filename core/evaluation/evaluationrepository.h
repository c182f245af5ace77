#pragma once

#include "core/common/result.h"
#include "core/evaluation/measures.h"
#include "core/evaluation/scorecard.h"
#include "core/storage/sqlquery.h"

#include <QDateTime>

namespace salesdesk {

// A finalised evaluation as kept: the template and the scorecard as JSON, when, and — once
// reopened — when and why.
struct StoredEvaluation
{
    qint64 id = 0;
    QString period;
    qint64 repId = 0;
    QByteArray templateJson;
    QByteArray scorecardJson;
    QDateTime finalizedAt; // UTC
    QDateTime reopenedAt; // UTC; null while final
    QString reopenReason;

    friend bool operator==(const StoredEvaluation &, const StoredEvaluation &) = default;
};

// The rows of performance evaluation: templates (as JSON, by name), ratings, finalised
// evaluations and their reopening. EvaluationService is its one user.
class EvaluationRepository
{
public:
    explicit EvaluationRepository(QSqlDatabase db)
        : m_statements(std::move(db))
    { }

    Result<QList<QByteArray>> templates() const; // by name
    // Replaces the template of that name (regardless of case); the caller holds a transaction.
    Status replaceTemplate(const QString &name, const QByteArray &json, const QDateTime &now);
    Status removeTemplate(const QString &name);

    Result<QList<CriterionRating>> ratings(const QString &period, qint64 repId) const;
    Status setRating(const QString &period, qint64 repId, const CriterionRating &rating,
                     const QDateTime &now);
    Status removeRating(const QString &period, qint64 repId, const QString &criterion);

    // The evaluation of the rep for the period that is final (not reopened), if any.
    Result<std::optional<StoredEvaluation>> finalOf(const QString &period, qint64 repId) const;
    Status insertFinal(const QString &period, qint64 repId, const QByteArray &templateJson,
                       const QByteArray &scorecardJson, const QDateTime &now);
    // Marks the final evaluation reopened; returns how many were (0 or 1).
    Result<int> reopen(const QString &period, qint64 repId, const QString &reason,
                       const QDateTime &now);
    // Every evaluation of the period, final and reopened, by id (undo keeps them as they were).
    Result<QList<StoredEvaluation>> records(const QString &period) const;
    Status insertRecord(const StoredEvaluation &e); // with its id
    Status setReopened(qint64 id, const QDateTime &at, const QString &reason); // null: final
    Status removeRecord(qint64 id);

    Result<QList<ImprovementMeasure>> measures() const; // by due day
    Result<qint64> insertMeasure(const ImprovementMeasure &m); // keeps a given id (undo)
    Status updateMeasure(const ImprovementMeasure &m);
    Status removeMeasure(qint64 id);

private:
    mutable StatementCache m_statements;
};

} // namespace salesdesk
