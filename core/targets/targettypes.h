#pragma once

#include "core/common/period.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace salesdesk {

// What a target measures. Values are integers in the metric's unit: minor units of money for
// Revenue and AverageDeal, counts for WonDeals, NewCustomers, Activities and Manual, parts per
// million for WinRate.
enum class Metric { Revenue, WonDeals, NewCustomers, Activities, AverageDeal, WinRate, Manual };

enum class ScopeKind { Company, Team, Rep, Product };

enum class TargetStatus { NotStarted, OnTrack, AtRisk, Behind, Achieved, Missed };

// How a target's children were made.
enum class SplitMethod { Even, Seasonal, Weights, Amounts };

struct TargetScope
{
    ScopeKind kind = ScopeKind::Company;
    qint64 repId = 0; // for Rep
    QString text; // team name for Team, product for Product

    friend bool operator==(const TargetScope &, const TargetScope &) = default;
};

struct Target
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    Metric metric = Metric::Revenue;
    QString unit; // what a hand-entered metric counts ("signed framework contracts")
    TargetScope scope;
    Period period;
    // The dates the target covers: the period's, except a week under a month, which covers
    // only its days inside that month.
    QDate startsOn;
    QDate endsOn;
    qint64 value = 0;
    qint64 originalValue = 0;
    QString description;
    QString objective;
    bool locked = false;
    std::optional<SplitMethod> splitMethod; // set on a target that has been split
    int position = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    int days() const { return int(startsOn.daysTo(endsOn)) + 1; }
    friend bool operator==(const Target &, const Target &) = default;
};

struct TargetRevision
{
    qint64 id = 0;
    qint64 targetId = 0;
    QDateTime revisedAt;
    qint64 oldValue = 0;
    qint64 newValue = 0;
    QString reason;

    friend bool operator==(const TargetRevision &, const TargetRevision &) = default;
};

// A target with all its descendants and their revisions, for undo and redo.
struct TargetTree
{
    QList<Target> targets; // the root first, parents before children
    QList<TargetRevision> revisions;
    QList<std::pair<qint64, std::pair<QDate, qint64>>> actuals; // target, (as of, value)

    friend bool operator==(const TargetTree &, const TargetTree &) = default;
};

struct TargetProgress
{
    qint64 targetId = 0;
    QDate asOf;
    qint64 target = 0;
    qint64 actual = 0;
    qint64 expectedToDate = 0;
    qint64 projected = 0;
    double attainment = 0; // actual / target
    TargetStatus status = TargetStatus::NotStarted;
    // On track although the actual alone is behind its pace: the open deals expected to close
    // in the period (weighted) bring the projection to the goal.
    bool onTrackByPipeline = false;
};

// The two thresholds of the status: on track at 95 % of what was expected by now, at risk at
// 80 %, behind below (editable in Preferences).
struct StatusThresholds
{
    double onTrack = 0.95;
    double atRisk = 0.80;
};

class TargetText
{
    Q_DECLARE_TR_FUNCTIONS(TargetText)

public:
    // Said of a target on track on the strength of its pipeline, wherever its status shows.
    static QString byPipeline();
    // How attainment and status are decided under these thresholds (tooltips, What's This).
    static QString statusExplained(const StatusThresholds &thresholds);
    static QString code(Metric m);
    static std::optional<Metric> metric(const QString &code);
    static QString name(Metric m);
    static QList<Metric> metrics();
    // Money and rates split differently from counts; see TargetService::split.
    static bool isMoney(Metric m) { return m == Metric::Revenue || m == Metric::AverageDeal; }
    // Revenue, counts and hand-entered numbers add up over periods and scopes; an average or
    // a rate does not.
    static bool isAdditive(Metric m) { return m != Metric::AverageDeal && m != Metric::WinRate; }

    static QString code(ScopeKind k);
    static std::optional<ScopeKind> scopeKind(const QString &code);

    static QString code(TargetStatus s);
    static QString name(TargetStatus s);

    static QString code(SplitMethod m);
    static std::optional<SplitMethod> splitMethod(const QString &code);
    static QString name(SplitMethod m);
};

constexpr qint64 PartsPerMillion = 1'000'000;

} // namespace salesdesk
