#!/usr/bin/env bash
# The boundaries of ARCHITECTURE.md that a compiler cannot see, checked on the sources:
#   - app/ and ui/ reach data only through the Book: no repository, no SQL, no database opened;
#   - the services are built in one place, core/book/book.cpp;
#   - SQL runs only in core/storage/ and in repositories (files that declare a *Repository);
#   - PipelineService keeps to deals, stages and activities (customers and reps are elsewhere);
#   - core includes nothing of ui/ or app/, ui/ nothing of app/.
# Prints every offending line and exits 1 when any is found.
set -uo pipefail
root=${1:-$(dirname "$0")/..}
cd "$root" || exit 2
# Each check runs at the end of a pipeline (a subshell): what it finds is counted in a file.
found=$(mktemp)
trap 'rm -f "$found"' EXIT

offend() { # offend MESSAGE < lines
    local lines
    lines=$(cat)
    if [[ -n $lines ]]; then
        echo "$1" >&2
        echo "$lines" | sed 's/^/    /' >&2
        echo "$1" >>"$found"
    fi
}

sources() { find "$@" -name '*.cpp' -o -name '*.h' | sort; }

# Comments may name what they do not use; only code counts.
code() { grep -nH -E "$1" "${@:2}" | grep -v -E '^[^:]+:[0-9]+:\s*//'; }

code '\w+Repository\b|\bSqlQuery\b|\bQSql[A-Z]\w*|Database::(open|create)\b|new Database\b|make_unique<Database>' \
    $(sources app ui) |
    offend "app/ and ui/ construct a repository, run SQL or open a database (go through the Book):"

code '(make_unique<|new )(\w+::)*\w+Service\b|\b[A-Z]\w*Service\s+[a-z_]\w*\s*[({]' \
    $(sources core app ui) | grep -v '^core/book/book\.cpp:' |
    offend "A service is built outside core/book/book.cpp, the one place that wires them:"

for file in $(find core -name '*.cpp' | sort); do
    case $file in core/storage/*) continue ;; esac
    grep -q -E '\bSqlQuery\b' "$file" || continue
    header=${file%.cpp}.h
    [[ $file == *repository.cpp ]] && continue
    [[ -f $header ]] && grep -q -E '^class \w+Repository\b' "$header" && continue
    # The export reads the rows of every module as one table: a query of its own, read only.
    [[ $file == core/exchange/exporter.cpp ]] && continue
    echo "$file"
done | offend "SQL outside core/storage/ and the repositories:"

code '\b(customers?|reps?|addCustomer|addRep|findCustomer|findRep|customerName|repName)\(' \
    core/pipeline/pipelineservice.h |
    offend "PipelineService declares customers or reps (they belong to customers/ and team/):"

code '#include "(ui|app)/' $(sources core) |
    offend "core includes ui/ or app/:"
code '#include "app/' $(sources ui) |
    offend "ui includes app/:"

if [[ -s $found ]]; then
    exit 1
fi
echo "layers: app/ and ui/ go through the Book; services wired once; SQL in storage and repositories"
