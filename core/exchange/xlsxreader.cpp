// Reading Office Open XML workbooks (.xlsx): a zip of XML parts, read with minizip and Qt's
// streaming XML reader (ECMA-376 Part 1, SpreadsheetML).

#include "core/exchange/xlsxreader.h"

#include "core/exchange/sheetcells.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QLocale>
#include <QXmlStreamReader>

#include <cmath>
#include <limits>
#include <memory>
#include <minizip/unzip.h>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

using namespace sheetcells;

constexpr quint64 MaxPartBytes = quint64(1) << 30;
constexpr quint64 BombFloorBytes = quint64(64) << 20;
constexpr quint64 BombRatio = 200;
// Cells held for the import (rows × the widest row): 10 million is a 100,000-row sheet of 100
// columns; a hostile sheet of values far to the right on every row would take gigabytes.
constexpr qint64 MaxCells = 10'000'000;

struct ZipCloser
{
    void operator()(void *zip) const { unzClose(zip); }
};
using ZipHandle = std::unique_ptr<void, ZipCloser>;

// One part of the zip, read as it is inflated, never past the size its entry declares.
class ZipPart : public QIODevice
{
public:
    ZipPart(unzFile zip, quint64 size)
        : m_zip(zip)
        , m_size(size)
    { }
    ~ZipPart() override
    {
        if (isOpen()) {
            unzCloseCurrentFile(m_zip);
        }
    }
    bool isSequential() const override { return true; }
    bool open(OpenMode mode) override
    {
        return unzOpenCurrentFile(m_zip) == UNZ_OK && QIODevice::open(mode);
    }
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 want = std::min<qint64>(maxSize, 1 << 20);
        const int got = unzReadCurrentFile(m_zip, data, unsigned(want));
        if (got < 0) {
            m_failed = true;
            return -1;
        }
        m_read += quint64(got);
        if (m_read > m_size) {
            m_failed = true; // more than it said: a lie, or a bomb
            return -1;
        }
        return got;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    unzFile m_zip;
    quint64 m_size;
    quint64 m_read = 0;
    bool m_failed = false;
};

struct Part
{
    unz64_file_pos position {};
    quint64 size = 0;
};

// The raw cell as SpreadsheetML writes it.
struct RawCell
{
    int column = 0;
    QString type; // t: s, str, inlineStr, b, e, n (or none), d
    int style = -1;
    QString value; // <v>, or the inline string
};

class XlsxFile
{
public:
    Status open(const QString &path);
    Result<QList<SheetInfo>> sheets();
    Result<CsvTable> read(const QString &wanted);

private:
    struct Sheet
    {
        SheetInfo info;
        QString part;
    };
    // Opens a part for streaming; nullptr with `error` set when it is missing or unreadable.
    std::unique_ptr<ZipPart> part(const QString &name, bool required, Status &error);
    Status readWorkbook();
    Status readSharedStrings();
    Status readStyles();
    Result<CsvTable> readSheet(const Sheet &sheet, bool headerWanted);
    Status xmlError(const QXmlStreamReader &xml, const ZipPart &device, const QString &part) const;

    QString m_path;
    ZipHandle m_zip;
    QHash<QString, Part> m_parts; // by lower-case name
    QList<Sheet> m_sheets;
    bool m_date1904 = false;
    QStringList m_strings;
    QList<bool> m_dateStyles; // by cellXfs index
    bool m_read = false;
};

Status XlsxFile::open(const QString &path)
{
    m_path = path;
    m_zip.reset(unzOpen64(QFile::encodeName(path).constData()));
    if (!m_zip) {
        return Error::data(WorkbookReader::tr("“%1” is not a workbook that can be read (not a "
                                              "zip file).")
                                   .arg(QFileInfo(path).fileName()));
    }
    unzFile zip = m_zip.get();
    for (int at = unzGoToFirstFile(zip); at == UNZ_OK; at = unzGoToNextFile(zip)) {
        unz_file_info64 info {};
        char name[512];
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0)
            != UNZ_OK) {
            return Error::data(WorkbookReader::tr("“%1” is damaged: its list of parts cannot be "
                                                  "read.")
                                       .arg(QFileInfo(path).fileName()));
        }
        const quint64 size = info.uncompressed_size;
        const quint64 packed = std::max<quint64>(info.compressed_size, 1);
        if (size > MaxPartBytes || (size > BombFloorBytes && size / packed > BombRatio)) {
            return Error::data(WorkbookReader::tr("“%1” is refused: its part “%2” would unpack "
                                                  "to %3 MB from %4 KB, more than a real "
                                                  "workbook holds.")
                                       .arg(QFileInfo(path).fileName(), QString::fromUtf8(name))
                                       .arg(size >> 20)
                                       .arg(info.compressed_size >> 10));
        }
        Part part;
        part.size = size;
        unzGetFilePos64(zip, &part.position);
        m_parts.insert(QString::fromUtf8(name).toLower(), part);
    }
    return {};
}

