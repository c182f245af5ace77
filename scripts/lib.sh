# Shared by scripts/run, scripts/test and scripts/bench. Sourced, not run.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# What a fresh Debian 12 needs to build, test, run and package SalesDesk.
BUILD_PACKAGES=(cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-tools-dev
    qt6-l10n-tools qt6-translations-l10n libsqlite3-dev catch2
    libxlsxwriter-dev libcsv-dev libminizip-dev libfreexl-dev libpq-dev libicu-dev libical-dev
    qtkeychain-qt6-dev)
# Qt's PostgreSQL driver opens team servers; QtKeychain reaches the desktop's keychain through
# libsecret.
RUN_PACKAGES=(qt6-qpa-plugins libqt6svg6 fonts-noto-cjk fonts-wqy-microhei libqt6sql6-psql
    libsecret-1-0)
TEST_PACKAGES=(clang-format-16 dpkg-dev file sqlite3 desktop-file-utils libxml2-utils tzdata
    faketime poppler-utils unzip python3-openpyxl postgresql gnome-keyring dbus-daemon)

# Installs whichever of the named Debian packages are missing (through sudo when not root).
ensure_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$p")
    done
    ((${#missing[@]} == 0)) && return 0
    echo "Installing: ${missing[*]}" >&2
    local sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# configure_and_build DIR [cmake args…]
configure_and_build() {
    local dir=$1
    shift
    cmake -S "$ROOT" -B "$dir" -G Ninja "$@" >/dev/null
    cmake --build "$dir" --parallel "$(nproc)"
}
