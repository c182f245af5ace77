#pragma once

#include "core/common/result.h"
#include "core/report/reportdocument.h"

namespace salesdesk {

// The quarterly report as an Excel workbook: the summary sheet first, then a sheet per section;
// numbers as numbers (money in the currency's format, percentages as %, dates as dates), the
// first table's header frozen, columns as wide as their contents, and a native chart beside the
// numbers of each of the report's charts. Written in one step: never half a file.
Status writeReportWorkbook(const ReportDocument &doc, const QString &path);

} // namespace salesdesk
