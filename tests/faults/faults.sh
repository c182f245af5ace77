#!/usr/bin/env bash
# Fault runs against the salesdesk binary: kills in the middle of imports, edits and the demo,
# damaged books, hostile CSV files, a full disk, read-only media and file permissions. Each kind
# prints one line of a table: runs, how many held, how many did not, and what was seen.
#
#   faults.sh --binary PATH [--short] [--seed N] [--kinds "kill-import damaged …"] [--log FILE]
#
# --short is the quick version ctest runs; without it the counts are those of the full table in
# docs/reliability.md. The exit code is the number of kinds with a failure (0: all held).
set -uo pipefail

binary=""
short=0
seed=1
kinds="kill-import kill-edits kill-demo damaged hostile-csv full-disk read-only permissions"
log=""
inside=""
while (($#)); do
    case $1 in
    --binary) binary=$(realpath "$2"); shift 2 ;;
    --short) short=1; shift ;;
    --seed) seed=$2; shift 2 ;;
    --kinds) kinds=$2; shift 2 ;;
    --log) log=$(realpath -m "$2"); shift 2 ;;
    --inside) inside=$2; shift 2 ;; # a kind run again inside a mount namespace
    *) echo "faults.sh: unknown option $1" >&2; exit 64 ;;
    esac
done
[[ -x $binary ]] || { echo "faults.sh: --binary must name the salesdesk binary" >&2; exit 64; }
command -v sqlite3 >/dev/null || { echo "faults.sh: needs sqlite3 (package sqlite3)" >&2; exit 64; }
RANDOM=$seed
self=$(realpath "$0")
work=${FAULTS_WORK:-$(mktemp -d)}
[[ -n ${FAULTS_WORK:-} ]] || trap 'rm -rf "$work"' EXIT
[[ -n $log ]] || log="$work/faults.log"
export QT_QPA_PLATFORM=offscreen HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# Every book and file these runs write is owned by the user running them; the umask must not
# be what makes them private.
umask 022

count() { ((short)) && echo "$1" || echo "$2"; }
sd() { "$binary" "$@"; }
# The rows of a table of the book, read without changing it (sqlite3 in read-only mode neither
# checkpoints nor recovers into the file).
rows() { sqlite3 -readonly "$1" "SELECT count(*) FROM $2" 2>/dev/null || echo "?"; }
note() { printf '%s\n' "$*" >>"$log"; }
# Runs a command with a time limit; prints its exit code (124: it hung, 128+N: killed by N).
limited() {
    local seconds=$1
    shift
    timeout -s KILL "$seconds" "$@" >/dev/null 2>"$work/last.err"
    local rc=$?
    ((rc == 137)) && rc=124 # timeout's KILL
    echo "$rc"
}
# Milliseconds a command takes.
millis() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}
random_below() { echo $(((RANDOM * 32768 + RANDOM) % $1)); }
hash_of() { [[ -e $1 ]] && md5sum <"$1" | cut -c1-32 || echo "-"; }
# A -wal's frames ("-" for none: an empty -wal, or one of its 32-byte header alone, holds nothing
# and a reader may tidy it away).
wal_hash_of() { (($(stat -c %s "$1" 2>/dev/null || echo 0) > 32)) && hash_of "$1" || echo "-"; }

row() { # kind runs held failed what-was-seen
    printf '%-12s %6s %6s %6s  %s\n' "$1" "$2" "$3" "$4" "$5"
}

# A killed process group: the command and anything it started.
kill_after() { # milliseconds pid
    sleep "$(awk "BEGIN { print $1 / 1000 }")"
    kill -KILL -- "-$2" 2>/dev/null
    wait "$2" 2>/dev/null
}

