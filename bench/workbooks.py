#!/usr/bin/python3
"""Writes the deals of SalesDesk's XLSX export as the other workbooks the import reads, for
scripts/bench: OUT.ods (all rows, by odfpy), OUT.xls and OUT-xls.csv (the first 65,535 rows, the
most an .xls holds, by xlwt, and the same rows of the CSV export).

    bench/workbooks.py DEALS.xlsx DEALS.csv OUT    (Debian: python3-openpyxl python3-odf python3-xlwt)
"""

import csv
import datetime
import sys

import openpyxl
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

XLS_ROWS = 65535


def main(xlsx, csv_path, out):
    sheet = openpyxl.load_workbook(xlsx, read_only=True).worksheets[0]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Deals")
    for row in rows:
        tr = TableRow()
        for v in row:
            if v is None:
                cell = TableCell()
            elif isinstance(v, bool):
                cell = TableCell(valuetype="boolean", booleanvalue="true" if v else "false")
            elif isinstance(v, (int, float)):
                cell = TableCell(valuetype="float", value=repr(v))
                cell.addElement(P(text=str(v)))
            elif isinstance(v, datetime.datetime):
                timed = v.time() != datetime.time(0)
                cell = TableCell(valuetype="date",
                                 datevalue=v.strftime("%Y-%m-%dT%H:%M:%S" if timed else "%Y-%m-%d"))
                cell.addElement(P(text=str(v)))
            else:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=str(v)))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(out + ".ods")

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Deals")
    date = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    stamp = xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm:ss")
    for r, row in enumerate(rows[:XLS_ROWS + 1]):
        for c, v in enumerate(row):
            if v is None:
                continue
            if isinstance(v, datetime.datetime):
                ws.write(r, c, v, stamp if v.time() != datetime.time(0) else date)
            else:
                ws.write(r, c, v)
    wb.save(out + ".xls")
    with open(csv_path, newline="", encoding="utf-8-sig") as f, \
            open(out + "-xls.csv", "w", newline="", encoding="utf-8-sig") as g:
        w = csv.writer(g)
        for i, row in enumerate(csv.reader(f)):
            if i > XLS_ROWS:
                break
            w.writerow(row)


if __name__ == "__main__":
    main(*sys.argv[1:4])
