#!/bin/sh
# ebb speaks the user's language on the command line: --list and --help in
# German and Spanish, English for a language it lacks, and a locale the
# system has not generated still gives its language. Usage: speaks.sh EBB
ebb=$1
fail=0
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }
# has WHAT TEXT CMD...: CMD's output holds TEXT.
has() {
    what=$1 text=$2
    shift 2
    out=$("$@" 2>&1)
    case $out in
        *"$text"*) ;;
        *) bad "$what: no '$text' in: $(printf '%s' "$out" | head -3)" ;;
    esac
}
export LC_ALL=C.UTF-8
LANGUAGE=de has "LANGUAGE=de ebb --list" "Ruhig werden" "$ebb" --list
LANGUAGE=de has "LANGUAGE=de ebb --list, lengths" "4 Min." "$ebb" --list
LANGUAGE=es has "LANGUAGE=es ebb --help" "Uso: ebb [OPCIÓN]... [SESIÓN]" "$ebb" --help
LANGUAGE=es has "LANGUAGE=es ebb --list" "Calma" "$ebb" --list
LANGUAGE=de has "LANGUAGE=de ebb --help" "Aufruf: ebb" "$ebb" --help
LANGUAGE=de has "LANGUAGE=de, a usage error" "unbekannte Option" "$ebb" --nonsense
LANGUAGE=xx has "LANGUAGE=xx (unknown) ebb --help" "Usage: ebb [OPTION]... [SESSION]" "$ebb" --help
LANGUAGE=xx has "LANGUAGE=xx (unknown) ebb --list" "Calm: " "$ebb" --list
LANGUAGE= has "no LANGUAGE under C.UTF-8" "Usage: ebb" "$ebb" --help
# What is wrong with a script, and a damaged history or journal, in the
# user's words too.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'title: Broken\nbreathe in 4 out 6 x\n' >"$tmp/broken.ebb"
printf 'title: Quick\nbreathe in 1 out 6 x 3\n' >"$tmp/quick.ebb"
mkdir -p "$tmp/data/ebb"
printf '# ebb history 1\nnot a record\n' >"$tmp/data/ebb/history.tsv"
printf '# ebb journal 1\nnot an entry\n' >"$tmp/data/ebb/journal.tsv"
LANGUAGE=de has "LANGUAGE=de ebb --check broken.ebb" "broken.ebb:2:20: x braucht eine Anzahl an Durchgängen" "$ebb" --check "$tmp/broken.ebb"
LANGUAGE=es has "LANGUAGE=es ebb --check broken.ebb" "broken.ebb:2:20: x necesita un número de ciclos" "$ebb" --check "$tmp/broken.ebb"
LANGUAGE=de has "LANGUAGE=de ebb --check, a warning" "Warnung: ein Einatmen kürzer als 1,5 s" "$ebb" --check "$tmp/quick.ebb"
LANGUAGE=es has "LANGUAGE=es ebb --check, a warning" "aviso: inspirar en menos de 1,5 s" "$ebb" --check "$tmp/quick.ebb"
LANGUAGE=de has "LANGUAGE=de ebb --check a folder" "ist ein Ordner, kein Übungsskript" "$ebb" --check "$tmp"
LANGUAGE=es has "LANGUAGE=es ebb --check a folder" "es una carpeta, no un guion de sesión" "$ebb" --check "$tmp"
# A theme ebb lacks, in a script and in ebb.conf: the list of themes too.
printf 'title: T\ntheme: ocean\nbreathe in 4 out 6 x 2\n' >"$tmp/ocean.ebb"
mkdir -p "$tmp/conf/ebb"
printf 'theme = ocean\n' >"$tmp/conf/ebb/ebb.conf"
LANGUAGE=de has "LANGUAGE=de, a script's unknown theme" "oder contrast" "$ebb" --check "$tmp/ocean.ebb"
LANGUAGE=de XDG_CONFIG_HOME=$tmp/conf XDG_DATA_HOME=$tmp/conf has "LANGUAGE=de, ebb.conf's unknown theme" \
    "theme: erwartet war auto (das der Übung) oder dusk, dawn, sea, forest, night oder contrast" "$ebb" --history
LANGUAGE=es XDG_CONFIG_HOME=$tmp/conf XDG_DATA_HOME=$tmp/conf has "LANGUAGE=es, ebb.conf's unknown theme" \
    "theme: se esperaba auto (el de la sesión) o dusk" "$ebb" --history