# -- kill -9 during an import ------------------------------------------------------------------
kill_import() {
    local runs deals
    runs=$(count 5 100)
    deals=$(count 2000 20000)
    local src="$work/import-src.salesdesk" csv="$work/import.csv" empty="$work/import-empty.salesdesk"
    sd demo --out "$src" --deals "$deals" --as-of 2026-11-27 >/dev/null
    sd export deals --db "$src" --out "$csv" >/dev/null
    sd new "$empty" --currency CNY >/dev/null
    cp "$empty" "$work/t.salesdesk"
    local took
    took=$(millis sd import deals "$csv" --db "$work/t.salesdesk")
    local held=0 failed=0 none=0 all=0 finished=0
    for ((i = 0; i < runs; i++)); do
        local book="$work/ki-$i.salesdesk"
        cp "$empty" "$book"
        setsid "$binary" import deals "$csv" --db "$book" >"$work/ki.out" 2>&1 &
        local pid=$!
        kill_after "$(random_below $((took * 12 / 10 + 1)))" "$pid"
        local acknowledged=0
        grep -q "Imported in" "$work/ki.out" && acknowledged=1
        local check n add
        check=$(limited 60 "$binary" check --db "$book")
        n=$(rows "$book" deals)
        add=$(limited 60 "$binary" deals add --db "$book" --title "After" --customer "After Co" --value 1)
        if [[ $check == 0 && $add == 0 ]] && { [[ $n == "$deals" ]] || { [[ $n == 0 ]] && ((!acknowledged)); }; }; then
            ((held += 1))
            if [[ $n == 0 ]]; then ((none += 1)); else ((all += 1)); fi
            if ((acknowledged)); then ((finished += 1)); fi
        else
            ((failed++))
            note "kill-import run $i: check $check, deals $n of $deals, acknowledged $acknowledged, writer $add: $(cat "$work/last.err")"
            cp "$book" "$work/failed-ki-$i.salesdesk" 2>/dev/null
        fi
        rm -f "$book" "$book"-wal "$book"-shm "$book".lock
    done
    row kill-import "$runs" "$held" "$failed" \
        "$deals-row import (${took} ms) killed at random: $none none, $all all ($finished acknowledged), $failed partial or locked out"
    return $((failed > 0))
}

# -- kill -9 during edits ------------------------------------------------------------------------
kill_edits() {
    local runs
    runs=$(count 5 100)
    local base="$work/edits-base.salesdesk"
    sd new "$base" --currency CNY >/dev/null
    local held=0 failed=0 acked=0
    for ((i = 0; i < runs; i++)); do
        local book="$work/ke-$i.salesdesk" acks="$work/ke-$i.acks"
        cp "$base" "$book"
        : >"$acks"
        # Deals added one after another, each with a new customer; an id printed is an edit the
        # user was told is saved.
        setsid bash -c '
            for ((k = 0; ; k++)); do
                out=$("$0" deals add --db "$1" --title "Deal $k" --customer "Customer $k" \
                    --value $((k + 1)) --json) || exit
                printf "%s\n" "$out" | tr -dc "0-9\n" | grep . >>"$2"
            done' "$binary" "$book" "$acks" >/dev/null 2>&1 &
        local pid=$!
        kill_after "$((300 + $(random_below 1500)))" "$pid"
        local check add missing=0 deals customers
        check=$(limited 60 "$binary" check --db "$book")
        deals=$(rows "$book" deals)
        customers=$(rows "$book" customers)
        while read -r id; do
            [[ -z $id ]] && continue
            ((acked++))
            [[ $(sqlite3 -readonly "$book" "SELECT count(*) FROM deals WHERE id = $id") == 1 ]] \
                || ((missing++))
        done <"$acks"
        add=$(limited 60 "$binary" deals add --db "$book" --title "After" --customer "After Co" --value 1)
        if [[ $check == 0 && $add == 0 && $missing == 0 && $deals == "$customers" ]]; then
            ((held++))
        else
            ((failed++))
            note "kill-edits run $i: check $check, $missing acknowledged deals missing, $deals deals for $customers customers, writer $add: $(cat "$work/last.err")"
        fi
        rm -f "$book" "$book"-wal "$book"-shm "$book".lock "$acks"
    done
    row kill-edits "$runs" "$held" "$failed" \
        "deals add (each with a new customer) killed at random: $acked acknowledged edits, all kept in $held runs; no customer without its deal"
    return $((failed > 0))
}

