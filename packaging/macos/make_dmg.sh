#!/usr/bin/env bash
# Sign, package, notarise and staple build/dist/OnRecord.app into build/dist/OnRecord-<version>.dmg.
# Run on macOS after PyInstaller (see packaging/README.md). Needs:
#   SIGN_ID         "Developer ID Application: <name> (<TEAMID>)" in the login keychain
#   NOTARY_PROFILE  a profile made with `xcrun notarytool store-credentials`
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${SIGN_ID:?set SIGN_ID to the Developer ID Application identity}"
: "${NOTARY_PROFILE:?set NOTARY_PROFILE to a notarytool keychain profile}"
APP=build/dist/OnRecord.app
ENTITLEMENTS=packaging/macos/entitlements.plist
VERSION=$(/usr/libexec/PlistBuddy -c "Print CFBundleShortVersionString" "$APP/Contents/Info.plist")
DMG=build/dist/OnRecord-$VERSION.dmg
sign() { codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" --sign "$SIGN_ID" "$@"; }

echo "1. sign every Mach-O file inside out, then the app"
find "$APP/Contents" -type f -print0 | while IFS= read -r -d '' f; do
  if file -b "$f" | grep -q "Mach-O"; then sign "$f"; fi
done
sign "$APP"

echo "2. verify the signature"
codesign --verify --deep --strict --verbose=2 "$APP"

echo "3. build and sign the disk image"
STAGE=$(mktemp -d)
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "OnRecord $VERSION" -srcfolder "$STAGE" -format UDZO -ov "$DMG"
rm -rf "$STAGE"
codesign --force --timestamp --sign "$SIGN_ID" "$DMG"

echo "4. notarise (waits for Apple's verdict)"
xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait

echo "5. staple the ticket and check Gatekeeper"
xcrun stapler staple "$DMG"
spctl -a -t open --context context:primary-signature -v "$DMG"
echo "$DMG"
