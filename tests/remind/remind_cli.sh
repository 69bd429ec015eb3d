#!/bin/sh
# ebb --remind, run for real against a fake systemctl that logs what it is
# asked ($EBB_SYSTEMCTL): the list file, the unit files, what systemd is
# told, pauses, removal touching nothing but the reminder's own files, and
# one clear line with the documented exit code for each mistake.
# Usage: remind_cli.sh EBB. HOME and XDG_* are pointed at a scratch folder here.
ebb=$1
[ -x "$ebb" ] || { echo "remind_cli.sh: no ebb binary at '$ebb'"; exit 2; }
ebb=$(cd "$(dirname "$ebb")" && pwd)/$(basename "$ebb")
src=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
export EBB_DATA_DIR="$src/assets" EBB_SYSTEMCTL="$tmp/systemctl" FAKE_LOG="$tmp/systemctl.log"
mkdir -p "$HOME"
cat >"$EBB_SYSTEMCTL" <<'EOF'
#!/bin/sh
echo "$*" >>"$FAKE_LOG"
case $* in *is-system-running*) echo "${FAKE_STATE:-running}" ;; esac
case $* in *enable*) [ -z "$FAKE_ENABLE_FAILS" ] || { echo "Failed to enable unit: no"; exit 1; } ;; esac
exit 0
EOF
chmod +x "$EBB_SYSTEMCTL"
cd "$tmp" || exit 2
units="$XDG_CONFIG_HOME/systemd/user"
list="$XDG_CONFIG_HOME/ebb/reminders"
fail=0

# run CODE CMD...: stdout in $tmp/out, stderr in $tmp/err; a failure is one line.
run() {
    want=$1
    shift
    "$@" >"$tmp/out" 2>"$tmp/err"
    code=$?
    if [ "$code" -ne "$want" ]; then
        echo "FAIL: $* exited $code, want $want"; sed 's/^/  stderr: /' "$tmp/err"; fail=1
    fi
    if [ "$want" -ne 0 ] && [ "$(wc -l <"$tmp/err")" -ne 1 ]; then
        echo "FAIL: $*: want one line of error:"; cat "$tmp/err"; fail=1
    fi
}
has() { # has FILE TEXT
    grep -q -F -- "$2" "$1" || { echo "FAIL: $1 lacks '$2':"; sed 's/^/  /' "$1" | head -20; fail=1; }
}
mode_is() { # mode_is PATH MODE
    m=$(stat -c %a "$1" 2>/dev/null)
    [ "$m" = "$2" ] || { echo "FAIL: $1 has mode '$m', want $2"; fail=1; }
}

run 0 "$ebb" --remind list
has "$tmp/out" "No reminders yet."

# ---- no systemd user manager: one line, exit 3, nothing written ----
FAKE_STATE=offline run 3 "$ebb" --remind add 21:30 calm
has "$tmp/err" "ebb: reminders are kept by systemd's user timers, and no systemd user manager is running here; nothing was changed"
EBB_SYSTEMCTL="$tmp/no-such-systemctl" run 3 "$ebb" --remind add 21:30 calm
[ -e "$XDG_CONFIG_HOME" ] && { echo "FAIL: files were written without systemd:"; find "$XDG_CONFIG_HOME"; fail=1; }
grep -v "is-system-running" "$FAKE_LOG" && { echo "FAIL: systemctl was asked more than whether it runs"; fail=1; }
: >"$FAKE_LOG"

# ---- add ----
run 0 "$ebb" --remind add 21:30 reply --days mon-fri
has "$tmp/out" "Reminder 1: 21:30, mon-fri, When a reply doesn't come. The first invitation comes "
mode_is "$list" 600
mode_is "$XDG_CONFIG_HOME/ebb" 700
mode_is "$units" 700
has "$list" "1 21:30 mon-fri reply"
has "$units/ebb-remind-1.timer" "OnCalendar=Mon..Fri *-*-* 21:30:00"
has "$units/ebb-remind-1.timer" "Persistent=false"
has "$units/ebb-remind-1.service" "ExecStart=$ebb --notify 1"
printf -- '--user is-system-running\n--user daemon-reload\n--user enable --now ebb-remind-1.timer\n' >"$tmp/want"
cmp -s "$tmp/want" "$FAKE_LOG" || { echo "FAIL: systemctl was told:"; cat "$FAKE_LOG"; fail=1; }

run 0 "$ebb" --remind add 9pm
has "$tmp/out" "Reminder 2: 21:00, daily, Calm."
printf 'title: Short\nbreathe in 2 out 2 x 1\n' >"$tmp/short.ebb"
run 0 "$ebb" --remind add 7:15am ./short.ebb --days=sat,sun
has "$tmp/out" "Reminder 3: 07:15, sat,sun, Short."
has "$list" "3 07:15 sat,sun $tmp/short.ebb" # kept as an absolute path

# A failed enable leaves no trace of the reminder.
FAKE_ENABLE_FAILS=1 run 3 "$ebb" --remind add 6:00 calm
has "$tmp/err" "ebb: systemctl --user enable failed: Failed to enable unit: no"
[ -e "$units/ebb-remind-4.timer" ] && { echo "FAIL: a failed add left its timer"; fail=1; }
grep -q "^4 " "$list" && { echo "FAIL: a failed add stayed in the list"; fail=1; }

run 0 "$ebb" --remind list
has "$tmp/out" "  1  21:30  mon-fri      When a reply doesn't come"
has "$tmp/out" "  2  21:00  daily        Calm"
has "$tmp/out" "  3  07:15  sat,sun      Short"