# -- kill -9 during the demo ---------------------------------------------------------------------
kill_demo() {
    local runs deals
    runs=$(count 5 100)
    deals=$(count 500 3000)
    local took
    took=$(millis sd demo --out "$work/demo-timing.salesdesk" --deals "$deals" --as-of 2026-11-27)
    local held=0 failed=0 absent=0 whole=0
    for ((i = 0; i < runs; i++)); do
        local dir="$work/kd-$i"
        mkdir -p "$dir"
        setsid "$binary" demo --out "$dir/demo.salesdesk" --deals "$deals" --as-of 2026-11-27 \
            >/dev/null 2>&1 &
        local pid=$!
        kill_after "$(random_below $((took * 12 / 10 + 1)))" "$pid"
        if [[ ! -e $dir/demo.salesdesk ]]; then
            ((held++, absent++))
        elif [[ $(limited 60 "$binary" check --db "$dir/demo.salesdesk") == 0 \
            && $(rows "$dir/demo.salesdesk" deals) == "$deals" ]]; then
            ((held++, whole++))
        else
            ((failed++))
            note "kill-demo run $i: a book under the target name with $(rows "$dir/demo.salesdesk" deals) of $deals deals"
        fi
        rm -rf "$dir"
    done
    row kill-demo "$runs" "$held" "$failed" \
        "demo of $deals deals (${took} ms) killed at random: $absent left no book, $whole a whole one, $failed a half-made one"
    return $((failed > 0))
}

# -- damaged books -------------------------------------------------------------------------------
flip_byte() { # file offset
    local old new
    old=$(od -An -tu1 -j "$2" -N1 "$1" | tr -d ' ')
    [[ -z $old ]] && return
    new=$(((old ^ (1 << $(random_below 8))) & 255))
    printf "\\x$(printf %02x "$new")" | dd of="$1" bs=1 seek="$2" conv=notrunc status=none
}
put_bytes() { # file offset hex-bytes…
    local file=$1 offset=$2
    shift 2
    printf "$(printf '\\x%s' "$@")" | dd of="$file" bs=1 seek="$offset" conv=notrunc status=none
}

schema_tampering=(
    "PRAGMA foreign_keys=OFF; DROP TABLE deals; CREATE VIEW deals AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM r) SELECT n AS id FROM r"
    "PRAGMA foreign_keys=OFF; DROP TABLE customers"
    "CREATE TRIGGER evil AFTER INSERT ON deals BEGIN DELETE FROM customers; END"
    "DROP INDEX deals_stage"
    "PRAGMA writable_schema=ON; UPDATE sqlite_master SET sql = replace(sql, 'NOT NULL', '') WHERE name = 'deals'"
    "PRAGMA user_version = 99"
    "PRAGMA user_version = 0"
    "PRAGMA application_id = 7"
    "PRAGMA foreign_keys=OFF; ALTER TABLE deals RENAME TO deals_old; CREATE TABLE deals (id INTEGER PRIMARY KEY)"
    "PRAGMA foreign_keys=OFF; UPDATE deals SET customer_id = 999999 WHERE id % 7 = 0"
    "PRAGMA foreign_keys=OFF; UPDATE deals SET stage_id = NULL WHERE id = 1"
    "PRAGMA writable_schema=ON; UPDATE sqlite_master SET rootpage = 2 WHERE name = 'deals'"
)

