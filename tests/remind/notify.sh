#!/bin/sh
# ebb --notify, on a private D-Bus session bus with a fake notification
# server (fake_notifyd.py): the one notification and its words and
# actions, "Breathe now" becoming the session itself, "Not today", a
# dismissal and a timeout each ending ebb, a paused reminder staying
# quiet, and no server at all said in one line.
# Usage: notify.sh EBB. Exit 77 (skipped) without dbus-run-session, or
# without Python 3's dbus and gi modules (Debian: python3-dbus, python3-gi).
ebb=$1
[ -x "$ebb" ] || { echo "notify.sh: no ebb binary at '$ebb'"; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
if [ "${2:-}" != --on-bus ]; then
    command -v dbus-run-session >/dev/null 2>&1 || { echo "notify.sh: dbus-run-session is not installed; skipped"; exit 77; }
    py=
    for p in /usr/bin/python3 python3; do
        "$p" -c 'import dbus, dbus.mainloop.glib; from gi.repository import GLib' 2>/dev/null && { py=$p; break; }
    done
    [ -n "$py" ] || { echo "notify.sh: python3 with dbus and gi is not installed; skipped"; exit 77; }
    conf=$(mktemp)
    trap 'rm -f "$conf"' EXIT
    # A bus of our own with no service folders: no real notification daemon
    # can be started on it, and nothing reaches the desktop's own bus.
    cat >"$conf" <<'XML'
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
XML
    EBB_TEST_PYTHON=$py dbus-run-session --config-file="$conf" -- sh "$0" "$ebb" --on-bus
    exit $?
fi

tmp=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
export EBB_DATA_DIR="$src/assets" EBB_SYSTEMCTL=/bin/false
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy SDL_RENDER_DRIVER=software
mkdir -p "$XDG_CONFIG_HOME/ebb"
printf 'checkin = false\n' >"$XDG_CONFIG_HOME/ebb/ebb.conf"
printf 'title: Short\nbreathe in 1 out 1 x 1\n' >"$tmp/short.ebb"
# The list file as documented; the units do not matter here.
cat >"$XDG_CONFIG_HOME/ebb/reminders" <<LIST
1 21:30 daily reply
2 07:00 daily $tmp/short.ebb
3 08:00 daily paused-until=2100-01-01T00:00:00+00:00 calm
LIST
fail=0
say_fail() { echo "FAIL: $*"; fail=1; }

# start_server MODE: a fresh fake server with an empty record.
start_server() {
    rm -f "$tmp/record" "$tmp/ready"
    : >"$tmp/record"
    "$EBB_TEST_PYTHON" "$here/fake_notifyd.py" "$1" "$tmp/record" "$tmp/ready" &
    server=$!
    i=0
    while [ ! -e "$tmp/ready" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
    [ -e "$tmp/ready" ] || say_fail "the fake notification server did not start"
}
stop_server() { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; server=; }
# notify N [ENV...]: runs ebb --notify N (60 s at most); exit code in $code.
notify() {
    n=$1
    shift
    env "$@" timeout 60 "$ebb" --notify "$n" >"$tmp/out" 2>"$tmp/err"
    code=$?
}
# field JQ-LIKE: one field of the first recorded call, by Python.
field() {
    "$EBB_TEST_PYTHON" -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())[sys.argv[2]])' \
        "$tmp/record" "$1" 2>/dev/null
}
calls() { grep -c "\"call\": \"$1\"" "$tmp/record"; }

# ---- no notification server: one line, exit 3 ----
notify 1
[ "$code" -eq 3 ] || say_fail "with no server ebb --notify exited $code, want 3"
[ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q "^ebb: cannot show a notification: " "$tmp/err" ||
    { say_fail "with no server, want one line:"; cat "$tmp/err"; }

# ---- Not today: the one notification, its words, and ebb leaves ----
start_server not-today
notify 1
stop_server
[ "$code" -eq 0 ] || { say_fail "Not today: exited $code"; cat "$tmp/err"; }
[ "$(calls Notify)" -eq 1 ] || say_fail "want exactly one Notify call, got $(calls Notify)"
[ "$(field summary)" = "A few slow breaths?" ] || say_fail "summary: $(field summary)"
want="Your 21:30 reminder: When a reply doesn't come. There if you'd like it; fine to let it pass."
[ "$(field body)" = "$want" ] || say_fail "body: $(field body)"
[ "$(field actions)" = "['breathe', 'Breathe now', 'not-today', 'Not today']" ] || say_fail "actions: $(field actions)"
[ "$(field app_name)" = ebb ] || say_fail "app_name: $(field app_name)"
[ "$(field icon)" = app.ebb.Ebb ] || say_fail "icon: $(field icon)"
field hints | grep -q "'desktop-entry': 'app.ebb.Ebb'" || say_fail "hints: $(field hints)"
[ -e "$XDG_DATA_HOME/ebb/history.tsv" ] && say_fail "Not today started a session"

# ---- dismissed without an answer: ebb leaves too ----
start_server closed
notify 1
stop_server
[ "$code" -eq 0 ] || say_fail "dismissed: exited $code"

# ---- no answer: the invitation is withdrawn when the wait is over ----
start_server silent
start=$(date +%s)
notify 1 EBB_NOTIFY_WAIT=1
took=$(($(date +%s) - start))
stop_server
[ "$code" -eq 0 ] || say_fail "unanswered: exited $code"
[ "$took" -le 10 ] || say_fail "unanswered: ebb waited ${took}s for a 1 s wait"
[ "$(calls CloseNotification)" -eq 1 ] || say_fail "unanswered: the notification was not withdrawn"

# ---- a paused reminder: no notification at all ----
start_server breathe
notify 3
stop_server
[ "$code" -eq 0 ] || say_fail "paused: exited $code"
grep -q "^Reminder 3 rests until " "$tmp/out" || say_fail "paused: said $(cat "$tmp/out")"
[ "$(calls Notify)" -eq 0 ] || say_fail "a paused reminder sent a notification"

# ---- Breathe now: ebb becomes the session, runs it to the end, and leaves ----
start_server breathe
notify 2
stop_server
[ "$code" -eq 0 ] || { say_fail "Breathe now: exited $code"; cat "$tmp/err"; }
grep -q "	session	$tmp/short.ebb	Short	.*	yes$" "$XDG_DATA_HOME/ebb/history.tsv" 2>/dev/null ||
    { say_fail "Breathe now did not run the session to its end"; cat "$XDG_DATA_HOME/ebb/history.tsv" 2>/dev/null; }
pgrep -f "$tmp/short.ebb" >/dev/null && say_fail "an ebb process was left behind"
exit $fail
