#!/usr/bin/python3
"""Writes the workbooks the import tests read, with the programs other people use.

    /usr/bin/python3 tests/data/make_workbooks.py
    (Debian: python3-openpyxl, python3-xlwt, python3-odf)

openpyxl writes a formula without the value Excel would cache beside it; the one formula here
gets its cached value written into the sheet afterwards, as Excel or LibreOffice would have.
The .xls (xlwt) and .ods (odfpy) hold the same deals as the HubSpot .xlsx. FreeXL, which reads
the .xls, reads no formula cells, so the .xls has the formula's value as a number.
"""

import datetime
import os
import re
import zipfile

import openpyxl
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.office import Annotation
from odf.style import Style, TableProperties
from odf.table import CoveredTableCell, Table, TableCell, TableRow
from odf.text import P, S
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = ["Record ID", "Deal Name", "Deal Stage", "Close Date", "Amount", "Deal owner",
          "Create Date", "Associated Company", "Pipeline"]
# The rows of import_hubspot_deals.csv, with real dates, times and numbers.
ROWS = [
    [9001, "Annual support", "contractsent", datetime.date(2026, 10, 31), "=10000+5000",
     "Jordan Lee", datetime.datetime(2026, 8, 1, 12, 0), "Gamma Foods", "Sales Pipeline"],
    [9002, "Fleet tablets", "closedwon", datetime.date(2026, 9, 5), 42000.5, "Jordan Lee",
     datetime.datetime(2026, 7, 11, 12, 0), "Delta Logistics", "Sales Pipeline"],
    [9003, "Kiosk trial", "appointmentscheduled", datetime.date(2026, 12, 15), None,
     "Casey Park", datetime.datetime(2026, 9, 1, 12, 0), "Gamma Foods", "Sales Pipeline"],
]


def deals_sheet(ws):
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    for cells in ws.iter_rows(min_row=2):
        cells[3].number_format = "yyyy-mm-dd"
        cells[6].number_format = "yyyy-mm-dd hh:mm"
        cells[4].number_format = "#,##0.00"


def cache_formula_value(path, sheet, value):
    """Writes <v>value</v> after the first <f> of the sheet."""
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    xml = parts[sheet].decode("utf-8")
    xml, n = re.subn(r"(<f>[^<]*</f>)(<v\s*/>|<v></v>)?", r"\1<v>%s</v>" % value, xml, count=1)
    assert n == 1
    parts[sheet] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def hubspot():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Deals"
    deals_sheet(ws)
    notes = wb.create_sheet("Notes")
    notes.append(["Exported from HubSpot"])
    path = os.path.join(HERE, "import_hubspot_deals.xlsx")
    wb.save(path)
    cache_formula_value(path, "xl/worksheets/sheet1.xml", 15000)


def two_sheets():
    """A summary sheet first, the deals second, a hidden sheet between them."""
    wb = openpyxl.Workbook()
    summary = wb.active
    summary.title = "Summary"
    summary.append([])
    summary.append(["Quarter", "Won"])
    summary.append(["Q3", 42000.5])
    hidden = wb.create_sheet("Lookups")
    hidden.append(["Code", "Stage"])
    hidden.append(["contractsent", "Negotiation"])
    hidden.sheet_state = "hidden"
    deals_sheet(wb.create_sheet("Deals"))
    path = os.path.join(HERE, "import_two_sheets.xlsx")
    wb.save(path)
    cache_formula_value(path, "xl/worksheets/sheet3.xml", 15000)


