#include "ui/report/reportpainter.h"

#include "core/common/privatefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)
};

const QColor ink(0x20, 0x24, 0x2a);
const QColor muted(0x6b, 0x72, 0x80);
const QColor rule(0xc8, 0xcf, 0xd8);
const QColor band(0xf1, 0xf4, 0xf8);
const QColor accent(0x1f, 0x5f, 0xa8);
const QList<QColor> palette {QColor(0x1f, 0x5f, 0xa8), QColor(0xe0, 0x8a, 0x1e),
                             QColor(0x3a, 0x9a, 0x5b), QColor(0xc0, 0x39, 0x2b),
                             QColor(0x7d, 0x5b, 0xa6)};

constexpr double marginMm = 18;
constexpr double headerMm = 10; // the running header's band
constexpr double footerMm = 10;
constexpr double chartMm = 72;
constexpr double cellPadMm = 1.6;

// A round step for an axis from 0 to `max`: 1, 2 or 5 × a power of ten.
double niceStep(double max, int ticks)
{
    if (max <= 0) {
        return 1;
    }
    const double raw = max / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= raw) {
            return m * power;
        }
    }
    return 10 * power;
}

} // namespace

struct ReportPainter::Pass
{
    QPagedPaintDevice *device = nullptr;
    QPainter *painter = nullptr; // null in the measuring pass
    const std::function<bool(int)> *progress = nullptr;
    QRectF body; // the printable area under the header, over the footer
    double y = 0;
    int page = 0;
    int section = -1;
    bool stopped = false;
    bool painting() const { return painter != nullptr; }
};

ReportPainter::ReportPainter(const ReportDocument &doc)
    : m_doc(doc)
    , m_font(baseFont(doc.language))
{ }

