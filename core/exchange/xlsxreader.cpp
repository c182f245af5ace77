// Reading Office Open XML workbooks (.xlsx): a zip of XML parts, read with minizip and Qt's
// streaming XML reader (ECMA-376 Part 1, SpreadsheetML).

#include "core/exchange/xlsxreader.h"

#include "core/exchange/sheetcells.h"
#include "core/exchange/ziparchive.h"

#include <QHash>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk {

namespace {

using namespace sheetcells;

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
    Status open(const QString &path) { return m_zip.open(path); }
    void setCancel(const std::atomic_bool *cancel) { m_cancel = cancel; }
    Result<QList<SheetInfo>> sheets();
    Result<CsvTable> read(const QString &wanted);

private:
    struct Sheet
    {
        SheetInfo info;
        QString part;
    };
    Status readWorkbook();
    Status readSharedStrings();
    Status readStyles();
    Result<CsvTable> readSheet(const Sheet &sheet);
    QString cellText(const RawCell &c) const;

    zip::Archive m_zip;
    QList<Sheet> m_sheets;
    bool m_date1904 = false;
    QStringList m_strings;
    QList<DateFormat> m_dateStyles; // by cellXfs index
    const std::atomic_bool *m_cancel = nullptr;
    bool m_read = false;
};

using zip::refuseDtd;

Status XlsxFile::readWorkbook()
{
    Status error;
    // The relationships say which part each sheet is.
    QHash<QString, QString> targets;
    if (auto rels = m_zip.part(u"xl/_rels/workbook.xml.rels"_s, true, error)) {
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
            return m_zip.xmlError(xml, *rels, u"xl/_rels/workbook.xml.rels"_s);
        }
    } else {
        return error;
    }
    auto workbook = m_zip.part(u"xl/workbook.xml"_s, true, error);
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
        return m_zip.xmlError(xml, *workbook, u"xl/workbook.xml"_s);
    }
    if (m_sheets.isEmpty()) {
        return Error::data(WorkbookReader::tr("“%1” has no sheets.").arg(m_zip.fileName()));
    }
    return {};
}

Status XlsxFile::readSharedStrings()
{
    Status error;
    auto strings = m_zip.part(u"xl/sharedStrings.xml"_s, false, error);
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
    return xml.hasError() ? m_zip.xmlError(xml, *strings, u"xl/sharedStrings.xml"_s) : Status();
}

Status XlsxFile::readStyles()
{
    Status error;
    auto styles = m_zip.part(u"xl/styles.xml"_s, false, error);
    if (!styles) {
        return error;
    }
    QXmlStreamReader xml(styles.get());
    QHash<int, DateFormat> customDate; // by numFmtId
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
                              dateFormatOf(a.value("formatCode"_L1).toString()));
        } else if (xml.name() == "cellXfs"_L1) {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == "xf"_L1) {
            const int id = a.value("numFmtId"_L1).toInt();
            m_dateStyles.append(customDate.contains(id) ? customDate.value(id)
                                                        : builtInDateFormat(id));
        }
    }
    return xml.hasError() ? m_zip.xmlError(xml, *styles, u"xl/styles.xml"_s) : Status();
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
    auto list = sheets();
    if (!list) {
        return list.error();
    }
    if (auto st = readSharedStrings(); !st) {
        return st.error();
    }
    if (auto st = readStyles(); !st) {
        return st.error();
    }
    return readChosenSheet(*list, wanted, m_zip.fileName(),
                           [this](qsizetype i) { return readSheet(m_sheets[i]); });
}

QString XlsxFile::cellText(const RawCell &c) const
{
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
    const DateFormat format = c.style >= 0 && c.style < m_dateStyles.size() ? m_dateStyles[c.style]
                                                                            : DateFormat::None;
    if (format == DateFormat::None) {
        return numberText(number);
    }
    return serialText(number, m_date1904, format == DateFormat::DateTime);
}

Result<CsvTable> XlsxFile::readSheet(const Sheet &sheet)
{
    Status error;
    auto device = m_zip.part(sheet.part, true, error);
    if (!device) {
        return error.error();
    }
    SheetBuilder table;
    QXmlStreamReader xml(device.get());
    QStringList row;
    int rowNumber = 0;
    qint64 rowsRead = 0;
    int nextColumn = 0;
    RawCell cell;
    bool inCell = false;
    bool inValue = false; // <v>, or <t> of an inline string
    int inPhonetic = 0;

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
                cell.column = nextColumn;
                cell.type.clear();
                cell.style = -1;
                cell.value.resize(0); // keeps its room for the next value
                // r, t and s in one pass over the attributes (a sheet has millions of cells)
                for (const QXmlStreamAttribute &attribute : a) {
                    const QStringView attributeName = attribute.name();
                    if (attributeName == "r"_L1) {
                        const auto [column, r] = cellReference(attribute.value());
                        if (column < 0) {
                            xml.raiseError(
                                    WorkbookReader::tr("“%1” is no cell").arg(attribute.value()));
                            break;
                        }
                        cell.column = column;
                    } else if (attributeName == "t"_L1) {
                        cell.type = attribute.value().toString();
                    } else if (attributeName == "s"_L1) {
                        bool ok = false;
                        const int style = attribute.value().toInt(&ok);
                        cell.style = ok ? style : -1;
                    }
                }
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
                        table.addMerge(c1, r1, c2, r2);
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
                if (!table.addRow(rowNumber, std::move(row))) {
                    xml.raiseError(SheetBuilder::tooManyCells());
                }
                row = QStringList();
                if (++rowsRead % 256 == 0 && m_cancel && m_cancel->load()) {
                    return WorkbookReader::cancelled();
                }
            } else if (name == "sheetData"_L1 && !table.hasHeader()) {
                return CsvTable(); // no header row: nothing more to read
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
        return m_zip.xmlError(xml, *device, sheet.part).error();
    }
    auto result = table.finish(m_zip.fileName(), sheet.info.name);
    if (result) {
        result->encoding = WorkbookReader::tr("Excel workbook, sheet “%1”").arg(sheet.info.name);
    }
    return result;
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

Result<CsvTable> read(const QString &path, const QString &sheet, const std::atomic_bool *cancel)
{
    XlsxFile file;
    file.setCancel(cancel);
    if (auto st = file.open(path); !st) {
        return st.error();
    }
    return file.read(sheet);
}

} // namespace xlsx

} // namespace salesdesk
