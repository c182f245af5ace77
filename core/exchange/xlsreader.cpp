// Reading Excel 97–2003 workbooks (.xls: BIFF records in an OLE compound file) through FreeXL,
// which runs in a process of its own, salesdesk-xls-reader (app/xlsreader): fuzzing found crafted
// files on which FreeXL 1.0.6 reads past its buffers (a converted string's length taken from the
// file unchecked). There such a file costs a refusal, never the program or its memory. The
// reader answers with codes and cell texts; the messages are written here.

#include "core/exchange/xlsreader.h"

#include "core/exchange/sheetcells.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>

#include <freexl.h>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::xls {

namespace {

using namespace sheetcells;

constexpr qint32 PasswordProtected = 1; // salesdesk-xls-reader's code besides FreeXL's
constexpr int QuietLimitMs = 60'000; // a reader that says nothing for this long is stopped

Error failure(const QString &path, qint32 code)
{
    const QString file = QFileInfo(path).fileName();
    switch (code) {
    case PasswordProtected:
        return Error::data(WorkbookReader::tr("“%1” is protected by a password: save it without "
                                              "one in Excel first.")
                                   .arg(file));
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

Error stoppedOn(const QString &path)
{
    return Error::data(WorkbookReader::tr("“%1” could not be read: the reader of .xls files "
                                          "stopped on it (a damaged file, or one made to do "
                                          "harm).")
                               .arg(QFileInfo(path).fileName()));
}

// Where salesdesk-xls-reader is: named by SALESDESK_XLS_READER (the tests), beside the program
// (a build tree), or in libexec (installed).
QString readerProgram()
{
    if (const QString named = qEnvironmentVariable("SALESDESK_XLS_READER"); !named.isEmpty()) {
        return named;
    }
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         {here.filePath(u"salesdesk-xls-reader"_s),
          here.filePath(u"../libexec/salesdesk/salesdesk-xls-reader"_s)}) {
        if (QFileInfo(candidate).isExecutable()) {
            return QDir::cleanPath(candidate);
        }
    }
    return {};
}

// Runs the reader with `arguments` and returns what it wrote; an error when it could not start,
// crashed, said nothing for a minute, or `cancel` was set.
Result<QByteArray> runReader(const QString &path, const QStringList &arguments,
                             const std::atomic_bool *cancel)
{
    const QString program = readerProgram();
    if (program.isEmpty()) {
        return Error::internal(WorkbookReader::tr("This installation cannot read .xls files: "
                                                  "its reader, salesdesk-xls-reader, is missing. "
                                                  "Save the workbook as .xlsx instead."));
    }
    QProcess reader;
    reader.setProcessChannelMode(QProcess::SeparateChannels);
    reader.setStandardErrorFile(QProcess::nullDevice());
    reader.start(program, arguments, QIODevice::ReadOnly);
    if (!reader.waitForStarted(30'000)) {
        return Error::internal(WorkbookReader::tr("Cannot start reading “%1”: %2")
                                       .arg(QFileInfo(path).fileName(), reader.errorString()));
    }
    QByteArray bytes;
    int quiet = 0;
    while (reader.state() != QProcess::NotRunning) {
        if (cancel && cancel->load()) {
            reader.kill();
            reader.waitForFinished(-1);
            return WorkbookReader::cancelled();
        }
        if (reader.waitForReadyRead(100)) {
            bytes += reader.readAllStandardOutput();
            quiet = 0;
        } else if (reader.state() != QProcess::NotRunning && (quiet += 100) >= QuietLimitMs) {
            reader.kill();
            reader.waitForFinished(-1);
            return stoppedOn(path);
        }
    }
    reader.waitForFinished(-1);
    bytes += reader.readAllStandardOutput();
    if (reader.exitStatus() != QProcess::NormalExit || reader.exitCode() != 0) {
        return stoppedOn(path);
    }
    return bytes;
}

struct SheetSize
{
    SheetInfo info;
    qint64 cells = 0;
};

// Runs the reader and reads the code its answer starts with: the rest of the answer, or the error
// the code stands for.
Result<QByteArray> answer(const QString &path, const QStringList &arguments,
                          const std::atomic_bool *cancel)
{
    auto bytes = runReader(path, arguments, cancel);
    if (!bytes) {
        return bytes.error();
    }
    QDataStream in(*bytes);
    in.setVersion(QDataStream::Qt_6_4);
    qint32 code = 0;
    in >> code;
    if (in.status() != QDataStream::Ok) {
        return stoppedOn(path);
    }
    if (code != 0) {
        return failure(path, code);
    }
    return bytes->mid(qsizetype(sizeof code));
}

Result<QList<SheetSize>> sheetSizes(const QString &path, const std::atomic_bool *cancel)
{
    auto bytes = answer(path, {u"sheets"_s, path}, cancel);
    if (!bytes) {
        return bytes.error();
    }
    QDataStream in(*bytes);
    in.setVersion(QDataStream::Qt_6_4);
    qint32 count = 0;
    in >> count;
    QList<SheetSize> sheets;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString name;
        quint32 rows = 0;
        quint16 columns = 0;
        in >> name >> rows >> columns;
        sheets.append({{name, false}, qint64(rows) * columns});
    }
    if (in.status() != QDataStream::Ok) {
        return stoppedOn(path);
    }
    if (sheets.isEmpty()) {
        return Error::data(
                WorkbookReader::tr("“%1” has no sheets.").arg(QFileInfo(path).fileName()));
    }
    return sheets;
}

} // namespace

Result<QList<SheetInfo>> sheets(const QString &path)
{
    auto sizes = sheetSizes(path, nullptr);
    if (!sizes) {
        return sizes.error();
    }
    QList<SheetInfo> list;
    for (const SheetSize &s : std::as_const(*sizes)) {
        list.append(s.info);
    }
    return list;
}

Result<CsvTable> read(const QString &path, const QString &wanted, const std::atomic_bool *cancel)
{
    const QString file = QFileInfo(path).fileName();
    auto sizes = sheetSizes(path, cancel);
    if (!sizes) {
        return sizes.error();
    }
    // FreeXL holds every sheet's cells once it opens the file: their declared sizes first.
    QList<SheetInfo> list;
    qint64 cells = 0;
    for (const SheetSize &s : std::as_const(*sizes)) {
        list.append(s.info);
        cells += s.cells;
    }
    if (cells > MaxCells) {
        return Error::data(WorkbookReader::tr("“%1” is refused: its sheets declare %2 cells, "
                                              "more than an import can take.")
                                   .arg(file, QLocale().toString(cells)));
    }
    return readChosenSheet(list, wanted, file, [&](qsizetype index) -> Result<CsvTable> {
        auto bytes = answer(path, {u"read"_s, path, QString::number(index)}, cancel);
        if (!bytes) {
            return bytes.error();
        }
        QDataStream in(*bytes);
        in.setVersion(QDataStream::Qt_6_4);
        quint32 rows = 0;
        in >> rows;
        SheetBuilder table;
        for (quint32 r = 0; r < rows; ++r) {
            QStringList row;
            in >> row;
            if (in.status() != QDataStream::Ok) {
                return stoppedOn(path);
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

} // namespace salesdesk::xls