# ---- pause and resume: the list only; the timer stays as it is ----
: >"$FAKE_LOG"
run 0 "$ebb" --remind pause 2 7d
has "$tmp/out" "Reminder 2 rests for a week. The next invitation comes "
has "$list" "2 21:00 daily paused-until="
run 0 "$ebb" --remind list
has "$tmp/out" "  2  21:00  daily        Calm  (paused until "
run 0 "$ebb" --remind pause 2 3d
has "$tmp/out" "Reminder 2 rests for 3 days."
run 0 "$ebb" --remind resume 2
has "$tmp/out" "Reminder 2 is on again."
has "$list" "2 21:00 daily"
grep -q "^2 .*paused-until" "$list" && { echo "FAIL: resume left the pause"; fail=1; }
[ -s "$FAKE_LOG" ] && { echo "FAIL: pausing asked systemctl:"; cat "$FAKE_LOG"; fail=1; }

# ---- remove: its two units and its link go, and nothing else ----
mkdir -p "$units/timers.target.wants"
ln -s "$units/ebb-remind-1.timer" "$units/timers.target.wants/ebb-remind-1.timer"
ln -s "$units/ebb-remind-2.timer" "$units/timers.target.wants/ebb-remind-2.timer"
printf '[Service]\nExecStart=/bin/true\n' >"$units/mine.service"
(cd "$HOME" && find . | sort) >"$tmp/before"
grep -v "^1 " "$list" >"$tmp/list-want"
run 0 "$ebb" --remind remove 1
has "$tmp/out" "Reminder 1 is removed."
(cd "$HOME" && find . | sort) >"$tmp/after"
printf './.config/systemd/user/ebb-remind-1.service\n./.config/systemd/user/ebb-remind-1.timer\n./.config/systemd/user/timers.target.wants/ebb-remind-1.timer\n' >"$tmp/gone-want"
comm -23 "$tmp/before" "$tmp/after" >"$tmp/gone"
cmp -s "$tmp/gone-want" "$tmp/gone" || { echo "FAIL: remove took away:"; cat "$tmp/gone"; fail=1; }
comm -13 "$tmp/before" "$tmp/after" | grep . && { echo "FAIL: remove added files"; fail=1; }
cmp -s "$tmp/list-want" "$list" || { echo "FAIL: remove changed other lines:"; diff "$tmp/list-want" "$list"; fail=1; }
has "$FAKE_LOG" "--user disable --now ebb-remind-1.timer"
FAKE_STATE=offline run 3 "$ebb" --remind remove 2
[ -f "$units/ebb-remind-2.timer" ] || { echo "FAIL: remove without systemd deleted the timer"; fail=1; }

# ---- mistakes: one line and the exit code ----
run 2 "$ebb" --remind
has "$tmp/err" "ebb: --remind takes add TIME [SESSION] [--days DAYS], list, remove N, pause N 1d|7d or resume N (see ebb --help)"
run 2 "$ebb" --remind add
run 2 "$ebb" --remind add 25:00
has "$tmp/err" "ebb: --remind add: expected a time such as 21:30 or 9pm, got \"25:00\""
run 2 "$ebb" --remind add 21:30 --days someday
has "$tmp/err" "ebb: --days: expected days such as daily, mon-fri or sat,sun, got \"someday\""
run 2 "$ebb" --remind add 21:30 calm --days
run 2 "$ebb" --remind add 21:30 calm box
run 1 "$ebb" --remind add 21:30 nosuch
has "$tmp/err" "ebb: no session named \"nosuch\"; 'ebb --list' shows them all"
run 1 "$ebb" --remind remove 9
has "$tmp/err" "ebb: there is no reminder 9; 'ebb --remind list' shows them"
run 2 "$ebb" --remind remove x
run 2 "$ebb" --remind pause 2 3w
has "$tmp/err" "ebb: --remind pause: expected 1d (a day) or 7d (a week), got \"3w\""
run 1 "$ebb" --remind resume 7
run 2 "$ebb" --notify
run 1 "$ebb" --notify 9

# A line that does not read is named by its number; the others still count.
printf '99 25:00 daily\n' >>"$list"
run 0 "$ebb" --remind list
has "$tmp/err" "$list:6: expected a time such as 21:30, got \"25:00\""
has "$tmp/out" "  3  07:15  sat,sun      Short"

# ---- one set of paths for the list and the units alike ----
# Without XDG_CONFIG_HOME (or with a relative one, which the spec says to
# ignore) both live under $HOME/.config; without a home, nothing is written.
home2="$tmp/home2"
mkdir -p "$home2"
HOME="$home2" XDG_CONFIG_HOME=relative/config run 0 "$ebb" --remind add 8:00 calm
[ -f "$home2/.config/ebb/reminders" ] || { echo "FAIL: the list is not under \$HOME/.config"; fail=1; }
[ -f "$home2/.config/systemd/user/ebb-remind-1.timer" ] || { echo "FAIL: the timer is not beside it"; fail=1; }
[ -e relative ] && { echo "FAIL: a relative XDG_CONFIG_HOME was used"; fail=1; }
HOME="$home2" XDG_CONFIG_HOME= run 0 "$ebb" --remind remove 1
[ -e "$home2/.config/systemd/user/ebb-remind-1.timer" ] && { echo "FAIL: remove left the timer"; fail=1; }
(unset HOME XDG_CONFIG_HOME; run 1 "$ebb" --remind list; has "$tmp/err" "ebb: no home folder to keep reminders in (set HOME)"
 run 1 "$ebb" --remind add 8:00 calm; [ "$fail" = 0 ]) || fail=1

run 0 "$ebb" --help
has "$tmp/out" "--remind add TIME [SESSION] [--days DAYS]"
exit $fail
