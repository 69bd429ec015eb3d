#!/bin/sh
# Golden files: runs the real ebb on every script in good/ and bad/ and
# diffs what it prints against the files kept next to each script:
#   good/NAME.ebb  ebb --timeline good/NAME.ebb  -> NAME.timeline (exit 0)
#                  ebb --check good/NAME.ebb     -> NAME.check    (exit 0)
#   bad/NAME.ebb   ebb --check bad/NAME.ebb      -> stderr NAME.err, one line (exit 1)
#   the built-in sessions (assets/sessions/NAME.ebb), each with no warning:
#                  ebb --timeline, ebb --check   -> sessions/NAME.timeline, NAME.check
# Usage: golden.sh EBB [--update]. --update rewrites the expected files
# (see update-golden.sh); review the diff before committing it.
ebb=$1
update=$2
cd "$(dirname "$0")" || exit 2
[ -x "$ebb" ] || { echo "golden.sh: no ebb binary at '$ebb'"; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0 checked=0

# compare WANT-FILE GOT-FILE WHAT
compare() {
    checked=$((checked + 1))
    if [ "$update" = --update ]; then
        cp "$2" "$1"
    elif ! cmp -s "$1" "$2"; then
        echo "FAIL: $3 differs from $1:"
        diff -u "$1" "$2" | head -40
        fail=1
    fi
}

for f in good/*.ebb; do
    name=${f%.ebb}
    "$ebb" --timeline "$f" >"$tmp/out" 2>"$tmp/err"
    code=$?
    [ "$code" -eq 0 ] || { echo "FAIL: ebb --timeline $f exited $code"; cat "$tmp/err"; fail=1; }
    [ -s "$tmp/err" ] && { echo "FAIL: ebb --timeline $f wrote to stderr:"; cat "$tmp/err"; fail=1; }
    compare "$name.timeline" "$tmp/out" "ebb --timeline $f"

    "$ebb" --check "$f" >"$tmp/out" 2>"$tmp/err"
    code=$?
    [ "$code" -eq 0 ] || { echo "FAIL: ebb --check $f exited $code"; cat "$tmp/err"; fail=1; }
    [ -s "$tmp/err" ] && { echo "FAIL: ebb --check $f wrote to stderr:"; cat "$tmp/err"; fail=1; }
    compare "$name.check" "$tmp/out" "ebb --check $f"
done

# The built-in sessions: as they run at their own length, and never a warning.
for f in ../../assets/sessions/*.ebb; do
    name=sessions/$(basename "$f" .ebb)
    for what in timeline check; do
        "$ebb" --$what "$f" >"$tmp/out" 2>"$tmp/err"
        code=$?
        [ "$code" -eq 0 ] || { echo "FAIL: ebb --$what $f exited $code"; fail=1; }
        [ -s "$tmp/err" ] && { echo "FAIL: ebb --$what $f wrote to stderr:"; cat "$tmp/err"; fail=1; }
        compare "$name.$what" "$tmp/out" "ebb --$what $f"
    done
done

for f in bad/*.ebb; do
    name=${f%.ebb}
    "$ebb" --check "$f" >"$tmp/out" 2>"$tmp/err"
    code=$?
    [ "$code" -eq 1 ] || { echo "FAIL: ebb --check $f exited $code, want 1"; fail=1; }
    [ -s "$tmp/out" ] && { echo "FAIL: ebb --check $f wrote to stdout:"; cat "$tmp/out"; fail=1; }
    lines=$(wc -l <"$tmp/err")
    [ "$lines" -eq 1 ] || { echo "FAIL: ebb --check $f wrote $lines lines to stderr, want 1"; fail=1; }
    compare "$name.err" "$tmp/err" "ebb --check $f (stderr)"
done

# A file saved with CRLF, a byte-order mark, tabs or trailing blanks runs
# exactly like its clean original.
for pair in "box box-crlf-bom" "example example-crlf-bom-tabs"; do
    set -- $pair
    if ! cmp -s "good/$1.timeline" "good/$2.timeline"; then
        echo "FAIL: good/$2.ebb does not run like good/$1.ebb"; fail=1
    fi
done
if [ "$(sed 's/fourty-crlf-bom/fourty/' bad/fourty-crlf-bom.err)" != "$(cat bad/fourty.err)" ]; then
    echo "FAIL: bad/fourty-crlf-bom.ebb is not placed like bad/fourty.ebb"; fail=1
fi

if [ "$update" = --update ]; then
    echo "golden.sh: rewrote $checked expected outputs; review them with git diff"
elif [ "$fail" -eq 0 ]; then
    echo "golden.sh: $checked outputs match"
fi
exit $fail
