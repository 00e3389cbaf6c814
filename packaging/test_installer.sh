#!/usr/bin/env bash
# Prove the installer on this machine: build the .deb, install it, run the installed app, uninstall it.
#
#   bash packaging/test_installer.sh
#
# Installs the Debian packages it needs (Xvfb, weston, desktop-file-utils, appstream...), then:
#  1. purges an earlier install, builds the package with packaging/build_deb.sh (timed);
#  2. installs it with apt-get (which pulls in its Depends) and checks the installed files;
#  3. from / (so nothing can come from the source tree), in a clean environment with HOME in a fresh
#     temporary folder: --version; --screenshot offscreen and, under xvfb-run, on the real xcb platform
#     (each PNG checked) plus the window itself for 5 s; on Qt's wayland platform under a headless
#     weston (when weston could be installed); the window without a display (must refuse with an exit code and
#     a message, not abort); `check` on the bundled database; `export` when the app has that command;
#     a screenshot as an unprivileged user; screenshot and check with no network (unshare -n); the
#     launch-to-painted time as a ratio to a bare PySide6 window (benchmarks/startup.py; reported only);
#  4. checks nothing was written inside /opt/azkz-desktop and that settings landed in the user's folders;
#  5. validates the installed desktop entry and AppStream metainfo;
#  6. purges the package and checks nothing of it is left under /opt and /usr;
#  7. lintian: no error or warning that is not fixed or overridden with its reason;
#  8. packaging/test_bare_system.sh: the same package on a minimal Debian 12 root made with mmdebstrap
#     (cached under /var/cache/azkz-desktop-ci/): installed with apt-get, which must find every
#     dependency, run as a user, purged clean; then the upgrade over the previous release's package.
# Prints a summary (also written to packaging/out/installer-summary.txt). Exits non-zero on any failure.
# Safe to run again. Environment: SIZE_TARGET_MB (default 90) is the limit the package size must meet.
# No duration ever fails the test: times are reported (as a ratio to a bare Qt window) for a person to read.
set -euo pipefail
umask 022
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/packaging/out"
app=azkz-desktop
metainfo=io.github.azkz_desktop.metainfo.xml
size_target=${SIZE_TARGET_MB:-90}

step() { echo "== $*"; }
fail() {
  echo "test_installer: FAILED: $*" >&2
  exit 1
}
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"

work=$(mktemp -d /tmp/azkz-installer.XXXXXX)
chmod 0755 "$work"
weston_pid=""
cleanup() {
  if [ -n "$weston_pid" ]; then kill "$weston_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# --- tools -------------------------------------------------------------------------------------------
step "installing the test tools"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
  xvfb xauth desktop-file-utils appstream binutils util-linux mmdebstrap lintian >/dev/null ||
  fail "apt-get could not install xvfb xauth desktop-file-utils appstream binutils util-linux mmdebstrap lintian"
# A headless Wayland compositor, to run the app on Qt's wayland platform too; optional.
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends weston >/dev/null 2>&1 ||
  echo "weston could not be installed: the wayland step will be skipped"

# --- a previous install goes first ---------------------------------------------------------------------
if dpkg-query -W -f='${Status}' "$app" 2>/dev/null | grep -q "installed\|config-files"; then
  step "purging the azkz-desktop already installed"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get purge -y -qq "$app" >/dev/null
fi

# --- build ---------------------------------------------------------------------------------------------
step "building the package (packaging/build_deb.sh)"
start=$(date +%s.%N)
bash packaging/build_deb.sh | tee "$work/build.log"
build_s=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
deb=$(tail -n 1 "$work/build.log")
[ -f "$deb" ] || fail "build_deb.sh did not report a package file (last line: $deb)"
case "$(basename "$deb")" in
  "${app}_"*"_$(dpkg --print-architecture).deb") ;;
  *) fail "unexpected package name $(basename "$deb")" ;;
esac
package_mb=$(awk -v b="$(stat -c %s "$deb")" 'BEGIN { printf "%.1f", b / 1e6 }')
awk -v s="$package_mb" -v t="$size_target" 'BEGIN { exit !(s <= t) }' ||
  fail "the package is $package_mb MB, over the $size_target MB target"
