#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests of the team edition.
#   pgcluster.sh start STATE   initdb + pg_ctl on a free port of 127.0.0.1, in a new temporary
#                              folder; STATE (a file) gets the folder on its first line and the
#                              server's address, postgresql://salesdesk@127.0.0.1:PORT, on its
#                              second.
#   pgcluster.sh stop STATE    stops that server and deletes its folder.
# Run as root, the server runs as the unprivileged user nobody (PostgreSQL refuses root).
set -euo pipefail
command=$1 state=$2

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z $bin ]]; then
    echo "PostgreSQL is not installed (package postgresql)" >&2
    exit 1
fi
as=()
if [[ $(id -u) -eq 0 ]]; then
    as=(runuser -u nobody --)
fi

case $command in
start)
    if [[ -f $state ]]; then
        "$0" stop "$state" || true
    fi
    # A short path: the server's socket lives in it too (at most 107 bytes).
    dir=$(mktemp -d /tmp/salesdesk-pg.XXXXXX)
    chmod 755 "$dir"
    [[ ${#as[@]} -gt 0 ]] && chown nobody "$dir"
    # The superuser "salesdesk" may connect from this machine without a password; the roles
    # the tests make are ordinary ones.
    "${as[@]}" env LC_ALL=C.UTF-8 "$bin/initdb" -D "$dir/data" -U salesdesk --auth=trust \
        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    # Members of the role salesdesk_password (made by the tests that need one) must give their
    # password over TCP, as on a real server.
    sed -i '1i host all +salesdesk_password 127.0.0.1/32 scram-sha-256' "$dir/data/pg_hba.conf"
    # A free port: asked of the kernel, then given to the server (tried again on a clash).
    for attempt in 1 2 3 4 5; do
        port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
        if "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
            start >/dev/null; then
            printf '%s\npostgresql://salesdesk@127.0.0.1:%s\n' "$dir" "$port" >"$state"
            exit 0
        fi
    done
    cat "$dir/server.log" >&2
    exit 1
    ;;
stop)
    dir=$(head -n 1 "$state")
    if [[ -d $dir/data ]]; then
        "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    [[ $dir == /tmp/salesdesk-pg.* ]] && rm -rf "$dir"
    rm -f "$state"
    ;;
*)
    echo "usage: $0 start|stop STATE" >&2
    exit 2
    ;;
esac
