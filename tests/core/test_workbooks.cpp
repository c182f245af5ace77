// Workbooks in: .xlsx files written by other programs (tests/data/make_workbooks.py, with
// openpyxl) read cell by cell as what they are, imported as their CSV twins are; hostile ones
// refused.

#include "core/exchange/importer.h"
#include "core/exchange/sheetcells.h"
#include "core/exchange/workbookreader.h"
#include "core/pipeline/pipelineservice.h"
#include "core/team/teamservice.h"
#include "tests/support/tempdir.h"
#include "tests/support/testbook.h"

#include <catch2/catch.hpp>
#include <minizip/zip.h>

using namespace salesdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(SALESDESK_TEST_DATA "/") + QString::fromUtf8(name);
}

QList<Deal> importDeals(TestBook &book, const QString &path, const QString &sheet = {})
{
    auto table = readTableFile(path, TextEncoding::Auto, sheet);
    INFO(table.message().toStdString());
    REQUIRE(table.ok());
    ImportOptions options;
    options.entity = ImportEntity::Deals;
    Importer importer(*book, options);
    auto report = importer.run(*table);
    INFO(report.message().toStdString());
    REQUIRE(report.ok());
    CHECK(report->imported == int(table->rows.size()));
    const auto summaries = book->pipeline().dealSummaries();
    REQUIRE(summaries.ok());
    QList<Deal> deals;
    for (const DealSummary &s : *summaries) {
        deals.append(*book->pipeline().deal(s.id));
    }
    return deals;
}

// The deals of `a` and `b` field for field, their reps and customers by name.
void checkSameDeals(TestBook &bookA, const QList<Deal> &a, TestBook &bookB, const QList<Deal> &b)
{
    REQUIRE(b.size() == a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        CHECK(b[i].title == a[i].title);
        CHECK(b[i].valueMinor == a[i].valueMinor);
        CHECK(b[i].currency == a[i].currency);
        CHECK(b[i].expectedClose == a[i].expectedClose);
        CHECK(b[i].createdAt == a[i].createdAt);
        CHECK(b[i].status == a[i].status);
        CHECK(b[i].closedAt == a[i].closedAt);
        CHECK(b[i].stageId == a[i].stageId);
        CHECK(bookB->team().repName(b[i].ownerId) == bookA->team().repName(a[i].ownerId));
        CHECK(bookB->customers().customerName(b[i].customerId)
              == bookA->customers().customerName(a[i].customerId));
    }
}

// A zip of the given parts, written with minizip as any zip program would.
void writeZip(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &parts)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    REQUIRE(zip);
    for (const auto &[name, data] : parts) {
        zip_fileinfo info {};
        REQUIRE(zipOpenNewFileInZip64(zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                      Z_DEFLATED, Z_BEST_SPEED, 1)
                == ZIP_OK);
        // Large parts are written a piece at a time.
        for (qsizetype at = 0; at < data.size(); at += 1 << 20) {
            const auto piece = data.mid(at, 1 << 20);
            REQUIRE(zipWriteInFileInZip(zip, piece.constData(), unsigned(piece.size())) == ZIP_OK);
        }
        REQUIRE(zipCloseFileInZip(zip) == ZIP_OK);
    }
    REQUIRE(zipClose(zip, nullptr) == ZIP_OK);
}

// The parts of a one-sheet workbook around `sheetXml`.
QList<std::pair<QByteArray, QByteArray>> workbookParts(const QByteArray &sheetXml)
{
    return {
            {"xl/workbook.xml",
             R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
             R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
             R"(<sheets><sheet name="Deals" sheetId="1" r:id="rId1"/></sheets></workbook>)"},
            {"xl/_rels/workbook.xml.rels",
             R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
             R"(<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="worksheet"/>)"
             R"(</Relationships>)"},
            {"xl/worksheets/sheet1.xml", sheetXml},
    };
}

const QByteArray SheetStart
        = R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
          R"(<sheetData>)";
const QByteArray SheetEnd = "</sheetData></worksheet>";

} // namespace

