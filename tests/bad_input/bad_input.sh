#!/bin/sh
# Every kind of bad input in docs/testing.md's table, run against the real
# ebb: each must end (a 5 s guard catches a hang) within a second, with one
# clear line and the documented exit code (0 ok, 1 bad file, 2 usage,
# 3 platform), and the history written before must still be all there.
# Usage: bad_input.sh EBB. EBB_BAD_INPUT_SLOW=1 (sanitizer builds) keeps
# the one-second rule out: only the guard then counts.
ebb=$1
case $ebb in /*) ;; *) ebb=$(pwd)/$ebb ;; esac
src=$(cd "$(dirname "$0")/../.." && pwd)
[ -x "$ebb" ] || { echo "bad_input.sh: no ebb binary at '$ebb'"; exit 2; }
tmp=$(mktemp -d)
trap 'chmod -R u+rwX "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
export EBB_DATA_DIR="$src/assets" EBB_SYSTEMCTL="$tmp/systemctl" SDL_AUDIODRIVER=dummy
unset DISPLAY WAYLAND_DISPLAY SDL_VIDEODRIVER
cfg="$XDG_CONFIG_HOME/ebb" data="$XDG_DATA_HOME/ebb"
mkdir -p "$cfg/sessions" "$data"
printf '#!/bin/sh\ncase $* in *is-system-running*) echo running ;; esac\nexit 0\n' >"$EBB_SYSTEMCTL"
chmod +x "$EBB_SYSTEMCTL"
history="$data/history.tsv"
record=$(printf '2026-11-23T21:30:05+01:00\tsession\tcalm\tCalm\t300\t300\t7\t3\treply\t\tyes')
printf '# ebb history 1\n# start\tkind\tname\ttitle\tplanned_s\tpractised_s\tbefore\tafter\ttrigger\textra\tfinished\n%s\n' \
    "$record" >"$history"
cd "$tmp" || exit 2
fail=0 ran=0 skipped=0

ms() { date +%s%3N; }

# expect CODE PATTERN -- CMD...: one run, timed, its stderr one line holding
# PATTERN (none wanted when PATTERN is empty and CODE is 0). $limit is the
# time allowed in ms: a second, but for a window stopped after a second.
limit=1000
expect() {
    want=$1 pattern=$2
    shift 3
    ran=$((ran + 1))
    for try in 1 2; do # a busy machine may be slow once, not twice
        t0=$(ms)
        timeout 5 "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
        code=$? took=$(($(ms) - t0))
        [ "$took" -le "$limit" ] || [ -n "$EBB_BAD_INPUT_SLOW" ] || [ "$code" -eq 124 ] || continue
        break
    done
    if [ "$code" -eq 124 ]; then
        echo "FAIL: $* hung (stopped after 5 s)"; fail=1; return
    fi
    if [ "$took" -gt "$limit" ] && [ -z "$EBB_BAD_INPUT_SLOW" ]; then
        echo "FAIL: $* took $took ms twice, more than $limit ms"; fail=1
    fi
    if [ "$code" -ne "$want" ]; then
        echo "FAIL: $* exited $code, want $want"; sed 's/^/  stderr: /' "$tmp/err" | head -5; fail=1
    fi
    lines=$(wc -l <"$tmp/err")
    if [ -n "$pattern" ]; then
        if [ "$lines" -ne 1 ] || ! grep -q -F -- "$pattern" "$tmp/err"; then
            echo "FAIL: $*: want one line holding '$pattern', got:"; head -5 "$tmp/err" | sed 's/^/  /'; fail=1
        fi
    elif [ "$lines" -ne 0 ]; then
        echo "FAIL: $*: want no message, got:"; head -5 "$tmp/err" | sed 's/^/  /'; fail=1
    fi
    # (while the history is a FIFO for a test, reading it would wait)
    if [ -f "$history" ] && ! grep -q -x -F -- "$record" "$history"; then
        echo "FAIL: after $*, the history lost its record"; fail=1
        printf '# ebb history 1\n%s\n' "$record" >"$history"
    fi
}

skip() { echo "skipped: $*"; skipped=$((skipped + 1)); }

# ---- a session file named on the command line ----
printf 'title: Bin\n\000\001\002bell\n' >binary.ebb
expect 1 "binary.ebb: this is a binary file, not a session script" -- "$ebb" --check binary.ebb
head -c 11000000 /dev/zero | tr '\0' 'x' >big.ebb
expect 1 "big.ebb: is too large for a session script (more than 1 MB)" -- "$ebb" --check big.ebb
mkdir folder.ebb
expect 1 "folder.ebb: is a directory, not a session script" -- "$ebb" --check folder.ebb
mkfifo fifo.ebb
expect 1 "fifo.ebb: is a FIFO (a named pipe), not a session script" -- "$ebb" --check fifo.ebb
expect 1 "fifo.ebb: is a FIFO (a named pipe), not a session script" -- "$ebb" --timeline fifo.ebb
expect 1 "/dev/zero: is a device, not a session script" -- "$ebb" --check /dev/zero
expect 1 "/dev/zero: is a device, not a session script" -- env SDL_VIDEODRIVER=dummy "$ebb" /dev/zero
printf 'title: Box\nbell\n' >locked.ebb
chmod 000 locked.ebb
if [ "$(id -u)" -ne 0 ]; then
    expect 1 "locked.ebb: cannot open: Permission denied" -- "$ebb" --check locked.ebb
elif command -v setpriv >/dev/null; then # root reads anything: check as nobody
    chmod 755 "$tmp"
    expect 1 "locked.ebb: cannot open: Permission denied" -- setpriv --reuid=65534 --regid=65534 --clear-groups "$ebb" --check "$tmp/locked.ebb"
    chmod 700 "$tmp"
else
    skip "an unreadable file (running as root, without setpriv)"
fi
printf 'title: Caf\351\nbell\n' >latin1.ebb
expect 1 "latin1.ebb:1:11: invalid UTF-8 (byte 0xE9); save the file as UTF-8" -- "$ebb" --check latin1.ebb
printf 'title: Old Mac\rbell\r' >cr.ebb
expect 1 "cr.ebb:1:15: a line ends in a carriage return (CR) alone" -- "$ebb" --check cr.ebb
printf 'title: x\nbell 99999999999999999999s\n' >huge-number.ebb
expect 1 "huge-number.ebb:2:6: a duration can be at most 24 hours" -- "$ebb" --check huge-number.ebb
printf 'title: x\nbreathe in -4 out 4 x 2\n' >negative.ebb
expect 1 "negative.ebb:2:12: a duration cannot be negative" -- "$ebb" --check negative.ebb
printf 'title: x\nbreathe in 4 out 4 x 99999999999\n' >many-cycles.ebb
expect 1 "many-cycles.ebb:2:22: cycles can be at most 10000" -- "$ebb" --check many-cycles.ebb
{ echo 'title: Many'; i=0; while [ $i -lt 100000 ]; do echo 'bell 1s'; i=$((i + 1)); done; } >many.ebb
expect 1 "many.ebb:1002:1: a session can have at most 1000 steps" -- "$ebb" --check many.ebb
{ printf 'title: Long\nsay 4s "'; head -c 900000 /dev/zero | tr '\0' 'a'; printf '"\n'; } >long-line.ebb
expect 0 "" -- "$ebb" --timeline long-line.ebb
printf 'title: Esc\033[2J\007\nsay 4s "a\033]0;x\007b"\nbell loud\033[31m\n' >escape.ebb
expect 1 'escape.ebb:3:6: expected a duration such as 4s or 1m30s, got "loud\x1b[31m"' -- "$ebb" --check escape.ebb

# ---- the command line ----
expect 2 "unknown option '--nosuch'" -- "$ebb" --nosuch
expect 2 "option '--length' needs a value" -- "$ebb" --length
expect 2 "--length: a duration cannot be negative" -- "$ebb" --check --length -5m calm
expect 2 "--length: a duration can be at most 24 hours" -- "$ebb" --check --length 99999999h calm
expect 2 "--length: a duration that short rounds to nothing; the shortest is 0.001s" -- "$ebb" --check --length 0.0001 calm
expect 2 "--volume: expected a number from 0 to 100" -- "$ebb" --volume 2147483648 calm
expect 2 "--text-scale: expected a number from 1 to 3" -- "$ebb" --text-scale 1e308 calm
expect 2 "--size: the width must be 64 to 8192, got 4294967360" -- "$ebb" --render x.png --size 4294967360x4294967360 calm
expect 2 "--until: expected a time such as 21:30 or 9pm" -- "$ebb" --until 123:00
expect 2 "--remind: expected a reminder's number" -- "$ebb" --remind remove 99999999999999999999
expect 1 'no session named "\x1b[2Jnosuch"' -- "$ebb" --check "$(printf '\033[2Jnosuch')"

# ---- files ebb keeps: damaged, binary, or not files at all ----
conf="$cfg/ebb.conf" caring="$cfg/caring.txt"
head -c 4096 /dev/urandom >"$conf"
expect 0 "ebb.conf:" -- "$ebb" --history
printf 'volume = 2147483648\nsession = \033[2J\n' >"$conf"
expect 0 "ebb.conf:1: volume: expected a whole number from 0 to 100, got \"2147483648\"" -- "$ebb" --history
rm -f "$conf" && mkfifo "$conf"
expect 0 "ebb.conf: could not read the preferences: Is a FIFO (a named pipe), not a file" -- "$ebb" --history
rm -f "$conf" && mkdir "$conf"
expect 0 "ebb.conf: could not read the preferences: Is a directory" -- "$ebb" --history
rmdir "$conf"

cp "$history" "$tmp/history.good"
{ cat "$tmp/history.good"; head -c 5000 /dev/urandom; } >"$history" # binary after a good record
expect 0 "history.tsv:" -- "$ebb" --history
grep -q "You came back 1 time" "$tmp/out" || { echo "FAIL: a damaged history hid its good record"; fail=1; }
{ cat "$tmp/history.good"; printf '2026-11-24T07:05:00+01:00\tsession\tbox\tBox\t300\t999999999999\t\t\t\t\tyes\n'; \
  printf '2026-11-24T08:00:00+01:00\twait\twait\tWait well\t60\t60\t\t\t\turges=2147483647\tyes\n'; \
  printf '2026-11-24T09:00:00+01:00\twait\twait\tWait well\t60\t60\t\t\t\turges=2147483647\tyes\n'; \
  printf '2026-11-24T10:00:00+01:00\tsession\tx\t\033[2Jtitle\a\t60\t60\t\t\t\t\tyes\n'; } >"$history"
expect 0 "" -- "$ebb" --history
grep -q "Urges noticed, and let pass: 2147483647" "$tmp/out" || { echo "FAIL: absurd urges not held at the most"; fail=1; }
grep -q -F '\x1b[2Jtitle\x07' "$tmp/out" || { echo "FAIL: --history printed a title's ESC raw"; fail=1; }
grep -q "In all: *[0-9]\{6,\} h" "$tmp/out" || { echo "FAIL: an absurd total not printed in full"; sed 's/^/  /' "$tmp/out"; fail=1; }
cp "$tmp/history.good" "$history"
mv "$history" "$tmp/history.keep" && mkfifo "$history"
expect 1 "history.tsv: could not read the history: Is a FIFO (a named pipe), not a file" -- "$ebb" --history
rm -f "$history" && mv "$tmp/history.keep" "$history"

# caring.txt is read when a session starts: run one in a window on SDL's
# dummy driver, stopped by SIGINT after a second; it quits within a second.
limit=2000
printf 'title: Kind\ncaring 5s\n' >caring.ebb
head -c 4096 /dev/urandom >"$caring"
expect 0 "caring.txt:" -- env SDL_VIDEODRIVER=dummy timeout --preserve-status -s INT 1 "$ebb" --no-checkin caring.ebb
rm -f "$caring" && mkfifo "$caring"
expect 0 "caring.txt: could not read your lines: Is a FIFO (a named pipe), not a file" -- \
    env SDL_VIDEODRIVER=dummy timeout --preserve-status -s INT 1 "$ebb" --no-checkin caring.ebb
rm -f "$caring"
limit=1000
mkfifo "$cfg/reminders"
expect 1 "reminders: could not read the reminders: Is a FIFO (a named pipe), not a file" -- "$ebb" --remind list
rm -f "$cfg/reminders"

# A FIFO, a folder and a binary file among your sessions: each one line of
# --list, the others still listed; --timeline by name never waits on it.
mkfifo "$cfg/sessions/pipe.ebb"
mkdir "$cfg/sessions/folder.ebb"
printf 'title: Bin\n\000\n' >"$cfg/sessions/binary.ebb"
expect 0 "" -- "$ebb" --list
for want in "pipe.ebb: is a FIFO (a named pipe), not a session script" \
    "folder.ebb: is a directory, not a session script" "binary.ebb: this is a binary file" "Calm"; do
    grep -q -F -- "$want" "$tmp/out" || { echo "FAIL: --list lacks '$want'"; fail=1; }
done
expect 0 "" -- "$ebb" --timeline calm
rm -rf "$cfg/sessions/pipe.ebb" "$cfg/sessions/folder.ebb" "$cfg/sessions/binary.ebb"

# ---- the platform ----
expect 1 "cannot write /dev/full: No space left on device" -- "$ebb" --render /dev/full calm
expect 1 "cannot write $tmp/nodir/x.png: No such file or directory" -- "$ebb" --render "$tmp/nodir/x.png" calm
expect 3 "no display (DISPLAY and WAYLAND_DISPLAY are not set)" -- "$ebb" calm
expect 3 "cannot open a window" -- env SDL_VIDEODRIVER=x11 "$ebb" calm
mkdir -p "$tmp/nofonts/sessions" && cp "$src/assets/sessions/calm.ebb" "$tmp/nofonts/sessions/"
expect 3 "cannot open font $tmp/nofonts/fonts/Inter-Regular.ttf" -- env EBB_DATA_DIR="$tmp/nofonts" "$ebb" --render x.png calm
expect 3 "cannot find ebb's data folder (looked in $tmp/nowhere)" -- env EBB_DATA_DIR="$tmp/nowhere" "$ebb" calm
# No sound device: the session runs silently, said once; stopped by SIGINT.
limit=2000
expect 0 "no sound (SDL_InitSubSystem: Audio target 'nosuch' not available); the session runs silently" -- \
    env SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=nosuch timeout --preserve-status -s INT 1 "$ebb" --no-checkin calm
limit=1000

# A full disk and a read-only home, where a mount namespace may be made
# (else skipped: /dev/full above and test_history's ENOSPC stand in).
if unshare -rm true 2>/dev/null; then
    ran=$((ran + 2))
    # shellcheck disable=SC2016
    unshare -rm sh -c 'mount -t tmpfs -o size=8k tmpfs "$XDG_CONFIG_HOME" &&
        dd if=/dev/zero of="$XDG_CONFIG_HOME/fill" bs=1k count=64 2>/dev/null
        timeout 5 "$1" --remind add 21:30 calm' sh "$ebb" >"$tmp/out" 2>"$tmp/err"
    code=$?
    if [ "$code" -ne 3 ] || [ "$(wc -l <"$tmp/err")" -ne 1 ] || ! grep -q "No space left on device" "$tmp/err"; then
        echo "FAIL: a full disk: want one line and exit 3, got $code:"; sed 's/^/  /' "$tmp/err"; fail=1
    fi
    # shellcheck disable=SC2016
    unshare -rm sh -c 'mount --bind "$HOME" "$HOME" && mount -o remount,bind,ro "$HOME" &&
        timeout 5 "$1" --remind add 21:30 calm 2>"$2/err-add"; echo $? >"$2/code-add"
        timeout 5 "$1" --history >/dev/null 2>"$2/err-history"; echo $? >"$2/code-history"' sh "$ebb" "$tmp"
    if [ "$(cat "$tmp/code-add")" -ne 3 ] || ! grep -q "Read-only file system" "$tmp/err-add" ||
        [ "$(cat "$tmp/code-history")" -ne 0 ] || [ -s "$tmp/err-history" ]; then
        echo "FAIL: a read-only home:"; cat "$tmp/err-add" "$tmp/err-history" | sed 's/^/  /'; fail=1
    fi
else
    skip "a full disk and a read-only home (no mount namespace here)"
fi

grep -q -x -F -- "$record" "$history" || { echo "FAIL: the history lost its first record"; fail=1; }
[ $fail -eq 0 ] && echo "bad_input.sh: $ran bad inputs, each one line and its exit code; $skipped skipped"
exit $fail
