#include "core/exchange/workbookreader.h"

#include "core/exchange/xlsxreader.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

std::optional<WorkbookKind> WorkbookReader::kindOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QByteArray head = file.read(4);
    if (head == QByteArrayLiteral("PK\x03\x04")) {
        return WorkbookKind::Xlsx;
    }
    return std::nullopt;
}

Result<QList<SheetInfo>> WorkbookReader::sheets(const QString &path)
{
    return xlsx::sheets(path);
}

Result<CsvTable> WorkbookReader::read(const QString &path, const QString &sheet)
{
    if (const QFileInfo info(path); info.exists() && !info.isFile()) {
        return Error::data(
                CsvText::tr("“%1” is not a file but a folder, a pipe or a device.").arg(path));
    }
    return xlsx::read(path, sheet);
}

Result<CsvTable> readTableFile(const QString &path, TextEncoding encoding, const QString &sheet)
{
    if (WorkbookReader::kindOf(path)) {
        return WorkbookReader::read(path, sheet);
    }
    if (!sheet.isEmpty()) {
        return Error::user(WorkbookReader::tr("“%1” is a text file, not a workbook: it has no "
                                              "sheets to choose from.")
                                   .arg(QFileInfo(path).fileName()));
    }
    return readCsvFile(path, encoding);
}

} // namespace salesdesk
