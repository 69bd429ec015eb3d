#!/bin/sh
# The ebb command line, run for real: --check, --timeline and --list, their
# exit codes (0 ok, 1 bad script or file, 2 usage) and their exact lines.
# Usage: cli.sh EBB. HOME and XDG_* must point at a scratch folder (CTest
# sets them), since user sessions are written under $XDG_CONFIG_HOME.
ebb=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
[ -x "$ebb" ] || { echo "cli.sh: no ebb binary at '$ebb'"; exit 2; }
# The script writes and then deletes $XDG_CONFIG_HOME/ebb/sessions, so it
# refuses the user's real config folder. A scratch folder anywhere else is
# fine, under a home folder too (CTest's is inside the build folder).
real_home=$(getent passwd "$(id -u)" 2>/dev/null | cut -d: -f6)
[ -n "$real_home" ] || eval "real_home=~$(id -un)"
canonical() { (cd "$1" 2>/dev/null && pwd -P) || printf '%s\n' "$1"; }
case $XDG_CONFIG_HOME in
    /*) ;;
    *) echo "cli.sh: set XDG_CONFIG_HOME to a scratch folder (an absolute path)"; exit 2 ;;
esac
for real in "$real_home" "$real_home/.config"; do
    if [ "$(canonical "$XDG_CONFIG_HOME")" = "$(canonical "$real")" ]; then
        echo "cli.sh: XDG_CONFIG_HOME is your own $real; set it to a scratch folder"; exit 2
    fi
done
tmp=$(mktemp -d)
mkdir -p "$XDG_CONFIG_HOME/ebb/sessions"
trap 'chmod 600 "$tmp/locked.ebb" 2>/dev/null; rm -rf "$tmp" "$XDG_CONFIG_HOME/ebb/sessions"' EXIT
fail=0 ran=0

# run CODE CMD...: runs CMD with stdout in $tmp/out, stderr in $tmp/err.
run() {
    want=$1
    shift
    ran=$((ran + 1))
    "$@" >"$tmp/out" 2>"$tmp/err"
    code=$?
    if [ "$code" -ne "$want" ]; then
        echo "FAIL: $* exited $code, want $want"; sed 's/^/  stderr: /' "$tmp/err"; fail=1
    fi
}

# err_is TEXT: stderr is exactly this (one or more lines).
err_is() {
    if [ -z "$1" ]; then : >"$tmp/want"; else printf '%s\n' "$1" >"$tmp/want"; fi
    if ! cmp -s "$tmp/want" "$tmp/err"; then
        echo "FAIL: stderr differs:"; diff -u "$tmp/want" "$tmp/err" | tail -n +3; fail=1
    fi
}

out_has() {
    if ! grep -q -F -- "$1" "$tmp/out"; then
        echo "FAIL: stdout lacks '$1':"; sed 's/^/  /' "$tmp/out" | head -20; fail=1
    fi
}

err_has() {
    if ! grep -q -F -- "$1" "$tmp/err"; then
        echo "FAIL: stderr lacks '$1':"; sed 's/^/  /' "$tmp/err" | head -20; fail=1
    fi
}

out_empty() {
    [ -s "$tmp/out" ] && { echo "FAIL: unexpected stdout:"; head -5 "$tmp/out"; fail=1; }
    return 0
}

cd "$tmp" || exit 2
printf 'title: Box\nbreathe in 4 hold 4 out 4 hold 4 x 4\n' >box.ebb
printf 'title: Fill\nlength: 2m\nbreathe in 4 out 6 fill\n' >fill.ebb

# ---- --check ----
run 0 "$ebb" --check box.ebb
out_has "box.ebb: Box"
out_has "length 1m8s (fixed: no step uses fill)"
out_has "0:04  1m4s    breathe in 4 hold 4 out 4 hold 4, 4 cycles"
err_is ""

run 0 "$ebb" --check fill.ebb
out_has "length 2m4s (any length from 14s)"
out_has "breathe in 4 out 6, 12 cycles, fills the length"

run 0 "$ebb" --check --length 10m fill.ebb
out_has "length 10m4s (any length from 14s)"

printf 'title: Fast\nbreathe in 1 out 1 x 3\n' >fast.ebb
run 0 "$ebb" --check fast.ebb
err_is "fast.ebb:2:1: warning: this pattern is 30 breaths a minute; above about 15 can leave people dizzy"

printf 'title: Fixed\nlength: 5m\nbell\n' >fixed.ebb
run 0 "$ebb" --check fixed.ebb
err_is "fixed.ebb:2:1: warning: length: has no effect because no breathe step uses fill"

# longest: bounds the length; asked for more, the session runs at the longest
printf 'title: Bound\nlength: 2m\nlongest: 3m\nbreathe in 4 out 6 fill\n' >bound.ebb
run 0 "$ebb" --check --length 20m bound.ebb
out_has "length 3m4s (any length from 14s to 3m)"
err_is ""
run 0 "$ebb" --timeline --length 20m bound.ebb
[ "$(tail -n 1 "$tmp/out" | cut -f2)" = 184000 ] || { echo "FAIL: --length 20m passed longest: 3m"; fail=1; }
printf 'title: Bound\nlongest: 10s\nbreathe in 4 out 6 fill\n' >low.ebb
run 1 "$ebb" --check low.ebb
err_is "low.ebb:2:10: longest: 10 s is too short for this session; it needs at least 14 s"
printf 'title: Fixed\nlongest: 5m\nbell\n' >fixed-longest.ebb
run 0 "$ebb" --check fixed-longest.ebb
err_is "fixed-longest.ebb:2:1: warning: longest: has no effect because no breathe step uses fill"

# every file is checked; one bad file makes the exit code 1
printf 'title: Bad\nbell loud\n' >bad.ebb
run 1 "$ebb" --check box.ebb bad.ebb fill.ebb
out_has "box.ebb: Box"
out_has "fill.ebb: Fill"
err_is 'bad.ebb:2:6: expected a duration such as 4s or 1m30s, got "loud"'

run 1 "$ebb" --check --length 5s fill.ebb
err_is "fill.ebb: a length of 5 s is too short for this session; it needs at least 14 s"

# a session's name does as well as its file, like --timeline
run 0 "$ebb" --check calm box.ebb
out_has "calm: Calm"
out_has "box.ebb: Box"
err_is ""
run 1 "$ebb" --check nosuch box.ebb
out_has "box.ebb: Box"
err_is "ebb: no session named \"nosuch\"; 'ebb --list' shows them all"

# ---- files that are not scripts: one clear line each, exit 1, never a crash ----
: >empty.ebb
run 1 "$ebb" --check empty.ebb
out_empty
err_is "empty.ebb: is empty; a session needs a title: line and at least one step"

printf '\211PNG\r\n\032\n\000\000\000\rIHDR' >binary.ebb
run 1 "$ebb" --check binary.ebb
err_is "binary.ebb: this is a binary file, not a session script"

# 10 MB of text: refused by size, not read to the end
yes '# a comment line, over and over' | head -c 10485760 >huge.ebb
run 1 "$ebb" --check huge.ebb
err_is "huge.ebb: is too large for a session script (more than 1 MB)"

run 1 "$ebb" --check missing.ebb
err_is "missing.ebb: cannot open: No such file or directory"

mkdir folder.ebb
run 1 "$ebb" --check folder.ebb
err_is "folder.ebb: is a directory, not a session script"
run 1 "$ebb" --timeline ./folder.ebb
err_is "./folder.ebb: is a directory, not a session script"

printf 'title: Caf\351\nbell\n' >latin1.ebb
run 1 "$ebb" --check latin1.ebb
err_is "latin1.ebb:1:11: invalid UTF-8 (byte 0xE9); save the file as UTF-8"

printf '\377\376t\000i\000' >utf16.ebb
run 1 "$ebb" --check utf16.ebb
err_is "utf16.ebb: this is a binary file, not a session script"

cp box.ebb locked.ebb
chmod 000 locked.ebb
if [ "$(id -u)" -ne 0 ]; then # root reads it anyway
    run 1 "$ebb" --check locked.ebb
    err_is "locked.ebb: cannot open: Permission denied"
else
    echo "skipped: an unreadable file (running as root, which can read it)"
fi
chmod 600 locked.ebb

# ---- --timeline ----
run 0 "$ebb" --timeline box.ebb
err_is ""
[ "$(wc -l <"$tmp/out")" -eq 17 ] || { echo "FAIL: box timeline is not 17 lines"; fail=1; }
[ "$(tail -n 1 "$tmp/out" | cut -f2)" = 68000 ] || { echo "FAIL: box timeline does not end at 68000"; fail=1; }

# a chosen length stretches fill to within one cycle; a fixed script keeps its own
run 0 "$ebb" --timeline --length 7m fill.ebb
end=$(tail -n 1 "$tmp/out" | cut -f2)
[ "$end" -ge 415000 ] && [ "$end" -le 425000 ] || { echo "FAIL: fill at 7m ends at $end"; fail=1; }
run 0 "$ebb" -l 7m --timeline box.ebb
[ "$(tail -n 1 "$tmp/out" | cut -f2)" = 68000 ] || { echo "FAIL: --length changed a fixed script"; fail=1; }

run 1 "$ebb" --timeline --length 10s fill.ebb
err_is "fill.ebb: a length of 10 s is too short for this session; it needs at least 14 s"

run 0 "$ebb" --timeline calm
out_has "lead-in"

run 1 "$ebb" --timeline nosuch
out_empty
err_is "ebb: no session named \"nosuch\"; 'ebb --list' shows them all"

run 1 "$ebb" --timeline missing.ebb
err_is "missing.ebb: cannot open: No such file or directory"

# ---- usage errors: exit 2 ----
run 2 "$ebb" --length 5minutes --timeline calm
out_empty
err_is 'ebb: --length: expected a duration such as 5m, got "5minutes"'
run 2 "$ebb" --timeline --length "5 minutes" calm
err_is 'ebb: --length: expected a duration such as 5m, got "5 minutes"'
run 2 "$ebb" --timeline --length 0 calm
err_is 'ebb: --length: a duration must be longer than zero, got "0"'
run 2 "$ebb" --timeline --length=-5m calm
err_is 'ebb: --length: a duration cannot be negative, got "-5m"'
run 2 "$ebb" --timeline --length 25h calm
err_is 'ebb: --length: a duration can be at most 24 hours, got "25h"'
run 2 "$ebb" --bogus
err_is "ebb: unknown option '--bogus' (see ebb --help)"
run 2 "$ebb" -x calm
err_is "ebb: unknown option '-x' (see ebb --help)"
run 2 "$ebb" --check
run 2 "$ebb" --timeline
run 2 "$ebb" --timeline calm box
run 2 "$ebb" --list --check box.ebb

run 0 "$ebb" --help
out_has "--timeline"
run 0 "$ebb" --version
out_has "ebb "

# ---- --list and the user's own sessions ----
run 0 "$ebb" --list
for f in "$src"/assets/sessions/*.ebb; do
    out_has "$(basename "$f" .ebb) "
done
err_is ""

mine=$XDG_CONFIG_HOME/ebb/sessions
printf 'title: My calm\nabout: Mine.\nbreathe in 5 out 5 x 3\n' >"$mine/calm.ebb"
printf 'title: Broken\nbreathe in 4\n' >"$mine/oops.ebb"
run 0 "$ebb" --list
out_has "My calm (yours)"
out_has "$mine/oops.ebb:2:9: a breathing cycle needs at least one in and one out (yours)"
run 0 "$ebb" --timeline calm # the user's own comes first
[ "$(tail -n 1 "$tmp/out" | cut -f2)" = 34000 ] || { echo "FAIL: --timeline calm did not run the user's calm"; fail=1; }
run 1 "$ebb" --timeline oops
err_is "$mine/oops.ebb:2:9: a breathing cycle needs at least one in and one out"

# without XDG_CONFIG_HOME, the user's sessions are in ~/.config/ebb/sessions
mkdir -p "$tmp/home/.config/ebb/sessions"
printf 'title: From home\nbell\n' >"$tmp/home/.config/ebb/sessions/homely.ebb"
run 0 env -u XDG_CONFIG_HOME HOME="$tmp/home" "$ebb" --list
out_has "From home (yours)"

# --history shows sessions by their titles, in columns that hold long ones
mkdir -p "$tmp/hist/ebb"
printf '# ebb history 1\n%s\n%s\n' \
    "2026-11-23T21:30:05+01:00	session	long-exhale	Long exhale	300	300	7	3	reply		yes" \
    "2026-11-24T21:30:05+01:00	session	/home/me/own/night-ritual.ebb	Mein eigenes Ritual für die Nacht	300	250					yes" \
    >"$tmp/hist/ebb/history.tsv"
run 0 env XDG_DATA_HOME="$tmp/hist" "$ebb" --history
out_has "Mein eigenes Ritual für die Nacht      1        4  -"
out_has "Long exhale                            1        5  7.0 -> 3.0"
# for each trigger, how often it came and how the feeling moved; milestones in kind words
out_has "What set it off:"
out_has "  Waiting for a reply: 1 time, 7.0 -> 3.0"
out_has "  2026-11-23  Your first session. You came, and that counts."
out_has "  2026-11-23  The first time the feeling eased by the end."
if grep -q -e "night-ritual" -e "long-exhale" "$tmp/out"; then
    echo "FAIL: --history shows file names, not titles"; fail=1
fi

# --journal prints newest first with control characters escaped; an empty
# journal says where entries will be kept
run 0 env XDG_DATA_HOME="$tmp/nojournal" "$ebb" --journal
out_has "Nothing in your journal yet."
mkdir -p "$tmp/jr/ebb"
esc=$(printf '\033')
printf '# ebb journal 1\n%s\n%s\n%s\n' \
    "2026-11-23T21:36:05+01:00	reply	When a reply doesn't come	reply	7	4	What story did your mind tell?	They went quiet.\\nThey were on a train.	." \
    "2026-11-24T07:40:12+01:00						What did you notice?	A ${esc}[31mred${esc}[0m morning *and* # hope	." \
    "2026-11-24T07:40:12+01:00	cut short" \
    >"$tmp/jr/ebb/journal.tsv"
run 0 env XDG_DATA_HOME="$tmp/jr" "$ebb" --journal
out_has "Tuesday 24 November 2026, 07:40"
out_has "    A \\x1b[31mred\\x1b[0m morning *and* # hope"
out_has "When a reply doesn't come · waiting for a reply · feeling 7 -> 4"
out_has "    They were on a train."
err_has "journal.tsv:4: skipped a damaged entry"
if grep -q "$esc" "$tmp/out"; then
    echo "FAIL: --journal passed an escape character to the terminal"; fail=1
fi
if [ "$(grep -n 'Tuesday' "$tmp/out" | cut -d: -f1)" != 1 ]; then
    echo "FAIL: --journal does not show the newest entry first"; fail=1
fi
# --journal --markdown: oldest first, the words escaped; --output writes a private file
run 0 env XDG_DATA_HOME="$tmp/jr" "$ebb" --journal --markdown
out_has "## Monday 23 November 2026, 21:36"
out_has "*When a reply doesn't come* · waiting for a reply · feeling 7 → 4"
out_has "A \\[31mred\\[0m morning \\*and\\* \\# hope"
out_has "They were on a train."
run 0 env XDG_DATA_HOME="$tmp/jr" sh -c "umask 022; exec \"\$0\" --journal --markdown --output=\"$tmp/journal.md\"" "$ebb"
[ -s "$tmp/out" ] && { echo "FAIL: --output also wrote to stdout"; fail=1; }
if [ "$(stat -c %a "$tmp/journal.md" 2>/dev/null)" != 600 ] || ! grep -q "^# Journal" "$tmp/journal.md"; then
    echo "FAIL: --output did not write a private Markdown file"; fail=1
fi
run 1 env XDG_DATA_HOME="$tmp/jr" "$ebb" --journal --markdown --output="$tmp/no/such/dir/j.md"
err_has "j.md: could not write the journal there: No such file or directory"
run 2 "$ebb" --markdown
err_has "ebb: --markdown goes with --journal (see ebb --help)"
run 2 "$ebb" --history --output=x
err_has "ebb: --output goes with --journal (see ebb --help)"
run 2 "$ebb" --journal extra
err_has "ebb: unexpected argument 'extra' (see ebb --help)"

# --check names the question a session's journal asks
run 0 "$ebb" --check reply
out_has "  the journal asks: What story did your mind tell, and what else might be true?"

[ "$fail" -eq 0 ] && echo "cli.sh: $ran commands behaved"
exit $fail
