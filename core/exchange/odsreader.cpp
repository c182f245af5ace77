// Reading OpenDocument spreadsheets (.ods): a zip whose content.xml holds every sheet, read with
// minizip and Qt's streaming XML reader (OpenDocument 1.3, part 3: table:table).

#include "core/exchange/odsreader.h"

#include "core/exchange/sheetcells.h"
#include "core/exchange/ziparchive.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <cmath>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace salesdesk::ods {

namespace {

using namespace sheetcells;
using zip::refuseDtd;

const auto OfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"_L1;
const auto TableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"_L1;
const auto TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"_L1;
const auto StyleNs = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"_L1;
const QString Content = u"content.xml"_s;

bool isElement(const QXmlStreamReader &xml, QLatin1StringView ns, QLatin1StringView name)
{
    return xml.name() == name && xml.namespaceUri() == ns;
}

// A repeat count (table:number-rows-repeated…): at least 1.
qint64 count(const QXmlStreamAttributes &a, QLatin1StringView name)
{
    const qint64 n = a.value(TableNs, name).toLongLong();
    return n > 1 ? n : 1;
}

// "2026-03-01" or "2026-03-01T09:30:00[.5]" as the import reads it.
QString dateValue(QStringView text)
{
    const QDate date = QDate::fromString(text.left(10).toString(), Qt::ISODate);
    if (!date.isValid()) {
        return text.toString();
    }
    if (text.size() <= 11 || text[10] != u'T') {
        return dateTimeText(date, 0);
    }
    const QStringView clock = text.mid(11);
    const QTime time = QTime::fromString(clock.left(8).toString(), u"HH:mm:ss"_s);
    if (!time.isValid()) {
        return text.toString();
    }
    double fraction = 0;
    if (clock.size() > 9 && clock[8] == u'.') {
        fraction = QString(u"0"_s + clock.mid(8)).toDouble();
    }
    qint64 seconds = time.msecsSinceStartOfDay() / 1000 + std::llround(fraction);
    QDate day = date;
    if (seconds >= 86400) {
        day = day.addDays(1);
        seconds -= 86400;
    }
    return dateTimeText(day, int(seconds), true); // a time given, even midnight
}

// "PT09H30M00S" (a duration: the time of day when it is under a day) as "09:30:00".
QString timeValue(const QString &text)
{
    static const QRegularExpression duration(u"^PT(\\d+)H(\\d+)M(\\d+(?:\\.\\d+)?)S$"_s);
    const auto m = duration.match(text);
    if (!m.hasMatch()) {
        return text;
    }
    const qint64 total = m.captured(1).toLongLong() * 3600 + m.captured(2).toLongLong() * 60
                         + std::llround(m.captured(3).toDouble());
    if (total >= 86400) {
        return text;
    }
    return QTime(0, 0).addSecs(int(total)).toString(u"HH:mm:ss"_s);
}

// What a cell's attributes say, read in one pass over them (a sheet has millions of cells).
struct CellAttributes
{
    QStringView type; // office:value-type
    QStringView value, dateValue, timeValue, booleanValue, stringValue;
    bool hasStringValue = false;
    bool covered = false;
    qint64 repeat = 1, spannedColumns = 1, spannedRows = 1;
};

CellAttributes cellAttributes(const QXmlStreamAttributes &attributes)
{
    CellAttributes c;
    const auto atLeastOne = [](QStringView v) {
        const qint64 n = v.toLongLong();
        return n > 1 ? n : 1;
    };
    for (const QXmlStreamAttribute &a : attributes) {
        const QStringView name = a.name();
        if (a.namespaceUri() == OfficeNs) {
            if (name == "value-type"_L1) {
                c.type = a.value();
            } else if (name == "value"_L1) {
                c.value = a.value();
            } else if (name == "date-value"_L1) {
                c.dateValue = a.value();
            } else if (name == "time-value"_L1) {
                c.timeValue = a.value();
            } else if (name == "boolean-value"_L1) {
                c.booleanValue = a.value();
            } else if (name == "string-value"_L1) {
                c.stringValue = a.value();
                c.hasStringValue = true;
            }
        } else if (a.namespaceUri() == TableNs) {
            if (name == "number-columns-repeated"_L1) {
                c.repeat = atLeastOne(a.value());
            } else if (name == "number-columns-spanned"_L1) {
                c.spannedColumns = atLeastOne(a.value());
            } else if (name == "number-rows-spanned"_L1) {
                c.spannedRows = atLeastOne(a.value());
            }
        }
    }
    return c;
}

class OdsFile
{
public:
    Status open(const QString &path) { return m_zip.open(path); }
    void setCancel(const std::atomic_bool *cancel) { m_cancel = cancel; }
    Result<QList<SheetInfo>> sheets();
    // The sheet `wanted` names, in one pass over content.xml (see readChosenSheet).
    Result<CsvTable> read(const QString &wanted) { return walk(wanted, nullptr); }
    QString fileName() const { return m_zip.fileName(); }

private:
    // The cell at the reader (on its start element) as text; the reader ends on its end.
    // One pass over content.xml: the sheets listed (into `listOnly`, every sheet skipped), or the
    // one `wanted` names read.
    Result<CsvTable> walk(const QString &wanted, QList<SheetInfo> *listOnly);
    QString cellText(QXmlStreamReader &xml, const CellAttributes &cell);
    Status readTable(QXmlStreamReader &xml, SheetBuilder &table);