TEST_CASE("A HubSpot workbook with real dates and a formula imports as its CSV twin does")
{
    // The cells as what they are: numbers in plain digits, a formula's cached value, dates and
    // date-times from serial numbers told by their formats, nothing for an empty cell.
    auto table = WorkbookReader::read(fixture("import_hubspot_deals.xlsx"));
    INFO(table.message().toStdString());
    REQUIRE(table.ok());
    CHECK(table->encoding == u"Excel workbook, sheet “Deals”"_s);
    CHECK(table->header.at(3) == u"Close Date"_s);
    REQUIRE(table->rows.size() == 3);
    CHECK(table->rows[0]
          == QStringList {u"9001"_s, u"Annual support"_s, u"contractsent"_s, u"2026-10-31"_s,
                          u"15000"_s, u"Jordan Lee"_s, u"2026-08-01T12:00:00"_s, u"Gamma Foods"_s,
                          u"Sales Pipeline"_s});
    CHECK(table->rows[1][4] == u"42000.5"_s);
    CHECK(table->rows[2][4].isEmpty());
    CHECK(table->lines == QList<int> {2, 3, 4});

    TestBook fromCsv;
    TestBook fromWorkbook;
    const auto csv = importDeals(fromCsv, fixture("import_hubspot_deals.csv"));
    const auto xlsx = importDeals(fromWorkbook, fixture("import_hubspot_deals.xlsx"));
    REQUIRE(csv.size() == 3);
    checkSameDeals(fromCsv, csv, fromWorkbook, xlsx);
    CHECK(xlsx[0].valueMinor == 1500000); // the formula's cached 15000
    CHECK(xlsx[1].valueMinor == 4200050);
    CHECK(xlsx[0].expectedClose == QDate(2026, 10, 31));
}

TEST_CASE("An .xls and an .ods of the same deals read and import as the .xlsx does")
{
    // The same rows written by xlwt (Excel 97-2003) and odfpy (OpenDocument): each cell the
    // same text as from the .xlsx, and the same deals in the book.
    auto xlsx = WorkbookReader::read(fixture("import_hubspot_deals.xlsx"));
    REQUIRE(xlsx.ok());
    TestBook fromXlsx;
    const auto deals = importDeals(fromXlsx, fixture("import_hubspot_deals.xlsx"));
    for (const char *name : {"import_hubspot_deals.xls", "import_hubspot_deals.ods"}) {
        INFO(name);
        const QString path = fixture(name);
        const bool isOds = path.endsWith(u".ods"_s);
        CHECK(WorkbookReader::kindOf(path) == (isOds ? WorkbookKind::Ods : WorkbookKind::Xls));
        auto table = WorkbookReader::read(path);
        INFO(table.message().toStdString());
        REQUIRE(table.ok());
        CHECK(table->encoding
              == (isOds ? u"OpenDocument spreadsheet, sheet “Deals”"_s
                        : u"Excel 97–2003 workbook, sheet “Deals”"_s));
        CHECK(table->sheet == u"Deals"_s);
        CHECK(table->header == xlsx->header);
        CHECK(table->rows == xlsx->rows);
        CHECK(table->lines == xlsx->lines);
        TestBook book;
        checkSameDeals(fromXlsx, deals, book, importDeals(book, path));
    }

    // The .ods: its hidden first sheet listed as hidden and passed over, read when named; a
    // merged range; the Notes sheet by number.
    const QString ods = fixture("import_hubspot_deals.ods");
    const auto sheets = WorkbookReader::sheets(ods);
    REQUIRE(sheets.ok());
    REQUIRE(sheets->size() == 3);
    CHECK(sheets->at(0).name == u"Lookups"_s);
    CHECK(sheets->at(0).hidden);
    CHECK_FALSE(sheets->at(1).hidden);
    auto lookups = WorkbookReader::read(ods, u"lookups"_s);
    REQUIRE(lookups.ok());
    CHECK(lookups->rows == QList<QStringList> {{u"contractsent"_s, u"Negotiation"_s}});
    auto notes = WorkbookReader::read(ods, u"2"_s);
    REQUIRE(notes.ok());
    CHECK(notes->header == QStringList {u"Exported from HubSpot"_s});
    // The .xls: its two sheets (FreeXL tells none hidden), the second by name.
    const auto xlsSheets = WorkbookReader::sheets(fixture("import_hubspot_deals.xls"));
    REQUIRE(xlsSheets.ok());
    REQUIRE(xlsSheets->size() == 2);
    CHECK(xlsSheets->at(1).name == u"Notes"_s);
    auto xlsNotes = WorkbookReader::read(fixture("import_hubspot_deals.xls"), u"NOTES"_s);
    REQUIRE(xlsNotes.ok());
    CHECK(xlsNotes->header == QStringList {u"Exported from HubSpot"_s});
}

