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
unset LC_ALL
# A locale this machine may not have generated still speaks its language.
LANG=de_DE.UTF-8 LANGUAGE= LC_MESSAGES= has "LANG=de_DE.UTF-8" "Aufruf: ebb" "$ebb" --help
LANG=C LANGUAGE= LC_MESSAGES= has "LANG=C" "Usage: ebb" "$ebb" --help
echo "$fail failed"
[ "$fail" -eq 0 ]
