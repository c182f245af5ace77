#include "core/exchange/reportworkbook.h"

#include "core/common/money.h"
#include "core/exchange/workbookfile.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <xlsxwriter.h>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

constexpr int chartRows = 16; // the height a chart takes, in rows
constexpr double maxColumnWidth = 48;

// Display width in Excel's character units: CJK characters are two wide.
double widthOf(const QString &text)
{
    double w = 0;
    for (QChar ch : text) {
        w += ch.unicode() >= 0x1100 ? 2 : 1;
    }
    return w;
}

class SheetWriter
{
public:
    SheetWriter(lxw_workbook *book, lxw_worksheet *sheet, QString sheetName,
                const ReportDocument &doc, QHash<int, lxw_format *> &formats)
        : m_book(book)
        , m_sheet(sheet)
        , m_name(std::move(sheetName))
        , m_doc(doc)
        , m_formats(formats)
    { }

    void title(const QString &text) { string(m_row++, 0, text, format(Title)); }
    void line(const QString &text) { string(m_row++, 0, text, nullptr); }
    void skip() { ++m_row; }

    void heading(const QString &text)
    {
        if (m_row > 0) {
            ++m_row;
        }
        string(m_row++, 0, text, format(Heading));
    }

    void table(const ReportTable &t)
    {
        if (!t.title.isEmpty()) {
            heading(t.title);
        }
        if (t.rows.isEmpty() && !t.emptyText.isEmpty()) {
            line(t.emptyText);
            return;
        }
        const lxw_row_t header = m_row++;
        for (qsizetype c = 0; c < t.columns.size(); ++c) {
            string(header, c, t.columns[c].header, format(Header));
        }
        // The first table near the top keeps its header in view.
        if (!m_frozen && header <= 4) {
            worksheet_freeze_panes(m_sheet, header + 1, 0);
            m_frozen = true;
        }
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            const bool total = t.lastRowIsTotal && r == t.rows.size() - 1;
            const lxw_row_t row = m_row++;
            for (qsizetype c = 0; c < t.rows[r].size(); ++c) {
                cell(row, c, t.rows[r][c], total);
            }
        }
    }

    void chart(const ReportChart &c)
    {
        if (c.categories.isEmpty() || c.series.isEmpty()) {
            return;
        }
        // The chart's numbers as a table, and the native chart beside them reading those cells.
        heading(c.title);
        const lxw_row_t header = m_row++;
        string(header, 0, QString(), format(Header));
        QList<const ReportSeries *> drawn;
        for (const ReportSeries &s : c.series) {
            if (!s.secondAxis) { // a second axis is beyond this library: its numbers stay
                drawn.append(&s);
            }
        }
        for (qsizetype s = 0; s < c.series.size(); ++s) {
            string(header, s + 1, c.series[s].name, format(Header));
        }
        const lxw_row_t first = m_row;
        for (qsizetype i = 0; i < c.categories.size(); ++i) {
            const lxw_row_t row = m_row++;
            string(row, 0, c.categories[i], nullptr);
            for (qsizetype s = 0; s < c.series.size(); ++s) {
                const ReportSeries &series = c.series[s];
                const double v = series.values.value(i, std::nan(""));
                if (!std::isnan(v)) { // missing: an empty cell, a gap in the chart
                    number(row, s + 1, v, format(kindFormat(series.kind)));
                }
            }
        }
        const lxw_row_t last = m_row - 1;
        bool allLines = true;
        for (const ReportSeries *s : drawn) {
            allLines = allLines && s->line;
        }
        const uint8_t type = allLines                            ? LXW_CHART_LINE
                             : c.kind == ReportChart::Kind::Bars ? LXW_CHART_BAR
                                                                 : LXW_CHART_COLUMN;
        lxw_chart *chart = workbook_add_chart(m_book, type);
        const QByteArray sheet = m_name.toUtf8();
        for (qsizetype s = 0; s < c.series.size(); ++s) {
            if (c.series[s].secondAxis) {
                continue;
            }
            lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
            chart_series_set_categories(series, sheet.constData(), first, 0, last, 0);
            chart_series_set_values(series, sheet.constData(), first, lxw_col_t(s + 1), last,
                                    lxw_col_t(s + 1));
            chart_series_set_name_range(series, sheet.constData(), header, lxw_col_t(s + 1));
        }
        chart_title_set_name(chart, c.title.toUtf8().constData());
        chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
        if (c.kind == ReportChart::Kind::Bars) {
            chart_axis_set_reverse(chart->y_axis); // the first category at the top
        }
        lxw_chart_options options {};
        options.x_scale = 1.2;
        options.y_scale = 1.1;
        worksheet_insert_chart_opt(m_sheet, header, lxw_col_t(c.series.size() + 2), chart,
                                   &options);
        m_row = std::max(m_row, header + chartRows) + 1;
    }

    void finish()
    {
        for (auto it = m_widths.cbegin(); it != m_widths.cend(); ++it) {
            worksheet_set_column(m_sheet, lxw_col_t(it.key()), lxw_col_t(it.key()),
                                 std::min(maxColumnWidth, it.value() + 2), nullptr);
        }
    }

    enum Style { Title, Heading, Header, Money, Count, Percent, Days, Score, Date, Bold };