TEST_CASE("A workbook's sheet is chosen by name or number and a hidden one only by name")
{
    const QString path = fixture("import_two_sheets.xlsx");
    const auto sheets = WorkbookReader::sheets(path);
    REQUIRE(sheets.ok());
    REQUIRE(sheets->size() == 3);
    CHECK(sheets->at(0).name == u"Summary"_s);
    CHECK(sheets->at(1).name == u"Lookups"_s);
    CHECK(sheets->at(1).hidden);
    CHECK_FALSE(sheets->at(2).hidden);

    // By default the first visible sheet with a header row: the summary's starts on row 2.
    auto first = WorkbookReader::read(path);
    REQUIRE(first.ok());
    CHECK(first->header == QStringList {u"Quarter"_s, u"Won"_s});
    CHECK(first->lines == QList<int> {3});
    // By name, in any case, or by number among the visible sheets.
    for (const QString &wanted : {u"deals"_s, u"2"_s}) {
        auto deals = WorkbookReader::read(path, wanted);
        REQUIRE(deals.ok());
        CHECK(deals->header.at(1) == u"Deal Name"_s);
        REQUIRE(deals->rows.size() == 3);
        CHECK(deals->rows[0][4] == u"15000"_s);
    }
    auto hidden = WorkbookReader::read(path, u"Lookups"_s);
    REQUIRE(hidden.ok());
    CHECK(hidden->rows.at(0).at(0) == u"contractsent"_s);
    auto none = WorkbookReader::read(path, u"3"_s);
    REQUIRE_FALSE(none.ok());
    CHECK(none.message().contains(u"its sheets: “Summary”, “Deals”"_s));
    // A text file has no sheets to choose from.
    CHECK_FALSE(readTableFile(fixture("import_hubspot_deals.csv"), TextEncoding::Auto, u"Deals"_s)
                        .ok());
    // The deals of the second sheet import as those of the first workbook.
    TestBook book;
    const auto deals = importDeals(book, path, u"Deals"_s);
    REQUIRE(deals.size() == 3);
    CHECK(deals[1].valueMinor == 4200050);
}

TEST_CASE("Dates of the 1904 system, rich text and times of day are read as written")
{
    auto table = WorkbookReader::read(fixture("import_1904.xlsx"));
    INFO(table.message().toStdString());
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows[0]
          == QStringList {u"Mac Users Ltd."_s, u"2026-03-01"_s, u"2026-12-07T09:30:00"_s});
    CHECK(table->rows[1][1] == u"1904-01-02"_s);
    CHECK(table->rows[1][2].isEmpty());
}

TEST_CASE("Cells of every kind - shared strings and merged ranges and serials of 1900")
{
    TempDir dir;
    const QString path = dir.file(u"kinds.xlsx"_s);
    auto parts = workbookParts(
            SheetStart
            + R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>)"
              R"(<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>)"
              R"(<row r="2" s="1" customFormat="1"/>)"
              R"(<row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3" s="1"><v>59</v></c>)"
              R"(<c r="C3" t="b"><v>1</v></c><c r="D3" t="e"><v>#N/A</v></c></row>)"
              R"(<row r="4"><c r="B4" s="1"><v>61.75</v></c><c r="C4"><v>1.5E-3</v></c>)"
              R"(<c r="D4" t="str"><f>A3&amp;"!"</f><v>華東!</v></c>)"
              R"(<c r="E4" s="1"><v>0.375</v></c></row>)"
              R"(</sheetData><mergeCells count="1"><mergeCell ref="A3:A4"/></mergeCells>)"
              R"(</worksheet>)");
    parts.append(std::pair<QByteArray, QByteArray>(
            "xl/sharedStrings.xml",
            R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
            R"(<si><t>Region</t></si><si><t>Since</t></si><si><t>Key</t></si>)"
            R"(<si><t>Note</t></si>)"
            R"(<si><r><t>華</t></r><r><t>東</t></r><rPh><t>かとう</t></rPh></si></sst>)"));
    parts.append(std::pair<QByteArray, QByteArray>(
            "xl/styles.xml",
            R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
            R"(<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="22"/></cellXfs>)"
            R"(</styleSheet>)"));
    writeZip(path, parts);
    auto table = WorkbookReader::read(path);
    INFO(table.message().toStdString());
    REQUIRE(table.ok());
    // A column with values but no heading is named by its letter.
    CHECK(table->header == QStringList {u"Region"_s, u"Since"_s, u"Key"_s, u"Note"_s, u"E"_s});
    REQUIRE(table->rows.size() == 2); // the styled empty row left out
    CHECK(table->lines == QList<int> {3, 4});
    // Serial 59 is 28 Feb 1900; 61.75 is 1 Mar 1900 at 18:00 (60 is Lotus's 29 Feb); 0.375 is
    // a time of day alone. Format 22 (m/d/yy h:mm) shows a time, so midnight is kept as one.
    CHECK(table->rows[0]
          == QStringList {u"華東"_s, u"1900-02-28T00:00:00"_s, u"TRUE"_s, QString(), QString()});
    CHECK(table->rows[1]
          == QStringList {u"華東"_s, u"1900-03-01T18:00:00"_s, u"0.0015"_s, u"華東!"_s,
                          u"09:00:00"_s});
}

