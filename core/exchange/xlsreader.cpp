// Reading Excel 97–2003 workbooks (.xls: BIFF records in an OLE compound file) through FreeXL.
//
// FreeXL is run in a child process: fuzzing found crafted files on which FreeXL 1.0.6 reads
// past its buffers (a converted string's length taken from the file unchecked). In a child, such
// a file costs a refusal, never the program or its memory.

#include "core/exchange/xlsreader.h"

#include "core/exchange/sheetcells.h"

#include <QDataStream>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <freexl.h>
#include <functional>
#include <memory>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

// Built with AddressSanitizer (GCC says so with a macro, Clang with __has_feature).
#if defined(__SANITIZE_ADDRESS__)
#define SALESDESK_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SALESDESK_ASAN 1
#endif
#endif
#ifdef SALESDESK_ASAN
#include <sanitizer/common_interface_defs.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

// How a table crosses from the reading child to the program.
static QDataStream &operator<<(QDataStream &out, const SheetInfo &s)
{
    return out << s.name << s.hidden;
}
static QDataStream &operator>>(QDataStream &in, SheetInfo &s)
{
    return in >> s.name >> s.hidden;
}
static QDataStream &operator<<(QDataStream &out, const CsvTable &t)
{
    return out << t.header << t.rows << t.lines << t.encoding << t.delimiter << t.sheet;
}
static QDataStream &operator>>(QDataStream &in, CsvTable &t)
{
    return in >> t.header >> t.rows >> t.lines >> t.encoding >> t.delimiter >> t.sheet;
}

namespace xls {

namespace {

using namespace sheetcells;

struct Closer
{
    void operator()(const void *handle) const { freexl_close(handle); }
};
using Handle = std::unique_ptr<const void, Closer>;

Error failure(const QString &path, int code)
{
    const QString file = QFileInfo(path).fileName();
    switch (code) {
    case FREEXL_FILE_NOT_FOUND:
        return Error::data(WorkbookReader::tr("“%1” cannot be opened.").arg(file));
    case FREEXL_INSUFFICIENT_MEMORY:
        return Error::data(WorkbookReader::tr("“%1” is too large to read in the memory this "
                                              "computer has free.")
                                   .arg(file));
    default:
        return Error::data(WorkbookReader::tr("“%1” is not an Excel workbook that can be read: "
                                              "it is damaged, or not what its name says "
                                              "(FreeXL error %2).")
                                   .arg(file)
                                   .arg(code));
    }
}

// Opens the workbook (`cells`: with its cells, else only its list of sheets).
Result<Handle> openFile(const QString &path, bool cells)
{
    const void *raw = nullptr;
    const QByteArray name = QFile::encodeName(path);
    const int code = cells ? freexl_open(name.constData(), &raw)
                           : freexl_open_info(name.constData(), &raw);
    Handle handle(raw); // closed even on failure, as FreeXL asks
    if (code != FREEXL_OK) {
        return failure(path, code);
    }
    unsigned int password = 0;
    if (freexl_get_info(raw, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK
        && password == FREEXL_BIFF_OBFUSCATED) {
        return Error::data(WorkbookReader::tr("“%1” is protected by a password: save it without "
                                              "one in Excel first.")
                                   .arg(QFileInfo(path).fileName()));
    }
    return handle;
}

// The sheets, and the cells they declare together.
Result<QList<SheetInfo>> sheetList(const void *handle, const QString &path, qint64 *cells)
{
    unsigned int count = 0;
    if (const int code = freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &count);
        code != FREEXL_OK) {
        return failure(path, code);
    }
    QList<SheetInfo> sheets;
    qint64 total = 0;
    for (unsigned int i = 0; i < count && i <= 0xFFFF; ++i) {
        const char *name = nullptr;
        if (const int code = freexl_get_worksheet_name(handle, i, &name); code != FREEXL_OK) {
            return failure(path, code);
        }
        sheets.append({QString::fromUtf8(name), false});
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_select_active_worksheet(handle, i) == FREEXL_OK
            && freexl_worksheet_dimensions(handle, &rows, &columns) == FREEXL_OK) {
            total += qint64(rows) * columns;
        }
    }
    if (sheets.isEmpty()) {
        return Error::data(
                WorkbookReader::tr("“%1” has no sheets.").arg(QFileInfo(path).fileName()));
    }
    if (cells) {
        *cells = total;
    }
    return sheets;
}

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

Result<QList<SheetInfo>> readSheets(const QString &path)
{
    auto handle = openFile(path, false);
    if (!handle) {
        return handle.error();
    }
    return sheetList(handle->get(), path, nullptr);
}

Result<CsvTable> readTable(const QString &path, const QString &wanted)
{
    const QString file = QFileInfo(path).fileName();
    QList<SheetInfo> list;
    {
        // FreeXL holds every sheet's cells once it opens the file: their declared sizes are
        // checked first, from its quick look.
        auto info = openFile(path, false);
        if (!info) {
            return info.error();
        }
        qint64 cells = 0;
        auto found = sheetList(info->get(), path, &cells);
        if (!found) {
            return found.error();
        }
        if (cells > MaxCells) {
            return Error::data(WorkbookReader::tr("“%1” is refused: its sheets declare %2 cells, "
                                                  "more than an import can take.")
                                       .arg(file, QLocale().toString(cells)));
        }
        list = *found;
    }
    auto handle = openFile(path, true);
    if (!handle) {
        return handle.error();
    }
    const void *xls = handle->get();
    return readChosenSheet(list, wanted, file, [&](qsizetype index) -> Result<CsvTable> {
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (const int code = freexl_select_active_worksheet(xls, (unsigned short)index);
            code != FREEXL_OK) {
            return failure(path, code);
        }
        if (const int code = freexl_worksheet_dimensions(xls, &rows, &columns); code != FREEXL_OK) {
            return failure(path, code);
        }
        SheetBuilder table;
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
            if (!table.addRow(int(r) + 1, std::move(row))) {
                return Error::data(u"“%1”: %2."_s.arg(file, SheetBuilder::tooManyCells()));
            }
        }
        auto result = table.finish(file, list[index].name);
        if (result) {
            result->encoding = WorkbookReader::tr("Excel 97–2003 workbook, sheet “%1”")
                                       .arg(list[index].name);
        }
        return result;
    });
}