    zip::Archive m_zip;
    const std::atomic_bool *m_cancel = nullptr;
};

Result<QList<SheetInfo>> OdsFile::sheets()
{
    QList<SheetInfo> sheets;
    if (auto walked = walk({}, &sheets); !walked && sheets.isEmpty()) {
        return walked.error();
    }
    return sheets;
}

Result<CsvTable> OdsFile::walk(const QString &wanted, QList<SheetInfo> *listOnly)
{
    Status error;
    auto device = m_zip.part(Content, true, error);
    if (!device) {
        return error.error();
    }
    // content.xml holds every sheet, and reading through it is most of the time: the sheet is
    // found and read in the same pass that lists the sheets. A name is matched before a number
    // (a sheet may be called "2"), so the numbered sheet is kept until no name has matched.
    bool isNumber = false;
    const int number = wanted.toInt(&isNumber);
    QXmlStreamReader xml(device.get());
    QSet<QString> hiddenStyles;
    QString style; // the automatic style being read
    QList<SheetInfo> sheets;
    int visible = 0;
    std::optional<SheetBuilder> chosen;
    QString chosenName;
    bool settled = false; // the sheet wanted is read: nothing more to look at
    while (!xml.atEnd() && !settled) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            refuseDtd(xml);
            continue;
        }
        const auto a = xml.attributes();
        if (isElement(xml, StyleNs, "style"_L1)) {
            style = a.value(StyleNs, "name"_L1).toString();
            continue;
        }
        if (isElement(xml, StyleNs, "table-properties"_L1)) {
            if (a.value(TableNs, "display"_L1) == "false"_L1) {
                hiddenStyles.insert(style);
            }
            continue;
        }
        if (!isElement(xml, TableNs, "table"_L1)) {
            continue;
        }
        const SheetInfo sheet {a.value(TableNs, "name"_L1).toString(),
                               hiddenStyles.contains(a.value(TableNs, "style-name"_L1).toString())};
        sheets.append(sheet);
        visible += sheet.hidden ? 0 : 1;
        const bool named
                = !wanted.isEmpty() && sheet.name.compare(wanted, Qt::CaseInsensitive) == 0;
        const bool numbered = !chosen && isNumber && !sheet.hidden && visible == number;
        const bool firstWithHeader = wanted.isEmpty() && !sheet.hidden;
        if (listOnly || (!named && !numbered && !firstWithHeader)) {
            xml.skipCurrentElement();
            continue;
        }
        SheetBuilder table;
        if (auto st = readTable(xml, table); !st) {
            return st.error();
        }
        if (xml.hasError()) {
            break;
        }
        if (firstWithHeader && !table.hasHeader()) {
            continue; // the next visible sheet, then
        }
        chosen = std::move(table);
        chosenName = sheet.name;
        settled = named || firstWithHeader;
    }
    if (xml.hasError()) {
        return m_zip.xmlError(xml, *device, Content).error();
    }
    if (sheets.isEmpty()) {
        return Error::data(WorkbookReader::tr("“%1” has no sheets.").arg(fileName()));
    }
    if (listOnly) {
        *listOnly = sheets;
        return CsvTable();
    }
    // What is not found is said as for the other workbooks.
    if (!chosen) {
        return readChosenSheet(sheets, wanted, fileName(),
                               [](qsizetype) { return Result<CsvTable>(CsvTable()); });
    }
    auto result = chosen->finish(fileName(), chosenName);
    if (!result) {
        return result;
    }
    if (result->header.isEmpty()) {
        return Error::data(WorkbookReader::tr("The sheet “%1” of “%2” is empty: it has no "
                                              "header row.")
                                   .arg(chosenName, fileName()));
    }
    result->encoding = WorkbookReader::tr("OpenDocument spreadsheet, sheet “%1”").arg(chosenName);
    return result;
}

