// libFuzzer target: any bytes as a workbook file (.xlsx, .ods or .xls, told by its first bytes
// as the import tells them), its sheets listed and its first sheet with a header read as the
// import reads it.

#include "core/exchange/columns.h"
#include "core/exchange/workbookreader.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace salesdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // minizip and FreeXL read files: each input is written to the same one. The .xls reader is a
    // program of its own, built beside salesdesk.
    static const bool named = qputenv("SALESDESK_XLS_READER", SALESDESK_XLS_READER_PATH);
    Q_UNUSED(named);
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("fuzz.workbook"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size)) {
            qFatal("cannot write the fuzzing input to %s", qPrintable(path));
        }
    }
    if (!WorkbookReader::kindOf(path)) {
        return 0;
    }
    (void)WorkbookReader::sheets(path);
    auto table = WorkbookReader::read(path);
    if (table) {
        (void)ImportColumns::guessEntity(table->header);
        (void)WorkbookReader::read(path, QStringLiteral("2"));
    }
    return 0;
}
