#!/bin/sh
# cppcheck over src/ with the checks CI holds ebb to, so that the test
# suite catches what CI would. Usage: cppcheck.sh SRC_DIR
# Exits 77 (skipped) where cppcheck is not installed.
src=${1:?usage: cppcheck.sh SRC_DIR}
[ -d "$src/core" ] || { echo "cppcheck.sh: no sources in $src"; exit 2; }
command -v cppcheck >/dev/null 2>&1 || { echo "cppcheck.sh: cppcheck is not installed"; exit 77; }
exec cppcheck --enable=warning,performance,portability --error-exitcode=1 --inline-suppr \
    --std=c11 -q -I "$src" "$src"