TEST_CASE("Hostile workbooks are refused before they are read")
{
    TempDir dir;
    const auto refused
            = [&](const QString &name, const QList<std::pair<QByteArray, QByteArray>> &parts) {
                  const QString path = dir.file(name);
                  writeZip(path, parts);
                  auto table = WorkbookReader::read(path);
                  REQUIRE_FALSE(table.ok());
                  CHECK(table.error().kind == Error::Kind::Data); // exit 2 on the command line
                  return table.message();
              };
    // 100 MB of nothing packed into a tenth of a megabyte.
    CHECK(refused(u"bomb.xlsx"_s, workbookParts(SheetStart + QByteArray(100 << 20, ' ') + SheetEnd))
                  .contains(u"would unpack to 100 MB"_s));
    CHECK(refused(u"entities.xlsx"_s,
                  workbookParts(R"(<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">)"
                                R"(<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>)"
                                + SheetStart + "<row><c t=\"str\"><v>&b;</v></c></row>" + SheetEnd))
                  .contains(u"declares a document type"_s));
    auto missing = workbookParts(SheetStart + SheetEnd);
    missing.removeFirst();
    CHECK(refused(u"missing.xlsx"_s, missing).contains(u"“xl/workbook.xml” is missing"_s));
    // A million rows of nothing but a style: no header row anywhere.
    QByteArray empty = SheetStart;
    for (int r = 1; r <= 1000000; ++r) {
        empty += "<row r=\"" + QByteArray::number(r) + "\" s=\"1\" customFormat=\"1\"/>";
    }
    CHECK(refused(u"empty.xlsx"_s, workbookParts(empty + SheetEnd))
                  .contains(u"no sheet with a header row"_s));
    // Values far to the right on every row: gigabytes of empty cells for the import.
    QByteArray wide = SheetStart;
    for (int r = 1; r <= 1000; ++r) {
        wide += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"XFD" + QByteArray::number(r)
                + "\" t=\"str\"><v>far</v></c></row>";
    }
    CHECK(refused(u"wide.xlsx"_s, workbookParts(wide + SheetEnd))
                  .contains(u"cells, more than an import can take"_s));
    // Not a zip at all behind the zip's signature.
    const QString fake = dir.file(u"fake.xlsx"_s);
    QFile file(fake);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 and nothing of a zip after it");
    file.close();
    auto table = WorkbookReader::read(fake);
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().kind == Error::Kind::Data);

    // OpenDocument: a DOCTYPE, and one row of 1,000 values repeated 100,000 times.
    const auto ods = [](const QByteArray &body, const QByteArray &prolog = {}) {
        return QList<std::pair<QByteArray, QByteArray>> {
                {"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                {"content.xml",
                 prolog
                         + R"(<office:document-content )"
                           R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
                           R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" )"
                           R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">)"
                           R"(<office:body><office:spreadsheet><table:table table:name="S">)"
                         + body + "</table:table></office:spreadsheet></office:body>"
                         + "</office:document-content>"}};
    };
    CHECK(refused(u"entities.ods"_s,
                  ods("<table:table-row><table:table-cell><text:p>&b;</text:p></table:table-cell>"
                      "</table:table-row>",
                      R"(<?xml version="1.0"?><!DOCTYPE w [<!ENTITY b "bbbbbbbbbb">]>)"))
                  .contains(u"declares a document type"_s));
    CHECK(refused(u"repeated.ods"_s,
                  ods(R"(<table:table-row table:number-rows-repeated="100000">)"
                      R"(<table:table-cell table:number-columns-repeated="1000" )"
                      R"(office:value-type="float" office:value="1"/></table:table-row>)"))
                  .contains(u"cells, more than an import can take"_s));
    // An OLE compound file's signature before bytes of nothing: FreeXL's error, exit 2.
    const QString fakeXls = dir.file(u"fake.xls"_s);
    QFile xls(fakeXls);
    REQUIRE(xls.open(QIODevice::WriteOnly));
    xls.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(4096, '\0'));
    xls.close();
    CHECK(WorkbookReader::kindOf(fakeXls) == WorkbookKind::Xls);
    table = WorkbookReader::read(fakeXls);
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().kind == Error::Kind::Data);
    CHECK(table.message().contains(u"not an Excel workbook that can be read"_s));
    // A file found by fuzzing on which FreeXL reads past its buffer (ASan reports it in the
    // reading child, which then stops): a refusal either way, and this process untouched.
    const QString overread = fixture("hostile_freexl_overread.xls");
    auto overreadSheets = WorkbookReader::sheets(overread);
    REQUIRE_FALSE(overreadSheets.ok());
    CHECK(overreadSheets.error().kind == Error::Kind::Data);
    auto overreadTable = WorkbookReader::read(overread);
    REQUIRE_FALSE(overreadTable.ok());
    CHECK(overreadTable.error().kind == Error::Kind::Data);
}

