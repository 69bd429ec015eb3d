#!/bin/sh
# The Debian package end to end: builds ebb_*.deb from this tree in a
# temporary folder (the build runs the test suite), runs lintian, installs
# it with apt-get, checks the command, the man page, the desktop entry and
# the icons, then purges it and checks that nothing of it is left.
# Usage: EBB_TEST_DEB=1 sh tests/deb/deb.sh   (root, Debian 12, a few minutes)
# Exits 77 (skipped) without EBB_TEST_DEB=1, as non-root, or where a tool
# it needs is absent. DEB_BUILD_OPTIONS is passed on (nocheck skips the
# build's own test run).
set -u
src=$(cd "$(dirname "$0")/../.." && pwd)
skip() { echo "deb.sh: $*; skipped"; exit 77; }
[ "${EBB_TEST_DEB:-}" = 1 ] || skip "set EBB_TEST_DEB=1 to build, install and purge the package"
[ "$(id -u)" -eq 0 ] || skip "installing a package needs root"
for tool in dpkg-buildpackage dpkg-checkbuilddeps lintian apt-get desktop-file-validate man; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool is not installed"
done
status=$(dpkg-query -W -f '${db:Status-Abbrev}' ebb 2>/dev/null)
case $status in
    "" | un*) ;;
    *) skip "ebb is already installed here ($status), and this test would purge it" ;;
esac

tmp=$(mktemp -d /tmp/ebb-deb.XXXXXX)
installed=0
cleanup() {
    # A run stopped half way must not leave the package behind either.
    [ "$installed" = 1 ] && apt-get purge -y ebb >/dev/null 2>&1
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
fail=0
say_fail() { echo "FAIL: $*"; fail=1; }

# ---- build, from a copy so that the tree and its parent stay clean ----
mkdir "$tmp/src"
(cd "$src" && tar --exclude='./build*' --exclude=./.git --exclude='./obj-*' \
    --exclude=./debian/ebb --exclude=./debian/.debhelper -cf - .) | tar -C "$tmp/src" -xf - ||
    { echo "FAIL: could not copy the tree"; exit 1; }
(cd "$tmp/src" && dpkg-checkbuilddeps) || { echo "FAIL: install the build dependencies above"; exit 1; }
# Without EBB_TEST_DEB, so that the suite the build runs skips this very test.
if ! (cd "$tmp/src" && env -u EBB_TEST_DEB dpkg-buildpackage -us -uc -b) >"$tmp/build.log" 2>&1; then
    tail -60 "$tmp/build.log"
    echo "FAIL: dpkg-buildpackage -us -uc -b (the end of its log is above)"
    exit 1
fi
case ${DEB_BUILD_OPTIONS:-} in
    *nocheck*) ;;
    *) grep -q "100% tests passed" "$tmp/build.log" || say_fail "the build did not run the whole suite"
       grep -E "tests passed|\(Skipped\)" "$tmp/build.log" | sed 's/^[[:space:]]*/  the build'"'"'s tests: /' ;;
