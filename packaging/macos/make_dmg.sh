#!/usr/bin/env bash
# macOS only: build azkz-desktop.app with PyInstaller and wrap it in a disk image. NOT run on the Linux
# build machine (it needs macOS, hdiutil and, to sign, Apple's tools).
#
#   bash packaging/macos/make_dmg.sh
#
# The .app comes from the BUNDLE section of packaging/azkz-desktop.spec: bundle identifier
# io.github.azkz_desktop, icon resources/azkz-desktop.icns, version from pyproject.toml, Info.plist keys
# (display name, category Education, minimum macOS 12, high-resolution capable). Output:
# packaging/out/azkz-desktop-<version>-<arch>.dmg, holding the app and a link to /Applications.
#
# Environment (optional):
#   CODESIGN_IDENTITY   "Developer ID Application: ..." to sign the app (hardened runtime) and the image
#   NOTARY_PROFILE      a `xcrun notarytool store-credentials` profile to notarize and staple the image
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(uname -s)" = Darwin ] || {
  echo "make_dmg.sh: runs on macOS only" >&2
  exit 1
}
out=packaging/out
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
python=.venv/bin/python
$python -m pip install --quiet --disable-pip-version-check -e ".[package]"
version=$($python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(uname -m)

$python packaging/render_icons.py --check
$python -m PyInstaller --noconfirm --clean --distpath "$out/dist" --workpath "$out/build" packaging/azkz-desktop.spec
bundle="$out/dist/azkz-desktop.app"
[ -d "$bundle" ] || {
  echo "make_dmg.sh: PyInstaller did not produce $bundle" >&2
  exit 1
}

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$bundle"
  codesign --verify --deep --strict "$bundle"
fi

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$bundle" "$staging/"
ln -s /Applications "$staging/Applications"
dmg="$out/azkz-desktop-$version-$arch.dmg"
rm -f "$dmg"
hdiutil create -volname "Azerbaijan–Kazakhstan Relations" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$dmg"
fi
if [ -n "${NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
fi
hdiutil verify "$dmg"
echo "$dmg"
