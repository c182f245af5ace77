#pragma once

#include "core/report/reportsection.h"

namespace salesdesk {

// The quarterly report's sections, in report order (ReportBuilder lists them).

// Plain sentences from the figures: revenue against target and the periods compared, deals,
// the bottleneck, the pipeline, customers.
class SummarySection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(SummarySection)
public:
    QString code() const override { return QStringLiteral("summary"); }
    QString title() const override;
    Status build(const ReportContext &c, ReportSectionContent &out) const override;
};

// Every figure of the KPI engine beside the previous quarter and the same quarter last year.
class KpiSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(KpiSection)
public:
    QString code() const override { return QStringLiteral("kpis"); }
    QString title() const override;
    Status build(const ReportContext &c, ReportSectionContent &out) const override;
};

// The quarter's targets and their parts, attainment and status; the revenue burn-up.
class TargetsSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(TargetsSection)
public:
    QString code() const override { return QStringLiteral("targets"); }
    QString title() const override;
    Status build(const ReportContext &c, ReportSectionContent &out) const override;
};

// The funnel with conversion and days per stage, the bottleneck, the pipeline by stage at the
// quarter's end, the biggest wins and losses, the lost reasons.
class PipelineSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(PipelineSection)
public:
    QString code() const override { return QStringLiteral("pipeline"); }
    QString title() const override;
    Status build(const ReportContext &c, ReportSectionContent &out) const override;
};

// Segments at the quarter's end and the moves between them in it, top and new customers,
// customers at risk, satisfaction by month, overdue follow-ups.
class CustomersSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(CustomersSection)
public:
    QString code() const override { return QStringLiteral("customers"); }
    QString title() const override;
    Status build(const ReportContext &c, ReportSectionContent &out) const override;
};

// Each rep's revenue, won deals, win rate, average deal, activities and attainment.
class RepsSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(RepsSection)
public:
    QString code() const override { return QStringLiteral("reps"); }
    QString title() const override;
    Status build(const ReportContext &c, ReportSectionContent &out) const override;
};

// The quarter's commission statements (settled or a preview) and its training programs.
class IncentivesSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(IncentivesSection)
public:
    QString code() const override { return QStringLiteral("incentives"); }
    QString title() const override;
    Status build(const ReportContext &c, ReportSectionContent &out) const override;
};

// The market and where sales are heading: our share of the market and the competitors', with
// their trend carried on; how we fared against each competitor; the weightiest environment
// factors; the statistical revenue forecast of the next quarters against their targets, and the
// reps' capacity against it — all as seen at the quarter's end (or the as-of day, if earlier).
class MarketSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(MarketSection)
public:
    QString code() const override { return QStringLiteral("market"); }
    QString title() const override;
    Status build(const ReportContext &c, ReportSectionContent &out) const override;
};

// The reps' scorecards of the quarter (final ones as they were kept, drafts as they stand) with
// their grades and ranks, and the improvement measures running in it or open at its end.
class EvaluationSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationSection)
public:
    QString code() const override { return QStringLiteral("evaluation"); }
    QString title() const override;
    Status build(const ReportContext &c, ReportSectionContent &out) const override;
};

// The open pipeline expected to close in the next quarter, weighted, by month and stage.
class OutlookSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(OutlookSection)
public:
    QString code() const override { return QStringLiteral("outlook"); }
    QString title() const override;
    Status build(const ReportContext &c, ReportSectionContent &out) const override;
};

} // namespace salesdesk
