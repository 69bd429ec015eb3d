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
# One clang-format for every file: a process per file took minutes on a
# loaded machine. --dry-run -Werror names each place it would change.
list=$(mktemp)
trap 'rm -f "$list"' EXIT
checked=0
for f in $(find "$@" -type f \( -name '*.c' -o -name '*.h' \) | sort); do
    f=${f#./}
    ignored "$f" && continue
    checked=$((checked + 1))
    printf '%s\n' "$f" >>"$list"
done
bad=0
if [ "$checked" -gt 0 ]; then
    # A file clang-format cannot read is reported, as a change would be.
    for f in $(xargs "$format" --style=file --dry-run -Werror <"$list" 2>&1 |
        sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error: .*/\1/p' | sort -u); do
        echo "$f"
        bad=$((bad + 1))
    done
fi
if [ "$bad" -gt 0 ]; then
    echo "format.sh: $bad of $checked files are not laid out as .clang-format says; clang-format -i FILE fixes one"
    exit 1
fi
echo "format.sh: $checked files laid out as .clang-format says ($("$format" --version | sed 's/.*version //'))"
