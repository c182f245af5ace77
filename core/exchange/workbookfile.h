#pragma once

#include "core/common/result.h"

#include <QString>

#include <functional>

struct lxw_workbook;

namespace salesdesk {

// Writes an XLSX workbook with libxlsxwriter without ever leaving half a file under the user's
// name: `fill` adds the sheets to a workbook written next to `path`, which then replaces it in
// one step (QSaveFile). A failure, or `fill` returning an error, leaves `path` as it was.
Status writeWorkbook(const QString &path, bool constantMemory,
                     const std::function<Status(lxw_workbook *)> &fill);

// Whether `zip` is a whole zip file: its end record found, and the central directory it
// points to ending right before it (a file cut short by a full disk is not).
bool isCompleteZip(const QByteArray &zip);

// A name Excel takes for a sheet: at most 31 characters, none of []:*?/\ .
QString sheetName(const QString &wanted);

} // namespace salesdesk
