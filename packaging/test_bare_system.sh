#!/usr/bin/env bash
# Prove the package on a bare Debian 12 system, and its upgrade over the previous release:
#
#   bash packaging/test_bare_system.sh PACKAGE.deb
#
# On the build machine every library is installed already, so a missing Depends would not show there.
# This script makes a minimal Debian 12 root (mmdebstrap --variant=apt: the Essential packages and apt,
# nothing else; from the Debian archive this machine's apt uses, /etc/apt/sources.list.d/debian.sources
# unless AZKZ_BARE_SOURCES names another sources file), caches it as a tarball under
# /var/cache/azkz-desktop-ci/ keyed by what goes into it, and inside a fresh copy of it, chrooted:
#  1. `apt-get install --no-install-recommends ./PACKAGE.deb` must resolve every dependency from the archive;
#  2. as an unprivileged user: --version, --screenshot offscreen, `check`, `export`; then Xvfb is installed
#     (for the test only, after the app's own dependencies proved enough) and --screenshot runs on xcb;
#  3. `apt-get purge` must leave no file of the package (the user's own settings stay, as with any package);
#  4. upgrade: the previous release's package (built from the commit in packaging/previous-release, once,
#     cached by commit) is installed, run to create settings, and a file is put in the user's data
#     folder; PACKAGE.deb is installed over it; both must survive, and the new version must run.
# Needs root (chroot, mount). Downloads go to a package cache kept under /var/cache/azkz-desktop-ci/.
set -euo pipefail
umask 022
[ $# -eq 1 ] && [ -f "$1" ] || {
  echo "usage: bash packaging/test_bare_system.sh PACKAGE.deb" >&2
  exit 2
}
deb=$(realpath "$1")
cd "$(dirname "$0")/.."
checkout=$(pwd)
python=$checkout/.venv/bin/python # only to inspect PNGs and to build the previous release
app=azkz-desktop
cache=${AZKZ_CI_CACHE:-/var/cache/azkz-desktop-ci}
sources=${AZKZ_BARE_SOURCES:-/etc/apt/sources.list.d/debian.sources}
suite=bookworm
variant=apt
recipe=2 # change when the way the root is made changes, to make a new one

say() { echo "bare system: $*"; }
fail() {
  echo "test_bare_system: FAILED: $*" >&2
  exit 1
}
[ "$(id -u)" -eq 0 ] || fail "needs root (chroot and mount); run it with sudo"
[ -f "$sources" ] || fail "no Debian sources at $sources (set AZKZ_BARE_SOURCES to a sources file)"
command -v mmdebstrap >/dev/null || {
  say "installing mmdebstrap"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap >/dev/null ||
    fail "apt-get could not install mmdebstrap"
}
mkdir -p "$cache/archives/partial" "$cache/previous"

work=$(mktemp -d /var/tmp/azkz-bare.XXXXXX)
rootfs="$work/root"
mounted=()
cleanup() {
  local point
  for point in "${mounted[@]}"; do umount -l "$point" 2>/dev/null || true; done
  for point in "${mounted[@]}"; do
    if mountpoint -q "$point"; then
      echo "test_bare_system: $point is still mounted; $work left in place" >&2
      return
    fi
  done
  rm -rf --one-file-system "$work"
}
trap cleanup EXIT

# --- the minimal root, cached --------------------------------------------------------------------------
key=$( (printf '%s\n' "$suite" "$variant" "$recipe" "$(dpkg --print-architecture)" && cat "$sources") |
  sha256sum | cut -c1-16)
tarball="$cache/root-$suite-$key.tar"
if [ -f "$tarball" ] && [ -n "$(find "$tarball" -mtime +30)" ]; then
  say "the cached root is over 30 days old: making a new one"
  rm -f "$tarball"
fi
if [ ! -f "$tarball" ]; then
  say "making a minimal Debian 12 root with mmdebstrap (cached as $tarball)"
  start=$(date +%s)
  rm -rf "$cache"/root-*.tar "$cache"/making-*.tar
  making="$cache/making-$key.tar" # the name must end in .tar: mmdebstrap picks the format from it
  # The package lists stay in the tarball, so that a later run's apt-get update fetches only changes.
  mmdebstrap --mode=root --variant="$variant" --skip=cleanup/apt/lists \
    "$suite" "$making" "$sources" >"$work/mmdebstrap.log" 2>&1 || {
    tail -n 20 "$work/mmdebstrap.log" >&2
    fail "mmdebstrap could not make the root"
  }
  mv "$making" "$tarball"
  say "root made in $(($(date +%s) - start)) s, $(du -m "$tarball" | cut -f1) MB"
else
  say "using the cached root $tarball"
fi