def date1904():
    """A workbook in the 1904 date system (old Excel for the Mac): serial 0 is 1 Jan 1904."""
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Customers"
    ws.append(["Customer name", "Customer since", "Next call"])
    ws.append(["Mac Users Ltd.", datetime.date(2026, 3, 1),
               datetime.datetime(2026, 12, 7, 9, 30)])
    ws["B2"].number_format = "d mmm yyyy"
    ws["C2"].number_format = "[$-409]m/d/yy h:mm AM/PM;@"
    ws.append(["Second Customer", datetime.date(1904, 1, 2), None])
    ws["B3"].number_format = "yyyy-mm-dd"
    path = os.path.join(HERE, "import_1904.xlsx")
    wb.save(path)
    # The first name as rich text (bold, then plain), as Excel writes a cell formatted in part.
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    xml = parts[sheet].decode("utf-8")
    plain = "<is><t>Mac Users Ltd.</t></is>"
    assert plain in xml
    xml = xml.replace(plain, '<is><r><rPr><b/></rPr><t>Mac Users</t></r>'
                             '<r><t xml:space="preserve"> Ltd.</t></r></is>')
    parts[sheet] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def xls():
    """The HubSpot deals as Excel 97–2003 writes them, a notes sheet after."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Deals")
    date = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    stamp = xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm")
    money = xlwt.easyxf(num_format_str="#,##0.00")
    for c, name in enumerate(HEADER):
        ws.write(0, c, name)
    for r, row in enumerate(ROWS, start=1):
        for c, value in enumerate(row):
            if value is None:
                continue
            if c == 3:
                ws.write(r, c, value, date)
            elif c == 6:
                ws.write(r, c, value, stamp)
            elif c == 4:
                ws.write(r, c, 15000 if value == "=10000+5000" else value, money)
            else:
                ws.write(r, c, value)
    wb.add_sheet("Notes").write(0, 0, "Exported from HubSpot")
    wb.save(os.path.join(HERE, "import_hubspot_deals.xls"))


def ods():
    """The HubSpot deals as LibreOffice writes them: typed cells, a formula with its value, a
    hidden sheet first, runs of empty cells and rows written as repeats, a note on a cell, a
    merged cell in the notes."""
    doc = OpenDocumentSpreadsheet()
    hidden = Style(name="taHidden", family="table")
    hidden.addElement(TableProperties(display="false"))
    doc.automaticstyles.addElement(hidden)

    lookups = Table(name="Lookups", stylename=hidden)
    for code, stage in [("Code", "Stage"), ("contractsent", "Negotiation")]:
        tr = TableRow()
        for text in (code, stage):
            tr.addElement(string_cell(text))
        lookups.addElement(tr)
    doc.spreadsheet.addElement(lookups)

    deals = Table(name="Deals")
    header = TableRow()
    for name in HEADER:
        header.addElement(string_cell(name))
    header.addElement(TableCell(numbercolumnsrepeated=1015))
    deals.addElement(header)
    for row in ROWS:
        tr = TableRow()
        for c, value in enumerate(row):
            if value is None:
                tr.addElement(TableCell())
            elif c == 4 and value == "=10000+5000":
                cell = TableCell(valuetype="float", value="15000", formula="of:=10000+5000")
                cell.addElement(P(text="15,000.00"))
                tr.addElement(cell)
            elif isinstance(value, datetime.datetime):
                cell = TableCell(valuetype="date", datevalue=value.strftime("%Y-%m-%dT%H:%M:%S"))
                cell.addElement(P(text=value.strftime("%d/%m/%Y %H:%M")))
                tr.addElement(cell)
            elif isinstance(value, datetime.date):
                cell = TableCell(valuetype="date", datevalue=value.isoformat())
                cell.addElement(P(text=value.strftime("%d/%m/%Y")))
                tr.addElement(cell)
            elif isinstance(value, (int, float)):
                cell = TableCell(valuetype="float", value=str(value))
                cell.addElement(P(text="{:,}".format(value)))
                tr.addElement(cell)
            elif c == 1 and value == "Fleet tablets":
                # The space written as <text:s/>, and a note that is no part of the value.
                cell = TableCell(valuetype="string")
                note = Annotation()
                note.addElement(P(text="Asked for a discount"))
                cell.addElement(note)
                p = P(text="Fleet")
                p.addElement(S(c=1))
                p.addText("tablets")
                cell.addElement(p)
                tr.addElement(cell)
            else:
                tr.addElement(string_cell(value))
        tr.addElement(TableCell(numbercolumnsrepeated=1015))
        deals.addElement(tr)
    deals.addElement(TableRow(numberrowsrepeated=1048572))
    doc.spreadsheet.addElement(deals)

    notes = Table(name="Notes")
    tr = TableRow()
    merged = string_cell("Exported from HubSpot")
    merged.setAttribute("numbercolumnsspanned", "2")
    tr.addElement(merged)
    tr.addElement(CoveredTableCell())
    notes.addElement(tr)
    doc.spreadsheet.addElement(notes)
    doc.save(os.path.join(HERE, "import_hubspot_deals.ods"))


def string_cell(text):
    cell = TableCell(valuetype="string")
    cell.addElement(P(text=str(text)))
    return cell


if __name__ == "__main__":
    hubspot()
    xls()
    ods()
    two_sheets()
    date1904()
