#include "app/cli/clitext.h"

#include <algorithm>
#include <unicode/uchar.h>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::cli {

namespace {

int width(char32_t c)
{
    if (c == 0x200B || c == 0xFEFF) { // zero-width space, byte order mark
        return 0;
    }
    const auto category = u_charType(UChar32(c));
    if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_CONTROL_CHAR
        || category == U_FORMAT_CHAR) {
        return 0;
    }
    const auto ea = u_getIntPropertyValue(UChar32(c), UCHAR_EAST_ASIAN_WIDTH);
    return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
}

bool isWide(char32_t c)
{
    return width(c) == 2;
}

} // namespace

int displayWidth(QStringView text)
{
    int columns = 0;
    for (const char32_t c : text.toUcs4()) {
        columns += width(c);
    }
    return columns;
}

QString elide(const QString &text, int maxWidth)
{
    if (displayWidth(text) <= maxWidth) {
        return text;
    }
    QString out;
    int used = 0;
    for (const char32_t c : text.toUcs4()) {
        const int w = width(c);
        if (used + w > maxWidth - 1) { // one column left for "…"
            break;
        }
        out += QString::fromUcs4(&c, 1);
        used += w;
    }
    return out.trimmed() + u'…';
}

QString pad(const QString &text, int to, bool alignRight)
{
    const QString spaces(std::max(0, to - displayWidth(text)), u' ');
    return alignRight ? spaces + text : text + spaces;
}

QStringList wrap(const QString &text, int maxWidth)
{
    // Pieces that are never broken: a run of non-space, narrow characters (a word, a path), or
    // one wide character. A line may break at a space, and beside a wide character.
    struct Piece
    {
        QString text;
        bool spaceBefore = false;
        bool wide = false;
    };
    QList<Piece> pieces;
    bool space = false;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty()) {
            pieces.append({word, space, false});
            word.clear();
            space = false;
        }
    };
    for (const char32_t c : text.toUcs4()) {
        if (c == U' ' || c == U'\t') {
            flush();
            space = true;
        } else if (isWide(c)) {
            flush();
            pieces.append({QString::fromUcs4(&c, 1), space, true});
            space = false;
        } else {
            word += QString::fromUcs4(&c, 1);
        }
    }
    flush();

    // Chinese line-breaking manners: no line starts with closing punctuation ("，" "）") and
    // none ends with an opening one ("（" "“").
    static const QString closing = u"，。；：、）」』！？》”’,.;:)!?"_s;
    static const QString opening = u"（「『《“‘("_s;
    const auto isOne = [](const Piece &p, const QString &set) {
        return p.text.size() == 1 && set.contains(p.text.front());
    };
    // Whether a line may break between pieces[i - 1] and pieces[i].
    const auto breakable = [&](qsizetype i) {
        const Piece &p = pieces[i];
        const Piece &before = pieces[i - 1];
        if (isOne(p, closing) || isOne(before, opening)) {
            return false;
        }
        return p.spaceBefore || p.wide || before.wide;
    };

    QStringList lines;
    qsizetype start = 0; // the first piece of the line being filled
    while (start < pieces.size()) {
        // Take pieces while they fit; remember the last place the line may end.
        int used = 0;
        qsizetype end = start;
        qsizetype lastBreak = -1;
        while (end < pieces.size()) {
            const int gap = end > start && pieces[end].spaceBefore ? 1 : 0;
            const int w = displayWidth(pieces[end].text);
            if (end > start && breakable(end)) {
                lastBreak = end;
            }
            if (end > start && used + gap + w > maxWidth) {
                break;
            }
            used += gap + w;
            ++end;
        }
        if (end < pieces.size() && !breakable(end)) {
            if (lastBreak > start) {
                end = lastBreak; // step back to where the line may end
            } else {
                while (end < pieces.size() && !breakable(end)) {
                    ++end; // nowhere to step back to: the punctuation stays, past the edge
                }
            }
        }
        QString line;
        for (qsizetype i = start; i < end; ++i) {
            if (i > start && pieces[i].spaceBefore) {
                line += u' ';
            }
            line += pieces[i].text;
        }
        lines.append(line);
        start = end;
    }
    if (lines.isEmpty()) {
        lines.append(QString());
    }
    return lines;
}

TextTable::TextTable(QList<Column> columns)
    : m_columns(std::move(columns))
{ }

void TextTable::addRow(QStringList cells)
{
    cells.resize(m_columns.size());
    m_rows.append(std::move(cells));
}

QString TextTable::render() const
{
    QList<int> widths;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        int w = displayWidth(m_columns[c].header);
        for (const QStringList &row : m_rows) {
            w = std::max(w, std::min(displayWidth(row[c]), m_columns[c].maxWidth));
        }
        widths.append(w);
    }
    const auto line = [&](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            if (c > 0) {
                text += u"  "_s;
            }
            text += pad(elide(cells[c], widths[c]), widths[c], m_columns[c].align == Right);
        }
        while (text.endsWith(u' ')) {
            text.chop(1);
        }
        return text + u'\n';
    };
    QStringList header;
    for (const Column &c : m_columns) {
        header.append(c.header);
    }
    QString out = line(header);
    for (const QStringList &row : m_rows) {
        out += line(row);
    }
    return out;
}

} // namespace salesdesk::cli
