#pragma once

#include "core/exchange/workbookreader.h"

// Office Open XML workbooks (.xlsx), for WorkbookReader.
namespace salesdesk::xlsx {

Result<QList<SheetInfo>> sheets(const QString &path);
Result<CsvTable> read(const QString &path, const QString &sheet,
                      const std::atomic_bool *cancel = nullptr);

} // namespace salesdesk::xlsx