fresh_root() {
  local point
  for point in "${mounted[@]}"; do umount "$point"; done
  mounted=()
  rm -rf --one-file-system "$rootfs"
  mkdir -p "$rootfs"
  tar -C "$rootfs" -xf "$tarball"
  cp /etc/resolv.conf "$rootfs/etc/resolv.conf"
  mount -t proc proc "$rootfs/proc" && mounted+=("$rootfs/proc")
  mount --bind "$cache/archives" "$rootfs/var/cache/apt/archives" && mounted+=("$rootfs/var/cache/apt/archives")
  # An ordinary user, written directly: the bare root has no adduser.
  echo "tester:x:1000:1000:Tester:/home/tester:/bin/sh" >>"$rootfs/etc/passwd"
  echo "tester:x:1000:" >>"$rootfs/etc/group"
  mkdir -p "$rootfs/home/tester"
  chown 1000:1000 "$rootfs/home/tester"
  in_root apt-get update -qq || fail "apt-get update inside the root"
}
in_root() { # as root inside the chroot, in a clean environment
  chroot "$rootfs" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"
}
as_user() { # as the unprivileged user inside the chroot
  chroot --userspec=1000:1000 --groups=1000 "$rootfs" /usr/bin/env -i PATH=/usr/bin:/bin \
    HOME=/home/tester LANG=C.UTF-8 "$@"
}
install_deb() { # FILE: with apt-get, which must find every dependency in the archive
  cp "$1" "$rootfs/tmp/"
  in_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$1")" >"$work/apt.log" 2>&1 || {
    tail -n 30 "$work/apt.log" >&2
    fail "apt-get install ./$(basename "$1") inside the bare root"
  }
  rm -f "$rootfs/tmp/$(basename "$1")"
}
check_png() { "$python" packaging/check_png.py "$rootfs$1" "$2" || fail "$2 screenshot"; }

# --- 1-3: a fresh install on the bare system -----------------------------------------------------------
fresh_root
in_root dpkg-query -W -f='${Package}\n' >"$work/base-packages.txt"
say "bare root: $(wc -l <"$work/base-packages.txt") packages"
start=$(date +%s)
install_deb "$deb"
in_root dpkg-query -W -f='${Status}' "$app" | grep -q "install ok installed" || fail "$app is not installed"
added=$(in_root dpkg-query -W -f='${Package}\n' | sort | comm -13 <(sort "$work/base-packages.txt") - | wc -l)
say "apt-get install resolved the package and $((added - 1)) dependencies in $(($(date +%s) - start)) s"

version=$(as_user "$app" --version) || fail "$app --version as the user"
say "$version"
as_user QT_QPA_PLATFORM=offscreen timeout 120 "$app" --screenshot /home/tester/offscreen.png >/dev/null ||
  fail "--screenshot offscreen as the user"
check_png /home/tester/offscreen.png "bare system, offscreen"
as_user timeout 120 "$app" check >"$work/check.txt" || fail "$app check as the user: $(cat "$work/check.txt")"
grep -q "^ok$" "$work/check.txt" || fail "check did not say ok"
as_user timeout 120 "$app" export -o /home/tester/events.csv 2>/dev/null || fail "$app export as the user"
[ -s "$rootfs/home/tester/events.csv" ] || fail "export wrote nothing"
say "check ok; export: $(wc -l <"$rootfs/home/tester/events.csv") lines"

in_root apt-get install -y -qq --no-install-recommends xvfb xauth >"$work/apt-xvfb.log" 2>&1 || {
  tail -n 20 "$work/apt-xvfb.log" >&2
  fail "apt-get install xvfb xauth inside the root"
}
as_user QT_QPA_PLATFORM=xcb timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$app" --screenshot /home/tester/xcb.png >/dev/null 2>"$work/xcb.err" ||
  fail "--screenshot under Xvfb as the user: $(tail -n 3 "$work/xcb.err")"
check_png /home/tester/xcb.png "bare system, xcb under Xvfb"

in_root dpkg-query -L "$app" >"$work/files.txt"
in_root apt-get purge -y -qq "$app" >/dev/null 2>&1 || fail "apt-get purge $app inside the root"
if in_root dpkg-query -W -f='${Status}' "$app" 2>/dev/null | grep -q "installed\|config-files"; then
  fail "dpkg still knows $app after purge"
fi
left=()
while IFS= read -r path; do
  [ -n "$path" ] || continue
  if [ -L "$rootfs$path" ] || [ -f "$rootfs$path" ]; then
    left+=("$path")
  elif [ -d "$rootfs$path" ] && [[ "$path" == *azkz* ]]; then
    left+=("$path/")
  fi
done <"$work/files.txt"
while IFS= read -r path; do left+=("${path#"$rootfs"}"); done < <(
  find "$rootfs" -xdev \( -path "$rootfs/home" -o -path "$rootfs/proc" -o -path "$rootfs/var/cache/apt/archives" \) \
    -prune -o -iname '*azkz*' -print
)
[ "${#left[@]}" -eq 0 ] || fail "left behind after purge: ${left[*]}"
[ -f "$rootfs/home/tester/.config/$app/$app.conf" ] || fail "the user's settings went with the package"
say "purge left none of the package's $(wc -l <"$work/files.txt") paths; the user's settings stay"

