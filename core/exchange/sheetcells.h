#pragma once

#include <QString>
#include <QStringView>

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
// Whether a number format shows a date or time: any of d, m, y, h, s outside quoted text,
// escaped characters and [colour]/[$-locale] sections (elapsed [h], [mm], [ss] count).
bool isDateFormat(const QString &code);
// The built-in formats that are dates or times (ECMA-376 18.8.30, and the East Asian ones
// Excel writes as built-in ids).
bool isBuiltInDateFormat(int id);
// A number as the import reads it: plain digits, '.' for decimals, no exponent.
QString numberText(double value);
// An Excel serial date-time as ISO text ("2026-03-01", "2026-03-01T09:30:00"): the date alone
// when it has no time of day.
QString serialText(double serial, bool date1904);

} // namespace salesdesk::sheetcells
