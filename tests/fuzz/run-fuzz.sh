#!/bin/sh
# Builds the fuzz target with clang (in build-fuzz/) and fuzzes the script
# engine. By hand, with no argument, it runs until 1,000,000 executions
# (EBB_FUZZ_RUNS to change it; about 13 minutes on 2 cores); given SECONDS,
# as CI does, it runs for that long, however many executions that makes.
# Seeds: the regression corpus, the built-in sessions and the golden
# scripts. New inputs go to build-fuzz/fuzz-corpus; a crash, leak or hang
# is written to build-fuzz/fuzz-artifacts/ and fails the run: fix it, then
# keep the input in tests/fuzz/corpus/ so that the fuzz_corpus test replays
# it for good. docs/testing.md has the figures.
# Usage: tests/fuzz/run-fuzz.sh [SECONDS]    Exit 77 (skipped) without clang.
case ${1:-} in
    "") limit="-runs=${EBB_FUZZ_RUNS:-1000000}" what="until ${EBB_FUZZ_RUNS:-1000000} executions" ;;
    *[!0-9]* | 0) echo "usage: tests/fuzz/run-fuzz.sh [SECONDS]"; exit 2 ;;
    *) limit="-max_total_time=$1" what="for ${1}s" ;;
esac
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${EBB_FUZZ_BUILD:-$root/build-fuzz}
if ! command -v clang >/dev/null 2>&1; then
    echo "run-fuzz.sh: clang is not installed; skipped"
    exit 77
fi
CC=clang cmake -S "$root" -B "$build" -DEBB_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null || exit 1
cmake --build "$build" --target fuzz_script -j "$(nproc 2>/dev/null || echo 2)" >/dev/null || exit 1
fuzzer=$(find "$build" -name fuzz_script -type f -perm -u+x | head -n 1)
[ -n "$fuzzer" ] || { echo "run-fuzz.sh: fuzz_script was not built"; exit 1; }
mkdir -p "$build/fuzz-corpus" "$build/fuzz-artifacts"
seeds="$root/tests/fuzz/corpus $root/tests/scripts/good $root/tests/scripts/bad"
[ -d "$root/assets/sessions" ] && seeds="$seeds $root/assets/sessions"
echo "run-fuzz.sh: fuzzing $what"
# -timeout: one input taking over 30 s is a hang. The slowest seeds (20 hours
# of the shortest breaths) take 2.5 s in this build on an idle machine and
# over 10 s on a busy one. -max_len lets scripts grow to a few dozen lines.
start=$(date +%s)
# shellcheck disable=SC2086  # $seeds is a list of folders
"$fuzzer" "$limit" -timeout=30 -rss_limit_mb=2048 -max_len=8192 \
    -dict="$root/tests/fuzz/script.dict" -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/" \
    "$build/fuzz-corpus" $seeds 2>"$build/fuzz.log"
status=$?
elapsed=$(($(date +%s) - start))
tail -n 12 "$build/fuzz.log"
[ "$status" -eq 0 ] || { echo "run-fuzz.sh: the fuzzer found a problem (exit $status)"; exit 1; }
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/fuzz.log" | tail -n 1)
echo "run-fuzz.sh: ${runs:-?} executions in ${elapsed}s, no crash, leak or hang"