damage() { # kind book
    local book=$1 size page=4096
    size=$(stat -c %s "$book")
    case $2 in
    bitflip)
        for ((k = 0; k <= $(random_below 8); k++)); do flip_byte "$book" "$(random_below "$size")"; done ;;
    truncate) truncate -s "$(random_below "$size")" "$book" ;;
    zero-page)
        dd if=/dev/zero of="$book" bs=$page seek=$(random_below $((size / page))) count=1 \
            conv=notrunc status=none ;;
    header) flip_byte "$book" "$(random_below 100)" ;;
    schema)
        local statement=${schema_tampering[$(random_below ${#schema_tampering[@]})]}
        note "  (schema: $statement)"
        sqlite3 "$book" "$statement" 2>/dev/null ;;
    wal-flip) # a -wal whose committed frames are damaged
        cp "$work/base-wal.salesdesk-wal" "$book-wal"
        cp "$work/base-wal.salesdesk" "$book"
        for ((k = 0; k <= $(random_below 4); k++)); do
            flip_byte "$book-wal" "$(random_below "$(stat -c %s "$book-wal")")"
        done ;;
    wal-cut) # a -wal cut off, the book's header counting pages still in it
        cp "$work/base-wal.salesdesk" "$book"
        head -c "$(random_below "$(stat -c %s "$work/base-wal.salesdesk-wal")")" \
            "$work/base-wal.salesdesk-wal" >"$book-wal" ;;
    wal-foreign) # another book's -wal beside it
        cp "$work/base-wal.salesdesk-wal" "$book-wal" ;;
    garbage) head -c "$(random_below 65536)" /dev/urandom >"$book" ;;
    esac
}