TEST_CASE("A number format tells a plain number from a date and a date from a time")
{
    using namespace sheetcells;
    CHECK(dateFormatOf(u"yyyy-mm-dd"_s) == DateFormat::Date);
    CHECK(dateFormatOf(u"d mmm yyyy"_s) == DateFormat::Date);
    CHECK(dateFormatOf(u"yyyy\"年\"m\"月\"d\"日\""_s) == DateFormat::Date);
    CHECK(dateFormatOf(u"yyyy-mm-dd hh:mm"_s) == DateFormat::DateTime);
    CHECK(dateFormatOf(u"[$-409]m/d/yy h:mm AM/PM;@"_s) == DateFormat::DateTime);
    CHECK(dateFormatOf(u"[h]:mm"_s) == DateFormat::DateTime);
    CHECK(dateFormatOf(u"#,##0.00"_s) == DateFormat::None);
    CHECK(dateFormatOf(u"[Red]0.00;[Blue]-0.00"_s) == DateFormat::None);
    CHECK(dateFormatOf(u"0\" days\""_s) == DateFormat::None); // quoted letters are text
    CHECK(dateFormatOf(u"\\d0"_s) == DateFormat::None); // an escaped letter too
    CHECK(dateFormatOf(u"General"_s) == DateFormat::None);
    CHECK(builtInDateFormat(0) == DateFormat::None);
    CHECK(builtInDateFormat(4) == DateFormat::None);
    CHECK(builtInDateFormat(14) == DateFormat::Date);
    CHECK(builtInDateFormat(22) == DateFormat::DateTime);
    CHECK(builtInDateFormat(20) == DateFormat::DateTime);
    // Midnight is a time when the format shows one; a day's fraction alone is a time of day.
    CHECK(serialText(46082, false) == u"2026-03-01"_s);
    CHECK(serialText(46082, false, true) == u"2026-03-01T00:00:00"_s);
    CHECK(serialText(46082.5, false) == u"2026-03-01T12:00:00"_s);
    CHECK(serialText(0.5, false, true) == u"12:00:00"_s);
}

TEST_CASE("A workbook's reading stops when asked to, saying so")
{
    TempDir dir;
    const std::atomic_bool cancel = true;
    // 600 rows of an .xlsx and of an .ods: stopped within the first 256.
    QByteArray sheet = SheetStart;
    QByteArray content = R"(<office:document-content )"
                         R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
                         R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" )"
                         R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">)"
                         R"(<office:body><office:spreadsheet><table:table table:name="S">)";
    for (int r = 1; r <= 600; ++r) {
        const QByteArray n = QByteArray::number(r);
        sheet += "<row r=\"" + n + "\"><c r=\"A" + n + "\"><v>" + n + "</v></c></row>";
        content += "<table:table-row><table:table-cell office:value-type=\"float\" office:value=\""
                   + n + "\"/></table:table-row>";
    }
    content += "</table:table></office:spreadsheet></office:body></office:document-content>";
    const QString xlsx = dir.file(u"long.xlsx"_s);
    writeZip(xlsx, workbookParts(sheet + SheetEnd));
    const QString ods = dir.file(u"long.ods"_s);
    writeZip(ods, {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                   {"content.xml", content}});
    for (const QString &path : {xlsx, ods, fixture("import_hubspot_deals.xls")}) {
        INFO(path.toStdString());
        REQUIRE(WorkbookReader::read(path).ok()); // read whole when not asked to stop
        auto stopped = WorkbookReader::read(path, {}, &cancel);
        REQUIRE_FALSE(stopped.ok());
        CHECK(stopped.error().kind == Error::Kind::User);
        CHECK(stopped.message() == u"Reading the file was cancelled."_s);
    }
}
