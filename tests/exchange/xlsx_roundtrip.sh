#!/bin/bash
# SalesDesk's own XLSX export of a 10,000-deal demo, imported into an empty book and exported
# again: the same cells, read by openpyxl (a reader SalesDesk did not write), whose date and
# time columns are dates and date-times to it.
#
#   tests/exchange/xlsx_roundtrip.sh path/to/salesdesk [DEALS]
set -euo pipefail
binary=$1
deals=${2:-10000}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

"$binary" demo --out first.salesdesk --deals "$deals" --as-of 2026-11-27 --currency CNY >/dev/null
"$binary" new second.salesdesk --currency CNY >/dev/null
for kind in customers contacts deals activities; do
    "$binary" export "$kind" --db first.salesdesk --out "first-$kind.xlsx" >/dev/null
done
for kind in customers contacts deals activities; do
    "$binary" import "$kind" "first-$kind.xlsx" --db second.salesdesk --json > "import-$kind.json"
done
for kind in customers contacts deals activities; do
    "$binary" export "$kind" --db second.salesdesk --out "second-$kind.xlsx" >/dev/null
done
/usr/bin/python3 "$here/xlsx_compare.py" "$work"
