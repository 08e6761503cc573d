#!/usr/bin/env bash
# Installer acceptance test (`make package-test`): build the bundle and the .deb, install it,
# run the installed app with no project venv on the PATH, then remove it and check nothing
# is left. Installs on this machine when run as root with apt (and OnRecord not already
# installed), otherwise unpacks the .deb into a scratch root. SMOKE_ROOT=scratch forces the
# latter; SMOKE_NO_BUILD=1 reuses the last build.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
SEED=$REPO/seeds/2025-07-13_kim-jong-un-lavrov-wonsan-meeting.txt
APP_ID=org.onrecord.OnRecord
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail() { echo "SMOKE FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

# The source tree's answers, taken before the build (the tree may change while it runs):
# the installed app must give the same. Needs the project venv (`make package-test` makes it).
mkdir -p "$TMP/home" "$TMP/work"
cp "$SEED" "$TMP/work/seed.txt"
"$REPO/.venv/bin/python" - "$TMP/work/seed.txt" "$TMP/work/seed.docx" <<'EOF'
import sys, docx
document = docx.Document()
for paragraph in open(sys.argv[1], encoding="utf-8").read().split("\n\n"):
    document.add_paragraph(paragraph.strip())
document.save(sys.argv[2])
EOF
for f in seed.txt seed.docx; do
  (cd "$TMP/work" && "$REPO/.venv/bin/onrecord" extract "$f" --format json) >"$TMP/dev-$f.json"
done

[ -n "${SMOKE_NO_BUILD:-}" ] || make package
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' desktop/onrecord/__init__.py)
DEB=build/dist/onrecord_${VERSION}_$(dpkg --print-architecture).deb
[ -f "$DEB" ] || fail "no $DEB"

mode=${SMOKE_ROOT:-}
if [ -z "$mode" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null && ! dpkg -s onrecord >/dev/null 2>&1; then
    mode=machine
  else
    mode=scratch
  fi
fi

step "install $DEB ($mode)"
if [ "$mode" = machine ]; then
  export DEBIAN_FRONTEND=noninteractive  # apt pulls in the Depends; fresh machines need an update
  apt-get install -y -qq --no-install-recommends "./$DEB" >/dev/null ||
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends "./$DEB" >/dev/null; }
  PREFIX=""
  trap 'dpkg -r onrecord >/dev/null 2>&1 || true; rm -rf "$TMP"' EXIT
else
  PREFIX=$TMP/root
  dpkg-deb -x "$DEB" "$PREFIX"
fi
APP=$PREFIX/usr/bin/onrecord
[ -L "$APP" ] || fail "$APP is not the symlink to /opt/onrecord"
for f in "usr/share/applications/$APP_ID.desktop" "usr/share/metainfo/$APP_ID.metainfo.xml" \
  "usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
  "usr/share/icons/hicolor/256x256/apps/$APP_ID.png"; do
  [ -f "$PREFIX/$f" ] || fail "missing /$f"
done
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$PREFIX/usr/share/applications/$APP_ID.desktop"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --pedantic "$PREFIX/usr/share/metainfo/$APP_ID.metainfo.xml" >/dev/null
fi
if [ "$mode" = machine ]; then  # every library the bundle links must resolve on this system
  missing=$(find /opt/onrecord -name '*.so*' -type f -exec ldd {} + 2>/dev/null | grep 'not found' | sort -u || true)
  [ -z "$missing" ] || fail "unresolved libraries: $missing"
fi

# The installed app runs in a bare environment: system PATH only, fresh HOME, no venv.
run() { (cd "$TMP/work" && env -i PATH=/usr/bin:/bin HOME="$TMP/home" LANG=C.UTF-8 \
  QT_QPA_PLATFORM=offscreen "$APP" "$@"); }

step "onrecord --version"
got=$(run --version)
[ "$got" = "onrecord $VERSION" ] || fail "--version said '$got', want 'onrecord $VERSION'"
echo "$got"

step "onrecord extract seed.txt --format json"
run extract seed.txt --format json >"$TMP/installed.json"
"$REPO/.venv/bin/python" - "$TMP/installed.json" "$TMP/dev-seed.txt.json" <<'EOF'
import json, sys
installed, dev = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:])
quotes = installed["quotes"]
assert quotes, "the installed app found no quotes in the seed article"
assert installed == dev, "the installed app's extraction differs from the source tree's (source edited since the build?)"
speakers = {(q.get("speaker") or {}).get("name") for q in quotes}
assert "Kim Jong-un" in speakers, f"Kim Jong-un not among the speakers: {sorted(map(str, speakers))}"
print(f"{len(quotes)} quotes, same as the source tree; speakers include Kim Jong-un")
EOF

step "onrecord extract seed.docx (python-docx and lxml inside the bundle)"
run extract seed.docx --format json >"$TMP/installed-docx.json"
cmp -s "$TMP/installed-docx.json" "$TMP/dev-seed.docx.json" || fail "the installed app reads .docx differently"
echo "same quotes as the source tree"

step "onrecord store demo, then check seed.txt against it (store and matching)"
run store demo --store "$TMP/work/demo.db" >/dev/null
run check seed.txt --store "$TMP/work/demo.db" >"$TMP/check.txt"
grep -q verbatim "$TMP/check.txt" || fail "no quote of the seed matched the demo store verbatim"
echo "$(grep -c verbatim "$TMP/check.txt") quotes found verbatim in the demo store"

step "onrecord gui --self-test seed.txt"
out=$(run gui --self-test seed.txt --store "$TMP/work/workspace.db")
echo "$out"
want=$("$REPO/.venv/bin/python" -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["quotes"]))' "$TMP/installed.json")
grep -q "self-test: $want quotes listed" <<<"$out" || fail "the GUI did not list the $want quotes"

if [ "$mode" = machine ] && [ -f bench/startup.py ]; then
  step "cold start of the installed app"
  "$REPO/.venv/bin/python" bench/startup.py --installed --runs "${SMOKE_RUNS:-3}" || fail "bench/startup.py --installed"
fi

step "sizes (goal: under 200 MB installed)"
size() { du -s --block-size=1 "$1" | awk '{printf "%.1f MB (%.1f MiB)", $1 / 1e6, $1 / 1048576}'; }
echo "bundle:    $(size build/dist/onrecord)   build/dist/onrecord"
echo ".deb:      $(size "$DEB")"
echo "installed: $(size "$PREFIX/opt/onrecord")   /opt/onrecord"
installed_kib=$(dpkg-deb -f "$DEB" Installed-Size)
echo "package:   $installed_kib KiB in all (Installed-Size)"
[ $((installed_kib * 1024)) -lt 200000000 ] || fail "installed size $installed_kib KiB is not under 200 MB"

if [ "$mode" = machine ]; then
  step "remove"
  dpkg -r onrecord 2>&1 | grep -v "directory '/opt' not empty" || true
  left=$(dpkg-deb -c "$DEB" | awk '{print $6}' | sed 's|^\./|/|' | grep -v '/$' |
    while read -r f; do [ -e "$f" ] || [ -L "$f" ] && echo "$f"; done || true)
  [ -z "$left" ] || fail "left behind after removal: $left"
  [ ! -e /opt/onrecord ] || fail "/opt/onrecord still exists"
  echo "removed cleanly"
fi
echo "SMOKE OK"
