#!/usr/bin/env bash
# with-keyring.sh COMMAND [ARGS…]
# Runs the command in a D-Bus session of its own, with a GNOME Keyring of its own unlocked in a
# new temporary home: the desktop's keychain, headless, for the tests of kept passwords.
set -euo pipefail
home=$(mktemp -d /tmp/salesdesk-keyring.XXXXXX)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/share XDG_CONFIG_HOME=$home/config \
    XDG_CACHE_HOME=$home/cache XDG_RUNTIME_DIR=$home/run
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# The keyring's own password unlocks it; the daemon goes when the session's bus does.
dbus-run-session -- bash -c '
    eval "$(printf "test keyring" | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    exec "$@"' with-keyring "$@"