LANGUAGE=de XDG_DATA_HOME=$tmp/data has "LANGUAGE=de, a damaged history" "history.tsv:2: ein beschädigter Eintrag wurde übersprungen" "$ebb" --history
LANGUAGE=es XDG_DATA_HOME=$tmp/data has "LANGUAGE=es, a damaged history" "history.tsv:2: se saltó un registro dañado" "$ebb" --history
LANGUAGE=de XDG_DATA_HOME=$tmp/data has "LANGUAGE=de, a damaged journal" "journal.tsv:2: ein beschädigter Eintrag wurde übersprungen" "$ebb" --journal
LANGUAGE=es XDG_DATA_HOME=$tmp/data has "LANGUAGE=es, a damaged journal" "journal.tsv:2: se saltó una entrada dañada" "$ebb" --journal
# The journal written out: its dates, what set it off and how the feeling moved.
mkdir -p "$tmp/jr/ebb"
printf '# ebb journal 1\n%s\n%s\n' \
    "2026-11-23T21:36:05+01:00	reply	Title	reply	7	4	Question	Words	." \
    "2026-11-24T07:40:12+01:00						What did you notice?	Mine	." >"$tmp/jr/ebb/journal.tsv"
LANGUAGE=de XDG_DATA_HOME=$tmp/jr has "LANGUAGE=de ebb --journal, ebb's own question" "Was hast du bemerkt?" "$ebb" --journal
LANGUAGE=de XDG_DATA_HOME=$tmp/jr has "LANGUAGE=de ebb --journal" "Montag, 23. November 2026, 21:36" "$ebb" --journal
LANGUAGE=de XDG_DATA_HOME=$tmp/jr has "LANGUAGE=de ebb --journal, the feeling" "Title · warten auf eine Antwort · Gefühl 7 -> 4" "$ebb" --journal
LANGUAGE=es XDG_DATA_HOME=$tmp/jr has "LANGUAGE=es ebb --journal" "lunes 23 de noviembre de 2026, 21:36" "$ebb" --journal
LANGUAGE=de XDG_DATA_HOME=$tmp/jr has "LANGUAGE=de ebb --journal --markdown" "# Tagebuch" "$ebb" --journal --markdown
LANGUAGE=es XDG_DATA_HOME=$tmp/jr has "LANGUAGE=es ebb --journal --markdown" "2 entradas, las más antiguas primero" "$ebb" --journal --markdown
LANGUAGE=es XDG_DATA_HOME=$tmp/jr has "LANGUAGE=es ebb --journal --markdown, the feeling" "esperando una respuesta · sensación 7 → 4" "$ebb" --journal --markdown
# --history's milestones dated as the language writes a date.
mkdir -p "$tmp/ms/ebb"
printf '# ebb history 1\n%s\n' \
    "2026-11-23T21:30:05+01:00	session	calm	Calm	300	300	7	3	reply		yes" >"$tmp/ms/ebb/history.tsv"
LANGUAGE=de XDG_DATA_HOME=$tmp/ms has "LANGUAGE=de ebb --history, a milestone" "23.11.2026  Deine erste Übung." "$ebb" --history
LANGUAGE=es XDG_DATA_HOME=$tmp/ms has "LANGUAGE=es ebb --history, a milestone" "23/11/2026  Tu primera sesión." "$ebb" --history
LANGUAGE=xx has "LANGUAGE=xx ebb --check broken.ebb" "broken.ebb:2:20: x needs a number of cycles, e.g. x 5" "$ebb" --check "$tmp/broken.ebb"
unset LC_ALL
# Numbers as the locale writes them, where the machine has the locale.
mkdir -p "$tmp/hist/ebb"
printf '# ebb history 1\n%s\n' \
    "2026-11-23T21:30:05+01:00	session	calm	Calm	300	300	7	3	reply		yes" >"$tmp/hist/ebb/history.tsv"
if locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
    LANG=de_DE.UTF-8 LANGUAGE= LC_MESSAGES= XDG_DATA_HOME=$tmp/hist has "LANG=de_DE.UTF-8 ebb --history" "7,0 -> 3,0" "$ebb" --history
fi
if locale -a 2>/dev/null | grep -qi '^es_ES\.utf-\?8$'; then
    LANG=es_ES.UTF-8 LANGUAGE= LC_MESSAGES= XDG_DATA_HOME=$tmp/hist has "LANG=es_ES.UTF-8 ebb --history" "7,0 -> 3,0" "$ebb" --history
    LANG=es_ES.UTF-8 LANGUAGE= LC_MESSAGES= has "LANG=es_ES.UTF-8 ebb --check broken.ebb" "x necesita un número de ciclos" "$ebb" --check "$tmp/broken.ebb"
fi
# A locale this machine may not have generated still speaks its language.
LANG=de_DE.UTF-8 LANGUAGE= LC_MESSAGES= has "LANG=de_DE.UTF-8" "Aufruf: ebb" "$ebb" --help
LANG=C LANGUAGE= LC_MESSAGES= has "LANG=C" "Usage: ebb" "$ebb" --help
echo "$fail failed"
[ "$fail" -eq 0 ]
