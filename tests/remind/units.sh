#!/bin/sh
# The units 'ebb --remind add' writes pass systemd's own check
# (systemd-analyze verify), for a plain path to ebb and for one systemd
# would split or expand (a space, %, $), and every day set reads as a
# calendar systemd accepts. Exit 77 (skipped) without systemd-analyze.
# Usage: units.sh EBB
ebb=$1
[ -x "$ebb" ] || { echo "units.sh: no ebb binary at '$ebb'"; exit 2; }
command -v systemd-analyze >/dev/null 2>&1 || { echo "units.sh: systemd-analyze is not installed; skipped"; exit 77; }
src=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
export EBB_DATA_DIR="$src/assets" EBB_SYSTEMCTL="$tmp/systemctl"
# systemd-analyze --user wants a runtime folder; a private one, not the session's.
export XDG_RUNTIME_DIR="$tmp/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
printf '#!/bin/sh\ncase $* in *is-system-running*) echo running ;; esac\n' >"$EBB_SYSTEMCTL"
chmod +x "$EBB_SYSTEMCTL"
units="$XDG_CONFIG_HOME/systemd/user"
fail=0

# verify ID: the reminder's timer and service, with no complaint at all.
# --man=no: the man page the units point to exists once ebb is installed.
verify() {
    (cd "$units" && systemd-analyze --user --man=no verify "ebb-remind-$1.timer" "ebb-remind-$1.service") \
        >"$tmp/verify.log" 2>&1
    code=$?
    if [ "$code" -ne 0 ] || [ -s "$tmp/verify.log" ]; then
        echo "FAIL: systemd-analyze verify ebb-remind-$1 (exit $code):"; cat "$tmp/verify.log"; fail=1
    fi
}

n=0
for days in mon-fri daily sat,sun fri-mon mon,wed,fri tue; do
    "$ebb" --remind add 21:30 calm --days "$days" >/dev/null || { echo "FAIL: add --days $days"; fail=1; }
    n=$((n + 1))
    verify $n
    calendar=$(sed -n 's/^OnCalendar=//p' "$units/ebb-remind-$n.timer")
    systemd-analyze calendar "$calendar" >/dev/null 2>&1 || { echo "FAIL: systemd rejects '$calendar'"; fail=1; }
done

# An ebb in a folder whose name systemd would otherwise split or expand.
odd="$tmp/my ebb 100%\$HOME"
mkdir -p "$odd"
cp "$ebb" "$odd/ebb"
"$odd/ebb" --remind add 9pm --days sat,sun >/dev/null || { echo "FAIL: add from '$odd'"; fail=1; }
n=$((n + 1))
verify $n

# And a broken unit is caught: this test can fail.
sed -i 's/^OnCalendar=.*/OnCalendar=Mon..Fry 25:00/' "$units/ebb-remind-1.timer"
(cd "$units" && systemd-analyze --user --man=no verify ebb-remind-1.timer ebb-remind-1.service) >/dev/null 2>&1 &&
    { echo "FAIL: systemd-analyze verify passed a broken timer"; fail=1; }
exit $fail