damaged() {
    local runs
    runs=$(count 45 1000)
    local base="$work/damaged-base.salesdesk"
    sd demo --out "$base" --deals 300 --as-of 2026-11-27 >/dev/null
    # A book with committed pages in its -wal only: what a writer killed before its checkpoint
    # leaves (copied while sqlite3 holds the book open, with checkpoints off).
    cp "$base" "$work/wal-src.salesdesk"
    sqlite3 "$work/wal-src.salesdesk" "PRAGMA wal_autocheckpoint=0" \
        "UPDATE deals SET title = title || ' (edited)' WHERE id % 3 = 0" \
        ".shell cp $work/wal-src.salesdesk $work/base-wal.salesdesk" \
        ".shell cp $work/wal-src.salesdesk-wal $work/base-wal.salesdesk-wal" >/dev/null
    local kinds_of_damage=(bitflip truncate zero-page header schema wal-flip wal-cut wal-foreign garbage)
    local held=0 failed=0 refused=0 passed=0 answered=0
    for ((i = 0; i < runs; i++)); do
        local book="$work/dm-$i.salesdesk" kind=${kinds_of_damage[$((i % ${#kinds_of_damage[@]}))]}
        cp "$base" "$book"
        damage "$book" "$kind"
        local before_book before_wal
        before_book=$(hash_of "$book")
        before_wal=$(wal_hash_of "$book-wal")
        local bad="" check
        check=$(limited 30 "$binary" check --db "$book")
        [[ $check == 0 || $check == 2 ]] || bad+=" check exit $check ($(head -c 200 "$work/last.err"));"
        [[ $(hash_of "$book") == "$before_book" && $(wal_hash_of "$book-wal") == "$before_wal" ]] \
            || bad+=" check changed the file;"
        for command in "deals list --json" "kpi --period 2026Q3 --json" "followups --json" \
            "export deals --out $work/dm-export.csv"; do
            # shellcheck disable=SC2086
            local rc
            rc=$(limited 30 "$binary" $command --db "$book")
            if [[ $rc != 0 && $rc != 2 ]]; then
                bad+=" ${command%% *} exit $rc ($(head -c 200 "$work/last.err"));"
            elif [[ $rc == 0 && $check != 0 ]]; then
                ((answered++))
            fi
            if [[ $(hash_of "$book") != "$before_book" || $(wal_hash_of "$book-wal") != "$before_wal" ]]; then
                bad+=" ${command%% --*} changed the file;"
                break
            fi
        done
        if [[ -z $bad ]]; then
            ((held += 1))
            if [[ $check == 0 ]]; then ((passed += 1)); else ((refused += 1)); fi
        else
            ((failed++))
            note "damaged run $i ($kind):$bad"
            cp "$book" "$work/failed-dm-$i.salesdesk" 2>/dev/null
        fi
        rm -f "$book" "$book"-wal "$book"-shm "$work/dm-export.csv"
    done
    row damaged "$runs" "$held" "$failed" \
        "9 kinds of damage; check: $refused refused (exit 2), $passed passed; 0 exits but 0 and 2 allowed, no hang over 30 s, no change to the file; $answered reads answered from a book check refuses (damage their rows do not touch)"
    return $((failed > 0))
}

# -- hostile CSV files ---------------------------------------------------------------------------
hostile_file() { # n file
    local n=$1 f=$2 entity_header="Title,Customer,Value,Stage,Created at,Closed at"
    case $((n % 16)) in
    0) head -c "$((1 + $(random_below 20000)))" /dev/urandom >"$f" ;;
    1) { echo "$entity_header"; head -c 5000 /dev/urandom; } >"$f" ;;
    2) { echo "$entity_header"; printf 'A,"%s",1,Lead,2026-01-01,\n' "$(head -c 1000000 /dev/zero | tr '\0' x)"; } >"$f" ;;
    3) { seq -s, 1 20000; seq -s, 1 20000; } >"$f" ;;
    4) { echo "$entity_header"; echo 'A,"unclosed,1,Lead,2026-01-01,'; echo 'B,C,2,Lead,2026-01-01,'; } >"$f" ;;
    5) { echo "$entity_header"; echo '=HYPERLINK("http://x"),+cmd|calc,@SUM(1),-1+1,2026-01-01,'; } >"$f" ;;
    6) { echo "$entity_header"; printf 'A\0B,C\0,1,Lead,2026-01-01,\n'; } >"$f" ;;
    7) { printf '\xff\xfe'; printf 'T\0i\0t\0l\0e\0,\0'; printf '\x00'; } >"$f" ;;
    8) { echo "$entity_header"; for v in "(5)" "12.400" "1.2.3" "1e308" "NaN" "-0" "99999999999999999999" "¥-" "--5" "5-"; do echo "T $v,C,$v,Lead,2026-01-01,"; done; } >"$f" ;;
    9) { echo "$entity_header"; for d in "2026-02-30" "0000-01-01" "9999-12-31" "31/31/2026" "2026-01-01T25:00" "yesterday" "2026-13-01" "1/2/3"; do echo "T,C,1,Won,$d,$d"; done; } >"$f" ;;
    10) printf '%s' "$entity_header" >"$f" ;;
    11) : >"$f" ;;
    12) { echo "$entity_header"; for ((k = 0; k < 2000; k++)); do printf 'T%d,C%d,%d,Lead,2026-01-01,\r' "$k" "$((k % 7))" "$k"; done; } >"$f" ;;
    13) { echo "Customer,Contact name,Email,Phone"; for ((k = 0; k < 3000; k++)); do echo "Same Co,Person $((k % 50)),,"; done; } >"$f" ;;
    14) { printf '"%.0s' $(seq 1 5000); echo; } >"$f" ;;
    15) { echo "$entity_header"; echo 'T,C,1,Won,2026-05-01,2026-01-01'; printf 'T2,"C\n\n\n",1,Lead,2026-01-01,\n'; } >"$f" ;;
    esac
}