std::unique_ptr<ZipPart> XlsxFile::part(const QString &name, bool required, Status &error)
{
    const auto it = m_parts.constFind(name.toLower());
    if (it == m_parts.cend()) {
        if (required) {
            error = Error::data(WorkbookReader::tr("“%1” is not a complete workbook: its part "
                                                   "“%2” is missing.")
                                        .arg(QFileInfo(m_path).fileName(), name));
        }
        return nullptr;
    }
    unz64_file_pos position = it->position;
    auto device = std::make_unique<ZipPart>(m_zip.get(), it->size);
    if (unzGoToFilePos64(m_zip.get(), &position) != UNZ_OK || !device->open(QIODevice::ReadOnly)) {
        error = Error::data(WorkbookReader::tr("“%1” is damaged: its part “%2” cannot be read.")
                                    .arg(QFileInfo(m_path).fileName(), name));
        return nullptr;
    }
    return device;
}

Status XlsxFile::xmlError(const QXmlStreamReader &xml, const ZipPart &device,
                          const QString &part) const
{
    if (device.failed()) {
        return Error::data(WorkbookReader::tr("“%1” is damaged: its part “%2” cannot be "
                                              "unpacked.")
                                   .arg(QFileInfo(m_path).fileName(), part));
    }
    return Error::data(WorkbookReader::tr("“%1” is damaged: %2 (part “%3”, line %4).")
                               .arg(QFileInfo(m_path).fileName(), xml.errorString(), part)
                               .arg(xml.lineNumber()));
}

// Every reader refuses a document type declaration: no workbook has one, and its entities are
// how an XML file is made to swell.
void refuseDtd(QXmlStreamReader &xml)
{
    if (xml.tokenType() == QXmlStreamReader::DTD) {
        xml.raiseError(WorkbookReader::tr("it declares a document type, which no workbook does"));
    }
}

Status XlsxFile::readWorkbook()
{
    Status error;
    // The relationships say which part each sheet is.
    QHash<QString, QString> targets;
    if (auto rels = part(u"xl/_rels/workbook.xml.rels"_s, true, error)) {
        QXmlStreamReader xml(rels.get());
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement
                && xml.name() == "Relationship"_L1) {
                const auto a = xml.attributes();
                QString target = a.value("Target"_L1).toString();
                target = target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
                targets.insert(a.value("Id"_L1).toString(), target);
            }
            refuseDtd(xml);
        }
        if (xml.hasError()) {
            return xmlError(xml, *rels, u"xl/_rels/workbook.xml.rels"_s);
        }
    } else {
        return error;
    }
    auto workbook = part(u"xl/workbook.xml"_s, true, error);
    if (!workbook) {
        return error;
    }
    QXmlStreamReader xml(workbook.get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            refuseDtd(xml);
            continue;
        }
        const auto a = xml.attributes();
        if (xml.name() == "workbookPr"_L1) {
            const auto v = a.value("date1904"_L1);
            m_date1904 = v == "1"_L1 || v == "true"_L1;
        } else if (xml.name() == "sheet"_L1) {
            Sheet sheet;
            sheet.info.name = a.value("name"_L1).toString();
            sheet.info.hidden
                    = !a.value("state"_L1).isEmpty() && a.value("state"_L1) != "visible"_L1;
            for (const auto &attribute : a) {
                if (attribute.name() == "id"_L1) { // r:id, whatever the prefix
                    sheet.part = targets.value(attribute.value().toString());
                }
            }
            if (!sheet.part.isEmpty()) {
                m_sheets.append(sheet);
            }
        }
    }
    if (xml.hasError()) {
        return xmlError(xml, *workbook, u"xl/workbook.xml"_s);
    }
    if (m_sheets.isEmpty()) {
        return Error::data(
                WorkbookReader::tr("“%1” has no sheets.").arg(QFileInfo(m_path).fileName()));
    }
    return {};
}

