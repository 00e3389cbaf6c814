#!/usr/bin/env bash
# Build the Debian package from a clean checkout:
#
#   bash packaging/build_deb.sh
#
# 1. sets up .venv with the app (scripts/setup.sh) and PyInstaller (the `package` extra) if missing,
# 2. compiles the translation catalogues (resources/translations/*.ts -> .qm, pyside6-lrelease),
#    freezes the app with PyInstaller (packaging/azkz-desktop.spec) into packaging/out/dist/azkz-desktop,
# 3. strips debug symbols, checks the Depends list against what the bundled binaries link to,
# 4. lays out the package tree and runs dpkg-deb:
#      /opt/azkz-desktop/                      the bundle (executable azkz-desktop + _internal/)
#      /usr/bin/azkz-desktop                   launcher script
#      /usr/share/applications/azkz-desktop.desktop
#      /usr/share/icons/hicolor/{16x16..256x256,scalable}/apps/azkz-desktop.{png,svg}
#      /usr/share/metainfo/io.github.azkz_desktop.metainfo.xml
#      /usr/share/doc/azkz-desktop/            copyright and third-party licences
#
# Output: packaging/out/azkz-desktop_<version>_<arch>.deb (its path is the last line printed).
# Environment: DEB_MAINTAINER="Name <address>" sets the Maintainer field (the default address is a
# placeholder under .invalid: set it for a published package).
set -euo pipefail
umask 022
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/packaging/out"
app=azkz-desktop
metainfo=io.github.azkz_desktop.metainfo.xml
pyinstaller_version=6.22.3 # keep equal to the `package` extra in pyproject.toml

say() { echo "build_deb: $*"; }
fail() {
  echo "build_deb: error: $*" >&2
  exit 1
}