private:
    void measure(qsizetype col, const QString &text)
    {
        double &w = m_widths[int(col)];
        w = std::max(w, widthOf(text));
    }

    void string(lxw_row_t row, qsizetype col, const QString &text, lxw_format *f)
    {
        worksheet_write_string(m_sheet, row, lxw_col_t(col), text.toUtf8().constData(), f);
        // A title or heading in the first column runs across the sheet: it sets no width.
        const bool banner = col == 0 && (f == format(Title) || f == format(Heading));
        if (!banner) {
            measure(col, text);
        }
    }

    void number(lxw_row_t row, qsizetype col, double value, lxw_format *f)
    {
        worksheet_write_number(m_sheet, row, lxw_col_t(col), value, f);
        measure(col, QString::number(value, 'f', 2) + u"   "_s);
    }

    static Style kindFormat(CellKind kind)
    {
        switch (kind) {
        case CellKind::Money:
            return Money;
        case CellKind::Percent:
            return Percent;
        case CellKind::Days:
            return Days;
        case CellKind::Score:
            return Score;
        case CellKind::Date:
            return Date;
        case CellKind::Count:
        case CellKind::Text:
            break;
        }
        return Count;
    }

    void cell(lxw_row_t row, qsizetype col, const ReportCell &c, bool total)
    {
        if (c.missing) {
            return; // no figure: an empty cell, never 0
        }
        const auto styled = [&](Style s) {
            return total ? format(s, true) : format(s);
        };
        switch (c.kind) {
        case CellKind::Text:
            string(row, col, c.text, total ? format(Bold) : nullptr);
            return;
        case CellKind::Date: {
            lxw_datetime dt {c.date.year(), c.date.month(), c.date.day(), 0, 0, 0};
            worksheet_write_datetime(m_sheet, row, lxw_col_t(col), &dt, styled(Date));
            measure(col, u"2026-12-31 "_s);
            return;
        }
        default:
            number(row, col, c.number, styled(kindFormat(c.kind)));
            measure(col, c.text);
        }
    }

    lxw_format *format(Style s, bool bold = false)
    {
        lxw_format *&f = m_formats[int(s) * 2 + (bold ? 1 : 0)];
        if (f) {
            return f;
        }
        f = workbook_add_format(m_book);
        const int decimals = currency::decimals(m_doc.currency);
        const QByteArray money = "\"" + currency::symbol(m_doc.currency).toUtf8() + "\"#,##0"
                                 + (decimals > 0 ? "." + QByteArray(decimals, '0') : QByteArray());
        switch (s) {
        case Title:
            format_set_bold(f);
            format_set_font_size(f, 16);
            break;
        case Heading:
            format_set_bold(f);
            format_set_font_size(f, 12);
            break;
        case Header:
            format_set_bold(f);
            format_set_bottom(f, LXW_BORDER_THIN);
            format_set_bg_color(f, 0xE8EEF4);
            break;
        case Money:
            format_set_num_format(f, money.constData());
            break;
        case Count:
            format_set_num_format(f, "#,##0");
            break;
        case Percent:
            format_set_num_format(f, "0.0%");
            break;
        case Days:
            format_set_num_format(f, "0.0");
            break;
        case Score:
            format_set_num_format(f, "0.00");
            break;
        case Date:
            format_set_num_format(f, "yyyy-mm-dd");
            break;
        case Bold:
            break;
        }
        if (bold || s == Bold) {
            format_set_bold(f);
            format_set_top(f, LXW_BORDER_THIN);
        }
        return f;
    }

    lxw_workbook *m_book;
    lxw_worksheet *m_sheet;
    QString m_name;
    const ReportDocument &m_doc;
    QHash<int, lxw_format *> &m_formats;
    QHash<int, double> m_widths;
    lxw_row_t m_row = 0;
    bool m_frozen = false;
};

