#!/bin/sh
# Numbers from a user or a file are read with strtol or strtoll and range
# checks: atoi, atol and sscanf cannot say that a value is out of range
# (an int overflows silently). Usage: no_atoi.sh SRC_DIR
src=${1:?usage: no_atoi.sh SRC_DIR}
[ -d "$src/core" ] || { echo "no_atoi.sh: no sources in $src"; exit 2; }
hits=$(grep -rnE '(^|[^A-Za-z0-9_])(atoi|atol|atoll|sscanf)[ \t]*\(' "$src" --include='*.c' --include='*.h')
if [ -n "$hits" ]; then
    echo "$hits" | sed 's/$/: read numbers with strtol or strtoll and a range check/'
    exit 1
fi
exit 0