python=$root/.venv/bin/python # only to inspect PNGs, never to run the app

step "lintian"
# Every error and warning is fixed in build_deb.sh or overridden with its reason in
# packaging/debian/lintian-overrides; a new one fails the test. (Informational tags are not checked.)
code=0
lintian --tag-display-limit 0 --fail-on error,warning "$deb" >"$work/lintian.txt" 2>&1 || code=$?
grep -v "running with root privileges" "$work/lintian.txt" || true
[ "$code" -eq 0 ] || fail "lintian reports errors or warnings on $(basename "$deb") (exit $code, see above)"
echo "lintian: no errors or warnings ($(grep -c '^azkz-desktop:' packaging/debian/lintian-overrides) overrides, each with its reason)"

# --- install -------------------------------------------------------------------------------------------
step "installing $(basename "$deb") with apt-get"
(cd "$(dirname "$deb")" && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "./$(basename "$deb")") \
  >"$work/install.log" 2>&1 || {
  cat "$work/install.log" >&2
  fail "apt-get install ./$(basename "$deb")"
}
dpkg-query -W -f='${Status}' "$app" | grep -q "install ok installed" || fail "dpkg does not list $app as installed"
for path in /opt/$app/$app /usr/bin/$app /usr/share/applications/$app.desktop /usr/share/metainfo/$metainfo \
  /usr/share/icons/hicolor/scalable/apps/$app.svg /usr/share/doc/$app/copyright; do
  [ -e "$path" ] || fail "$path is not installed"
done
for size in 16 32 48 64 128 256; do
  [ -f "/usr/share/icons/hicolor/${size}x${size}/apps/$app.png" ] || fail "no ${size}x${size} icon installed"
done
installed_mb=$(awk -v k="$(dpkg-query -W -f='${Installed-Size}' "$app")" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }')

# --- run the installed app -------------------------------------------------------------------------------
snapshot() { # everything about the install folder that a write would change
  (cd "/opt/$app" && find . -printf '%p %y %s %m %T@\n' | sort && find . -type f -print0 | sort -z | xargs -0 sha256sum)
}
snapshot >"$work/opt-before.txt"