void writeBlocks(SheetWriter &w, const QList<ReportBlock> &blocks)
{
    for (const ReportBlock &block : blocks) {
        if (const auto *h = std::get_if<ReportHeading>(&block)) {
            w.heading(h->text);
        } else if (const auto *p = std::get_if<ReportParagraph>(&block)) {
            w.line(p->text);
        } else if (const auto *t = std::get_if<ReportTable>(&block)) {
            w.table(*t);
        } else if (const auto *c = std::get_if<ReportChart>(&block)) {
            w.chart(*c);
        }
    }
}

} // namespace

Status writeReportWorkbook(const ReportDocument &doc, const QString &path)
{
    // Charts read their cells back, so the workbook is kept in memory (a report is small).
    return writeWorkbook(path, false, [&doc](lxw_workbook *book) -> Status {
        QHash<int, lxw_format *> formats;
        QStringList used;
        const auto addSheet = [&](const QString &wanted) {
            QString name = sheetName(wanted);
            for (int n = 2; used.contains(name, Qt::CaseInsensitive); ++n) {
                name = sheetName(wanted.left(27) + u" (%1)"_s.arg(n));
            }
            used.append(name);
            return std::pair {workbook_add_worksheet(book, name.toUtf8().constData()), name};
        };
        // The summary sheet first: what the report is, then the summary section if chosen.
        const ReportSectionContent *summary = nullptr;
        for (const ReportSectionContent &s : doc.sections) {
            if (s.code == u"summary"_s) {
                summary = &s;
            }
        }
        {
            auto [sheet, name] = addSheet(summary ? summary->title : doc.title);
            SheetWriter w(book, sheet, name, doc, formats);
            w.title(doc.title);
            w.line(doc.company);
            w.line(doc.periodLabel);
            w.line(doc.madeOnText);
            if (summary) {
                w.heading(summary->title);
                writeBlocks(w, summary->blocks);
            }
            w.finish();
        }
        for (const ReportSectionContent &s : doc.sections) {
            if (&s == summary) {
                continue;
            }
            auto [sheet, name] = addSheet(s.title);
            SheetWriter w(book, sheet, name, doc, formats);
            writeBlocks(w, s.blocks);
            w.finish();
        }
        lxw_doc_properties properties {};
        const QByteArray title = (doc.title + u" · "_s + doc.periodLabel).toUtf8();
        const QByteArray company = doc.company.toUtf8();
        properties.title = const_cast<char *>(title.constData());
        properties.company = const_cast<char *>(company.constData());
        workbook_set_properties(book, &properties);
        return {};
    });
}

} // namespace salesdesk
