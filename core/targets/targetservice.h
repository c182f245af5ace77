#pragma once

#include "core/common/clock.h"
#include "core/targets/targetmath.h"
#include "core/targets/targetrepository.h"
#include "core/targets/targettypes.h"

#include <QObject>

#include <optional>

namespace salesdesk {

class BookSettings;
class CurrencyService;
class Database;
class TeamService;

// Sales targets (销售目标): SMART targets for a metric, scope and period, decomposed into
// periods, reps, teams or products, adjusted with a kept history, and measured against the
// book's deals and activities. Money is in the home currency.
class TargetService : public QObject
{
    Q_OBJECT

public:
    TargetService(Database &db, const TeamService &team, const CurrencyService &currencies,
                  BookSettings &settings, const Clock &clock, QObject *parent = nullptr);

    Result<QList<Target>> targets() const;
    // What targets() reads next: nothing while a Holding has them already (ReadAhead).
    QList<SqlStatement> targetsReads() const
    {
        if (m_holding > 0 && m_held) {
            return {};
        }
        return {TargetRepository::targetsStatement()};
    }
    // While one of these lives, targets() reads the book once and gives that list again: a
    // report asks for the targets dozens of times (every period's KPIs), each a trip to a
    // server. A change made through this service drops what is held.
    class Holding
    {
    public:
        explicit Holding(const TargetService &service)
            : m_service(service)
        {
            ++m_service.m_holding;
        }
        ~Holding()
        {
            if (--m_service.m_holding == 0) {
                m_service.m_held.reset();
            }
        }
        Holding(const Holding &) = delete;
        Holding &operator=(const Holding &) = delete;

    private:
        const TargetService &m_service;
    };
    [[nodiscard]] Holding holdTargets() const { return Holding(*this); }
    Result<Target> target(qint64 id) const;
    Result<QList<Target>> children(qint64 id) const;
    Result<QList<TargetRevision>> revisions(qint64 id) const;
    Result<QStringList> objectives() const;

    // What is wrong with a new target, in words; empty when it can be saved.
    QStringList validate(const Target &target) const;
    // Saves a new target; its dates come from its period and its original value is its value.
    Result<qint64> addTarget(Target target, const QDateTime &at = {});
    Status removeTarget(qint64 id);
    Status setLocked(qint64 id, bool locked);

    enum class SplitInto { Quarters, Months, Weeks, Reps, Teams, Products };
    struct SplitPlan
    {
        QList<Target> children;
        SplitMethod method = SplitMethod::Even;
        QString note; // e.g. why seasonal fell back to even
    };
    // The children a split would make, for a preview; nothing is saved. `numbers` are the
    // weights (Weights) or the amounts (Amounts), one per child in order.
    Result<SplitPlan> planSplit(qint64 id, SplitInto into, SplitMethod method,
                                const QList<double> &numbers = {}, const QDate &today = {}) const;
    Result<QList<qint64>> applySplit(qint64 id, const SplitPlan &plan, const QDateTime &at = {});

    // Revises a target's value with a reason, kept in its history. With respread, its children
    // follow proportionally and each keeps the revision in its own history; a part that is
    // locked, or has ended by `asOf` (today when invalid), keeps its figure.
    Status adjust(qint64 id, qint64 newValue, const QString &reason, bool respread = false,
                  const QDateTime &at = {}, const QDate &asOf = {});
    // Sets one child's value; with rebalance the siblings absorb the difference so the parts
    // still add up to the parent (locked and ended ones keep their figures).
    Status setChildValue(qint64 id, qint64 newValue, const QString &reason, bool rebalance,
                         const QDateTime &at = {}, const QDate &asOf = {});
    // What adjust() or setChildValue() would make of the parts, before anything is saved: the
    // target's children when respreading, its siblings (itself included) when rebalancing.
    struct PartChange
    {
        Target part;
        qint64 after = 0;
        enum class Kept { No, Locked, Ended } kept = Kept::No;
    };
    Result<QList<PartChange>> previewAdjust(qint64 id, qint64 newValue, bool respread,
                                            bool rebalance, const QDate &asOf = {}) const;