home="$work/home"
mkdir -p "$home"
# A clean environment: no virtualenv, no PYTHONPATH, no display unless a step sets one.
run() { (cd / && env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$home" LANG=C.UTF-8 "$@"); }

[ "$(cd / && command -v $app)" = "/usr/bin/$app" ] || fail "$app on the PATH is not /usr/bin/$app"
version=$(run "$app" --version) || fail "$app --version"
expected=$($python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
[ "$version" = "$app $expected" ] || fail "--version says '$version', expected '$app $expected'"
echo "version: $version"

check_png() { # FILE LABEL: a real, painted screenshot of the main window
  "$python" packaging/check_png.py "$1" "$2"
}

step "screenshot, offscreen"
run QT_QPA_PLATFORM=offscreen timeout 60 "$app" --screenshot "$work/offscreen.png" || fail "--screenshot offscreen"
check_png "$work/offscreen.png" offscreen || fail "offscreen screenshot"

if command -v xvfb-run >/dev/null; then
  step "screenshot on the xcb platform, under xvfb-run"
  run QT_QPA_PLATFORM=xcb timeout 60 xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --screenshot "$work/xcb.png" ||
    fail "--screenshot under xvfb-run with QT_QPA_PLATFORM=xcb"
  check_png "$work/xcb.png" xcb || fail "xcb screenshot"
  step "the window itself on xcb: still up after 5 s"
  code=0
  run QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" timeout 5 "$app" || code=$?
  [ "$code" -eq 124 ] || fail "the window on xcb ended by itself after less than 5 s (exit $code)"
  echo "xcb window: running until stopped"
else
  echo "xcb: xvfb-run not available, skipped"
fi

if command -v weston >/dev/null; then
  step "screenshot on the wayland platform, under a headless weston"
  runtime="$work/xdg-runtime"
  mkdir -m 0700 "$runtime"
  XDG_RUNTIME_DIR="$runtime" weston --backend=headless-backend.so --socket=azkz-wayland --idle-time=0 \
    >"$work/weston.log" 2>&1 &
  weston_pid=$!
  for _ in $(seq 50); do [ -S "$runtime/azkz-wayland" ] && break; sleep 0.2; done
  [ -S "$runtime/azkz-wayland" ] || fail "weston did not start: $(tail -n 3 "$work/weston.log")"
  code=0
  run XDG_RUNTIME_DIR="$runtime" WAYLAND_DISPLAY=azkz-wayland QT_QPA_PLATFORM=wayland timeout 60 \
    "$app" --screenshot "$work/wayland.png" || code=$?
  kill "$weston_pid" 2>/dev/null || true
  wait "$weston_pid" 2>/dev/null || true
  weston_pid=""
  [ "$code" -eq 0 ] || fail "--screenshot under weston with QT_QPA_PLATFORM=wayland (exit $code)"
  check_png "$work/wayland.png" wayland || fail "wayland screenshot"
else
  echo "wayland: weston not available, skipped"
fi

step "no display: the window must refuse cleanly"
code=0
run timeout 60 "$app" 2>"$work/nodisplay.err" || code=$?
# A documented exit code and one line on stderr, not an abort (>= 128: killed by a signal) or a traceback.
if [ "$code" -eq 0 ] || [ "$code" -ge 124 ] || grep -q Traceback "$work/nodisplay.err" ||
  ! grep -qi "display" "$work/nodisplay.err"; then
  fail "without a display the app exited $code instead of refusing cleanly: $(cat "$work/nodisplay.err")"
fi
echo "no display: exit $code, $(head -n 1 "$work/nodisplay.err")"

step "check"
run timeout 60 "$app" check | tee "$work/check.txt" || fail "$app check"
grep -q "^database: /opt/$app/" "$work/check.txt" || fail "check did not use the installed database"
grep -q "^ok$" "$work/check.txt" || fail "check did not say ok"

step "export"
if run timeout 60 "$app" export --help >/dev/null 2>&1; then
  run timeout 60 "$app" export -o "$work/export.csv" || fail "$app export -o $work/export.csv"
  [ -s "$work/export.csv" ] || fail "export wrote nothing"
  echo "export: $(wc -l <"$work/export.csv") lines, $(wc -c <"$work/export.csv") bytes"
else
  echo "export: subcommand not available yet"
fi

step "as an unprivileged user"
if command -v setpriv >/dev/null && id nobody >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  user_home="$work/nobody-home"
  mkdir -p "$user_home" && chown nobody "$user_home"
  (cd / && env -i PATH=/usr/bin:/bin HOME="$user_home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    setpriv --reuid=nobody --regid="$(id -gn nobody)" --clear-groups \
    timeout 60 "$app" --screenshot "$user_home/nobody.png") || fail "screenshot as user nobody"
  check_png "$user_home/nobody.png" nobody || fail "screenshot as user nobody"
else
  echo "unprivileged: not root or no setpriv/nobody, skipped"
fi

step "no network"
if $sudo unshare -n true 2>/dev/null; then
  run $sudo unshare -n env QT_QPA_PLATFORM=offscreen timeout 60 "$app" --screenshot "$work/offline.png" ||
    fail "--screenshot with no network (unshare -n)"
  check_png "$work/offline.png" "no network" || fail "screenshot with no network"
  run $sudo unshare -n timeout 60 "$app" check >/dev/null || fail "check with no network (unshare -n)"
  echo "no network: screenshot and check pass inside unshare -n"
else
  echo "no network: unshare -n is not permitted here, skipped"
fi

step "launch to painted window, offscreen: a report, never a failure"
# A time depends on the machine and its load: report it as a ratio to a bare PySide6 window (one label,
# grabbed to PNG) timed in the same run, interleaved with the app's runs (benchmarks/startup.py).
launch_line="not measured"
if "$python" benchmarks/startup.py --app "/usr/bin/$app" --runs 5 --home "$home" --json "$work/startup.json" \
  | tee "$work/startup.txt"; then
  launch_line=$("$python" -c 'import json, sys
f = json.load(open(sys.argv[1]))
print("%.2f s median, p95 %.2f s; bare window %.2f s median; ratio %.2f" % (
    f["app_median_s"], f["app_p95_s"], f["bare_median_s"], f["ratio"]))' "$work/startup.json")
else
  echo "warning: the launch could not be timed (see above); not a failure of the package" >&2
fi

step "the install folder is read-only to the app, settings go to the user's folders"
snapshot >"$work/opt-after.txt"
if ! cmp -s "$work/opt-before.txt" "$work/opt-after.txt"; then
  diff "$work/opt-before.txt" "$work/opt-after.txt" | head -n 20 >&2
  fail "the app wrote inside /opt/$app"
fi
[ -f "$home/.config/$app/$app.conf" ] || fail "no settings file at ~/.config/$app/$app.conf"
# ~/.dbus/session-bus/ is libdbus's X11 autolaunch (when dbus-x11 is installed and no session bus
# runs, as under xvfb-run), a system library's doing on any such display, not the app's.
outside=$(cd "$home" && find . -type f ! -path './.config/*' ! -path './.cache/*' ! -path './.local/share/*' \
  ! -path './.local/state/*' ! -path './.dbus/session-bus/*')
[ -z "$outside" ] || fail "files written in HOME outside the XDG folders: $outside"
echo "install folder unchanged; the app wrote in HOME: $(cd "$home" && find . -type f | sort | tr '\n' ' ')"

step "desktop entry and AppStream metainfo"
desktop-file-validate "/usr/share/applications/$app.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "/usr/share/metainfo/$metainfo" || fail "appstreamcli validate --no-net"

# --- uninstall -------------------------------------------------------------------------------------------
step "purging the package"
DEBIAN_FRONTEND=noninteractive $sudo apt-get purge -y -qq "$app" >/dev/null || fail "apt-get purge -y $app"
left=()
for path in /opt/$app /usr/bin/$app /usr/share/applications/$app.desktop /usr/share/metainfo/$metainfo \
  /usr/share/doc/$app /usr/share/icons/hicolor/*/apps/"$app".* /usr/share/applications/*azkz* \
  /usr/share/metainfo/*azkz*; do
  [ -e "$path" ] || [ -L "$path" ] && left+=("$path")
done
[ "${#left[@]}" -eq 0 ] || fail "left behind after purge: ${left[*]}"
if dpkg-query -W -f='${Status}' "$app" 2>/dev/null | grep -q "installed\|config-files"; then
  fail "dpkg still knows $app after purge"
fi
echo "nothing of $app is left under /opt or /usr"

# --- a bare Debian 12 system, and the upgrade over the previous release ----------------------------------
step "a bare Debian 12 system (packaging/test_bare_system.sh)"
start=$(date +%s)
bash packaging/test_bare_system.sh "$deb" | tee "$work/bare.log" || fail "on a bare Debian 12 system"
bare_s=$(($(date +%s) - start))
upgrade_line=$(sed -n 's/^bare system: upgrade from //p' "$work/bare.log")
bare_cache="root and previous release from the cache"
grep -q "making a minimal Debian 12 root\|building the previous release" "$work/bare.log" &&
  bare_cache="root or previous release made in this run, cached for the next"

summary="azkz-desktop installer test: passed
package:        $(basename "$deb")
package size:   $package_mb MB (target <= $size_target MB)
installed size: $installed_mb MB
build time:     $build_s s (packaging/build_deb.sh, PyInstaller + dpkg-deb)
bare system:    installed with its dependencies from the archive, ran as a user (offscreen, Xvfb,
                check, export), purged clean, and the upgrade: $bare_s s ($bare_cache)
upgrade:        from $upgrade_line
lintian:        no errors or warnings
launch:         $launch_line
                (installed app, --screenshot offscreen, 5 runs interleaved with a bare PySide6 window;
                reported, never a failure)"
echo
echo "$summary" | tee "$out/installer-summary.txt"
