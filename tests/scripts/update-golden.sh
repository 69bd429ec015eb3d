#!/bin/sh
# Regenerates the expected outputs of tests/scripts/good and bad from the
# current ebb, after an intended change. Review `git diff tests/scripts`
# before committing: the diff is the change users will see.
# Usage: tests/scripts/update-golden.sh [EBB]   (default: the ebb in build/)
here=$(cd "$(dirname "$0")" && pwd)
ebb=$1
if [ -z "$ebb" ]; then
    for candidate in "$here/../../build/ebb" "$here/../../build/src/ebb"; do
        [ -x "$candidate" ] && { ebb=$candidate; break; }
    done
fi
[ -n "$ebb" ] || { echo "update-golden.sh: build ebb first, or name it: $0 path/to/ebb"; exit 2; }
case $ebb in /*) ;; *) ebb=$(pwd)/$ebb ;; esac
exec sh "$here/golden.sh" "$ebb" --update
