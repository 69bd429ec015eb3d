#!/bin/sh
# A fully covered window draws nothing, while its sound and the session's
# clock go on; uncovered, it is drawn again. On a private Xvfb (with
# openbox when installed), ebb's window is covered by an xterm for a few
# seconds: ebb --verbose tells the frames drawn when it is covered and when
# seen again, and they must be the same count.
#
# Usage: covered.sh EBB. Exit 0 passed, 1 failed, 77 skipped (no Xvfb,
# xterm or xdotool).
set -u
ebb=$1
for tool in Xvfb xterm xdotool od awk; do
    command -v "$tool" >/dev/null 2>&1 || { echo "covered.sh: $tool is not installed; skipped"; exit 77; }
done
tmp=$(mktemp -d /tmp/ebb-covered.XXXXXX)
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
unset SDL_VIDEODRIVER SDL_RENDER_DRIVER WAYLAND_DISPLAY
# --verbose's lines are read below in English, whatever the user speaks.
export LANGUAGE=en LC_ALL=C.UTF-8

n=120
while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
xvfb=$!
export DISPLAY=":$n"
wm='' cover='' ebb_pid=''
# shellcheck disable=SC2317  # called by the trap
cleanup() {
    for p in $cover $ebb_pid $wm $xvfb; do kill "$p" 2>/dev/null; done
    wait 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
fail() {
    echo "covered.sh: $*"
    sed 's/^/  ebb said: /' "$tmp/err"
    exit 1
}
i=0
until xdotool getdisplaygeometry >/dev/null 2>&1; do
    i=$((i + 1))
    [ $i -gt 100 ] && { echo "covered.sh: Xvfb did not start"; exit 1; }
    sleep 0.1
done
if command -v openbox >/dev/null 2>&1; then
    openbox >/dev/null 2>&1 &
    wm=$!
    sleep 0.5
fi

# A 4 s lead-in, a 1 s rest, then cues at 5, 7, 9 and 11 s: the first two
# fall while the window is covered.
printf 'title: Covered\nrest 1s\nbreathe in 2 out 2 x 2\n' >"$tmp/covered.ebb"
start=$(date +%s%N)
SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE="$tmp/out.raw" \
    "$ebb" --verbose --quit-at-end --no-checkin --volume 100 "$tmp/covered.ebb" 2>"$tmp/err" &
ebb_pid=$!
wid=$(timeout 20 xdotool search --sync --onlyvisible --pid "$ebb_pid" 2>/dev/null | head -n 1)
[ -n "$wid" ] || fail "no window"
shown=$(date +%s%N)
sleep 2.5
grep -q 'a covered window draws nothing' "$tmp/err" || fail "X11's visibility is not followed"
xterm -geometry 400x150+0+0 -e sleep 60 &
cover=$!
covered_at=$(date +%s%N)
sleep 4
kill "$cover"
wait "$cover" 2>/dev/null
cover=
uncovered_at=$(date +%s%N)
# The session runs to its end by itself: its clock went on while covered.
i=0
while kill -0 "$ebb_pid" 2>/dev/null; do
    i=$((i + 1))
    [ $i -gt 300 ] && fail "ebb did not leave at the session's end"
    sleep 0.1
done
wait "$ebb_pid"
rc=$?
ebb_pid=
end=$(date +%s%N)
[ "$rc" = 0 ] || fail "ebb exited $rc"

unseen=$(sed -n 's/^ebb: window unseen, \([0-9]*\) frames drawn$/\1/p' "$tmp/err" | head -n 1)
again=$(sed -n 's/^ebb: window seen again, \([0-9]*\) frames drawn$/\1/p' "$tmp/err" | head -n 1)
all=$(sed -n 's/^ebb: \([0-9]*\) frames drawn in all$/\1/p' "$tmp/err")
[ -n "$unseen" ] || fail "never told the window was covered"
[ -n "$again" ] || fail "never told the window was seen again"
[ "$unseen" = "$again" ] || fail "$((again - unseen)) frames drawn while covered"
[ "${all:-0}" -gt "$again" ] || fail "nothing drawn after the cover was lifted"
secs=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f", (b - a) / 1e9}')
awk -v s="$secs" 'BEGIN {exit !(s >= 13)}' || fail "the session ended after ${secs} s, before its 13 s"

# Sound went on: cues heard in the covered stretch (48 kHz stereo S16 from
# when the device opened, about when the window showed), its first and last
# half second left out.
from=$(awk -v a="$shown" -v c="$covered_at" 'BEGIN {printf "%d", ((c - a) / 1e9 + 0.5) * 48000}')
to=$(awk -v a="$shown" -v c="$uncovered_at" 'BEGIN {printf "%d", ((c - a) / 1e9 - 0.5) * 48000}')
peak=$(od -An -v -td2 -w4 "$tmp/out.raw" | awk -v f="$from" -v t="$to" '
    NR > f && NR <= t { v = $1 < 0 ? -$1 : $1; if (v > m) m = v }
    END { print m + 0 }')
[ "$peak" -gt 1000 ] || fail "silence while covered (peak $peak of 32767)"
echo "covered.sh: ${unseen} frames before the cover, none under it, $((all - again)) after; peak $peak while covered; ${secs} s"
exit 0
