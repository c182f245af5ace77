#pragma once

#include "core/common/result.h"
#include "core/storage/sqlquery.h"
#include "core/team/commission.h"

#include <QSqlDatabase>

namespace salesdesk {

// The rows of incentive plans, credit splits and settled statements.
class CommissionRepository
{
public:
    explicit CommissionRepository(QSqlDatabase db)
        : m_statements(std::move(db))
    { }

    // Every plan with its newest version's terms and the reps paid under it, by name.
    Result<QList<CommissionPlan>> plans() const;
    Result<qint64> insertPlan(const QString &name, const QDateTime &at);
    Result<qint64> insertVersion(qint64 planId, int version, const CommissionTerms &terms,
                                 const QDateTime &at);
    Status renamePlan(qint64 planId, const QString &name);
    // Removes a plan no settled statement was paid under (with its versions).
    Status removePlan(qint64 planId);
    Result<bool> planPaid(qint64 planId) const;
    Result<CommissionTerms> terms(qint64 versionId) const;
    // The plan's reps become exactly `repIds` (each leaving any other plan).
    Status assign(qint64 planId, const QList<qint64> &repIds);

    Result<QHash<qint64, QList<CreditSplit>>> splits() const; // every deal's
    Result<QList<CreditSplit>> splits(qint64 dealId) const;
    Status setSplits(qint64 dealId, const QList<CreditSplit> &splits);

    // The settled statements of a period (all reps), with their lines.
    Result<QList<CommissionStatement>> settled(const QString &period) const;
    // Periods a rep has settled that overlap [from, to].
    Result<QStringList> settledOverlapping(qint64 repId, const QDate &from, const QDate &to) const;
    Result<qint64> saveStatement(const CommissionStatement &statement);

    // A deal's lines in settled statements, with the rep, the period and the clawback window of
    // the version it was paid under: what a reversal takes back.
    struct PaidLine
    {
        qint64 repId = 0;
        QString period;
        QDate closedOn;
        qint64 commissionMinor = 0;
        int clawbackDays = 0;
    };
    Result<QList<PaidLine>> paidLines(qint64 dealId) const;

private:
    mutable StatementCache m_statements;
};

} // namespace salesdesk
