#pragma once

#include "core/exchange/workbookreader.h"

// OpenDocument spreadsheets (.ods), for WorkbookReader.
namespace salesdesk::ods {

Result<QList<SheetInfo>> sheets(const QString &path);
Result<CsvTable> read(const QString &path, const QString &sheet,
                      const std::atomic_bool *cancel = nullptr);

} // namespace salesdesk::ods
