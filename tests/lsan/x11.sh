#!/bin/sh
# Runs a sanitizer build of ebb through X11 under xvfb-run: a 3 s session,
# with sound on SDL's dummy driver so that its audio thread runs too. Fails
# on any sanitizer report, leaks included, beyond what LSAN_OPTIONS'
# suppressions (sdl.supp beside this script) leave out.
# Usage: tests/lsan/x11.sh EBB    Exit 77 (skipped) without xvfb-run.
set -u
ebb=${1:?usage: x11.sh EBB}
if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "x11.sh: xvfb-run is not installed; skipped"
    exit 77
fi
tmp=$(mktemp -d /tmp/ebb-lsan.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
unset SDL_VIDEODRIVER SDL_RENDER_DRIVER DISPLAY
export SDL_AUDIODRIVER=dummy
cat >"$tmp/short.ebb" <<'SCRIPT'
title: Under LeakSanitizer
say 1s "Settle in."
breathe in 1 out 1 x 1
bell 1s
SCRIPT
echo "x11.sh: LSAN_OPTIONS=${LSAN_OPTIONS:-}"
xvfb-run -a "$ebb" --quit-at-end --no-checkin "$tmp/short.ebb" >"$tmp/log" 2>&1
rc=$?
cat "$tmp/log"
if [ "$rc" -ne 0 ]; then
    echo "x11.sh: ebb exited $rc on X11 (a sanitizer report is above)"
    exit 1
fi
echo "x11.sh: clean on X11"
