#!/bin/sh
# Every catalogue is complete for the words in the source today: each
# LANG.po merged with the template the build drew from the source has no
# untranslated or fuzzy message, and passes msgfmt --check.
# Usage: po_complete.sh MSGMERGE MSGFMT EBB_POT PO_DIR
msgmerge=$1 msgfmt=$2 pot=$3 podir=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0 n=0
for po in "$podir"/*.po; do
    n=$((n + 1))
    lang=$(basename "$po" .po)
    "$msgmerge" --quiet --no-fuzzy-matching -o "$tmp/$lang.po" "$po" "$pot" || { echo "FAIL: $lang: msgmerge"; fail=1; continue; }
    stats=$("$msgfmt" --check --statistics -o /dev/null "$tmp/$lang.po" 2>&1) || { echo "FAIL: $lang: $stats"; fail=1; continue; }
    echo "$lang: $stats"
    case $stats in
        *untranslated* | *fuzzy*) echo "FAIL: $lang.po is not complete"; fail=1 ;;
    esac
    # Messages kept in the .po for words the source no longer has.
    if grep -q '^#~' "$tmp/$lang.po"; then
        echo "FAIL: $lang.po keeps words the source no longer has (cmake --build build --target update-po)"
        fail=1
    fi
done
[ "$n" -gt 0 ] || { echo "FAIL: no catalogues in $podir"; fail=1; }
exit $fail