Status XlsxFile::readSharedStrings()
{
    Status error;
    auto strings = part(u"xl/sharedStrings.xml"_s, false, error);
    if (!strings) {
        return error; // none: a workbook of numbers, or of inline strings
    }
    QXmlStreamReader xml(strings.get());
    QString current;
    int inPhonetic = 0; // <rPh>: the reading of East Asian text, not the text
    bool inText = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == "si"_L1) {
                current.clear();
            } else if (xml.name() == "rPh"_L1) {
                ++inPhonetic;
            } else if (xml.name() == "t"_L1) {
                inText = inPhonetic == 0;
            }
            break;
        case QXmlStreamReader::EndElement:
            if (xml.name() == "si"_L1) {
                m_strings.append(current);
            } else if (xml.name() == "rPh"_L1) {
                --inPhonetic;
            } else if (xml.name() == "t"_L1) {
                inText = false;
            }
            break;
        case QXmlStreamReader::Characters:
            if (inText) {
                current += xml.text();
            }
            break;
        default:
            refuseDtd(xml);
            break;
        }
    }
    return xml.hasError() ? xmlError(xml, *strings, u"xl/sharedStrings.xml"_s) : Status();
}

Status XlsxFile::readStyles()
{
    Status error;
    auto styles = part(u"xl/styles.xml"_s, false, error);
    if (!styles) {
        return error;
    }
    QXmlStreamReader xml(styles.get());
    QHash<int, bool> customDate; // numFmtId → is a date
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == "cellXfs"_L1) {
            inCellXfs = false;
        }
        if (token != QXmlStreamReader::StartElement) {
            refuseDtd(xml);
            continue;
        }
        const auto a = xml.attributes();
        if (xml.name() == "numFmt"_L1) {
            customDate.insert(a.value("numFmtId"_L1).toInt(),
                              isDateFormat(a.value("formatCode"_L1).toString()));
        } else if (xml.name() == "cellXfs"_L1) {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == "xf"_L1) {
            const int id = a.value("numFmtId"_L1).toInt();
            m_dateStyles.append(customDate.contains(id) ? customDate.value(id)
                                                        : isBuiltInDateFormat(id));
        }
    }
    return xml.hasError() ? xmlError(xml, *styles, u"xl/styles.xml"_s) : Status();
}

Result<QList<SheetInfo>> XlsxFile::sheets()
{
    if (!m_read) {
        if (auto st = readWorkbook(); !st) {
            return st.error();
        }
        m_read = true;
    }
    QList<SheetInfo> out;
    for (const Sheet &s : std::as_const(m_sheets)) {
        out.append(s.info);
    }
    return out;
}

Result<CsvTable> XlsxFile::read(const QString &wanted)
{
    if (auto list = sheets(); !list) {
        return list.error();
    }
    if (auto st = readSharedStrings(); !st) {
        return st.error();
    }
    if (auto st = readStyles(); !st) {
        return st.error();
    }
    const QString file = QFileInfo(m_path).fileName();
    if (!wanted.isEmpty()) {
        const Sheet *chosen = nullptr;
        for (const Sheet &s : std::as_const(m_sheets)) {
            if (s.info.name.compare(wanted, Qt::CaseInsensitive) == 0) {
                chosen = &s;
            }
        }
        bool isNumber = false;
        const int number = wanted.toInt(&isNumber);
        if (!chosen && isNumber) {
            int visible = 0;
            for (const Sheet &s : std::as_const(m_sheets)) {
                if (!s.info.hidden && ++visible == number) {
                    chosen = &s;
                    break;
                }
            }
        }
        if (!chosen) {
            QStringList names;
            for (const Sheet &s : std::as_const(m_sheets)) {
                if (!s.info.hidden) {
                    names.append(u"“%1”"_s.arg(s.info.name));
                }
            }
            return Error::user(WorkbookReader::tr("“%1” has no sheet “%2”; its sheets: %3.")
                                       .arg(file, wanted, names.join(u", "_s)));
        }
        return readSheet(*chosen, true);
    }
    for (const Sheet &s : std::as_const(m_sheets)) {
        if (s.info.hidden) {
            continue;
        }
        auto table = readSheet(s, false);
        if (!table || !table->header.isEmpty()) {
            return table;
        }
    }
    return Error::data(WorkbookReader::tr("“%1” has no sheet with a header row.").arg(file));
}

