#include "core/exchange/workbookreader.h"

#include "core/exchange/odsreader.h"
#include "core/exchange/xlsreader.h"
#include "core/exchange/xlsxreader.h"
#include "core/exchange/ziparchive.h"

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
    const QByteArray head = file.read(8);
    if (head == QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        return WorkbookKind::Xls; // an OLE compound file, as Excel 97–2003 writes
    }
    if (!head.startsWith(QByteArrayLiteral("PK\x03\x04"))) {
        return std::nullopt;
    }
    // A zip: OpenDocument names itself in its first part, "mimetype"; anything else is read
    // as Office Open XML (and says what is missing when it is not).
    file.close();
    zip::Archive archive;
    if (archive.open(path) && archive.contains(u"content.xml"_s)
        && !archive.contains(u"xl/workbook.xml"_s)) {
        return WorkbookKind::Ods;
    }
    return WorkbookKind::Xlsx;
}

Result<QList<SheetInfo>> WorkbookReader::sheets(const QString &path)
{
    switch (kindOf(path).value_or(WorkbookKind::Xlsx)) {
    case WorkbookKind::Xls:
        return xls::sheets(path);
    case WorkbookKind::Ods:
        return ods::sheets(path);
    case WorkbookKind::Xlsx:
        break;
    }
    return xlsx::sheets(path);
}

Error WorkbookReader::cancelled()
{
    return Error::user(tr("Reading the file was cancelled."));
}

namespace {

// The reader of the kind a file was found to be (told once: for a zip, that opens it).
Result<CsvTable> readAs(WorkbookKind kind, const QString &path, const QString &sheet,
                        const std::atomic_bool *cancel)
{
    switch (kind) {
    case WorkbookKind::Xls:
        return xls::read(path, sheet, cancel);
    case WorkbookKind::Ods:
        return ods::read(path, sheet, cancel);
    case WorkbookKind::Xlsx:
        break;
    }
    return xlsx::read(path, sheet, cancel);
}

} // namespace

Result<CsvTable> WorkbookReader::read(const QString &path, const QString &sheet,
                                      const std::atomic_bool *cancel)
{
    if (const QFileInfo info(path); info.exists() && !info.isFile()) {
        return Error::data(
                CsvText::tr("“%1” is not a file but a folder, a pipe or a device.").arg(path));
    }
    return readAs(kindOf(path).value_or(WorkbookKind::Xlsx), path, sheet, cancel);
}

Result<CsvTable> readTableFile(const QString &path, TextEncoding encoding, const QString &sheet,
                               const std::atomic_bool *cancel)
{
    if (const auto kind = WorkbookReader::kindOf(path)) {
        return readAs(*kind, path, sheet, cancel);
    }
    if (!sheet.isEmpty()) {
        return Error::user(WorkbookReader::tr("“%1” is a text file, not a workbook: it has no "
                                              "sheets to choose from.")
                                   .arg(QFileInfo(path).fileName()));
    }
    return readCsvFile(path, encoding);
}

} // namespace salesdesk