hostile_csv() {
    local runs
    runs=$(count 32 1000)
    local base="$work/hostile-base.salesdesk"
    sd demo --out "$base" --deals 200 --as-of 2026-11-27 >/dev/null
    local entities=(deals customers contacts activities)
    local held=0 failed=0 imported=0 refused=0
    for ((i = 0; i < runs; i++)); do
        local book="$work/hc-$i.salesdesk" csv="$work/hc-$i.csv"
        cp "$base" "$book"
        hostile_file "$i" "$csv"
        local before rc bad=""
        before=$(hash_of "$book")
        # All or nothing (the default), or the valid rows with a rejects file for the others.
        local mode=()
        ((i % 2)) && mode=(--skip-invalid --rejects "$work/hc-rejects.csv")
        rc=$(limited 60 "$binary" import "${entities[$(random_below 4)]}" "$csv" --db "$book" \
            "${mode[@]}")
        case $rc in
        0) ((imported += 1)) ;;
        1) bad+=" exit 1, as if the command were wrong ($(head -c 200 "$work/last.err"));" ;;
        2) ((refused += 1))
            [[ $(hash_of "$book") == "$before" ]] || bad+=" refused, yet the book changed;" ;;
        *) bad+=" exit $rc ($(head -c 200 "$work/last.err"));" ;;
        esac
        [[ $(limited 60 "$binary" check --db "$book") == 0 ]] || bad+=" the book no longer checks;"
        # A rejects file is neutralised like an export: no cell starts a formula.
        if [[ -e $work/hc-rejects.csv ]] && grep -qE '(^|,)"?[=+@]' "$work/hc-rejects.csv"; then
            bad+=" a formula cell in the rejects file;"
        fi
        if [[ -z $bad ]]; then
            ((held++))
        else
            ((failed++))
            note "hostile-csv run $i (kind $((i % 16))):$bad"
            cp "$csv" "$work/failed-hc-$i.csv"
        fi
        rm -f "$book" "$book"-wal "$book"-shm "$csv" "$work/hc-rejects.csv"
    done
    row hostile-csv "$runs" "$held" "$failed" \
        "16 kinds of hostile file into the 4 imports, all or nothing and with --skip-invalid --rejects: $imported imported, $refused refused (exit 2) with the book unchanged; no crash, no hang over 60 s, no formula cell in a rejects file"
    return $((failed > 0))
}

# -- a full disk (a small tmpfs) -----------------------------------------------------------------
# Runs a kind again in a mount namespace of its own: as root, or as a user with user namespaces.
in_namespace() { # kind
    local args=(--binary "$binary" --seed "$seed" --log "$log" --inside "$1")
    ((short)) && args+=(--short)
    local unshare
    for unshare in "unshare -m" "unshare -rm" ""; do
        [[ -z $unshare ]] && break
        $unshare sh -c 'mount -t tmpfs -o size=1m tmpfs /mnt' 2>/dev/null && break
    done
    if [[ -z $unshare ]]; then
        row "$1" 0 0 0 "not run: this machine lets no one mount a file system here"
        return 0
    fi
    FAULTS_WORK="$work" $unshare "$self" "${args[@]}" 2>>"$log"
}

