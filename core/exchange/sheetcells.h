#pragma once

#include "core/exchange/workbookreader.h"

#include <QHash>
#include <QString>
#include <QStringView>

#include <functional>
#include <utility>

// What the workbook readers share: cell references, number formats, and how a cell's value is
// written for the import (the text the CSV import reads).
namespace salesdesk::sheetcells {

// Excel's own limits: a cell beyond them is no cell of a real sheet.
constexpr int MaxRows = 1048576;
constexpr int MaxColumns = 16384;

// Column 0 → "A", 26 → "AA".
QString columnName(int column);
// "BC12" → column 54 (0-based), row 12; {-1, -1} when it is no cell reference.
std::pair<int, int> cellReference(QStringView ref);
// What a number format shows: a plain number, a date, or a time (with a date or without).
enum class DateFormat : quint8 { None, Date, DateTime };
// From the format's code: any of d, m, y (a date) or h, s (a time) outside quoted text,
// escaped characters and [colour]/[$-locale] sections (elapsed [h], [mm], [ss] are times).
DateFormat dateFormatOf(const QString &code);
// The built-in formats that are dates or times (ECMA-376 18.8.30, and the East Asian ones
// Excel writes as built-in ids).
DateFormat builtInDateFormat(int id);
// A number as the import reads it: plain digits, '.' for decimals, no exponent.
QString numberText(double value);
// An Excel serial date-time as ISO text ("2026-03-01", "2026-03-01T09:30:00"): the date alone
// when it has no time of day and `withTime` is false (its format shows none), the time alone
// ("09:30:00") when it is less than a day.
QString serialText(double serial, bool date1904, bool withTime = false);
// A date and time as the import reads it: "2026-03-01", or "2026-03-01T09:30:00" when it has a
// time of day or `withTime` (midnight shown as a time: "2026-03-01T00:00:00").
QString dateTimeText(const QDate &date, int secondsIntoDay, bool withTime = false);

// Cells held for the import (rows × the widest row): 10 million is a 100,000-row sheet of 100
// columns; a hostile sheet of values far to the right on every row would take gigabytes.
constexpr qint64 MaxCells = 10'000'000;

// Builds the import's table from a sheet's rows as a reader meets them: rows with nothing in
// them left out, the first row with something in it the header, a merged range's value given
// to every cell it covers, every row as long as the header, a column with values but no
// heading named by its letter. CsvTable::lines are the sheet's row numbers.
class SheetBuilder
{
public:
    // False when the table would hold more than MaxCells (tooManyCells() says so).
    bool addRow(int number, QStringList row);
    void addMerge(int firstColumn, int firstRow, int lastColumn, int lastRow);
    bool hasHeader() const { return !m_table.header.isEmpty(); }
    qsizetype rowCount() const { return m_table.rows.size(); }
    // The table; an error when the merges would fill more than MaxCells.
    Result<CsvTable> finish(const QString &fileName, const QString &sheetName);
    static QString tooManyCells();

private:
    struct Merge
    {
        int firstColumn, firstRow, lastColumn, lastRow;
    };
    CsvTable m_table;
    QHash<int, int> m_rowAt; // sheet row → index in rows (the header: -1)
    QList<Merge> m_merges;
    qint64 m_width = 0;
};

// Reads the sheet `wanted` names (a name in any case, or a number among the visible sheets
// counting from 1; a hidden sheet only by name), or, when `wanted` is empty, the first visible
// sheet that has a header row. `read(i)` reads sheets[i].
Result<CsvTable> readChosenSheet(const QList<SheetInfo> &sheets, const QString &wanted,
                                 const QString &fileName,
                                 const std::function<Result<CsvTable>(qsizetype)> &read);

} // namespace salesdesk::sheetcells