QFont ReportPainter::baseFont(const QString &language)
{
    QFont f;
    if (language.startsWith(u"zh"_s)) {
        // Not Noto Sans CJK first: it maps the Kangxi radicals (U+2F00…) to the glyphs of the
        // ideographs they look like, and Qt's PDF writer names each glyph by the lowest code
        // point that maps to it, so copying or searching "目标" found "⽬标". WenQuanYi Micro
        // Hei maps each glyph once; the text extracts as it was written.
        f.setFamilies({u"WenQuanYi Micro Hei"_s, u"Noto Sans CJK SC"_s});
    } else {
        f.setFamilies({u"DejaVu Sans"_s, u"Noto Sans"_s, u"Noto Sans CJK SC"_s});
    }
    f.setPointSizeF(9.5);
    f.setStyleStrategy(QFont::PreferOutline);
    // A hair of letter spacing turns Qt's ligatures off: "fi" stays two letters, so the PDF's
    // text reads (and is found) as "Key figures", not "Key ﬁgures".
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

int ReportPainter::paint(QPagedPaintDevice *device, const std::function<bool(int)> &progress)
{
    m_dpi = device->logicalDpiY();
    // First measure (where each section begins, how many pages), then paint.
    Pass measure;
    measure.device = device;
    m_sectionPages.clear();
    run(measure);
    m_pages = measure.page;

    QPainter painter;
    if (!painter.begin(device)) {
        return 0;
    }
    Pass pass;
    pass.device = device;
    pass.painter = &painter;
    pass.progress = progress ? &progress : nullptr;
    run(pass);
    painter.end();
    return pass.stopped ? 0 : pass.page;
}

void ReportPainter::run(Pass &pass)
{
    newPage(pass, true);
    cover(pass);
    newPage(pass);
    contents(pass);
    for (qsizetype s = 0; s < m_doc.sections.size() && !pass.stopped; ++s) {
        const ReportSectionContent &section = m_doc.sections[s];
        pass.section = int(s);
        newPage(pass);
        if (!pass.painting()) {
            m_sectionPages.append(pass.page);
        }
        heading(pass, section.title, 1);
        for (qsizetype b = 0; b < section.blocks.size() && !pass.stopped; ++b) {
            block(pass, section.blocks[b],
                  b + 1 < section.blocks.size() ? &section.blocks[b + 1] : nullptr);
        }
    }
}

void ReportPainter::newPage(Pass &pass, bool first)
{
    if (!first && pass.painting()) {
        pass.device->newPage();
    }
    ++pass.page;
    if (pass.painting() && pass.progress && !(*pass.progress)(pass.page)) {
        pass.stopped = true;
    }
    const QRectF paper(0, 0, pass.device->width(), pass.device->height());
    pass.body = paper.adjusted(mm(marginMm), mm(marginMm + headerMm), -mm(marginMm),
                               -mm(marginMm + footerMm));
    pass.y = pass.body.top();
    if (pass.page > 1) {
        paintChrome(pass);
    }
}

void ReportPainter::paintChrome(Pass &pass)
{
    if (!pass.painting()) {
        return;
    }
    QPainter &p = *pass.painter;
    QFont small = m_font;
    small.setPointSizeF(8);
    p.setFont(small);
    p.setPen(muted);
    const double left = pass.body.left(), right = pass.body.right();
    const double headerBase = pass.body.top() - mm(headerMm) + mm(4);
    p.drawText(QRectF(left, headerBase - mm(4), right - left, mm(5)),
               Qt::AlignLeft | Qt::AlignVCenter, m_doc.headerText);
    p.drawText(QRectF(left, headerBase - mm(4), right - left, mm(5)),
               Qt::AlignRight | Qt::AlignVCenter, m_doc.title);
    p.setPen(QPen(rule, mm(0.2)));
    p.drawLine(QPointF(left, headerBase + mm(2)), QPointF(right, headerBase + mm(2)));
    p.setPen(muted);
    const QString page = QString(m_doc.pageText)
                                 .arg(m_doc.locale.toString(pass.page),
                                      m_doc.locale.toString(std::max(m_pages, pass.page)));
    p.drawText(QRectF(left, pass.body.bottom() + mm(footerMm) - mm(5), right - left, mm(5)),
               Qt::AlignHCenter | Qt::AlignVCenter, page);
}

void ReportPainter::cover(Pass &pass)
{
    if (!pass.painting()) {
        return;
    }
    QPainter &p = *pass.painter;
    const QRectF b = pass.body;
    p.fillRect(QRectF(b.left(), b.top() + b.height() * 0.28, mm(4), mm(42)), accent);
    QFont title = m_font;
    title.setPointSizeF(26);
    title.setBold(true);
    p.setFont(title);
    p.setPen(ink);
    const double x = b.left() + mm(10);
    double y = b.top() + b.height() * 0.28;
    p.drawText(QRectF(x, y, b.width() - mm(10), mm(14)), Qt::AlignLeft | Qt::AlignVCenter,
               m_doc.title);
    QFont big = m_font;
    big.setPointSizeF(16);
    p.setFont(big);
    y += mm(16);
    p.drawText(QRectF(x, y, b.width() - mm(10), mm(10)), Qt::AlignLeft | Qt::AlignVCenter,
               m_doc.periodLabel);
    y += mm(10);
    p.drawText(QRectF(x, y, b.width() - mm(10), mm(10)), Qt::AlignLeft | Qt::AlignVCenter,
               m_doc.company);
    QFont small = m_font;
    small.setPointSizeF(10);
    p.setFont(small);
    p.setPen(muted);
    y += mm(12);
    p.drawText(QRectF(x, y, b.width() - mm(10), mm(8)), Qt::AlignLeft | Qt::AlignVCenter,
               m_doc.madeOnText);
}

void ReportPainter::contents(Pass &pass)
{
    heading(pass, m_doc.contentsTitle, 1);
    QFontMetricsF fm(m_font, pass.device);
    const double line = fm.height() * 1.6;
    for (qsizetype s = 0; s < m_doc.sections.size(); ++s) {
        if (pass.painting()) {
            QPainter &p = *pass.painter;
            p.setFont(m_font);
            p.setPen(ink);
            const QRectF row(pass.body.left(), pass.y, pass.body.width(), line);
            const QString number = m_doc.locale.toString(m_sectionPages.value(int(s)));
            const QString title = m_doc.locale.toString(s + 1) + u".  "_s + m_doc.sections[s].title;
            p.drawText(row, Qt::AlignLeft | Qt::AlignVCenter, title);
            p.drawText(row, Qt::AlignRight | Qt::AlignVCenter, number);
            // Dotted leaders from the title to its page number.
            const double from = row.left() + fm.horizontalAdvance(title) + mm(2);
            const double to = row.right() - fm.horizontalAdvance(number) - mm(2);
            if (to > from) {
                QPen dots(rule, mm(0.3), Qt::DotLine);
                p.setPen(dots);
                p.drawLine(QPointF(from, row.center().y() + fm.descent()),
                           QPointF(to, row.center().y() + fm.descent()));
            }
        }
        pass.y += line;
    }
}

void ReportPainter::heading(Pass &pass, const QString &text, double level)
{
    QFont f = m_font;
    f.setBold(true);
    f.setPointSizeF(level == 1 ? 16 : 11.5);
    QFontMetricsF fm(f, pass.device);
    if (level != 1 && pass.y > pass.body.top()) {
        pass.y += fm.height() * 0.6;
    }
    const double h = fm.height() * (level == 1 ? 1.6 : 1.3);
    if (pass.painting()) {
        QPainter &p = *pass.painter;
        p.setFont(f);
        p.setPen(level == 1 ? accent : ink);
        p.drawText(QRectF(pass.body.left(), pass.y, pass.body.width(), h),
                   Qt::AlignLeft | Qt::AlignVCenter, text);
        if (level == 1) {
            p.setPen(QPen(accent, mm(0.4)));
            p.drawLine(QPointF(pass.body.left(), pass.y + h),
                       QPointF(pass.body.right(), pass.y + h));
        }
    }
    pass.y += h + (level == 1 ? mm(4) : mm(1));
}

double ReportPainter::heightOf(Pass &pass, const ReportBlock &b) const
{
    QFontMetricsF fm(m_font, pass.device);
    if (std::holds_alternative<ReportChart>(b)) {
        return mm(chartMm);
    }
    if (const auto *t = std::get_if<ReportTable>(&b)) {
        // A table's header and its first rows (or its empty text): what a heading keeps with.
        return fm.height() * 1.6 * double(std::min<qsizetype>(t->rows.size(), 3) + 1);
    }
    if (const auto *p = std::get_if<ReportParagraph>(&b)) {
        const QRectF r
                = fm.boundingRect(QRectF(0, 0, pass.body.width(), 1e6), Qt::TextWordWrap, p->text);
        return r.height() + fm.height() * 0.6;
    }
    return fm.height() * 2;
}

void ReportPainter::block(Pass &pass, const ReportBlock &b, const ReportBlock *next)
{
    if (const auto *h = std::get_if<ReportHeading>(&b)) {
        // A heading stays with what follows: both on this page or both on the next.
        QFont f = m_font;
        f.setPointSizeF(11.5);
        const double own = QFontMetricsF(f, pass.device).height() * 2;
        const double following = next ? heightOf(pass, *next) : 0;
        if (pass.y + own + following > pass.body.bottom() && pass.y > pass.body.top()) {
            newPage(pass);
        }
        heading(pass, h->text, 2);
    } else if (const auto *p = std::get_if<ReportParagraph>(&b)) {
        paragraph(pass, p->text);
    } else if (const auto *t = std::get_if<ReportTable>(&b)) {
        table(pass, *t);
    } else if (const auto *c = std::get_if<ReportChart>(&b)) {
        chart(pass, *c);
    }
}

void ReportPainter::paragraph(Pass &pass, const QString &text)
{
    QFontMetricsF fm(m_font, pass.device);
    const QRectF r = fm.boundingRect(QRectF(0, 0, pass.body.width(), 1e6), Qt::TextWordWrap, text);
    if (pass.y + r.height() > pass.body.bottom()) {
        newPage(pass);
    }
    if (pass.painting()) {
        pass.painter->setFont(m_font);
        pass.painter->setPen(ink);
        pass.painter->drawText(QRectF(pass.body.left(), pass.y, pass.body.width(), r.height()),
                               Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    }
    pass.y += r.height() + fm.height() * 0.6;
}

void ReportPainter::table(Pass &pass, const ReportTable &t)
{
    QFont headerFont = m_font;
    headerFont.setBold(true);
    QFontMetricsF fm(m_font, pass.device);
    QFontMetricsF hm(headerFont, pass.device);
    if (t.rows.isEmpty()) {
        paragraph(pass, t.emptyText);
        return;
    }
    const qsizetype columns = t.columns.size();
    const double pad = mm(cellPadMm);
    // Figures keep their natural width (a header may wrap at its spaces); the text columns
    // share what is left and wrap, each at least as wide as its longest word ("Competitor" is
    // never cut).
    const auto longestWord = [](const QFontMetricsF &m, const QString &text) {
        double w = 0;
        for (const QString &word : text.split(u' ')) {
            w = std::max(w, m.horizontalAdvance(word));
        }
        return w;
    };
    const double slack = 2 * pad + mm(0.5);
    QList<double> widths(columns, 0);
    QList<double> natural(columns, 0);
    QList<double> least(columns, 0);
    for (qsizetype c = 0; c < columns; ++c) {
        double cells = 0;
        double words = longestWord(hm, t.columns[c].header);
        for (const auto &row : t.rows) {
            cells = std::max(cells, fm.horizontalAdvance(row.value(c).text));
            words = std::max(words, longestWord(fm, row.value(c).text));
        }
        natural[c] = std::max(cells, hm.horizontalAdvance(t.columns[c].header)) + slack;
        const bool text = t.columns[c].kind == CellKind::Text || c == 0;
        widths[c] = text ? 0 : std::max(cells, longestWord(hm, t.columns[c].header)) + slack;
        least[c] = text ? words + slack : widths[c];
    }
    const double available = pass.body.width();
    double total = 0, fixed = 0, textNatural = 0, textLeast = 0;
    for (qsizetype c = 0; c < columns; ++c) {
        total += natural[c];
        fixed += widths[c];
        textNatural += widths[c] > 0 ? 0 : natural[c];
        textLeast += widths[c] > 0 ? 0 : least[c];
    }
    if (total <= available) {
        widths = natural;
        widths[0] += available - total; // the first (name) column takes the rest
    } else {
        // Each text column gets its longest word, then a share of what remains by its natural
        // width beyond that.
        const double left = std::max(available - fixed, available * 0.25);
        const double spare = std::max(0.0, left - textLeast);
        const double beyond = textNatural - textLeast;
        for (qsizetype c = 0; c < columns; ++c) {
            if (widths[c] == 0) {
                widths[c] = least[c] + (beyond > 0 ? spare * (natural[c] - least[c]) / beyond : 0);
            }
        }
    }
    const auto rowHeight = [&](const QList<ReportCell> &row, const QFontMetricsF &m) {
        double h = m.height();
        for (qsizetype c = 0; c < columns; ++c) {
            const QRectF r = m.boundingRect(QRectF(0, 0, widths[c] - 2 * pad, 1e6),
                                            Qt::TextWordWrap, row.value(c).text);
            h = std::max(h, r.height());
        }
        return h + 2 * pad;
    };
    QList<ReportCell> headerCells;
    for (const ReportColumn &col : t.columns) {
        headerCells.append({CellKind::Text, col.header, 0, {}, false});
    }
    const double headerHeight = rowHeight(headerCells, hm);
    const auto alignment = [&](qsizetype c) {
        return t.columns[c].kind == CellKind::Text || c == 0 ? Qt::AlignLeft : Qt::AlignRight;
    };
    const auto drawRow
            = [&](const QList<ReportCell> &cells, double h, bool header, bool bold, bool shaded) {
                  if (!pass.painting()) {
                      return;
                  }
                  QPainter &p = *pass.painter;
                  if (header || shaded) {
                      p.fillRect(QRectF(pass.body.left(), pass.y, available, h),
                                 header ? band : band.lighter(103));
                  }
                  p.setFont(header || bold ? headerFont : m_font);
                  p.setPen(ink);
                  double x = pass.body.left();
                  for (qsizetype c = 0; c < columns; ++c) {
                      const QRectF cell(x + pad, pass.y + pad, widths[c] - 2 * pad, h - 2 * pad);
                      p.drawText(cell, Qt::TextWordWrap | Qt::AlignVCenter | alignment(c),
                                 cells.value(c).text);
                      x += widths[c];
                  }
                  p.setPen(QPen(header || bold ? muted : rule, mm(header || bold ? 0.3 : 0.15)));
                  const double lineY = header ? pass.y + h : (bold ? pass.y : pass.y + h);
                  p.drawLine(QPointF(pass.body.left(), lineY), QPointF(pass.body.right(), lineY));
              };
    // The header, repeated at the top of every page the table runs onto.
    const auto header = [&] {
        drawRow(headerCells, headerHeight, true, false, false);
        pass.y += headerHeight;
    };
    if (pass.y + headerHeight + rowHeight(t.rows.first(), fm) > pass.body.bottom()) {
        newPage(pass);
    }
    header();
    for (qsizetype r = 0; r < t.rows.size() && !pass.stopped; ++r) {
        const double h = rowHeight(t.rows[r], fm);
        if (pass.y + h > pass.body.bottom()) {
            newPage(pass);
            header();
        }
        const bool isTotal = t.lastRowIsTotal && r == t.rows.size() - 1;
        drawRow(t.rows[r], h, false, isTotal, r % 2 == 1);
        pass.y += h;
    }
    pass.y += fm.height() * 0.8;
}

void ReportPainter::chart(Pass &pass, const ReportChart &c)
{
    if (c.categories.isEmpty() || c.series.isEmpty()) {
        return;
    }
    const double h = mm(chartMm);
    if (pass.y + h > pass.body.bottom()) {
        newPage(pass);
    }
    if (pass.painting()) {
        pass.painter->save();
        drawChart(*pass.painter, QRectF(pass.body.left(), pass.y, pass.body.width(), h - mm(4)), c);
        pass.painter->restore();
    }
    pass.y += h;
}

void ReportPainter::drawChart(QPainter &p, const QRectF &area, const ReportChart &c) const
{
    p.setRenderHint(QPainter::Antialiasing);
    QFont small = m_font;
    small.setPointSizeF(7.5);
    QFont titleFont = m_font;
    titleFont.setBold(true);
    QFontMetricsF fm(small, p.device());
    QFontMetricsF tm(titleFont, p.device());
    p.setFont(titleFont);
    p.setPen(ink);
    p.drawText(QRectF(area.left(), area.top(), area.width(), tm.height()),
               Qt::AlignLeft | Qt::AlignVCenter, c.title);
    p.setFont(small);

    // Legend along the bottom.
    const double legendH = fm.height() * 1.4;
    double lx = area.left();
    for (qsizetype s = 0; s < c.series.size(); ++s) {
        const QColor color = palette[s % palette.size()];
        const double ly = area.bottom() - legendH / 2;
        if (c.series[s].line) {
            p.setPen(QPen(color, mm(0.6)));
            p.drawLine(QPointF(lx, ly), QPointF(lx + mm(5), ly));
        } else {
            p.fillRect(QRectF(lx, ly - mm(1.5), mm(5), mm(3)), color);
        }
        p.setPen(ink);
        p.drawText(QPointF(lx + mm(6.5), ly + fm.ascent() / 2 - fm.descent() / 2),
                   c.series[s].name);
        lx += mm(10) + fm.horizontalAdvance(c.series[s].name);
    }

    double max = 0;
    bool anySecond = false;
    bool percentAxis = true; // every series on the value axis a share: "10 %", not "0.1"
    for (const ReportSeries &s : c.series) {
        if (s.secondAxis) {
            anySecond = true;
            continue;
        }
        percentAxis = percentAxis && s.kind == CellKind::Percent;
        for (double v : s.values) {
            max = std::isnan(v) ? max : std::max(max, v);
        }
    }
    const double step = niceStep(max, 4);
    const double top = std::max(step, std::ceil(max / step) * step);
    const auto axisText = [&](double v) -> QString {
        if (percentAxis) {
            return m_doc.locale.toString(v * 100, 'f', step * 100 < 1 ? 1 : 0) + u" %"_s;
        }
        return std::abs(v) >= 1e6   ? m_doc.locale.toString(v / 1e6, 'f', v >= 1e7 ? 0 : 1) + u"M"_s
               : std::abs(v) >= 1e4 ? m_doc.locale.toString(v / 1e3, 'f', 0) + u"k"_s
                                    : m_doc.locale.toString(v, 'f', step < 1 ? 1 : 0);
    };
    QRectF plot(area.left(), area.top() + tm.height() * 1.5, area.width(),
                area.height() - tm.height() * 1.5 - legendH - fm.height() * 1.2);
    const qsizetype n = c.categories.size();

    if (c.kind == ReportChart::Kind::Bars) {
        double labelW = 0;
        for (const QString &cat : c.categories) {
            labelW = std::max(labelW, fm.horizontalAdvance(cat));
        }
        labelW = std::min(labelW + mm(2), area.width() * 0.35);
        plot.setLeft(plot.left() + labelW);
        plot.setRight(plot.right() - mm(4));
        // Value gridlines and labels under the plot.
        for (double v = 0; v <= top + step / 2; v += step) {
            const double x = plot.left() + plot.width() * v / top;
            p.setPen(QPen(rule, mm(0.15)));
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            p.setPen(muted);
            p.drawText(QRectF(x - mm(10), plot.bottom() + mm(0.5), mm(20), fm.height()),
                       Qt::AlignHCenter | Qt::AlignTop, axisText(v));
        }
        const double band = plot.height() / double(n);
        const double barH = band * 0.7 / double(c.series.size());
        for (qsizetype i = 0; i < n; ++i) {
            const double y0 = plot.top() + band * double(i) + band * 0.15;
            p.setPen(ink);
            p.drawText(QRectF(area.left(), plot.top() + band * double(i), labelW - mm(1.5), band),
                       Qt::AlignRight | Qt::AlignVCenter,
                       fm.elidedText(c.categories[i], Qt::ElideRight, labelW - mm(1.5)));
            for (qsizetype s = 0; s < c.series.size(); ++s) {
                const double v = c.series[s].values.value(i);
                if (std::isnan(v)) {
                    continue;
                }
                p.fillRect(QRectF(plot.left(), y0 + barH * double(s), plot.width() * v / top, barH),
                           palette[s % palette.size()]);
            }
        }
        return;
    }

    // Columns: value axis at the left (and a 0–100 % axis at the right for a share).
    double axisW = 0;
    for (double v = 0; v <= top + step / 2; v += step) {
        axisW = std::max(axisW, fm.horizontalAdvance(axisText(v)));
    }
    plot.setLeft(plot.left() + axisW + mm(2));
    if (anySecond) {
        plot.setRight(plot.right() - fm.horizontalAdvance(u"100 %"_s) - mm(2));
    }
    for (double v = 0; v <= top + step / 2; v += step) {
        const double y = plot.bottom() - plot.height() * v / top;
        p.setPen(QPen(rule, mm(0.15)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(muted);
        p.drawText(QRectF(area.left(), y - fm.height() / 2, axisW, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, axisText(v));
    }
    if (anySecond) {
        for (int pct = 0; pct <= 100; pct += 25) {
            const double y = plot.bottom() - plot.height() * pct / 100.0;
            p.drawText(QRectF(plot.right() + mm(1), y - fm.height() / 2, mm(12), fm.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, m_doc.locale.toString(pct) + u" %"_s);
        }
    }
    const double band = plot.width() / double(n);
    int bars = 0;
    for (const ReportSeries &s : c.series) {
        bars += s.line ? 0 : 1;
    }
    const double barW = bars > 0 ? band * 0.7 / bars : 0;
    const bool thin = n > 8; // weekly points: label every other
    for (qsizetype i = 0; i < n; ++i) {
        p.setPen(muted);
        if (!thin || i % 2 == 0 || i == n - 1) {
            p.drawText(QRectF(plot.left() + band * double(i) - band / 2, plot.bottom() + mm(0.5),
                              band * 2, fm.height()),
                       Qt::AlignHCenter | Qt::AlignTop,
                       fm.elidedText(c.categories[i], Qt::ElideRight, band * (thin ? 2 : 1)));
        }
        int b = 0;
        for (qsizetype s = 0; s < c.series.size(); ++s) {
            if (c.series[s].line) {
                continue;
            }
            const double v = c.series[s].values.value(i);
            if (std::isnan(v)) {
                continue;
            }
            const double x = plot.left() + band * double(i) + band * 0.15 + barW * b++;
            const double hgt = plot.height() * v / top;
            p.fillRect(QRectF(x, plot.bottom() - hgt, barW, hgt), palette[s % palette.size()]);
        }
    }
    for (qsizetype s = 0; s < c.series.size(); ++s) {
        const ReportSeries &series = c.series[s];
        if (!series.line) {
            continue;
        }
        // A missing value (NaN) breaks the line: no point is made up.
        QPainterPath path;
        QList<QPointF> points;
        bool joined = false;
        for (qsizetype i = 0; i < n; ++i) {
            const double v = series.values.value(i, std::nan(""));
            if (std::isnan(v)) {
                joined = false;
                continue;
            }
            const double scaled = series.secondAxis ? v : v / top;
            const QPointF point(plot.left() + band * (double(i) + 0.5),
                                plot.bottom() - plot.height() * std::min(scaled, 1.05));
            joined ? path.lineTo(point) : path.moveTo(point);
            joined = true;
            points.append(point);
        }
        const QColor color = palette[s % palette.size()];
        p.setPen(QPen(color, mm(0.6)));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setBrush(color);
        for (const QPointF &point : std::as_const(points)) {
            p.drawEllipse(point, mm(0.8), mm(0.8));
        }
    }
    p.setPen(QPen(muted, mm(0.2)));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
}

Status writeReportPdf(const ReportDocument &doc, const QString &path,
                      const std::function<bool(int)> &progress)
{
    const bool existed = QFileInfo::exists(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !makePrivateIfNew(file, existed)) {
        return cannotWrite(path, file);
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setTitle(doc.title + u" · "_s + doc.periodLabel);
        writer.setCreator(u"SalesDesk"_s);
        ReportPainter painter(doc);
        pages = painter.paint(&writer, progress);
    }
    if (pages == 0) {
        file.cancelWriting();
        return Error::user(Text::tr("The report was cancelled."));
    }
    if (!file.commit()) { // a write that failed while painting fails the commit too
        return cannotWrite(path, file);
    }
    return {};
}

} // namespace salesdesk::ui