    // A target with its descendants, revisions and hand-entered actuals.
    Result<TargetTree> snapshot(qint64 rootId) const;
    // Puts a target's subtree back exactly as the snapshot says, or removes it when `tree` is
    // empty; undo and redo go through here.
    Status restore(qint64 rootId, const std::optional<TargetTree> &tree);

    // A metric's actual for a scope over a range of local dates (both included); money in the
    // home currency.
    Result<qint64> measure(Metric metric, const TargetScope &scope, const QDate &from,
                           const QDate &to) const;
    // The target's actual from its start to `upTo` (for a burn-up chart).
    Result<qint64> actualTo(const Target &target, const QDate &upTo) const;
    // Targets split by period below `target` (its months under a quarter…), for what was
    // expected by a date.
    Result<QList<Target>> timeChildren(const Target &target) const;

    // When a target is on track or at risk: the book's settings targets.on_track_percent and
    // targets.at_risk_percent.
    StatusThresholds thresholds() const;
    // The month the company's year starts in (1: January, a calendar year); the years and
    // quarters of new targets follow it, existing targets keep their own.
    int yearStartMonth() const;
    static QString yearStartKey();
    // The book's today, the default day progress is measured at.
    QDate today() const { return m_clock.today(); }
    // Progress as of a date (today when invalid), its status under the book's thresholds.
    Result<TargetProgress> progress(const Target &target, const QDate &asOf) const;
    // The same for many targets at once, in their order: their money is read in two
    // statements, whatever their number. `all` is every target of the book (for the parts a
    // target was split into by period).
    Result<QList<TargetProgress>> progressOf(const QList<Target> &targets, const QList<Target> &all,
                                             const QDate &asOf) const;
    // Progress of every target of a period ("2026Q3"), or of all when empty.
    Result<QList<std::pair<Target, TargetProgress>>> progressAll(const QString &period,
                                                                 const QDate &asOf) const;
    Status setManualActual(qint64 id, const QDate &asOf, qint64 value);

    // The SMART check: a plain-language hint for each letter. It informs; it never blocks.
    struct SmartItem
    {
        bool ok = false;
        QString hint;
        // False when there is nothing to judge by (no history): neither a tick nor a warning.
        bool known = true;
    };
    struct SmartCheck
    {
        SmartItem specific, measurable, achievable, relevant, timeBound;
    };
    Result<SmartCheck> smartCheck(const Target &target, const QDate &today = {}) const;

    // The book's home currency: every money target is in it.
    const QString &homeCurrency() const;
    // The step a split moves in: a whole unit of the home currency for money (100 fen), one
    // for counts. Parts are in whole units whenever the whole is.
    qint64 unitOf(Metric metric) const;

    // The label of a scope ("Company", "Li Na", "Team East", "ERP licence").
    QString scopeLabel(const TargetScope &scope) const;
    // Formats a value in the metric's unit for people ("¥1,200,000.00", "42", "25.0 %").
    QString formatValue(Metric metric, qint64 value, const QLocale &locale = QLocale()) const;

signals:
    void targetsChanged();

private:
    QDateTime timestamp(const QDateTime &at) const;
    // Revenue in the home currency (others at the rate of their day), and the pipeline's
    // value × percent summed and rounded once.
    qint64 revenueOf(const MetricRepository::Money &money) const;
    qint64 weightedOf(const MetricRepository::Money &money, const QDate &asOf) const;
    // Open deals expected to close in the range, weighted by win probability (DealTotals'
    // rule): value for revenue, a count for won deals. Converted at the rate of `asOf`.
    Result<qint64> weightedPipeline(Metric metric, const TargetScope &scope, const QDate &from,
                                    const QDate &to, const QDate &asOf) const;
    // The metric's actual for a target's scope over its dates shifted `yearsBack` years.
    Result<qint64> historyActual(const Target &t, const TargetScope &scope, int yearsBack) const;
    bool isTimeChild(const Target &parent, const Target &child) const;

    Database &m_db;
    const TeamService &m_team;
    const CurrencyService &m_currencies;
    BookSettings &m_settings;
    const Clock &m_clock;
    TargetRepository m_repo;
    MetricRepository m_metrics;
    mutable int m_holding = 0; // Holding
    mutable std::optional<QList<Target>> m_held;
};

} // namespace salesdesk
