#!/usr/bin/env bash
# Build build/dist/onrecord_<version>_<arch>.deb from the PyInstaller bundle.
# Usage: packaging/linux/build_deb.sh [BUNDLE_DIR]   (default build/dist/onrecord)
# Installs the bundle under /opt/onrecord, `onrecord` on the PATH via /usr/bin, the desktop
# entry, AppStream metainfo and hicolor icons. No maintainer scripts: the icon cache and the
# desktop database are refreshed by the dpkg triggers of hicolor-icon-theme and
# desktop-file-utils, so removal leaves nothing behind.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUNDLE=${1:-build/dist/onrecord}
APP_ID=org.onrecord.OnRecord
HERE=packaging/linux
ICONS=resources/icons

VERSION=$("$BUNDLE/onrecord" --version | awk '{print $2}')  # the version the bundle really has
ARCH=$(dpkg --print-architecture)
STAGE=build/deb/onrecord_${VERSION}_${ARCH}
OUT=build/dist/onrecord_${VERSION}_${ARCH}.deb

rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" \
  "$STAGE/usr/share/applications" "$STAGE/usr/share/metainfo" \
  "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$STAGE/opt/onrecord"
ln -s ../../opt/onrecord/onrecord "$STAGE/usr/bin/onrecord"
install -m 644 "$HERE/$APP_ID.desktop" "$STAGE/usr/share/applications/"
install -m 644 "$HERE/$APP_ID.metainfo.xml" "$STAGE/usr/share/metainfo/"
install -m 644 "$ICONS/onrecord.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in "$ICONS"/onrecord-*.png; do
  size=$(basename "$png" .png); size=${size#onrecord-}
  install -D -m 644 "$png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done

# Depends (control.in): what the bundle links but does not carry, found with ldd over the
# bundle: libc, EGL/GL and the libraries of bundle_trim.SYSTEM_LIBRARIES (the desktop ones bring
# the font configuration, a font and the keyboard maps). smoke.sh fails if anything is
# unresolved on the installing machine.
INSTALLED_KB=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@INSTALLED_KB@/$INSTALLED_KB/" \
  "$HERE/control.in" > "$STAGE/DEBIAN/control"

# zstd -9 (82 MB, ~20 s); xz saves about a tenth more but takes ten minutes on a busy 2-core box.
dpkg-deb --root-owner-group -Zzstd -z9 --build "$STAGE" "$OUT" >/dev/null
echo "$OUT"
