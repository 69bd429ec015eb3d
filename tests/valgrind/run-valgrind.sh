#!/bin/sh
# valgrind memcheck over ebb, headless: a frame drawn with --render, a short
# real session (breathing, words, grounding, a bell) with SDL's dummy video
# and audio drivers, and the same session through X11 when xvfb-run is
# installed. Fails on any memory error, a definite leak or a bad exit
# status; sdl.supp beside this script holds what SDL's own drivers leak.
# Usage: tests/valgrind/run-valgrind.sh EBB    Exit 77 (skipped) without valgrind.
set -u
ebb=${1:?usage: run-valgrind.sh EBB}
if ! command -v valgrind >/dev/null 2>&1; then
    echo "run-valgrind.sh: valgrind is not installed; skipped"
    exit 77
fi
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d /tmp/ebb-valgrind.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
unset SDL_RENDER_DRIVER

# 17 s: the lead-in, words, two breaths with a hold, a grounding step, a bell.
cat >"$tmp/short.ebb" <<'SCRIPT'
title: Under valgrind
say 1s "Settle in."
breathe in 2 hold 1.5 out 2 x 2
ground 2 "things you can see" 3s
bell 1s
SCRIPT

failed=0
wrap=
memcheck() { # NAME COMMAND...: run under $wrap when set
    name=$1
    shift
    log=$tmp/$name.log
    printf '%-8s %s\n' "$name" "${wrap:+$wrap }$*"
    # shellcheck disable=SC2086  # $wrap is a command and its options
    $wrap valgrind --tool=memcheck --error-exitcode=99 --leak-check=full \
        --errors-for-leak-kinds=definite --show-leak-kinds=definite --num-callers=40 \
        --suppressions="$here/sdl.supp" --gen-suppressions=all "$@" >"$log" 2>&1
    rc=$?
    grep -E 'ERROR SUMMARY|definitely lost:' "$log" | sed 's/^==[0-9]*== */         /'
    if [ "$rc" != 0 ]; then
        echo "run-valgrind.sh: $name failed (exit $rc); valgrind's report:"
        cat "$log"
        failed=1
    fi
}

memcheck render "$ebb" --render "$tmp/frame.png" --at 20s calm
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
memcheck dummy "$ebb" --quit-at-end --no-checkin "$tmp/short.ebb"
unset SDL_VIDEODRIVER
if command -v xvfb-run >/dev/null 2>&1; then
    wrap="xvfb-run -a"
    memcheck x11 "$ebb" --quit-at-end --no-checkin "$tmp/short.ebb"
    wrap=
else
    echo "x11      skipped: xvfb-run is not installed"
fi
exit $failed
