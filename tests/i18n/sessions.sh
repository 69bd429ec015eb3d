#!/bin/sh
# Every built-in session in every language ebb speaks: present, passing
# --check without warnings, with the same steps, timings and breathing as
# the English one (only the words differ), and chosen by LANGUAGE with
# English as the fallback. Usage: sessions.sh EBB SOURCE_DIR
ebb=$1 src=$2
sessions=$src/assets/sessions
fail=0 ran=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }

# The script's shape: quoted words become Q; titles, about lines, the
# journal's question and comments, which are all words, drop out.
shape() {
    grep -v -e '^#' -e '^title:' -e '^about:' -e '^journal:' "$1" | sed -e 's/"\([^"\\]\|\\.\)*"/Q/g'
}
# The fitted timeline without its words: times, steps, phases, cycles,
# grounding counts, and whether a phase carries words at all.
timeline() {
    EBB_DATA_DIR=$src/assets "$ebb" --timeline "$1" |
        awk -F'\t' '{ w = $5; breath = $4 == "in" || $4 == "out" || $4 == "hold"
                     n = split(w, a, ": "); c = breath ? a[1] " " (n > 1) : (w != "")
                     if ($4 == "ground") c = substr(w, 1, index(w, " "))
                     print $1, $2, $3, $4, c }'
}

for po in "$src"/po/*.po; do
    lang=$(basename "$po" .po)
    [ -d "$sessions/$lang" ] || bad "po/$lang.po has no assets/sessions/$lang folder"
done
for dir in "$sessions"/*/; do
    lang=$(basename "$dir")
    [ -f "$src/po/$lang.po" ] || bad "assets/sessions/$lang has no po/$lang.po"
    all_pass=
    warnings=$("$ebb" --check "$dir"*.ebb 2>&1 >/dev/null) && [ -z "$warnings" ] || all_pass=no
    for en in "$sessions"/*.ebb; do
        name=$(basename "$en")
        tr=$dir$name
        ran=$((ran + 1))
        if [ ! -f "$tr" ]; then
            bad "$lang: no $name"
            continue
        fi
        # One --check for the whole language below; each file alone only
        # when that fails, to name it. Each run of ebb costs, most in
        # sanitizer builds.
        if [ -n "$all_pass" ]; then
            warnings=$("$ebb" --check "$tr" 2>&1 >/dev/null) || { bad "$lang/$name does not pass --check: $warnings"; continue; }
            [ -z "$warnings" ] || bad "$lang/$name: --check warns: $warnings"
        fi
        [ "$(shape "$en")" = "$(shape "$tr")" ] || bad "$lang/$name: its steps or timings differ from the English"
        [ -f "$tmp/$name" ] || timeline "$en" >"$tmp/$name"
        [ "$(cat "$tmp/$name")" = "$(timeline "$tr")" ] || bad "$lang/$name: its timeline differs from the English"
    done
    for tr in "$dir"*.ebb; do
        [ -f "$sessions/$(basename "$tr")" ] || bad "$lang/$(basename "$tr") has no English original"
    done
done

# Chosen by the user's language, English otherwise; the user's own are as written.
title() { "$ebb" --list | awk '$1 == "calm" { sub(/^[^ ]+ +[0-9]+ [^ ]+ +/, ""); sub(/:.*/, ""); print }'; }
en=$(LC_ALL=C.UTF-8 LANGUAGE=en title)
[ "$en" = "Calm" ] || bad "in English calm is called '$en'"
for lang in de es; do
    want=$(sed -n 's/^title: //p' "$sessions/$lang/calm.ebb")
    got=$(LC_ALL=C.UTF-8 LANGUAGE=$lang title)
    [ "$got" = "$want" ] || bad "LANGUAGE=$lang: calm is '$got', not '$want'"
    got=$(LC_ALL=C.UTF-8 LANGUAGE=${lang}_XX.UTF-8 title)
    [ "$got" = "$want" ] || bad "LANGUAGE=${lang}_XX.UTF-8 (a region ebb lacks): calm is '$got', not '$want'"
    got=$(LC_ALL=C.UTF-8 LANGUAGE=xx:$lang title)
    [ "$got" = "$want" ] || bad "LANGUAGE=xx:$lang: calm is '$got', not '$want'"
done
got=$(LC_ALL=C.UTF-8 LANGUAGE=xx title)
[ "$got" = "Calm" ] || bad "an unknown language gives '$got', not English"
ran=$((ran + 5))

echo "$ran checks, $fail failed"
[ "$fail" -eq 0 ]