full_disk() {
    local levels
    levels=$(count 6 40)
    local base="$work/fd-base.salesdesk" csv="$work/fd.csv"
    sd demo --out "$base" --deals 2000 --as-of 2026-11-27 >/dev/null
    sd export deals --db "$base" --out "$csv" >/dev/null
    local size_kb=$(($(stat -c %s "$base") / 1024))
    local mnt="$work/fd-mnt"
    mkdir -p "$mnt"
    mount -t tmpfs -o size=$((size_kb * 3 + 4096))k tmpfs "$mnt" || return 1
    local held=0 failed=0 full=0 done_=0
    for ((i = 0; i < levels; i++)); do
        rm -rf "${mnt:?}"/*
        cp "$base" "$mnt/book.salesdesk"
        local deals_before
        deals_before=$(rows "$mnt/book.salesdesk" deals)
        # Leave between 0 and ~2 MB free.
        local free_kb=$(($(df -k --output=avail "$mnt" | tail -1)))
        local leave=$(((i * i * 53) % 2048))
        ((free_kb > leave)) && fallocate -l $(((free_kb - leave) * 1024)) "$mnt/filler" 2>/dev/null
        local bad="" before rc
        for step in import add csv xlsx pdf backup; do
            before=$(hash_of "$mnt/book.salesdesk")
            case $step in
            import) rc=$(limited 120 "$binary" import customers "$csv" --db "$mnt/book.salesdesk") ;;
            add) rc=$(limited 60 "$binary" deals add --db "$mnt/book.salesdesk" --title T --customer "New Co" --value 5) ;;
            csv) rc=$(limited 60 "$binary" export deals --db "$mnt/book.salesdesk" --out "$mnt/deals.csv") ;;
            xlsx) rc=$(limited 60 "$binary" export deals --db "$mnt/book.salesdesk" --out "$mnt/deals.xlsx") ;;
            pdf) rc=$(limited 60 "$binary" report --db "$mnt/book.salesdesk" --period 2026Q3 --out "$mnt/report.pdf") ;;
            backup) rc=$(limited 60 "$binary" backup --db "$mnt/book.salesdesk" --out "$mnt/copy.salesdesk") ;;
            esac
            if [[ $rc == 0 ]]; then
                ((done_++))
                [[ $step == xlsx ]] && ! unzip -tq "$mnt/deals.xlsx" >/dev/null 2>&1 \
                    && bad+=" xlsx exit 0 but not a whole workbook;"
                [[ $step == pdf ]] && ! pdfinfo "$mnt/report.pdf" >/dev/null 2>&1 \
                    && bad+=" pdf exit 0 but not a whole PDF;"
                [[ $step == csv ]] && [[ $(wc -l <"$mnt/deals.csv") -le $deals_before ]] \
                    && bad+=" csv exit 0 but rows missing;"
            elif [[ $rc == 2 ]]; then
                ((full++))
                grep -qiE "full|space" "$work/last.err" || bad+=" $step: exit 2 without saying the disk is full ($(head -c 200 "$work/last.err"));"
                [[ $step == xlsx && -e $mnt/deals.xlsx ]] && bad+=" a partial xlsx left;"
                [[ $step == csv && -e $mnt/deals.csv ]] && bad+=" a partial csv left;"
                [[ $step == pdf && -e $mnt/report.pdf ]] && bad+=" a partial pdf left;"
                [[ $step == backup && -e $mnt/copy.salesdesk ]] && bad+=" a partial backup left;"
                [[ $step == add || $step == import ]] && [[ $(hash_of "$mnt/book.salesdesk") != "$before" && $(rows "$mnt/book.salesdesk" deals) != "$deals_before" ]] \
                    && bad+=" $step refused, yet the book changed;"
            else
                bad+=" $step exit $rc ($(head -c 200 "$work/last.err"));"
            fi
        done
        rm -f "$mnt/filler"
        [[ $(limited 60 "$binary" check --db "$mnt/book.salesdesk") == 0 ]] || bad+=" the book no longer checks;"
        if [[ -z $bad ]]; then ((held++)); else
            ((failed++))
            note "full-disk level $i ($leave KiB free):$bad"
        fi
    done
    umount "$mnt"
    row full-disk "$levels" "$held" "$failed" \
        "import, deals add, CSV and XLSX export, PDF report, backup at $levels levels of free space (0–2 MiB): $done_ done, $full refused saying the disk is full; nothing partial left, the book checks after each"
    return $((failed > 0))
}

# -- read-only media -----------------------------------------------------------------------------
read_only() {
    local base="$work/ro-base.salesdesk"
    sd demo --out "$base" --deals 300 --as-of 2026-11-27 >/dev/null
    local mnt="$work/ro-mnt"
    mkdir -p "$mnt"
    mount -t tmpfs -o size=64m tmpfs "$mnt" || return 1
    cp "$base" "$mnt/book.salesdesk"
    mount -o remount,ro "$mnt" || { umount "$mnt"; return 1; }
    local held=0 failed=0 runs=0
    for command in "check" "deals list --json" "kpi --period 2026Q3 --json" \
        "export deals --out $work/ro.csv" "export deals --out $work/ro.xlsx" \
        "backup --out $work/ro-copy.salesdesk" "report --period 2026Q3 --out $work/ro.pdf"; do
        ((runs++))
        # shellcheck disable=SC2086
        local rc
        rc=$(limited 60 "$binary" $command --db "$mnt/book.salesdesk")
        if [[ $rc == 0 ]]; then ((held++)); else
            ((failed++))
            note "read-only: ${command} exit $rc ($(cat "$work/last.err"))"
        fi
    done
    ((runs++))
    local rc
    rc=$(limited 60 "$binary" deals add --db "$mnt/book.salesdesk" --title T --customer C --value 1)
    if [[ $rc == 2 ]] && grep -q "read-only" "$work/last.err"; then ((held++)); else
        ((failed++))
        note "read-only: a writer got exit $rc ($(cat "$work/last.err"))"
    fi
    umount "$mnt"
    row read-only "$runs" "$held" "$failed" \
        "a book on a read-only file system: check, list, kpi, CSV and XLSX export, backup, report work; a writer is told it is read-only"
    return $((failed > 0))
}

# -- permissions ---------------------------------------------------------------------------------
permissions() {
    local dir="$work/perm"
    mkdir -p "$dir"
    local held=0 failed=0 runs=0
    expect_mode() { # file mode
        ((runs++))
        local mode
        mode=$(stat -c %a "$1" 2>/dev/null)
        if [[ $mode == "$2" ]]; then ((held++)); else
            ((failed++))
            note "permissions: $(basename "$1") is $mode, not $2"
        fi
    }
    sd new "$dir/new.salesdesk" >/dev/null
    expect_mode "$dir/new.salesdesk" 600
    sd demo --out "$dir/demo.salesdesk" --deals 200 --as-of 2026-11-27 >/dev/null
    expect_mode "$dir/demo.salesdesk" 600
    sd export deals --db "$dir/demo.salesdesk" --out "$dir/deals.csv" >/dev/null
    expect_mode "$dir/deals.csv" 600
    sd export deals --db "$dir/demo.salesdesk" --out "$dir/deals.xlsx" >/dev/null
    expect_mode "$dir/deals.xlsx" 600
    sd backup --db "$dir/demo.salesdesk" --out "$dir/copy.salesdesk" >/dev/null
    expect_mode "$dir/copy.salesdesk" 600
    sd report --db "$dir/demo.salesdesk" --period 2026Q3 --out "$dir/report.pdf" >/dev/null
    expect_mode "$dir/report.pdf" 600
    sd calendar --db "$dir/demo.salesdesk" --out "$dir/cal.ics" >/dev/null 2>&1
    expect_mode "$dir/cal.ics" 600
    # A book the owner shared on purpose keeps its mode.
    chmod 640 "$dir/demo.salesdesk"
    sd deals add --db "$dir/demo.salesdesk" --title T --customer C --value 1 >/dev/null
    expect_mode "$dir/demo.salesdesk" 640
    row permissions "$runs" "$held" "$failed" \
        "with umask 022: new book, demo, CSV, XLSX, backup, PDF report, calendar all 600; a book made 640 by its owner stays 640"
    return $((failed > 0))
}

run_kind() {
    case $1 in
    kill-import) kill_import ;;
    kill-edits) kill_edits ;;
    kill-demo) kill_demo ;;
    damaged) damaged ;;
    hostile-csv) hostile_csv ;;
    full-disk) full_disk ;;
    read-only) read_only ;;
    permissions) permissions ;;
    *) echo "faults.sh: unknown kind $1" >&2; return 1 ;;
    esac
}

if [[ -n $inside ]]; then
    run_kind "$inside"
    exit $?
fi

: >"$log"
failures=0
row kind runs held failed "what was done and seen"
for kind in $kinds; do
    start=$(date +%s)
    case $kind in
    full-disk | read-only) in_namespace "$kind" ;;
    *) run_kind "$kind" ;;
    esac
    ((failures += $? != 0))
    echo "  ($(($(date +%s) - start)) s)" >>"$log"
done
if [[ -s $log ]] && grep -qv '^  (' "$log"; then
    echo
    echo "What did not hold:"
    grep -v '^  (' "$log" | head -50
fi
exit "$failures"
