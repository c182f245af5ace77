#pragma once

#include "core/common/result.h"
#include "core/report/reportdocument.h"

#include <QFont>
#include <QRectF>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace salesdesk::ui {

// Lays a report out on A4 pages and paints them with QPainter: a cover, the contents with page
// numbers, each section from a new page under a running header and over a page number; tables
// break across pages with their header repeated, a heading stays with what follows, charts are
// drawn as vectors. The same pages go to a PDF (QPdfWriter) and to the print preview (QPrinter).
class ReportPainter
{
public:
    explicit ReportPainter(const ReportDocument &doc);

    // Paints every page on `device`, which must be set to A4. `progress(page)` is called as
    // each page begins; returning false stops. Returns the number of pages painted.
    int paint(QPagedPaintDevice *device, const std::function<bool(int)> &progress = {});

    // The font the report is set in for its language (Noto Sans CJK SC for Chinese, which holds
    // Latin letters too; DejaVu Sans otherwise).
    static QFont baseFont(const QString &language);

private:
    struct Pass;
    void run(Pass &pass);
    void newPage(Pass &pass, bool first = false);
    void paintChrome(Pass &pass);
    void cover(Pass &pass);
    void contents(Pass &pass);
    void block(Pass &pass, const ReportBlock &block, const ReportBlock *next);
    void heading(Pass &pass, const QString &text, double level);
    void paragraph(Pass &pass, const QString &text);
    void table(Pass &pass, const ReportTable &table);
    void chart(Pass &pass, const ReportChart &chart);
    void drawChart(QPainter &p, const QRectF &area, const ReportChart &chart) const;
    double heightOf(Pass &pass, const ReportBlock &block) const;
    double mm(double millimetres) const { return millimetres * m_dpi / 25.4; }

    const ReportDocument &m_doc;
    QFont m_font;
    double m_dpi = 72;
    QList<int> m_sectionPages; // the page each section begins on (from the first pass)
    int m_pages = 0;
};

// Writes the report as a PDF (A4, fonts embedded, text selectable) in one step: a failure or a
// cancel leaves `path` as it was.
Status writeReportPdf(const ReportDocument &doc, const QString &path,
                      const std::function<bool(int)> &progress = {});

} // namespace salesdesk::ui
