#!/usr/bin/python3
"""Compares first-KIND.xlsx with second-KIND.xlsx cell for cell with openpyxl (Debian's
python3-openpyxl), and checks that their date and time columns hold dates and date-times."""

import datetime
import json
import os
import sys

import openpyxl

# The columns SalesDesk exports as dates (datetime.date in openpyxl: a date-time at midnight)
# and as date-times.
DATES = {
    "customers": {"Created at": "datetime"},
    "contacts": {},
    "deals": {"Expected close": "date", "Created at": "datetime", "Closed at": "datetime"},
    "activities": {"Due at": "datetime", "Done at": "datetime", "Deal created at": "datetime"},
}


def rows(path):
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    return [list(r) for r in sheet.iter_rows(values_only=True)]


def main(work):
    failures = 0
    for kind, dates in DATES.items():
        first = rows(os.path.join(work, "first-%s.xlsx" % kind))
        second = rows(os.path.join(work, "second-%s.xlsx" % kind))
        with open(os.path.join(work, "import-%s.json" % kind)) as f:
            report = json.load(f)
        header = first[0]
        print("%-10s %6d rows, imported %d, skipped %d, rejected %d"
              % (kind, len(first) - 1, report["imported"], report["skipped"], report["rejected"]))
        if report["rejected"] != 0 or report["imported"] + report["skipped"] != len(first) - 1:
            print("  the import did not take every row")
            failures += 1
        if first != second:
            failures += 1
            if len(first) != len(second):
                print("  %d rows, then %d" % (len(first), len(second)))
            for i, (a, b) in enumerate(zip(first, second)):
                if a != b:
                    print("  row %d differs:\n    %r\n    %r" % (i + 1, a, b))
                    break
        for name, kind_of in dates.items():
            if name not in header:
                print("  no column %r" % name)
                failures += 1
                continue
            column = header.index(name)
            values = [r[column] for r in first[1:] if r[column] is not None]
            if not values:
                print("  column %r is empty" % name)
                failures += 1
                continue
            wrong = [v for v in values if not isinstance(v, datetime.datetime)]
            if wrong:
                print("  column %r holds %d values that are not dates, such as %r"
                      % (name, len(wrong), wrong[0]))
                failures += 1
                continue
            timed = sum(1 for v in values if v.time() != datetime.time(0, 0))
            if kind_of == "date" and timed:
                print("  column %r: %d dates with a time of day" % (name, timed))
                failures += 1
            if kind_of == "datetime" and not timed:
                print("  column %r: no value has a time of day" % name)
                failures += 1
            print("  %-16s %6d %s values" % (name, len(values), kind_of))
    if failures:
        print("FAILED: %d differences" % failures)
        return 1
    print("the same cells in both exports")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