# Libraries the bundle links to and does not carry (packaging/deb_depends.py checks this list against
# the NEEDED entries of every bundled binary; the build stops if one is missing). The Qt xcb platform:
# libxcb*, libx11*, libxkbcommon*, GL/EGL, fontconfig/freetype, glib, D-Bus. Qt's Wayland platform:
# libwayland-*. Python's extension modules: ssl, sqlite3, ffi, bz2, lzma, zlib, uuid. QtNetwork (the
# local socket that keeps one window per database) links brotli and GSSAPI; Qt's CUPS print plugin
# (File → Print… to the system's printers) links libcups.
# GLIBCXX_3.4.29 (the highest the bundle uses) is GCC 11's libstdc++.
depends=(
  "libc6 (>= 2.35)" "libgcc-s1" "libstdc++6 (>= 11)"
  libdbus-1-3 libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0
  libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0
  libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon0 libxkbcommon-x11-0
  libwayland-client0 libwayland-cursor0
  libssl3 libsqlite3-0 libffi8 libbz2-1.0 liblzma5 zlib1g libzstd1 libuuid1
  libbrotli1 libgssapi-krb5-2 libcups2
)
depends_field=$(
  IFS=,
  echo "${depends[*]}"
)
depends_field=${depends_field//,/, }

# --- tools -------------------------------------------------------------------------------------------
command -v dpkg-deb >/dev/null || fail "dpkg-deb not found: this script builds a Debian package on Debian/Ubuntu"
if ! command -v readelf >/dev/null || ! command -v strip >/dev/null || ! command -v chrpath >/dev/null; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  say "installing binutils (readelf, strip) and chrpath"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends binutils chrpath >/dev/null
fi
# The libraries the bundle links to must be on the build machine, so that the Depends check can name the
# package of each; libcups2 is the one a machine without printing lacks (Qt's CUPS print plugin).
if ! dpkg-query -W -f='${Status}' libcups2 2>/dev/null | grep -q "ok installed"; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  say "installing libcups2 (for Qt's print plugin)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends libcups2 >/dev/null
fi

# --- the virtual environment with the app and PyInstaller --------------------------------------------
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c "import azkz_desktop, PySide6, numpy, pyqtgraph" 2>/dev/null; then
  say "setting up .venv (scripts/setup.sh)"
  bash scripts/setup.sh
fi
python=.venv/bin/python
version=$($python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
installed=$($python -c 'from importlib.metadata import version; print(version("azkz-desktop"))' 2>/dev/null || true)
have_pyinstaller=$($python -c 'from importlib.metadata import version; print(version("pyinstaller"))' 2>/dev/null || true)
if [ "$have_pyinstaller" != "$pyinstaller_version" ] || [ "$installed" != "$version" ]; then
  say "installing the app and PyInstaller $pyinstaller_version into .venv (pip install -e '.[package]')"
  $python -m pip install --quiet --disable-pip-version-check -e ".[package]"
fi

# Debian version from the PEP 440 one: 1.2.0rc1 -> 1.2.0~rc1, 1.2.0.dev3 -> 1.2.0~dev3.
deb_version=$(echo "$version" | sed -E 's/\.?(a|b|rc|dev)([0-9]+)/~\1\2/g; s/\.post([0-9]+)/+post\1/')
arch=$(dpkg --print-architecture)
deb="$out/${app}_${deb_version}_${arch}.deb"
say "version $version (Debian $deb_version), architecture $arch"

# --- consistency of the resources ----------------------------------------------------------------------
grep -q "<release version=\"$version\"" "resources/$metainfo" ||
  fail "resources/$metainfo has no <release version=\"$version\">: add the release there"
QT_QPA_PLATFORM=offscreen $python packaging/render_icons.py --check ||
  fail "the icons in resources/ are out of date with azkz-desktop.svg: run $python packaging/render_icons.py"
[ -s src/azkz_desktop/bundled/relations.sqlite ] || fail "src/azkz_desktop/bundled/relations.sqlite is missing"

# --- translations: the .ts sources compiled into the package (pyside6-lrelease) -------------------------
say "compiling the translation catalogues"
$python -m azkz_desktop.ui.catalogues >/dev/null || fail "the catalogues in resources/translations do not compile"

# --- freeze ------------------------------------------------------------------------------------------
say "freezing with PyInstaller"
rm -rf "$out/dist/$app"
$python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$out/dist" --workpath "$out/build" packaging/azkz-desktop.spec
bundle="$out/dist/$app"
[ -x "$bundle/$app" ] || fail "PyInstaller did not produce $bundle/$app"
# pyqtgraph is imported lazily by the UI, so a launch cannot show it missing: check the archive instead.
grep -q "'pyqtgraph.graphicsItems.PlotItem.PlotItem'" "$out/build/$app/PYZ-00.toc" ||
  fail "pyqtgraph is missing from the bundle's Python archive"
[ -f "$bundle/_internal/azkz_desktop/bundled/relations.sqlite" ] || fail "the database is missing from the bundle"

# Strip what dh_strip would: debug sections and symbol tables of the libraries (Python built from source
# keeps its debug symbols; wheels ship some libraries unstripped). Not the executable itself: PyInstaller
# appends its archive to it. And drop a RUNPATH that points outside the bundle (the build machine's
# Python prefix, e.g. /root/.pyenv/...): on a user's machine it is a path into someone's home, at best
# dead. A RUNPATH made of $ORIGIN entries stays: that is how the bundle finds its own libraries.
stripped=0
unpathed=0
while IFS= read -r -d '' file; do
  [ "$file" != "$bundle/$app" ] || continue
  [ "$(head -c 4 "$file" | od -An -c | tr -d ' ')" = "177ELF" ] || continue
  # (grep without -q reads all of readelf's output: an early exit would fail the pipe under pipefail)
  # auditwheel-repaired files (the wheel's *.libs/ folder, and the modules patched to find it) were
  # rewritten by patchelf, and strip corrupts such files ("ELF load command ... not page-aligned").
  case "$file" in *.libs/*) repaired=1 ;; *) repaired=0 ;; esac
  readelf -d "$file" 2>/dev/null | grep -E 'R[UN]*PATH.*\.libs' >/dev/null && repaired=1
  if [ "$repaired" -eq 0 ] && readelf -S "$file" 2>/dev/null | grep -E '\.debug_|\.symtab' >/dev/null; then
    strip --strip-unneeded --remove-section=.comment "$file"
    stripped=$((stripped + 1))
  fi
  runpath=$(readelf -d "$file" 2>/dev/null | sed -n 's/.*(R[UN]*PATH).*\[\(.*\)\]/\1/p')
  if [ -n "$runpath" ]; then
    kept=$(echo "$runpath" | tr ':' '\n' | { grep '^\$ORIGIN' || true; } | paste -sd:)
    if [ "$kept" != "$runpath" ]; then
      if [ -n "$kept" ]; then chrpath -r "$kept" "$file" >/dev/null; else chrpath -d "$file" >/dev/null; fi
      unpathed=$((unpathed + 1))
    fi
  fi
done < <(find "$bundle" -type f -print0)
say "stripped $stripped files; removed a RUNPATH outside the bundle from $unpathed"

say "checking Depends against the bundle's binaries"
$python packaging/deb_depends.py "$bundle" "$depends_field"

# --- package tree --------------------------------------------------------------------------------------
maintainer=${DEB_MAINTAINER:-azkz-desktop developers <maintainers@azkz-desktop.invalid>}
tree="$out/deb/${app}_${deb_version}_${arch}"
rm -rf "$tree"
mkdir -p "$tree/DEBIAN" "$tree/opt" "$tree/usr/bin" "$tree/usr/share/applications" \
  "$tree/usr/share/metainfo" "$tree/usr/share/doc/$app/licenses" "$tree/usr/share/icons/hicolor/scalable/apps"
cp -a "$bundle" "$tree/opt/$app"
chmod -R u+rwX,go+rX,go-w "$tree/opt/$app"
# Shared libraries are loaded, never run: not executable (Debian policy 8.1).
find "$tree/opt/$app" -type f \( -name '*.so' -o -name '*.so.*' \) -exec chmod 0644 {} +

cat >"$tree/usr/bin/$app" <<EOF
#!/bin/sh
# azkz-desktop: the app lives in /opt/$app (a PyInstaller bundle).
exec /opt/$app/$app "\$@"
EOF
chmod 0755 "$tree/usr/bin/$app"

install -m 0644 "resources/$app.desktop" "$tree/usr/share/applications/$app.desktop"
install -m 0644 "resources/$metainfo" "$tree/usr/share/metainfo/$metainfo"
install -m 0644 "resources/$app.svg" "$tree/usr/share/icons/hicolor/scalable/apps/$app.svg"
for size in 16 32 48 64 128 256; do
  mkdir -p "$tree/usr/share/icons/hicolor/${size}x${size}/apps"
  install -m 0644 "resources/$app-$size.png" "$tree/usr/share/icons/hicolor/${size}x${size}/apps/$app.png"
done

install -m 0644 packaging/debian/copyright "$tree/usr/share/doc/$app/copyright"
install -m 0644 src/azkz_desktop/bundled/LICENSES.md "$tree/usr/share/doc/$app/LICENSES.md"
# A native package's changelog (Debian policy 12.7), pointing to the metainfo's release notes.
release_date=$(sed -n "s/.*<release version=\"$version\" date=\"\([0-9-]*\)\".*/\1/p" "resources/$metainfo")
printf '%s (%s) unstable; urgency=medium\n\n  * Release %s: what changed is in the AppStream metainfo,\n    %s.\n\n -- %s  %s\n' \
  "$app" "$deb_version" "$version" "/usr/share/metainfo/$metainfo" "$maintainer" \
  "$(LC_ALL=C date -u -R -d "$release_date 12:00")" >"$out/deb/changelog"
gzip -9nc "$out/deb/changelog" >"$tree/usr/share/doc/$app/changelog.gz"
chmod 0644 "$tree/usr/share/doc/$app/changelog.gz"
# The manual page, generated from the command line's own parser and exit codes.
mkdir -p "$tree/usr/share/man/man1" "$tree/usr/share/lintian/overrides"
$python packaging/make_manpage.py "$out/deb/$app.1"
gzip -9nc "$out/deb/$app.1" >"$tree/usr/share/man/man1/$app.1.gz"
chmod 0644 "$tree/usr/share/man/man1/$app.1.gz"
install -m 0644 packaging/debian/lintian-overrides "$tree/usr/share/lintian/overrides/$app"
site=$($python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
stdlib=$($python -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
for pair in "python:$stdlib/LICENSE.txt" "numpy:$site/numpy-*.dist-info/licenses/LICENSE.txt" \
  "pyqtgraph:$site/pyqtgraph-*.dist-info/licenses/LICENSE.txt"; do
  name=${pair%%:*}
  for file in ${pair#*:}; do
    [ -f "$file" ] && install -m 0644 "$file" "$tree/usr/share/doc/$app/licenses/$name-LICENSE.txt"
  done
done

installed_kib=$(du -sk --apparent-size --exclude=DEBIAN "$tree" | cut -f1)
cat >"$tree/DEBIAN/control" <<EOF
Package: $app
Version: $deb_version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $installed_kib
Depends: $depends_field
Section: education
Priority: optional
Description: offline viewer of the history of Azerbaijan–Kazakhstan relations
 Browse the relations between Azerbaijan and Kazakhstan on a zoomable timeline,
 with an event list and a detail pane. The app ships with its own database of
 dated events, the documents they come from and the trade figures those
 documents give, and works without a network connection.
 .
 Every event is sourced: the detail pane quotes, word for word, the passage of
 a bundled document that states it. The command "azkz-desktop check" validates
 a database.
EOF
(cd "$tree" && find . -path ./DEBIAN -prune -o -type f -print0 | sort -z | xargs -0 md5sum | sed 's| \./| |') \
  >"$tree/DEBIAN/md5sums"
chmod 0644 "$tree/DEBIAN/control" "$tree/DEBIAN/md5sums"

mkdir -p "$out"
rm -f "$deb"
say "building $(basename "$deb")"
dpkg-deb --root-owner-group -Zxz --build "$tree" "$deb" >/dev/null
dpkg-deb --info "$deb" >/dev/null || fail "dpkg-deb cannot read back $deb"
size=$(stat -c %s "$deb")
package_mb=$(awk -v b="$size" 'BEGIN { printf "%.1f", b / 1e6 }')
installed_mb=$(awk -v k="$installed_kib" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }')
say "package: $package_mb MB, installed: $installed_mb MB"
echo "$deb"