// What a child sends back: whether it worked, then the error or the value.
template<typename T>
QByteArray pack(const Result<T> &result)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << result.ok();
    if (result.ok()) {
        out << *result;
    } else {
        out << int(result.error().kind) << result.message();
    }
    return bytes;
}

template<typename T>
Result<T> unpack(const QByteArray &bytes, const QString &path)
{
    QDataStream in(bytes);
    bool ok = false;
    in >> ok;
    if (!ok) {
        int kind = 0;
        QString message;
        in >> kind >> message;
        if (in.status() == QDataStream::Ok) {
            return Error {Error::Kind(kind), message};
        }
    } else {
        T value;
        in >> value;
        if (in.status() == QDataStream::Ok) {
            return value;
        }
    }
    return Error::data(WorkbookReader::tr("“%1” could not be read: the reader of .xls files "
                                          "stopped on it (a damaged file, or one made to do "
                                          "harm).")
                               .arg(QFileInfo(path).fileName()));
}

// Runs `work` in a child process and returns what it packed; an error when the child crashed,
// or gave no sign of life for a minute.
template<typename T>
Result<T> isolated(const QString &path, const std::function<Result<T>()> &work,
                   const std::atomic_bool *cancel = nullptr)
{
    int pipeEnds[2];
    if (pipe(pipeEnds) != 0) {
        return Error::internal(
                WorkbookReader::tr("Cannot start reading “%1”: %2")
                        .arg(QFileInfo(path).fileName(), QString::fromLocal8Bit(strerror(errno))));
    }
    const pid_t child = fork();
    if (child < 0) {
        close(pipeEnds[0]);
        close(pipeEnds[1]);
        return Error::internal(
                WorkbookReader::tr("Cannot start reading “%1”: %2")
                        .arg(QFileInfo(path).fileName(), QString::fromLocal8Bit(strerror(errno))));
    }
    if (child == 0) {
        close(pipeEnds[0]);
        // What goes wrong in here is the parent's to report: no messages of the child's own,
        // and none of a sanitizer's or fuzzer's crash handling, which would take the child's
        // end for the program's.
        if (const int null = open("/dev/null", O_WRONLY); null >= 0) {
            dup2(null, STDERR_FILENO);
        }
        for (const int sig : {SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL}) {
            signal(sig, SIG_DFL);
        }
#ifdef SALESDESK_ASAN
        __sanitizer_set_death_callback(nullptr);
#endif
        const QByteArray bytes = pack(work());
        qsizetype written = 0;
        while (written < bytes.size()) {
            const ssize_t n = ::write(pipeEnds[1], bytes.constData() + written,
                                      size_t(bytes.size() - written));
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                _exit(1);
            }
            written += n;
        }
        _exit(0); // no atexit handlers, no Qt teardown: they belong to the parent
    }
    close(pipeEnds[1]);
    QByteArray bytes;
    bool stalled = false;
    bool stopped = false;
    int quiet = 0; // tenths of a second without a byte from the child
    char buffer[1 << 16];
    for (;;) {
        if (cancel && cancel->load()) {
            stopped = true;
            kill(child, SIGKILL);
            break;
        }
        pollfd fd {pipeEnds[0], POLLIN, 0};
        const int ready = poll(&fd, 1, 100);
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        if (ready == 0) {
            if (++quiet < 600) {
                continue;
            }
            stalled = true;
            kill(child, SIGKILL);
            break;
        }
        quiet = 0;
        const ssize_t n = ::read(pipeEnds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        bytes.append(buffer, n);
    }
    close(pipeEnds[0]);
    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) { }
    if (stopped) {
        return WorkbookReader::cancelled();
    }
    if (stalled || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        return unpack<T>({}, path); // says the reader stopped on the file
    }
    return unpack<T>(bytes, path);
}

} // namespace

Result<QList<SheetInfo>> sheets(const QString &path)
{
    return isolated<QList<SheetInfo>>(path, [&] { return readSheets(path); });
}

Result<CsvTable> read(const QString &path, const QString &wanted, const std::atomic_bool *cancel)
{
    return isolated<CsvTable>(
            path, [&] { return readTable(path, wanted); }, cancel);
}

} // namespace xls

} // namespace salesdesk
