#!/bin/sh
# Layout: lists the C files under src/ and tests/ (or the paths given) that
# clang-format would change, by the .clang-format at the root, leaving out
# those matching a pattern in .clang-format-ignore. Exit 0 when all are as
# clang-format lays them out, 1 listing the others, 77 (skipped) without
# clang-format. The layout is clang-format 14's (Debian 12's clang-format).
# Usage: tests/lint/format.sh [PATH...]      Fix a file: clang-format -i FILE
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 2
format=${CLANG_FORMAT:-clang-format}
if ! command -v "$format" >/dev/null 2>&1; then
    echo "format.sh: clang-format is not installed; skipped"
    exit 77
fi
[ $# -gt 0 ] || set -- src tests
ignored() { # FILE: whether a pattern in .clang-format-ignore matches it
    [ -f .clang-format-ignore ] || return 1
    while IFS= read -r pattern; do
        case $pattern in "" | "#"*) continue ;; esac
        # shellcheck disable=SC2254  # the pattern is meant to match
        case $1 in $pattern) return 0 ;; esac
    done <.clang-format-ignore
    return 1
}
bad=0 checked=0
for f in $(find "$@" -type f \( -name '*.c' -o -name '*.h' \) | sort); do
    f=${f#./}
    ignored "$f" && continue
    checked=$((checked + 1))
    if ! "$format" --style=file "$f" | cmp -s - "$f"; then
        echo "$f"
        bad=$((bad + 1))
    fi
done
if [ "$bad" -gt 0 ]; then
    echo "format.sh: $bad of $checked files are not laid out as .clang-format says; clang-format -i FILE fixes one"
    exit 1
fi
echo "format.sh: $checked files laid out as .clang-format says ($("$format" --version | sed 's/.*version //'))"
