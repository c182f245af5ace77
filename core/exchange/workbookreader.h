#pragma once

#include "core/common/result.h"
#include "core/exchange/csvtable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>

namespace salesdesk {

// The spreadsheet files the import reads besides CSV: Excel's (Office Open XML, and the BIFF
// of Excel 97–2003) and OpenDocument's (LibreOffice, WPS).
enum class WorkbookKind { Xlsx, Xls, Ods };

struct SheetInfo
{
    QString name;
    bool hidden = false;
};

// Reads one sheet of a workbook into the table the CSV import reads, each cell as what it is:
// text as written; numbers in plain digits with '.' for decimals ("12400.5": no locale
// guessing); dates and times (Excel's serial numbers in the 1900 or 1904 date system, told
// from plain numbers by the cell's number format; OpenDocument's ISO values) as ISO
// "2026-03-01" or "2026-03-01T09:30:00"; booleans as "TRUE"/"FALSE"; a formula as its cached
// value. Rows with nothing in them are left out; the first row with something in it is the
// header; a merged range gives its value to every cell it covers. CsvTable::lines are the
// sheet's row numbers.
//
// .xlsx and .ods are read streaming and refused before reading when they would not fit: a part
// that unpacks to more than 1 GiB, or to more than 200 times its packed size beyond 64 MiB
// (a "zip bomb"); a document type declaration (entity expansion) is refused too. An .xls is
// read whole by FreeXL, after its sheets' declared sizes are checked. FreeXL reads neither
// which sheets are hidden nor merged ranges: in an .xls every sheet counts as visible, and a
// merged range's value stays in its first cell.
class WorkbookReader
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)

public:
    // What the file is, from its first bytes and its parts; nothing for text (CSV) files.
    static std::optional<WorkbookKind> kindOf(const QString &path);

    static Result<QList<SheetInfo>> sheets(const QString &path);

    // `sheet`: a sheet's name (any case), or its number among the visible sheets counting from
    // 1; empty: the first visible sheet that has a header row. A hidden sheet is read only
    // when named.
    // `cancel`, when given and set (from another thread), stops the reading within a few
    // hundred rows with an error saying so.
    static Result<CsvTable> read(const QString &path, const QString &sheet = {},
                                 const std::atomic_bool *cancel = nullptr);
    static Error cancelled();
};

// A CSV/TSV file or a workbook, whichever `path` is (the import's one door).
Result<CsvTable> readTableFile(const QString &path, TextEncoding encoding = TextEncoding::Auto,
                               const QString &sheet = {}, const std::atomic_bool *cancel = nullptr);

} // namespace salesdesk