Result<CsvTable> XlsxFile::readSheet(const Sheet &sheet, bool headerWanted)
{
    Status error;
    auto device = part(sheet.part, true, error);
    if (!device) {
        return error.error();
    }
    CsvTable table;
    table.encoding = WorkbookReader::tr("Excel workbook, sheet “%1”").arg(sheet.info.name);
    table.sheet = sheet.info.name;
    QHash<int, int> rowAt; // sheet row → index in table.rows (the header: -1)
    struct Merge
    {
        int firstColumn, firstRow, lastColumn, lastRow;
    };
    QList<Merge> merges;

    QXmlStreamReader xml(device.get());
    QStringList row;
    int rowNumber = 0;
    int nextColumn = 0;
    RawCell cell;
    bool inCell = false;
    bool inValue = false; // <v>, or <t> of an inline string
    int inPhonetic = 0;

    const auto cellText = [this](const RawCell &c) -> QString {
        if (c.type == "s"_L1) {
            bool ok = false;
            const int index = c.value.toInt(&ok);
            return ok && index >= 0 && index < m_strings.size() ? m_strings[index] : QString();
        }
        if (c.type == "str"_L1 || c.type == "inlineStr"_L1) {
            return c.value;
        }
        if (c.type == "b"_L1) {
            return c.value.trimmed() == "1"_L1 ? u"TRUE"_s : u"FALSE"_s;
        }
        if (c.type == "e"_L1) {
            return {}; // #N/A, #DIV/0!: no value
        }
        if (c.type == "d"_L1) {
            return c.value.trimmed(); // an ISO 8601 date written as such
        }
        bool ok = false;
        const double number = c.value.trimmed().toDouble(&ok);
        if (!ok) {
            return c.value.trimmed();
        }
        const bool date = c.style >= 0 && c.style < m_dateStyles.size() && m_dateStyles[c.style];
        return date ? serialText(number, m_date1904) : numberText(number);
    };
    qint64 width = 0; // of the widest row
    const auto tooLarge = [&](qint64 rows, qint64 columns) {
        return rows * columns > MaxCells;
    };
    const auto endRow = [&] {
        while (!row.isEmpty() && row.last().isEmpty()) {
            row.removeLast();
        }
        if (row.isEmpty()) {
            return; // nothing in it: left out
        }
        width = std::max<qint64>(width, row.size());
        if (tooLarge(table.rows.size() + 1, width)) {
            xml.raiseError(WorkbookReader::tr("the sheet holds more than %1 cells, more than "
                                              "an import can take")
                                   .arg(QLocale().toString(MaxCells)));
            return;
        }
        if (table.header.isEmpty()) {
            table.header = row;
            rowAt.insert(rowNumber, -1);
        } else {
            rowAt.insert(rowNumber, int(table.rows.size()));
            table.rows.append(row);
            table.lines.append(rowNumber);
        }
    };

    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            const auto name = xml.name();
            const auto a = xml.attributes();
            if (name == "row"_L1) {
                row.clear();
                nextColumn = 0;
                const int r = a.value("r"_L1).toInt();
                rowNumber = r > 0 ? r : rowNumber + 1;
                if (rowNumber > MaxRows) {
                    xml.raiseError(WorkbookReader::tr("row %1 is beyond the last row a sheet "
                                                      "can have")
                                           .arg(rowNumber));
                }
            } else if (name == "c"_L1) {
                cell = RawCell();
                cell.column = nextColumn;
                if (const auto ref = a.value("r"_L1); !ref.isEmpty()) {
                    const auto [column, r] = cellReference(ref);
                    if (column < 0) {
                        xml.raiseError(WorkbookReader::tr("“%1” is no cell").arg(ref));
                        break;
                    }
                    cell.column = column;
                }
                cell.type = a.value("t"_L1).toString();
                bool ok = false;
                const int style = a.value("s"_L1).toInt(&ok);
                cell.style = ok ? style : -1;
                inCell = true;
            } else if (inCell && name == "rPh"_L1) {
                ++inPhonetic;
            } else if (inCell && (name == "v"_L1 || (name == "t"_L1 && inPhonetic == 0))) {
                inValue = true;
            } else if (name == "mergeCell"_L1) {
                const QStringView ref = a.value("ref"_L1);
                const qsizetype colon = ref.indexOf(u':');
                if (colon > 0) {
                    const auto [c1, r1] = cellReference(ref.left(colon));
                    const auto [c2, r2] = cellReference(ref.mid(colon + 1));
                    if (c1 >= 0 && c2 >= 0) {
                        merges.append({c1, r1, c2, r2});
                    }
                }
            }
            break;
        }
        case QXmlStreamReader::EndElement: {
            const auto name = xml.name();
            if (name == "v"_L1 || name == "t"_L1) {
                inValue = false;
            } else if (name == "rPh"_L1) {
                --inPhonetic;
            } else if (name == "c"_L1) {
                inCell = false;
                const QString text = cellText(cell);
                if (!text.isEmpty()) {
                    if (row.size() <= cell.column) {
                        row.resize(cell.column + 1);
                    }
                    row[cell.column] = text;
                }
                nextColumn = cell.column + 1;
            } else if (name == "row"_L1) {
                endRow();
            } else if (name == "sheetData"_L1 && headerWanted && table.header.isEmpty()) {
                return Error::data(WorkbookReader::tr("The sheet “%1” of “%2” is empty: it has "
                                                      "no header row.")
                                           .arg(sheet.info.name, QFileInfo(m_path).fileName()));
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (inValue) {
                cell.value += xml.text();
            }
            break;
        default:
            refuseDtd(xml);
            break;
        }
    }
    if (xml.hasError()) {
        return xmlError(xml, *device, sheet.part).error();
    }
    if (table.header.isEmpty()) {
        return table;
    }

    // A merged range shows its first cell's value over all of it: so it reads on each row.
    for (const Merge &m : std::as_const(merges)) {
        if (tooLarge(table.rows.size(), m.lastColumn + 1)) {
            return Error::data(WorkbookReader::tr("“%1” is refused: the sheet “%2” merges "
                                                  "cells over more than %3 cells.")
                                       .arg(QFileInfo(m_path).fileName(), sheet.info.name,
                                            QLocale().toString(MaxCells)));
        }
        const auto first = rowAt.constFind(m.firstRow);
        if (first == rowAt.cend()) {
            continue;
        }
        const QStringList &from = *first < 0 ? table.header : table.rows[*first];
        const QString value = m.firstColumn < from.size() ? from[m.firstColumn] : QString();
        if (value.isEmpty()) {
            continue;
        }
        for (int r = m.firstRow; r <= m.lastRow; ++r) {
            const auto at = rowAt.constFind(r);
            if (at == rowAt.cend() || *at < 0) {
                continue;
            }
            QStringList &to = table.rows[*at];
            for (int c = m.firstColumn; c <= std::min(m.lastColumn, MaxColumns - 1); ++c) {
                if (to.size() <= c) {
                    to.resize(c + 1);
                }
                if (to[c].isEmpty()) {
                    to[c] = value;
                }
            }
        }
    }

    // Every row as long as the header; a column with values but no heading is named by its
    // letter.
    width = table.header.size();
    for (const QStringList &r : std::as_const(table.rows)) {
        width = std::max<qint64>(width, r.size());
    }
    for (qsizetype c = 0; c < width; ++c) {
        if (c >= table.header.size()) {
            table.header.append(QString());
        }
        table.header[c] = table.header[c].trimmed();
        if (table.header[c].isEmpty()) {
            table.header[c] = columnName(int(c));
        }
    }
    for (QStringList &r : table.rows) {
        r.resize(width);
    }
    return table;
}

} // namespace

namespace xlsx {

Result<QList<SheetInfo>> sheets(const QString &path)
{
    XlsxFile file;
    if (auto st = file.open(path); !st) {
        return st.error();
    }
    return file.sheets();
}

Result<CsvTable> read(const QString &path, const QString &sheet)
{
    XlsxFile file;
    if (auto st = file.open(path); !st) {
        return st.error();
    }
    return file.read(sheet);
}

} // namespace xlsx

} // namespace salesdesk