Status OdsFile::readTable(QXmlStreamReader &xml, SheetBuilder &table)
{
    qint64 rowNumber = 0; // the last row read
    QStringList row;
    qint64 column = 0;
    qint64 rowRepeat = 1;
    int depth = 1; // inside table:table
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (isElement(xml, TableNs, "table-row"_L1)) {
                if (m_cancel && table.rowCount() % 256 == 0 && m_cancel->load()) {
                    return WorkbookReader::cancelled();
                }
                // A row of nothing repeated (the rest of the sheet, often) is only counted.
                const bool empty = std::all_of(row.cbegin(), row.cend(),
                                               [](const QString &s) { return s.isEmpty(); });
                if (empty) {
                    rowNumber += rowRepeat;
                    continue;
                }
                if (rowNumber + rowRepeat > MaxRows) {
                    xml.raiseError(WorkbookReader::tr("row %1 is beyond the last row a sheet "
                                                      "can have")
                                           .arg(rowNumber + rowRepeat));
                    break;
                }
                if ((table.rowCount() + rowRepeat) * row.size() > MaxCells) {
                    xml.raiseError(SheetBuilder::tooManyCells());
                    break;
                }
                for (qint64 i = 0; i < rowRepeat; ++i) {
                    if (!table.addRow(int(++rowNumber), row)) {
                        xml.raiseError(SheetBuilder::tooManyCells());
                        break;
                    }
                }
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement) {
            refuseDtd(xml);
            continue;
        }
        ++depth;
        if (isElement(xml, TableNs, "table-row"_L1)) {
            row.clear();
            column = 0;
            rowRepeat = count(xml.attributes(), "number-rows-repeated"_L1);
        } else if (isElement(xml, TableNs, "table-cell"_L1)
                   || isElement(xml, TableNs, "covered-table-cell"_L1)) {
            const QXmlStreamAttributes attributes = xml.attributes(); // kept while read
            const CellAttributes cell = cellAttributes(attributes);
            const bool covered = xml.name() == "covered-table-cell"_L1;
            const qint64 repeat = cell.repeat;
            const qint64 spannedColumns = cell.spannedColumns;
            const qint64 spannedRows = cell.spannedRows;
            QString text = cellText(xml, cell); // reads to the cell's end
            --depth;
            if (covered) {
                text.clear(); // hidden under a merged range: what shows is the range's value
            }
            if (!text.isEmpty()) {
                if (column + repeat > MaxColumns) {
                    xml.raiseError(WorkbookReader::tr("a cell is beyond the last column a "
                                                      "sheet can have"));
                    break;
                }
                row.resize(column + repeat);
                for (qint64 c = column; c < column + repeat; ++c) {
                    row[c] = text;
                }
                if (spannedColumns > 1 || spannedRows > 1) {
                    table.addMerge(int(column), int(rowNumber + 1),
                                   int(std::min<qint64>(column + spannedColumns, MaxColumns) - 1),
                                   int(std::min<qint64>(rowNumber + spannedRows, MaxRows)));
                }
            }
            column = std::min<qint64>(column + repeat, MaxColumns + 1);
        } else if (!isElement(xml, TableNs, "table-header-rows"_L1)
                   && !isElement(xml, TableNs, "table-row-group"_L1)
                   && !isElement(xml, TableNs, "table-rows"_L1)) {
            xml.skipCurrentElement(); // columns, shapes, forms: no cells
            --depth;
        }
    }
    return {};
}

QString OdsFile::cellText(QXmlStreamReader &xml, const CellAttributes &cell)
{
    const QStringView type = cell.type;
    QString value;
    if (type == "float"_L1 || type == "percentage"_L1 || type == "currency"_L1) {
        bool ok = false;
        const double number = cell.value.toDouble(&ok);
        value = ok ? numberText(number) : QString();
    } else if (type == "date"_L1) {
        value = dateValue(cell.dateValue);
    } else if (type == "time"_L1) {
        value = timeValue(cell.timeValue.toString());
    } else if (type == "boolean"_L1) {
        value = cell.booleanValue == "true"_L1 ? u"TRUE"_s : u"FALSE"_s;
    } else if (type == "string"_L1 && cell.hasStringValue) {
        value = cell.stringValue.toString();
    }
    const bool typed = !value.isEmpty() || (!type.isEmpty() && type != "string"_L1);

    // The paragraphs shown (a string's text), leaving out notes (office:annotation).
    QString text;
    int paragraphs = 0;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
        } else if (token == QXmlStreamReader::StartElement) {
            if (isElement(xml, OfficeNs, "annotation"_L1) || isElement(xml, TableNs, "table"_L1)) {
                xml.skipCurrentElement();
                continue;
            }
            ++depth;
            if (isElement(xml, TextNs, "p"_L1) || isElement(xml, TextNs, "h"_L1)) {
                if (paragraphs++ > 0) {
                    text += u'\n';
                }
            } else if (isElement(xml, TextNs, "s"_L1)) {
                const qint64 spaces = xml.attributes().value(TextNs, "c"_L1).toLongLong();
                text += QString(int(std::clamp<qint64>(spaces, 1, 1000)), u' ');
            } else if (isElement(xml, TextNs, "tab"_L1)) {
                text += u'\t';
            } else if (isElement(xml, TextNs, "line-break"_L1)) {
                text += u'\n';
            }
        } else if (token == QXmlStreamReader::Characters && !typed) {
            text += xml.text();
        } else {
            refuseDtd(xml);
        }
    }
    return typed ? value : text;
}

} // namespace

Result<QList<SheetInfo>> sheets(const QString &path)
{
    OdsFile file;
    if (auto st = file.open(path); !st) {
        return st.error();
    }
    return file.sheets();
}

Result<CsvTable> read(const QString &path, const QString &wanted, const std::atomic_bool *cancel)
{
    OdsFile file;
    file.setCancel(cancel);
    if (auto st = file.open(path); !st) {
        return st.error();
    }
    return file.read(wanted);
}

} // namespace salesdesk::ods
