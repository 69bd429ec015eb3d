#!/bin/sh
# The ebb binary's app-facing command line: --render writes a real PNG,
# and bad input gets one clear line and the documented exit code.
ebb="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

expect() { # expect CODE STDERR-PATTERN -- COMMAND...
    want_code=$1 pattern=$2
    shift 3
    "$@" >"$tmp/out" 2>"$tmp/err"
    code=$?
    if [ "$code" -ne "$want_code" ]; then
        echo "FAIL: $* exited $code, want $want_code"; cat "$tmp/err"; fail=1; return
    fi
    if [ -n "$pattern" ] && ! grep -q -- "$pattern" "$tmp/err"; then
        echo "FAIL: $*: stderr does not match '$pattern':"; cat "$tmp/err"; fail=1
    fi
    if [ "$want_code" -ne 0 ] && [ "$(wc -l <"$tmp/err")" -ne 1 ]; then
        echo "FAIL: $*: want exactly one line of error:"; cat "$tmp/err"; fail=1
    fi
}

# --render: a PNG of the asked size, from any working directory.
(cd "$tmp" && "$ebb" --render frame.png --at 20s --size 320x200 calm) || { echo "FAIL: --render"; fail=1; }
if [ "$(head -c 8 "$tmp/frame.png" | od -An -tx1 | tr -d ' ')" != "89504e470d0a1a0a" ]; then
    echo "FAIL: --render did not write a PNG"; fail=1
fi
expect 0 "" -- "$ebb" --render "$tmp/menu.png"
# The first frame is drawable: --help says --at defaults to 0.
expect 0 "" -- "$ebb" --render "$tmp/first.png" --at 0s calm
expect 0 "" -- "$ebb" --render "$tmp/first.png" --at 0 calm
expect 2 "--size: expected a size such as 1280x720" -- "$ebb" --render "$tmp/x.png" --size 12 calm
expect 2 "--size: the width must be 64 to 8192, got 4294967360" -- "$ebb" --render "$tmp/x.png" --size 4294967360x4294967360 calm
expect 2 "--size: the height must be 64 to 8192, got 99999999999999999999999" -- "$ebb" --render "$tmp/x.png" --size 640x99999999999999999999999 calm
expect 2 "--size: expected a size such as 1280x720" -- "$ebb" --render "$tmp/x.png" --size 640x-480 calm
expect 2 "--size: expected a size such as 1280x720" -- "$ebb" --render "$tmp/x.png" --size " 640x480" calm
expect 2 "--at goes with --render" -- "$ebb" --at 5s calm
expect 1 "cannot write $tmp/nodir/x.png: No such file or directory" -- "$ebb" --render "$tmp/nodir/x.png" calm
expect 1 "cannot write /dev/full: No space left on device" -- "$ebb" --render /dev/full calm

# Bad sessions and missing things.
expect 1 "missing.ebb: cannot open: No such file or directory" -- "$ebb" "$tmp/missing.ebb"
expect 1 'no session named "nosuch"' -- "$ebb" nosuch
printf 'title: x\nbreathe in 4 out 4 fill\n' >"$tmp/short.ebb"
expect 1 "too short for this session; it needs at least" -- "$ebb" --length 5s "$tmp/short.ebb"
EBB_DATA_DIR="$tmp/nowhere" expect 3 "cannot find ebb's data folder (looked in $tmp/nowhere)" -- env EBB_DATA_DIR="$tmp/nowhere" "$ebb" calm
mkdir -p "$tmp/data/sessions" && cp "$(dirname "$0")/../../assets/sessions/calm.ebb" "$tmp/data/sessions/"
expect 3 "cannot open font $tmp/data/fonts/Inter-Regular.ttf" -- env EBB_DATA_DIR="$tmp/data" "$ebb" --render "$tmp/y.png" calm

# No display: one line, exit 3, never a blank window or a crash.
expect 3 "cannot open a window" -- env -u DISPLAY -u WAYLAND_DISPLAY SDL_VIDEODRIVER=x11 "$ebb" calm
# With no display at all, ebb does not slip into an unseen offscreen window
# (and record a session nobody saw): it says so. A driver asked for by name still runs.
expect 3 "no display (DISPLAY and WAYLAND_DISPLAY are not set)" -- env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER "$ebb" calm

exit $fail
