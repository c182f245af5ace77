#pragma once

#include "core/common/period.h"
#include "core/common/result.h"
#include "core/kpi/kpiservice.h"
#include "core/pipeline/funnel.h"
#include "core/report/reportdocument.h"

#include <QCoreApplication>

namespace salesdesk {

class Book;

// What every section of a report is made from: the book, the quarter and the periods it is
// compared with, their figures from the KPI engine (taken once for all sections), and the one
// way each kind of value is written in the report's language.
class ReportContext
{
    Q_DECLARE_TR_FUNCTIONS(ReportContext)

public:
    ReportContext(Book &book, const Period &period, const QDate &asOf, const QLocale &locale);
    Status load(); // the figures every section reads

    Book &book;
    Period period, previous, lastYear;
    QDate asOf;
    QLocale locale;
    QString currency;
    KpiReport now, before, yearAgo;
    KpiBreakdown parts;
    FunnelReport funnel;

    // Cells, written for the report's language; a missing figure is "–".
    ReportCell text(const QString &text) const;
    ReportCell money(qint64 minor) const;
    ReportCell money(std::optional<qint64> minor) const;
    ReportCell count(qint64 n) const;
    ReportCell percent(std::optional<double> fraction) const;
    ReportCell days(std::optional<double> days) const;
    ReportCell score(std::optional<double> value, int decimals) const;
    ReportCell date(const QDate &day) const;
    // The change from `before` to `now` as a signed percentage ("+12 %"), missing without a base.
    ReportCell change(std::optional<double> now, std::optional<double> before) const;

    QString moneyText(qint64 minor) const;
    QString percentText(double fraction) const;
    double major(qint64 minor) const; // money as the spreadsheet's number
    // "Q3 2026", "2026年第3季度"; a year, a month, a week likewise.
    QString periodName(const Period &p) const { return periodName(p, locale); }
    static QString periodName(const Period &p, const QLocale &locale);

    QString repName(qint64 id) const; // "(no owner)" for 0
    QString customerName(qint64 id) const;
    QString stageName(qint64 id) const;
    QString lostReasonName(qint64 id) const; // "(no reason given)" for 0
    static QString productName(const QString &key); // "(no product)" for ""
};

// One section of the quarterly report. A new section is a new class returned by
// ReportBuilder::sections(): everything else (contents, PDF pages, spreadsheet sheets, the
// --sections option, the dialog's check boxes) follows from it.
class ReportSection
{
public:
    virtual ~ReportSection() = default;
    virtual QString code() const = 0; // stable, lower case: "pipeline"
    virtual QString title() const = 0; // in the language of the thread (LanguageScope)
    virtual Status build(const ReportContext &context, ReportSectionContent &out) const = 0;
};

} // namespace salesdesk