esac
set -- "$tmp"/ebb_*.deb
[ $# -eq 1 ] && [ -f "$1" ] || { echo "FAIL: no single ebb_*.deb built: $*"; exit 1; }
deb=$1
changes=$(ls "$tmp"/ebb_*.changes)
echo "built $(basename "$deb")"

# ---- lintian: no error and no warning on the .deb, .changes and .buildinfo ----
lintian -I --fail-on error,warning "$changes" >"$tmp/lintian.log" 2>&1 || {
    grep -v "running with root privileges" "$tmp/lintian.log"; say_fail "lintian"; }
grep -E "^[EW]: |unused-override" "$tmp/lintian.log" && say_fail "lintian has errors, warnings or stale overrides"

# ---- install it as a person would ----
for pkg in $(dpkg-deb -f "$deb" Recommends | tr -d ' ' | tr ',' ' '); do
    apt-cache show "$pkg" >/dev/null 2>&1 || say_fail "recommended package $pkg is not in the archive"
done
# The Noto fonts are only recommended: leave them out here, for time.
find /usr /etc /opt /var/lib -xdev -path /var/lib/dpkg -prune -o -path /var/lib/apt -prune -o \
    -print 2>/dev/null | sort >"$tmp/before.txt"
installed=1
if ! apt-get install -y --no-install-recommends "$deb" >"$tmp/apt.log" 2>&1; then
    cat "$tmp/apt.log"; echo "FAIL: apt-get install $deb"; exit 1
fi
dpkg -L ebb | sort >"$tmp/owned.txt"

[ "$(command -v ebb)" = /usr/bin/ebb ] || say_fail "ebb is not /usr/bin/ebb: $(command -v ebb)"
home="$tmp/home"
mkdir -p "$home/.config/ebb" "$tmp/elsewhere"
run_ebb() { (cd "$tmp/elsewhere" && env -u EBB_DATA_DIR HOME="$home" XDG_CONFIG_HOME="$home/.config" \
    XDG_DATA_HOME="$home/.local/share" SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy ebb "$@"); }
out=$(run_ebb --list 2>&1) || say_fail "ebb --list: $out"
echo "$out" | grep -q "^calm " || say_fail "ebb --list lacks calm: $out"
# A frame drawn with the installed fonts, which come from fonts-inter.
run_ebb --render "$tmp/frame.png" --at 10s --size 320x200 calm || say_fail "ebb --render"
[ "$(head -c 8 "$tmp/frame.png" 2>/dev/null | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
    say_fail "ebb --render wrote no PNG"

# Reminders read their list without systemd; the page on them is installed.
out=$(run_ebb --remind list 2>&1) || say_fail "ebb --remind list: $out"
[ -f /usr/share/doc/ebb/reminders.md.gz ] || say_fail "docs/reminders.md is not installed"
# libnotify is loaded only for a reminder's invitation: the package must bring it.
dpkg-query -W -f '${Depends}' ebb | grep -q libnotify4 || say_fail "the ebb package does not depend on libnotify4"

[ "$(man -w ebb 2>&1)" = /usr/share/man/man1/ebb.1.gz ] || say_fail "man -w ebb: $(man -w ebb 2>&1)"
warnings=$(MANWIDTH=80 man --warnings ebb 2>&1 >/dev/null)
[ -z "$warnings" ] || say_fail "man ebb warns: $warnings"
MANWIDTH=80 man ebb 2>/dev/null | grep -q "EXIT STATUS" || say_fail "man ebb shows no page"

desktop=/usr/share/applications/app.ebb.Ebb.desktop
desktop-file-validate "$desktop" || say_fail "desktop-file-validate $desktop"
exe=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[ "$(command -v "$exe")" = /usr/bin/ebb ] || say_fail "the desktop entry runs '$exe', not /usr/bin/ebb"
icon=$(sed -n 's/^Icon=//p' "$desktop")
grep -q '<svg' "/usr/share/icons/hicolor/scalable/apps/$icon.svg" || say_fail "no scalable icon $icon.svg"
for size in 32 48 64 128 256; do
    png="/usr/share/icons/hicolor/${size}x$size/apps/$icon.png"
    # Width and height, big-endian, at bytes 16 and 20 of a PNG's header.
    dims=$(od -An -tu1 -j16 -N8 "$png" 2>/dev/null | awk '{print $3*256+$4 "x" $7*256+$8}')
    [ "$dims" = "${size}x$size" ] || say_fail "icon $png is '$dims', not ${size}x$size"
done
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net /usr/share/metainfo/app.ebb.Ebb.metainfo.xml >"$tmp/as.log" 2>&1 ||
        { cat "$tmp/as.log"; say_fail "appstreamcli validate"; }
fi

# ---- purge: nothing of ebb is left, and the user's own files stay ----
printf 'volume = 40\n' >"$home/.config/ebb/ebb.conf"
apt-get purge -y ebb >"$tmp/purge.log" 2>&1 || { cat "$tmp/purge.log"; say_fail "apt-get purge ebb"; }
installed=0
# What the install pulled in (fonts-inter) goes too; dpkg keeps any that
# another package has come to need meanwhile.
pulled=$(sed -n '/^The following NEW packages will be installed:/,/^[^ ]/{/^  /p}' "$tmp/apt.log" |
    tr ' ' '\n' | grep -v -x -e '' -e ebb)
for pkg in $pulled; do
    apt-mark showauto "$pkg" | grep -qx "$pkg" && echo "$pkg"
done >"$tmp/pulled.txt"
[ -s "$tmp/pulled.txt" ] && dpkg --purge $(cat "$tmp/pulled.txt") >>"$tmp/purge.log" 2>&1
status=$(dpkg-query -W -f '${db:Status-Abbrev}' ebb 2>/dev/null)
case $status in "" | un*) ;; *) say_fail "dpkg still knows ebb after the purge: $status" ;; esac
while read -r path; do
    [ -d "$path" ] && [ ! -L "$path" ] && continue # folders shared with other packages
    [ -e "$path" ] || [ -L "$path" ] && say_fail "left after the purge: $path"
done <"$tmp/owned.txt"
for dir in /usr/share/ebb /usr/share/doc/ebb; do
    [ -e "$dir" ] && say_fail "left after the purge: $dir"
done
# Anything new on the system is another package's (fonts-inter, pulled in),
# or a cache that the desktop's triggers rebuild.
find /usr /etc /opt /var/lib -xdev -path /var/lib/dpkg -prune -o -path /var/lib/apt -prune -o \
    -print 2>/dev/null | sort >"$tmp/after.txt"
comm -13 "$tmp/before.txt" "$tmp/after.txt" | while read -r path; do
    case $path in */icon-theme.cache | */mimeinfo.cache | /etc/ld.so.cache) continue ;; esac
    dpkg -S "$path" >/dev/null 2>&1 || echo "$path"
done >"$tmp/stray.txt"
[ -s "$tmp/stray.txt" ] && { cat "$tmp/stray.txt"; say_fail "files no package owns appeared"; }
grep -qx 'volume = 40' "$home/.config/ebb/ebb.conf" 2>/dev/null || say_fail "the purge touched the user's files"

[ "$fail" = 0 ] && echo "deb.sh: built, linted, installed, checked and purged $(basename "$deb")"
exit "$fail"
