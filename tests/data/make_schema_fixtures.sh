#!/usr/bin/env bash
# Rebuilds schema_v2 … schema_vN.salesdesk: a small demo company written by the SalesDesk of
# each schema version, for the test that migrates every released version to the current one.
# Each version is built from the last commit at which it was the newest schema:
#   v2 227dd94   v3 91456b5   v4 be6be4c   v5 7a84e56   v6 fc8b8ab (with a USD deal)
#   v7 6b3a735 (with a USD deal)   v8 fd5d463 (with a USD deal)   v9 38424ca (with a USD deal)
#   v10 cbd1163 (with a USD deal)   v11 a619acc (with a USD deal)   v12 6883ecf (with a USD
#   deal)   v13 716296e (with a USD deal)   v14 11df8ff (with a USD deal)
#   v15 6ea7dbb (with a USD deal)   v16 41b19f9 (with a USD deal)
#   v17 695e629 (with a USD deal)   v18 (this tree, with a USD deal)
# When a migration 000N+1 is added, add the commit that last wrote version N here and run this
# once: the test then expects schema_vN+1.salesdesk too (made by the new code). Slow: it builds
# each old version (about three minutes apiece on two cores).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'for w in "$work"/v*; do git -C "$root" worktree remove --force "$w" 2>/dev/null || true; done; rm -rf "$work"' EXIT
demo() { # BINARY OUT
    rm -f "$2"
    "$1" demo --out "$2" --deals 60 --seed 5 --as-of 2026-06-30 >/dev/null
}
# A book of version 6 on (exchange rates exist) also gets a deal in dollars.
dollars() { # BINARY FILE
    "$1" rates set --db "$2" --currency USD --rate 7.10 --from 2026-01-01 >/dev/null
    "$1" deals add --db "$2" --title "Dollar order" --customer "Pacific Imports" --value 1000 \
        --currency USD --created 2026-06-01 >/dev/null
}
for spec in 2:227dd94 3:91456b5 4:be6be4c 5:7a84e56 6:fc8b8ab 7:6b3a735 8:fd5d463 9:38424ca \
    10:cbd1163 11:a619acc 12:6883ecf 13:716296e \
    14:11df8ff 15:6ea7dbb 16:41b19f9 17:695e629; do
    v=${spec%%:*} commit=${spec#*:}
    git -C "$root" worktree add -f "$work/v$v" "$commit" >/dev/null 2>&1
    cmake -S "$work/v$v" -B "$work/v$v/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DSALESDESK_BUILD_TESTS=OFF >/dev/null
    cmake --build "$work/v$v/build" --target salesdesk >/dev/null
    demo "$work/v$v/build/app/salesdesk" "$here/schema_v$v.salesdesk"
    if ((v >= 6)); then
        dollars "$work/v$v/build/app/salesdesk" "$here/schema_v$v.salesdesk"
    fi
done
current=$root/build/ci/app/salesdesk
[[ -x $current ]] || { echo "build the current tree first (scripts/test)" >&2; exit 1; }
demo "$current" "$here/schema_v18.salesdesk"
dollars "$current" "$here/schema_v18.salesdesk"
for f in "$here"/schema_v[2-9].salesdesk "$here"/schema_v1[0-8].salesdesk; do
    sqlite3 "$f" "VACUUM"
done
echo "wrote schema_v2 … schema_v18 in $here"
