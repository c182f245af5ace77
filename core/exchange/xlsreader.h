#pragma once

#include "core/exchange/workbookreader.h"

// Excel 97–2003 workbooks (.xls, BIFF), through FreeXL, for WorkbookReader.
namespace salesdesk::xls {

Result<QList<SheetInfo>> sheets(const QString &path);
Result<CsvTable> read(const QString &path, const QString &sheet,
                      const std::atomic_bool *cancel = nullptr);

} // namespace salesdesk::xls