# --- 4: upgrade over the previous release --------------------------------------------------------------
previous=$(tr -d '[:space:]' <packaging/previous-release)
commit=$(git rev-parse --verify --quiet "$previous^{commit}") ||
  fail "the previous release's commit $previous is not in this clone (fetch its history)"
old_deb=""
if [ -d "$cache/previous/$commit" ]; then
  old_deb=$(find "$cache/previous/$commit" -name "${app}_*.deb" | head -n 1)
fi
if [ -z "$old_deb" ]; then
  say "building the previous release's package from ${commit:0:12} (once; cached by commit)"
  start=$(date +%s)
  old_tree="$work/previous-checkout"
  git worktree add --detach --quiet "$old_tree" "$commit"
  built=0
  (cd "$old_tree" && bash packaging/build_deb.sh >"$work/previous-build.log" 2>&1) && built=1
  if [ "$built" -eq 1 ]; then
    mkdir -p "$cache/previous/$commit"
    cp "$(tail -n 1 "$work/previous-build.log")" "$cache/previous/$commit/"
  fi
  git worktree remove --force "$old_tree"
  [ "$built" -eq 1 ] || {
    tail -n 20 "$work/previous-build.log" >&2
    fail "the previous release's packaging/build_deb.sh failed"
  }
  old_deb=$(find "$cache/previous/$commit" -name "${app}_*.deb" | head -n 1)
  say "previous release built in $(($(date +%s) - start)) s"
fi
old_version=$(dpkg-deb -f "$old_deb" Version)
new_version=$(dpkg-deb -f "$deb" Version)
dpkg --compare-versions "$new_version" ge "$old_version" ||
  fail "the new version $new_version is older than the previous release's $old_version"

# The same root, the package purged: its dependencies are still there, the user's home is emptied.
rm -rf --one-file-system "$rootfs/home/tester"
mkdir -p "$rootfs/home/tester"
chown 1000:1000 "$rootfs/home/tester"
install_deb "$old_deb"
as_user QT_QPA_PLATFORM=offscreen timeout 120 "$app" --screenshot /home/tester/old.png >/dev/null ||
  fail "the previous release does not run"
settings="$rootfs/home/tester/.config/$app/$app.conf"
[ -f "$settings" ] || fail "the previous release wrote no settings at ~/.config/$app/$app.conf"
data="$rootfs/home/tester/.local/share/$app/$app"
mkdir -p "$data"
echo "a file of the user's, kept across upgrades" >"$data/user-file.txt"
# The previous release's workspace, with one own event in it, must open after the upgrade with that event.
printf 'date,title,summary,category,source address\n2001-05-01,A reader'"'"'s own event,Kept across the upgrade.,diplomacy,https://example.org/kept\n' \
  >"$rootfs/home/tester/own.csv"
chown -R 1000:1000 "$rootfs/home/tester"
as_user timeout 120 "$app" workspace import-csv /home/tester/own.csv >"$work/old-import.txt" 2>&1 ||
  fail "the previous release could not import an own event: $(cat "$work/old-import.txt")"
settings_sum=$(sha256sum <"$settings")
install_deb "$deb"
[ "$(in_root dpkg-query -W -f='${Version}' "$app")" = "$new_version" ] || fail "the upgrade did not install $new_version"
[ -f "$settings" ] || fail "the settings did not survive the upgrade"
[ "$(sha256sum <"$settings")" = "$settings_sum" ] || fail "installing the package changed the user's settings"
grep -q "kept across upgrades" "$data/user-file.txt" || fail "the file in the user's data folder did not survive"
as_user QT_QPA_PLATFORM=offscreen timeout 120 "$app" --screenshot /home/tester/new.png >/dev/null ||
  fail "the new version does not run over the previous release's settings"
check_png /home/tester/new.png "after the upgrade"
[ "$(as_user "$app" --version)" = "$version" ] || fail "after the upgrade, --version is not $version"
grep -q "^\[" "$settings" || fail "the settings file is no longer an INI file after a run of the new version"
as_user timeout 120 "$app" workspace check >"$work/new-check.txt" 2>&1 ||
  fail "the new version cannot open the previous release's workspace: $(cat "$work/new-check.txt")"
grep -q "own events: 1 " "$work/new-check.txt" || fail "the own event did not survive the upgrade: $(cat "$work/new-check.txt")"
relation=$([ "$new_version" = "$old_version" ] && echo "the same version, reinstalled" || echo "an upgrade")
say "upgrade from $old_version (${commit:0:12}) to $new_version ($relation): settings, the user's file and workspace survive"
echo "bare system: passed"
