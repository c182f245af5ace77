#!/usr/bin/env bash
# Builds the .deb from a build tree and checks what it installs and depends on.
#   packaging/check-deb.sh BUILD_DIR
set -euo pipefail
build=$1
src=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/salesdesk_*.deb)
contents=$(dpkg-deb -c "$deb")
depends=$(dpkg-deb -f "$deb" Depends)
status=0
for path in ./usr/bin/salesdesk ./usr/libexec/salesdesk/salesdesk-xls-reader \
    ./usr/share/applications/org.salesdesk.SalesDesk.desktop \
    ./usr/share/metainfo/org.salesdesk.SalesDesk.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.salesdesk.SalesDesk.svg; do
    grep -q " $path\$" <<<"$contents" || { echo "missing from the .deb: $path"; status=1; }
done
for dep in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6widgets6 libical3 \
    fonts-wqy-microhei libqt6keychain1 libsecret-1-0; do
    grep -q "$dep" <<<"$depends" || { echo "the .deb does not depend on $dep"; status=1; }
done
desktop-file-validate "$src/linux/org.salesdesk.SalesDesk.desktop" || status=1
xmllint --noout "$src/linux/org.salesdesk.SalesDesk.metainfo.xml" || status=1
[[ $status -eq 0 ]] && echo "$(basename "$deb"): contents and dependencies as expected"
exit $status
