#pragma once

#include "core/evaluation/scorecard.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace salesdesk {

// 绩效改进措施: what is done to move a KPI — training, an incentive adjustment, a process
// optimisation, coaching — for a rep, a team or the company, with its owner and dates.
enum class MeasureKind { Training, Incentive, Process, Coaching, Other };
enum class MeasureStatus { Planned, Running, Done, Dropped };
enum class MeasureScope { Company, Team, Rep };

struct ImprovementMeasure
{
    qint64 id = 0;
    QString title;
    MeasureScope scope = MeasureScope::Rep;
    qint64 repId = 0; // a rep's measure
    qint64 teamId = 0; // a team's measure
    ScoreKpi kpi = ScoreKpi::WinRate; // the KPI it should move
    MeasureKind kind = MeasureKind::Coaching;
    qint64 trainingId = 0; // a training measure's program (0: none)
    qint64 ownerId = 0; // who sees it through (0: the owner of the business)
    QDate startsOn;
    QDate dueOn;
    MeasureStatus status = MeasureStatus::Planned;
    QString notes;
    QDateTime createdAt; // UTC

    // Open (planned or running) and past its due day; or due within `days` of `today`.
    bool isOverdue(const QDate &today) const;
    bool isDueSoon(const QDate &today, int days = 14) const;
    friend bool operator==(const ImprovementMeasure &, const ImprovementMeasure &) = default;
};

// A KPI over a stretch of days, and how many closed deals (won and lost) stand behind it.
struct MeasureWindow
{
    QDate from;
    QDate to;
    std::optional<double> value;
    int deals = 0;
    bool complete = true; // the stretch has ended by the as-of day
};

// Before and after a measure, for its rep, team or the company, beside the comparison group
// (the other reps, per rep; none for the company): a comparison, not a proof.
struct MeasureEffect
{
    qint64 measureId = 0;
    ScoreKpi kpi = ScoreKpi::WinRate;
    int days = 90;
    MeasureWindow before; // the days before the start
    std::optional<MeasureWindow> after; // the days after the due day, once it has passed
    std::optional<MeasureWindow> othersBefore;
    std::optional<MeasureWindow> othersAfter;
    std::optional<double> difference; // (after − before) − (others after − others before)
    QString note; // translated: why a figure is missing
};

class MeasureText
{
    Q_DECLARE_TR_FUNCTIONS(MeasureText)

public:
    static QString code(MeasureKind k); // training, incentive, process, coaching, other
    static std::optional<MeasureKind> kind(const QString &code);
    static QString name(MeasureKind k);
    static QString code(MeasureStatus s); // planned, running, done, dropped
    static std::optional<MeasureStatus> status(const QString &code);
    static QString name(MeasureStatus s);
    static QString code(MeasureScope s); // company, team, rep
    static std::optional<MeasureScope> scope(const QString &code);
    // The problems of a measure in sentences, empty when it can be saved.
    static QStringList problems(const ImprovementMeasure &m);
};

} // namespace salesdesk
