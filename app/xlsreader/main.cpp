// salesdesk-xls-reader: reads an Excel 97–2003 workbook (.xls) through FreeXL in a process of
// its own, for the import (core/exchange/xlsreader.cpp). Fuzzing found crafted files on which
// FreeXL 1.0.6 reads past its buffers; here such a file ends this process, never the program's.
//
//   salesdesk-xls-reader sheets FILE     its sheets and their declared sizes
//   salesdesk-xls-reader read FILE N     the cells of sheet N (from 0) as the import reads them
//
// The answer goes to stdout as a QDataStream: a code (0, FreeXL's error code, or 1 for a
// password-protected file), then for `sheets` each sheet's name, rows and columns, for `read`
// each row's texts. Messages are the program's to write, in the user's language.

#include "core/exchange/sheetcells.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDateTime>
#include <QFile>

#include <cstdio>
#include <freexl.h>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace salesdesk::sheetcells;

namespace {

constexpr qint32 PasswordProtected = 1;

struct Closer
{
    void operator()(const void *handle) const { freexl_close(handle); }
};
using Handle = std::unique_ptr<const void, Closer>;

// The cell as the import reads it (see WorkbookReader).
QString cellText(const FreeXL_CellValue &cell)
{
    switch (cell.type) {
    case FREEXL_CELL_INT:
        return QString::number(cell.value.int_value);
    case FREEXL_CELL_DOUBLE:
        return numberText(cell.value.double_value);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE: // "2026-03-01"
    case FREEXL_CELL_TIME: // "09:30:00"
        return QString::fromUtf8(cell.value.text_value);
    case FREEXL_CELL_DATETIME: { // "2026-03-01 09:30:00"
        const QString text = QString::fromUtf8(cell.value.text_value);
        const QDateTime at = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
        return at.isValid() ? dateTimeText(at.date(), at.time().msecsSinceStartOfDay() / 1000, true)
                            : text;
    }
    default:
        return {};
    }
}

// Opens the file (`cells`: with its cells, else FreeXL's quick look); the code to answer.
qint32 open(const QByteArray &path, bool cells, Handle &handle)
{
    const void *raw = nullptr;
    const int code = cells ? freexl_open(path.constData(), &raw)
                           : freexl_open_info(path.constData(), &raw);
    handle.reset(raw); // closed even on failure, as FreeXL asks
    if (code != FREEXL_OK) {
        return code;
    }
    unsigned int password = 0;
    if (freexl_get_info(raw, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK
        && password == FREEXL_BIFF_OBFUSCATED) {
        return PasswordProtected;
    }
    return 0;
}

void sheets(const QByteArray &path, QDataStream &out)
{
    Handle handle;
    if (const qint32 code = open(path, false, handle); code != 0) {
        out << code;
        return;
    }
    unsigned int count = 0;
    if (const int code = freexl_get_info(handle.get(), FREEXL_BIFF_SHEET_COUNT, &count);
        code != FREEXL_OK) {
        out << qint32(code);
        return;
    }
    count = std::min(count, 0xFFFFu);
    QList<std::tuple<QString, quint32, quint16>> list;
    for (unsigned int i = 0; i < count; ++i) {
        const char *name = nullptr;
        if (const int code = freexl_get_worksheet_name(handle.get(), (unsigned short)i, &name);
            code != FREEXL_OK) {
            out << qint32(code);
            return;
        }
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_select_active_worksheet(handle.get(), (unsigned short)i) != FREEXL_OK
            || freexl_worksheet_dimensions(handle.get(), &rows, &columns) != FREEXL_OK) {
            rows = 0;
            columns = 0;
        }
        list.append({QString::fromUtf8(name), rows, columns});
    }
    out << qint32(0) << qint32(list.size());
    for (const auto &[name, rows, columns] : list) {
        out << name << rows << columns;
    }
}

void read(const QByteArray &path, int index, QDataStream &out)
{
    Handle handle;
    if (const qint32 code = open(path, true, handle); code != 0) {
        out << code;
        return;
    }
    const void *xls = handle.get();
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (const int code = freexl_select_active_worksheet(xls, (unsigned short)index);
        code != FREEXL_OK) {
        out << qint32(code);
        return;
    }
    if (const int code = freexl_worksheet_dimensions(xls, &rows, &columns); code != FREEXL_OK) {
        out << qint32(code);
        return;
    }
    out << qint32(0) << quint32(rows);
    for (unsigned int r = 0; r < rows; ++r) {
        QStringList row;
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue cell {};
            if (freexl_get_cell_value(xls, r, c, &cell) != FREEXL_OK) {
                continue;
            }
            if (const QString text = cellText(cell); !text.isEmpty()) {
                row.resize(c + 1);
                row[c] = text;
            }
        }
        out << row;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
        return 3;
    }
    QDataStream out(&stdoutFile);
    out.setVersion(QDataStream::Qt_6_4);
    if (args.size() == 3 && args[1] == "sheets"_L1) {
        sheets(QFile::encodeName(args[2]), out);
    } else if (args.size() == 4 && args[1] == "read"_L1) {
        read(QFile::encodeName(args[2]), args[3].toInt(), out);
    } else {
        std::fprintf(stderr, "usage: salesdesk-xls-reader sheets FILE | read FILE N\n");
        return 1;
    }
    return out.status() == QDataStream::Ok && stdoutFile.flush() ? 0 : 3;
}
