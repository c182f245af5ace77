#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/exchange/exporter.h"
#include "core/team/commission.h"
#include "core/team/commissionrepository.h"

#include <QObject>

#include <optional>

namespace salesdesk {

class CurrencyService;
class Database;
class KpiService;
class PipelineService;
class TargetService;
class TeamService;

// 激励机制: incentive plans, credit splits and commission statements. A statement is computed
// from the book (a preview, any time) until its period is settled; then it is stored as it was
// paid and never computed again. Deals fill a plan's tiers in the order they closed (then by
// id); each line is rounded half away from zero to a minor unit and the total is the sum of the
// lines. A reversed deal's paid commission is taken back in the period of the reversal, within
// the plan's clawback window.
class CommissionService : public QObject
{
    Q_OBJECT

public:
    CommissionService(Database &db, TeamService &team, PipelineService &pipeline,
                      TargetService &targets, const KpiService &kpi,
                      const CurrencyService &currencies, const Clock &clock,
                      QObject *parent = nullptr);

    // Forgets the plans read: they are read again when next asked for (not at the book's
    // opening, which on a server costs a trip per table for what few windows show).
    Status load();

    const QList<CommissionPlan> &plans() const; // by name
    const CommissionPlan *plan(qint64 id) const;
    const CommissionPlan *findPlan(const QString &name) const;
    // The plan a rep is paid under, or nullptr.
    const CommissionPlan *planOf(qint64 repId) const;

    // A new plan (version 1) paying `repIds` (each leaves any plan it was on). Refuses a rate
    // table that does not start at 0 % or has two tiers from the same attainment.
    Result<qint64> addPlan(const QString &name, const CommissionTerms &terms,
                           const QList<qint64> &repIds);
    // New terms are a new version: statements settled under the old one keep it.
    Status updatePlan(qint64 id, const QString &name, const CommissionTerms &terms);
    Status assignReps(qint64 planId, const QList<qint64> &repIds);
    // Removes a plan nothing was paid under.
    Status removePlan(qint64 id);

    Result<QList<CreditSplit>> splits(qint64 dealId) const;
    // Shares of a deal's credit among reps: each above 0, adding to exactly 100 %, each rep
    // once. An empty list credits the owner alone again.
    Status setSplits(qint64 dealId, const QList<CreditSplit> &splits);

    // The statements of `period` as of `asOf` (the book's today when invalid): settled ones as
    // stored, the others computed. Every rep on a plan or with a settled statement, or only
    // `repId`.
    Result<QList<CommissionStatement>> statements(const Period &period, qint64 repId = 0,
                                                  const QDate &asOf = {}) const;
    // Settles the period for every rep (or `repId`) not yet settled: refused before the period
    // is over, or when a rep has settled an overlapping period.
    Result<QList<CommissionStatement>> settle(const Period &period, qint64 repId = 0,
                                              const QDate &asOf = {});

    // Statements as a table to export (CSV or XLSX): one row per line and one for each payout.
    ExportTable table(const QList<CommissionStatement> &statements) const;
    // A deal line's slices in words: "¥40,000.00 at 5% + ¥10,000.00 at 8%".
    QString slicesText(const CommissionLine &line) const;

    // A won deal cancelled or refunded on `day`: refused when the commission it paid would have
    // to come back in a period already settled; otherwise PipelineService::reverseDeal.
    Status reverseDeal(qint64 dealId, const QDate &day, const QString &reason);

signals:
    void plansChanged();
    void statementsChanged();

private:
    struct Inputs;
    Result<Inputs> inputs(const Period &period, const QDate &asOf) const;
    Result<CommissionStatement> preview(const Inputs &in, const CommissionPlan &plan,
                                        qint64 repId) const;

    Database &m_db;
    TeamService &m_team;
    PipelineService &m_pipeline;
    TargetService &m_targets;
    const KpiService &m_kpi;
    const CurrencyService &m_currencies;
    const Clock &m_clock;
    CommissionRepository m_repo;
    mutable std::optional<QList<CommissionPlan>> m_plans;
};

} // namespace salesdesk
