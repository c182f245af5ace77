#!/usr/bin/python3
"""Writes the workbooks the import tests read, with the programs other people use.

    /usr/bin/python3 tests/data/make_workbooks.py    (Debian: python3-openpyxl)

openpyxl writes a formula without the value Excel would cache beside it; the one formula here
gets its cached value written into the sheet afterwards, as Excel or LibreOffice would have.
"""

import datetime
import os
import re
import zipfile

import openpyxl
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


if __name__ == "__main__":
    hubspot()
    two_sheets()
    date1904()
