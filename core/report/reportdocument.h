#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <variant>

namespace salesdesk {

// What a value in a report is: the PDF shows its text, the spreadsheet writes its number (with
// the currency, percent or date format) and the text only for Text.
enum class CellKind { Text, Money, Count, Percent, Days, Score, Date };

struct ReportCell
{
    CellKind kind = CellKind::Text;
    QString text; // as shown, in the report's language; "–" for a figure that cannot be had
    double number = 0; // money in major units, percent as a fraction (0.82), days, counts
    QDate date;
    bool missing = false; // no figure: an empty cell in the spreadsheet
};

struct ReportColumn
{
    QString header;
    CellKind kind = CellKind::Text;
};

struct ReportTable
{
    QString title;
    QList<ReportColumn> columns;
    QList<QList<ReportCell>> rows;
    bool lastRowIsTotal = false;
    QString emptyText; // shown instead of a table without rows
};

struct ReportSeries
{
    QString name;
    // One per category; money in major units, percents as fractions; NaN where there is no
    // figure (a gap in a line, never a made-up zero).
    QList<double> values;
    CellKind kind = CellKind::Money;
    bool line = false; // drawn as a line over the bars (a target, a cumulative total)
    bool secondAxis = false; // on an axis of its own at the right (a cumulative percentage)
};

struct ReportChart
{
    enum class Kind {
        Columns, // categories along the bottom, bars up (and lines over them)
        Bars, // categories down the side, bars across (stages, reasons, reps)
    };
    Kind kind = Kind::Columns;
    QString title;
    QStringList categories;
    QList<ReportSeries> series;
    bool isEmpty() const;
};

struct ReportParagraph
{
    QString text;
};

// A heading inside a section ("Biggest wins").
struct ReportHeading
{
    QString text;
};

using ReportBlock = std::variant<ReportHeading, ReportParagraph, ReportTable, ReportChart>;

struct ReportSectionContent
{
    QString code; // "summary", "pipeline"…, as --sections names it
    QString title; // in the report's language
    QList<ReportBlock> blocks;
};

// A report's content, laid out by ui/report on paper and by core/exchange in a spreadsheet.
struct ReportDocument
{
    QString title; // "Quarterly Sales Report"
    QString company;
    QString periodCode; // "2026Q3"
    QString periodLabel; // "Q3 2026", "2026年第3季度"
    QDate madeOn;
    QString madeOnText;
    QString language; // "en", "zh_CN"
    QLocale locale;
    QString currency; // ISO 4217, the home currency
    QString headerText; // "Company · Q3 2026", the running header
    QString contentsTitle;
    QString pageText; // "Page %1 of %2"
    QList<ReportSectionContent> sections;
};

} // namespace salesdesk
