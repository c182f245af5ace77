#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace salesdesk::cli {

// Text laid out for a terminal, where an East Asian wide or fullwidth character (汉字, ＡＢＣ)
// takes two columns and a combining mark none (ICU's UCHAR_EAST_ASIAN_WIDTH and general
// category).
int displayWidth(QStringView text);
// `text` cut to at most `width` columns, ending in "…" when it was cut.
QString elide(const QString &text, int width);
// `text` padded with spaces to `width` columns, on the right (or the left, for numbers).
QString pad(const QString &text, int width, bool alignRight = false);
// `text` in lines of at most `width` columns, broken between words or between two East Asian
// characters; a word longer than a line (a path) stands whole on its own line.
QStringList wrap(const QString &text, int width);

// A table with a header row: columns as wide as their widest cell (up to a limit, past which a
// cell is cut with "…"), two spaces apart, numbers aligned right, in display columns.
class TextTable
{
public:
    enum Align { Left, Right };
    struct Column
    {
        QString header;
        Align align = Left;
        int maxWidth = 40;
    };

    explicit TextTable(QList<Column> columns);
    void addRow(QStringList cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    // The header row and the rows, each line without trailing spaces, ending in a newline.
    QString render() const;

private:
    QList<Column> m_columns;
    QList<QStringList> m_rows;
};

} // namespace salesdesk::cli
